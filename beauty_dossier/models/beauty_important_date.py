# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models


class BeautyImportantDate(models.Model):
    """A date in the customer's life worth a greeting: an anniversary, a child's
    birthday… (the seed's 重要事件)."""

    _name = "beauty.important.date"
    _description = "Important Date"
    _inherit = ["beauty.subject.export.mixin"]
    _order = "month, day, id"

    dossier_id = fields.Many2one(
        comodel_name="beauty.dossier",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="dossier_id.company_id", store=True)
    name = fields.Char(string="Occasion", required=True)
    date = fields.Date(required=True)
    month = fields.Integer(compute="_compute_month_day", store=True)
    day = fields.Integer(compute="_compute_month_day", store=True)
    greet = fields.Boolean(
        string="Send Greetings", default=True, help="Include in greeting campaigns."
    )

    @api.depends("date")
    def _compute_month_day(self):
        for record in self:
            record.month = record.date.month if record.date else 0
            record.day = record.date.day if record.date else 0
