# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models


class LoyaltyCard(models.Model):
    _inherit = "loyalty.card"

    beauty_vip_points_expire_date = fields.Date(
        string="Points Expire On",
        compute="_compute_beauty_vip_points_expire_date",
        help="The next renewal date of the VIP ladder of the card's program, when "
        "its points expire (empty when they do not).",
    )

    @api.depends(
        "program_id.beauty_vip_ladder_ids.points_expire",
        "program_id.beauty_vip_ladder_ids.renewal_month",
        "program_id.beauty_vip_ladder_ids.renewal_day",
    )
    def _compute_beauty_vip_points_expire_date(self):
        today = fields.Date.context_today(self)
        for card in self:
            ladder = card.program_id.sudo().beauty_vip_ladder_ids.filtered(
                "points_expire"
            )[:1]
            card.beauty_vip_points_expire_date = (
                ladder._next_renewal(today) if ladder else False
            )
