# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from freezegun import freeze_time
from psycopg2 import IntegrityError

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from .common import BeautyDossierCommon


@tagged("post_install", "-at_install")
class TestBeautyDossierSections(BeautyDossierCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        created = (
            cls.env["beauty.dossier"]
            .with_user(cls.user_reception)
            .create({"partner_id": cls.customer.id})
        )
        cls.dossier = cls.env["beauty.dossier"].browse(created.id)
        cls._sign_consents(cls.dossier)
        cls.acne = cls.env.ref("beauty_dossier.skin_condition_acne")
        cls.redness = cls.env.ref("beauty_dossier.skin_condition_redness")
        cls.lidocaine = cls.env.ref("beauty_dossier.allergen_lidocaine")

    def _assess(self, **vals):
        return self.env["beauty.skin.assessment"].create(
            {"dossier_id": self.dossier.id, **vals}
        )

    # dossier -------------------------------------------------------------
    def test_birth_date_in_future_is_refused(self):
        with self.assertRaisesRegex(ValidationError, "cannot be in the future"):
            self.dossier.birthday = fields.Date.context_today(self.dossier) + timedelta(
                days=1
            )
        self.dossier.birthday = date(1990, 5, 17)
        self.assertEqual(self.dossier.birthday, date(1990, 5, 17))

    def test_important_dates(self):
        self.dossier.important_date_ids = [
            (0, 0, {"name": "Wedding anniversary", "date": date(2015, 10, 1)})
        ]
        found = self.env["beauty.important.date"].search(
            [("month", "=", 10), ("day", "=", 1)]
        )
        self.assertEqual(found.dossier_id, self.dossier)
        self.assertTrue(found.greet)

    def test_completion_deadline_and_activity(self):
        with freeze_time("2027-01-10 09:00:00"):
            dossier = (
                self.env["beauty.dossier"]
                .with_user(self.user_reception)
                .create({"partner_id": self.customer_2.id})
            )
            dossier.invalidate_recordset()
            self.assertEqual(dossier.completion_deadline, date(2027, 1, 17))
        activity = dossier.activity_ids.filtered(
            lambda a: a.activity_type_id
            == self.env.ref("beauty_dossier.mail_act_dossier_completion")
        )
        self.assertEqual(activity.user_id, self.user_reception)
        self.assertEqual(activity.date_deadline, date(2027, 1, 17))

    def test_completeness_per_section(self):
        d = self.dossier
        self.assertEqual(d.completeness, 0)
        self.assertTrue(d.is_incomplete)
        d.write(
            {
                "birthday": date(1990, 5, 17),
                "gender": "female",
                "marital_status": "married",
                "occupation": "Teacher",
                "source": "referral",
            }
        )
        self.assertEqual(d.completeness_basic, 100)
        self.assertEqual(d.completeness, 25)
        answers = self.env["beauty.lifestyle.questionnaire"].create(
            {"dossier_id": d.id, "sleep_quality": "good", "smoking": "no"}
        )
        self.assertEqual(d.completeness_lifestyle, round(2 / 11 * 100))
        self._assess(skin_type="dry")
        self.assertEqual(d.completeness_skin, 100)
        record = self.env["beauty.medical.record"].create({"dossier_id": d.id})
        self.assertEqual(d.completeness_medical, 0, "an unconfirmed record is not done")
        record.action_confirm_by_customer()
        self.assertEqual(d.completeness_medical, 100)
        answers.write(
            {
                "sleep_hours": "6_8",
                "stress_level": "low",
                "diet": "light",
                "alcohol": "no",
                "tea_coffee": "yes",
                "outdoor_hours": "lt4",
                "exercise": "Yoga twice a week",
                "menstrual_status": "regular",
                "skincare_habit": "often",
            }
        )
        self.assertEqual(d.completeness, 100)
        self.assertFalse(d.is_incomplete)
        incomplete = self.env["beauty.dossier"].search([("is_incomplete", "=", True)])
        self.assertNotIn(d, incomplete, "the stored flag serves the search filter")

    def test_review_workflow(self):
        d = self.dossier.with_user(self.user_reception)
        d.action_submit_review()
        self.assertEqual(d.state, "to_review")
        review = d.activity_ids.filtered(
            lambda a: a.activity_type_id
            == self.env.ref("beauty_dossier.mail_act_dossier_review")
        )
        self.assertEqual(
            review.user_id.has_group("beauty_dossier.group_beauty_manager"), True
        )
        self.assertNotEqual(review.user_id, self.user_reception)
        with self.assertRaisesRegex(UserError, "draft"):
            d.action_submit_review()
        with freeze_time("2027-02-01"):
            self.dossier.with_user(self.user_manager).action_approve()
        self.assertEqual(self.dossier.state, "active")
        self.assertEqual(self.dossier.reviewed_by_id, self.user_manager)
        self.assertEqual(self.dossier.next_review_date, date(2028, 2, 1))
        periodic = self.dossier.activity_ids.filtered(
            lambda a: a.activity_type_id
            == self.env.ref("beauty_dossier.mail_act_dossier_periodic_review")
        )
        self.assertEqual(periodic.date_deadline, date(2028, 2, 1))
        self.assertFalse(
            self.dossier.activity_ids.filtered(
                lambda a: a.activity_type_id
                == self.env.ref("beauty_dossier.mail_act_dossier_review")
            ),
            "the review activity is done",
        )

    def test_status_changes_only_through_the_buttons(self):
        d = self.dossier.with_user(self.user_reception)
        with self.assertRaisesRegex(UserError, "buttons"):
            d.write({"state": "active"})
        with self.assertRaisesRegex(UserError, "buttons"):
            d.write({"reviewed_by_id": self.user_reception.id})
        d.action_submit_review()
        with self.assertRaises(AccessError):
            d.action_approve()
        with self.assertRaises(AccessError):
            d.action_close()
        self.assertEqual(self.dossier.state, "to_review")

    def test_file_stays_with_its_customer(self):
        with self.assertRaisesRegex(UserError, "another customer"):
            self.dossier.with_user(self.user_reception).partner_id = self.customer_2

    def test_latest_assessment_with_unsaved_records(self):
        self._assess(date=fields.Date.today())
        with self.env.cr.savepoint():
            dossier = self.dossier.with_user(self.user_manager)
            new = dossier.new(
                {
                    "partner_id": self.customer.id,
                    "skin_assessment_ids": [
                        (0, 0, {"date": fields.Date.today()}),
                        (0, 0, {"date": fields.Date.today()}),
                    ],
                },
                origin=dossier,
            )
            self.assertEqual(len(new.last_assessment_id), 1)

    def test_review_period_is_configurable(self):
        self.env["ir.config_parameter"].set_param("beauty_dossier.review_months", "3")
        self.dossier.action_submit_review()
        with freeze_time("2027-02-01"):
            self.dossier.with_user(self.user_manager).action_approve()
        self.assertEqual(self.dossier.next_review_date, date(2027, 5, 1))

    def test_responsible_cannot_approve_own_file(self):
        self.dossier.responsible_id = self.user_manager
        self.dossier.action_submit_review()
        with self.assertRaisesRegex(UserError, "superior"):
            self.dossier.with_user(self.user_manager).action_approve()
        self.assertEqual(self.dossier.state, "to_review")

    # skin assessments ----------------------------------------------------
    def test_assessment_zones_and_conditions(self):
        assessment = self._assess(
            zone_forehead="oily",
            zone_nose="oily",
            zone_cheeks="dry",
            zone_chin="combination",
            zone_eye="sensitive",
            condition_ids=[(6, 0, (self.acne | self.redness).ids)],
        )
        self.assertEqual(assessment.partner_id, self.customer)
        self.assertEqual(assessment.company_id, self.dossier.company_id)
        self.assertEqual(assessment.condition_ids, self.acne | self.redness)

    def test_skin_type_outside_the_list(self):
        with self.assertRaisesRegex(ValidationError, "not a skin type for Cheeks"):
            self._assess(zone_cheeks="shiny")
        assessment = self._assess(zone_cheeks="dry")
        with self.assertRaisesRegex(ValidationError, "not a skin type"):
            assessment.write({"skin_type": "greasy"})
        self.assertEqual(assessment.zone_cheeks, "dry")

    def test_assessments_accumulate_latest_first(self):
        older = self._assess(date=fields.Date.today() - relativedelta(months=3))
        newer = self._assess(date=fields.Date.today())
        self.assertEqual(self.dossier.last_assessment_id, newer)
        self.assertEqual(self.dossier.skin_assessment_ids, newer | older)
        with self.assertRaisesRegex(ValidationError, "future"):
            self._assess(date=fields.Date.today() + timedelta(days=2))

    def test_assessment_never_deleted(self):
        assessment = self._assess(skin_type="normal")
        with self.assertRaisesRegex(UserError, "never"):
            assessment.unlink()
        self.assertTrue(assessment.exists())

    def test_seeded_condition_checklist(self):
        names = self.env["beauty.skin.condition"].search([]).mapped("name")
        for expected in (
            "Dryness",
            "Spots / Pigmentation",
            "Acne",
            "Blackheads",
            "Enlarged Pores",
            "Wrinkles",
            "Eye Bags",
            "Sagging",
            "Redness / Broken Capillaries",
            "Dark Circles",
            "Scars",
            "Sensitivity",
        ):
            self.assertIn(expected, names)

    # medical record and safety alert ---------------------------------------
    def test_one_medical_record_per_dossier(self):
        self.env["beauty.medical.record"].create({"dossier_id": self.dossier.id})
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            with self.env.cr.savepoint():
                self.env["beauty.medical.record"].create(
                    {"dossier_id": self.dossier.id}
                )

    def test_safety_alert_reaches_partner_as_a_flag_only(self):
        record = self.env["beauty.medical.record"].create(
            {"dossier_id": self.dossier.id, "diseases": "Hypertension"}
        )
        self.assertFalse(
            self.customer.beauty_safety_alert, "a disease alone is no alert"
        )
        record.allergen_ids = self.lidocaine
        self.assertTrue(record.has_safety_alert)
        self.assertTrue(self.dossier.safety_alert)
        self.assertTrue(self.customer.beauty_safety_alert)
        # a cashier-like employee sees the flag, not the details
        partner = self.customer.with_user(self.user_employee)
        self.assertTrue(partner.beauty_safety_alert)
        with self.assertRaises(AccessError):
            record.with_user(self.user_employee).read(["allergen_ids"])
        with self.assertRaises(AccessError):
            record.with_user(self.user_reception).read(["allergen_ids"])
        # alert found by search, for the POS and the contact list
        flagged = (
            self.env["res.partner"]
            .with_user(self.user_employee)
            .search([("beauty_safety_alert", "=", True), ("id", "=", self.customer.id)])
        )
        self.assertEqual(flagged, self.customer)
        record.allergen_ids = False
        self.assertFalse(self.customer.beauty_safety_alert)
        record.contraindications = "No laser: photosensitive medication"
        self.assertTrue(self.customer.beauty_safety_alert)
        record.write({"contraindications": False, "pregnancy": "pregnant"})
        self.assertFalse(
            self.customer.beauty_safety_alert,
            "the flag says allergies or contraindications, nothing about pregnancy",
        )

    def test_medical_record_never_deleted_and_tracked(self):
        record = self.env["beauty.medical.record"].create(
            {"dossier_id": self.dossier.id}
        )
        self.env.flush_all()
        self.env.cr.precommit.run()
        record.medication = "Isotretinoin"
        self.env.flush_all()
        self.env.cr.precommit.run()
        tracked = self.env["mail.tracking.value"].search(
            [
                ("mail_message_id.model", "=", "beauty.medical.record"),
                ("mail_message_id.res_id", "=", record.id),
            ]
        )
        self.assertIn("Isotretinoin", tracked.mapped("new_value_text"))
        with self.assertRaisesRegex(UserError, "never deleted"):
            record.unlink()

    def test_reception_sees_no_sensitive_section(self):
        self._assess(skin_type="dry")
        with self.assertRaises(AccessError):
            self.env["beauty.skin.assessment"].with_user(self.user_reception).search([])
        with self.assertRaises(AccessError):
            self.dossier.with_user(self.user_reception).read(["skin_assessment_ids"])
        # the basic data stays readable for the front desk
        data = self.dossier.with_user(self.user_reception).read(
            ["name", "completeness"]
        )
        self.assertEqual(data[0]["name"], self.dossier.name)
