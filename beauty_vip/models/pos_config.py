# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import Command, api, models


class PosConfig(models.Model):
    _inherit = "pos.config"

    @api.model_create_multi
    def create(self, vals_list):
        configs = super().create(vals_list)
        configs._beauty_vip_link_pricelists()
        return configs

    def _beauty_vip_link_pricelists(self):
        """Make the tier pricelists available at the POS, so that choosing a
        member applies her tier's pricelist (Odoo's own partner pricelist), and
        keep a default pricelist that is not a tier's for everyone else. Written
        when a tier pricelist or a point of sale is created, not at every
        session opening."""
        Tier = self.env["beauty.vip.tier"].sudo()
        Pricelist = self.env["product.pricelist"]
        for config in self.sudo():
            pricelists = Tier.search(
                [
                    ("company_id", "=", config.company_id.id),
                    ("pricelist_id", "!=", False),
                    ("ladder_id.is_main", "=", True),
                ]
            ).pricelist_id.filtered(lambda p, c=config: p.currency_id == c.currency_id)
            if not pricelists:
                continue
            values = {}
            default = config.pricelist_id
            if not default or default.beauty_vip_tier:
                # a walk-in pays the list price, never a tier's
                default = Pricelist._beauty_vip_default_pricelist(config.company_id)
                if default.currency_id == config.currency_id:
                    values["pricelist_id"] = default.id
                else:
                    default = config.pricelist_id
            missing = (pricelists | default) - config.available_pricelist_ids
            if missing:
                values["available_pricelist_ids"] = [
                    Command.link(p.id) for p in missing
                ]
            if not config.use_pricelist:
                values["use_pricelist"] = True
            if values:
                config.write(values)
