# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, models


class ReportBeautyDossier(models.AbstractModel):
    """The customer file report (顾客档案表): records in the access log the
    sensitive records it prints for the user who prints it."""

    _name = "report.beauty_dossier.report_beauty_dossier"
    _description = "Customer File Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["beauty.dossier"].browse(docids)
        user = self.env.user
        sections = []
        if user.has_group("beauty_dossier.group_beauty_beautician") or user.has_group(
            "beauty_dossier.group_beauty_archivist"
        ):
            sections += ["skin_assessment_ids", "medical_record_ids"]
        elif user.has_group("beauty_dossier.group_beauty_medical"):
            sections += ["medical_record_ids"]
        if not self.env.su:
            for section in sections:
                records = docs[section]
                if records:
                    self.env["beauty.access.log"].sudo()._record(
                        records, "report", user=user
                    )
        return {
            "doc_ids": docids,
            "doc_model": "beauty.dossier",
            "docs": docs,
            "data": data,
        }
