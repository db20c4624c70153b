# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

TRACERS = ("beauty_dossier.group_beauty_medical", "beauty_dossier.group_beauty_manager")


class BeautyComplaintLotTrace(models.TransientModel):
    """Every treatment and procedure of the store that used the lot of an
    adverse reaction: customer, date, staff member; for the supplier or the
    regulator. Medical staff and store managers only; each record traced is
    written in the access log."""

    _name = "beauty.complaint.lot.trace"
    _description = "Lot Trace of an Adverse Reaction"

    complaint_id = fields.Many2one(
        comodel_name="beauty.complaint", required=True, readonly=True
    )
    lot_name = fields.Char(string="Lot / Batch", required=True, readonly=True)
    line_ids = fields.One2many(
        comodel_name="beauty.complaint.lot.trace.line",
        inverse_name="trace_id",
        string="Uses of the Lot",
        readonly=True,
    )

    @api.model
    def _check_tracer(self):
        if not any(self.env.user.has_group(group) for group in TRACERS):
            raise AccessError(
                self.env._("Only medical staff and store managers trace a lot.")
            )

    @api.model
    def _trace_values(self, complaint):
        """The uses of the complaint's lot in its store, oldest first."""
        lot = (complaint.lot_name or "").strip()
        company = complaint.company_id
        # sudo: the trace shows who received the lot, when and from whom, never
        # the records' content; the reader's role was checked
        TreatmentLine = self.env["beauty.treatment.line"].sudo()
        Material = self.env["beauty.procedure.material"].sudo()
        lines = TreatmentLine.search(
            [("lot_name", "=", lot), ("company_id", "=", company.id)]
        )
        materials = Material.search(
            [("lot_name", "=", lot), ("company_id", "=", company.id)]
        )
        values = [
            {
                "kind": "treatment",
                "partner_id": line.treatment_id.partner_id.id,
                "date": line.treatment_id.date,
                "user_id": line.treatment_id.performed_by_id.id,
                "service_product_id": line.treatment_id.service_product_id.id,
                "product_id": line.product_id.id,
                "quantity": line.quantity,
            }
            for line in lines
        ] + [
            {
                "kind": "procedure",
                "partner_id": material.procedure_id.partner_id.id,
                "date": material.procedure_id.date,
                "user_id": material.procedure_id.doctor_id.id,
                "service_product_id": material.procedure_id.procedure_product_id.id,
                "product_id": material.product_id.id,
                "quantity": material.quantity,
            }
            for material in materials
        ]
        values.sort(
            key=lambda v: v["date"] or fields.Datetime.to_datetime("1970-01-01")
        )
        return values, lines.treatment_id, materials.procedure_id

    @api.model
    def _open_for(self, complaint):
        self._check_tracer()
        complaint.check_access("read")
        if not (complaint.lot_name or "").strip():
            raise UserError(self.env._("Record the lot of the complaint first."))
        values, treatments, procedures = self._trace_values(complaint)
        # sudo: the trace is written by the system (the readers cannot write
        # it), for the reading user
        log = self.env["beauty.access.log"].sudo()
        log._record_reads(
            [(treatments, "report"), (procedures, "report")], user=self.env.user
        )
        trace = self.create(
            {
                "complaint_id": complaint.id,
                "lot_name": complaint.lot_name,
                "line_ids": [fields.Command.create(v) for v in values],
            }
        )
        complaint.message_post(
            body=self.env._(
                "Lot %(lot)s traced: %(count)s uses.",
                lot=complaint.lot_name,
                count=len(values),
            ),
            subtype_xmlid="mail.mt_note",
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Lot Trace"),
            "res_model": self._name,
            "res_id": trace.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
        }


class BeautyComplaintLotTraceLine(models.TransientModel):
    _name = "beauty.complaint.lot.trace.line"
    _description = "Use of a Traced Lot"
    _order = "date, id"

    trace_id = fields.Many2one(
        comodel_name="beauty.complaint.lot.trace", required=True, ondelete="cascade"
    )
    kind = fields.Selection(
        [("treatment", "Treatment"), ("procedure", "Procedure")], required=True
    )
    partner_id = fields.Many2one(comodel_name="res.partner", string="Customer")
    date = fields.Datetime()
    user_id = fields.Many2one(comodel_name="res.users", string="Staff")
    service_product_id = fields.Many2one(
        comodel_name="product.product", string="Service"
    )
    product_id = fields.Many2one(comodel_name="product.product", string="Product Used")
    quantity = fields.Float()
