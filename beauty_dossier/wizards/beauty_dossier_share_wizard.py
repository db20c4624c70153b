# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError


class BeautyDossierShareWizard(models.TransientModel):
    """A customer whose file another store of the chain opened walks in: with
    her consent, the front desk shares the file with its own store instead of
    opening a second one (one customer, one file)."""

    _name = "beauty.dossier.share.wizard"
    _description = "Share a Customer File with This Store"

    partner_id = fields.Many2one(
        comodel_name="res.partner", string="Customer", required=True, readonly=True
    )
    archive_number = fields.Char(readonly=True)
    home_store = fields.Char(string="Opened At", readonly=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Share With",
        required=True,
        default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.user.company_ids.ids)],
    )
    customer_consent = fields.Boolean(
        string="The customer agrees",
        help="The customer agrees that this store reads her file (her basic data, "
        "and what each role of the store may read of it).",
    )
    note = fields.Text()

    @api.model
    def _dossier_of(self, partner):
        # sudo: the file belongs to another store; only its number and store
        # are shown until it is shared
        return (
            self.env["beauty.dossier"]
            .sudo()
            .with_context(active_test=False)
            .search([("partner_id", "=", partner.id)], limit=1)
        )

    @api.model
    def _check_rights(self):
        if not self.env.user.has_group("beauty_dossier.group_beauty_reception"):
            raise AccessError(
                self.env._("Only the front desk or a manager shares a customer file.")
            )

    @api.model
    def _action_for(self, partner):
        """The wizard's window for ``partner``, prefilled."""
        dossier = self._dossier_of(partner)
        wizard = self.create(
            {
                "partner_id": partner.id,
                "archive_number": dossier.name,
                "home_store": dossier.company_id.name,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Share the File with Your Store"),
            "res_model": self._name,
            "res_id": wizard.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
        }

    def action_share(self):
        self.ensure_one()
        self._check_rights()
        if self.company_id not in self.env.user.company_ids:
            raise AccessError(
                self.env._("You can only share a file with a store you work in.")
            )
        if not self.customer_consent:
            raise UserError(
                self.env._(
                    "Ask the customer first: her file is shared with %(store)s only "
                    "with her consent.",
                    store=self.company_id.name,
                )
            )
        dossier = self._dossier_of(self.partner_id)
        if not dossier:
            raise UserError(
                self.env._(
                    "%(customer)s has no file to share.",
                    customer=self.partner_id.display_name,
                )
            )
        dossier.with_user(self.env.user)._beauty_share_with(
            self.company_id, "consent", note=self.note
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "beauty.dossier",
            "res_id": dossier.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
        }
