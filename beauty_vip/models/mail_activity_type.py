# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models

from .beauty_visit_plan import HOW


class MailActivityType(models.Model):
    _inherit = "mail.activity.type"

    beauty_log_visit = fields.Boolean(
        string="Log as a Customer Visit",
        help="Marking such an activity done on a customer or a lead opens the visit "
        "form (outcome, feedback, needs, next step, who accompanied).",
    )
    beauty_visit_how = fields.Selection(
        HOW,
        string="Visit Channel",
        help="How the contact is made, proposed on its visit form.",
    )
