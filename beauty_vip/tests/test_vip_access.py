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
