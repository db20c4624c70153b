# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    beauty_complaint_limit_amount = fields.Monetary(
        string="Compensation Limit of a Handler",
        currency_field="currency_id",
        default=200,
        help="The value a complaint handler grants alone per compensation; above "
        "it a store manager approves.",
    )
    beauty_complaint_limit_points = fields.Float(
        string="Points Limit of a Handler",
        default=500,
        help="The loyalty points a complaint handler grants alone per "
        "compensation; above them a store manager approves.",
    )
    beauty_complaint_program_id = fields.Many2one(
        comodel_name="loyalty.program",
        string="Compensation Points Program",
        domain="[('program_type', '=', 'loyalty')]",
        help="The loyalty program whose card receives the points of a "
        "compensation (default: the store's first loyalty program).",
    )
    beauty_complaint_reminder_percent = fields.Integer(
        string="Remind the Handler At (%)",
        default=80,
        help="Share of a complaint deadline after which its handler is reminded.",
    )
    beauty_complaint_chain_hours = fields.Float(
        string="Escalate to the Chain After (hours)",
        default=8,
        help="Working hours after a missed deadline before the chain's manager "
        "(the parent company's store managers) is alerted.",
    )
