# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The cashier sees the tier and the tier discount applies by itself (Chromium)."""

from odoo import fields
from odoo.tests import tagged

from odoo.addons.beauty_dossier.tests.common import PNG
from odoo.addons.point_of_sale.tests.test_frontend import TestPointOfSaleHttpCommon


@tagged("post_install", "-at_install")
class TestVipPosUi(TestPointOfSaleHttpCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        company = cls.main_pos_config.company_id
        cls.env = cls.env(su=True)
        cls.ladder = cls.env["beauty.vip.ladder"].create(
            {"name": "Tour VIP", "company_id": company.id, "is_main": True}
        )
        cls.gold = cls.env["beauty.vip.tier"].create(
            {
                "ladder_id": cls.ladder.id,
                "name": "Gold",
                "sequence": 40,
                "min_paid_12m": 20000,
                "discount": 20,
            }
        )
        Product = cls.env["product.product"]
        cls.facial = Product.create(
            {
                "name": "VIP Tour Facial",
                "type": "service",
                "list_price": 100,
                "available_in_pos": True,
                "taxes_id": [(5, 0, 0)],
            }
        )
        cls.promo = Product.create(
            {
                "name": "VIP Tour Promo",
                "type": "consu",
                "list_price": 50,
                "available_in_pos": True,
                "taxes_id": [(5, 0, 0)],
                "beauty_promotional": True,
            }
        )
        cls.customer = cls.env["res.partner"].create({"name": "Gold Customer"})
        cls.env["beauty.vip.membership"]._place(cls.customer, cls.gold, "Tour", None)
        dossier = cls.env["beauty.dossier"].create(
            {"partner_id": cls.customer.id, "company_id": company.id}
        )
        consent = cls.env["beauty.consent"].create(
            {
                "dossier_id": dossier.id,
                "template_id": cls.env.ref(
                    "beauty_dossier.consent_template_sensitive_data"
                ).id,
                "signature": PNG,
            }
        )
        consent.action_sign()
        cls.env["beauty.medical.record"].create(
            {
                "dossier_id": dossier.id,
                "allergen_ids": [(4, cls.env.ref("beauty_dossier.allergen_latex").id)],
            }
        )

    def _points_program(self):
        return self.env["loyalty.program"].create(
            {
                "name": "Tour VIP Points",
                "program_type": "loyalty",
                "company_id": self.main_pos_config.company_id.id,
                "pos_ok": False,
                "rule_ids": [
                    (0, 0, {"reward_point_mode": "money", "reward_point_amount": 1})
                ],
                "reward_ids": [
                    (
                        0,
                        0,
                        {
                            "reward_type": "product",
                            "reward_product_id": self.promo.id,
                            "required_points": 500,
                        },
                    )
                ],
            }
        )

    def _vip_tier(self, **values):
        return self.env["beauty.vip.tier"].create(
            {
                "ladder_id": self.ladder.id,
                "name": "VIP",
                "sequence": 10,
                "min_single_order": 1000,
                "discount": 12,
                **values,
            }
        )

    def test_tour_birthday_benefit_and_points_after_payment(self):
        self.ladder.program_id = self._points_program()
        vip = self._vip_tier(birthday_discount=40)
        customer, member, today = self._birthday_customer(vip)
        as_cashier = customer.with_user(self.pos_user)
        self.assertEqual(as_cashier.beauty_vip_birthday_discount, 40)
        self.start_pos_tour("beauty_vip_birthday")
        order = self.env["pos.order"].search([("partner_id", "=", customer.id)])
        self.assertTrue(order.beauty_vip_birthday)
        self.assertEqual(order.amount_total, 60)
        self.assertEqual(member.birthday_used_year, today.year)
        self.assertEqual(member.card_id.points, 60)
        as_cashier.invalidate_recordset()
        self.assertEqual(as_cashier.beauty_vip_birthday_discount, 0, "once a year")

    def _birthday_customer(self, vip):
        customer = self.env["res.partner"].create({"name": "Birthday Customer"})
        # the cashier's day: the POS runs in her time zone
        today = fields.Date.context_today(customer.with_user(self.pos_user))
        self.env["beauty.dossier"].create(
            {
                "partner_id": customer.id,
                "company_id": self.main_pos_config.company_id.id,
                "birthday": today.replace(year=1990)
                if (today.month, today.day) != (2, 29)
                else today.replace(year=1992),
            }
        )
        member = self.env["beauty.vip.membership"]._place(customer, vip, "Tour", None)
        return customer, member, today

    def test_tour_cashier_told_before_payment(self):
        self.ladder.program_id = self._points_program()
        vip = self._vip_tier(birthday_discount=40)
        customer, member, _today = self._birthday_customer(vip)
        member.card_id.points = 1234.5  # shown without cents
        self.start_pos_tour("beauty_vip_told_before_payment")
        self.assertFalse(
            self.env["pos.order"].search([("partner_id", "=", customer.id)]),
            "not paid: the cashier was told before",
        )
        self.assertFalse(member.birthday_order_id)

    def test_tour_walk_in_pays_the_list_price(self):
        """A store that had no pricelist before the VIP tiers (the demo's day
        one): the tier pricelists are its only ones."""
        company = self.main_pos_config.company_id
        self.env["ir.default"].search(
            [("field_id.name", "=", "specific_property_product_pricelist")]
        ).unlink()
        tier_pricelists = self.env["product.pricelist"].search(
            [("beauty_vip_tier", "=", True)]
        )
        (self.env["product.pricelist"].search([]) - tier_pricelists).action_archive()
        self.main_pos_config.write(
            {
                "use_pricelist": False,
                "pricelist_id": False,
                "available_pricelist_ids": [(5, 0, 0)],
            }
        )
        self._vip_tier()  # a new tier pricelist: linked to the POS
        walk_in = self.env["res.partner"].create({"name": "Walk-in Customer"})
        self.assertFalse(
            walk_in.with_company(company).property_product_pricelist.beauty_vip_tier
        )
        self.assertFalse(self.main_pos_config.pricelist_id.beauty_vip_tier)
        self.assertIn(
            self.gold.pricelist_id, self.main_pos_config.available_pricelist_ids
        )
        self.start_pos_tour("beauty_vip_walk_in_list_price")
        orders = self.env["pos.order"].search(
            [("partner_id", "in", (walk_in | self.customer).ids)]
        )
        self.assertEqual(
            {(o.partner_id, o.amount_total) for o in orders},
            {(walk_in, 100), (self.customer, 80)},
        )

    def test_tour_gold_customer_gets_the_tier_discount(self):
        self.assertTrue(self.customer.beauty_safety_alert)
        self.assertEqual(
            self.customer.with_company(
                self.main_pos_config.company_id
            ).property_product_pricelist,
            self.gold.pricelist_id,
        )
        pricelist = self.gold.pricelist_id
        self.assertEqual(pricelist._get_product_price(self.facial, 1), 80)
        self.assertEqual(pricelist._get_product_price(self.promo, 1), 50)
        self.start_pos_tour("beauty_vip_gold_discount")
        self.assertIn(
            self.gold.pricelist_id, self.main_pos_config.available_pricelist_ids
        )
        order = self.env["pos.order"].search(
            [("partner_id", "=", self.customer.id)], limit=1
        )
        self.assertEqual(order.amount_total, 130)
        self.assertEqual(order.state, "paid")

    def test_tour_order_taken_offline_counts_when_synced(self):
        self.ladder.program_id = self._points_program()
        vip = self._vip_tier()
        silver = self.env["beauty.vip.tier"].create(
            {
                "ladder_id": self.ladder.id,
                "name": "Silver",
                "sequence": 30,
                "min_single_order": 80,
                "discount": 15,
            }
        )
        customer = self.env["res.partner"].create({"name": "Offline Customer"})
        member = self.env["beauty.vip.membership"]._place(customer, vip, "Tour", None)
        self.start_pos_tour("beauty_vip_offline")
        order = self.env["pos.order"].search([("partner_id", "=", customer.id)])
        self.assertEqual(len(order), 1, "synced once")
        self.assertEqual(order.state, "paid")
        self.assertEqual(order.amount_paid, 88, "at the VIP price, taken offline")
        self.assertEqual(member.tier_id, silver, "the synced order upgrades her")
        self.assertEqual(member.card_id.points, 88)
        self.assertEqual(
            len(member.card_id.history_ids.filtered(lambda h: h.order_id == order.id)),
            1,
        )
