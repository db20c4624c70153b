# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

SKIN_TYPES = [
    ("oily", "Oily"),
    ("normal", "Normal"),
    ("dry", "Dry"),
    ("combination", "Combination"),
    ("sensitive", "Sensitive"),
]
ZONE_FIELDS = ("zone_forehead", "zone_nose", "zone_cheeks", "zone_chin", "zone_eye")


class BeautySkinAssessment(models.Model):
    """A dated skin analysis (客户分析表): skin type per facial zone, conditions,
    causes and advice. Assessments accumulate; the latest one is the current state."""

    _name = "beauty.skin.assessment"
    _description = "Skin Assessment"
    _inherit = [
        "beauty.dossier.mixin",
        "mail.activity.mixin",
        "beauty.access.logged.mixin",
    ]
    _order = "date desc, id desc"

    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    assessed_by_id = fields.Many2one(
        comodel_name="res.users",
        required=True,
        default=lambda self: self.env.user,
        tracking=True,
    )
    skin_type = fields.Selection(SKIN_TYPES, string="Overall Skin Type", tracking=True)
    zone_forehead = fields.Selection(SKIN_TYPES, string="Forehead", tracking=True)
    zone_nose = fields.Selection(SKIN_TYPES, string="Nose", tracking=True)
    zone_cheeks = fields.Selection(SKIN_TYPES, string="Cheeks", tracking=True)
    zone_chin = fields.Selection(SKIN_TYPES, string="Chin", tracking=True)
    zone_eye = fields.Selection(SKIN_TYPES, string="Eye Area", tracking=True)
    condition_ids = fields.Many2many(
        comodel_name="beauty.skin.condition",
        string="Conditions",
        tracking=True,
    )
    photo_ids = fields.One2many(
        comodel_name="beauty.photo", inverse_name="assessment_id", string="Photos"
    )
    body_assessment = fields.Text(string="Body Skin")
    causes = fields.Text(help="What causes the skin problems observed.")
    home_care_advice = fields.Text(string="Home-Care Advice")
    recommended_care = fields.Text(string="Recommended Salon Care")

    @api.model
    def _check_skin_type_values(self, vals_list):
        allowed = {key for key, _label in SKIN_TYPES}
        for vals in vals_list:
            for fname in ("skin_type", *ZONE_FIELDS):
                value = vals.get(fname)
                if value and value not in allowed:
                    raise ValidationError(
                        self.env._(
                            "“%(value)s” is not a skin type for %(zone)s. "
                            "Choose one of: %(allowed)s.",
                            value=value,
                            zone=self._fields[fname]._description_string(self.env),
                            allowed=", ".join(
                                dict(
                                    self._fields[fname]._description_selection(self.env)
                                ).values()
                            ),
                        )
                    )

    @api.model_create_multi
    def create(self, vals_list):
        self._check_skin_type_values(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        self._check_skin_type_values([vals])
        return super().write(vals)

    @api.constrains("date")
    def _check_date(self):
        today = fields.Date.context_today(self)
        for assessment in self:
            if assessment.date > today:
                raise ValidationError(
                    self.env._("A skin assessment cannot be dated in the future.")
                )

    @api.depends("partner_id", "date")
    def _compute_display_name(self):
        for assessment in self:
            assessment.display_name = self.env._(
                "%(customer)s, %(date)s",
                customer=assessment.partner_id.name or "",
                date=assessment.date or "",
            )
