# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

YES_NO = [("yes", "Yes"), ("no", "No")]


class BeautyLifestyleQuestionnaire(models.Model):
    """The customer's answers to the lifestyle questionnaire of the paper form
    (顾客档案表): sleep, stress, diet, smoking, alcohol, menstrual status… Health
    data: kept out of the dossier, read by the roles that read skin assessments,
    logged when shown, recorded under the sensitive-data consent. Answers change
    over time: each questionnaire is dated, the latest one is the current state."""

    _name = "beauty.lifestyle.questionnaire"
    _description = "Lifestyle Questionnaire"
    _inherit = [
        "beauty.dossier.mixin",
        "beauty.access.logged.mixin",
    ]
    _order = "date desc, id desc"
    _beauty_consent_kind = "sensitive_data"

    date = fields.Date(
        string="Answered On",
        required=True,
        default=fields.Date.context_today,
        tracking=True,
    )
    recorded_by_id = fields.Many2one(
        comodel_name="res.users",
        required=True,
        default=lambda self: self.env.user,
        tracking=True,
    )
    sleep_quality = fields.Selection(
        [
            ("good", "Good"),
            ("fair", "Fair"),
            ("dreams", "Dreams All Night"),
            ("insomnia", "Insomnia"),
        ],
        tracking=True,
    )
    sleep_hours = fields.Selection(
        [("lt6", "Under 6 Hours"), ("6_8", "6 to 8 Hours"), ("gt8", "Over 8 Hours")],
        tracking=True,
    )
    stays_up_late = fields.Selection(
        [("yes", "Yes"), ("sometimes", "Sometimes"), ("no", "No")], tracking=True
    )
    stress_level = fields.Selection(
        [("low", "Low"), ("medium", "Medium"), ("high", "High")], tracking=True
    )
    diet = fields.Selection(
        [
            ("light", "Light"),
            ("balanced", "Balanced"),
            ("oily", "Oily"),
            ("spicy", "Spicy"),
            ("sweet", "Sweet"),
        ],
        tracking=True,
    )
    smoking = fields.Selection(YES_NO, tracking=True)
    alcohol = fields.Selection(YES_NO, tracking=True)
    tea_coffee = fields.Selection(YES_NO, string="Tea or Coffee", tracking=True)
    outdoor_hours = fields.Selection(
        [("lt4", "Under 4 Hours"), ("4_8", "4 to 8 Hours"), ("gt8", "Over 8 Hours")],
        string="Daily Time Outdoors",
        tracking=True,
    )
    exercise = fields.Char(help="Kind and frequency of exercise.", tracking=True)
    menstrual_status = fields.Selection(
        [
            ("regular", "Regular"),
            ("irregular", "Irregular"),
            ("heavy", "Heavy"),
            ("light", "Light"),
            ("menopause", "Menopause"),
            ("na", "Not Applicable"),
        ],
        tracking=True,
    )
    skincare_habit = fields.Selection(
        [("often", "Often"), ("sometimes", "Sometimes"), ("never", "Never")],
        string="Skin-Care Habit",
        tracking=True,
    )
    answered_count = fields.Integer(
        string="Questions Answered",
        compute="_compute_answered_count",
        store=True,
        help="How many of the questions the completeness of the file counts are "
        "answered.",
    )

    @api.model
    def _beauty_question_fields(self):
        """The questions the completeness of the file counts (its lifestyle
        section): an addon adding a question extends them."""
        return (
            "sleep_quality",
            "sleep_hours",
            "stress_level",
            "diet",
            "smoking",
            "alcohol",
            "tea_coffee",
            "outdoor_hours",
            "exercise",
            "menstrual_status",
            "skincare_habit",
        )

    @api.depends(lambda self: self._beauty_question_fields())
    def _compute_answered_count(self):
        questions = self._beauty_question_fields()
        for questionnaire in self:
            questionnaire.answered_count = sum(
                1 for fname in questions if questionnaire[fname]
            )

    @api.constrains("date")
    def _check_date(self):
        today = fields.Date.context_today(self)
        for questionnaire in self:
            if questionnaire.date > today:
                raise ValidationError(
                    self.env._(
                        "A lifestyle questionnaire cannot be dated in the future."
                    )
                )

    @api.depends("partner_id", "date")
    def _compute_display_name(self):
        for questionnaire in self:
            questionnaire.display_name = self.env._(
                "%(customer)s, %(date)s",
                customer=questionnaire.partner_id.name or "",
                date=questionnaire.date or "",
            )
