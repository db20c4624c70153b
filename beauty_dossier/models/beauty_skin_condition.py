# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from random import randint

from odoo import fields, models


class BeautySkinCondition(models.Model):
    """A condition of the skin-analysis checklist (客户分析表), e.g. spots, redness."""

    _name = "beauty.skin.condition"
    _description = "Skin Condition"
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    color = fields.Integer(default=lambda self: randint(1, 11))
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "name_uniq",
            "unique(name)",
            "A skin condition with this name already exists.",
        ),
    ]
