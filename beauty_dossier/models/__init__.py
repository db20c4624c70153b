from . import beauty_allergen
from . import beauty_skin_condition
from . import beauty_dossier
from . import beauty_skin_assessment
from . import beauty_medical_record
from . import res_partner
