# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Who may see and change the VIP figures."""

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, TransactionCase, tagged

from odoo.addons.mail.tests.common import mail_new_test_user


class VipAccessCommon:
    @classmethod
    def _setup_vip(cls):
        cls.cashier = mail_new_test_user(
            cls.env,
            login="test_vip_cashier",
            groups="base.group_user,point_of_sale.group_pos_user",
        )
        cls.manager = mail_new_test_user(
            cls.env,
            login="test_vip_manager",
            groups="base.group_user,beauty_dossier.group_beauty_manager",
        )
        cls.customer = cls.env["res.partner"].create({"name": "Member 会员"})
        cls.gold = cls.env.ref("beauty_vip.tier_gold")
        cls.membership = cls.env["beauty.vip.membership"]._place(
            cls.customer, cls.gold, "Opening offer", None
        )


@tagged("post_install", "-at_install")
class TestVipAccess(VipAccessCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_vip()

    def test_cashier_sees_tier_and_points_on_the_customer(self):
        customer = self.customer.with_user(self.cashier)
        self.assertEqual(customer.beauty_vip_tier_id.name, "Gold")
        self.assertTrue(customer.beauty_vip_card_code)
        self.assertEqual(customer.beauty_vip_points, 0)
        # the demo salon has Gold members of its own
        gold_members = (
            self.env["res.partner"]
            .with_user(self.cashier)
            .search([("beauty_vip_tier_id", "=", self.gold.id)])
        )
        self.assertIn(self.customer, gold_members)
        self.assertEqual(gold_members.beauty_vip_tier_id, self.gold)

    def test_nobody_writes_memberships_by_hand(self):
        for user in (self.cashier, self.manager):
            with self.assertRaises(AccessError):
                self.membership.with_user(user).write({"tier_id": False})
            with self.assertRaises(AccessError):
                self.membership.with_user(user).unlink()
        history = self.membership.history_ids
        with self.assertRaises(UserError):
            history.with_user(self.manager).write({"reason": "nightly"})
        with self.assertRaises(UserError):
            history.sudo().unlink()

    def test_only_store_managers_configure_and_place(self):
        with self.assertRaises(AccessError):
            self.gold.with_user(self.cashier).write({"discount": 90})
        self.gold.with_user(self.manager).write({"discount": 25})
        self.assertEqual(
            self.gold.pricelist_id.item_ids.filtered(
                lambda i: i.applied_on == "3_global"
            ).percent_price,
            25,
            "the tier's pricelist follows",
        )
        wizard_model = self.env["beauty.vip.placement.wizard"]
        with self.assertRaises(AccessError):
            wizard_model.with_user(self.cashier).create(
                {
                    "partner_id": self.customer.id,
                    "tier_id": self.gold.id,
                    "reason": "x",
                    "until": "2099-01-01",
                }
            )
        wizard = wizard_model.with_user(self.manager).create(
            {
                "partner_id": self.customer.id,
                "tier_id": self.env.ref("beauty_vip.tier_silver").id,
                "reason": "Complaint compensation",
                "until": "2099-01-01",
            }
        )
        wizard.action_place()
        self.assertEqual(self.membership.tier_id.name, "Silver")
        self.assertEqual(
            self.membership.history_ids.sorted("id")[-1].user_id, self.manager
        )


@tagged("post_install", "-at_install")
class TestVipAccessRpc(VipAccessCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_vip()

    def test_rpc_cashier_cannot_place_or_write(self):
        self.authenticate("test_vip_cashier", "test_vip_cashier")
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self.make_jsonrpc_request(
                "/web/dataset/call_kw",
                {
                    "model": "beauty.vip.membership",
                    "method": "write",
                    "args": [[self.membership.id], {"tier_id": False}],
                    "kwargs": {},
                },
            )
        with self.assertRaisesRegex(Exception, "AccessError|not allowed|private"):
            self.make_jsonrpc_request(
                "/web/dataset/call_kw",
                {
                    "model": "beauty.vip.membership",
                    "method": "_place",
                    "args": [self.customer.id, self.gold.id, "x", False],
                    "kwargs": {},
                },
            )
        rows = self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": "res.partner",
                "method": "read",
                "args": [
                    [self.customer.id],
                    ["beauty_vip_tier_id", "beauty_vip_points"],
                ],
                "kwargs": {},
            },
        )
        self.assertEqual(rows[0]["beauty_vip_tier_id"][1], "Gold")
        self.assertEqual(self.membership.tier_id, self.gold)


SPEND = ["max_single_order", "paid_6m", "paid_12m", "visits_12m"]


class VipSpendCommon(VipAccessCommon):
    @classmethod
    def _setup_spend(cls):
        cls._setup_vip()
        cls.sales = mail_new_test_user(
            cls.env,
            login="test_vip_sales",
            groups="base.group_user,sales_team.group_sale_salesman,"
            "base.group_allow_export",
        )
        cls.front_desk = mail_new_test_user(
            cls.env,
            login="test_vip_front_desk",
            groups="base.group_user,beauty_dossier.group_beauty_reception,"
            "base.group_allow_export",
        )
        cls.Report = cls.env["beauty.vip.membership.report"]


@tagged("post_install", "-at_install")
class TestVipSpendAccess(VipSpendCommon, TransactionCase):
    """The spend figures are the store manager's: not the cashier's (the POS
    shows the tier and the points, never the spend), not sales', not the front
    desk's — in every path."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_spend()

    def test_others_read_no_spend_in_any_path(self):
        for user in (self.cashier, self.sales, self.front_desk):
            Membership = self.env["beauty.vip.membership"].with_user(user)
            member = self.membership.with_user(user)
            self.assertEqual(member.tier_id, self.gold, "the tier is for everyone")
            for field in SPEND:
                with self.subTest(user=user.login, field=field):
                    with self.assertRaises(AccessError):
                        member.read([field])
                    with self.assertRaises(AccessError):
                        Membership.search([(field, ">", 0)])
                    # the figures are not stored: nobody sorts or groups by them
                    # (the report does), nor leaks them so
                    with self.assertRaises(ValueError):
                        Membership.search([], order=f"{field} desc")
                    with self.assertRaises(ValueError):
                        Membership.read_group([], [f"{field}:sum"], ["tier_id"])
                    if user.has_group("base.group_allow_export"):
                        with self.assertRaises(AccessError):
                            member.export_data([field])
            history = self.membership.history_ids.with_user(user)
            for field in ("paid_12m", "visits_12m"):
                with self.assertRaises(AccessError):
                    history.read([field])
            ladder = self.gold.ladder_id.with_user(user)
            with self.assertRaises(AccessError):
                ladder.read(["revenue_12m"])
            # the tier distribution as a whole
            with self.assertRaises(AccessError):
                self.Report.with_user(user).read_group(
                    [], ["paid_12m:sum"], ["tier_id"]
                )
            with self.assertRaises(AccessError):
                self.Report.with_user(user).search([])

    def test_store_manager_reads_and_measures_the_distribution(self):
        member = self.membership.with_user(self.manager)
        self.assertEqual(member.read(["paid_12m"])[0]["paid_12m"], 0)
        Membership = self.env["beauty.vip.membership"].with_user(self.manager)
        self.assertIn(member, Membership.search([("paid_12m", "=", 0)]))
        self.assertNotIn(member, Membership.search([("visits_12m", ">", 0)]))
        self.assertEqual(member.history_ids.read(["paid_12m"])[0]["paid_12m"], 0)
        Report = self.Report.with_user(self.manager)
        # the pivot's measures and groupbys, as the web client asks them
        groups = Report.read_group(
            [],
            ["paid_12m:sum", "paid_6m:sum", "visits_12m:sum", "max_single_order:max"],
            ["ladder_id", "tier_id"],
            lazy=False,
        )
        gold = [g for g in groups if g["tier_id"] and g["tier_id"][0] == self.gold.id]
        self.assertEqual(len(gold), 1)
        self.assertGreaterEqual(gold[0]["__count"], 1)
        web = Report.web_read_group(
            [],
            ["paid_12m:sum", "visits_12m:sum"],
            ["tier_id"],
            orderby="paid_12m desc",
        )
        self.assertTrue(web["groups"])
        row = Report.search([("partner_id", "=", self.customer.id)], order="paid_12m")
        self.assertEqual(row.tier_id, self.gold)
        self.assertEqual(row.sudo().export_data(["tier_id"])["datas"], [["Gold"]])


@tagged("post_install", "-at_install")
class TestVipSpendAccessRpc(VipSpendCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_spend()

    def _call(self, model, method, args, **kwargs):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs},
        )

    def test_rpc_spend_refused_to_others(self):
        for login in ("test_vip_cashier", "test_vip_sales"):
            self.authenticate(login, login)
            for method, args, kwargs in (
                ("read", [[self.membership.id], ["paid_12m"]], {}),
                ("search_read", [[("paid_6m", ">", 0)], ["tier_id"]], {}),
                ("read", [[self.membership.id], ["visits_12m"]], {}),
            ):
                with self.subTest(login=login, method=method):
                    with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
                        self._call("beauty.vip.membership", method, args, **kwargs)
            with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
                self._call(
                    "beauty.vip.membership.report",
                    "web_read_group",
                    [[], ["paid_12m:sum"], ["tier_id"]],
                )

    def test_rpc_store_manager_opens_the_distribution(self):
        self.authenticate("test_vip_manager", "test_vip_manager")
        result = self._call(
            "beauty.vip.membership.report",
            "web_read_group",
            [[], ["paid_12m:sum", "visits_12m:sum"], ["ladder_id", "tier_id"]],
            lazy=False,
        )
        self.assertTrue(result["groups"])
        rows = self._call(
            "beauty.vip.membership",
            "read",
            [[self.membership.id], ["paid_12m", "tier_id"]],
        )
        self.assertEqual(rows[0]["paid_12m"], 0)

    def test_tour_store_manager_opens_the_tier_distribution(self):
        self.start_tour(
            "/odoo/action-beauty_vip.beauty_vip_membership_report_action",
            "beauty_vip_tier_distribution",
            login="test_vip_manager",
        )
