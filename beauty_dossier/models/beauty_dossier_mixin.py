# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError


class BeautyDossierMixin(models.AbstractModel):
    """What every record of a customer's file shares: the dossier it belongs to,
    the customer and store taken from it, tracking, and the rule that the file is
    never deleted outside the approved destruction procedure."""

    _name = "beauty.dossier.mixin"
    _description = "Record of a Customer File"
    _inherit = ["mail.thread"]
    _check_company_auto = True

    dossier_id = fields.Many2one(
        comodel_name="beauty.dossier",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
        tracking=True,
    )
    partner_id = fields.Many2one(
        related="dossier_id.partner_id", store=True, index=True, string="Customer"
    )
    company_id = fields.Many2one(
        related="dossier_id.company_id", store=True, index=True, string="Store"
    )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_customer_file(self):
        description = self.env["ir.model"]._get(self._name).name
        raise UserError(
            self.env._(
                "%(records)s are part of the customer's file and are never deleted "
                "outside the approved destruction procedure: correct or archive them "
                "instead.",
                records=description,
            )
        )
