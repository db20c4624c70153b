# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models


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

    def _log_on_procedure(self, what):
        for material in self:
            material.procedure_id.message_post(
                body=self.env._(
                    "%(what)s: %(product)s × %(quantity)s, lot %(lot)s",
                    what=what,
                    product=material.product_id.display_name,
                    quantity=material.quantity,
                    lot=material.lot_name,
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        materials = super().create(vals_list)
        materials._log_on_procedure(self.env._("Material used"))
        return materials

    def write(self, vals):
        result = super().write(vals)
        self._log_on_procedure(self.env._("Material changed"))
        return result

    @api.ondelete(at_uninstall=False)
    def _log_unlink(self):
        self._log_on_procedure(self.env._("Material removed"))
