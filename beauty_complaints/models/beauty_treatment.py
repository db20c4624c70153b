# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import models


class BeautyTreatment(models.Model):
    _inherit = "beauty.treatment"

    def action_register_complaint(self):
        self.ensure_one()
        return self.env["beauty.complaint"]._action_register(
            {
                "default_partner_id": self.partner_id.id,
                "default_treatment_id": self.id,
                "default_company_id": self.company_id.id,
            }
        )
