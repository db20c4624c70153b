# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Only the members get a tier's prices: everyone else keeps hers."""

from odoo.tests import TransactionCase, tagged

from odoo.addons.beauty_vip.hooks import uninstall_hook
from odoo.addons.mail.tests.common import mail_new_test_user


@tagged("post_install", "-at_install")
class TestVipPricelist(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # a store that had no pricelist before the VIP tiers (the demo's day one)
        cls.company = (
            cls.env["res.company"]
            .with_context(disable_company_pricelist_creation=True)
            .create({"name": "Salon Without Pricelist"})
        )
        cls.cashier = mail_new_test_user(
            cls.env,
            login="test_vip_pl_cashier",
            groups="base.group_user,point_of_sale.group_pos_user",
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )
        cls.ladder = cls.env["beauty.vip.ladder"].create(
            {"name": "Card", "company_id": cls.company.id, "is_main": True}
        )
        Tier = cls.env["beauty.vip.tier"]
        cls.vip = Tier.create(
            {"ladder_id": cls.ladder.id, "name": "VIP", "sequence": 10, "discount": 12}
        )
        cls.gold = Tier.create(
            {"ladder_id": cls.ladder.id, "name": "Gold", "sequence": 40, "discount": 20}
        )
        cls.walk_in = cls.env["res.partner"].create({"name": "Walk-in"})
        cls.member = cls.env["res.partner"].create({"name": "Member"})
        cls.Membership = cls.env["beauty.vip.membership"]

    def _pricelist(self, partner):
        partner = partner.with_user(self.cashier).with_company(self.company)
        partner.invalidate_recordset()
        return partner.property_product_pricelist

    def test_walk_in_never_gets_a_tier_pricelist(self):
        self.assertEqual(
            self.env["product.pricelist"].search(
                [("company_id", "=", self.company.id)]
            ),
            (self.vip | self.gold).pricelist_id,
            "the tier pricelists are the store's only ones",
        )
        self.assertTrue(self.vip.pricelist_id.beauty_vip_tier)
        self.assertFalse(
            self._pricelist(self.walk_in), "no pricelist before: the list price"
        )
        # a store pricelist of its own stays every other customer's
        public = self.env["product.pricelist"].create(
            {"name": "Public", "company_id": self.company.id, "sequence": 20}
        )
        self.assertEqual(self._pricelist(self.walk_in), public)
        self.vip.pricelist_id.sequence = 1
        self.assertEqual(self._pricelist(self.walk_in), public, "whatever the order")

    def test_member_gets_her_tier_then_her_own_pricelist_back(self):
        staff = self.env["product.pricelist"].create(
            {"name": "Staff", "company_id": self.company.id}
        )
        self.member.with_company(self.company).property_product_pricelist = staff
        membership = self.Membership.with_company(self.company)._place(
            self.member, self.vip, "Opening", None
        )
        self.assertEqual(self._pricelist(self.member), self.vip.pricelist_id)
        self.assertEqual(membership.pricelist_before_id, staff)
        # placed higher: the new tier's prices
        self.Membership.with_company(self.company)._place(
            self.member, self.gold, "Complaint", None
        )
        self.assertEqual(self._pricelist(self.member), self.gold.pricelist_id)
        self.assertEqual(membership.pricelist_before_id, staff, "kept, not the tier's")
        # the tier lost (as the renewal does): her own pricelist again
        membership.write({"tier_id": False})
        membership._apply_pricelist()
        self.assertEqual(self._pricelist(self.member), staff)
        self.assertFalse(membership.pricelist_before_id)
        self.assertFalse(self._pricelist(self.walk_in).beauty_vip_tier)

    def test_uninstall_gives_the_prices_back(self):
        self.Membership.with_company(self.company)._place(
            self.member, self.gold, "Opening", None
        )
        self.assertEqual(self._pricelist(self.member), self.gold.pricelist_id)
        uninstall_hook(self.env)
        self.assertFalse(self._pricelist(self.member), "the list price again")
        self.assertFalse(self.gold.pricelist_id.active)
        self.assertFalse(self._pricelist(self.walk_in))

    def test_deleted_tier_pricelist_is_no_ones_price(self):
        pricelist = self.vip.pricelist_id
        self.vip.unlink()
        self.assertFalse(pricelist.active)
        self.assertFalse(self._pricelist(self.walk_in))
        gold = self.gold.pricelist_id
        self.ladder.unlink()
        self.assertFalse(gold.active, "the ladder's tiers go with their pricelists")

    def test_promotional_flag_touches_only_its_items(self):
        template = self.env["product.template"].create(
            {"name": "Promo Cream", "list_price": 100}
        )
        product = template.product_variant_id
        self.assertEqual(self.vip.pricelist_id._get_product_price(product, 1), 88)
        items = self.gold.pricelist_id.item_ids
        template.beauty_promotional = True
        self.assertEqual(self.vip.pricelist_id._get_product_price(product, 1), 100)
        self.assertEqual(self.gold.pricelist_id._get_product_price(product, 1), 100)
        gold_promo = self.gold.pricelist_id.item_ids - items
        self.assertEqual(len(gold_promo), 1, "one item added, the others kept")
        template.write({"beauty_promotional": True})  # no change: nothing done
        self.assertEqual(self.gold.pricelist_id.item_ids, items | gold_promo)
        template.beauty_promotional = False
        self.assertEqual(self.gold.pricelist_id._get_product_price(product, 1), 80)
        self.assertEqual(self.gold.pricelist_id.item_ids, items)
