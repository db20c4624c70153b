# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models


class BeautyComplaintCategory(models.Model):
    """What a complaint is about (service result, adverse reaction, staff
    attitude…): a tree shipped as data that the salon extends."""

    _name = "beauty.complaint.category"
    _description = "Complaint Category"
    _parent_store = True
    _rec_name = "complete_name"
    _order = "complete_name"

    name = fields.Char(required=True, translate=True)
    complete_name = fields.Char(
        compute="_compute_complete_name", store=True, recursive=True
    )
    parent_id = fields.Many2one(
        comodel_name="beauty.complaint.category",
        string="Parent Category",
        index=True,
        ondelete="restrict",
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many(
        comodel_name="beauty.complaint.category", inverse_name="parent_id"
    )
    is_adverse_reaction = fields.Boolean(
        string="Adverse Reaction",
        help="Complaints of this category are adverse events: their lots can be "
        "traced to every treatment and procedure that used them.",
    )
    customer_ok = fields.Boolean(
        string="Offered to Customers",
        default=True,
        help="Customers choose this category when they file a complaint from "
        "their portal.",
    )
    active = fields.Boolean(default=True)

    @api.depends("name", "parent_id.complete_name")
    def _compute_complete_name(self):
        for category in self:
            if category.parent_id:
                category.complete_name = (
                    f"{category.parent_id.complete_name} / {category.name}"
                )
            else:
                category.complete_name = category.name

    @api.model
    def _beauty_portal_categories(self):
        """The categories a customer chooses from on her portal (overridable)."""
        return self.search([("customer_ok", "=", True)])
