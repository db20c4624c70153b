# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class BeautyMedicalRecord(models.Model):
    """The customer's medical history: diseases, medication, allergies, pregnancy,
    contraindications and past procedures. One per dossier, kept current and
    confirmed by the customer; every change is tracked."""

    _name = "beauty.medical.record"
    _description = "Medical Record"
    _inherit = [
        "beauty.dossier.mixin",
        "mail.activity.mixin",
        "beauty.access.logged.mixin",
    ]
    _order = "id desc"
    _beauty_consent_kind = "sensitive_data"

    diseases = fields.Text(tracking=True)
    medication = fields.Text(string="Current Medication", tracking=True)
    allergen_ids = fields.Many2many(
        comodel_name="beauty.allergen", string="Allergies", tracking=True
    )
    allergy_notes = fields.Text(tracking=True)
    pregnancy = fields.Selection(
        selection=[
            ("no", "Not Pregnant"),
            ("planning", "Planning a Pregnancy"),
            ("pregnant", "Pregnant"),
            ("breastfeeding", "Breastfeeding"),
        ],
        string="Pregnancy / Breastfeeding",
        tracking=True,
    )
    contraindications = fields.Text(tracking=True)
    past_procedures = fields.Text(tracking=True)
    confirmed_on = fields.Date(
        string="Last Confirmed On",
        tracking=True,
        help="Date the customer last confirmed this information.",
    )
    has_safety_alert = fields.Boolean(
        string="Safety Alert",
        compute="_compute_has_safety_alert",
        store=True,
        help="Allergies or contraindications are recorded.",
    )

    _sql_constraints = [
        (
            "dossier_uniq",
            "unique(dossier_id)",
            "This dossier already has a medical record: update it instead.",
        ),
    ]

    @api.depends("allergen_ids", "allergy_notes", "contraindications")
    def _compute_has_safety_alert(self):
        for record in self:
            record.has_safety_alert = bool(
                record.allergen_ids
                or (record.allergy_notes or "").strip()
                or (record.contraindications or "").strip()
            )

    @api.constrains("confirmed_on")
    def _check_confirmed_on(self):
        today = fields.Date.context_today(self)
        for record in self:
            if record.confirmed_on and record.confirmed_on > today:
                raise ValidationError(
                    self.env._("The confirmation date cannot be in the future.")
                )

    def action_confirm_by_customer(self):
        self.write({"confirmed_on": fields.Date.context_today(self)})
        return True

    @api.depends("partner_id")
    def _compute_display_name(self):
        for record in self:
            record.display_name = self.env._(
                "Medical record of %(customer)s", customer=record.partner_id.name or ""
            )
