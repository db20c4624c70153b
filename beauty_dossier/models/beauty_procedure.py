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

    def action_schedule(self):
        for procedure in self:
            if not procedure.date:
                raise UserError(
                    self.env._("Set the operation date before scheduling it.")
                )
        self.write({"state": "scheduled"})
        return True

    def action_operated(self):
        """Record the operation and plan the follow-up visits as activities."""
        followups = []
        for procedure in self:
            if procedure.state not in ("consultation", "scheduled"):
                raise UserError(self.env._("This procedure is already operated."))
            operated = procedure.date or fields.Datetime.now()
            local_day = fields.Datetime.context_timestamp(procedure, operated).date()
            for days in procedure._followup_days():
                followups.append(
                    {
                        "procedure_id": procedure.id,
                        "planned_date": local_day + timedelta(days=days),
                    }
                )
            procedure.date = operated
        self.write({"state": "done"})
        records = self.env["beauty.procedure.followup"].create(followups)
        for followup in records:
            followup.procedure_id.activity_schedule(
                "beauty_dossier.mail_act_procedure_followup",
                date_deadline=followup.planned_date,
                user_id=followup.procedure_id.doctor_id.id,
            )
        return True

    def action_close(self):
        self.write({"state": "closed"})
        return True

    @api.depends("procedure_product_id", "partner_id")
    def _compute_display_name(self):
        for procedure in self:
            procedure.display_name = self.env._(
                "%(procedure)s for %(customer)s",
                procedure=procedure.procedure_product_id.display_name or "",
                customer=procedure.partner_id.name or "",
            )
