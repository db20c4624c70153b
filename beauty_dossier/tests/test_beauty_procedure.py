# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from datetime import date, datetime

from odoo.exceptions import AccessError, UserError
from odoo.tests import TransactionCase, tagged

from .common import BeautyDossierCommon


@tagged("post_install", "-at_install")
class TestBeautyProcedure(BeautyDossierCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the operation's local day is the salon's (10:00 UTC is 18:00 there),
        # whatever the timezone of the user running the tests
        cls.env = cls.env(context=dict(cls.env.context, tz="Asia/Shanghai"))
        cls._setup_beauty_users()
        cls.dossier = cls.env["beauty.dossier"].create({"partner_id": cls.customer.id})
        cls.eyelid = cls.env["product.product"].create(
            {"name": "Double Eyelid (双眼皮)", "type": "service"}
        )
        cls.suture = cls.env["product.product"].create(
            {"name": "Suture 7-0", "type": "consu"}
        )
        cls._sign_consents(cls.dossier, procedure=cls.eyelid)

    def _procedure(self, **vals):
        return self.env["beauty.procedure"].create(
            {
                "dossier_id": self.dossier.id,
                "procedure_product_id": self.eyelid.id,
                "doctor_id": self.user_manager.id,
                "needs": "Wider, natural fold",
                "expectations": "Natural look, quick recovery",
                **vals,
            }
        )

    def test_double_eyelid_record_and_followups(self):
        procedure = self._procedure(
            date=datetime(2027, 3, 1, 10, 0),
            anesthesia_type="local",
            anesthesia_drug="Lidocaine 2%",
            anesthesia_dose="2 ml",
            material_ids=[
                (
                    0,
                    0,
                    {
                        "product_id": self.suture.id,
                        "quantity": 2,
                        "lot_name": "S7-2703",
                    },
                )
            ],
        )
        procedure.action_schedule()
        self.assertEqual(procedure.state, "scheduled")
        procedure.action_operated()
        self.assertEqual(procedure.state, "done")
        self.assertEqual(
            procedure.followup_ids.mapped("planned_date"),
            [date(2027, 3, 2), date(2027, 3, 8), date(2027, 3, 31), date(2027, 5, 30)],
        )
        activities = procedure.activity_ids.filtered(
            lambda a: a.activity_type_id
            == self.env.ref("beauty_dossier.mail_act_procedure_followup")
        )
        self.assertEqual(len(activities), 4)
        self.assertEqual(set(activities.mapped("user_id")), {self.user_manager})
        followup = procedure.followup_ids[0]
        followup.write(
            {"visit_date": date(2027, 3, 2), "recovery": "normal", "satisfaction": "4"}
        )
        self.assertEqual(procedure.material_ids.lot_name, "S7-2703")
        bodies = " ".join(procedure.message_ids.mapped("body"))
        self.assertIn("S7-2703", bodies, "materials are traced in the chatter")
        self.assertIn("As Expected", bodies, "follow-ups are traced in the chatter")
        with self.assertRaisesRegex(UserError, "already operated"):
            procedure.action_operated()

    def test_followup_days_are_configurable(self):
        self.env["ir.config_parameter"].set_param(
            "beauty_dossier.procedure_followup_days", "3,14"
        )
        procedure = self._procedure(date=datetime(2027, 3, 1, 10, 0))
        procedure.action_operated()
        self.assertEqual(
            procedure.followup_ids.mapped("planned_date"),
            [date(2027, 3, 4), date(2027, 3, 15)],
        )

    def test_schedule_needs_a_date(self):
        with self.assertRaisesRegex(UserError, "operation date"):
            self._procedure().action_schedule()

    def test_procedure_never_deleted_and_restricted(self):
        procedure = self._procedure()
        with self.assertRaisesRegex(UserError, "never deleted"):
            procedure.unlink()
        with self.assertRaises(AccessError):
            procedure.with_user(self.user_reception).read(["needs"])
