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
        records = super().create(vals_list)
        self.env["beauty.vip.tier"]._sync_promotional(
            categories=records.filtered("beauty_promotional")
        )
        return records

    def write(self, vals):
        # only the records whose flag really changes touch the tier pricelists
        changed = (
            self.filtered(
                lambda r: r.beauty_promotional != bool(vals["beauty_promotional"])
            )
            if "beauty_promotional" in vals
            else self.browse()
        )
        res = super().write(vals)
        if changed:
            self.env["beauty.vip.tier"]._sync_promotional(categories=changed)
        return res
