# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models


class BeautyProcedureMaterial(models.Model):
    """A material used in a procedure (suture, filler…) with its lot, for
    traceability."""

    _name = "beauty.procedure.material"
    _description = "Procedure Material"
    _order = "procedure_id, id"

    procedure_id = fields.Many2one(
        comodel_name="beauty.procedure",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="procedure_id.company_id", store=True)
    product_id = fields.Many2one(comodel_name="product.product", required=True)
    quantity = fields.Float(default=1.0, digits="Product Unit of Measure")
    lot_name = fields.Char(string="Lot / Batch", required=True)
