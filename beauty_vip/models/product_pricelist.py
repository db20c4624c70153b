# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models


class ProductPricelist(models.Model):
    _inherit = "product.pricelist"

    beauty_vip_tier_ids = fields.One2many(
        comodel_name="beauty.vip.tier",
        inverse_name="pricelist_id",
        string="VIP Tiers",
        readonly=True,
    )
    beauty_vip_tier = fields.Boolean(
        string="VIP Tier Pricelist",
        compute="_compute_beauty_vip_tier",
        store=True,
        help="The pricelist of a VIP tier: given to the tier's members only, never "
        "the default pricelist of the other customers.",
    )

    @api.depends("beauty_vip_tier_ids")
    def _compute_beauty_vip_tier(self):
        for pricelist in self:
            pricelist.beauty_vip_tier = bool(pricelist.beauty_vip_tier_ids)

    def _get_partner_pricelist_multi_search_domain_hook(self, company_id):
        # a customer without a pricelist of her own gets the store's default one,
        # never a tier's: the tier pricelists are for the members only
        return super()._get_partner_pricelist_multi_search_domain_hook(company_id) + [
            ("beauty_vip_tier", "=", False)
        ]

    @api.model
    def _beauty_vip_default_pricelist(self, company):
        """The store's default pricelist that is not a tier's (the list price):
        the first one in Odoo's order, else a new one as Odoo makes it when
        pricelists are enabled."""
        Pricelist = self.sudo()
        pricelist = Pricelist.search(
            [
                *self._get_partner_pricelist_multi_search_domain_hook(company.id),
                ("currency_id", "=", company.currency_id.id),
                ("country_group_ids", "=", False),
            ],
            limit=1,
        )
        return pricelist or Pricelist.create(company._get_default_pricelist_vals())
