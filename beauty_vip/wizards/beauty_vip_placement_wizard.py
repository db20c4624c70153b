# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models


class BeautyVipPlacementWizard(models.TransientModel):
    """A store manager places a customer on a tier by hand, with a reason and an
    end date; the evaluation leaves her there until then (unless she earns
    better)."""

    _name = "beauty.vip.placement.wizard"
    _description = "Place a Customer on a Tier"

    partner_id = fields.Many2one(
        comodel_name="res.partner", string="Customer", required=True
    )
    tier_id = fields.Many2one(
        comodel_name="beauty.vip.tier",
        required=True,
        domain="[('company_id', '=', current_company_id)]",
    )
    reason = fields.Text(required=True)
    until = fields.Date(required=True)

    def action_place(self):
        self.ensure_one()
        self.env["beauty.vip.membership"]._place(
            self.partner_id, self.tier_id, self.reason, self.until
        )
        return {"type": "ir.actions.act_window_close"}
