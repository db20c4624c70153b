# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .beauty_visit_plan import HOW

# who makes a contact: a role of the store (see res.company), the customer's
# beautician, a named person or a sales team
ASSIGNEES = [
    ("store_manager", "Store Manager"),
    ("sales_manager", "Sales Manager"),
    ("outreach_supervisor", "Outreach Supervisor"),
    ("outreach_staff", "Outreach Staff"),
    ("beautician", "Her Beautician"),
    ("user", "A Named Person"),
    ("team", "A Sales Team"),
]


class BeautyVisitPlanLine(models.Model):
    """One recurring contact of a visit plan: who, how, how often, with which
    activity type and what to cover."""

    _name = "beauty.visit.plan.line"
    _description = "Visit Plan Contact"
    _order = "plan_id, sequence, id"

    plan_id = fields.Many2one(
        comodel_name="beauty.visit.plan",
        required=True,
        ondelete="cascade",
        index=True,
    )
    tier_id = fields.Many2one(related="plan_id.tier_id", store=True, index=True)
    company_id = fields.Many2one(related="plan_id.company_id", store=True, index=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    assignee = fields.Selection(ASSIGNEES, string="Who", required=True)
    user_id = fields.Many2one(comodel_name="res.users", string="Person")
    team_id = fields.Many2one(comodel_name="crm.team", string="Sales Team")
    how = fields.Selection(HOW, required=True, default="phone")
    interval_number = fields.Integer(string="Every", required=True, default=1)
    interval_type = fields.Selection(
        [("weeks", "Weeks"), ("months", "Months")],
        string="Period",
        required=True,
        default="months",
    )
    activity_type_id = fields.Many2one(
        comodel_name="mail.activity.type",
        required=True,
        domain="[('res_model', 'in', (False, 'res.partner'))]",
    )
    topics = fields.Text(
        string="What to Cover",
        translate=True,
        default=lambda self: self._default_topics(),
    )

    _sql_constraints = [
        (
            "interval_positive",
            "CHECK(interval_number > 0)",
            "A contact of a visit plan comes back after at least one week or month.",
        ),
    ]

    @api.model
    def _default_topics(self):
        # seed 004, 第三章 第三条: 顾客拜访的内容
        return self.env._(
            "Greet her; hear her suggestions, opinions and latest needs; tell her "
            "about the salon's latest activities and changes."
        )

    @api.constrains("assignee", "user_id", "team_id")
    def _check_assignee(self):
        for line in self:
            if line.assignee == "user" and not line.user_id:
                raise ValidationError(
                    self.env._("Choose the person who makes this contact.")
                )
            if line.assignee == "team" and not line.team_id:
                raise ValidationError(
                    self.env._("Choose the sales team that makes this contact.")
                )

    def _compute_display_name(self):
        assignees = dict(self._fields["assignee"]._description_selection(self.env))
        hows = dict(self._fields["how"]._description_selection(self.env))
        periods = dict(self._fields["interval_type"]._description_selection(self.env))
        for line in self:
            who = (
                line.user_id.name
                if line.assignee == "user"
                else line.team_id.name
                if line.assignee == "team"
                else assignees.get(line.assignee)
            )
            line.display_name = self.env._(
                "%(who)s: %(how)s every %(number)s %(period)s",
                who=who or "",
                how=hows.get(line.how, ""),
                number=line.interval_number,
                period=periods.get(line.interval_type, ""),
            )

    def _interval(self):
        self.ensure_one()
        return relativedelta(**{self.interval_type: self.interval_number})

    def _period_days(self):
        """The length of the line's period in days (a month counts 30), over
        which the first contacts of its customers are spread."""
        self.ensure_one()
        per = 7 if self.interval_type == "weeks" else 30
        return max(self.interval_number * per, 1)
