# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from datetime import date

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class BeautyGreetingOccasion(models.Model):
    """A day of the greeting calendar: a festival on the same solar day every
    year (Women's Day, National Day, Christmas), or a dated row for a festival
    whose solar day moves (the lunar festivals, Mother's Day), one per year."""

    _name = "beauty.greeting.occasion"
    _description = "Greeting Occasion"
    _order = "sequence, date, month, day, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(
        required=True,
        help="The same for every row of one festival (e.g. the Spring Festival of "
        "each year), so that a customer is greeted once per festival and year.",
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Store",
        help="Empty: every store.",
    )
    recurrence = fields.Selection(
        [("yearly", "Same Day Every Year"), ("dated", "On a Date")],
        required=True,
        default="dated",
    )
    month = fields.Integer()
    day = fields.Integer()
    date = fields.Date(help="The day of a dated row (a lunar festival of a year).")
    lunar = fields.Boolean(
        string="Lunar Festival", help="Its day follows the Chinese lunar calendar."
    )

    _sql_constraints = [
        (
            "code_date_uniq",
            "unique(code, date, company_id)",
            "A festival has one row per day.",
        ),
    ]

    @api.constrains("recurrence", "month", "day", "date")
    def _check_day(self):
        for occasion in self:
            if occasion.recurrence == "dated":
                if not occasion.date:
                    raise ValidationError(
                        self.env._(
                            "Give the date of the occasion %(name)s.",
                            name=occasion.name,
                        )
                    )
                continue
            try:
                # 2024: a leap year, 29 February is a day
                date(2024, occasion.month, occasion.day)
            except (TypeError, ValueError) as error:
                raise ValidationError(
                    self.env._(
                        "%(name)s: the month and day of a yearly occasion form a "
                        "day of the year.",
                        name=occasion.name,
                    )
                ) from error

    @api.model
    def _occasions_between(self, start, end, company=None):
        """``[(occasion, day)]`` of the calendar between ``start`` and ``end``
        (both included), for ``company`` (every store's and its own)."""
        company = company or self.env.company
        occasions = self.search(
            [
                ("company_id", "in", (False, company.id)),
                "|",
                ("recurrence", "=", "yearly"),
                "&",
                ("date", ">=", start),
                ("date", "<=", end),
            ]
        )
        days = []
        for occasion in occasions:
            if occasion.recurrence == "dated":
                days.append((occasion, occasion.date))
                continue
            for year in range(start.year, end.year + 1):
                try:
                    day = date(year, occasion.month, occasion.day)
                except ValueError:
                    continue
                if start <= day <= end:
                    days.append((occasion, day))
        return sorted(days, key=lambda pair: pair[1])
