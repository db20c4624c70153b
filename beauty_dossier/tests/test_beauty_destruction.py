# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Consent gate on recording, and destruction by an approved request."""

from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase, tagged

from odoo.addons.mail.tests.common import mail_new_test_user

from .common import PNG, BeautyDossierCommon


@tagged("post_install", "-at_install")
class TestBeautyConsentGate(BeautyDossierCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.dossier = cls.env["beauty.dossier"].create({"partner_id": cls.customer.id})
        cls.eyelid = cls.env["product.product"].create(
            {"name": "Eyelid", "type": "service"}
        )

    def test_medical_data_needs_the_sensitive_data_consent(self):
        Medical = self.env["beauty.medical.record"].with_user(self.user_doctor)
        with (
            self.assertRaisesRegex(UserError, "no signed consent"),
            self.env.cr.savepoint(),
        ):
            Medical.create({"dossier_id": self.dossier.id, "diseases": "Asthma"})
        self.assertFalse(
            self.env["beauty.medical.record"].search(
                [("dossier_id", "=", self.dossier.id)]
            ),
            "nothing half-written",
        )
        self._sign_consents(self.dossier, kinds=("sensitive_data",))
        record = Medical.create({"dossier_id": self.dossier.id, "diseases": "Asthma"})
        self.assertEqual(record.diseases, "Asthma")

    def test_photos_need_the_photo_consent(self):
        with self.assertRaisesRegex(UserError, "Photos"):
            self.env["beauty.photo"].create(
                {"dossier_id": self.dossier.id, "image_1920": PNG}
            )
        self._sign_consents(self.dossier, kinds=("photos",))
        self.env["beauty.photo"].create(
            {"dossier_id": self.dossier.id, "image_1920": PNG}
        )

    def test_procedure_needs_the_consent_of_that_procedure(self):
        other = self.env["product.product"].create(
            {"name": "Filler", "type": "service"}
        )
        self._sign_consents(self.dossier, kinds=(), procedure=other)
        Procedure = self.env["beauty.procedure"].with_user(self.user_doctor)
        with self.assertRaisesRegex(UserError, "Eyelid"):
            Procedure.create(
                {"dossier_id": self.dossier.id, "procedure_product_id": self.eyelid.id}
            )
        self._sign_consents(self.dossier, kinds=(), procedure=self.eyelid)
        procedure = Procedure.create(
            {"dossier_id": self.dossier.id, "procedure_product_id": self.eyelid.id}
        )
        thread_lift = self.env["product.product"].create(
            {"name": "Thread lift", "type": "service"}
        )
        with self.assertRaisesRegex(UserError, "Thread lift"):
            procedure.write({"procedure_product_id": thread_lift.id})
        procedure.write({"procedure_product_id": other.id})

    def test_revocation_stops_recording_and_lists_the_file(self):
        consents = self._sign_consents(self.dossier, kinds=("sensitive_data",))
        record = self.env["beauty.medical.record"].create(
            {"dossier_id": self.dossier.id, "diseases": "Asthma"}
        )
        self.assertFalse(self.dossier.destruction_listed)
        consents.with_user(self.user_reception).action_revoke()
        self.assertTrue(self.dossier.destruction_listed)
        self.assertIn("Medical", self.dossier.revoked_consent_kinds)
        with (
            self.assertRaisesRegex(UserError, "no signed consent"),
            self.env.cr.savepoint(),
        ):
            record.with_user(self.user_doctor).write({"diseases": "Asthma, diabetes"})
        record.invalidate_recordset()
        self.assertEqual(record.diseases, "Asthma", "nothing half-written")
        listed = (
            self.env["beauty.dossier"]
            .with_user(self.user_archivist)
            .search([("destruction_listed", "=", True)])
        )
        self.assertIn(self.dossier, listed)
        # signing again takes the file off the list
        self._sign_consents(self.dossier, kinds=("sensitive_data",))
        self.assertFalse(self.dossier.destruction_listed)


@tagged("post_install", "-at_install")
class TestBeautyDestruction(BeautyDossierCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.manager_2 = mail_new_test_user(
            cls.env,
            login="test_store_manager_2",
            name="Second Store Manager",
            groups="base.group_user,beauty_dossier.group_beauty_manager",
        )
        cls.customer.write({"email": "lin@example.com", "mobile": "+86 138 0000 0000"})
        cls.dossier = cls.env["beauty.dossier"].create(
            {
                "partner_id": cls.customer.id,
                "responsible_id": cls.user_beautician_a.id,
                "occupation": "Teacher",
            }
        )
        cls.eyelid = cls.env["product.product"].create(
            {"name": "Eyelid", "type": "service"}
        )
        cls.consents = cls._sign_consents(cls.dossier, procedure=cls.eyelid)
        cls.medical = cls.env["beauty.medical.record"].create(
            {"dossier_id": cls.dossier.id, "diseases": "Asthma"}
        )
        letter = cls.env["ir.attachment"].create(
            {
                "name": "letter.txt",
                "raw": b"GP letter",
                "res_model": "beauty.medical.record",
                "res_id": cls.medical.id,
            }
        )
        cls.medical.message_post(body="Checked with her GP", attachment_ids=letter.ids)
        cls.assessment = cls.env["beauty.skin.assessment"].create(
            {"dossier_id": cls.dossier.id, "skin_type": "dry"}
        )
        cls.photo = cls.env["beauty.photo"].create(
            {
                "dossier_id": cls.dossier.id,
                "image_1920": PNG,
                "assessment_id": cls.assessment.id,
            }
        )

    def _request(self, user=None, **vals):
        return (
            self.env["beauty.destruction.request"]
            .with_user(user or self.user_archivist)
            .create(
                {
                    "dossier_id": self.dossier.id,
                    "reason": "The customer withdrew her consent.",
                    "legal_basis": "consent_withdrawn",
                    **vals,
                }
            )
        )

    def test_only_archive_managers_ask(self):
        for user in (self.user_beautician_a, self.user_reception, self.user_doctor):
            with self.assertRaises(AccessError):
                self._request(user, destroy_medical=True)
        with self.assertRaises(ValidationError):
            self._request()

    def test_revoked_consent_fills_the_request(self):
        self.consents.filtered(lambda c: c.kind == "sensitive_data").action_revoke()
        action = self.dossier.with_user(
            self.user_archivist
        ).action_request_destruction()
        self.assertEqual(action["res_model"], "beauty.destruction.request")
        self.assertTrue(action["context"]["default_destroy_medical"])
        self.assertEqual(action["context"]["default_legal_basis"], "consent_withdrawn")

    def test_approval_by_another_store_manager_destroys(self):
        request = self._request(destroy_medical=True, destroy_photos=True)
        request.action_submit()
        self.assertEqual(request.state, "submitted")
        self.assertEqual(request.requested_by_id, self.user_archivist)
        with self.assertRaises(AccessError):
            request.with_user(self.user_archivist).action_approve()
        message_ids = self.medical.message_ids.ids
        attachment = self.medical.message_ids.attachment_ids
        self.assertTrue(attachment)
        request.with_user(self.user_manager).action_approve()
        self.assertEqual(request.state, "done")
        self.assertEqual(request.approved_by_id, self.user_manager)
        self.assertFalse(self.medical.exists())
        self.assertFalse(self.photo.exists())
        self.assertFalse(self.env["mail.message"].browse(message_ids).exists())
        self.assertFalse(attachment.exists())
        self.assertTrue(self.assessment.exists(), "not asked for")
        counts = {line.category: line.count for line in request.line_ids}
        self.assertEqual(counts, {"medical": 1, "photos": 1})
        self.assertEqual(request.destroyed_count, 2)
        # the destruction record is frozen for everybody
        with self.assertRaises(UserError):
            request.sudo().write({"reason": "Other"})
        with self.assertRaises(UserError):
            request.sudo().unlink()
        with self.assertRaises(UserError):
            request.line_ids.sudo().write({"count": 0})
        with self.assertRaises(UserError):
            request.line_ids.sudo().unlink()

    def test_requester_cannot_approve_own_request(self):
        request = self._request(self.user_manager, destroy_photos=True)
        request.with_user(self.user_manager).action_submit()
        with self.assertRaisesRegex(AccessError, "another store manager"):
            request.with_user(self.user_manager).action_approve()
        request.with_user(self.manager_2).action_approve()
        self.assertEqual(request.state, "done")

    def test_no_destruction_outside_the_procedure(self):
        for record in (self.medical, self.photo, self.dossier):
            with self.assertRaises(UserError):
                record.sudo().unlink()
        with self.assertRaises(UserError):
            self.customer.sudo().unlink()
        request = self._request(destroy_medical=True)
        with self.assertRaises(UserError):
            request.write({"state": "done"})
        with self.assertRaises(UserError):
            request.action_approve()  # not submitted

    def test_procedures_kept_for_the_retention_period(self):
        procedure = self.env["beauty.procedure"].create(
            {
                "dossier_id": self.dossier.id,
                "procedure_product_id": self.eyelid.id,
                "date": fields.Datetime.now() - timedelta(days=365),
            }
        )
        request = self._request(destroy_procedures=True)
        with self.assertRaisesRegex(UserError, "retention of 15 years"):
            request.action_submit()
        procedure.date = fields.Datetime.now() - timedelta(days=365 * 16)
        request.action_submit()
        request.with_user(self.user_manager).action_approve()
        self.assertFalse(procedure.exists())

    def test_full_destruction_anonymises_the_customer(self):
        request = self._request(
            full_destruction=True,
            destroy_medical=True,
            destroy_procedures=True,
            destroy_photos=True,
            destroy_assessments=True,
            destroy_treatments=True,
        )
        request.action_submit()
        request.with_user(self.user_manager).action_approve()
        self.assertIn("Anonymised customer", self.customer.name)
        self.assertFalse(self.customer.email)
        self.assertFalse(self.customer.mobile)
        self.assertFalse(self.dossier.occupation)
        self.assertFalse(self.dossier.active)
        self.assertFalse(self.assessment.exists())
        tracked = self.env["mail.tracking.value"].search(
            [
                ("mail_message_id.model", "=", "res.partner"),
                ("mail_message_id.res_id", "=", self.customer.id),
            ]
        )
        self.assertNotIn("lin@example.com", tracked.mapped("old_value_char"))
        self.assertTrue(self.consents.exists(), "proof of consent is kept")

    def test_full_destruction_keeps_the_name_invoices_need(self):
        invoice = self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": self.customer.id,
                "invoice_line_ids": [
                    Command.create({"name": "Facial", "quantity": 1, "price_unit": 100})
                ],
            }
        )
        invoice.action_post()
        name = self.customer.name
        request = self._request(
            full_destruction=True,
            destroy_medical=True,
            destroy_procedures=True,
            destroy_photos=True,
            destroy_assessments=True,
            destroy_treatments=True,
        )
        request.action_submit()
        request.with_user(self.user_manager).action_approve()
        self.assertEqual(self.customer.name, name, "kept for the accounting records")
        self.assertFalse(self.customer.email)
        self.assertFalse(self.customer.mobile)
        self.assertEqual(invoice.partner_id, self.customer)
        self.assertEqual(
            request.line_ids.filtered(
                lambda line: line.category == "personal_data"
            ).name,
            "Personal Data and Customer Identity",
        )
