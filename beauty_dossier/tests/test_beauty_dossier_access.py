# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, TransactionCase, tagged

from .common import BeautyDossierCommon


@tagged("post_install", "-at_install")
class TestBeautyDossierAccess(BeautyDossierCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.dossier = cls.env["beauty.dossier"].create({"partner_id": cls.customer.id})

    def test_employee_without_role_sees_no_dossier(self):
        Dossier = self.env["beauty.dossier"].with_user(self.user_employee)
        with self.assertRaises(AccessError):
            Dossier.search([])
        with self.assertRaises(AccessError):
            self.dossier.with_user(self.user_employee).read(["name"])
        with self.assertRaises(AccessError):
            Dossier.create({"partner_id": self.customer_2.id})

    def test_employee_sees_only_archive_number_on_partner(self):
        partner = self.customer.with_user(self.user_employee)
        self.assertEqual(
            partner.read(["beauty_archive_number"])[0]["beauty_archive_number"],
            self.dossier.name,
        )
        with self.assertRaises(AccessError):
            partner.read(["beauty_dossier_id"])

    def test_reception_creates_and_reads(self):
        Dossier = self.env["beauty.dossier"].with_user(self.user_reception)
        new = Dossier.create({"partner_id": self.customer_2.id})
        self.assertTrue(new.name.startswith("BD"))
        self.assertIn(self.dossier, Dossier.search([]))

    def test_nobody_deletes_a_dossier(self):
        for user in (self.user_reception, self.user_manager):
            with self.assertRaises(AccessError):
                self.dossier.with_user(user).unlink()
        # not even the superuser, outside the destruction procedure
        with self.assertRaises(UserError):
            self.dossier.sudo().unlink()
        self.assertTrue(self.dossier.exists())

    def test_other_company_dossier_is_invisible(self):
        other = self.env["res.company"].create({"name": "Second Store"})
        foreign = (
            self.env["beauty.dossier"]
            .with_company(other)
            .create({"partner_id": self.customer_2.id, "company_id": other.id})
        )
        Dossier = self.env["beauty.dossier"].with_user(self.user_manager)
        self.assertNotIn(foreign, Dossier.search([]))
        with self.assertRaises(AccessError):
            foreign.with_user(self.user_manager).read(["name"])


@tagged("post_install", "-at_install")
class TestBeautyDossierRpc(BeautyDossierCommon, HttpCase):
    """The same rules hold through JSON-RPC, the path every client uses."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.dossier = cls.env["beauty.dossier"].create({"partner_id": cls.customer.id})

    def _call_kw(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": method,
                "args": args,
                "kwargs": kwargs or {},
            },
        )

    def test_rpc_employee_is_refused(self):
        self.authenticate("test_employee", "test_employee")
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call_kw("beauty.dossier", "search_read", [[]], {"fields": ["name"]})
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call_kw(
                "res.partner", "action_open_beauty_dossier", [[self.customer_2.id]]
            )
        self.assertFalse(
            self.env["beauty.dossier"].search([("partner_id", "=", self.customer_2.id)])
        )

    def test_rpc_reception_opens_dossier(self):
        self.authenticate("test_reception", "test_reception")
        action = self._call_kw(
            "res.partner", "action_open_beauty_dossier", [[self.customer_2.id]]
        )
        dossier = self.env["beauty.dossier"].browse(action["res_id"])
        self.assertEqual(dossier.partner_id, self.customer_2)
        rows = self._call_kw(
            "beauty.dossier",
            "search_read",
            [[("id", "=", self.dossier.id)]],
            {"fields": ["name", "partner_id"]},
        )
        self.assertEqual(rows[0]["name"], self.dossier.name)

    def test_rpc_unlink_refused(self):
        self.authenticate("test_store_manager", "test_store_manager")
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call_kw("beauty.dossier", "unlink", [[self.dossier.id]])
        self.assertTrue(self.dossier.exists())
