# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError


class BeautyDossier(models.Model):
    """The customer's archive: one customer, one file (一客一档).

    The dossier is the anchor of every sensitive record about a customer
    (assessments, medical history, treatments, photos, consents). It never
    stores sensitive data on ``res.partner`` and is never deleted.
    """

    _name = "beauty.dossier"
    _description = "Customer Dossier"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "name desc, id desc"
    _rec_names_search = ["name", "partner_id"]
    _check_company_auto = True

    name = fields.Char(
        string="Archive Number",
        required=True,
        readonly=True,
        copy=False,
        index="trigram",
        default=lambda self: self.env._("New"),
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Customer",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Store",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        tracking=True,
    )
    responsible_id = fields.Many2one(
        comodel_name="res.users",
        default=lambda self: self.env.user,
        domain="[('share', '=', False), ('company_ids', 'in', company_id)]",
        index=True,
        tracking=True,
        help="The beautician in charge of this customer's file.",
    )
    opened_on = fields.Date(
        required=True,
        default=fields.Date.context_today,
        tracking=True,
    )
    active = fields.Boolean(default=True, tracking=True)

    _sql_constraints = [
        (
            "partner_uniq",
            "unique(partner_id)",
            "This customer already has a dossier: one customer, one file.",
        ),
        ("name_uniq", "unique(name)", "The archive number must be unique."),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        new_name = self.env._("New")
        sequences = self.env["ir.sequence"]
        for vals in vals_list:
            if vals.get("name", new_name) != new_name:
                continue
            company = self.env["res.company"].browse(vals.get("company_id"))
            number = sequences.with_company(company or self.env.company).next_by_code(
                "beauty.dossier"
            )
            if not number:
                raise UserError(
                    self.env._(
                        "The archive number sequence (code beauty.dossier) is "
                        "missing: restore it under Settings > Technical > Sequences."
                    )
                )
            vals["name"] = number
        return super().create(vals_list)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_never(self):
        raise UserError(
            self.env._(
                "Customer dossiers are never deleted. Archive the dossier instead; "
                "destruction only happens through the approved destruction procedure."
            )
        )

    def _compute_display_name(self):
        for dossier in self:
            if dossier.partner_id:
                dossier.display_name = f"{dossier.name} {dossier.partner_id.name}"
            else:
                dossier.display_name = dossier.name
