# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The analysis of the complaints: time against the deadlines, repeat
complainers, complaints per 100 treatments of each staff member and the
monthly analysis PDF."""

from datetime import date, datetime, timedelta

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import HttpCase, TransactionCase, tagged

from .common import BeautyComplaintCommon

# 2026-12-07 is a Monday; the store works 9:00-18:00 (UTC), Monday to Friday
MONDAY = datetime(2026, 12, 7, 9, 0)
WEDNESDAY = datetime(2026, 12, 9, 9, 0)
# the month of the staff rates and of the monthly analysis
NOVEMBER = datetime(2026, 11, 2, 10, 0)


class BeautyComplaintAnalysisCommon(BeautyComplaintCommon):
    @classmethod
    def _treatments(cls, user, count, when, company=None, state="done"):
        """``count`` treatments of ``user`` on ``when`` (in her store)."""
        company = company or cls.store
        partner = cls.env["res.partner"].create({"name": f"Served by {user.name}"})
        dossier = cls.env["beauty.dossier"].create(
            {"partner_id": partner.id, "company_id": company.id}
        )
        treatments = cls.env["beauty.treatment"].create(
            [
                {
                    "dossier_id": dossier.id,
                    "service_product_id": cls.service.id,
                    "performed_by_id": user.id,
                    "date": when,
                }
                for _i in range(count)
            ]
        )
        if state != "draft":
            treatments.write({"state": "done"})
        return treatments

    @classmethod
    def _cancel(cls, complaint):
        complaint = complaint.with_user(cls.handler)
        complaint.cancel_reason = "Registered twice."
        complaint.action_cancel()

    @classmethod
    def _setup_staff_month(cls):
        """November: beautician A performed 4 treatments (one of them
        amended, counted once; a draft one not counted) and is named in 2
        complaints (and a cancelled one); beautician B performed 8 and is
        named in 1. The branch's month is apart."""
        cls.service = cls.env["product.product"].create(
            {"name": "Hydrating Facial", "type": "service"}
        )
        a, b = cls.beautician_a, cls.beautician_b
        treatments_a = cls._treatments(a, 4, NOVEMBER)
        amended = treatments_a[0]
        amended.write({"state": "amended"})
        amended.amended_by_id.write({"state": "done"})
        cls._treatments(a, 1, NOVEMBER, state="draft")
        cls._treatments(a, 5, NOVEMBER - timedelta(days=31))  # October
        cls._treatments(b, 8, NOVEMBER)
        cls._treatments(a, 2, NOVEMBER, company=cls.branch)
        cls.about_a = cls.env["beauty.complaint"]
        for day in (1, 10):
            cls.about_a |= cls._complaint(
                received_on=NOVEMBER + timedelta(days=day), staff_ids=[(6, 0, a.ids)]
            )
        cls._cancel(
            cls._complaint(
                received_on=NOVEMBER + timedelta(days=3), staff_ids=[(6, 0, a.ids)]
            )
        )
        cls.about_b = cls._complaint(
            received_on=NOVEMBER + timedelta(days=2), staff_ids=[(6, 0, b.ids)]
        )
        cls._complaint(
            user=cls.handler,
            company_id=cls.branch.id,
            received_on=NOVEMBER + timedelta(days=4),
            staff_ids=[(6, 0, a.ids)],
        )
        cls.env.flush_all()


@tagged("post_install", "-at_install")
class TestBeautyComplaintSlaTimes(BeautyComplaintCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()

    def _resolve(self, complaint):
        complaint.write({"cause_id": self.cause.id, "corrective_action": "Retrain."})
        complaint.action_resolve()

    def test_sla_times_counted_in_working_hours_without_the_waits(self):
        with freeze_time(MONDAY):
            complaint = self._complaint(received_on=MONDAY).with_user(self.handler)
        with freeze_time(datetime(2026, 12, 7, 10, 30)):
            complaint.action_acknowledge()
        self.assertAlmostEqual(complaint.ack_hours, 1.5)
        self.assertTrue(complaint.ack_on_time)
        self.assertEqual(complaint.ack_on_time_share, 100.0)
        with freeze_time(datetime(2026, 12, 7, 11, 0)):
            complaint.action_wait()
        # Tuesday waiting for the customer: not counted
        with freeze_time(WEDNESDAY):
            complaint.action_start()
        with freeze_time(datetime(2026, 12, 9, 17, 0)):
            self._resolve(complaint)
        # Monday 9:00-11:00 and Wednesday 9:00-17:00: 10 hours, 9 were allowed
        self.assertAlmostEqual(complaint.resolve_hours, 10.0)
        self.assertFalse(complaint.resolve_on_time)
        self.assertEqual(complaint.on_time_share, 0.0)
        # reopened, it is to be resolved again
        with freeze_time(datetime(2026, 12, 9, 17, 30)):
            complaint.action_reopen()
        self.assertFalse(complaint.resolve_hours)
        self.assertFalse(complaint.resolved_on)

    def test_sla_times_written_by_the_workflow_only(self):
        complaint = self._complaint(received_on=MONDAY)
        for user in (self.reception, self.handler):
            with self.assertRaises(UserError):
                complaint.with_user(user).write({"ack_hours": 0.1})
        self.assertFalse(complaint.ack_hours)

    def test_sla_times_averaged_by_the_pivot(self):
        complaints = self.env["beauty.complaint"]
        for minutes in (60, 180):
            with freeze_time(MONDAY):
                complaint = self._complaint(received_on=MONDAY)
            with freeze_time(MONDAY + timedelta(minutes=minutes)):
                complaint.with_user(self.handler).action_acknowledge()
            complaints |= complaint
        # one acknowledged in 1 hour (on time), one in 3 (2 were allowed)
        [(count, share, hours)] = (
            self.env["beauty.complaint"]
            .with_user(self.handler)
            ._read_group(
                [("id", "in", complaints.ids)],
                [],
                ["__count", "ack_on_time_share:avg", "ack_hours:avg"],
            )
        )
        self.assertEqual((count, share, hours), (2, 50.0, 2.0))
        groups = self.env["beauty.complaint"]._read_group(
            [("id", "in", complaints.ids)], ["ack_on_time"], ["__count"]
        )
        self.assertEqual(sorted(groups), [(False, 1), (True, 1)])

    def test_sla_customer_tier_empty_without_a_tier(self):
        """Without a tier for her (no tier addon, or no tier in the store) the
        complaint's tier is empty; the analysis groups by it all the same."""
        complaint = self._complaint(received_on=MONDAY)
        self.assertFalse(complaint.partner_tier_name)
        self.assertEqual(
            self.customer._beauty_tier_names(self.store).get(self.customer.id), None
        )
        groups = self.env["beauty.complaint"]._read_group(
            [("id", "=", complaint.id)], ["partner_tier_name"], ["__count"]
        )
        self.assertEqual(groups, [(False, 1)])


@tagged("post_install", "-at_install")
class TestBeautyComplaintRepeat(BeautyComplaintAnalysisCommon, TransactionCase):
    """A customer with 3 complaints within 90 days (the store's settings) is a
    repeat complainer: the first and the last day included."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()
        cls.start = datetime(2026, 1, 1, 10, 0)

    def _complaints(self, partner, *days):
        return self.env["beauty.complaint"].concat(
            *(
                self._complaint(
                    partner_id=partner.id,
                    received_on=self.start + timedelta(days=day),
                )
                for day in days
            )
        )

    def test_repeat_defaults(self):
        store = self.env["res.company"].create({"name": "New Store"})
        self.assertEqual(store.beauty_complaint_repeat_count, 3)
        self.assertEqual(store.beauty_complaint_repeat_days, 90)

    def _partner(self, name):
        return self.env["res.partner"].create({"name": name})

    def test_repeat_two_complaints_are_not_enough(self):
        complaints = self._complaints(self._partner("Twice"), 0, 30)
        self.assertEqual(complaints.mapped("is_repeat_complainer"), [False, False])

    def test_repeat_third_complaint_on_the_90th_day(self):
        partner = self._partner("Three Times")
        complaints = self._complaints(partner, 0, 30)
        self.assertEqual(complaints.mapped("is_repeat_complainer"), [False] * 2)
        # day 1 is January 1st: the 90th day is March 31st; the third complaint
        # marks the earlier ones too
        self.assertEqual(self.start.date() + timedelta(days=89), date(2026, 3, 31))
        complaints |= self._complaints(partner, 89)
        self.assertEqual(complaints.mapped("is_repeat_complainer"), [True] * 3)
        Complaint = self.env["beauty.complaint"].with_user(self.handler)
        self.assertEqual(
            Complaint.search(
                [
                    ("is_repeat_complainer", "=", True),
                    ("partner_id", "=", complaints.partner_id.id),
                ]
            ),
            complaints,
        )
        # cancelled (registered by mistake), one no longer counts
        self._cancel(complaints[1])
        self.assertEqual(complaints.mapped("is_repeat_complainer"), [False] * 3)

    def test_repeat_third_complaint_on_the_91st_day(self):
        partner = self._partner("Not Quite")
        complaints = self._complaints(partner, 0, 30, 90)
        self.assertEqual(complaints.mapped("is_repeat_complainer"), [False] * 3)
        # a fourth one: the last three are within 90 days, not the first
        complaints |= self._complaints(partner, 100)
        self.assertEqual(
            complaints.mapped("is_repeat_complainer"), [False, True, True, True]
        )

    def test_repeat_counted_per_customer_and_store(self):
        partner = self._partner("Two Stores")
        complaints = self.env["beauty.complaint"]
        for day, store in ((0, self.store), (1, self.store), (2, self.branch)):
            complaints |= self._complaint(
                user=self.handler,
                partner_id=partner.id,
                company_id=store.id,
                received_on=self.start + timedelta(days=day),
            )
        self.assertEqual(complaints.mapped("is_repeat_complainer"), [False] * 3)
        # the store counts from 2 complaints: hers there are marked
        self.store.beauty_complaint_repeat_count = 2
        self.assertEqual(complaints.mapped("is_repeat_complainer"), [True, True, False])

    def test_repeat_settings_checked(self):
        for values in (
            {"beauty_complaint_repeat_count": 1},
            {"beauty_complaint_repeat_days": 0},
        ):
            with (
                self.assertRaisesRegex(ValidationError, "at least 2 complaints"),
                self.env.cr.savepoint(),
            ):
                self.store.write(values)
        self.store.invalidate_recordset()
        self.assertEqual(self.store.beauty_complaint_repeat_count, 3)
        self.assertEqual(self.store.beauty_complaint_repeat_days, 90)


@tagged("post_install", "-at_install")
class TestBeautyComplaintStaffReport(BeautyComplaintAnalysisCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()
        cls._setup_staff_month()
        cls.Report = cls.env["beauty.complaint.staff.report"]

    def test_staff_rate_per_100_treatments(self):
        rows = self.Report.with_user(self.manager).search_read(
            [("date", "=", date(2026, 11, 1))],
            ["user_id", "company_id", "complaint_count", "treatment_count"],
        )
        self.assertEqual(
            {
                (row["user_id"][0], row["complaint_count"], row["treatment_count"])
                for row in rows
            },
            {(self.beautician_a.id, 2, 4), (self.beautician_b.id, 1, 8)},
        )
        self.assertEqual({row["company_id"][0] for row in rows}, {self.store.id})
        groups = dict(
            (user, (complaints, treatments, rate))
            for user, complaints, treatments, rate in self.Report.with_user(
                self.manager
            )._read_group(
                [("date", "=", date(2026, 11, 1))],
                ["user_id"],
                ["complaint_count:sum", "treatment_count:sum", "rate_per_100:avg"],
            )
        )
        self.assertEqual(groups[self.beautician_a], (2, 4, 50.0))
        self.assertEqual(groups[self.beautician_b], (1, 8, 12.5))
        # grouped, the rate of the totals (3 × 100 ÷ 12), not the mean of rates
        [(rate,)] = self.Report.with_user(self.manager)._read_group(
            [("date", "=", date(2026, 11, 1))], [], ["rate_per_100:avg"]
        )
        self.assertEqual(rate, 25.0)

    def test_staff_month_without_complaint(self):
        [row] = self.Report.search_read(
            [
                ("date", "=", date(2026, 10, 1)),
                ("user_id", "=", self.beautician_a.id),
                ("company_id", "=", self.store.id),
            ],
            ["complaint_count", "treatment_count", "rate_per_100"],
        )
        self.assertEqual(
            (row["complaint_count"], row["treatment_count"], row["rate_per_100"]),
            (0, 5, 0.0),
        )

    def test_staff_report_store_managers_only(self):
        for user in (self.beautician_a, self.handler, self.reception):
            with self.assertRaises(AccessError):
                self.Report.with_user(user).search_read([], ["complaint_count"])
        # another store's manager sees her store's rows only
        rows = self.Report.with_user(self.branch_manager).search_read(
            [("date", "=", date(2026, 11, 1))], ["company_id", "complaint_count"]
        )
        self.assertEqual({row["company_id"][0] for row in rows}, {self.branch.id})
        self.assertEqual(sum(row["complaint_count"] for row in rows), 1)


@tagged("post_install", "-at_install")
class TestBeautyComplaintStaffReportRpc(BeautyComplaintAnalysisCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()
        cls._setup_staff_month()

    def _call_kw(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def test_rpc_beautician_cannot_read_the_staff_rates(self):
        self.authenticate("test_cpl_beautician_a", "test_cpl_beautician_a")
        for method, args, kwargs in (
            ("search_read", [[]], {"fields": ["user_id", "rate_per_100"]}),
            (
                "web_read_group",
                [[], ["complaint_count:sum"], ["user_id"]],
                {},
            ),
        ):
            with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
                self._call_kw("beauty.complaint.staff.report", method, args, kwargs)

    def test_rpc_manager_reads_the_staff_rates(self):
        self.authenticate("test_cpl_manager", "test_cpl_manager")
        result = self._call_kw(
            "beauty.complaint.staff.report",
            "web_read_group",
            [
                [("date", "=", "2026-11-01")],
                ["complaint_count:sum", "treatment_count:sum", "rate_per_100:avg"],
                ["user_id"],
            ],
        )
        rates = {
            group["user_id"][0]: group["rate_per_100"] for group in result["groups"]
        }
        self.assertEqual(
            rates, {self.beautician_a.id: 50.0, self.beautician_b.id: 12.5}
        )


@tagged("post_install", "-at_install")
class TestBeautyComplaintMonthlyAnalysis(
    BeautyComplaintAnalysisCommon, TransactionCase
):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()
        cls._setup_staff_month()
        # another repeat complainer: 3 complaints in November
        cls.repeater = cls.env["res.partner"].create({"name": "Repeat Guest 回头客"})
        cls.repeated = cls.env["beauty.complaint"]
        for day in (5, 6, 7):
            cls.repeated |= cls._complaint(
                partner_id=cls.repeater.id,
                received_on=NOVEMBER + timedelta(days=day),
                severity="high",
            )
        # acknowledged in 1 hour, resolved in 4 working hours (on time)
        complaint = cls.about_b.with_user(cls.handler)
        with freeze_time(datetime(2026, 11, 4, 11, 0)):
            complaint.action_acknowledge()
        with freeze_time(datetime(2026, 11, 4, 14, 0)):
            complaint.write({"cause_id": cls.cause.id, "corrective_action": "Retrain."})
            complaint.action_resolve()
        # a compensation issued in November, another one in December
        for moment, points in ((datetime(2026, 11, 20, 12, 0), 50), (MONDAY, 70)):
            with freeze_time(moment):
                compensation = (
                    cls.env["beauty.complaint.compensation"]
                    .with_user(cls.handler)
                    .create(
                        {
                            "complaint_id": cls.about_b.id,
                            "kind": "points",
                            "points": points,
                            "amount": points / 10,
                        }
                    )
                )
                compensation.action_submit()
                compensation.action_issue()

    def _wizard(self, user, **values):
        return (
            self.env["beauty.complaint.analysis.wizard"]
            .with_user(user)
            .with_company(self.store)
            .create(
                {"month": date(2026, 11, 17), "company_id": self.store.id, **values}
            )
        )

    def _html(self, wizard):
        html, _type = (
            self.env["ir.actions.report"]
            .with_user(wizard.env.user)
            .with_company(self.store)
            ._render_qweb_html(
                "beauty_complaints.action_report_beauty_complaint_analysis",
                wizard.ids,
            )
        )
        return html.decode()

    def test_analysis_figures(self):
        wizard = self._wizard(self.manager)
        self.assertEqual(wizard.month, date(2026, 11, 1))
        analysis = wizard._beauty_analysis()
        # 2 about A, 1 about B, 3 of the repeater; the cancelled one left out
        self.assertEqual(analysis["total"], 6)
        [(category, by_severity, total)] = analysis["by_category"]
        self.assertEqual(category, self.category)
        self.assertEqual((by_severity["medium"], by_severity["high"], total), (3, 3, 6))
        self.assertEqual(
            (analysis["acknowledged"], analysis["ack_share"], analysis["ack_hours"]),
            (1, 100.0, 1.0),
        )
        self.assertEqual(
            (
                analysis["resolved"],
                analysis["resolve_share"],
                analysis["resolve_hours"],
            ),
            (1, 100.0, 4.0),
        )
        self.assertEqual(analysis["causes"], [(self.cause, 1)])
        # the test customer's 3 complaints about the staff make her one too
        self.assertEqual(
            set(analysis["repeat"]), {(self.repeater, 3), (self.customer, 3)}
        )
        compensations = analysis["compensations"]
        self.assertEqual((compensations["amount"], compensations["points"]), (5, 50))
        self.assertEqual(
            [(user, rate) for user, _c, _t, rate in analysis["staff"]],
            [(self.beautician_a, 50.0), (self.beautician_b, 12.5)],
        )

    def test_analysis_pdf_of_the_manager(self):
        wizard = self._wizard(self.manager)
        action = wizard.action_print()
        self.assertEqual(
            action["report_name"],
            "beauty_complaints.report_beauty_complaint_analysis",
        )
        html = self._html(wizard)
        self.assertIn("Monthly Complaint Analysis", html)
        self.assertIn("2026-11", html)
        self.assertIn(self.store.name, html)
        self.assertIn(self.cause.complete_name, html)
        self.assertIn("Repeat Guest 回头客", html)
        self.assertIn("Complaints per 100 Treatments", html)
        for figure in ("50.0", "12.5", "100 %", "4.0"):
            self.assertIn(figure, html)
        self.assertNotIn(self.about_b.description, html)
        pdf, report_type = (
            self.env["ir.actions.report"]
            .with_user(self.manager)
            .with_company(self.store)
            .with_context(force_report_rendering=True)
            ._render_qweb_pdf(
                "beauty_complaints.action_report_beauty_complaint_analysis",
                wizard.ids,
            )
        )
        self.assertEqual(report_type, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))

    def test_analysis_of_a_handler_without_names_and_staff_rates(self):
        html = self._html(self._wizard(self.handler))
        self.assertRegex(html, r"Repeat complainers this month: <strong>2</strong>")
        self.assertNotIn("Repeat Guest", html)
        self.assertNotIn(self.customer.name, html)
        self.assertNotIn("Complaints per 100 Treatments", html)
        self.assertNotIn(self.beautician_a.name, html)

    def test_analysis_refused_to_other_roles_and_stores(self):
        for user in (self.beautician_a, self.reception):
            with self.assertRaises(AccessError):
                self._wizard(user)
        # a store the manager does not work in
        with self.assertRaises(AccessError):
            self.env["beauty.complaint.analysis.wizard"].with_user(self.manager).create(
                {"month": date(2026, 11, 1), "company_id": self.branch.id}
            )
