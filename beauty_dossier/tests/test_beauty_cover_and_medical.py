# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Medical staff reach the files of the store's customers (issue 10, point 2); a
backup beautician reads her colleague's customers only while the colleague is
absent, and each such read is logged as a cover (point 13). ORM and JSON-RPC."""

from datetime import timedelta

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, TransactionCase, tagged
from odoo.tools.safe_eval import safe_eval

from .test_beauty_roles import BeautyRolesCommon


class BeautyCoverCommon(BeautyRolesCommon):
    @classmethod
    def _setup_cover(cls):
        cls._setup_files()
        cls.env["beauty.important.date"].create(
            {"dossier_id": cls.file_c.id, "name": "Wedding", "date": "2020-05-01"}
        )
        cls.medical_b = cls.env["beauty.medical.record"].create(
            {"dossier_id": cls.file_b.id, "diseases": "Asthma"}
        )

    def _cover_logs(self, record, user):
        return self.env["beauty.access.log"].search(
            [
                ("res_model", "=", record._name),
                ("res_id", "=", record.id),
                ("user_id", "=", user.id),
            ]
        )


@tagged("post_install", "-at_install")
class TestBeautyMedicalStaffFiles(BeautyCoverCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_cover()

    def test_doctor_opens_the_file_form(self):
        """Every field of the dossier form the doctor is given reads (the form
        once failed on the important dates)."""
        Dossier = self.env["beauty.dossier"].with_user(self.user_doctor)
        view = Dossier.get_views([(False, "form")])
        names = list(view["models"]["beauty.dossier"]["fields"])
        self.assertIn("important_date_ids", names)
        self.assertIn("medical_record_ids", names)
        values = Dossier.browse(self.file_c.id).web_read(
            {name: {} for name in names}
            | {"important_date_ids": {"fields": {"name": {}, "date": {}}}}
        )[0]
        self.assertEqual(values["important_date_ids"][0]["name"], "Wedding")
        self.assertEqual(values["medical_record_ids"], self.medical_c.ids)

    def test_doctor_menus_reach_the_medical_records(self):
        menus = self.env["ir.ui.menu"].with_user(self.user_doctor).load_menus(False)
        xmlids = {
            menu.get("xmlid") for menu in menus.values() if isinstance(menu, dict)
        }
        for xmlid in (
            "beauty_dossier.menu_beauty_dossier",
            "beauty_dossier.menu_beauty_medical_record",
            "beauty_dossier.menu_beauty_procedure",
        ):
            self.assertIn(xmlid, xmlids)

    def test_new_procedure_offers_the_store_files(self):
        """The Dossier field of a new procedure (no store yet) finds the files."""
        Procedure = self.env["beauty.procedure"].with_user(self.user_doctor)
        field = Procedure.get_views([(False, "form")])["models"]["beauty.procedure"][
            "fields"
        ]["dossier_id"]
        domain = safe_eval(field.get("domain") or "[]", {"company_id": False})
        found = (
            self.env["beauty.dossier"]
            .with_user(self.user_doctor)
            .name_search(self.file_c.name, args=domain)
        )
        self.assertEqual([row[0] for row in found], self.file_c.ids)

    def test_doctor_records_a_procedure_and_its_follow_up(self):
        Procedure = self.env["beauty.procedure"].with_user(self.user_doctor)
        procedure = Procedure.create(
            {
                "dossier_id": self.file_c.id,
                "procedure_product_id": self.procedure_c.procedure_product_id.id,
            }
        )
        self.assertEqual(procedure.company_id, self.file_c.company_id)
        self.assertTrue(procedure.with_user(self.user_doctor).followup_ids is not None)


@tagged("post_install", "-at_install")
class TestBeautyBackupCover(BeautyCoverCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_cover()

    def test_no_access_without_absence(self):
        Medical = self.env["beauty.medical.record"].with_user(self.user_beautician_a)
        self.assertNotIn(self.medical_b, Medical.search([]))
        with self.assertRaises(AccessError):
            self.medical_b.with_user(self.user_beautician_a).read(["diseases"])

    def test_access_during_the_absence_only(self):
        Dossier = self.env["beauty.dossier"].with_user(self.user_beautician_a)
        past = self._absent(self.user_beautician_b, days=(-10, -1))
        future = self._absent(self.user_beautician_b, days=(3, 8))
        self.assertNotIn(self.file_b, Dossier.search([]))
        self.assertFalse(self.user_beautician_b.beauty_is_absent)
        current = self._absent(self.user_beautician_b, days=(0, 2))
        self.assertTrue(self.user_beautician_b.beauty_is_absent)
        self.assertIn(self.file_b, Dossier.search([]))
        self.assertNotIn(self.file_c, Dossier.search([]), "not her backup")
        self.assertEqual(
            self.medical_b.with_user(self.user_beautician_a).diseases, "Asthma"
        )
        # the absence ends (here: moved to the past): so does the access, no cron
        ended = past.date_from - timedelta(days=5)
        current.write({"date_from": ended, "date_to": ended})
        self.assertNotIn(self.file_b, Dossier.search([]))
        with self.assertRaises(AccessError):
            self.medical_b.with_user(self.user_beautician_a).read(["diseases"])
        self.assertTrue(future.exists())

    def test_the_absence_is_the_stores_day_for_every_reader(self):
        """An absence of today is in progress for the backup whatever the
        timezone of her account and of whoever recorded it: 25 hours apart
        here, so a reader's own 'today' would always be another day."""
        self.env.company.partner_id.tz = "Asia/Shanghai"
        self.user_archivist.tz = "Pacific/Kiritimati"  # UTC+14
        self.user_beautician_a.tz = "Pacific/Midway"  # UTC-11
        self._absent(self.user_beautician_b, days=(0, 0))
        self.assertIn(
            self.file_b,
            self.env["beauty.dossier"].with_user(self.user_beautician_a).search([]),
        )
        self.assertTrue(
            self.user_beautician_b.with_user(self.user_archivist).beauty_is_absent
        )
        wizard = (
            self.env["beauty.handover.wizard"]
            .with_user(self.user_archivist)
            .new({"mode": "absent"})
        )
        self.assertEqual(
            wizard.date_from, self.env["beauty.staff.absence"]._beauty_today()
        )

    def test_cover_reads_are_logged_as_covers(self):
        self._absent(self.user_beautician_b)
        self.medical_b.with_user(self.user_beautician_a).web_read({"diseases": {}})
        log = self._cover_logs(self.medical_b, self.user_beautician_a)
        self.assertEqual(len(log), 1)
        self.assertTrue(log.is_cover)
        self.medical_a.with_user(self.user_beautician_a).web_read({"allergen_ids": {}})
        self.assertFalse(
            self._cover_logs(self.medical_a, self.user_beautician_a).is_cover
        )

    def test_only_archive_managers_record_absences(self):
        with self.assertRaises(AccessError):
            self.env["beauty.staff.absence"].with_user(self.user_beautician_a).create(
                {
                    "user_id": self.user_beautician_b.id,
                    "date_from": "2026-01-01",
                    "date_to": "2026-01-02",
                    "reason": "Leave",
                }
            )
        absence = self._absent(self.user_beautician_b)
        self.assertFalse(
            self.env["beauty.staff.absence"]
            .with_user(self.user_beautician_a)
            .search([("id", "=", absence.id)]),
            "a colleague's absence is not hers to read",
        )
        self.assertEqual(
            self.env["beauty.staff.absence"]
            .with_user(self.user_beautician_b)
            .search([("id", "=", absence.id)]),
            absence,
        )

    def test_handover_wizard_absent_mode(self):
        today = self.env["beauty.staff.absence"]._beauty_today()
        wizard = (
            self.env["beauty.handover.wizard"]
            .with_user(self.user_archivist)
            .create(
                {
                    "mode": "absent",
                    "from_user_id": self.user_beautician_b.id,
                    "date_from": today,
                    "date_to": today,
                    "reason": "Training in Shanghai",
                }
            )
        )
        action = wizard.action_hand_over()
        absence = self.env["beauty.staff.absence"].browse(action["res_id"])
        self.assertEqual(absence.user_id, self.user_beautician_b)
        self.assertEqual(self.file_b.responsible_id, self.user_beautician_b, "kept")
        self.assertIn(
            self.file_b,
            self.env["beauty.dossier"].with_user(self.user_beautician_a).search([]),
        )
        wizard.date_to = False
        with self.assertRaises(UserError):
            wizard.action_hand_over()


@tagged("post_install", "-at_install")
class TestBeautyCoverRpc(BeautyCoverCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_cover()

    def _call(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def test_rpc_backup_reads_only_during_the_absence(self):
        self.authenticate("test_beautician_a", "test_beautician_a")
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call(
                "beauty.medical.record", "read", [[self.medical_b.id], ["diseases"]]
            )
        self._absent(self.user_beautician_b)
        rows = self._call(
            "beauty.medical.record", "read", [[self.medical_b.id], ["diseases"]]
        )
        self.assertEqual(rows[0]["diseases"], "Asthma")
        self.assertTrue(
            self._cover_logs(self.medical_b, self.user_beautician_a).is_cover
        )

    def test_rpc_doctor_opens_a_file_and_records_a_procedure(self):
        self.authenticate("test_doctor", "test_doctor")
        values = self._call(
            "beauty.dossier",
            "web_read",
            [[self.file_c.id]],
            {
                "specification": {
                    "important_date_ids": {"fields": {"name": {}}},
                    "medical_record_ids": {"fields": {"diseases": {}}},
                    "procedure_ids": {"fields": {"display_name": {}}},
                }
            },
        )[0]
        self.assertEqual(values["important_date_ids"][0]["name"], "Wedding")
        self.assertEqual(values["medical_record_ids"][0]["diseases"], "Diabetes")
        found = self._call(
            "beauty.dossier",
            "name_search",
            [],
            {"name": self.file_c.name, "args": [("company_id", "=", False)]},
        )
        self.assertFalse(found, "the old company domain found nothing")
        found = self._call(
            "beauty.dossier", "name_search", [], {"name": self.file_c.name}
        )
        self.assertEqual([row[0] for row in found], self.file_c.ids)
        result = self._call(
            "beauty.procedure",
            "web_save",
            [
                [],
                {
                    "dossier_id": self.file_c.id,
                    "procedure_product_id": self.procedure_c.procedure_product_id.id,
                },
            ],
            {"specification": {"company_id": {}}},
        )
        self.assertEqual(result[0]["company_id"], self.file_c.company_id.id)
