# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import html2plaintext, plaintext2html

from .beauty_visit_plan import HOW

OUTCOMES = [
    ("reached", "Reached"),
    ("not_reached", "Not Reached"),
    ("refused", "Refused"),
    ("rescheduled", "Rescheduled"),
]


class BeautyVisit(models.Model):
    """One contact with a customer (客户拜访档案记录): who, when, how, who
    accompanied (主管陪同), what came out of it and what comes next. Never a
    part of her file: sales and outreach read and write it."""

    _name = "beauty.visit"
    _description = "Customer Visit"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"

    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Customer",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Visited By",
        required=True,
        index=True,
        default=lambda self: self.env.user,
        tracking=True,
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Store",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    date = fields.Datetime(
        required=True, default=fields.Datetime.now, index=True, tracking=True
    )
    how = fields.Selection(HOW, required=True, default="phone", tracking=True)
    accompanied_user_ids = fields.Many2many(
        comodel_name="res.users",
        relation="beauty_visit_accompanied_rel",
        column1="visit_id",
        column2="user_id",
        string="Accompanied By",
        help="The supervisor or manager who came along (主管陪同).",
    )
    outcome = fields.Selection(
        OUTCOMES, required=True, default="reached", tracking=True
    )
    feedback = fields.Text(help="Her suggestions and opinions.")
    needs = fields.Text(string="Her Needs", help="Her latest needs.")
    next_step = fields.Char()
    next_date = fields.Date(string="Next Step On")
    duration = fields.Float(string="Duration (Hours)")
    plan_line_id = fields.Many2one(
        comodel_name="beauty.visit.plan.line",
        string="Visit Plan Contact",
        index="btree_not_null",
        ondelete="set null",
    )
    tier_id = fields.Many2one(
        related="plan_line_id.tier_id", store=True, string="Class"
    )
    treatment_id = fields.Many2one(
        comodel_name="beauty.treatment",
        string="After the Treatment",
        index="btree_not_null",
        ondelete="set null",
        groups="beauty_dossier.group_beauty_beautician,beauty_dossier.group_beauty_archivist",
    )
    lead_id = fields.Many2one(
        comodel_name="crm.lead",
        string="Lead / Opportunity",
        index="btree_not_null",
        ondelete="set null",
    )
    activity_id = fields.Many2one(
        comodel_name="mail.activity",
        string="Planned Activity",
        ondelete="set null",
        copy=False,
        help="The planned activity this visit marks done.",
    )

    _sql_constraints = [
        (
            "duration_positive",
            "CHECK(duration >= 0)",
            "The duration of a visit cannot be negative.",
        ),
    ]

    def _compute_display_name(self):
        hows = dict(self._fields["how"]._description_selection(self.env))
        for visit in self:
            visit.display_name = self.env._(
                "%(how)s: %(customer)s",
                how=hows.get(visit.how, ""),
                customer=visit.partner_id.name or "",
            )

    # ------------------------------------------------------------ logging

    @api.model
    def _values_from_activity(self, activity, feedback=False):
        """The defaults of the visit that marks ``activity`` done."""
        activity = activity.sudo()
        partner = lead = False
        if activity.res_model == "res.partner":
            partner = activity.res_id
        elif activity.res_model == "crm.lead":
            lead = self.env["crm.lead"].sudo().browse(activity.res_id)
            partner = lead.partner_id.id
        line = activity.beauty_visit_plan_line_id
        return {
            "activity_id": activity.id,
            "partner_id": partner,
            "lead_id": lead and lead.id,
            "plan_line_id": line.id,
            "how": line.how or activity.activity_type_id.beauty_visit_how or "phone",
            "feedback": html2plaintext(feedback) if feedback else False,
        }

    @api.model
    def _action_log_form(self, values):
        """The visit form, in a dialog, with ``values`` as its defaults."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Log a Visit"),
            "res_model": "beauty.visit",
            "view_mode": "form",
            "views": [(self.env.ref("beauty_vip.beauty_visit_view_form").id, "form")],
            "target": "new",
            "context": {
                f"default_{name}": value for name, value in values.items() if value
            },
        }

    @api.model_create_multi
    def create(self, vals_list):
        visits = super().create(vals_list)
        visits._check_activity()
        visits._close_activity()
        visits._post_on_customer()
        visits._schedule_next_step()
        return visits

    def _check_activity(self):
        for visit in self.filtered("activity_id"):
            activity = visit.activity_id
            if not activity.active:
                raise UserError(self.env._("This activity is already done."))
            if activity.user_id != self.env.user and not self.env.su:
                # only its assignee (or a manager of the store) marks it done
                activity.check_access("write")
            if activity.res_model == "res.partner" and (
                activity.res_id != visit.partner_id.id
            ):
                raise UserError(
                    self.env._("The visit of an activity is with that customer.")
                )

    def _summary(self):
        self.ensure_one()
        outcomes = dict(self._fields["outcome"]._description_selection(self.env))
        hows = dict(self._fields["how"]._description_selection(self.env))
        parts = [
            self.env._(
                "%(how)s by %(user)s: %(outcome)s",
                how=hows[self.how],
                user=self.user_id.name,
                outcome=outcomes[self.outcome],
            )
        ]
        if self.accompanied_user_ids:
            parts.append(
                self.env._(
                    "Accompanied by %(users)s",
                    users=", ".join(self.accompanied_user_ids.mapped("name")),
                )
            )
        if self.feedback:
            parts.append(self.env._("Feedback: %(text)s", text=self.feedback))
        if self.needs:
            parts.append(self.env._("Needs: %(text)s", text=self.needs))
        if self.next_step:
            parts.append(
                self.env._(
                    "Next: %(step)s %(date)s",
                    step=self.next_step,
                    date=fields.Date.to_string(self.next_date) or "",
                )
            )
        return parts

    def _close_activity(self):
        """The planned activity of each visit is done, with the visit as its
        feedback (the customer's chatter shows it)."""
        for visit in self.filtered("activity_id"):
            activity = visit.activity_id
            feedback = Markup("<br/>").join(visit._summary())
            visit.activity_id = False
            # the activity's done message goes on the customer's chatter, which
            # the salesperson may not write: Odoo posts it as superuser too
            activity._action_done(feedback=feedback)

    def _post_on_customer(self):
        # logged on the customer (a note, no notification); customers are
        # read-only for sales users, the note is theirs
        for visit in self:
            visit.partner_id.sudo().with_context(
                mail_create_nosubscribe=True
            )._message_log(
                body=Markup("<br/>").join(visit._summary()),
                author_id=self.env.user.partner_id.id,
            )

    def _schedule_next_step(self):
        """The next step of each visit, as an activity for the one who made it,
        on the lead when the visit belongs to one, else on the customer."""
        todo = self.filtered(lambda v: v.next_date)
        if not todo:
            return
        call = self.env.ref("beauty_vip.mail_activity_type_customer_call")
        values = []
        for visit in todo:
            record = visit.lead_id or visit.partner_id
            activity_type = visit.plan_line_id.activity_type_id or call
            values.append(
                {
                    "res_model_id": self.env["ir.model"]._get_id(record._name),
                    "res_id": record.id,
                    "activity_type_id": activity_type.id,
                    "user_id": visit.user_id.id,
                    "date_deadline": visit.next_date,
                    "summary": visit.next_step
                    or self.env._(
                        "Follow-up of the visit of %(date)s", date=visit.date
                    ),
                    "note": plaintext2html(visit.needs or ""),
                }
            )
        # sudo: a customer is read-only for sales users, and Odoo asks write
        # access on a record to plan an activity on it; the assignee is set
        self.env["mail.activity"].sudo().with_context(
            mail_activity_quick_update=True
        ).create(values)
