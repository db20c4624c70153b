from . import test_beauty_dossier
from . import test_beauty_dossier_access
from . import test_beauty_dossier_sections
from . import test_beauty_treatment
from . import test_beauty_consent_photo
from . import test_beauty_procedure
from . import test_beauty_intake
from . import test_beauty_dossier_ui
