# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, TransactionCase, tagged

from .common import BeautyComplaintCommon


@tagged("post_install", "-at_install")
class TestBeautyComplaintAccess(BeautyComplaintCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()
        cls.about_a = cls._complaint(staff_ids=[(6, 0, [cls.beautician_a.ids[0]])])
        cls.by_handler = cls._complaint(user=cls.handler)

    def test_access_staff_concerned_read_only(self):
        complaint = self.about_a.with_user(self.beautician_a)
        self.assertEqual(complaint.read(["name"])[0]["name"], self.about_a.name)
        self.assertIn(self.beautician_a.partner_id, self.about_a.message_partner_ids)
        with self.assertRaises(AccessError):
            complaint.write({"description": "changed"})
        with self.assertRaises(AccessError):
            complaint.action_close()
        with self.assertRaises(AccessError):
            self.about_a.with_user(self.beautician_b).read(["name"])
        Complaint = self.env["beauty.complaint"]
        self.assertEqual(
            Complaint.with_user(self.beautician_a).search([]), self.about_a
        )
        self.assertFalse(Complaint.with_user(self.beautician_b).search([]))

    def test_access_front_desk_sees_what_it_received(self):
        Complaint = self.env["beauty.complaint"].with_user(self.reception)
        self.assertIn(self.about_a, Complaint.search([]))
        self.assertNotIn(self.by_handler, Complaint.search([]))

    def test_access_handler_sees_the_store_not_others(self):
        Complaint = self.env["beauty.complaint"].with_user(self.handler)
        self.assertLessEqual(self.about_a | self.by_handler, Complaint.search([]))
        other = self.env["beauty.complaint"].create(
            {
                "partner_id": self.customer.id,
                "category_id": self.category.id,
                "company_id": self.env.ref("base.main_company").id,
            }
        )
        self.assertNotIn(other, Complaint.search([]))
        with self.assertRaises(AccessError):
            other.with_user(self.handler).read(["name"])

    def test_access_employee_and_cashier_see_nothing(self):
        for user in (self.cashier,):
            with self.assertRaises(AccessError):
                self.about_a.with_user(user).read(["name"])
        # the partner shows an open complaint, without any detail
        values = self.customer.with_user(self.cashier).read(["beauty_complaint_open"])
        self.assertTrue(values[0]["beauty_complaint_open"])
        with self.assertRaises(AccessError):
            self.customer.with_user(self.cashier).read(["beauty_complaint_ids"])
        # the POS loads the flag with the customer, nothing of the complaint
        fields = self.env["res.partner"]._load_pos_data_fields(False)
        self.assertIn("beauty_complaint_open", fields)
        self.assertFalse(
            [f for f in fields if "complaint" in f and f != "beauty_complaint_open"]
        )


@tagged("post_install", "-at_install")
class TestBeautyComplaintRpc(BeautyComplaintCommon, HttpCase):
    """The same rules through JSON-RPC."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()
        cls.complaint = cls._complaint(staff_ids=[(6, 0, cls.beautician_a.ids)])

    def _call_kw(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def test_rpc_staff_concerned_cannot_close_or_edit(self):
        self.authenticate("test_cpl_beautician_a", "test_cpl_beautician_a")
        rows = self._call_kw(
            "beauty.complaint", "search_read", [[]], {"fields": ["name", "state"]}
        )
        self.assertEqual([row["id"] for row in rows], self.complaint.ids)
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call_kw(
                "beauty.complaint", "write", [self.complaint.ids, {"request": "x"}]
            )
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call_kw(
                "beauty.complaint", "action_acknowledge", [self.complaint.ids]
            )
        self.assertEqual(self.complaint.state, "new")

    def test_rpc_front_desk_cannot_forge_the_workflow(self):
        self.authenticate("test_cpl_reception", "test_cpl_reception")
        with self.assertRaisesRegex(Exception, "UserError"):
            self._call_kw(
                "beauty.complaint",
                "create",
                [
                    {
                        "partner_id": self.customer.id,
                        "category_id": self.category.id,
                        "company_id": self.store.id,
                        "state": "closed",
                    }
                ],
            )
        self.assertFalse(
            self.env["beauty.complaint"].search(
                [("partner_id", "=", self.customer.id), ("state", "=", "closed")]
            )
        )
        with self.assertRaisesRegex(Exception, "never deleted|AccessError|not allowed"):
            self._call_kw("beauty.complaint", "unlink", [self.complaint.ids])
        self.assertTrue(self.complaint.exists())
