from . import beauty_complaint_lot_trace
