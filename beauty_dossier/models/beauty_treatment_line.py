# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models


class BeautyTreatmentLine(models.Model):
    """A product used during a treatment, with its quantity and lot."""

    _name = "beauty.treatment.line"
    _description = "Product Used in a Treatment"
    _order = "treatment_id, id"

    treatment_id = fields.Many2one(
        comodel_name="beauty.treatment",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="treatment_id.company_id", store=True)
    product_id = fields.Many2one(comodel_name="product.product", required=True)
    quantity = fields.Float(default=1.0, digits="Product Unit of Measure")
    uom_id = fields.Many2one(
        comodel_name="uom.uom",
        string="Unit",
        compute="_compute_uom_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    lot_name = fields.Char(string="Lot / Batch")

    @api.depends("product_id")
    def _compute_uom_id(self):
        for line in self:
            line.uom_id = line.product_id.uom_id

    @api.model_create_multi
    def create(self, vals_list):
        treatments = self.env["beauty.treatment"].browse(
            {vals["treatment_id"] for vals in vals_list if vals.get("treatment_id")}
        )
        treatments._check_unlocked({"line_ids"})
        lines = super().create(vals_list)
        lines._log_on_treatment(self.env._("Product used"))
        return lines

    def _log_on_treatment(self, what):
        for line in self:
            line.treatment_id.message_post(
                body=self.env._(
                    "%(what)s: %(product)s × %(quantity)s, lot %(lot)s",
                    what=what,
                    product=line.product_id.display_name,
                    quantity=line.quantity,
                    lot=line.lot_name or "-",
                )
            )

    def write(self, vals):
        self.treatment_id._check_unlocked({"line_ids"})
        result = super().write(vals)
        self._log_on_treatment(self.env._("Product used changed"))
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_locked(self):
        self.treatment_id._check_unlocked({"line_ids"})
        self._log_on_treatment(self.env._("Product used removed"))
