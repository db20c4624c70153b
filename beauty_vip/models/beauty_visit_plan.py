# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from collections import defaultdict
from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models
from odoo.tools import plaintext2html

# how a customer is contacted
HOW = [
    ("visit", "Home Visit"),
    ("phone", "Phone"),
    ("letter", "Letter"),
    ("email", "E-mail"),
    ("sms", "SMS"),
    ("wechat", "WeChat"),
]


class BeautyVisitPlan(models.Model):
    """The visit plan of a tier (seed 004, 第三章: who contacts the customers of
    a class, how and how often, what a visit covers, the greetings they get)."""

    _name = "beauty.visit.plan"
    _description = "Visit Plan"
    _order = "ladder_id, tier_rank desc, id"

    tier_id = fields.Many2one(
        comodel_name="beauty.vip.tier",
        required=True,
        ondelete="cascade",
        index=True,
    )
    tier_rank = fields.Integer(related="tier_id.sequence", store=True)
    ladder_id = fields.Many2one(related="tier_id.ladder_id", store=True, index=True)
    company_id = fields.Many2one(related="tier_id.company_id", store=True, index=True)
    active = fields.Boolean(default=True)
    line_ids = fields.One2many(
        comodel_name="beauty.visit.plan.line",
        inverse_name="plan_id",
        string="Contacts",
        copy=True,
    )
    festival_greetings = fields.Boolean(
        help="The customers of the tier are greeted for the festivals of the "
        "greeting calendar."
    )
    event_greetings = fields.Boolean(
        default=True,
        help="The customers of the tier are told about the salon's important events.",
    )
    greeting_channel = fields.Selection(
        HOW,
        default="letter",
        help="How the greetings of the tier go: a letter or a phone call is an "
        "activity for a person, an e-mail or an SMS is sent from a template.",
    )
    member_count = fields.Integer(related="tier_id.member_count")

    _sql_constraints = [
        ("tier_uniq", "unique(tier_id)", "A tier has one visit plan."),
    ]

    @api.depends("tier_id.name", "ladder_id.name")
    def _compute_display_name(self):
        for plan in self:
            plan.display_name = self.env._(
                "%(ladder)s — %(tier)s",
                ladder=plan.ladder_id.name or "",
                tier=plan.tier_id.name or "",
            )

    # ------------------------------------------------------------ planning

    @api.model
    def _cron_plan_visits(self):
        """Nightly: for every member of a ladder with visit plans and every
        contact of her tier's plan, the next activity for the right person, in
        batches of memberships (``beauty_vip.cron_batch_size``), one committed
        transaction each; the cron runs again while some remain. Each ladder
        keeps where its run stands, so that a run killed midway goes on from its
        last committed batch; an open activity of a contact is never doubled,
        so that a second run changes nothing."""
        today = fields.Date.context_today(self)
        size = self.env["beauty.vip.membership"]._cron_batch_size()
        ladders = (
            self.sudo()
            .search([("line_ids", "!=", False), ("ladder_id.active", "=", True)])
            .ladder_id
        )
        ladders.filtered(lambda ladder: ladder.visit_plan_date != today).write(
            {"visit_plan_date": today, "visit_plan_cursor": 0, "visit_plan_done": False}
        )
        running = ladders.filtered(lambda ladder: not ladder.visit_plan_done)
        done = 0
        if running:
            ladder = running[0]
            members = (
                self.env["beauty.vip.membership"]
                .sudo()
                .search(
                    [
                        ("ladder_id", "=", ladder.id),
                        ("id", ">", ladder.visit_plan_cursor),
                    ],
                    order="id",
                    limit=size,
                )
            )
            self._beauty_visit_plan_members(members, today)
            done = len(members)
            if len(members) < size:
                ladder.write({"visit_plan_cursor": 0, "visit_plan_done": True})
                running -= ladder
            else:
                ladder.visit_plan_cursor = members[-1].id
        remaining = len(running)
        self.env["ir.cron"]._notify_progress(done=done, remaining=remaining)
        if remaining:
            self.env.ref("beauty_vip.ir_cron_visit_plan")._trigger()

    @api.model
    def _beauty_visit_plan_members(self, memberships, today=None):
        """Bring the planned activities of ``memberships`` up to date: the open
        activities of a plan that is no more her tier's are cancelled (with a
        note on the customer), and every contact of her tier's plan without an
        open activity gets one, for the person ``_beauty_visit_assignee`` says,
        due one period after her last visit of that contact, or, the first
        time, on a day of the period that depends on the customer (so that the
        calls of a month do not all fall on its first day)."""
        today = today or fields.Date.context_today(self)
        memberships = memberships.sudo()
        partners = memberships.partner_id
        if not partners:
            return self.env["mail.activity"]
        Activity = self.env["mail.activity"].sudo()
        Line = self.env["beauty.visit.plan.line"].sudo()
        open_activities = Activity.search(
            [
                ("res_model", "=", "res.partner"),
                ("res_id", "in", partners.ids),
                ("beauty_visit_plan_line_id", "!=", False),
                (
                    "beauty_visit_plan_line_id.tier_id.ladder_id",
                    "in",
                    memberships.ladder_id.ids,
                ),
            ]
        )
        tier_of = {(m.partner_id.id, m.ladder_id.id): m.tier_id for m in memberships}
        planned = set()
        stale = Activity
        for activity in open_activities:
            line = activity.beauty_visit_plan_line_id.with_context(active_test=False)
            tier = tier_of.get((activity.res_id, line.tier_id.ladder_id.id))
            if (
                tier != line.tier_id
                or not line.active
                or not line.plan_id.active
                or (tier and tier.company_id != line.company_id)
            ):
                stale |= activity
            else:
                planned.add((activity.res_id, line.id))
        self._beauty_visit_cancel(stale)
        lines = Line.search(
            [
                ("tier_id", "in", memberships.tier_id.ids),
                ("plan_id.active", "=", True),
            ]
        )
        if not lines:
            return Activity
        lines_of = defaultdict(lambda: Line)
        for line in lines:
            lines_of[line.tier_id] |= line
        last_visit = {
            (partner.id, line.id): when
            for partner, line, when in self.env["beauty.visit"]
            .sudo()
            ._read_group(
                [("partner_id", "in", partners.ids), ("plan_line_id", "in", lines.ids)],
                ["partner_id", "plan_line_id"],
                ["date:max"],
            )
        }
        model_id = self.env["ir.model"]._get_id("res.partner")
        values = []
        for membership in memberships:
            partner = membership.partner_id
            if not partner.active or partner.beauty_anonymised:
                continue
            for line in lines_of.get(membership.tier_id, []):
                if (partner.id, line.id) in planned:
                    continue
                user = membership.company_id._beauty_visit_assignee(partner, line)
                if not user:
                    continue
                last = last_visit.get((partner.id, line.id))
                if last:
                    due = max(today, last.date() + line._interval())
                else:
                    due = today + timedelta(days=partner.id % line._period_days())
                values.append(
                    {
                        "res_model_id": model_id,
                        "res_id": partner.id,
                        "activity_type_id": line.activity_type_id.id,
                        "user_id": user.id,
                        "date_deadline": due,
                        "summary": line.display_name,
                        "note": plaintext2html(line.topics or ""),
                        "automated": True,
                        "beauty_visit_plan_line_id": line.id,
                    }
                )
        # planned by the store, not assigned by a colleague: no e-mail each
        return Activity.with_context(mail_activity_quick_update=True).create(values)

    @api.model
    def _beauty_visit_cancel(self, activities):
        """Cancel the planned ``activities`` of a plan that is no more the
        customer's, with a note on each customer."""
        if not activities:
            return
        bodies = defaultdict(list)
        for activity in activities:
            bodies[activity.res_id].append(
                self.env._(
                    "Planned contact cancelled, her visit plan changed: %(contact)s "
                    "(%(user)s, due %(date)s)",
                    contact=activity.summary or activity.activity_type_id.name,
                    user=activity.user_id.name,
                    date=fields.Date.to_string(activity.date_deadline),
                )
            )
        self.env["res.partner"].sudo().browse(list(bodies))._message_log_batch(
            {pid: Markup("<br/>").join(lines) for pid, lines in bodies.items()}
        )
        activities.unlink()
