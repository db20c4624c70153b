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
        records = super().create(vals_list)
        self.env["beauty.vip.tier"]._sync_promotional(
            templates=records.filtered("beauty_promotional")
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
            self.env["beauty.vip.tier"]._sync_promotional(templates=changed)
        return res
