# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, models


class ReportBeautyComplaintAnalysis(models.AbstractModel):
    """The figures of the monthly complaint analysis (one per wizard)."""

    _name = "report.beauty_complaints.report_beauty_complaint_analysis"
    _description = "Monthly Complaint Analysis Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        wizards = self.env["beauty.complaint.analysis.wizard"].browse(docids)
        wizards.check_access("read")
        return {
            "doc_ids": wizards.ids,
            "doc_model": wizards._name,
            "docs": wizards,
            "analyses": {wizard.id: wizard._beauty_analysis() for wizard in wizards},
        }
