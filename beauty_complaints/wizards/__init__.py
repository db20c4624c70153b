from . import beauty_complaint_lot_trace
from . import beauty_complaint_analysis_wizard
