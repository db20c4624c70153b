# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import base64
import io

from PIL import Image
from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from .common import BeautyDossierCommon


def _png(color="red"):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue())


@tagged("post_install", "-at_install")
class TestBeautyConsentPhoto(BeautyDossierCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.dossier = cls.env["beauty.dossier"].create({"partner_id": cls.customer.id})
        cls.tpl_photos = cls.env.ref("beauty_dossier.consent_template_photos")
        cls.tpl_data = cls.env.ref("beauty_dossier.consent_template_personal_data")

    def _consent(self, template, user=None, **vals):
        Consent = self.env["beauty.consent"].with_user(user or self.user_reception)
        return Consent.create(
            {
                "dossier_id": self.dossier.id,
                "template_id": template.id,
                "signature": _png("black"),
                **vals,
            }
        )

    # consents ---------------------------------------------------------------
    def test_front_desk_takes_a_signature(self):
        consent = self._consent(self.tpl_photos, photo_use="file")
        consent.action_sign()
        self.assertEqual(consent.state, "signed")
        self.assertEqual(consent.version, "1.0")
        self.assertIn("photos", consent.signed_text)
        self.assertEqual(consent.signer_name, self.customer.name)
        self.assertTrue(self.dossier.consent_photos)
        self.assertFalse(self.dossier.consent_sensitive_data)

    def test_signed_consent_is_frozen(self):
        consent = self._consent(self.tpl_data)
        consent.action_sign()
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            consent.signer_name = "Somebody else"
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            consent.signature = _png("blue")
        # a new version of the text does not change what was signed
        self.tpl_data.write({"version": "2.0", "body": "<p>New wording</p>"})
        self.assertEqual(consent.version, "1.0")
        self.assertNotIn("New wording", consent.signed_text)
        with self.assertRaisesRegex(UserError, "never deleted"):
            consent.sudo().unlink()

    def test_signing_cannot_be_forged(self):
        consent = self._consent(self.tpl_data)
        with self.assertRaisesRegex(UserError, "buttons"):
            consent.write({"state": "signed"})
        with self.assertRaisesRegex(UserError, "buttons"):
            consent.write({"signed_text": "<img src=x onerror=alert(1)>"})
        with self.assertRaisesRegex(UserError, "buttons"):
            self._consent(self.tpl_data, state="signed")
        consent.action_sign()
        with self.assertRaisesRegex(UserError, "buttons"):
            consent.write({"state": "draft"})
        self.assertEqual(consent.state, "signed")

    def test_photo_use_required_to_sign(self):
        consent = self._consent(self.tpl_photos)
        with self.assertRaisesRegex(UserError, "photos may be used"):
            consent.action_sign()
        self.assertEqual(consent.state, "draft")

    def test_signature_required(self):
        consent = self._consent(self.tpl_data, signature=False)
        with self.assertRaisesRegex(UserError, "signature is missing"):
            consent.action_sign()
        self.assertEqual(consent.state, "draft")

    def test_one_consent_in_force_per_kind(self):
        self._consent(self.tpl_data).action_sign()
        second = self._consent(self.tpl_data)
        with self.assertRaisesRegex(UserError, "already has this consent in force"):
            second.action_sign()
        # the database refuses it too, whatever the code path (two tablets at once)
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            with self.env.cr.savepoint():
                self.env.cr.execute(
                    "UPDATE beauty_consent SET state = 'signed' WHERE id = %s",
                    [second.id],
                )

    def test_revoke_then_sign_again(self):
        first = self._consent(self.tpl_data)
        first.action_sign()
        first.action_revoke()
        self.assertEqual(first.state, "revoked")
        self.assertTrue(first.revoked_on)
        self.assertFalse(self.dossier.consent_personal_data)
        self.assertIn(
            "revoked", self.dossier.message_ids[:1].body, "the dossier shows it"
        )
        again = self._consent(self.tpl_data)
        again.action_sign()
        self.env.flush_all()
        self.assertTrue(self.dossier.consent_personal_data)

    # photos -----------------------------------------------------------------
    def test_photo_stays_on_the_restricted_model(self):
        self._sign_consents(self.dossier, kinds=("photos",))
        photo = self.env["beauty.photo"].create(
            {"dossier_id": self.dossier.id, "image_1920": _png(), "kind": "before"}
        )
        self.assertTrue(photo.image_128)
        self.assertEqual(self.dossier.photo_count, 1)
        action = self.dossier.action_view_photos()
        self.assertEqual(
            self.env["beauty.photo"].search(action["domain"]),
            photo,
            "side by side view",
        )
        attachments = (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "beauty.photo"),
                    ("res_id", "=", photo.id),
                    ("res_field", "=", "image_1920"),
                ]
            )
        )
        self.assertEqual(len(attachments), 1)
        self.assertFalse(
            self.env["ir.attachment"]
            .sudo()
            .search_count(
                [("res_model", "=", "res.partner"), ("res_id", "=", self.customer.id)]
            ),
            "nothing lands on the partner",
        )
        with self.assertRaises(AccessError):
            photo.with_user(self.user_reception).read(["image_128"])
        with self.assertRaises(AccessError):
            attachments.with_user(self.user_employee).read(["datas"])
        with self.assertRaisesRegex(UserError, "never deleted"):
            photo.unlink()

    def test_photo_of_a_treatment_belongs_to_its_dossier(self):
        facial = self.env["product.product"].create(
            {"name": "Facial", "type": "service"}
        )
        other = self.env["beauty.dossier"].create({"partner_id": self.customer_2.id})
        self._sign_consents(self.dossier | other, kinds=("photos",))
        treatment = self.env["beauty.treatment"].create(
            {"dossier_id": self.dossier.id, "service_product_id": facial.id}
        )
        before = self.env["beauty.photo"].create(
            {
                "dossier_id": self.dossier.id,
                "treatment_id": treatment.id,
                "image_1920": _png(),
                "kind": "before",
            }
        )
        self.assertEqual(treatment.photo_ids, before)
        assessment = self.env["beauty.skin.assessment"].create(
            {"dossier_id": self.dossier.id, "skin_type": "dry"}
        )
        close_up = self.env["beauty.photo"].create(
            {
                "dossier_id": self.dossier.id,
                "assessment_id": assessment.id,
                "image_1920": _png(),
                "kind": "progress",
            }
        )
        self.assertEqual(assessment.photo_ids, close_up)
        with self.assertRaisesRegex(
            ValidationError, "dossier of its treatment or procedure"
        ):
            self.env["beauty.photo"].create(
                {
                    "dossier_id": other.id,
                    "treatment_id": treatment.id,
                    "image_1920": _png(),
                }
            )
