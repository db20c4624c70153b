from . import beauty_intake_wizard
from . import beauty_handover_wizard
from . import base_partner_merge_automatic_wizard
from . import beauty_dossier_share_wizard
