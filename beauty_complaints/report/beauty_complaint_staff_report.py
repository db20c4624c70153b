# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models, tools
from odoo.tools import SQL


class BeautyComplaintStaffReport(models.Model):
    """Complaints per 100 treatments, by month, staff member and store: the
    fair comparison of the staff (who performs more is named in more
    complaints). A read-only view for the store managers: counts only, nothing
    of the complaints or of the treatments themselves."""

    _name = "beauty.complaint.staff.report"
    _description = "Complaints per 100 Treatments"
    _auto = False
    _rec_name = "date"
    _order = "date desc, company_id, user_id"

    date = fields.Date(string="Month", readonly=True)
    user_id = fields.Many2one(
        comodel_name="res.users", string="Staff Member", readonly=True
    )
    company_id = fields.Many2one(
        comodel_name="res.company", string="Store", readonly=True
    )
    complaint_count = fields.Integer(
        string="Complaints",
        readonly=True,
        help="The complaints of the month naming the staff member among the "
        "staff concerned (cancelled ones left out).",
    )
    treatment_count = fields.Integer(
        string="Treatments",
        readonly=True,
        help="The treatments she performed in the month and marked done (an "
        "amended treatment counts once).",
    )
    rate_per_100 = fields.Float(
        string="Complaints per 100 Treatments",
        readonly=True,
        aggregator="avg",
        digits=(16, 1),
        help="Complaints × 100 ÷ treatments; grouped, the totals' rate. Empty "
        "without treatments.",
    )

    def _month_sql(self, column):
        """The first day of the store's month of ``column`` (UTC timestamps)."""
        return SQL(
            "date_trunc('month', (%s AT TIME ZONE 'UTC') "
            "AT TIME ZONE store_tz.tz)::date",
            SQL.identifier(*column.split(".")),
        )

    def _query(self):
        return SQL(
            """
            WITH store_tz AS (
                SELECT company.id AS company_id,
                       COALESCE(calendar.tz, 'UTC') AS tz
                  FROM res_company company
                  LEFT JOIN resource_calendar calendar
                    ON calendar.id = company.resource_calendar_id
            ), complaints AS (
                SELECT rel.user_id,
                       complaint.company_id,
                       %(complaint_month)s AS month,
                       COUNT(*)::integer AS complaint_count
                  FROM beauty_complaint complaint
                  JOIN beauty_complaint_staff_rel rel
                    ON rel.complaint_id = complaint.id
                  JOIN store_tz ON store_tz.company_id = complaint.company_id
                 WHERE complaint.state != 'cancelled'
                 GROUP BY rel.user_id, complaint.company_id, month
            ), treatments AS (
                SELECT treatment.performed_by_id AS user_id,
                       treatment.company_id,
                       %(treatment_month)s AS month,
                       COUNT(*)::integer AS treatment_count
                  FROM beauty_treatment treatment
                  JOIN store_tz ON store_tz.company_id = treatment.company_id
                 WHERE treatment.amendment_of_id IS NULL
                   AND treatment.state IN ('done', 'amended')
                 GROUP BY treatment.performed_by_id, treatment.company_id, month
            )
            SELECT ROW_NUMBER() OVER (ORDER BY month, company_id, user_id) AS id,
                   month AS date,
                   user_id,
                   company_id,
                   COALESCE(complaints.complaint_count, 0) AS complaint_count,
                   COALESCE(treatments.treatment_count, 0) AS treatment_count,
                   CASE WHEN treatments.treatment_count > 0
                        THEN 100.0 * COALESCE(complaints.complaint_count, 0)
                             / treatments.treatment_count
                   END AS rate_per_100
              FROM complaints
              FULL OUTER JOIN treatments USING (user_id, company_id, month)
            """,
            complaint_month=self._month_sql("complaint.received_on"),
            treatment_month=self._month_sql("treatment.date"),
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

    def _read_group_select(self, aggregate_spec, query):
        """Grouped, the rate is the totals' (complaints × 100 ÷ treatments),
        not the average of the rows' rates."""
        if aggregate_spec != "rate_per_100:avg":
            return super()._read_group_select(aggregate_spec, query)
        return SQL(
            "100.0 * SUM(%s) / NULLIF(SUM(%s), 0)",
            self._field_to_sql(self._table, "complaint_count", query),
            self._field_to_sql(self._table, "treatment_count", query),
        )
