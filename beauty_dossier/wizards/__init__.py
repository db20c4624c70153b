from . import beauty_intake_wizard
from . import beauty_handover_wizard
