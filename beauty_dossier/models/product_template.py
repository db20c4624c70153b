# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models


class ProductTemplate(models.Model):
    _inherit = "product.template"

    beauty_treatment = fields.Boolean(
        string="Salon Treatment",
        help="Selling this service to a customer who has a dossier creates a draft "
        "treatment record for the person who sold it.",
    )
