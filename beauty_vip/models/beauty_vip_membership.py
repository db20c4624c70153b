# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from collections import defaultdict

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import SQL, split_every

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
    # what a customer spends is for the store manager only (not the front desk,
    # the beauticians, the cashier or sales): in every path, read, search,
    # export; not stored, nobody sorts or groups by them (the Tier Distribution
    # report does, for the store manager)
    max_single_order = fields.Monetary(
        compute="_compute_figures",
        search="_search_max_single_order",
        currency_field="currency_id",
        groups="beauty_dossier.group_beauty_manager",
    )
    paid_6m = fields.Monetary(
        string="Paid in 6 Months",
        compute="_compute_figures",
        search="_search_paid_6m",
        currency_field="currency_id",
        groups="beauty_dossier.group_beauty_manager",
    )
    paid_12m = fields.Monetary(
        string="Paid in 12 Months",
        compute="_compute_figures",
        search="_search_paid_12m",
        currency_field="currency_id",
        groups="beauty_dossier.group_beauty_manager",
    )
    visits_12m = fields.Integer(
        string="Visits in 12 Months",
        compute="_compute_figures",
        search="_search_visits_12m",
        groups="beauty_dossier.group_beauty_manager",
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
    def _partner_filter(self, column, partner_ids=None, partner_range=None):
        """SQL restricting ``column`` to ``partner_ids``, or to the ids in the
        ``partner_range`` (lowest excluded, highest included) of a batch."""
        conditions = []
        if partner_ids is not None:
            conditions.append(SQL("AND %s = ANY(%s)", column, list(partner_ids)))
        if partner_range is not None:
            low, high = partner_range
            conditions.append(
                SQL("AND %s > %s AND %s <= %s", column, low, column, high)
            )
        return SQL(" ").join(conditions)

    @api.model
    def _purchases_sql(self, company, since_12, pos_filter=None, move_filter=None):
        """What customers actually paid — POS purchases net of their refunds
        (``pos.order.beauty_vip_refunded``) and the paid part of invoices not made
        by the POS, credit notes with the invoice they reverse; rewards taken with
        points are not payments — as rows (partner_id, day, amount in the
        company's currency, visit) since ``since_12``, in ``company`` (an id), or
        in every store with None (the report), company_id first; ``since_12`` is
        SQL."""
        return SQL(
            """
                    SELECT %(pos_store)s o.partner_id, o.date_order AS day,
                           o.amount_paid::float8
                               / COALESCE(NULLIF(o.currency_rate, 0), 1)::float8
                               + COALESCE(o.beauty_vip_refunded, 0) AS amount,
                           TRUE AS visit
                      FROM pos_order o
                     WHERE %(pos_company)s
                       AND o.state IN ('paid', 'done', 'invoiced')
                       AND o.partner_id IS NOT NULL
                       AND o.beauty_vip_origin_order_id IS NULL
                       AND o.date_order >= %(since_12)s
                       %(pos_filter)s
                 UNION ALL
                    SELECT %(move_store)s m.partner_id, MIN(m.invoice_date)::timestamp,
                           SUM(m.amount_total_signed - m.amount_residual_signed),
                           FALSE
                      FROM account_move m
                     WHERE %(move_company)s
                       AND m.move_type IN ('out_invoice', 'out_refund')
                       AND m.state = 'posted'
                       AND m.invoice_date >= %(since_12)s
                       %(move_filter)s
                       AND NOT EXISTS (
                           SELECT 1 FROM pos_order po WHERE po.account_move = m.id)
                  GROUP BY %(move_store)s m.partner_id,
                           COALESCE(m.reversed_entry_id, m.id)
            """,
            pos_company=SQL("o.company_id = %s", company) if company else SQL("TRUE"),
            move_company=SQL("m.company_id = %s", company) if company else SQL("TRUE"),
            # the store as first column only for every store: one column less
            # for the nightly evaluation to carry
            pos_store=SQL() if company else SQL("o.company_id,"),
            move_store=SQL() if company else SQL("m.company_id,"),
            since_12=since_12,
            pos_filter=pos_filter or SQL(),
            move_filter=move_filter or SQL(),
        )

    @api.model
    def _stats_query(self, company, today, partner_ids=None, partner_range=None):
        """What each customer actually paid in ``company``'s currency (see
        ``_purchases_sql``), as (partner_id, max_single, paid_6m, paid_12m,
        visits) over 12 months; for ``partner_ids`` or a ``partner_range``."""
        since_12 = today - relativedelta(months=12)
        since_6 = today - relativedelta(months=6)
        return SQL(
            """
            SELECT partner_id,
                   MAX(amount) AS max_single,
                   COALESCE(SUM(amount) FILTER (WHERE day >= %(since_6)s::timestamp), 0)
                       AS paid_6m,
                   SUM(amount) AS paid_12m,
                   COUNT(*) FILTER (WHERE visit) AS visits
              FROM (%(purchases)s) purchases
          GROUP BY partner_id
            """,
            since_6=since_6,
            purchases=self._purchases_sql(
                company.id,
                SQL("%s", since_12),
                self._partner_filter(SQL("o.partner_id"), partner_ids, partner_range),
                self._partner_filter(SQL("m.partner_id"), partner_ids, partner_range),
            ),
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

    def _search_figure(self, column, operator, value):
        """The memberships of the current stores whose figure ``column`` of
        ``_stats_query`` compares to ``value`` (0 without a purchase): for the
        store manager only, as the figures."""
        if not (
            self.env.su
            or self.env.user.has_group("beauty_dossier.group_beauty_manager")
        ):
            raise AccessError(
                self.env._("Only a store manager reads what the customers spend.")
            )
        operators = {"=": "=", "!=": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
        if operator not in operators or not isinstance(value, int | float):
            raise UserError(self.env._("A spend figure is compared to a number."))
        self._flush_paid()
        self.flush_model()
        today = fields.Date.context_today(self)
        ids = []
        for company in self.env.companies:
            self.env.cr.execute(
                SQL(
                    """
                    SELECT m.id
                      FROM beauty_vip_membership m
                 LEFT JOIN (%(stats)s) s ON s.partner_id = m.partner_id
                     WHERE m.company_id = %(company)s
                       AND COALESCE(s.%(column)s, 0) %(operator)s %(value)s
                    """,
                    stats=self._stats_query(company, today),
                    company=company.id,
                    column=SQL.identifier(column),
                    operator=SQL(operators[operator]),
                    value=value,
                )
            )
            ids.extend(row[0] for row in self.env.cr.fetchall())
        return [("id", "in", ids)]

    def _search_max_single_order(self, operator, value):
        return self._search_figure("max_single", operator, value)

    def _search_paid_6m(self, operator, value):
        return self._search_figure("paid_6m", operator, value)

    def _search_paid_12m(self, operator, value):
        return self._search_figure("paid_12m", operator, value)

    def _search_visits_12m(self, operator, value):
        return self._search_figure("visits", operator, value)

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
    def _evaluate(
        self,
        ladders,
        partner_ids=None,
        reason="nightly",
        today=None,
        partner_range=None,
    ):
        """Put every customer (or ``partner_ids``, or those of a batch's
        ``partner_range``) on the tier she earned on each of ``ladders``, in one
        query per store that returns only the customers whose tier may change.
        Upgrades at once; downgrades only at the yearly renewal
        (``reason='renewal'``); a manual placement holds until its end date
        unless a better tier is earned. Returns the number of changes."""
        today = today or fields.Date.context_today(self)
        self = self.sudo()
        self._flush_paid()
        self.flush_model()
        changes = 0
        for company, company_ladders in ladders.grouped("company_id").items():
            member_filter = self._partner_filter(
                SQL("partner_id"), partner_ids, partner_range
            )
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
                    self._stats_query(company, today, partner_ids, partner_range),
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
        frozen = (
            self._downgrade_frozen_partner_ids([row[1] for row in rows if row[3]])
            if reason == "renewal"
            else set()
        )
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
                lower = not earned or (current and earned.sequence < current.sequence)
                if not (lower and partner_id in frozen):
                    new, why = earned, "renewal"
            if why == "manual_end" or new != current:
                moves[(new, why)] |= membership
                history.append((membership, current.id, new.id, why, figures))
        new_members = self._insert_memberships(to_create)
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

    @api.model
    def _downgrade_frozen_partner_ids(self, partner_ids):
        """The customers of ``partner_ids`` whose yearly downgrade waits: those
        to handle with care right now (an open complaint, with
        ``beauty_complaints``: ``res.partner._beauty_handle_with_care_reasons``).
        They keep their tier until the next renewal that finds no reason."""
        partners = self.env["res.partner"].browse(partner_ids)
        return set(partners._beauty_handle_with_care_reasons())

    @api.model
    def _insert_memberships(self, vals_list):
        """Create the memberships of ``vals_list`` (in its order) with
        ``INSERT ... ON CONFLICT DO NOTHING``: when two transactions put the same
        new customer on a ladder at the same moment (two terminals syncing her
        first orders), the second one waits for the first, and PostgreSQL, which
        cannot show it the first one's membership in its snapshot (Odoo's
        REPEATABLE READ), fails it with a serialisation failure — which Odoo
        retries, where a unique violation would fail the synchronisation; the
        retry then finds the membership. Only the columns below are written (the
        model has no other stored field to compute)."""
        if not vals_list:
            return self.browse()
        self.flush_model()
        columns = [
            "partner_id",
            "ladder_id",
            "tier_id",
            "since",
            "until",
            "manual",
            "manual_reason",
            "manual_until",
        ]
        ladders = self.env["beauty.vip.ladder"].browse(
            {vals["ladder_id"] for vals in vals_list}
        )
        company_of = {ladder.id: ladder.company_id.id for ladder in ladders}
        tiers = self.env["beauty.vip.tier"].browse(
            {vals["tier_id"] for vals in vals_list if vals.get("tier_id")}
        )
        rank_of = {tier.id: tier.sequence for tier in tiers}
        now = SQL("NOW() AT TIME ZONE 'UTC'")

        def value(vals, column):
            # the ORM's False is NULL, but for the boolean
            if column == "manual":
                return bool(vals.get(column))
            return vals.get(column) or None

        ids = []
        for chunk in split_every(1000, vals_list):
            rows = [
                SQL(
                    "(%s, %s, %s, %s, %s, %s, %s)",
                    SQL(", ").join(
                        SQL("%s", value(vals, column)) for column in columns
                    ),
                    company_of[vals["ladder_id"]],
                    rank_of.get(vals.get("tier_id")),
                    self.env.uid,
                    self.env.uid,
                    now,
                    now,
                )
                for vals in chunk
            ]
            self.env.cr.execute(
                SQL(
                    """
                    INSERT INTO beauty_vip_membership (%s, company_id, tier_rank,
                           create_uid, write_uid, create_date, write_date)
                    VALUES %s
                        ON CONFLICT (partner_id, ladder_id) DO NOTHING
                    RETURNING id
                    """,
                    SQL(", ").join(SQL.identifier(column) for column in columns),
                    SQL(", ").join(rows),
                ),
                # the serialisation failure of a concurrent creation is expected
                # and retried: not a "bad query" for the log
                log_exceptions=False,
            )
            ids.extend(row[0] for row in self.env.cr.fetchall())
        if len(ids) != len(vals_list):
            # only a membership of this very transaction conflicts without a
            # serialisation failure: a caller's bug
            raise UserError(self.env._("A customer stands once on a ladder."))
        # the customers' memberships the cache may hold are incomplete
        self.env["res.partner"].invalidate_model(["beauty_vip_membership_ids"])
        return self.browse(ids)

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
                    {"partner_id": key[0], "program_id": key[1], "points": 0}
                )
                pending.append(member)
        # a card number of our own: loyalty's random codes collide among a
        # hundred thousand cards
        for values, code in zip(
            to_create, self._new_card_codes(len(to_create)), strict=True
        ):
            values["code"] = code
        for member, card in zip(pending, Card.create(to_create), strict=True):
            member.card_id = card

    @api.model
    def _new_card_codes(self, count):
        """``count`` new card numbers of the ``beauty.vip.card`` sequence, drawn
        in one query (the sequence chosen as ``next_by_code`` chooses it)."""
        if not count:
            return []
        Sequence = self.env["ir.sequence"].sudo()  # a technical sequence
        sequence = Sequence.search(
            [
                ("code", "=", "beauty.vip.card"),
                ("company_id", "in", [self.env.company.id, False]),
            ],
            order="company_id",
            limit=1,
        )
        if (
            not sequence
            or sequence.implementation != "standard"
            or (sequence.use_date_range)
        ):
            return [Sequence.next_by_code("beauty.vip.card") for _i in range(count)]
        self.env.cr.execute(
            SQL(
                "SELECT nextval(%s) FROM generate_series(1, %s) ORDER BY 1",
                f"ir_sequence_{sequence.id:03d}",
                count,
            )
        )
        prefix, suffix = sequence._get_prefix_suffix()
        return [
            f"{prefix}{number:0{sequence.padding}d}{suffix}"
            for (number,) in self.env.cr.fetchall()
        ]

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
            membership = self._insert_memberships(
                [{"partner_id": partner.id, "ladder_id": tier.ladder_id.id, **values}]
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
    def _cron_batch_size(self):
        """How many customers (or cards) a VIP cron goes through per committed
        transaction: the ``beauty_vip.cron_batch_size`` system parameter."""
        size = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("beauty_vip.cron_batch_size")
        )
        return int(size or 0) or 10000

    @api.model
    def _cron_evaluate(self):
        """Nightly: every ladder on rolling windows; at the first run after a
        ladder's renewal date, its points expire, then the renewal (downgrades).
        One batch of cards or customers per call: the cron runner commits it and
        calls again while some remain (``_notify_progress``, and a trigger).
        Each ladder keeps where its run stands, so that a run killed midway goes
        on from its last committed batch: each card is expired, each customer
        evaluated, once; an unfinished run ends before the next one starts."""
        today = fields.Date.context_today(self)
        size = self._cron_batch_size()
        ladders = self.env["beauty.vip.ladder"].sudo().search([("active", "=", True)])
        ladders.filtered(
            lambda ladder: ladder.evaluation_step == "done"
            and ladder.evaluation_date != today
        )._start_evaluation(today)
        running = ladders.filtered(lambda ladder: ladder.evaluation_step != "done")
        done = 0
        if running:
            first = running[0]
            if first.evaluation_step == "expire":
                done = first._expire_points_batch(size)
            else:
                # the ladders of a store at the same point go through the same
                # customers together (one query for all)
                def key(ladder):
                    return (
                        ladder.evaluation_step,
                        ladder.company_id,
                        ladder.evaluation_date,
                        ladder.evaluation_cursor,
                        ladder._evaluation_reason(),
                    )

                done = self._evaluate_batch(
                    running.filtered(lambda ladder: key(ladder) == key(first)), size
                )
            running = running.filtered(lambda ladder: ladder.evaluation_step != "done")
        # the customers left in the batch's ladders are not counted again: the
        # ladders still running count one each, enough for the runner to go on
        remaining = len(running)
        self.env["ir.cron"]._notify_progress(done=done, remaining=remaining)
        if remaining:
            self.env.ref("beauty_vip.ir_cron_vip_evaluate")._trigger()

    @api.model
    def _evaluation_candidates(self, ladders, today, after):
        """The customers a run of ``ladders`` (of one store) goes through, after
        the customer ``after``, by id: their members and whoever paid there in
        the last 12 months."""
        company = ladders.company_id
        self._flush_paid()
        self.flush_model()
        high = 2**31 - 1
        self.env.cr.execute(
            SQL(
                """
                SELECT partner_id
                  FROM beauty_vip_membership
                 WHERE ladder_id = ANY(%(ladders)s) AND partner_id > %(after)s
                 UNION
                SELECT partner_id FROM (%(purchases)s) purchases
              ORDER BY 1
                """,
                ladders=ladders.ids,
                after=after,
                purchases=self._purchases_sql(
                    company.id,
                    SQL("%s", today - relativedelta(months=12)),
                    self._partner_filter(SQL("o.partner_id"), None, (after, high)),
                    self._partner_filter(SQL("m.partner_id"), None, (after, high)),
                ),
            )
        )
        return [row[0] for row in self.env.cr.fetchall()]

    @api.model
    def _evaluate_batch(self, ladders, size):
        """Evaluate the next ``size`` customers of the run of ``ladders`` (of one
        store, at the same point); the last batch finishes the run. Returns the
        customers done."""
        first = ladders[0]
        today, after = first.evaluation_date, first.evaluation_cursor
        candidates = self._evaluation_candidates(ladders, today, after)
        batch = candidates[:size]
        if batch:
            self._evaluate(
                ladders,
                reason=first._evaluation_reason(),
                today=today,
                partner_range=(after, batch[-1]),
            )
        if len(candidates) > size:
            ladders.evaluation_cursor = batch[-1]
        else:
            ladders._finish_evaluation()
        return len(batch)

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
        # one customer, one file: whichever store of the chain opened it
        dossier = self.partner_id.sudo().beauty_dossier_ids[:1]
        if not self.ladder_id._birthday_in_window(dossier.birthday, today):
            return 0.0
        return tier.birthday_discount
