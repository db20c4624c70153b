# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Who may see what, role by role, through the ORM and through JSON-RPC."""

from datetime import timedelta

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, TransactionCase, tagged

from .common import BeautyDossierCommon


class BeautyRolesCommon(BeautyDossierCommon):
    @classmethod
    def _absent(cls, user, days=(0, 6)):
        """``user`` is away from today + days[0] to today + days[1]."""
        today = cls.env["beauty.staff.absence"]._beauty_today()
        return cls.env["beauty.staff.absence"].create(
            {
                "user_id": user.id,
                "date_from": today + timedelta(days=days[0]),
                "date_to": today + timedelta(days=days[1]),
                "reason": "Annual leave",
            }
        )

    @classmethod
    def _setup_files(cls):
        cls._setup_beauty_users()
        Dossier = cls.env["beauty.dossier"]
        cls.file_a = Dossier.create(
            {"partner_id": cls.customer.id, "responsible_id": cls.user_beautician_a.id}
        )
        cls.file_b = Dossier.create(
            {
                "partner_id": cls.customer_2.id,
                "responsible_id": cls.user_beautician_b.id,
                "backup_id": cls.user_beautician_a.id,
            }
        )
        cls.third = cls.env["res.partner"].create({"name": "Third Customer"})
        cls.file_c = Dossier.create(
            {"partner_id": cls.third.id, "responsible_id": cls.user_beautician_b.id}
        )
        cls.assessment_c = cls.env["beauty.skin.assessment"].create(
            {"dossier_id": cls.file_c.id, "skin_type": "dry"}
        )
        cls._sign_consents(cls.file_a | cls.file_b | cls.file_c)
        cls.medical_a = cls.env["beauty.medical.record"].create(
            {
                "dossier_id": cls.file_a.id,
                "allergen_ids": [(4, cls.env.ref("beauty_dossier.allergen_latex").id)],
            }
        )
        cls.medical_c = cls.env["beauty.medical.record"].create(
            {"dossier_id": cls.file_c.id, "diseases": "Diabetes"}
        )
        eyelid = cls.env["product.product"].create(
            {"name": "Eyelid", "type": "service"}
        )
        cls._sign_consents(cls.file_c, kinds=(), procedure=eyelid)
        cls.procedure_c = cls.env["beauty.procedure"].create(
            {"dossier_id": cls.file_c.id, "procedure_product_id": eyelid.id}
        )


@tagged("post_install", "-at_install")
class TestBeautyRoles(BeautyRolesCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_files()

    def test_beautician_sees_own_and_backup_customers_only(self):
        Dossier = self.env["beauty.dossier"].with_user(self.user_beautician_a)
        # issue 10, point 13: the backup covers only while the responsible is away
        self.assertEqual(Dossier.search([]), self.file_a)
        self._absent(self.user_beautician_b)
        self.assertEqual(Dossier.search([]), self.file_a | self.file_b)
        with self.assertRaises(AccessError):
            self.file_c.with_user(self.user_beautician_a).read(["name"])
        Assessment = self.env["beauty.skin.assessment"].with_user(
            self.user_beautician_a
        )
        self.assertNotIn(self.assessment_c, Assessment.search([]))
        with self.assertRaises(AccessError):
            Assessment.create({"dossier_id": self.file_c.id, "skin_type": "oily"})
        mine = Assessment.create({"dossier_id": self.file_a.id, "skin_type": "oily"})
        self.assertEqual(mine.assessed_by_id, self.user_beautician_a)

    def test_beautician_reads_allergies_of_her_customers_only(self):
        Medical = self.env["beauty.medical.record"].with_user(self.user_beautician_a)
        self.assertEqual(Medical.search([]), self.medical_a)
        self.assertEqual(
            self.medical_a.with_user(self.user_beautician_a).allergen_ids.name, "Latex"
        )
        with self.assertRaises(AccessError):
            self.medical_a.with_user(self.user_beautician_a).write({"diseases": "x"})
        with self.assertRaises(AccessError):
            self.medical_c.with_user(self.user_beautician_a).read(["diseases"])

    def test_beautician_has_no_procedures(self):
        with self.assertRaises(AccessError):
            self.env["beauty.procedure"].with_user(self.user_beautician_b).search([])

    def test_medical_staff_medical_records_and_procedures(self):
        Medical = self.env["beauty.medical.record"].with_user(self.user_doctor)
        ours = (self.medical_a | self.medical_c).ids
        self.assertEqual(
            Medical.search([("id", "in", ours)]), self.medical_a | self.medical_c
        )
        self.medical_c.with_user(self.user_doctor).medication = "Metformin"
        Procedure = self.env["beauty.procedure"].with_user(self.user_doctor)
        self.assertIn(self.procedure_c, Procedure.search([]))
        with self.assertRaises(AccessError):
            self.env["beauty.skin.assessment"].with_user(self.user_doctor).search([])
        with self.assertRaises(AccessError):
            self.env["beauty.treatment"].with_user(self.user_doctor).search([])

    def test_archive_manager_reads_every_file_and_reviews(self):
        Dossier = self.env["beauty.dossier"].with_user(self.user_archivist)
        self.assertEqual(
            Dossier.search(
                [("id", "in", (self.file_a | self.file_b | self.file_c).ids)]
            ),
            self.file_a | self.file_b | self.file_c,
        )
        self.assertIn(
            self.assessment_c,
            self.env["beauty.skin.assessment"]
            .with_user(self.user_archivist)
            .search([]),
        )
        with self.assertRaises(AccessError):
            self.assessment_c.with_user(self.user_archivist).write(
                {"skin_type": "oily"}
            )
        self.file_c.action_submit_review()
        self.file_c.with_user(self.user_archivist).action_approve()
        self.assertEqual(self.file_c.state, "active")

    def test_beautician_cannot_approve(self):
        self.file_a.action_submit_review()
        with self.assertRaises(AccessError):
            self.file_a.with_user(self.user_beautician_a).action_approve()

    def test_front_desk_basic_data_of_every_customer(self):
        Dossier = self.env["beauty.dossier"].with_user(self.user_reception)
        self.assertIn(self.file_c, Dossier.search([]))
        with self.assertRaises(AccessError):
            self.env["beauty.medical.record"].with_user(self.user_reception).search([])


@tagged("post_install", "-at_install")
class TestBeautyRolesRpc(BeautyRolesCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_files()

    def _call(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def test_rpc_beautician_search_read_is_filtered(self):
        self._absent(self.user_beautician_b)
        self.authenticate("test_beautician_a", "test_beautician_a")
        rows = self._call("beauty.dossier", "search_read", [[]], {"fields": ["name"]})
        self.assertEqual({row["id"] for row in rows}, {self.file_a.id, self.file_b.id})
        groups = self._call(
            "beauty.medical.record",
            "read_group",
            [[], ["diseases"], ["diseases"]],
            {"lazy": False},
        )
        self.assertNotIn("Diabetes", [g.get("diseases") for g in groups])

    def test_rpc_beautician_cannot_read_other_file(self):
        self.authenticate("test_beautician_a", "test_beautician_a")
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call(
                "beauty.medical.record", "read", [[self.medical_c.id], ["diseases"]]
            )

    def test_rpc_workflow_marker_cannot_be_forged(self):
        self.authenticate("test_beautician_a", "test_beautician_a")
        with self.assertRaisesRegex(Exception, "UserError"):
            self._call(
                "beauty.dossier",
                "write",
                [[self.file_a.id], {"state": "active"}],
                {"context": {"beauty_workflow": True}},
            )
        self.assertEqual(self.file_a.state, "draft")
