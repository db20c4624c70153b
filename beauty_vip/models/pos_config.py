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

    def open_ui(self):
        self._beauty_vip_link_pricelists()
        return super().open_ui()

    def _beauty_vip_link_pricelists(self):
        """Make the tier pricelists available at the POS, so that choosing a
        member applies her tier's pricelist (Odoo's own partner pricelist)."""
        Tier = self.env["beauty.vip.tier"].sudo()
        for config in self.sudo():
            pricelists = Tier.search(
                [
                    ("company_id", "=", config.company_id.id),
                    ("pricelist_id", "!=", False),
                    ("ladder_id.is_main", "=", True),
                ]
            ).pricelist_id.filtered(lambda p, c=config: p.currency_id == c.currency_id)
            missing = (
                pricelists | config.pricelist_id
            ) - config.available_pricelist_ids
            if pricelists and (missing or not config.use_pricelist):
                config.write(
                    {
                        "use_pricelist": True,
                        "available_pricelist_ids": [
                            Command.link(p.id) for p in missing
                        ],
                    }
                )
