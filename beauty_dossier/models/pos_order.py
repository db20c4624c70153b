# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import models


class PosOrder(models.Model):
    _inherit = "pos.order"

    def action_pos_order_paid(self):
        result = super().action_pos_order_paid()
        self._beauty_share_dossiers()
        self._beauty_create_treatments()
        return result

    def _beauty_dossiers(self):
        """The files of the orders' customers, whichever store opened them (one
        customer, one file), by partner id."""
        partners = self.partner_id
        if not partners:
            return {}
        # sudo: the cashier has no access to dossiers; nothing is returned to her
        dossiers = (
            self.env["beauty.dossier"]
            .sudo()
            .search([("partner_id", "in", partners.ids)])
        )
        return {d.partner_id.id: d for d in dossiers}

    def _beauty_share_dossiers(self):
        """A store that serves a customer reads her file from then on: a paid
        order of hers in a store that did not open her file shares it with that
        store (logged in the file, once per store)."""
        dossier_by_partner = self._beauty_dossiers()
        for order in self:
            dossier = dossier_by_partner.get(order.partner_id.id)
            if dossier and not dossier._beauty_is_served_by(order.company_id):
                dossier._beauty_share_with(
                    order.company_id, "pos_order", pos_order=order
                )

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
        dossier_by_partner = lines.order_id._beauty_dossiers()
        done = set(
            Treatment.search([("pos_order_line_id", "in", lines.ids)])
            .mapped("pos_order_line_id")
            .ids
        )
        vals_by_company = {}
        for line in lines:
            order = line.order_id
            dossier = dossier_by_partner.get(order.partner_id.id)
            if not dossier or line.id in done:
                continue
            vals_by_company.setdefault(order.company_id, []).append(
                {
                    "dossier_id": dossier.id,
                    "service_product_id": line.product_id.id,
                    "performed_by_id": line.order_id.user_id.id,
                    "date": line.order_id.date_order,
                    "pos_order_line_id": line.id,
                }
            )
        # recorded in the store that sold it (see beauty.dossier.mixin)
        for company, vals_list in vals_by_company.items():
            Treatment.with_company(company).create(vals_list)
