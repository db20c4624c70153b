# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase, tagged

from .common import BeautyComplaintCommon


@tagged("post_install", "-at_install")
class TestBeautyComplaintLifecycle(BeautyComplaintCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()

    def test_complaint_registered_with_number_stage_and_deadlines(self):
        complaint = self._complaint()
        self.assertTrue(complaint.name.startswith("TS"))
        self.assertEqual(complaint.state, "new")
        self.assertEqual(
            complaint.stage_id, self.env.ref("beauty_complaints.complaint_stage_new")
        )
        self.assertEqual(complaint.sla_id, self.sla)
        self.assertTrue(complaint.ack_deadline)
        self.assertTrue(complaint.resolve_deadline)
        self.assertEqual(complaint.received_by_id, self.reception)
        self.assertTrue(self.customer.beauty_complaint_open)

    def test_complaint_front_desk_cannot_handle(self):
        complaint = self._complaint()
        with self.assertRaises(AccessError):
            complaint.with_user(self.reception).action_acknowledge()
        with self.assertRaises(UserError):
            complaint.with_user(self.reception).write({"state": "closed"})
        with self.assertRaises(UserError):
            complaint.with_user(self.handler).write(
                {"acknowledged_on": "2026-01-01 00:00:00"}
            )
        self.assertEqual(complaint.state, "new")

    def test_complaint_gate_no_resolution_without_cause_and_action(self):
        complaint = self._complaint().with_user(self.handler)
        complaint.action_acknowledge()
        self.assertTrue(complaint.acknowledged_on)
        self.assertEqual(complaint.user_id, self.handler)
        complaint.action_start()
        with self.assertRaisesRegex(UserError, "root cause"):
            complaint.action_resolve()
        complaint.cause_id = self.cause
        with self.assertRaisesRegex(UserError, "corrective action"):
            complaint.action_resolve()
        # the kanban's drag and drop is checked the same way
        resolved = self.env.ref("beauty_complaints.complaint_stage_resolved")
        with self.assertRaisesRegex(UserError, "corrective action"):
            complaint.write({"stage_id": resolved.id})
        self.assertEqual(complaint.state, "in_progress")
        complaint.corrective_action = "Retrain on the protocol."
        complaint.write({"stage_id": resolved.id})
        self.assertEqual(complaint.state, "resolved")
        self.assertTrue(complaint.resolved_on)

    def test_complaint_gate_no_closing_well_founded_without_apology(self):
        complaint = self._complaint().with_user(self.handler)
        complaint.write(
            {
                "is_well_founded": True,
                "cause_id": self.cause.id,
                "corrective_action": "Retrain.",
            }
        )
        complaint.action_start()
        complaint.action_resolve()
        compensation = (
            self.env["beauty.complaint.compensation"]
            .with_user(self.handler)
            .create({"complaint_id": complaint.id, "kind": "points", "points": 50})
        )
        with self.assertRaisesRegex(UserError, "apology"):
            complaint.action_close()
        complaint.action_record_apology()
        with self.assertRaisesRegex(UserError, "compensation"):
            complaint.action_close()
        compensation.action_refuse()
        complaint.action_close()
        self.assertEqual(complaint.state, "closed")
        self.assertTrue(complaint.is_closed)
        self.assertFalse(self.customer.beauty_complaint_open)
        with self.assertRaises(UserError):
            self.env["beauty.complaint.compensation"].with_user(self.handler).create(
                {"complaint_id": complaint.id, "kind": "points", "points": 5}
            )

    def test_complaint_cancel_needs_reason_and_never_deleted(self):
        complaint = self._complaint().with_user(self.handler)
        with self.assertRaisesRegex(UserError, "reason"):
            complaint.action_cancel()
        complaint.cancel_reason = "Registered twice."
        complaint.action_cancel()
        self.assertEqual(complaint.state, "cancelled")
        for user in (self.handler, self.manager):
            with self.assertRaises(AccessError):
                complaint.with_user(user).unlink()
        with self.assertRaisesRegex(UserError, "never deleted"):
            complaint.sudo().unlink()
        self.assertTrue(complaint.exists())

    def test_complaint_reopen_closed_by_manager_only(self):
        complaint = self._complaint().with_user(self.handler)
        complaint.write({"cause_id": self.cause.id, "corrective_action": "Retrain."})
        complaint.action_start()
        complaint.action_resolve()
        complaint.action_close()
        with self.assertRaises(AccessError):
            complaint.action_reopen()
        complaint.with_user(self.manager).action_reopen()
        self.assertEqual(complaint.state, "in_progress")
        self.assertFalse(complaint.resolved_on)

    def test_complaint_register_actions_prefilled(self):
        action = self.customer.with_user(
            self.reception
        ).action_register_beauty_complaint()
        self.assertEqual(action["context"]["default_partner_id"], self.customer.id)
        self.assertEqual(action["res_model"], "beauty.complaint")

    def test_complaint_about_the_customers_own_services_only(self):
        """Another customer's treatment (and the medical data its name and staff
        would show) is never linked to a complaint, whoever writes."""
        other = self.env["res.partner"].create({"name": "Another Customer"})
        dossier = self.env["beauty.dossier"].create(
            {"partner_id": other.id, "company_id": self.store.id}
        )
        service = self.env["product.product"].create(
            {"name": "Other Facial", "type": "service"}
        )
        treatment = self.env["beauty.treatment"].create(
            {"dossier_id": dossier.id, "service_product_id": service.id}
        )
        with self.assertRaisesRegex(ValidationError, "own services"):
            self._complaint(user=self.manager, treatment_id=treatment.id)
        complaint = self._complaint(user=self.manager)
        with self.assertRaisesRegex(ValidationError, "own services"):
            complaint.sudo().treatment_id = treatment
        # who cannot read treatments links none (front desk, handler)
        for user in (self.reception, self.handler):
            with self.assertRaises(AccessError):
                self._complaint(user=user, treatment_id=treatment.id)

    def test_complaint_customer_fixed_once_acknowledged(self):
        complaint = self._complaint(user=self.handler)
        complaint.action_acknowledge()
        other = self.env["res.partner"].create({"name": "Someone Else"})
        with self.assertRaisesRegex(UserError, "set when it is received"):
            complaint.write({"partner_id": other.id})
        self.assertEqual(complaint.partner_id, self.customer)
