# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import models


class PosOrder(models.Model):
    _inherit = "pos.order"

    def action_pos_order_paid(self):
        result = super().action_pos_order_paid()
        self._beauty_create_treatments()
        return result

    def _beauty_create_treatments(self):
        """A draft treatment record for every salon treatment paid by a customer
        who has a dossier, assigned to the person who sold it. Runs once per POS
        line (a unique index on the line), so a synced-again order adds nothing."""
        lines = self.lines.filtered(
            lambda line: line.product_id.beauty_treatment
            and line.qty > 0
            and line.order_id.partner_id
        )
        if not lines:
            return
        # sudo: the cashier has no access to dossiers or treatments; the records
        # are created for the beautician, and nothing is returned to the cashier.
        Treatment = self.env["beauty.treatment"].sudo()
        dossiers = (
            self.env["beauty.dossier"]
            .sudo()
            .search([("partner_id", "in", lines.order_id.partner_id.ids)])
        )
        dossier_by_partner = {(d.partner_id.id, d.company_id.id): d for d in dossiers}
        done = set(
            Treatment.search([("pos_order_line_id", "in", lines.ids)])
            .mapped("pos_order_line_id")
            .ids
        )
        vals_list = []
        for line in lines:
            order = line.order_id
            dossier = dossier_by_partner.get((order.partner_id.id, order.company_id.id))
            if not dossier or line.id in done:
                continue
            vals_list.append(
                {
                    "dossier_id": dossier.id,
                    "service_product_id": line.product_id.id,
                    "performed_by_id": line.order_id.user_id.id,
                    "date": line.order_id.date_order,
                    "pos_order_line_id": line.id,
                }
            )
        if vals_list:
            Treatment.create(vals_list)
