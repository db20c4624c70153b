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

    customer_count = fields.Integer(
        string="Paying Customers", compute="_compute_pareto"
    )
    top_customer_count = fields.Integer(
        string="Top 20 % of Customers", compute="_compute_pareto"
    )
    top_revenue_share = fields.Float(
        string="Their Share of the Revenue (%)",
        compute="_compute_pareto",
        help="The 20/80 analysis: what share of what the customers paid in the last "
        "12 months the best-paying 20 % of them brought.",
    )
    revenue_12m = fields.Monetary(
        string="Paid in 12 Months",
        compute="_compute_pareto",
        currency_field="currency_id",
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

    def _member_cards(self):
        self.ensure_one()
        return (
            self.env["loyalty.card"]
            .sudo()
            .search([("program_id", "=", self.program_id.id), ("points", ">", 0)])
        )

    def _expire_points(self, renewal):
        """The points earned up to ``renewal`` expire (seed: 积分有效期至12月31日);
        each card's history says so."""
        self.ensure_one()
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

    @api.model
    def _cron_points_reminder(self):
        """Tell the customers, by e-mail and SMS, that their points expire soon
        (``expiry_reminder_days`` before the renewal, once a year)."""
        today = fields.Date.context_today(self)
        mail_template = self.env.ref(
            "beauty_vip.mail_template_points_expiry", raise_if_not_found=False
        )
        sms_template = self.env.ref(
            "beauty_vip.sms_template_points_expiry", raise_if_not_found=False
        )
        for ladder in self.sudo().search(
            [("points_expire", "=", True), ("program_id", "!=", False)]
        ):
            renewal = ladder._next_renewal(today)
            remind_on = renewal - relativedelta(days=ladder.expiry_reminder_days)
            if today < remind_on or (
                ladder.last_reminder_date and ladder.last_reminder_date >= remind_on
            ):
                continue
            cards = ladder._member_cards().filtered("partner_id")
            if mail_template:
                mail_template.send_mail_batch(cards.filtered("partner_id.email").ids)
            if sms_template:
                cards.filtered(
                    lambda c: c.partner_id.mobile or c.partner_id.phone
                )._message_sms_with_template(template=sms_template, put_in_queue=True)
            ladder.last_reminder_date = today

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
