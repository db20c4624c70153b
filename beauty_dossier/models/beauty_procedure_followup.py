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

    def write(self, vals):
        result = super().write(vals)
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
