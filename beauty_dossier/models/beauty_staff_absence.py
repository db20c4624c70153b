# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class BeautyStaffAbsence(models.Model):
    """A period a beautician is away (leave, sickness…). While it lasts, the
    backup beautician of her customers covers for her and reads their files (seed
    001, art. 5: A岗休假时，B岗负责); the access ends with the period. Recorded by
    an archive or store manager, or by the handover wizard's absence mode.

    The record rules test the absence when the files are searched (the
    ``beauty_is_absent`` search of ``res.users``): no cron flips any flag."""

    _name = "beauty.staff.absence"
    _description = "Staff Absence"
    _inherit = ["mail.thread"]
    _order = "date_from desc, id desc"
    _check_company_auto = True

    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Absent Colleague",
        required=True,
        index=True,
        domain="[('share', '=', False)]",
        tracking=True,
    )
    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: self._beauty_today(),
        tracking=True,
    )
    date_to = fields.Date(string="To", required=True, tracking=True)
    reason = fields.Char(required=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Store",
        required=True,
        default=lambda self: self.env.company,
    )

    _sql_constraints = [
        (
            "dates_ordered",
            "CHECK (date_to >= date_from)",
            "An absence ends on or after the day it starts.",
        )
    ]

    @api.depends("user_id", "date_from", "date_to")
    def _compute_display_name(self):
        for absence in self:
            absence.display_name = self.env._(
                "%(user)s: %(start)s → %(end)s",
                user=absence.user_id.name or "",
                start=absence.date_from or "",
                end=absence.date_to or "",
            )

    @api.model_create_multi
    def create(self, vals_list):
        absences = super().create(vals_list)
        self.env["res.users"].invalidate_model(["beauty_is_absent"])
        return absences

    def write(self, vals):
        res = super().write(vals)
        self.env["res.users"].invalidate_model(["beauty_is_absent"])
        return res

    def unlink(self):
        res = super().unlink()
        self.env["res.users"].invalidate_model(["beauty_is_absent"])
        return res

    @api.constrains("user_id", "date_from", "date_to")
    def _check_no_overlap(self):
        for absence in self:
            overlapping = self.search_count(
                [
                    ("id", "!=", absence.id),
                    ("user_id", "=", absence.user_id.id),
                    ("date_from", "<=", absence.date_to),
                    ("date_to", ">=", absence.date_from),
                ],
                limit=1,
            )
            if overlapping:
                raise ValidationError(
                    self.env._(
                        "%(user)s already has an absence in this period.",
                        user=absence.user_id.name,
                    )
                )

    @api.model
    def _beauty_today(self):
        """The store's day: an absence is in progress on the same day for every
        colleague who reads the files, whatever the timezone of her own
        account (or none). The store's timezone (its partner's), else the
        user's, else UTC. Override to anchor absences elsewhere."""
        tz = self.env.company.partner_id.tz
        if tz:
            return fields.Date.context_today(self.with_context(tz=tz))
        return fields.Date.context_today(self)

    @api.model
    def _absent_users_domain(self, day=None):
        """Domain of the absences in progress on ``day`` (the store's today by
        default)."""
        day = day or self._beauty_today()
        return [("date_from", "<=", day), ("date_to", ">=", day)]
