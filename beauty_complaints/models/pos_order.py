# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import models


class PosOrder(models.Model):
    _inherit = "pos.order"

    def action_register_complaint(self):
        self.ensure_one()
        return self.env["beauty.complaint"]._action_register(
            {
                "default_partner_id": self.partner_id.id,
                "default_pos_order_id": self.id,
                "default_company_id": self.company_id.id,
                "default_category_id": self.env.ref(
                    "beauty_complaints.complaint_category_billing"
                ).id,
            }
        )
