# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models, tools
from odoo.tools import SQL


class BeautyVipMembershipReport(models.Model):
    """The tier distribution: every membership with what its customer paid in
    the store over the last 12 months, as a SQL view, so that the pivot and the
    graph group and sum it. Spend figures: for the store manager only (the access
    rights of the model)."""

    _name = "beauty.vip.membership.report"
    _description = "VIP Tier Distribution"
    _auto = False
    _rec_name = "partner_id"
    _order = "ladder_id, tier_rank desc, id"

    partner_id = fields.Many2one(
        comodel_name="res.partner", string="Customer", readonly=True
    )
    ladder_id = fields.Many2one(comodel_name="beauty.vip.ladder", readonly=True)
    company_id = fields.Many2one(
        comodel_name="res.company", string="Store", readonly=True
    )
    tier_id = fields.Many2one(comodel_name="beauty.vip.tier", readonly=True)
    tier_rank = fields.Integer(readonly=True, aggregator=None)
    manual = fields.Boolean(string="Placed by Hand", readonly=True)
    since = fields.Date(readonly=True)
    currency_id = fields.Many2one(comodel_name="res.currency", readonly=True)
    max_single_order = fields.Monetary(
        string="Largest Order", readonly=True, aggregator="max"
    )
    paid_6m = fields.Monetary(string="Paid in 6 Months", readonly=True)
    paid_12m = fields.Monetary(string="Paid in 12 Months", readonly=True)
    visits_12m = fields.Integer(string="Visits in 12 Months", readonly=True)

    def _query(self):
        """Memberships with the figures of ``_purchases_sql`` at today's date."""
        purchases = self.env["beauty.vip.membership"]._purchases_sql(
            None, SQL("CURRENT_DATE - INTERVAL '12 months'")
        )
        return SQL(
            """
            SELECT m.id, m.partner_id, m.ladder_id, m.company_id, m.tier_id,
                   m.tier_rank, m.manual, m.since, c.currency_id,
                   COALESCE(s.max_single, 0) AS max_single_order,
                   COALESCE(s.paid_6m, 0) AS paid_6m,
                   COALESCE(s.paid_12m, 0) AS paid_12m,
                   COALESCE(s.visits, 0) AS visits_12m
              FROM beauty_vip_membership m
              JOIN res_company c ON c.id = m.company_id
         LEFT JOIN (
                    SELECT company_id, partner_id,
                           MAX(amount) AS max_single,
                           SUM(amount) FILTER (
                               WHERE day >= CURRENT_DATE - INTERVAL '6 months')
                               AS paid_6m,
                           SUM(amount) AS paid_12m,
                           COUNT(*) FILTER (WHERE visit) AS visits
                      FROM (%s) purchases
                  GROUP BY company_id, partner_id
                   ) s ON s.company_id = m.company_id AND s.partner_id = m.partner_id
            """,
            purchases,
        )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                "CREATE OR REPLACE VIEW %s AS (%s)",
                SQL.identifier(self._table),
                self._query(),
            )
        )
