# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from random import randint

from odoo import fields, models


class BeautyAllergen(models.Model):
    """Something a customer may react to: an ingredient, a drug, a material."""

    _name = "beauty.allergen"
    _description = "Allergen"
    _order = "name"

    name = fields.Char(required=True, translate=True)
    color = fields.Integer(default=lambda self: randint(1, 11))
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_uniq", "unique(name)", "An allergen with this name already exists."),
    ]
