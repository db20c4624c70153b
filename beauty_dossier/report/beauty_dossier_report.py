# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, models


class ReportBeautyDossier(models.AbstractModel):
    """The customer file report (顾客档案表): decides which sections the printing
    user may read (the template shows only those) and records the sensitive
    records it prints in the access log."""

    _name = "report.beauty_dossier.report_beauty_dossier"
    _description = "Customer File Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["beauty.dossier"].browse(docids)
        user = self.env.user
        can_skin = user.has_group(
            "beauty_dossier.group_beauty_beautician"
        ) or user.has_group("beauty_dossier.group_beauty_archivist")
        can_medical = can_skin or user.has_group("beauty_dossier.group_beauty_medical")
        # the lifestyle answers are health data, read by the roles that read
        # the skin assessments
        can_lifestyle = can_skin
        if not self.env.su:
            printed = []
            if can_skin:
                printed.append((docs.skin_assessment_ids, "report"))
            if can_lifestyle:
                printed.append((docs.lifestyle_id, "report"))
            if can_medical:
                printed.append((docs.medical_record_ids, "report"))
            self.env["beauty.access.log"].sudo()._record_reads(printed, user=user)
        return {
            "doc_ids": docids,
            "doc_model": "beauty.dossier",
            "docs": docs,
            "data": data,
            "can_skin": can_skin,
            "can_medical": can_medical,
            "can_lifestyle": can_lifestyle,
        }
