from . import test_beauty_complaint
from . import test_beauty_complaint_sla
from . import test_beauty_complaint_compensation
from . import test_beauty_complaint_access
from . import test_beauty_complaint_screens
from . import test_beauty_complaint_rating
from . import test_beauty_complaint_gateway
from . import test_beauty_complaint_lot_trace
