# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

DEFAULT_FOLLOWUP_DAYS = "1,7,30,90"


class BeautyProcedure(models.Model):
    """A medical-aesthetics procedure (e.g. double eyelid, 双眼皮): pre-op
    consultation, design, operation record with anesthesia and materials,
    pre- and post-op photos, and the follow-up visits."""

    _name = "beauty.procedure"
    _description = "Medical-Aesthetic Procedure"
    _inherit = [
        "beauty.dossier.mixin",
        "mail.activity.mixin",
        "beauty.access.logged.mixin",
        "beauty.state.machine.mixin",
    ]
    _order = "date desc, id desc"
    _beauty_consent_kind = "procedure"

    procedure_product_id = fields.Many2one(
        comodel_name="product.product",
        string="Procedure",
        required=True,
        domain="[('type', '=', 'service')]",
        tracking=True,
    )
    doctor_id = fields.Many2one(
        comodel_name="res.users",
        required=True,
        default=lambda self: self.env.user,
        index=True,
        tracking=True,
    )
    date = fields.Datetime(string="Operation Date", tracking=True)
    state = fields.Selection(
        [
            ("consultation", "Consultation"),
            ("scheduled", "Scheduled"),
            ("done", "Operated"),
            ("closed", "Closed"),
        ],
        required=True,
        default="consultation",
        index=True,
        tracking=True,
    )
    # pre-op consultation and design
    needs = fields.Text(string="Customer Needs", tracking=True)
    expectations = fields.Text(tracking=True)
    design_notes = fields.Text(tracking=True)
    design_drawing = fields.Image(max_width=1920, max_height=1920)
    # operation record
    anesthesia_type = fields.Selection(
        [
            ("none", "None"),
            ("topical", "Topical"),
            ("local", "Local"),
            ("sedation", "Sedation"),
        ],
        tracking=True,
    )
    anesthesia_drug = fields.Char(tracking=True)
    anesthesia_dose = fields.Char(tracking=True)
    material_ids = fields.One2many(
        comodel_name="beauty.procedure.material",
        inverse_name="procedure_id",
        string="Materials",
    )
    operation_notes = fields.Text(tracking=True)
    photo_ids = fields.One2many(
        comodel_name="beauty.photo", inverse_name="procedure_id", string="Photos"
    )
    followup_ids = fields.One2many(
        comodel_name="beauty.procedure.followup",
        inverse_name="procedure_id",
        string="Follow-ups",
    )

    def _beauty_consent_product(self):
        return self.procedure_product_id

    def _followup_days(self):
        param = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("beauty_dossier.procedure_followup_days", DEFAULT_FOLLOWUP_DAYS)
        )
        try:
            return sorted({int(day) for day in param.split(",") if day.strip()})
        except ValueError:
            return [int(day) for day in DEFAULT_FOLLOWUP_DAYS.split(",")]

    # -------------------------------------------------------------- workflow

    def _state_transitions(self):
        medical = "beauty_dossier.group_beauty_medical"
        return {
            **super()._state_transitions(),
            ("consultation", "scheduled"): (medical,),
            ("consultation", "done"): (medical,),
            ("scheduled", "done"): (medical,),
            # a consultation that leads to no operation is closed too
            ("consultation", "closed"): (medical,),
            ("scheduled", "closed"): (medical,),
            ("done", "closed"): (medical,),
        }

    def _check_state_transition(self, new_state):
        super()._check_state_transition(new_state)
        if new_state == "scheduled" and not all(self.mapped("date")):
            raise UserError(self.env._("Set the operation date before scheduling it."))

    def _state_entry_values(self, new_state):
        values = super()._state_entry_values(new_state)
        if new_state == "done" and not self.date:
            values["date"] = fields.Datetime.now()
        return values

    def _on_enter_state(self, new_state):
        super()._on_enter_state(new_state)
        if new_state == "done":
            self._plan_followups()

    def _plan_followups(self):
        """The follow-up visits after the operation, each with its activity."""
        vals_list = []
        for procedure in self:
            local_day = fields.Datetime.context_timestamp(
                procedure, procedure.date
            ).date()
            for days in procedure._followup_days():
                vals_list.append(
                    {
                        "procedure_id": procedure.id,
                        "planned_date": local_day + timedelta(days=days),
                        "days_after": days,
                    }
                )
        followups = self.env["beauty.procedure.followup"].create(vals_list)
        for followup in followups:
            followup.activity_id = followup.procedure_id.activity_schedule(
                "beauty_dossier.mail_act_procedure_followup",
                date_deadline=followup.planned_date,
                summary=followup._activity_summary(),
                user_id=followup.procedure_id.doctor_id.id,
            )
        return followups

    def _beauty_export_nested_fields(self):
        return super()._beauty_export_nested_fields() | {"material_ids", "followup_ids"}

    def action_schedule(self):
        return self._state_transition("scheduled")

    def action_operated(self):
        """Record the operation and plan the follow-up visits as activities."""
        self.check_access("write")
        for procedure in self:
            if procedure.state not in ("consultation", "scheduled"):
                raise UserError(self.env._("This procedure is already operated."))
        return self._state_transition("done")

    def action_close(self):
        return self._state_transition("closed")

    @api.depends("procedure_product_id", "partner_id")
    def _compute_display_name(self):
        for procedure in self:
            procedure.display_name = self.env._(
                "%(procedure)s for %(customer)s",
                procedure=procedure.procedure_product_id.display_name or "",
                customer=procedure.partner_id.name or "",
            )
