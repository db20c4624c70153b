# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import uuid

import pytz

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    beauty_complaint_limit_amount = fields.Monetary(
        string="Compensation Limit of a Handler",
        currency_field="currency_id",
        default=200,
        help="The value a complaint handler grants alone per compensation; above "
        "it a store manager approves.",
    )
    beauty_complaint_limit_points = fields.Float(
        string="Points Limit of a Handler",
        default=500,
        help="The loyalty points a complaint handler grants alone per "
        "compensation; above them a store manager approves.",
    )
    beauty_complaint_program_id = fields.Many2one(
        comodel_name="loyalty.program",
        string="Compensation Points Program",
        domain="[('program_type', '=', 'loyalty')]",
        help="The loyalty program whose card receives the points of a "
        "compensation (default: the store's first loyalty program).",
    )
    beauty_complaint_reminder_percent = fields.Integer(
        string="Remind the Handler At (%)",
        default=80,
        help="Share of a complaint deadline after which its handler is reminded.",
    )
    beauty_complaint_chain_hours = fields.Float(
        string="Escalate to the Chain After (hours)",
        default=8,
        help="Working hours after a missed deadline before the chain's manager "
        "(the parent company's store managers) is alerted.",
    )
    beauty_complaint_repeat_count = fields.Integer(
        string="Repeat Complainer From",
        default=3,
        help="A customer who files this number of complaints within the days "
        "below is a repeat complainer (each of these complaints is marked).",
    )
    beauty_complaint_repeat_days = fields.Integer(
        string="Repeat Complainer Within (days)",
        default=90,
        help="The days, the first and the last included, within which the "
        "complaints of a repeat complainer are counted.",
    )
    beauty_complaint_form_token = fields.Char(
        string="Complaint Form Token",
        copy=False,
        groups="beauty_dossier.group_beauty_manager",
        help="The secret part of the link (or QR code) of the store's public "
        "complaint form; change it to disable a printed link.",
    )
    beauty_complaint_form_url = fields.Char(
        string="Complaint Form Link",
        compute="_compute_beauty_complaint_form_url",
        groups="beauty_dossier.group_beauty_manager",
    )

    _sql_constraints = [
        (
            "beauty_complaint_form_token_uniq",
            "unique(beauty_complaint_form_token)",
            "Each store has its own complaint form link.",
        ),
    ]

    @api.constrains("beauty_complaint_repeat_count", "beauty_complaint_repeat_days")
    def _check_beauty_complaint_repeat(self):
        for company in self:
            if (
                company.beauty_complaint_repeat_count < 2
                or company.beauty_complaint_repeat_days < 1
            ):
                raise ValidationError(
                    self.env._(
                        "%(store)s: a repeat complainer files at least 2 "
                        "complaints within at least 1 day.",
                        store=company.name,
                    )
                )

    def init(self):
        # each store its own secret (a column default would give all the same)
        self.env.cr.execute(
            """UPDATE res_company
                  SET beauty_complaint_form_token = md5(random()::text || id::text)
                WHERE beauty_complaint_form_token IS NULL"""
        )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            vals.setdefault("beauty_complaint_form_token", uuid.uuid4().hex)
        return super().create(vals_list)

    def _beauty_complaint_tz(self):
        """The store's time zone (its working calendar's), for its days and
        months."""
        self.ensure_one()
        return self.resource_calendar_id.tz or "UTC"

    def _beauty_local_date(self, moment):
        """The store's day of ``moment`` (a UTC datetime)."""
        self.ensure_one()
        tz = pytz.timezone(self._beauty_complaint_tz())
        return pytz.utc.localize(moment).astimezone(tz).date()

    def _compute_beauty_complaint_form_url(self):
        base = self.get_base_url()
        for company in self:
            token = company.beauty_complaint_form_token
            company.beauty_complaint_form_url = (
                f"{base}/beauty/complaint/{token}" if token else False
            )

    @api.model
    def _beauty_complaint_store(self, token):
        """The store whose public complaint form ``token`` opens."""
        if not token or len(token) < 16:
            return self.browse()
        return self.search([("beauty_complaint_form_token", "=", token)], limit=1)

    def action_beauty_complaint_new_token(self):
        """A new link: the printed one stops working."""
        for company in self:
            company.beauty_complaint_form_token = uuid.uuid4().hex
        return True
