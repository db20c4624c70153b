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
    max_single_order = fields.Monetary(
        compute="_compute_figures", currency_field="currency_id"
    )
    paid_6m = fields.Monetary(
        string="Paid in 6 Months",
        compute="_compute_figures",
        currency_field="currency_id",
    )
    paid_12m = fields.Monetary(
        string="Paid in 12 Months",
        compute="_compute_figures",
        currency_field="currency_id",
    )
    visits_12m = fields.Integer(
        string="Visits in 12 Months", compute="_compute_figures"
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    card_id = fields.Many2one(comodel_name="loyalty.card", readonly=True)
    birthday_used_year = fields.Integer(
        string="Birthday Benefit Used In", readonly=True
    )
    birthday_order_id = fields.Many2one(comodel_name="pos.order", readonly=True)
    pricelist_before_id = fields.Many2one(
        comodel_name="product.pricelist",
        string="Pricelist Before the Tier",
        readonly=True,
        help="The customer's own pricelist before her tier's: given back when she "
        "leaves the tier or the addon is uninstalled.",
    )
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
        purchases net of their refunds (``pos.order.beauty_vip_refunded``) and
        the paid part of invoices not made by the POS, credit notes with the
        invoice they reverse; rewards taken with points are not payments — as
        (partner_id, max_single, paid_6m, paid_12m, visits) over 12 months."""
        since_12 = today - relativedelta(months=12)
        since_6 = today - relativedelta(months=6)
        pos_filter = move_filter = SQL()
        if partner_ids is not None:
            pos_filter = SQL("AND o.partner_id = ANY(%s)", list(partner_ids))
            move_filter = SQL("AND m.partner_id = ANY(%s)", list(partner_ids))
        return SQL(
            """
            SELECT partner_id,
                   MAX(amount) AS max_single,
                   COALESCE(SUM(amount) FILTER (WHERE day >= %(since_6)s::timestamp), 0)
                       AS paid_6m,
                   SUM(amount) AS paid_12m,
                   COUNT(*) FILTER (WHERE visit) AS visits
              FROM (
                    SELECT o.partner_id, o.date_order AS day,
                           o.amount_paid::float8
                               / COALESCE(NULLIF(o.currency_rate, 0), 1)::float8
                               + COALESCE(o.beauty_vip_refunded, 0) AS amount,
                           TRUE AS visit
                      FROM pos_order o
                     WHERE o.company_id = %(company)s
                       AND o.state IN ('paid', 'done', 'invoiced')
                       AND o.partner_id IS NOT NULL
                       AND o.beauty_vip_origin_order_id IS NULL
                       AND o.date_order >= %(since_12)s
                       %(pos_filter)s
                 UNION ALL
                    SELECT m.partner_id, MIN(m.invoice_date)::timestamp,
                           SUM(m.amount_total_signed - m.amount_residual_signed),
                           FALSE
                      FROM account_move m
                     WHERE m.company_id = %(company)s
                       AND m.move_type IN ('out_invoice', 'out_refund')
                       AND m.state = 'posted'
                       AND m.invoice_date >= %(since_12)s
                       %(move_filter)s
                       AND NOT EXISTS (
                           SELECT 1 FROM pos_order po WHERE po.account_move = m.id)
                  GROUP BY m.partner_id, COALESCE(m.reversed_entry_id, m.id)
                   ) purchases
          GROUP BY partner_id
            """,
            company=company.id,
            since_12=since_12,
            since_6=since_6,
            pos_filter=pos_filter,
            move_filter=move_filter,
        )

    @api.model
    def _flush_paid(self):
        self.env["pos.order"].flush_model()
        self.env["account.move"].flush_model()

    @api.depends_context("beauty_vip_today")
    def _compute_figures(self):
        """The figures of the last 12 months, read live (at the date in the
        ``beauty_vip_today`` context key when given: a display, not a rule)."""
        self._flush_paid()
        today = self.env.context.get("beauty_vip_today") or fields.Date.context_today(
            self
        )
        stats = {}
        for company, memberships in self.grouped("company_id").items():
            if not company:
                continue
            self.env.cr.execute(
                self._stats_query(company, today, memberships.partner_id.ids)
            )
            for row in self.env.cr.fetchall():
                stats[(company.id, row[0])] = row[1:]
        for membership in self:
            row = stats.get((membership.company_id.id, membership.partner_id.id))
            max_single, paid_6m, paid_12m, visits = row or (0, 0, 0, 0)
            membership.max_single_order = max_single
            membership.paid_6m = paid_6m
            membership.paid_12m = paid_12m
            membership.visits_12m = visits

    # --------------------------------------------------------- evaluation

    @api.model
    def _earned_sql(self, ladder, rank=False):
        """SQL for the tier ``ladder`` gives the figures of ``s``: the best tier
        whose any rule holds, else the default tier for a customer who paid (its
        id, or its rank with ``rank``)."""
        whens = []
        tiers = ladder.tier_ids.sorted("sequence", reverse=True)
        for tier in tiers:
            rules = [
                SQL(f"s.{column} >= %s", threshold)
                for column, threshold in (
                    ("max_single", tier.min_single_order),
                    ("paid_6m", tier.min_paid_6m),
                    ("paid_12m", tier.min_paid_12m),
                    ("visits", tier.min_visits_12m),
                )
                if threshold
            ]
            if rules:
                whens.append(
                    SQL(
                        "WHEN %s THEN %s",
                        SQL(" OR ").join(rules),
                        tier.sequence if rank else tier.id,
                    )
                )
        default = tiers.filtered("is_default")[:1]
        if default:
            whens.append(
                SQL(
                    "WHEN s.partner_id IS NOT NULL THEN %s",
                    default.sequence if rank else default.id,
                )
            )
        if not whens:
            return SQL("NULL::int")
        return SQL("CASE %s END", SQL(" ").join(whens))

    @api.model
    def _evaluate(self, ladders, partner_ids=None, reason="nightly", today=None):
        """Put every customer (or ``partner_ids``) on the tier she earned on each
        of ``ladders``, in one query per store that returns only the customers
        whose tier may change. Upgrades at once; downgrades only at the yearly
        renewal (``reason='renewal'``); a manual placement holds until its end
        date unless a better tier is earned. Returns the number of changes."""
        today = today or fields.Date.context_today(self)
        self = self.sudo()
        self._flush_paid()
        self.flush_model()
        changes = 0
        for company, company_ladders in ladders.grouped("company_id").items():
            member_filter = SQL()
            if partner_ids is not None:
                member_filter = SQL("AND partner_id = ANY(%s)", list(partner_ids))
            if reason == "renewal":
                # any tier may change, downwards too
                may_change = SQL("e.tier IS DISTINCT FROM m.tier_id")
            else:
                # only upwards
                may_change = SQL(
                    "e.tier IS NOT NULL AND (m.tier_id IS NULL OR e.rank > m.tier_rank)"
                )
            selects = [
                SQL(
                    """
                    SELECT %(ladder)s, COALESCE(s.partner_id, m.partner_id), e.tier,
                           m.id, s.paid_12m, s.visits
                      FROM stats s
                      FULL JOIN (
                            SELECT id, partner_id, tier_id, tier_rank, manual,
                                   manual_until
                              FROM beauty_vip_membership
                             WHERE ladder_id = %(ladder)s %(member_filter)s
                           ) m ON m.partner_id = s.partner_id
                     CROSS JOIN LATERAL (
                            SELECT %(earned)s AS tier, %(rank)s AS rank) e
                     WHERE (%(may_change)s)
                        OR (m.manual AND m.manual_until < %(today)s)
                    """,
                    ladder=ladder.id,
                    member_filter=member_filter,
                    earned=self._earned_sql(ladder),
                    rank=self._earned_sql(ladder, rank=True),
                    may_change=may_change,
                    today=today,
                )
                for ladder in company_ladders
            ]
            self.env.cr.execute(
                SQL(
                    "WITH stats AS (%s) %s",
                    self._stats_query(company, today, partner_ids),
                    SQL(" UNION ALL ").join(selects),
                )
            )
            rows = self.env.cr.fetchall()
            for ladder in company_ladders:
                changes += self._apply(
                    ladder, [row for row in rows if row[0] == ladder.id], reason, today
                )
        return changes

    def _apply(self, ladder, rows, reason, today):
        """Apply the tier changes of ``rows`` (ladder, partner, earned tier,
        membership, paid in 12 months, visits) on ``ladder``."""
        if not rows:
            return 0
        Tier = self.env["beauty.vip.tier"]
        memberships = self.browse([row[3] for row in rows if row[3]])
        by_id = {m.id: m for m in memberships}
        until = ladder._next_renewal(today)
        to_create, history = [], []
        moves = defaultdict(lambda: self.browse())  # (tier, reason) -> memberships
        for _ladder, partner_id, earned_id, membership_id, paid, visits in rows:
            earned = Tier.browse(earned_id)
            figures = {"paid_12m": paid or 0.0, "visits_12m": visits or 0}
            membership = by_id.get(membership_id)
            if membership is None:
                if earned:
                    to_create.append(
                        {
                            "partner_id": partner_id,
                            "ladder_id": ladder.id,
                            "tier_id": earned.id,
                            "since": today,
                            "until": until,
                        }
                    )
                    history.append((None, False, earned.id, reason, figures))
                continue
            current = membership.tier_id
            manual_on = membership.manual and (
                not membership.manual_until or membership.manual_until >= today
            )
            new, why = current, None
            if earned and (not current or earned.sequence > current.sequence):
                new, why = earned, reason
            elif membership.manual and not manual_on:
                new, why = earned, "manual_end"
            elif reason == "renewal" and not manual_on:
                new, why = earned, "renewal"
            if why == "manual_end" or new != current:
                moves[(new, why)] |= membership
                history.append((membership, current.id, new.id, why, figures))
        new_members = self.create(to_create) if to_create else self.browse()
        created = iter(new_members)
        history_values = []
        for membership, old_id, new_id, why, figures in history:
            history_values.append(
                {
                    "membership_id": (membership or next(created)).id,
                    "old_tier_id": old_id,
                    "new_tier_id": new_id,
                    "reason": why,
                    **figures,
                }
            )
        for (tier, why), members in moves.items():
            values = {"tier_id": tier.id, "since": today, "until": until}
            if why == "manual_end":
                values.update(manual=False, manual_reason=False, manual_until=False)
            members.write(values)
        if history_values:
            self.env["beauty.vip.tier.history"].create(history_values)
        moved = self.browse([m.id for ms in moves.values() for m in ms])
        (new_members | moved)._ensure_cards()
        (new_members | moved)._apply_pricelist()
        return len(history_values)

    def _apply_pricelist(self):
        """The customer's pricelist is her tier's on the ladder shown as her tier:
        the POS applies it when she is chosen (Odoo's partner pricelist). Without
        a tier she gets back the pricelist she had before (none: the store's
        default, never a tier's)."""
        members = self.filtered("ladder_id.is_main")
        members.filtered(lambda m: not m.tier_id.pricelist_id)._restore_pricelist()
        for (company, tier), group in (
            members.filtered("tier_id.pricelist_id")
            .grouped(lambda m: (m.company_id, m.tier_id))
            .items()
        ):
            partners = group.partner_id.with_company(company).sudo()
            # her own pricelist (not a tier's), kept to be given back
            own = {
                p.id: p.specific_property_product_pricelist
                for p in partners
                if not p.specific_property_product_pricelist.beauty_vip_tier
            }
            for pricelist, kept in (
                group.filtered(
                    lambda m, own=own: not m.pricelist_before_id
                    and own.get(m.partner_id.id)
                )
                .grouped(lambda m, own=own: own[m.partner_id.id])
                .items()
            ):
                kept.pricelist_before_id = pricelist
            # the stored company-dependent value behind property_product_pricelist,
            # in one write (its inverse searches once per customer)
            partners.write(
                {"specific_property_product_pricelist": tier.pricelist_id.id}
            )

    def _restore_pricelist(self):
        """Give the members back the pricelist they had before their tier's."""
        for (company, before), group in self.grouped(
            lambda m: (m.company_id, m.pricelist_before_id)
        ).items():
            partners = (
                group.partner_id.with_company(company)
                .sudo()
                .filtered(
                    lambda p: p.specific_property_product_pricelist.beauty_vip_tier
                )
            )
            partners.write({"specific_property_product_pricelist": before.id})
        self.filtered("pricelist_before_id").pricelist_before_id = False

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
                    {
                        "partner_id": key[0],
                        "program_id": key[1],
                        "points": 0,
                        # a card number of our own: loyalty's random codes collide
                        # among a hundred thousand cards
                        "code": self.env["ir.sequence"].next_by_code("beauty.vip.card"),
                    }
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
        membership._apply_pricelist()
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
                self.flush_model()
                self.env.cr.execute(
                    "UPDATE beauty_vip_membership SET until = %s WHERE ladder_id = %s",
                    [ladder._next_renewal(today), ladder.id],
                )
                self.invalidate_model(["until"])

    # ------------------------------------------------------------ birthday

    def _birthday_discount(self, today=None):
        """The birthday discount this member may have today: her tier's, in the
        ladder's birthday window, once a year (0 otherwise). The birth date comes
        from her file, read by the server only."""
        self.ensure_one()
        today = today or fields.Date.context_today(self)
        tier = self.tier_id
        if not tier.birthday_discount or self.birthday_used_year == today.year:
            return 0.0
        dossier = self.partner_id.sudo().beauty_dossier_ids.filtered(
            lambda d: d.company_id == self.company_id
        )[:1]
        if not self.ladder_id._birthday_in_window(dossier.birthday, today):
            return 0.0
        return tier.birthday_discount
