# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models


class ProductTemplate(models.Model):
    _inherit = "product.template"

    beauty_promotional = fields.Boolean(
        string="Promotional (No Tier Discount)",
        help="Promotional and special-price products get no VIP tier discount "
        "(seed: 促销及特价货品除外).",
    )

    @api.model_create_multi
    def create(self, vals_list):
        templates = super().create(vals_list)
        if any(vals.get("beauty_promotional") for vals in vals_list):
            self.env["beauty.vip.tier"]._sync_all_pricelists()
        return templates

    def write(self, vals):
        res = super().write(vals)
        if "beauty_promotional" in vals:
            self.env["beauty.vip.tier"]._sync_all_pricelists()
        return res
