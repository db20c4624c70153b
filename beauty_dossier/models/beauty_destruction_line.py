# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError


class BeautyDestructionLine(models.Model):
    """One category destroyed by an approved request and how many records:
    part of the destruction record, never changed."""

    _name = "beauty.destruction.line"
    _description = "Destroyed Category"
    _order = "request_id, id"

    request_id = fields.Many2one(
        comodel_name="beauty.destruction.request",
        required=True,
        index=True,
        ondelete="restrict",
        readonly=True,
    )
    company_id = fields.Many2one(related="request_id.company_id", store=True)
    category = fields.Selection(
        [
            ("medical", "Medical Records"),
            ("procedures", "Procedures"),
            ("photos", "Photos"),
            ("assessments", "Skin Assessments"),
            ("treatments", "Treatment Records"),
            ("personal_data", "Personal Data and Customer Identity"),
        ],
        required=True,
        readonly=True,
    )
    name = fields.Char(string="What", readonly=True)
    count = fields.Integer(string="Records", readonly=True)

    @api.model_create_multi
    def create(self, vals_list):
        requests = self.env["beauty.destruction.request"].browse(
            {vals.get("request_id") for vals in vals_list}
        )
        # written once, by the approval of its request (which runs as superuser:
        # nobody has the right to create lines)
        if not self.env.su or any(
            request.state != "done" or request.line_ids for request in requests
        ):
            raise UserError(
                self.env._("The destruction record is written by the approval only.")
            )
        return super().create(vals_list)

    def write(self, vals):
        if vals:
            raise UserError(self.env._("The destruction record is never changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_never(self):
        raise UserError(self.env._("The destruction record is never deleted."))
