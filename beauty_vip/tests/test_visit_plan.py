# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The visit plans of the service classes: planning, re-planning, logging."""

from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, TransactionCase, tagged

from odoo.addons.mail.tests.common import mail_new_test_user


class VisitCommon:
    @classmethod
    def _setup_visits(cls):
        env = cls.env
        cls.staff1 = mail_new_test_user(
            env, login="test_visit_staff1", groups="beauty_vip.group_beauty_outreach"
        )
        cls.staff2 = mail_new_test_user(
            env, login="test_visit_staff2", groups="beauty_vip.group_beauty_outreach"
        )
        cls.supervisor = mail_new_test_user(
            env,
            login="test_visit_supervisor",
            groups="beauty_vip.group_beauty_outreach_supervisor",
        )
        cls.sales_manager = mail_new_test_user(
            env,
            login="test_visit_sales_manager",
            groups="beauty_vip.group_beauty_sales_manager",
        )
        cls.store_manager = mail_new_test_user(
            env,
            login="test_visit_store_manager",
            groups="base.group_user,beauty_dossier.group_beauty_manager",
        )
        cls.team = env["crm.team"].create(
            {
                "name": "Test Outreach",
                "member_ids": [(6, 0, (cls.staff1 | cls.staff2).ids)],
            }
        )
        cls.company = env.ref("base.main_company")
        cls.company.write(
            {
                "beauty_visit_store_manager_id": cls.store_manager.id,
                "beauty_visit_sales_manager_id": cls.sales_manager.id,
                "beauty_visit_outreach_supervisor_id": cls.supervisor.id,
                "beauty_visit_outreach_staff_id": False,
                "beauty_visit_outreach_staff_team_id": cls.team.id,
            }
        )
        cls.class_a = env.ref("beauty_vip.tier_class_a")
        cls.class_b = env.ref("beauty_vip.tier_class_b")
        cls.class_e = env.ref("beauty_vip.tier_class_e")
        cls.line_e = env.ref("beauty_vip.visit_plan_line_e_call")
        cls.line_b = env.ref("beauty_vip.visit_plan_line_b_call")
        cls.customers = env["res.partner"].create(
            [{"name": f"Visit Customer {i} 顾客"} for i in range(6)]
        )
        Membership = env["beauty.vip.membership"]
        cls.members = Membership.browse()
        for customer in cls.customers:
            cls.members |= Membership._place(customer, cls.class_e, "Test class", None)

    def _planned(self, partners=None):
        return (
            self.env["mail.activity"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "res.partner"),
                    ("res_id", "in", (partners or self.customers).ids),
                    ("beauty_visit_plan_line_id", "!=", False),
                ]
            )
        )


@tagged("post_install", "-at_install")
class TestVisitPlan(VisitCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_visits()

    def test_seed_plans_and_calendar(self):
        plan_a = self.env.ref("beauty_vip.visit_plan_class_a")
        self.assertEqual(
            sorted(
                (line.assignee, line.how, line.interval_number)
                for line in plan_a.line_ids
            ),
            [("sales_manager", "visit", 1), ("store_manager", "visit", 2)],
        )
        self.assertTrue(plan_a.festival_greetings)
        self.assertIn("latest needs", plan_a.line_ids[0].topics)
        Occasion = self.env["beauty.greeting.occasion"]
        days = Occasion._occasions_between(
            fields.Date.to_date("2027-01-01"), fields.Date.to_date("2027-12-31")
        )
        by_code = {occasion.code: day for occasion, day in days}
        self.assertEqual(by_code["spring_festival"], fields.Date.to_date("2027-02-06"))
        self.assertEqual(by_code["mid_autumn"], fields.Date.to_date("2027-09-15"))
        self.assertEqual(by_code["womens_day"], fields.Date.to_date("2027-03-08"))
        self.assertEqual(by_code["national_day"], fields.Date.to_date("2027-10-01"))
        self.assertEqual(by_code["mothers_day"], fields.Date.to_date("2027-05-09"))
        self.assertEqual(len(by_code), 10)

    def test_planning_is_idempotent_and_spread(self):
        planned = self._planned()
        self.assertEqual(len(planned), 6, "one call per customer of class E")
        self.assertEqual(planned.beauty_visit_plan_line_id, self.line_e)
        # the outreach team shares them, each customer with the same one
        self.assertEqual(planned.user_id, self.staff1 | self.staff2)
        today = fields.Date.context_today(self.env["beauty.visit.plan"])
        for activity in planned:
            offset = (activity.date_deadline - today).days
            self.assertEqual(offset, activity.res_id % 30, "spread over the month")
        self.assertGreater(len(set(planned.mapped("date_deadline"))), 1)
        self.env["beauty.visit.plan"]._cron_plan_visits()
        self.env["beauty.visit.plan"]._cron_plan_visits()
        self.env["beauty.visit.plan"]._beauty_visit_plan_members(self.members)
        self.assertEqual(self._planned(), planned, "a second run plans nothing")
        customer = self.customers[0]
        self.assertEqual(
            self.company._beauty_visit_assignee(customer, self.line_e),
            planned.filtered(lambda a: a.res_id == customer.id).user_id,
        )

    def test_tier_change_replans(self):
        customer = self.customers[0]
        old = self._planned(customer)
        self.assertEqual(old.beauty_visit_plan_line_id, self.line_e)
        self.env["beauty.vip.membership"]._place(
            customer, self.class_a, "Became class A", None
        )
        self.assertFalse(old.exists(), "the old plan's contact is cancelled")
        new = self._planned(customer)
        self.assertEqual(
            new.beauty_visit_plan_line_id,
            self.env.ref("beauty_vip.visit_plan_line_a_store_manager")
            | self.env.ref("beauty_vip.visit_plan_line_a_sales_manager"),
        )
        self.assertEqual(new.user_id, self.store_manager | self.sales_manager)
        notes = customer.message_ids.filtered(lambda m: "cancelled" in (m.body or ""))
        self.assertTrue(notes, "a note says so on the customer")

    def test_visit_from_done_activity(self):
        activity = self._planned(self.customers[1])
        user = activity.user_id
        action = activity.with_user(user).action_feedback_schedule_next(
            feedback="<p>Called</p>"
        )
        self.assertEqual(action["res_model"], "beauty.visit")
        self.assertTrue(activity.exists(), "not done before the visit is saved")
        context = action["context"]
        Visit = self.env["beauty.visit"].with_user(user).with_context(**context)
        visit = Visit.create(
            {
                "outcome": "reached",
                "accompanied_user_ids": [(6, 0, self.supervisor.ids)],
                "needs": "A mask course",
                "next_step": "Send the offer",
                "next_date": fields.Date.today() + timedelta(days=3),
            }
        )
        self.assertEqual(visit.partner_id, self.customers[1])
        self.assertEqual(visit.plan_line_id, self.line_e)
        self.assertEqual(visit.how, "phone")
        self.assertEqual(visit.feedback.strip(), "Called")
        self.assertFalse(activity.exists(), "the activity is done")
        follow_up = (
            self.env["mail.activity"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "res.partner"),
                    ("res_id", "=", self.customers[1].id),
                    ("summary", "=", "Send the offer"),
                ]
            )
        )
        self.assertEqual(follow_up.user_id, user)
        self.assertIn("Accompanied by", self.customers[1].message_ids[0].body)
        # the next planned call comes a month after the visit
        self.env["beauty.visit.plan"]._beauty_visit_plan_members(self.members[1])
        nxt = self._planned(self.customers[1])
        self.assertEqual(len(nxt), 1)
        self.assertEqual(nxt.date_deadline, visit.date.date() + self.line_e._interval())
        # the visit was written by the salesperson; her file is never touched
        self.assertFalse(self.customers[1].sudo().beauty_dossier_ids)

    def test_visit_from_lead(self):
        lead = self.env["crm.lead"].create(
            {
                "name": "Lifting course",
                "partner_id": self.customers[2].id,
                "user_id": self.staff1.id,
                "type": "opportunity",
            }
        )
        action = lead.with_user(self.staff1).action_beauty_log_visit()
        visit = (
            self.env["beauty.visit"]
            .with_user(self.staff1)
            .with_context(**action["context"])
            .create({"how": "visit", "outcome": "reached", "duration": 1})
        )
        self.assertEqual(visit.lead_id, lead)
        self.assertEqual(visit.partner_id, self.customers[2])
        self.assertEqual(lead.with_user(self.staff1).beauty_visit_count, 1)
        with self.assertRaises(UserError):
            self.env["crm.lead"].create({"name": "No customer"}).with_user(
                self.staff1
            ).action_beauty_log_visit()

    def test_who_sees_what(self):
        Visit = self.env["beauty.visit"]
        mine = Visit.with_user(self.staff1).create(
            {"partner_id": self.customers[3].id, "how": "phone"}
        )
        theirs = Visit.with_user(self.staff2).create(
            {
                "partner_id": self.customers[4].id,
                "how": "visit",
                "accompanied_user_ids": [(6, 0, self.supervisor.ids)],
            }
        )
        both = mine | theirs
        self.assertEqual(
            Visit.with_user(self.staff1).search([("id", "in", both.ids)]), mine
        )
        for user in (self.supervisor, self.sales_manager, self.store_manager):
            self.assertEqual(
                Visit.with_user(user).search([("id", "in", both.ids)]), both, user.login
            )
        with self.assertRaises(AccessError):
            theirs.with_user(self.staff1).write({"feedback": "not mine"})
        with self.assertRaises(AccessError):
            mine.with_user(self.supervisor).write({"feedback": "not mine"})
        # planned contacts: her own only; the managers the store's
        planned = self._planned()
        Activity = self.env["mail.activity"]
        own = Activity.with_user(self.staff1).search([("id", "in", planned.ids)])
        self.assertEqual(own, planned.filtered(lambda a: a.user_id == self.staff1))
        # nor the visit form of a colleague's planned contact
        other = planned.filtered(lambda a: a.user_id != self.staff1)[:1]
        self.assertTrue(other, "the plan gives her colleagues contacts too")
        with self.assertRaises(AccessError):
            other.with_user(self.staff1).action_beauty_log_visit()
        self.assertEqual(
            Activity.with_user(self.sales_manager).search([("id", "in", planned.ids)]),
            planned,
        )
        # the sales side reads the customer's tier, never her file
        self.assertEqual(self.members[3].with_user(self.staff1).tier_id, self.class_e)
        with self.assertRaises(AccessError):
            self.env["beauty.dossier"].with_user(self.staff1).search([])
        # plans: the sales manager configures, the staff read
        plan = self.env.ref("beauty_vip.visit_plan_class_e")
        with self.assertRaises(AccessError):
            plan.with_user(self.staff1).write({"festival_greetings": True})
        plan.with_user(self.sales_manager).write({"festival_greetings": True})
        self.assertTrue(plan.festival_greetings)

    def test_other_store_sees_nothing(self):
        other = self.env["res.company"].create({"name": "Other Store 分店"})
        stranger = mail_new_test_user(
            self.env,
            login="test_visit_stranger",
            groups="beauty_vip.group_beauty_sales_manager",
            company_id=other.id,
            company_ids=[(6, 0, other.ids)],
        )
        visit = self.env["beauty.visit"].create(
            {"partner_id": self.customers[5].id, "user_id": self.staff1.id}
        )
        self.assertFalse(
            self.env["beauty.visit"].with_user(stranger).search([("id", "=", visit.id)])
        )
        self.assertFalse(self.env["beauty.visit.plan"].with_user(stranger).search([]))


@tagged("post_install", "-at_install")
class TestVisitRpc(VisitCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_visits()

    def _call(self, model, method, args, **kwargs):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs},
        )

    def test_rpc_staff_logs_her_planned_call(self):
        activity = self._planned(self.customers[0])
        user = activity.user_id
        self.authenticate(user.login, user.login)
        action = self._call(
            "mail.activity", "action_feedback_schedule_next", [activity.ids]
        )
        self.assertEqual(action["res_model"], "beauty.visit")
        visit_id = self._call(
            "beauty.visit",
            "create",
            [{"outcome": "not_reached"}],
            context=action["context"],
        )
        visit = self.env["beauty.visit"].browse(visit_id)
        self.assertEqual(visit.user_id, user)
        self.assertEqual(visit.partner_id, self.customers[0])
        self.assertFalse(activity.exists())
        # she reads her own visits and activities, not the others'
        other = (self.staff1 | self.staff2) - user
        theirs = self.env["beauty.visit"].create(
            {"partner_id": self.customers[1].id, "user_id": other.id}
        )
        rows = self._call(
            "beauty.visit",
            "search_read",
            [[("id", "in", (visit | theirs).ids)], ["partner_id"]],
        )
        self.assertEqual([row["id"] for row in rows], visit.ids)
        others = self._planned().filtered(lambda a: a.user_id == other)
        self.assertTrue(others)
        rows = self._call(
            "mail.activity", "search_read", [[("id", "in", others.ids)], ["id"]]
        )
        self.assertEqual(rows, [])
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call("beauty.dossier", "search_read", [[], ["name"]])
