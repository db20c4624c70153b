# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models

CONSENT_KINDS = [
    ("personal_data", "Personal Data"),
    ("sensitive_data", "Sensitive and Medical Data"),
    ("photos", "Photos"),
    ("procedure", "Procedure"),
]


class BeautyConsentTemplate(models.Model):
    """A versioned consent text the customer signs (data, medical data, photos,
    a procedure). A signed consent keeps a frozen copy of the text it was given on."""

    _name = "beauty.consent.template"
    _description = "Consent Text"
    _order = "kind, sequence, id desc"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    kind = fields.Selection(CONSENT_KINDS, required=True)
    version = fields.Char(required=True, default="1.0")
    body = fields.Html(required=True, translate=True, sanitize_style=True)
    company_id = fields.Many2one(comodel_name="res.company", string="Store")
    active = fields.Boolean(default=True)
