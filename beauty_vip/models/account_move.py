# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import models


class AccountMove(models.Model):
    _inherit = "account.move"

    def _invoice_paid_hook(self):
        """A paid invoice upgrades its customer at once (downgrades wait for the
        renewal)."""
        res = super()._invoice_paid_hook()
        moves = self.filtered(
            lambda m: m.move_type in ("out_invoice", "out_refund") and m.partner_id
        )
        Ladder = self.env["beauty.vip.ladder"].sudo()
        for company, company_moves in moves.grouped("company_id").items():
            ladders = Ladder.search([("company_id", "=", company.id)])
            if ladders:
                self.env["beauty.vip.membership"].sudo()._evaluate(
                    ladders, partner_ids=company_moves.partner_id.ids, reason="upgrade"
                )
        return res
