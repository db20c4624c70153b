# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from datetime import datetime

from freezegun import freeze_time

from odoo.tests import TransactionCase, tagged

from .common import BeautyComplaintCommon

# 2026-12-04 is a Friday; the store works 9:00-18:00 (UTC), Monday to Friday
FRIDAY_EVENING = datetime(2026, 12, 4, 17, 0)
SATURDAY = datetime(2026, 12, 5, 11, 0)
MONDAY = datetime(2026, 12, 7, 9, 0)


@tagged("post_install", "-at_install")
class TestBeautyComplaintSla(BeautyComplaintCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()

    def test_sla_friday_evening_runs_over_the_weekend(self):
        complaint = self._complaint(received_on=FRIDAY_EVENING)
        # 1 hour on Friday, the rest on Monday morning
        self.assertEqual(complaint.ack_deadline, datetime(2026, 12, 7, 10, 0))
        # 9 hours: 1 on Friday, 8 on Monday
        self.assertEqual(complaint.resolve_deadline, datetime(2026, 12, 7, 17, 0))

    def test_sla_received_on_the_weekend(self):
        complaint = self._complaint(received_on=SATURDAY)
        self.assertEqual(complaint.ack_deadline, datetime(2026, 12, 7, 11, 0))
        self.assertEqual(complaint.resolve_deadline, datetime(2026, 12, 7, 18, 0))

    def test_sla_store_leave_is_skipped(self):
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Store closed for training",
                "calendar_id": self.calendar.id,
                "company_id": self.store.id,
                "date_from": datetime(2026, 12, 7, 0, 0),
                "date_to": datetime(2026, 12, 7, 23, 59, 59),
                "time_type": "leave",
            }
        )
        complaint = self._complaint(received_on=FRIDAY_EVENING)
        self.assertEqual(complaint.ack_deadline, datetime(2026, 12, 8, 10, 0))
        self.assertEqual(complaint.resolve_deadline, datetime(2026, 12, 8, 17, 0))

    def test_sla_paused_while_waiting_for_the_customer(self):
        with freeze_time(MONDAY):
            complaint = self._complaint(received_on=MONDAY).with_user(self.handler)
        with freeze_time(datetime(2026, 12, 7, 10, 0)):
            complaint.action_acknowledge()
            self.assertTrue(complaint.ack_on_time)
            complaint.action_wait()
        self.assertTrue(complaint.is_waiting)
        self.assertAlmostEqual(complaint.sla_consumed_hours, 1.0)
        self.assertFalse(complaint.resolve_deadline)
        self.assertFalse(complaint.sla_next_check)
        # two days later the customer answers: 8 working hours remain
        with freeze_time(datetime(2026, 12, 9, 9, 0)):
            complaint.action_start()
        self.assertEqual(complaint.resolve_deadline, datetime(2026, 12, 9, 17, 0))

    def test_sla_policy_by_severity_and_category(self):
        self.sla.active = False
        critical = self._complaint(severity="critical", received_on=MONDAY)
        self.assertEqual(
            critical.sla_id, self.env.ref("beauty_complaints.complaint_sla_critical")
        )
        adverse = self._complaint(
            category_id=self.env.ref(
                "beauty_complaints.complaint_category_adverse_skin"
            ).id,
            received_on=MONDAY,
        )
        self.assertEqual(
            adverse.sla_id, self.env.ref("beauty_complaints.complaint_sla_adverse")
        )
        self.assertEqual(adverse.ack_deadline, datetime(2026, 12, 7, 10, 0))
        # a change of severity computes the deadlines again
        adverse_low = self._complaint(received_on=MONDAY, severity="low")
        adverse_low.with_user(self.handler).severity = "critical"
        self.assertEqual(
            adverse_low.sla_id,
            self.env.ref("beauty_complaints.complaint_sla_critical"),
        )

    def _activities(self, complaint, user):
        return complaint.activity_ids.filtered(
            lambda a: a.user_id == user
            and a.activity_type_id
            == self.env.ref("beauty_complaints.mail_act_complaint_escalation")
        )

    def test_sla_escalation_levels(self):
        complaint = self._complaint(
            user=self.handler,
            received_on=MONDAY,
            company_id=self.branch.id,
            user_id=self.handler.id,
        )
        Complaint = self.env["beauty.complaint"]
        # 80 % of 2 hours: 10:36
        self.assertEqual(complaint.sla_next_check, datetime(2026, 12, 7, 10, 36))
        Complaint._cron_sla_escalation(now=datetime(2026, 12, 7, 10, 30))
        self.assertEqual(complaint.escalation_level, "none")
        Complaint._cron_sla_escalation(now=datetime(2026, 12, 7, 10, 40))
        self.assertEqual(complaint.escalation_level, "reminded")
        self.assertTrue(self._activities(complaint, self.handler))
        self.assertFalse(self._activities(complaint, self.branch_manager))
        Complaint._cron_sla_escalation(now=datetime(2026, 12, 7, 11, 5))
        self.assertEqual(complaint.escalation_level, "breached")
        self.assertTrue(self._activities(complaint, self.branch_manager))
        self.assertFalse(self._activities(complaint, self.manager))
        mail = complaint.message_ids.filtered(
            lambda m: self.branch_manager.partner_id in m.partner_ids
        )
        self.assertTrue(mail)
        # second level: the chain's manager (the parent company's), 1 hour later
        Complaint._cron_sla_escalation(now=datetime(2026, 12, 7, 12, 5))
        self.assertEqual(complaint.escalation_level, "chain")
        self.assertTrue(self._activities(complaint, self.manager))
        self.assertFalse(complaint.sla_next_check)
        # acknowledging starts the resolve deadline's escalation afresh
        with freeze_time(datetime(2026, 12, 7, 12, 10)):
            complaint.with_user(self.handler).action_acknowledge()
        self.assertFalse(complaint.ack_on_time)
        self.assertFalse(complaint.on_time_share)
        self.assertEqual(complaint.escalation_level, "none")
        self.assertTrue(complaint.sla_next_check)

    def test_sla_cron_works_in_bounded_batches(self):
        complaints = self.env["beauty.complaint"]
        for _i in range(3):
            complaints |= self._complaint(received_on=MONDAY)
        self.env["ir.config_parameter"].sudo().set_param(
            "beauty_complaints.cron_batch_size", "2"
        )
        later = datetime(2026, 12, 7, 10, 40)
        Complaint = self.env["beauty.complaint"]
        # the demo's complaints are due too: every call handles at most 2,
        # each complaint once, until none is left
        batches = []
        while done := Complaint._cron_sla_escalation(now=later):
            self.assertLessEqual(done, 2)
            batches.append(done)
            self.assertLess(len(batches), 50)
        self.assertGreaterEqual(len(batches), 2)
        self.assertEqual(set(complaints.mapped("escalation_level")), {"reminded"})
        self.assertEqual(Complaint._cron_sla_escalation(now=later), 0)
