# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from collections import defaultdict

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import SQL

# why a tier changed
REASONS = [
    ("upgrade", "Upgrade on a Paid Order"),
    ("nightly", "Nightly Evaluation"),
    ("renewal", "Yearly Renewal"),
    ("manual", "Placed by a Manager"),
    ("manual_end", "End of a Manual Placement"),
]
EVALUATION_BATCH = 5000


class BeautyVipMembership(models.Model):
    """Where a customer stands on a ladder of a store: her tier, since and until
    when, the figures it was earned on, her points card. Not sensitive: shown on
    the customer and at the POS. Written by the evaluation only."""

    _name = "beauty.vip.membership"
    _description = "VIP Membership"
    _order = "ladder_id, tier_rank desc, id"
    _rec_name = "partner_id"

    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Customer",
        required=True,
        index=True,
        ondelete="restrict",
        readonly=True,
    )
    ladder_id = fields.Many2one(
        comodel_name="beauty.vip.ladder", required=True, index=True, readonly=True
    )
    company_id = fields.Many2one(related="ladder_id.company_id", store=True)
    tier_id = fields.Many2one(
        comodel_name="beauty.vip.tier", index=True, readonly=True, ondelete="restrict"
    )
    tier_rank = fields.Integer(related="tier_id.sequence", store=True)
    since = fields.Date(readonly=True, help="The customer is on this tier since.")
    until = fields.Date(
        readonly=True, help="The tier holds at least until this renewal date."
    )
    manual = fields.Boolean(string="Placed by Hand", readonly=True)
    manual_reason = fields.Text(readonly=True)
    manual_until = fields.Date(readonly=True)
    max_single_order = fields.Monetary(readonly=True, currency_field="currency_id")
    paid_6m = fields.Monetary(
        string="Paid in 6 Months", readonly=True, currency_field="currency_id"
    )
    paid_12m = fields.Monetary(
        string="Paid in 12 Months", readonly=True, currency_field="currency_id"
    )
    visits_12m = fields.Integer(string="Visits in 12 Months", readonly=True)
    evaluated_on = fields.Date(readonly=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    card_id = fields.Many2one(comodel_name="loyalty.card", readonly=True)
    points = fields.Float(related="card_id.points")
    card_code = fields.Char(related="card_id.code", string="Card Number")
    history_ids = fields.One2many(
        comodel_name="beauty.vip.tier.history", inverse_name="membership_id"
    )

    _sql_constraints = [
        (
            "partner_ladder_uniq",
            "unique(partner_id, ladder_id)",
            "A customer stands once on a ladder.",
        )
    ]

    # ------------------------------------------------------------ figures

    @api.model
    def _stats_query(self, company, today, partner_ids=None):
        """What each customer actually paid in ``company``'s currency — POS
        payments and the paid part of invoices not made from the POS, refunds
        subtracted, rewards paid with points excluded (they are not payments) —
        as (partner, largest single purchase net of its refunds, paid in 6
        months, paid in 12 months, visit days in 12 months)."""
        since_12 = today - relativedelta(months=12)
        since_6 = today - relativedelta(months=6)
        partner_filter_pos = SQL()
        partner_filter_move = SQL()
        if partner_ids is not None:
            partner_filter_pos = SQL("AND o.partner_id = ANY(%s)", list(partner_ids))
            partner_filter_move = SQL("AND m.partner_id = ANY(%s)", list(partner_ids))
        return SQL(
            """
            WITH paid AS (
                SELECT o.partner_id,
                       COALESCE(o.beauty_vip_origin_order_id, o.id) AS purchase,
                       o.date_order::date AS day,
                       o.amount_paid / COALESCE(NULLIF(o.currency_rate, 0), 1)
                           AS amount,
                       o.beauty_vip_origin_order_id IS NULL AS visit
                  FROM pos_order o
                 WHERE o.company_id = %(company)s
                   AND o.state IN ('paid', 'done', 'invoiced')
                   AND o.partner_id IS NOT NULL
                   AND o.date_order >= %(since_12)s
                   %(partner_filter_pos)s
                UNION ALL
                SELECT m.partner_id,
                       -COALESCE(m.reversed_entry_id, m.id),
                       m.invoice_date,
                       m.amount_total_signed - m.amount_residual_signed,
                       FALSE
                  FROM account_move m
                 WHERE m.company_id = %(company)s
                   AND m.move_type IN ('out_invoice', 'out_refund')
                   AND m.state = 'posted'
                   AND m.invoice_date >= %(since_12)s
                   %(partner_filter_move)s
                   AND NOT EXISTS (
                       SELECT 1 FROM pos_order po WHERE po.account_move = m.id)
            ), purchases AS (
                SELECT partner_id, purchase, MIN(day) AS day, SUM(amount) AS amount,
                       bool_or(visit) AS visit
                  FROM paid
              GROUP BY partner_id, purchase
            )
            SELECT partner_id,
                   MAX(amount),
                   COALESCE(SUM(amount) FILTER (WHERE day >= %(since_6)s), 0),
                   SUM(amount),
                   COUNT(DISTINCT day) FILTER (WHERE visit)
              FROM purchases
          GROUP BY partner_id
            """,
            company=company.id,
            since_12=since_12,
            since_6=since_6,
            partner_filter_pos=partner_filter_pos,
            partner_filter_move=partner_filter_move,
        )

    # --------------------------------------------------------- evaluation

    @api.model
    def _evaluate(self, ladders, partner_ids=None, reason="nightly", today=None):
        """Put every customer (or ``partner_ids``) on the tier she earned on each
        of ``ladders``. Upgrades at once; downgrades only at the yearly renewal
        (``reason='renewal'``); a manual placement holds until its end date unless
        a better tier is earned. Returns the number of tier changes."""
        today = today or fields.Date.context_today(self)
        self = self.sudo()
        changes = 0
        self.env["pos.order"].flush_model()
        self.env["account.move"].flush_model()
        for company, company_ladders in ladders.grouped("company_id").items():
            self.env.cr.execute(self._stats_query(company, today, partner_ids))
            stats = {
                row[0]: tuple(float(v or 0) for v in row[1:])
                for row in self.env.cr.fetchall()
            }
            for ladder in company_ladders:
                changes += self._evaluate_ladder(
                    ladder, stats, partner_ids, reason, today
                )
        return changes

    def _evaluate_ladder(self, ladder, stats, partner_ids, reason, today):
        tiers = ladder.tier_ids.sorted("sequence", reverse=True)
        default = tiers.filtered("is_default")[:1]
        rules = [(tier, tier._has_rules()) for tier in tiers]
        domain = [("ladder_id", "=", ladder.id)]
        if partner_ids is not None:
            domain.append(("partner_id", "in", list(partner_ids)))
        memberships = {m.partner_id.id: m for m in self.search(domain)}
        downgrade = reason == "renewal"
        until = ladder._next_renewal(today)
        to_create = []
        moves = defaultdict(lambda: self.browse())  # (tier, reason) -> memberships
        history = []
        figures = {}
        for partner_id in set(stats) | set(memberships):
            figures_row = stats.get(partner_id, (0.0, 0.0, 0.0, 0))
            earned = next(
                (
                    tier
                    for tier, has_rules in rules
                    if has_rules and tier._qualifies(figures_row)
                ),
                None,
            )
            if earned is None and default and partner_id in stats:
                earned = default
            membership = memberships.get(partner_id)
            if membership is None:
                if earned:
                    to_create.append(
                        {
                            "partner_id": partner_id,
                            "ladder_id": ladder.id,
                            "tier_id": earned.id,
                            "since": today,
                            "until": until,
                            **self._figures_values(figures_row, today),
                        }
                    )
                continue
            figures[membership.id] = figures_row
            current = membership.tier_id
            new, why = current, None
            manual_on = membership.manual and (
                not membership.manual_until or membership.manual_until >= today
            )
            if earned and (not current or earned.sequence > current.sequence):
                new, why = earned, "upgrade" if reason == "upgrade" else reason
            elif membership.manual and not manual_on:
                new, why = earned, "manual_end"
            elif downgrade and not manual_on and earned != current:
                new, why = earned, "renewal"
            if new != current:
                moves[(new, why)] |= membership
                history += [
                    {
                        "membership_id": membership.id,
                        "old_tier_id": current.id,
                        "new_tier_id": new.id if new else False,
                        "reason": why,
                        "paid_12m": figures_row[2],
                        "visits_12m": int(figures_row[3]),
                    }
                ]
        new_members = self.create(to_create) if to_create else self.browse()
        for membership, values in zip(new_members, to_create, strict=True):
            history.append(
                {
                    "membership_id": membership.id,
                    "old_tier_id": False,
                    "new_tier_id": values["tier_id"],
                    "reason": "upgrade" if reason == "upgrade" else reason,
                    "paid_12m": values["paid_12m"],
                    "visits_12m": values["visits_12m"],
                }
            )
        for (tier, why), members in moves.items():
            values = {"tier_id": tier.id if tier else False, "since": today}
            if why == "manual_end":
                values.update(manual=False, manual_reason=False, manual_until=False)
            members.write(values)
        # the figures and the renewal date of everyone evaluated
        by_figures = defaultdict(list)
        for membership_id, row in figures.items():
            by_figures[row].append(membership_id)
        for row, ids in by_figures.items():
            self.browse(ids).write({"until": until, **self._figures_values(row, today)})
        if history:
            self.env["beauty.vip.tier.history"].create(history)
        moved = self.browse([m.id for ms in moves.values() for m in ms])
        (new_members | moved)._ensure_cards()
        return len(history)

    @api.model
    def _figures_values(self, row, today):
        max_single, paid_6m, paid_12m, visits = row
        return {
            "max_single_order": max_single,
            "paid_6m": paid_6m,
            "paid_12m": paid_12m,
            "visits_12m": int(visits),
            "evaluated_on": today,
        }

    def _ensure_cards(self):
        """A points card for every member of a ladder with a points program: the
        customer's existing card of the program, else a new one (never two)."""
        members = self.filtered(
            lambda m: m.tier_id and m.ladder_id.program_id and not m.card_id
        )
        if not members:
            return
        Card = self.env["loyalty.card"].sudo().with_context(action_no_send_mail=True)
        existing = {
            (card.partner_id.id, card.program_id.id): card
            for card in Card.search(
                [
                    ("partner_id", "in", members.partner_id.ids),
                    ("program_id", "in", members.ladder_id.program_id.ids),
                ]
            )
        }
        to_create = []
        pending = []
        for member in members:
            key = (member.partner_id.id, member.ladder_id.program_id.id)
            if key in existing:
                member.card_id = existing[key]
            else:
                to_create.append(
                    {"partner_id": key[0], "program_id": key[1], "points": 0}
                )
                pending.append(member)
        for member, card in zip(pending, Card.create(to_create), strict=True):
            member.card_id = card

    # ------------------------------------------------------------- manual

    def _check_vip_manager(self):
        if not (
            self.env.su
            or self.env.user.has_group("beauty_dossier.group_beauty_manager")
        ):
            raise AccessError(
                self.env._("Only a store manager places a customer on a tier by hand.")
            )

    @api.model
    def _place(self, partner, tier, reason, until):
        """Place ``partner`` on ``tier`` by hand until ``until``, with a reason."""
        self._check_vip_manager()
        if not reason:
            raise UserError(self.env._("Give the reason of a manual placement."))
        if until and until < fields.Date.context_today(self):
            raise UserError(self.env._("The end date of a placement is in the future."))
        self = self.sudo()
        membership = self.search(
            [("partner_id", "=", partner.id), ("ladder_id", "=", tier.ladder_id.id)]
        )
        old = membership.tier_id
        values = {
            "tier_id": tier.id,
            "since": fields.Date.context_today(self),
            "until": until
            or tier.ladder_id._next_renewal(fields.Date.context_today(self)),
            "manual": True,
            "manual_reason": reason,
            "manual_until": until,
        }
        if membership:
            membership.write(values)
        else:
            membership = self.create(
                {"partner_id": partner.id, "ladder_id": tier.ladder_id.id, **values}
            )
        self.env["beauty.vip.tier.history"].create(
            {
                "membership_id": membership.id,
                "old_tier_id": old.id,
                "new_tier_id": tier.id,
                "reason": "manual",
                "note": reason,
                "paid_12m": membership.paid_12m,
                "visits_12m": membership.visits_12m,
            }
        )
        membership._ensure_cards()
        return membership

    # --------------------------------------------------------------- crons

    @api.model
    def _cron_evaluate(self):
        """Nightly: every ladder on rolling windows; the renewal (downgrades) on
        the first run after a ladder's renewal date."""
        today = fields.Date.context_today(self)
        ladders = self.env["beauty.vip.ladder"].sudo().search([("active", "=", True)])
        for ladder in ladders:
            renewal = ladder._due_renewal(today)
            reason = "renewal" if renewal else "nightly"
            if renewal and ladder.points_expire and ladder.program_id:
                ladder._expire_points(renewal)
            self._evaluate(ladder, reason=reason, today=today)
            if renewal:
                ladder.last_renewal_date = renewal
