# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models


class BeautyDossier(models.Model):
    _inherit = "beauty.dossier"

    complaint_count = fields.Integer(compute="_compute_complaint_count")

    def _compute_complaint_count(self):
        counts = dict(
            self.env["beauty.complaint"]._read_group(
                [("dossier_id", "in", self.ids)], ["dossier_id"], ["__count"]
            )
        )
        for dossier in self:
            dossier.complaint_count = counts.get(dossier, 0)

    def action_view_complaints(self):
        self.ensure_one()
        return self.env["beauty.complaint"]._action_for(
            [("dossier_id", "=", self.id)],
            {"default_partner_id": self.partner_id.id},
        )

    def action_register_complaint(self):
        self.ensure_one()
        return self.env["beauty.complaint"]._action_register(
            {"default_partner_id": self.partner_id.id}
        )
