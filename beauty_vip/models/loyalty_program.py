# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models


class LoyaltyProgram(models.Model):
    _inherit = "loyalty.program"

    beauty_vip_ladder_ids = fields.One2many(
        comodel_name="beauty.vip.ladder",
        inverse_name="program_id",
        string="VIP Ladders",
        help="When set, the points of this program are computed on the server from "
        "what the members actually paid, times their tier's multiplier.",
    )
