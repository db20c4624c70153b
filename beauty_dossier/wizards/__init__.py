from . import beauty_intake_wizard
