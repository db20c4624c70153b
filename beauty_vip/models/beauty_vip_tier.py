# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models


class BeautyVipTier(models.Model):
    """A tier of a ladder: what qualifies for it (any of the rules set), and
    what it gives (discount, birthday benefit, points multiplier)."""

    _name = "beauty.vip.tier"
    _description = "VIP Tier"
    _order = "ladder_id, sequence desc, id"

    name = fields.Char(required=True, translate=True)
    ladder_id = fields.Many2one(
        comodel_name="beauty.vip.ladder", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="ladder_id.company_id", store=True)
    sequence = fields.Integer(
        string="Rank", default=10, help="The higher, the better the tier."
    )
    color = fields.Integer()
    is_default = fields.Boolean(
        string="Every Customer",
        help="Given to every customer who bought at least once and qualifies for no "
        "other tier of the ladder (e.g. class E).",
    )
    min_single_order = fields.Monetary(
        string="One Paid Order of at Least",
        currency_field="currency_id",
        help="Qualifies with one order (net of its refunds) of at least this amount "
        "in the last 12 months. 0: rule not used.",
    )
    min_paid_6m = fields.Monetary(
        string="Paid in 6 Months at Least", currency_field="currency_id"
    )
    min_paid_12m = fields.Monetary(
        string="Paid in 12 Months at Least", currency_field="currency_id"
    )
    min_visits_12m = fields.Integer(string="Visits in 12 Months at Least")
    currency_id = fields.Many2one(related="company_id.currency_id")
    discount = fields.Float(
        string="Discount (%)",
        help="Applied by the tier's pricelist, except on promotional products.",
    )
    birthday_discount = fields.Float(
        string="Birthday Discount (%)",
        help="Offered once a year around the birthday, never stacked with the tier "
        "discount: the better one applies.",
    )
    points_multiplier = fields.Float(default=1.0)
    pricelist_id = fields.Many2one(
        comodel_name="product.pricelist",
        readonly=True,
        help="The pricelist the POS applies to the tier's members.",
    )
    member_count = fields.Integer(compute="_compute_member_count")

    _sql_constraints = [
        (
            "discount_range",
            "CHECK(discount >= 0 AND discount <= 100 "
            "AND birthday_discount >= 0 AND birthday_discount <= 100)",
            "Discounts are percentages between 0 and 100.",
        ),
        (
            "multiplier_positive",
            "CHECK(points_multiplier >= 0)",
            "The points multiplier cannot be negative.",
        ),
    ]

    def _compute_member_count(self):
        counts = dict(
            self.env["beauty.vip.membership"]._read_group(
                [("tier_id", "in", self.ids)], ["tier_id"], ["__count"]
            )
        )
        for tier in self:
            tier.member_count = counts.get(tier, 0)

    @api.model_create_multi
    def create(self, vals_list):
        tiers = super().create(vals_list)
        tiers._sync_pricelist()
        return tiers

    def write(self, vals):
        res = super().write(vals)
        if {"discount", "name", "ladder_id"} & set(vals):
            self._sync_pricelist()
        return res

    def unlink(self):
        # the pricelist of a tier that is no more never becomes anyone's price
        pricelists = self.pricelist_id
        res = super().unlink()
        pricelists.sudo().action_archive()
        return res

    @api.model
    def _promotional_item_vals(self, templates, categories):
        """The items that keep the list price of the promotional products and
        categories in a tier's pricelist (seed: 促销及特价货品除外)."""
        return [
            {
                "applied_on": "1_product",
                "product_tmpl_id": template.id,
                "compute_price": "percentage",
                "percent_price": 0,
            }
            for template in templates
        ] + [
            {
                "applied_on": "2_product_category",
                "categ_id": category.id,
                "compute_price": "percentage",
                "percent_price": 0,
            }
            for category in categories
        ]

    def _sync_pricelist(self):
        """Keep the tier's pricelist: the discount on everything, except the
        promotional products and categories. A new tier pricelist is made
        available at the store's points of sale."""
        Pricelist = self.env["product.pricelist"].sudo()
        promotional = (
            self.env["product.template"]
            .sudo()
            .search([("beauty_promotional", "=", True)])
        )
        promo_categories = (
            self.env["product.category"]
            .sudo()
            .search([("beauty_promotional", "=", True)])
        )
        created = Pricelist
        for tier in self:
            items = [fields.Command.clear()]
            if tier.discount:
                templates = promotional.filtered(
                    lambda t, c=tier.company_id: not t.company_id or t.company_id == c
                )
                items += [
                    fields.Command.create(vals)
                    for vals in self._promotional_item_vals(templates, promo_categories)
                ]
                items.append(
                    fields.Command.create(
                        {
                            "applied_on": "3_global",
                            "compute_price": "percentage",
                            "percent_price": tier.discount,
                        }
                    )
                )
            values = {
                "name": f"{tier.ladder_id.name} — {tier.name}",
                "company_id": tier.company_id.id,
                "currency_id": tier.company_id.currency_id.id,
                "item_ids": items,
            }
            if tier.pricelist_id:
                tier.pricelist_id.sudo().write(values)
            else:
                # listed after the store's own pricelists
                pricelist = Pricelist.create({**values, "sequence": 1000})
                tier.sudo().pricelist_id = pricelist
                created |= pricelist
        if created:
            self.env["pos.config"].sudo().search(
                [("company_id", "in", created.company_id.ids)]
            )._beauty_vip_link_pricelists()

    @api.model
    def _sync_promotional(self, templates=None, categories=None):
        """The promotional flag of ``templates`` or ``categories`` changed: only
        their items change, in the tier pricelists that give a discount."""
        templates = (templates or self.env["product.template"]).sudo()
        categories = (categories or self.env["product.category"]).sudo()
        if not (templates or categories):
            return
        tiers = self.sudo().search(
            [
                ("ladder_id.active", "=", True),
                ("discount", "!=", 0),
                ("pricelist_id", "!=", False),
            ]
        )
        if not tiers:
            return
        Item = self.env["product.pricelist.item"].sudo()
        Item.search(
            [
                ("pricelist_id", "in", tiers.pricelist_id.ids),
                "|",
                "&",
                ("applied_on", "=", "1_product"),
                ("product_tmpl_id", "in", templates.ids),
                "&",
                ("applied_on", "=", "2_product_category"),
                ("categ_id", "in", categories.ids),
            ]
        ).unlink()
        values = []
        for tier in tiers:
            company_templates = templates.filtered(
                lambda t, c=tier.company_id: t.beauty_promotional
                and (not t.company_id or t.company_id == c)
            )
            values += [
                {**vals, "pricelist_id": tier.pricelist_id.id}
                for vals in self._promotional_item_vals(
                    company_templates, categories.filtered("beauty_promotional")
                )
            ]
        Item.create(values)
