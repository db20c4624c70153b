# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import models
from odoo.exceptions import UserError


class BasePartnerMergeAutomaticWizard(models.TransientModel):
    """Merging contacts re-points every reference of the merged contacts to the
    one that is kept, then deletes the others: a customer file would silently
    change hands. Only a contact without a file may be merged into another."""

    _inherit = "base.partner.merge.automatic.wizard"

    def _merge(self, partner_ids, dst_partner=None, extra_checks=True):
        partners = self.env["res.partner"].browse(partner_ids).exists()
        # sudo: the check must hold for users who cannot read dossiers; only
        # archive numbers are shown, which every internal user may see.
        dossiers = (
            self.env["beauty.dossier"]
            .sudo()
            .with_context(active_test=False)
            .search(
                [("partner_id", "in", (partners - (dst_partner or partners[:0])).ids)]
            )
        )
        if dossiers:
            raise UserError(
                self.env._(
                    "These contacts have a customer file that merging would move or "
                    "destroy: %(numbers)s. Keep the contact that has the file as the "
                    "destination, and merge only contacts without a file into it.",
                    numbers=", ".join(dossiers.mapped("name")),
                )
            )
        return super()._merge(
            partner_ids, dst_partner=dst_partner, extra_checks=extra_checks
        )
