# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import base64
import io
from datetime import date, timedelta

from PIL import Image

from odoo.exceptions import UserError, ValidationError
from odoo.tests import HttpCase, TransactionCase, tagged
from odoo.tools.safe_eval import safe_eval

from odoo.addons.mail.tests.common import mail_new_test_user

from .common import BeautyDossierCommon


def _signature():
    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), "white").save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue())


@tagged("post_install", "-at_install")
class TestBeautyIntake(BeautyDossierCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.Wizard = cls.env["beauty.intake.wizard"].with_user(cls.user_reception)

    def test_one_screen_registers_customer_dossier_and_consent(self):
        wizard = self.Wizard.create(
            {
                "name": "宋佳 (Song Jia)",
                "mobile": "+86 139 0000 1234",
                "birthday": date(1992, 8, 8),
                "gender": "female",
                "source": "walk_in",
                "responsible_id": self.user_beautician_a.id,
                "signature": _signature(),
            }
        )
        self.assertEqual(wizard.consent_template_id.kind, "personal_data")
        action = wizard.action_register()
        dossier = self.env["beauty.dossier"].browse(action["res_id"])
        self.assertEqual(dossier.partner_id.name, "宋佳 (Song Jia)")
        self.assertEqual(dossier.partner_id.mobile, "+86 139 0000 1234")
        self.assertEqual(dossier.birthday, date(1992, 8, 8))
        self.assertEqual(dossier.responsible_id, self.user_beautician_a)
        self.assertTrue(dossier.consent_personal_data)
        self.assertEqual(dossier.consent_ids.state, "signed")

    def test_front_desk_chooses_a_beautician_never_herself(self):
        wizard = self.Wizard.new({"name": "Walk-in"})
        self.assertFalse(wizard.responsible_id, "the receptionist is no beautician")
        domain = self.Wizard._fields["responsible_id"]._description_domain(
            self.Wizard.env
        )
        offered = self.env["res.users"].search(
            safe_eval(domain, {"company_id": self.env.company.id})
        )
        self.assertIn(self.user_beautician_a, offered)
        self.assertIn(self.user_manager, offered, "a store manager is a beautician")
        self.assertNotIn(self.user_reception, offered)
        self.assertNotIn(self.user_doctor, offered)
        wizard = self.Wizard.create(
            {"name": "Walk-in", "responsible_id": self.user_reception.id}
        )
        with self.assertRaisesRegex(UserError, "not a beautician"):
            wizard.action_register()
        beautician_wizard = self.env["beauty.intake.wizard"].with_user(
            self.user_beautician_b
        )
        self.assertEqual(
            beautician_wizard.new({"name": "x"}).responsible_id,
            self.user_beautician_b,
            "a beautician who registers a customer keeps her file",
        )

    def test_without_signature_no_consent(self):
        action = self.Wizard.create(
            {"name": "Walk-in", "responsible_id": self.user_beautician_a.id}
        ).action_register()
        dossier = self.env["beauty.dossier"].browse(action["res_id"])
        self.assertFalse(dossier.consent_ids)

    def test_bad_input_leaves_nothing_behind(self):
        wizard = self.Wizard.create(
            {
                "name": "Future Born",
                "birthday": date.today() + timedelta(days=3),
                "responsible_id": self.user_beautician_a.id,
            }
        )
        with self.assertRaisesRegex(ValidationError, "future"):
            with self.env.cr.savepoint():
                wizard.action_register()
        self.assertFalse(self.env["res.partner"].search([("name", "=", "Future Born")]))

    def test_same_mobile_twice_is_refused(self):
        beautician = self.user_beautician_a.id
        self.Wizard.create(
            {"name": "First", "mobile": "13900005678", "responsible_id": beautician}
        ).action_register()
        with self.assertRaisesRegex(UserError, "already registered"):
            self.Wizard.create(
                {
                    "name": "Second",
                    "mobile": "13900005678",
                    "responsible_id": beautician,
                }
            ).action_register()


@tagged("post_install", "-at_install")
class TestBeautyIntakeTour(BeautyDossierCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.env["product.product"].create(
            {"name": "Tour Facial", "type": "service", "beauty_treatment": True}
        )

    def test_tour_intake_assessment_treatment(self):
        self.start_tour(
            "/odoo", "beauty_intake_assessment_treatment", login="test_store_manager"
        )
        dossier = self.env["beauty.dossier"].search(
            [("partner_id.mobile", "=", "+86 139 0000 7788")]
        )
        self.assertEqual(len(dossier), 1)
        self.assertEqual(dossier.partner_id.name, "Song Jia")
        self.assertEqual(dossier.source, "walk_in")
        assessment = dossier.skin_assessment_ids
        self.assertEqual(len(assessment), 1)
        self.assertEqual(assessment.skin_type, "combination")
        self.assertEqual(assessment.zone_forehead, "oily")
        self.assertEqual(assessment.zone_cheeks, "dry")
        self.assertEqual(
            set(assessment.condition_ids.mapped("name")),
            {"Blackheads", "Enlarged Pores"},
        )
        treatment = dossier.treatment_ids
        self.assertEqual(treatment.state, "done")
        self.assertEqual(treatment.zone, "face")
        self.assertEqual(treatment.performed_by_id, self.user_manager)

    def test_tour_front_desk_chooses_the_beautician(self):
        beautician = mail_new_test_user(
            self.env,
            login="tour_beautician",
            name="Tour Beautician",
            groups="base.group_user,beauty_dossier.group_beauty_beautician",
        )
        self.start_tour("/odoo", "beauty_intake_front_desk", login="test_reception")
        dossier = self.env["beauty.dossier"].search(
            [("partner_id.name", "=", "Gao Yue")]
        )
        self.assertEqual(dossier.responsible_id, beautician)
