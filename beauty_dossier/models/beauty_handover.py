# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models


class BeautyHandover(models.Model):
    """The record of a handover: whose customers went to whom, when, decided by
    whom. Written by the handover wizard only; nobody edits or deletes it."""

    _name = "beauty.handover"
    _description = "Customer Handover"
    _order = "create_date desc, id desc"

    from_user_id = fields.Many2one(
        comodel_name="res.users", string="From", required=True, readonly=True
    )
    to_user_id = fields.Many2one(
        comodel_name="res.users", string="To", required=True, readonly=True
    )
    role = fields.Selection(
        [("responsible", "Responsible"), ("backup", "Backup"), ("both", "Both")],
        required=True,
        readonly=True,
    )
    reason = fields.Text(readonly=True)
    dossier_ids = fields.Many2many(
        comodel_name="beauty.dossier", string="Files", readonly=True
    )
    dossier_count = fields.Integer(string="Files Handed Over", readonly=True)
    customers_notified = fields.Boolean(readonly=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        readonly=True,
        default=lambda self: self.env.company,
    )
