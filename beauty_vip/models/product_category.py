# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models


class ProductCategory(models.Model):
    _inherit = "product.category"

    beauty_promotional = fields.Boolean(
        string="Promotional (No Tier Discount)",
        help="Products of this category get no VIP tier discount.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        categories = super().create(vals_list)
        if any(vals.get("beauty_promotional") for vals in vals_list):
            self.env["beauty.vip.tier"]._sync_all_pricelists()
        return categories

    def write(self, vals):
        res = super().write(vals)
        if "beauty_promotional" in vals:
            self.env["beauty.vip.tier"]._sync_all_pricelists()
        return res
