# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Tiers earned from what was actually paid at the POS, points on the server."""

from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from odoo.addons.beauty_vip.hooks import pre_init_hook
from odoo.addons.mail.tests.common import mail_new_test_user
from odoo.addons.point_of_sale.tests.common import TestPoSCommon


@tagged("post_install", "-at_install")
class TestVipTiers(TestPoSCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.config = cls.basic_config
        cls.facial = cls.create_product("VIP Facial", cls.categ_basic, 500.0)
        cls.cream = cls.create_product("VIP Cream", cls.categ_basic, 100.0)
        cls.program = (
            cls.env["loyalty.program"]
            .sudo()
            .create(
                {
                    "name": "Test VIP Points",
                    "program_type": "loyalty",
                    "company_id": cls.company.id,
                    "rule_ids": [
                        Command.create(
                            {"reward_point_mode": "money", "reward_point_amount": 1}
                        )
                    ],
                    "reward_ids": [
                        Command.create(
                            {
                                "reward_type": "product",
                                "reward_product_id": cls.cream.id,
                                "required_points": 300,
                            }
                        )
                    ],
                }
            )
        )
        cls.ladder = (
            cls.env["beauty.vip.ladder"]
            .sudo()
            .create(
                {
                    "name": "Test VIP",
                    "company_id": cls.company.id,
                    "is_main": True,
                    "program_id": cls.program.id,
                }
            )
        )
        Tier = cls.env["beauty.vip.tier"].sudo()
        cls.vip = Tier.create(
            {
                "ladder_id": cls.ladder.id,
                "name": "VIP",
                "sequence": 10,
                "min_single_order": 1000,
                "min_paid_6m": 2000,
                "min_paid_12m": 3000,
                "discount": 12,
            }
        )
        cls.gold = Tier.create(
            {
                "ladder_id": cls.ladder.id,
                "name": "Gold",
                "sequence": 40,
                "min_paid_12m": 20000,
                "discount": 20,
                "points_multiplier": 2,
            }
        )
        cls.classes = (
            cls.env["beauty.vip.ladder"]
            .sudo()
            .create({"name": "Test Classes", "company_id": cls.company.id})
        )
        cls.class_a = Tier.create(
            {
                "ladder_id": cls.classes.id,
                "name": "A",
                "sequence": 50,
                "min_visits_12m": 12,
                "min_paid_12m": 1200,
            }
        )
        cls.class_d = Tier.create(
            {
                "ladder_id": cls.classes.id,
                "name": "D",
                "sequence": 20,
                "min_visits_12m": 2,
                "min_paid_12m": 200,
            }
        )
        cls.class_e = Tier.create(
            {
                "ladder_id": cls.classes.id,
                "name": "E",
                "sequence": 10,
                "is_default": True,
            }
        )
        cls.Membership = cls.env["beauty.vip.membership"]
        cls.pos_user = mail_new_test_user(
            cls.env,
            login="test_vip_tiers_cashier",
            groups="base.group_user,point_of_sale.group_pos_user",
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )

    def _pay(self, customer, lines, uuid, total=None):
        total = sum(p.lst_price * q for p, q in lines) if total is None else total
        return self._create_orders(
            [
                {
                    "pos_order_lines_ui_args": lines,
                    "payments": [(self.cash_pm1, total)],
                    "customer": customer,
                    "uuid": uuid,
                }
            ]
        )[uuid]

    def _member(self, customer, ladder=None):
        return self.Membership.search(
            [
                ("partner_id", "=", customer.id),
                ("ladder_id", "=", (ladder or self.ladder).id),
            ]
        )

    def _evaluate(self, today, reason="nightly"):
        return self.Membership._evaluate(
            self.ladder | self.classes, reason=reason, today=today
        )

    def test_one_paid_order_of_1000_upgrades_at_once(self):
        self.open_new_session()
        self._pay(self.customer, [(self.facial, 1)], "00100-001-0001")
        self.assertFalse(self._member(self.customer), "500 is not enough")
        self.assertEqual(
            self._member(self.customer, self.classes).tier_id,
            self.class_d,
            "500 in a year: class D of the other ladder",
        )
        self._pay(self.customer, [(self.facial, 2)], "00100-001-0002")
        member = self._member(self.customer)
        self.assertEqual(member.tier_id, self.vip, "one order of 1000: VIP at once")
        self.assertEqual(member.since, fields.Date.context_today(member))
        self.assertEqual(member.max_single_order, 1000)
        self.assertEqual(member.paid_12m, 1500)
        self.assertEqual(self.customer.beauty_vip_tier_id, self.vip)
        self.assertTrue(self.customer.beauty_vip_card_code)
        self.assertEqual(
            self.customer.beauty_vip_until,
            self.ladder._next_renewal(fields.Date.context_today(member)),
        )
        history = member.history_ids
        self.assertEqual(history.reason, "upgrade")
        self.assertIn(
            "Test VIP: none → VIP", "".join(self.customer.message_ids.mapped("body"))
        )
        # points: 1 per unit actually paid, on the server
        self.assertEqual(member.card_id.points, 1000, "points of the qualifying order")

    def test_rolling_windows_at_their_edges(self):
        self.open_new_session()
        for i in range(4):
            order = self._pay(self.customer, [(self.facial, 1)], f"00100-002-000{i}")
        # the windows count in days of the orders' dates
        today = order.date_order.date()
        member = self._member(self.customer)
        self.assertEqual(member.tier_id, self.vip, "2000 paid within 6 months")
        self.assertEqual(member.paid_6m, 2000)
        # six months later to the day the orders still count; one day after, not

        def at(day):
            return member.with_context(beauty_vip_today=day)

        self.assertEqual(at(today + relativedelta(months=6)).paid_6m, 2000)
        self.assertEqual(at(today + relativedelta(months=6, days=1)).paid_6m, 0)
        self.assertEqual(at(today + relativedelta(months=6, days=1)).paid_12m, 2000)
        self._evaluate(today + relativedelta(months=6, days=1))
        self.assertEqual(member.tier_id, self.vip, "no downgrade in mid-year")
        self.assertEqual(at(today + relativedelta(months=12)).paid_12m, 2000)
        self.assertEqual(at(today + relativedelta(months=12, days=1)).paid_12m, 0)
        self._evaluate(today + relativedelta(months=12, days=1), reason="renewal")
        self.assertFalse(member.tier_id, "nothing paid in the last year")

    def test_visits_make_the_service_class(self):
        self.open_new_session()
        self._pay(self.customer, [(self.cream, 1)], "00100-003-0001")
        self.assertEqual(
            self._member(self.customer, self.classes).tier_id, self.class_e
        )
        self._pay(self.customer, [(self.cream, 1)], "00100-003-0002")
        member = self._member(self.customer, self.classes)
        self.assertEqual(member.tier_id, self.class_d, "200 in a year")
        self.assertEqual(member.visits_12m, 2, "two paid purchases")

    def test_refund_takes_back_spend_and_points(self):
        self.open_new_session()
        order = self._pay(self.customer, [(self.facial, 2)], "00100-004-0001")
        member = self._member(self.customer)
        self.assertEqual(member.card_id.points, 1000)
        order.flush_recordset()
        self.env.cr.execute(
            "SELECT beauty_vip_refunded FROM pos_order WHERE id = %s", [order.id]
        )
        self.assertIsNone(
            self.env.cr.fetchone()[0], "a purchase not refunded is not written again"
        )
        refund = order._refund()
        refund.add_payment(
            {
                "pos_order_id": refund.id,
                "amount": refund.amount_total,
                "payment_method_id": self.cash_pm1.id,
            }
        )
        refund.action_pos_order_paid()
        self.assertEqual(refund.beauty_vip_origin_order_id, order)
        self.assertEqual(order.beauty_vip_refunded, -1000)
        refund._beauty_vip_update_refunded()
        self.assertEqual(order.beauty_vip_refunded, -1000, "idempotent")
        self.assertEqual(member.card_id.points, 0, "the points given are taken back")
        self.assertEqual(
            member.max_single_order, 0, "the purchase is net of its refund"
        )
        self.assertEqual(member.paid_12m, 0)
        self.assertEqual(member.tier_id, self.vip, "no downgrade before the renewal")
        self._evaluate(fields.Date.today(), reason="renewal")
        self.assertFalse(member.tier_id, "the yearly renewal downgrades")
        self.assertEqual(member.history_ids.sorted("id")[-1].reason, "renewal")

    def test_manual_placement_holds_until_its_end(self):
        with self.assertRaises(AccessError):
            self.Membership.with_user(self.env.user)._place(
                self.customer, self.gold, "Friend of the owner", None
            )
        with self.assertRaises(UserError):
            self.Membership.sudo()._place(self.customer, self.gold, "", None)
        until = fields.Date.today() + timedelta(days=30)
        member = self.Membership.sudo()._place(
            self.customer, self.gold, "Compensation for a complaint", until
        )
        self.assertEqual(member.tier_id, self.gold)
        self.assertEqual(member.history_ids.reason, "manual")
        self._evaluate(fields.Date.today(), reason="renewal")
        self.assertEqual(member.tier_id, self.gold, "kept until its end date")
        self._evaluate(until + timedelta(days=1))
        self.assertFalse(member.tier_id, "back to what she earned")
        self.assertFalse(member.manual)
        self.assertEqual(member.history_ids.sorted("id")[-1].reason, "manual_end")

    def test_renewal_runs_once_after_its_date(self):
        self.ladder = self.ladder.sudo()
        self.ladder.write({"renewal_month": 12, "renewal_day": 31})
        self.assertEqual(
            self.ladder._due_renewal(fields.Date.to_date("2027-01-01")),
            fields.Date.to_date("2026-12-31"),
        )
        self.ladder.last_renewal_date = "2026-12-31"
        self.assertFalse(self.ladder._due_renewal(fields.Date.to_date("2027-01-02")))
        self.ladder.write({"renewal_month": 2, "renewal_day": 31})
        self.assertEqual(
            self.ladder._renewal_date(2028), fields.Date.to_date("2028-02-29")
        )

    def test_points_expire_at_the_renewal(self):
        self.open_new_session()
        self._pay(self.customer, [(self.facial, 2)], "00100-006-0001")
        card = self._member(self.customer).card_id
        self.assertEqual(card.points, 1000)
        self.ladder._expire_points(fields.Date.to_date("2026-12-31"))
        self.assertEqual(card.points, 0)
        expiry = card.history_ids.filtered(lambda h: "expired" in h.description)
        self.assertEqual(expiry.used, 1000)
        self.assertIn("2026-12-31", expiry.description)

    def test_multiplier_and_gift_cost_computed_on_the_server(self):
        self.Membership.sudo()._place(self.customer, self.gold, "Test", None)
        self.open_new_session()
        self._pay(self.customer, [(self.facial, 1)], "00100-007-0001")
        card = self._member(self.customer).card_id
        self.assertEqual(card.points, 1000, "500 paid x2 for gold")

    def test_client_cannot_credit_points(self):
        self.open_new_session()
        order = self._pay(self.customer, [(self.facial, 2)], "00100-008-0001")
        card = self._member(self.customer).card_id
        data = {
            str(card.id): {
                "points": 99999,
                "program_id": self.program.id,
                "coupon_id": card.id,
                "partner_id": self.customer.id,
            },
            "-1": {
                "points": 5000,
                "program_id": self.program.id,
                "partner_id": self.customer.id,
            },
        }
        for _i in range(2):
            result = order.confirm_coupon_programs(data)
        self.assertEqual(card.points, 1000)
        self.assertEqual(
            self.env["loyalty.card"].search_count(
                [
                    ("program_id", "=", self.program.id),
                    ("partner_id", "=", self.customer.id),
                ]
            ),
            1,
            "no second card",
        )
        shown = [u for u in result["coupon_updates"] if u["id"] == card.id]
        self.assertEqual(shown[0]["points"], 1000, "the POS shows the server's figure")
        order.add_loyalty_history_lines(
            [{"card_id": card.id, "won": 99999, "spent": 0}], result["coupon_updates"]
        )
        self.assertEqual(sum(card.history_ids.mapped("issued")), 1000)

    def test_same_order_synced_twice_counts_once(self):
        self.open_new_session()
        self._pay(self.customer, [(self.facial, 2)], "00100-009-0001")
        self.env["pos.order"].sync_from_ui(
            [
                self.create_ui_order_data(
                    [(self.facial, 2)], self.customer, uuid="00100-009-0001"
                )
            ]
        )
        member = self._member(self.customer)
        self.assertEqual(member.card_id.points, 1000)
        self.assertEqual(member.paid_12m, 1000)

    def test_other_store_does_not_count(self):
        self.other_company = self.env["res.company"].sudo().create({"name": "Store B"})
        other = (
            self.env["beauty.vip.ladder"]
            .sudo()
            .create({"name": "Other store", "company_id": self.other_company.id})
        )
        self.env["beauty.vip.tier"].sudo().create(
            {"ladder_id": other.id, "name": "Any", "min_paid_12m": 1}
        )
        self.open_new_session()
        self._pay(self.customer, [(self.facial, 2)], "00100-010-0001")
        self.Membership._evaluate(other)
        self.assertFalse(self._member(self.customer, other))

    def test_foreign_currency_counts_in_company_currency(self):
        self.open_new_session()
        order = self._pay(self.customer, [(self.facial, 1)], "00100-011-0001")
        # as if the session sold in a currency worth half the company's
        self.env.cr.execute(
            "UPDATE pos_order SET currency_rate = 0.5 WHERE id = %s", [order.id]
        )
        order.invalidate_recordset()
        self._evaluate(fields.Date.today())
        member = self._member(self.customer)
        self.assertEqual(member.paid_12m, 1000)
        self.assertEqual(member.tier_id, self.vip, "1000 in the company currency")

    def test_foreign_currency_refund_takes_back_in_company_currency(self):
        self.open_new_session()
        order = self._pay(self.customer, [(self.facial, 2)], "00100-011-0002")
        refund = order._refund()
        (order | refund).flush_recordset()
        # as if the session sold in a currency worth half the company's
        self.env.cr.execute(
            "UPDATE pos_order SET currency_rate = 0.5 WHERE id IN %s",
            [(order.id, refund.id)],
        )
        (order | refund).invalidate_recordset()
        refund.add_payment(
            {
                "pos_order_id": refund.id,
                "amount": refund.amount_total,
                "payment_method_id": self.cash_pm1.id,
            }
        )
        refund.action_pos_order_paid()
        self.assertEqual(order.beauty_vip_refunded, -2000)
        member = self._member(self.customer)
        self.assertEqual(member.paid_12m, 0, "2000 paid, 2000 given back")
        self.assertEqual(member.max_single_order, 0)

    def test_promotional_products_get_no_tier_discount(self):
        pricelist = self.vip.pricelist_id
        self.assertEqual(pricelist._get_product_price(self.cream, 1), 88)
        self.cream.product_tmpl_id.sudo().beauty_promotional = True
        self.assertEqual(pricelist._get_product_price(self.cream, 1), 100)
        self.assertEqual(pricelist._get_product_price(self.facial, 1), 440)

    def _gift_order(self, card, uuid):
        data = self.create_ui_order_data([(self.cream, 1)], self.customer, uuid=uuid)
        data["lines"].append(
            (
                0,
                0,
                {
                    "product_id": self.cream.id,
                    "qty": 1,
                    "price_unit": -100,
                    "price_subtotal": -100,
                    "price_subtotal_incl": -100,
                    "is_reward_line": True,
                    "reward_id": self.program.reward_ids.id,
                    "coupon_id": card.id,
                    "points_cost": 0,
                    "tax_ids": [],
                },
            )
        )
        data["amount_total"] = data["amount_paid"] = 0
        data["payment_ids"] = []
        return data

    def test_gift_without_enough_points_told_before_payment_accepted_after(self):
        gift = self.program.reward_ids
        self.Membership.sudo()._place(self.customer, self.vip, "Test", None)
        card = self._member(self.customer).card_id
        card.sudo().points = 100
        self.open_new_session()
        cashier_orders = self.env["pos.order"].with_user(self.pos_user)
        check = cashier_orders.beauty_vip_check_before_payment(
            self.config.id,
            self.customer.id,
            {
                "lines": [
                    {"product_id": self.cream.id, "qty": 1},
                    {
                        "product_id": self.cream.id,
                        "qty": 1,
                        "reward_id": gift.id,
                        "points_cost": 0,
                    },
                ]
            },
        )
        self.assertFalse(check["successful"], "the cashier is told before payment")
        self.assertIn("not enough", check["message"])
        # taken offline all the same: the paid order is accepted, with the next
        # order of the same batch; the card stays at zero, the debt is recorded
        other = self.create_ui_order_data([(self.cream, 1)], self.customer)
        result = cashier_orders.sync_from_ui(
            [self._gift_order(card, "00100-030-0001"), other]
        )
        self.assertEqual(len(result["pos.order"]), 2)
        order = self.env["pos.order"].browse(result["pos.order"][0]["id"])
        self.assertEqual(order.state, "paid")
        self.assertEqual(card.points, 100, "0 after the gift, +100 for the other order")
        self.assertEqual(order.beauty_vip_points_owed, 200)
        self.assertIn("owes 200", order.message_ids[0].body)
        activity = self.customer.activity_ids
        self.assertEqual(len(activity), 1)
        self.assertIn(order.name, activity.summary)
        # synced again: nothing twice
        cashier_orders.sync_from_ui([self._gift_order(card, "00100-030-0001")])
        self.assertEqual(card.points, 100)
        self.assertEqual(len(self.customer.activity_ids), 1)

    def test_birthday_of_a_file_opened_in_another_store(self):
        """One customer, one file across the chain: her file was opened by the
        other store; this store's tier still finds her birth date, and her first
        paid order here shares the file with this store."""
        self.Membership.sudo()._place(self.customer, self.vip, "Test", None)
        self.vip.sudo().birthday_discount = 40
        today = fields.Date.context_today(self.Membership)
        other_store = self.env["res.company"].create({"name": "Other Store 二店"})
        self.env.user.company_ids |= other_store
        dossier = (
            self.env["beauty.dossier"]
            .sudo()
            .create(
                {
                    "partner_id": self.customer.id,
                    "company_id": other_store.id,
                    "birthday": today.replace(year=1990),
                }
            )
        )
        self.assertEqual(dossier.store_ids, other_store)
        self.customer.invalidate_recordset()
        self.assertEqual(self.customer.beauty_vip_birthday_discount, 40)
        self.open_new_session()
        order = self._pay(self.customer, [(self.cream, 1)], "00100-050-0001")
        self.assertEqual(order.state, "paid")
        self.assertEqual(dossier.store_ids, other_store | self.company)
        share = dossier.sudo().share_ids
        self.assertEqual(share.company_id, self.company)
        self.assertEqual(share.reason, "pos_order")
        self.assertEqual(share.pos_order_id, order)

    def test_birthday_benefit_checked_on_the_server(self):
        self.Membership.sudo()._place(self.customer, self.vip, "Test", None)
        self.open_new_session()
        cashier_orders = self.env["pos.order"].with_user(self.pos_user)

        def check(discount):
            return cashier_orders.beauty_vip_check_before_payment(
                self.config.id,
                self.customer.id,
                {
                    "birthday": True,
                    "lines": [{"product_id": self.facial.id, "discount": discount}],
                },
            )

        self.assertIn("no birthday benefit today", check(40)["message"])
        # not her birthday, paid offline: accepted, recorded, not granted
        data = self.create_ui_order_data([(self.facial, 1, 40)], self.customer)
        data["beauty_vip_birthday"] = True
        undue = cashier_orders.browse(
            cashier_orders.sync_from_ui([data])["pos.order"][0]["id"]
        )
        self.assertEqual(undue.state, "paid")
        self.assertTrue(undue.beauty_vip_birthday_undue)
        self.assertFalse(self._member(self.customer).birthday_order_id)
        self.assertTrue(self.customer.activity_ids)
        # her birthday today, 40 % at most, once a year
        self.vip.sudo().birthday_discount = 40
        today = fields.Date.context_today(self.Membership)
        self.env["beauty.dossier"].sudo().create(
            {
                "partner_id": self.customer.id,
                "company_id": self.company.id,
                "birthday": today.replace(year=1992),
            }
        )
        self.customer.invalidate_recordset()
        self.assertEqual(self.customer.beauty_vip_birthday_discount, 40)
        self.assertIn("birthday benefit is 40", check(50)["message"])
        self.assertTrue(check(40)["successful"])
        fair = self.create_ui_order_data([(self.facial, 1, 40)], self.customer)
        fair["beauty_vip_birthday"] = True
        order = cashier_orders.browse(
            cashier_orders.sync_from_ui([fair])["pos.order"][0]["id"]
        )
        cashier_orders.sync_from_ui([fair])  # synced again: still fine
        self.assertFalse(order.beauty_vip_birthday_undue)
        self.assertEqual(self._member(self.customer).birthday_order_id, order)
        self.customer.invalidate_recordset()
        self.assertEqual(self.customer.beauty_vip_birthday_discount, 0)
        self.assertIn("already used this year", check(40)["message"])
        # used meanwhile on another terminal: accepted, recorded, never twice
        again = self.create_ui_order_data([(self.facial, 1, 40)], self.customer)
        again["beauty_vip_birthday"] = True
        second = cashier_orders.browse(
            cashier_orders.sync_from_ui([again])["pos.order"][0]["id"]
        )
        self.assertEqual(second.state, "paid")
        self.assertTrue(second.beauty_vip_birthday_undue)
        self.assertEqual(self._member(self.customer).birthday_order_id, order)

    def test_session_opening_leaves_the_pos_config_alone(self):
        self.assertIn(self.gold.pricelist_id, self.config.available_pricelist_ids)
        self.assertFalse(self.config.pricelist_id.beauty_vip_tier)
        # the manager takes a tier's prices off this point of sale
        self.config.available_pricelist_ids = [
            Command.unlink(self.gold.pricelist_id.id)
        ]
        self.open_new_session()
        self.assertNotIn(
            self.gold.pricelist_id,
            self.config.available_pricelist_ids,
            "opening a session does not write the configuration",
        )

    def test_refund_link_of_existing_orders_filled_in_one_statement(self):
        self.open_new_session()
        order = self._pay(self.customer, [(self.facial, 1)], "00100-031-0001")
        refund = order._refund()
        refund.flush_recordset()
        self.env.cr.execute(
            "UPDATE pos_order SET beauty_vip_origin_order_id = NULL WHERE id = %s",
            [refund.id],
        )
        refund.invalidate_recordset()
        with self.assertQueryCount(2):
            pre_init_hook(self.env)
        self.assertEqual(refund.beauty_vip_origin_order_id, order)

    def test_20_80_analysis(self):
        customers = self.env["res.partner"].create(
            [{"name": f"Pareto {i}"} for i in range(5)]
        )
        self.open_new_session()
        # one customer pays 4 x 500, four pay 100 each: 2000 of 2400
        for i in range(4):
            self._pay(customers[0], [(self.facial, 1)], f"00100-020-000{i}")
        for i, customer in enumerate(customers[1:]):
            self._pay(customer, [(self.cream, 1)], f"00100-021-000{i}")
        ladder = self.ladder.sudo()
        ladder.invalidate_recordset()
        self.assertEqual(ladder.customer_count, 5)
        self.assertEqual(ladder.top_customer_count, 1)
        self.assertEqual(ladder.revenue_12m, 2400)
        self.assertAlmostEqual(ladder.top_revenue_share, 2000 / 2400 * 100, places=2)

    def test_offline_order_synced_later(self):
        """An order taken offline on her birthday, synced the next day, keeps its
        benefit and counts at its own date."""
        self.Membership.sudo()._place(self.customer, self.vip, "Test", None)
        self.vip.sudo().birthday_discount = 40
        yesterday = fields.Date.context_today(self.Membership) - timedelta(days=1)
        self.env["beauty.dossier"].sudo().create(
            {
                "partner_id": self.customer.id,
                "company_id": self.company.id,
                "birthday": yesterday.replace(year=1992)
                if (yesterday.month, yesterday.day) != (2, 29)
                else yesterday.replace(year=1996),
            }
        )
        self.assertEqual(self.customer.beauty_vip_birthday_discount, 0, "not today")
        self.open_new_session()
        data = self.create_ui_order_data([(self.facial, 1, 40)], self.customer)
        data["beauty_vip_birthday"] = True
        data["date_order"] = fields.Datetime.to_string(
            fields.Datetime.now() - timedelta(days=1)
        )
        order = self.env["pos.order"].browse(
            self.env["pos.order"].sync_from_ui([data])["pos.order"][0]["id"]
        )
        self.assertTrue(order.beauty_vip_birthday)
        member = self._member(self.customer)
        self.assertEqual(member.birthday_order_id, order)
        self.assertEqual(
            member.card_id.points, order.amount_paid, "points of what was paid"
        )

    def test_card_numbers_drawn_in_one_batch(self):
        Membership = self.Membership.sudo()

        def queries(count):
            start = self.cr.sql_log_count
            codes = Membership._new_card_codes(count)
            return self.cr.sql_log_count - start, codes

        queries(1)  # the sequence read once
        one, _codes = queries(1)
        twenty, codes = queries(20)
        self.assertEqual(twenty, one, "as many queries for twenty cards as for one")
        self.assertEqual(len(set(codes)), 20)
        numbers = [int(code.removeprefix("VIP")) for code in codes]
        self.assertEqual(numbers, list(range(numbers[0], numbers[0] + 20)))
        # a night that makes three new members gives them three cards
        customers = self.env["res.partner"].create(
            [{"name": f"New Member {i}"} for i in range(3)]
        )
        Membership._place(customers[0], self.gold, "Batch", None)
        members = Membership.browse()
        for customer in customers[1:]:
            members |= Membership._insert_memberships(
                [
                    {
                        "partner_id": customer.id,
                        "ladder_id": self.ladder.id,
                        "tier_id": self.gold.id,
                    }
                ]
            )
        members._ensure_cards()
        self.assertEqual(len(set(members.mapped("card_code"))), 2)
        self.assertTrue(
            all(code.startswith("VIP") for code in members.card_id.mapped("code"))
        )
