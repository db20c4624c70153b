# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import logging
from collections import defaultdict

import psycopg2
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from .beauty_vip_membership import REASONS

_logger = logging.getLogger(__name__)


class BeautyVipTierHistory(models.Model):
    """Every tier change of a customer, kept; also posted on her chatter."""

    _name = "beauty.vip.tier.history"
    _description = "VIP Tier Change"
    _order = "id desc"

    membership_id = fields.Many2one(
        comodel_name="beauty.vip.membership",
        required=True,
        index=True,
        ondelete="restrict",
    )
    partner_id = fields.Many2one(
        related="membership_id.partner_id", store=True, string="Customer", index=True
    )
    ladder_id = fields.Many2one(related="membership_id.ladder_id", store=True)
    company_id = fields.Many2one(related="membership_id.company_id", store=True)
    old_tier_id = fields.Many2one(comodel_name="beauty.vip.tier", string="From")
    new_tier_id = fields.Many2one(comodel_name="beauty.vip.tier", string="To")
    reason = fields.Selection(REASONS, required=True)
    note = fields.Text()
    # what she spent, for the store manager only (see the membership)
    paid_12m = fields.Float(
        string="Paid in 12 Months", groups="beauty_dossier.group_beauty_manager"
    )
    visits_12m = fields.Integer(
        string="Visits in 12 Months", groups="beauty_dossier.group_beauty_manager"
    )
    user_id = fields.Many2one(
        comodel_name="res.users", string="By", default=lambda self: self.env.user
    )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        reasons = dict(self._fields["reason"]._description_selection(self.env))
        bodies = defaultdict(list)
        for record in records:
            bodies[record.partner_id.id].append(
                self.env._(
                    "%(ladder)s: %(old)s → %(new)s (%(reason)s)",
                    ladder=record.ladder_id.name,
                    old=record.old_tier_id.name or self.env._("none"),
                    new=record.new_tier_id.name or self.env._("none"),
                    reason=reasons[record.reason],
                )
            )
        # one note per customer, logged in batch (no notification)
        self.env["res.partner"].browse(list(bodies))._message_log_batch(
            {pid: Markup("<br/>").join(lines) for pid, lines in bodies.items()}
        )
        records._beauty_replan_visits()
        return records

    def _beauty_replan_visits(self):
        """Her visit plan follows her tier: the old plan's activities go, the
        new plan's come. A tier changes inside a paid POS order's sync, which is
        never refused: a plan that cannot be applied now (its configuration) is
        logged and left to the nightly planning, which applies it again."""
        try:
            with self.env.cr.savepoint():
                self.env["beauty.visit.plan"]._beauty_visit_plan_members(
                    self.membership_id
                )
        except (AccessError, UserError, ValidationError, psycopg2.Error):
            _logger.warning(
                "Visit plans of %s not updated now; the nightly planning will.",
                self.membership_id.partner_id.ids,
                exc_info=True,
            )

    def write(self, vals):
        if not self.env.su:
            raise UserError(self.env._("The tier history is never changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_always(self):
        raise UserError(self.env._("The tier history is never deleted."))
