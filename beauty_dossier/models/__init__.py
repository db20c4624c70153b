from . import beauty_dossier
from . import res_partner
