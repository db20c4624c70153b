from . import beauty_complaint_staff_report
from . import beauty_complaint_analysis_report
