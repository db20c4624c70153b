# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models

from .beauty_dossier_mixin import SATISFACTION


class BeautyProcedureFollowup(models.Model):
    """A post-operative follow-up visit: recovery and satisfaction."""

    _name = "beauty.procedure.followup"
    _description = "Procedure Follow-up"
    _order = "planned_date, id"

    procedure_id = fields.Many2one(
        comodel_name="beauty.procedure",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="procedure_id.company_id", store=True)
    partner_id = fields.Many2one(related="procedure_id.partner_id", string="Customer")
    planned_date = fields.Date(required=True)
    days_after = fields.Integer(
        string="Days After the Operation", help="When the visit is planned."
    )
    activity_id = fields.Many2one(
        comodel_name="mail.activity",
        ondelete="set null",
        copy=False,
        help="The doctor's activity of this visit, marked as done when the visit "
        "is recorded.",
    )
    visit_date = fields.Date()
    recovery = fields.Selection(
        [
            ("good", "Good"),
            ("normal", "As Expected"),
            ("slow", "Slow"),
            ("complication", "Complication"),
        ]
    )
    satisfaction = fields.Selection(SATISFACTION)
    notes = fields.Text()

    def _activity_summary(self):
        """The title of the follow-up's activity: "Follow-up D+1", "Week 1"…"""
        self.ensure_one()
        days = self.days_after
        if not days:
            return self.env._("Follow-up of %(date)s", date=self.planned_date)
        if days % 30 == 0:
            return self.env._("Follow-up Month %(months)s", months=days // 30)
        if days % 7 == 0:
            return self.env._("Follow-up Week %(weeks)s", weeks=days // 7)
        return self.env._("Follow-up D+%(days)s", days=days)

    def write(self, vals):
        result = super().write(vals)
        if vals.get("visit_date"):
            # the visit took place: its activity is done, with what was recorded
            for followup in self.filtered("activity_id"):
                followup.activity_id.action_feedback(feedback=followup.notes or False)
        if {"visit_date", "recovery", "satisfaction", "notes"} & set(vals):
            recovery = dict(self._fields["recovery"]._description_selection(self.env))
            satisfaction = dict(
                self._fields["satisfaction"]._description_selection(self.env)
            )
            for followup in self:
                followup.procedure_id.message_post(
                    body=self.env._(
                        "Follow-up of %(planned)s recorded: visit %(visit)s, recovery "
                        "%(recovery)s, satisfaction %(satisfaction)s. %(notes)s",
                        planned=followup.planned_date,
                        visit=followup.visit_date or "-",
                        recovery=recovery.get(followup.recovery, "-"),
                        satisfaction=satisfaction.get(followup.satisfaction, "-"),
                        notes=followup.notes or "",
                    )
                )
        return result
