# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models

from .beauty_complaint import SEVERITIES


class BeautyComplaintSla(models.Model):
    """How fast a complaint is acknowledged and resolved: working hours on the
    store's calendar (with its leaves), paused while the complaint waits for
    the customer. The first policy by sequence that matches applies."""

    _name = "beauty.complaint.sla"
    _description = "Complaint SLA Policy"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Store",
        index=True,
        help="Empty: every store.",
    )
    category_ids = fields.Many2many(
        comodel_name="beauty.complaint.category",
        string="Categories",
        help="Empty: every category. A category covers its subcategories.",
    )
    severity = fields.Selection(SEVERITIES, help="Empty: every severity.")
    hours_to_acknowledge = fields.Float(
        required=True, default=4, help="Working hours of the store."
    )
    hours_to_resolve = fields.Float(
        required=True, default=24, help="Working hours of the store."
    )

    _sql_constraints = [
        (
            "hours_positive",
            "CHECK(hours_to_acknowledge >= 0 AND hours_to_resolve >= 0)",
            "The hours of an SLA policy are not negative.",
        ),
    ]

    def _matches(self, complaint):
        """Whether the policy applies to ``complaint`` beyond its domain (see
        ``beauty.complaint._sla_domain``): the hook through which another
        addon adds a criterion, e.g. the customer's tier."""
        self.ensure_one()
        return True
