# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import SQL


class BeautyVipLadder(models.Model):
    """A ladder of tiers a customer climbs by what she pays and how often she
    comes (the VIP cards, the service classes A–E...). Everything is data."""

    _name = "beauty.vip.ladder"
    _description = "VIP Tier Ladder"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Store",
        required=True,
        default=lambda self: self.env.company,
    )
    tier_ids = fields.One2many(
        comodel_name="beauty.vip.tier", inverse_name="ladder_id", string="Tiers"
    )
    is_main = fields.Boolean(
        string="Shown as the Customer's Tier",
        help="The tier of this ladder is the one shown on the customer, at the POS "
        "and on her card.",
    )
    program_id = fields.Many2one(
        comodel_name="loyalty.program",
        string="Points Program",
        domain="[('program_type', '=', 'loyalty')]",
        help="Members of this ladder get a card of this loyalty program; their "
        "points are computed on the server from what they actually paid.",
    )
    renewal_month = fields.Integer(
        default=12, help="Month of the yearly renewal, when downgrades happen."
    )
    renewal_day = fields.Integer(default=31)
    last_renewal_date = fields.Date(
        readonly=True, help="The last renewal this ladder went through."
    )
    points_expire = fields.Boolean(
        string="Points Expire at Renewal",
        default=True,
        help="Points earned in a year expire at the renewal date.",
    )
    expiry_reminder_days = fields.Integer(
        string="Remind Days Before Expiry", default=30
    )
    last_reminder_date = fields.Date(readonly=True)
    # where the nightly run and the reminders stand: they work in batches, one
    # committed transaction each, and a run killed midway goes on from here
    evaluation_date = fields.Date(
        readonly=True,
        copy=False,
        help="The day of the evaluation in progress, or of the last one.",
    )
    evaluation_step = fields.Selection(
        [
            ("expire", "Expiring the Points"),
            ("evaluate", "Evaluating the Customers"),
            ("done", "Done"),
        ],
        readonly=True,
        copy=False,
        default="done",
        required=True,
    )
    evaluation_cursor = fields.Integer(
        readonly=True,
        copy=False,
        help="The last card (expiry) or customer (evaluation) the run in progress "
        "went through.",
    )
    reminder_cursor = fields.Integer(
        readonly=True,
        copy=False,
        help="The last card the reminders in progress went through.",
    )
    # where the nightly visit planning stands (see beauty.visit.plan)
    visit_plan_date = fields.Date(
        readonly=True, copy=False, help="The day of the visit planning in progress."
    )
    visit_plan_cursor = fields.Integer(
        readonly=True,
        copy=False,
        help="The last membership the visit planning in progress went through.",
    )
    visit_plan_done = fields.Boolean(readonly=True, copy=False, default=True)
    birthday_window = fields.Selection(
        [
            ("day", "On the Birthday"),
            ("week", "In the Birthday Week"),
            ("month", "In the Birthday Month"),
        ],
        string="Birthday Benefit",
        default="day",
        required=True,
        help="When the tier's birthday discount is offered, once a year.",
    )

    # the store's spend figures, for the store manager (as the customers' ones)
    customer_count = fields.Integer(
        string="Paying Customers",
        compute="_compute_pareto",
        groups="beauty_dossier.group_beauty_manager",
    )
    top_customer_count = fields.Integer(
        string="Top 20 % of Customers",
        compute="_compute_pareto",
        groups="beauty_dossier.group_beauty_manager",
    )
    top_revenue_share = fields.Float(
        string="Their Share of the Revenue (%)",
        compute="_compute_pareto",
        groups="beauty_dossier.group_beauty_manager",
        help="The 20/80 analysis: what share of what the customers paid in the last "
        "12 months the best-paying 20 % of them brought.",
    )
    revenue_12m = fields.Monetary(
        string="Paid in 12 Months",
        compute="_compute_pareto",
        currency_field="currency_id",
        groups="beauty_dossier.group_beauty_manager",
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    _sql_constraints = [
        (
            "renewal_month_range",
            "CHECK(renewal_month BETWEEN 1 AND 12)",
            "The renewal month is between 1 and 12.",
        ),
        (
            "renewal_day_range",
            "CHECK(renewal_day BETWEEN 1 AND 31)",
            "The renewal day is between 1 and 31.",
        ),
    ]

    @api.constrains("is_main", "company_id", "active")
    def _check_one_main(self):
        for company in self.filtered("is_main").company_id:
            if (
                self.search_count(
                    [("is_main", "=", True), ("company_id", "=", company.id)]
                )
                > 1
            ):
                raise ValidationError(
                    self.env._("A store shows one ladder as the customer's tier.")
                )

    @api.constrains("program_id")
    def _check_program(self):
        for ladder in self.filtered("program_id"):
            if ladder.program_id.program_type != "loyalty":
                raise ValidationError(
                    self.env._("The points program of a ladder is a loyalty program.")
                )

    def unlink(self):
        # the tiers through the ORM (not the database's cascade), so that their
        # pricelists are archived with them
        self.tier_ids.unlink()
        return super().unlink()

    def _renewal_date(self, year):
        """The renewal date of ``year`` (the last day of the month when the day
        does not exist, e.g. 31 February)."""
        self.ensure_one()
        first = date(year, self.renewal_month, 1)
        last_day = (first + relativedelta(months=1, days=-1)).day
        return first.replace(day=min(self.renewal_day, last_day))

    def _next_renewal(self, today):
        """The first renewal date on or after ``today``."""
        renewal = self._renewal_date(today.year)
        return renewal if renewal >= today else self._renewal_date(today.year + 1)

    def _due_renewal(self, today):
        """The renewal date this ladder has to go through today, if any: the
        latest renewal date strictly before today not yet processed."""
        self.ensure_one()
        renewal = self._renewal_date(today.year)
        if renewal >= today:
            renewal = self._renewal_date(today.year - 1)
        if self.last_renewal_date and self.last_renewal_date >= renewal:
            return False
        return renewal

    # ------------------------------------------------------------ points

    def _member_cards(self, after=0, limit=None):
        """The cards of the ladder's program holding points, by id, after the
        card ``after`` (a batch of ``limit`` of them)."""
        self.ensure_one()
        return (
            self.env["loyalty.card"]
            .sudo()
            .search(
                [
                    ("program_id", "=", self.program_id.id),
                    ("points", ">", 0),
                    ("id", ">", after),
                ],
                order="id",
                limit=limit,
            )
        )

    def _expire_points(self, renewal, cards=None):
        """The points earned up to ``renewal`` expire (seed: 积分有效期至12月31日)
        on ``cards`` (every card of the program by default); each card's history
        says so."""
        self.ensure_one()
        if cards is None:
            cards = self._member_cards()
        if not cards:
            return
        description = self.env._(
            "Points of the year ending %(date)s expired (points are valid for one "
            "year, until the renewal date).",
            date=fields.Date.to_string(renewal),
        )
        self.env["loyalty.history"].sudo().create(
            [
                {"card_id": card.id, "description": description, "used": card.points}
                for card in cards
            ]
        )
        cards.write({"points": 0})

    # ------------------------------------------------ nightly run, batches

    def _start_evaluation(self, today):
        """Start the run of ``today``: the points expire first when a renewal is
        due, then the customers are evaluated."""
        for ladder in self:
            expire = (
                ladder._due_renewal(today)
                and ladder.points_expire
                and ladder.program_id
            )
            ladder.write(
                {
                    "evaluation_date": today,
                    "evaluation_step": "expire" if expire else "evaluate",
                    "evaluation_cursor": 0,
                }
            )

    def _evaluation_reason(self):
        """Why the run in progress changes tiers: the renewal (downgrades too)
        until it is through, else the rolling windows."""
        self.ensure_one()
        return "renewal" if self._due_renewal(self.evaluation_date) else "nightly"

    def _expire_points_batch(self, size):
        """Expire the points of the next ``size`` cards of the run in progress;
        the last batch hands over to the evaluation. Returns the cards done."""
        self.ensure_one()
        cards = self._member_cards(after=self.evaluation_cursor, limit=size)
        self._expire_points(self._due_renewal(self.evaluation_date), cards)
        if len(cards) < size:
            self.write({"evaluation_step": "evaluate", "evaluation_cursor": 0})
        else:
            self.evaluation_cursor = cards[-1].id
        return len(cards)

    def _finish_evaluation(self):
        """The run is through: a due renewal is done, the memberships hold until
        the next one."""
        Membership = self.env["beauty.vip.membership"].sudo()
        for ladder in self:
            renewal = ladder._due_renewal(ladder.evaluation_date)
            if renewal:
                ladder.last_renewal_date = renewal
                Membership.flush_model()
                self.env.cr.execute(
                    SQL(
                        "UPDATE beauty_vip_membership SET until = %s "
                        "WHERE ladder_id = %s",
                        ladder._next_renewal(ladder.evaluation_date),
                        ladder.id,
                    )
                )
                Membership.invalidate_model(["until"])
            ladder.write({"evaluation_step": "done", "evaluation_cursor": 0})

    # ------------------------------------------------------- reminders

    def _reminder_due(self, today):
        """Whether the reminders of this year are due today and not through."""
        self.ensure_one()
        remind_on = self._next_renewal(today) - relativedelta(
            days=self.expiry_reminder_days
        )
        return today >= remind_on and not (
            self.last_reminder_date and self.last_reminder_date >= remind_on
        )

    def _send_reminders(self, cards):
        """Tell the holders of ``cards`` by e-mail and SMS when their points
        expire."""
        mail_template = self.env.ref(
            "beauty_vip.mail_template_points_expiry", raise_if_not_found=False
        )
        sms_template = self.env.ref(
            "beauty_vip.sms_template_points_expiry", raise_if_not_found=False
        )
        cards = cards.filtered("partner_id")
        by_mail = cards.filtered("partner_id.email")
        if mail_template and by_mail:
            mail_template.send_mail_batch(by_mail.ids)
        by_sms = cards.filtered(lambda c: c.partner_id.mobile or c.partner_id.phone)
        if sms_template and by_sms:
            by_sms._message_sms_with_template(template=sms_template, put_in_queue=True)

    @api.model
    def _cron_points_reminder(self):
        """Tell the customers, by e-mail and SMS, that their points expire soon
        (``expiry_reminder_days`` before the renewal, once a year), one batch of
        cards per call, each card once; the cron runs again while some remain."""
        today = fields.Date.context_today(self)
        size = self.env["beauty.vip.membership"]._cron_batch_size()
        ladders = (
            self.sudo()
            .search([("points_expire", "=", True), ("program_id", "!=", False)])
            .filtered(lambda ladder: ladder._reminder_due(today))
        )
        done = 0
        if ladders:
            ladder = ladders[0]
            cards = ladder._member_cards(after=ladder.reminder_cursor, limit=size)
            ladder._send_reminders(cards)
            done = len(cards)
            if len(cards) < size:
                ladder.write({"last_reminder_date": today, "reminder_cursor": 0})
                ladders -= ladder
            else:
                ladder.reminder_cursor = cards[-1].id
        # the ladders left count one batch each: enough for the cron to go on
        remaining = len(ladders)
        self.env["ir.cron"]._notify_progress(done=done, remaining=remaining)
        if remaining:
            self.env.ref("beauty_vip.ir_cron_vip_points_reminder")._trigger()

    def _birthday_in_window(self, birthday, today):
        """Whether ``today`` falls in the birthday window of ``birthday`` (29
        February counts as 28 February in a common year)."""
        self.ensure_one()
        if not birthday:
            return False
        try:
            this_year = birthday.replace(year=today.year)
        except ValueError:
            this_year = date(today.year, 2, 28)
        if self.birthday_window == "day":
            return this_year == today
        if self.birthday_window == "week":
            return this_year.isocalendar()[:2] == today.isocalendar()[:2]
        return this_year.month == today.month

    # ------------------------------------------------------------- 20/80

    def _compute_pareto(self):
        """The 20/80 analysis of the store over the last 12 months, in one query
        over what each customer actually paid."""
        Membership = self.env["beauty.vip.membership"].sudo()
        Membership._flush_paid()
        today = fields.Date.context_today(self)
        for company, ladders in self.grouped("company_id").items():
            self.env.cr.execute(
                SQL(
                    """
                    WITH paid AS (%s), ranked AS (
                        SELECT paid_12m,
                               ROW_NUMBER() OVER (ORDER BY paid_12m DESC) AS rank,
                               COUNT(*) OVER () AS total
                          FROM paid WHERE paid_12m > 0)
                    SELECT COALESCE(MAX(total), 0),
                           COALESCE(SUM(paid_12m), 0),
                           COALESCE(SUM(paid_12m) FILTER (
                               WHERE rank <= CEIL(total * 0.2)), 0),
                           COUNT(*) FILTER (WHERE rank <= CEIL(total * 0.2))
                      FROM ranked
                    """,
                    Membership._stats_query(company, today),
                )
            )
            total, revenue, top_revenue, top_count = self.env.cr.fetchone()
            for ladder in ladders:
                ladder.customer_count = total
                ladder.revenue_12m = revenue
                ladder.top_customer_count = top_count
                ladder.top_revenue_share = (
                    100.0 * float(top_revenue) / float(revenue) if revenue else 0.0
                )
