# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Every read of a sensitive record is in the access log, whatever the path."""

import base64
import io
import json
import zipfile

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, TransactionCase, tagged

from .common import PNG, BeautyDossierCommon


class BeautyAccessLogCommon(BeautyDossierCommon):
    @classmethod
    def _setup_file(cls):
        cls._setup_beauty_users()
        cls.dossier = cls.env["beauty.dossier"].create(
            {"partner_id": cls.customer.id, "responsible_id": cls.user_beautician_a.id}
        )
        cls._sign_consents(cls.dossier)
        cls.user_beautician_a.groups_id += cls.env.ref("base.group_allow_export")
        cls.medical = cls.env["beauty.medical.record"].create(
            {"dossier_id": cls.dossier.id, "diseases": "Asthma"}
        )
        cls.assessment = cls.env["beauty.skin.assessment"].create(
            {"dossier_id": cls.dossier.id, "skin_type": "dry"}
        )
        cls.photo = cls.env["beauty.photo"].create(
            {"dossier_id": cls.dossier.id, "image_1920": PNG, "kind": "before"}
        )

    def _logs(self, record, user=None):
        return self.env["beauty.access.log"].search(
            [
                ("res_model", "=", record._name),
                ("res_id", "=", record.id),
                ("user_id", "=", (user or self.user_beautician_a).id),
            ]
        )


@tagged("post_install", "-at_install")
class TestBeautyAccessLog(BeautyAccessLogCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_file()

    def test_form_read_is_logged_once_per_window(self):
        record = self.medical.with_user(self.user_beautician_a)
        record.web_read({"diseases": {}})
        record.web_read({"diseases": {}})
        record.read(["diseases"])
        log = self._logs(self.medical)
        self.assertEqual(len(log), 1, "deduplicated per user and record")
        self.assertEqual(log.how, "form")
        self.assertEqual(log.partner_id, self.customer)
        self.assertEqual(log.dossier_id, self.dossier)
        self.assertEqual(log.record_ref, self.medical)

    def test_dossier_form_logs_its_embedded_records_once(self):
        dossier = self.dossier.with_user(self.user_beautician_a)
        spec = {
            "medical_record_ids": {"fields": {"diseases": {}}},
            "skin_assessment_ids": {"fields": {"skin_type": {}}},
        }
        dossier.web_read(spec)
        self.assertEqual(self._logs(self.medical).how, "form")
        self.assertEqual(self._logs(self.assessment).how, "form")

    def test_reading_the_log_logs_nothing(self):
        """The log's list shows the records by name (its reference field): it
        does not read them, so it writes no entry (issue 10, point 6)."""
        self.medical.with_user(self.user_beautician_a).web_read({"diseases": {}})
        Log = self.env["beauty.access.log"].with_user(self.user_archivist)
        before = Log.search_count([])
        spec = {
            "record_ref": {"fields": {"display_name": {}}},
            "dossier_id": {"fields": {"display_name": {}}},
            "how": {},
        }
        rows = Log.web_search_read([], spec)["records"]
        Log.browse(rows[0]["id"]).web_read(spec)
        self.assertEqual(Log.search_count([]), before)
        self.assertFalse(self._logs(self.medical, user=self.user_archivist))
        # a many2one or a reference naming a record does not read it either
        self.env["beauty.photo"].with_user(self.user_beautician_a).browse(
            self.photo.id
        ).web_read({"display_name": {}, "dossier_id": {}})
        self.assertFalse(self._logs(self.photo))

    def test_one_read_through_several_methods_is_logged_once(self):
        """A list's web_search_read calls web_read, which calls read: one entry,
        as a list read (issue 10, point 6)."""
        Medical = self.env["beauty.medical.record"].with_user(self.user_beautician_a)
        Medical.web_search_read([("id", "=", self.medical.id)], {"diseases": {}})
        log = self._logs(self.medical)
        self.assertEqual(len(log), 1)
        self.assertEqual(log.how, "list")
        self.medical.with_user(self.user_beautician_a).web_read({"diseases": {}})
        self.assertEqual(len(self._logs(self.medical)), 1)

    def test_photo_has_a_readable_name(self):
        name = self.photo.with_user(self.user_beautician_a).display_name
        self.assertNotIn("beauty.photo", name)
        self.assertIn(self.customer.name, name)
        self.assertIn("Before", name)

    def test_after_the_window_a_read_is_logged_again(self):
        record = self.medical.with_user(self.user_beautician_a)
        record.read(["diseases"])
        self.env.cr.execute(
            "UPDATE beauty_access_log "
            "SET accessed_on = accessed_on - interval '6 minutes'"
        )
        record.read(["diseases"])
        self.assertEqual(len(self._logs(self.medical)), 2)

    def test_list_export_and_report_are_logged_with_their_path(self):
        Assessment = self.env["beauty.skin.assessment"].with_user(
            self.user_beautician_a
        )
        Assessment.web_search_read([], {"skin_type": {}})
        self.assertEqual(self._logs(self.assessment).how, "list")
        self.medical.with_user(self.user_beautician_a).export_data(["diseases"])
        self.assertEqual(self._logs(self.medical).how, "export")
        self.env["ir.actions.report"].with_user(
            self.user_beautician_a
        )._render_qweb_html("beauty_dossier.report_beauty_dossier", self.dossier.ids)
        hows = set(self._logs(self.medical).mapped("how"))
        self.assertEqual(hows, {"export", "report"}, "exports, reports always logged")

    def test_other_users_and_superuser(self):
        self.medical.with_user(self.user_doctor).search_read(
            [("id", "=", self.medical.id)], ["diseases"]
        )
        self.assertEqual(self._logs(self.medical, self.user_doctor).how, "rpc")
        self.medical.sudo().read(["diseases"])
        self.assertFalse(
            self._logs(self.medical, self.env.ref("base.user_root")),
            "the server's own reads are not a consultation",
        )

    def test_log_is_append_only_and_restricted(self):
        self.medical.with_user(self.user_beautician_a).read(["diseases"])
        log = self._logs(self.medical)
        with self.assertRaises(UserError):
            log.sudo().write({"how": "rpc"})
        with self.assertRaises(UserError):
            log.sudo().unlink()
        with self.assertRaises(UserError):
            self.env["beauty.access.log"].sudo().create(
                {
                    "user_id": self.env.uid,
                    "res_model": "beauty.photo",
                    "res_id": 1,
                    "how": "rpc",
                    "accessed_on": "2026-01-01",
                }
            )
        for user in (self.user_beautician_a, self.user_doctor, self.user_reception):
            with self.assertRaises(AccessError):
                self.env["beauty.access.log"].with_user(user).search([])
        Log = self.env["beauty.access.log"]
        self.assertIn(log, Log.with_user(self.user_archivist).search([]))
        self.assertEqual(
            self.dossier.with_user(self.user_manager).access_log_count, len(log)
        )

    def test_subject_export_is_complete_and_logged(self):
        with self.assertRaises(AccessError):
            self.dossier.with_user(self.user_beautician_a).action_export_subject_data()
        dossier = self.dossier.with_user(self.user_archivist)
        self.assertEqual(
            dossier.action_export_subject_data()["url"],
            f"/beauty_dossier/subject_export/{self.dossier.id}",
        )
        file_name, content = dossier.with_context(
            force_report_rendering=True
        )._subject_export()
        self.assertEqual(file_name, f"{self.dossier.name}.zip")
        archive = zipfile.ZipFile(io.BytesIO(content))
        names = archive.namelist()
        self.assertIn(f"{self.dossier.name}.pdf", names)
        self.assertTrue(archive.read(f"{self.dossier.name}.pdf").startswith(b"%PDF"))
        document = json.loads(archive.read(f"{self.dossier.name}.json"))
        self.assertEqual(document["customer"]["name"], self.customer.name)
        self.assertEqual(document["medical_records"][0]["Diseases"], "Asthma")
        self.assertEqual(len(document["consents"]), 2)
        photo_file = document["photos"][0]["image_file"]
        self.assertEqual(
            archive.read(photo_file), base64.b64decode(self.photo.image_1920)
        )
        for record in (self.medical, self.assessment, self.photo):
            self.assertIn(
                "export", self._logs(record, self.user_archivist).mapped("how")
            )


@tagged("post_install", "-at_install")
class TestBeautyAccessLogHttp(BeautyAccessLogCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_file()

    def test_rpc_read_is_logged(self):
        self.authenticate("test_beautician_a", "test_beautician_a")
        self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": "beauty.medical.record",
                "method": "web_read",
                "args": [[self.medical.id]],
                "kwargs": {"specification": {"diseases": {}}},
            },
        )
        self.assertEqual(self._logs(self.medical).how, "form")

    def test_treatment_form_logs_its_photos(self):
        """A treatment form shows its photos: its read writes the access log, so
        it is a read/write call (a read-only transaction would refuse it)."""
        service = self.env["product.product"].create(
            {"name": "Logged Facial", "type": "service"}
        )
        treatment = self.env["beauty.treatment"].create(
            {"dossier_id": self.dossier.id, "service_product_id": service.id}
        )
        self.photo.treatment_id = treatment
        self.authenticate("test_beautician_a", "test_beautician_a")
        rows = self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": "beauty.treatment",
                "method": "web_read",
                "args": [treatment.ids],
                "kwargs": {
                    "specification": {
                        "photo_ids": {"fields": {"kind": {}, "image_128": {}}}
                    }
                },
            },
        )
        self.assertEqual(rows[0]["photo_ids"][0]["id"], self.photo.id)
        self.assertEqual(self._logs(self.photo).how, "form")

    def test_image_download_is_logged(self):
        self.authenticate("test_beautician_a", "test_beautician_a")
        response = self.url_open(f"/web/image/beauty.photo/{self.photo.id}/image_128")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self._logs(self.photo).how, "download")

    def test_report_route_is_logged(self):
        self.authenticate("test_beautician_a", "test_beautician_a")
        response = self.url_open(
            f"/report/html/beauty_dossier.report_beauty_dossier/{self.dossier.id}"
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Asthma", response.text)
        self.assertEqual(self._logs(self.medical).how, "report")

    def test_subject_export_route(self):
        self.authenticate("test_archivist", "test_archivist")
        response = self.url_open(f"/beauty_dossier/subject_export/{self.dossier.id}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "application/zip")
        self.authenticate("test_beautician_a", "test_beautician_a")
        response = self.url_open(f"/beauty_dossier/subject_export/{self.dossier.id}")
        self.assertNotEqual(response.status_code, 200)

    def test_attachment_download_logs_in_a_read_write_transaction(self):
        """/web/content/<id> of a photo's attachment is read/write from the start:
        the log is never written through a read-only cursor, which a read replica
        refuses (issue 10, point 16)."""
        attachment = self.env["ir.attachment"].search(
            [
                ("res_model", "=", "beauty.photo"),
                ("res_id", "=", self.photo.id),
                ("res_field", "=", "image_1920"),
            ]
        )
        self.assertTrue(attachment)
        self.authenticate("test_beautician_a", "test_beautician_a")
        with self.assertNoLogs("odoo.http", level="WARNING"):
            response = self.url_open(f"/web/content/{attachment.id}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self._logs(self.photo).how, "download")
