# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from datetime import datetime, time

import pytz
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.tools import date_utils

from ..models.beauty_complaint import SEVERITIES

MANAGER = "beauty_dossier.group_beauty_manager"
# how many root causes the monthly analysis lists
TOP_CAUSES = 5


class BeautyComplaintAnalysisWizard(models.TransientModel):
    """The monthly complaint analysis of a store, printed (PDF): complaints by
    category and severity, deadlines met, average times, compensation cost,
    repeat complainers, top root causes and complaints per 100 treatments of
    each staff member."""

    _name = "beauty.complaint.analysis.wizard"
    _description = "Monthly Complaint Analysis"

    month = fields.Date(
        required=True,
        default=lambda self: date_utils.start_of(
            fields.Date.context_today(self), "month"
        ),
        help="Any day of the month analysed.",
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Store",
        required=True,
        default=lambda self: self.env.company,
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("month"):
                vals["month"] = date_utils.start_of(
                    fields.Date.to_date(vals["month"]), "month"
                )
        return super().create(vals_list)

    def action_print(self):
        self.ensure_one()
        return self.env.ref(
            "beauty_complaints.action_report_beauty_complaint_analysis"
        ).report_action(self)

    def _beauty_period(self):
        """The store's month as UTC datetimes: ``(start, end)``, end excluded."""
        self.ensure_one()
        tz = pytz.timezone(self.company_id._beauty_complaint_tz())
        first = date_utils.start_of(self.month, "month")
        bounds = (first, first + relativedelta(months=1))
        return tuple(
            tz.localize(datetime.combine(day, time.min))
            .astimezone(pytz.utc)
            .replace(tzinfo=None)
            for day in bounds
        )

    def _beauty_analysis(self):
        """The figures of the month (a dict for the report). Read as the user:
        the record rules of the store apply; the repeat complainers' names and
        the staff rates are for the store managers."""
        self.ensure_one()
        company = self.company_id
        start, end = self._beauty_period()
        is_manager = self.env.user.has_group(MANAGER)
        Complaint = self.env["beauty.complaint"].with_company(company)
        domain = [
            ("company_id", "=", company.id),
            ("received_on", ">=", start),
            ("received_on", "<", end),
            ("state", "!=", "cancelled"),
        ]
        return {
            "month": date_utils.start_of(self.month, "month"),
            "company": company,
            "is_manager": is_manager,
            **self._beauty_analysis_counts(Complaint, domain),
            **self._beauty_analysis_times(Complaint, domain),
            "causes": Complaint._read_group(
                [*domain, ("cause_id", "!=", False)],
                ["cause_id"],
                ["__count"],
                order="__count desc, cause_id",
                limit=TOP_CAUSES,
            ),
            "repeat": Complaint._read_group(
                [*domain, ("is_repeat_complainer", "=", True)],
                ["partner_id"],
                ["__count"],
                order="__count desc, partner_id",
            ),
            "compensations": self._beauty_analysis_compensations(start, end),
            "staff": self._beauty_analysis_staff() if is_manager else [],
        }

    def _beauty_analysis_counts(self, Complaint, domain):
        """Complaints by category (rows) and severity (columns)."""
        severities = [key for key, _label in SEVERITIES]
        rows = {}
        for category, severity, count in Complaint._read_group(
            domain, ["category_id", "severity"], ["__count"]
        ):
            row = rows.setdefault(category, dict.fromkeys(severities, 0))
            row[severity] += count
        by_category = sorted(
            ((category, row, sum(row.values())) for category, row in rows.items()),
            key=lambda item: item[0].complete_name or "",
        )
        totals = {
            severity: sum(row[severity] for row in rows.values())
            for severity in severities
        }
        labels = dict(Complaint._fields["severity"]._description_selection(self.env))
        return {
            "severities": [(key, labels[key]) for key in severities],
            "by_category": by_category,
            "severity_totals": totals,
            "total": sum(totals.values()),
        }

    def _beauty_analysis_times(self, Complaint, domain):
        """Deadlines met and average working hours, over the complaints of the
        month acknowledged, resp. resolved."""
        [(acknowledged, ack_share, ack_hours)] = Complaint._read_group(
            [*domain, ("acknowledged_on", "!=", False)],
            [],
            ["__count", "ack_on_time_share:avg", "ack_hours:avg"],
        )
        [(resolved, resolve_share, resolve_hours)] = Complaint._read_group(
            [*domain, ("resolved_on", "!=", False)],
            [],
            ["__count", "on_time_share:avg", "resolve_hours:avg"],
        )
        return {
            "acknowledged": acknowledged,
            "ack_share": ack_share or 0.0,
            "ack_hours": ack_hours or 0.0,
            "resolved": resolved,
            "resolve_share": resolve_share or 0.0,
            "resolve_hours": resolve_hours or 0.0,
        }

    def _beauty_analysis_compensations(self, start, end):
        """The compensations issued in the month, by kind."""
        company = self.company_id
        Compensation = self.env["beauty.complaint.compensation"].with_company(company)
        groups = Compensation._read_group(
            [
                ("company_id", "=", company.id),
                ("state", "=", "issued"),
                ("issued_on", ">=", start),
                ("issued_on", "<", end),
            ],
            ["kind"],
            ["__count", "amount:sum", "points:sum"],
            order="kind",
        )
        labels = dict(Compensation._fields["kind"]._description_selection(self.env))
        return {
            "lines": [
                (labels[kind], count, amount, points)
                for kind, count, amount, points in groups
            ],
            "amount": sum(group[2] for group in groups),
            "points": sum(group[3] for group in groups),
            "currency": company.currency_id,
        }

    def _beauty_analysis_staff(self):
        """Complaints per 100 treatments of each staff member in the month,
        the highest rate first (store managers)."""
        company = self.company_id
        Report = self.env["beauty.complaint.staff.report"].with_company(company)
        groups = Report._read_group(
            [
                ("company_id", "=", company.id),
                ("date", "=", date_utils.start_of(self.month, "month")),
            ],
            ["user_id"],
            ["complaint_count:sum", "treatment_count:sum", "rate_per_100:avg"],
        )
        return sorted(
            groups,
            key=lambda group: (-(group[3] or 0.0), -group[1], group[0].name or ""),
        )
