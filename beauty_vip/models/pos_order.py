# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.tools import SQL, float_round


class PosOrder(models.Model):
    _inherit = "pos.order"

    beauty_vip_origin_order_id = fields.Many2one(
        comodel_name="pos.order",
        string="Original Order of the Refund",
        compute="_compute_beauty_vip_origin_order",
        store=True,
        index="btree_not_null",
        help="For a refund, the order it refunds: the VIP figures count a purchase "
        "net of its refunds.",
    )

    # written on a purchase only when it is refunded: the other orders keep the
    # column empty (no second write of the row, no wider table)
    beauty_vip_refunded = fields.Float(
        string="Refunded (Company Currency)",
        readonly=True,
        copy=False,
        help="What the paid refunds of this order gave back, in the company "
        "currency (a negative amount): the VIP figures count the order's payment "
        "plus this.",
    )

    beauty_vip_birthday = fields.Boolean(
        string="Birthday Benefit",
        readonly=True,
        help="The cashier applied the customer's birthday benefit to this order.",
    )
    beauty_vip_birthday_undue = fields.Boolean(
        string="Birthday Benefit Not Due",
        readonly=True,
        copy=False,
        help="The order was paid with a birthday benefit the customer did not have "
        "(checked when the order reached the server, e.g. taken offline): the store "
        "manager has a task to follow it up.",
    )
    beauty_vip_points_owed = fields.Float(
        string="VIP Points Owed",
        readonly=True,
        copy=False,
        help="Points the order's gifts (or its refund) took beyond the card's "
        "balance when the order reached the server: the card stays at zero, this is "
        "what the customer owes.",
    )

    @api.depends("lines.refunded_orderline_id")
    def _compute_beauty_vip_origin_order(self):
        for order in self:
            order.beauty_vip_origin_order_id = (
                order.lines.refunded_orderline_id.order_id[:1]
            )

    def action_pos_order_paid(self):
        res = super().action_pos_order_paid()
        # a paid order is always accepted: what the VIP rules refuse is recorded
        # on the order, never raised (Odoo would log it and lose the rest); the
        # savepoint keeps the order paid if an unexpected error still occurs
        with self.env.cr.savepoint():
            self._beauty_vip_after_payment()
        return res

    def _beauty_vip_ladders(self):
        return (
            self.env["beauty.vip.ladder"]
            .sudo()
            .search([("company_id", "in", self.company_id.ids)])
        )

    def _beauty_vip_after_payment(self):
        """A paid order upgrades its customer at once and earns (or, refunded,
        takes back) the points of what was actually paid; all on the server."""
        self.filtered("beauty_vip_origin_order_id")._beauty_vip_update_refunded()
        orders = self.filtered(lambda o: o.partner_id and o.state != "draft")
        if not orders:
            return
        orders.filtered("beauty_vip_birthday")._beauty_vip_use_birthday()
        Membership = self.env["beauty.vip.membership"].sudo()
        for company_orders in orders.grouped("company_id").values():
            ladders = company_orders._beauty_vip_ladders()
            if ladders:
                Membership._evaluate(
                    ladders,
                    partner_ids=company_orders.partner_id.ids,
                    reason="upgrade",
                )
        orders._beauty_vip_points()

    def _beauty_vip_update_refunded(self):
        """Recompute what the refunds ``self`` gave back on the purchases they
        refund, all paid refunds of those purchases counted; idempotent (a
        refund synced twice gives the same figure)."""
        origins = self.beauty_vip_origin_order_id
        if not origins:
            return
        self.flush_model()  # the currency rate of a new refund included
        self.env.cr.execute(
            SQL(
                """
                UPDATE pos_order o
                   SET beauty_vip_refunded = (
                       SELECT SUM(r.amount_paid::float8
                                  / COALESCE(NULLIF(r.currency_rate, 0), 1)::float8)
                         FROM pos_order r
                        WHERE r.beauty_vip_origin_order_id = o.id
                          AND r.state IN ('paid', 'done', 'invoiced'))
                 WHERE o.id = ANY(%s)
                """,
                origins.ids,
            )
        )
        origins.invalidate_recordset(["beauty_vip_refunded"])

    @api.model
    def _beauty_vip_birthday_problem(self, membership, today, discounts):
        """Why a birthday benefit on lines ``discounts`` ((product, discount)
        pairs) is not due to ``membership`` on ``today`` — once a year, on her
        birthday, never above her tier's birthday discount, never on a promotional
        product — or ``None`` when it is."""
        rate = membership and membership._birthday_discount(today)
        if not rate:
            return self.env._(
                "%(customer)s has no birthday benefit today (not her birthday, or "
                "already used this year).",
                customer=membership.partner_id.name or self.env._("The customer"),
            )
        for product, discount in discounts:
            if discount and (discount > rate + 0.001 or product.beauty_promotional):
                return self.env._(
                    "The birthday benefit is %(rate)s%% and does not apply to "
                    "promotional products: line %(product)s.",
                    rate=rate,
                    product=product.display_name,
                )
        return None

    def _beauty_vip_use_birthday(self):
        """Mark the birthday benefit the POS applied used for the year; a benefit
        that was not due is recorded on the order for the store manager, and
        never granted a second time."""
        for order in self:
            membership = order.partner_id.sudo()._beauty_vip_main_membership(
                order.company_id
            )
            if membership.birthday_order_id == order:
                continue  # the same order synced again
            if membership:
                # checked and marked under the membership's row lock: of two
                # terminals syncing the benefit at once, the second one retries
                # (REPEATABLE READ) and finds it used
                self.env.cr.execute(
                    SQL(
                        "SELECT 1 FROM beauty_vip_membership WHERE id = %s "
                        "FOR NO KEY UPDATE",
                        membership.id,
                    ),
                    log_exceptions=False,
                )
            today = fields.Date.context_today(order, order.date_order)
            problem = self._beauty_vip_birthday_problem(
                membership,
                today,
                [(line.product_id, line.discount) for line in order.lines],
            )
            if membership and membership._birthday_discount(today):
                # her benefit of the year, used on this order (even if beyond it)
                membership.write(
                    {"birthday_used_year": today.year, "birthday_order_id": order.id}
                )
            if problem:
                order.beauty_vip_birthday_undue = True
                order._beauty_vip_report(problem)

    def _beauty_vip_report(self, problem):
        """Record on the order what the VIP rules refused after the payment, and
        give the store manager a task on the customer."""
        self.ensure_one()
        body = self.env._(
            "Paid order accepted, to be followed up: %(problem)s", problem=problem
        )
        self.message_post(body=body)
        manager = self._beauty_vip_manager()
        # the task is the system's, whoever synced the order: the cashier may not
        # assign tasks on customers herself
        self.partner_id.sudo().activity_schedule(
            "mail.mail_activity_data_todo",
            summary=self.env._("VIP: follow up order %(order)s", order=self.name),
            note=body,
            user_id=manager.id,
        )

    def _beauty_vip_manager(self):
        """The store manager who follows up the order (the session's responsible
        when the store has none)."""
        self.ensure_one()
        managers = (
            self.env.ref("beauty_dossier.group_beauty_manager")
            .sudo()
            .users.filtered(lambda u: self.company_id in u.company_ids)
        )
        return managers.sorted("id")[:1] or self.session_id.user_id or self.env.user

    def _beauty_vip_paid(self):
        """What was actually paid, in the company currency (negative for a
        refund); rewards paid with points are not payments."""
        self.ensure_one()
        return self.amount_paid / (self.currency_rate or 1.0)

    def _beauty_vip_points(self):
        History = self.env["loyalty.history"].sudo()
        for order in self:
            memberships = order.partner_id.sudo().beauty_vip_membership_ids.filtered(
                lambda m, o=order: m.company_id == o.company_id
                and m.card_id
                and m.tier_id
            )
            for membership in memberships:
                card = membership.card_id
                done = History.search_count(
                    [
                        ("card_id", "=", card.id),
                        ("order_model", "=", "pos.order"),
                        ("order_id", "=", order.id),
                    ],
                    limit=1,
                )
                if done:
                    continue  # the same order synced twice counts once
                program = card.program_id
                rate = (
                    sum(
                        program.rule_ids.filtered(
                            lambda r: r.reward_point_mode == "money"
                        ).mapped("reward_point_amount")
                    )
                    or 1.0
                )
                earned = float_round(
                    order._beauty_vip_paid()
                    * rate
                    * membership.tier_id.points_multiplier,
                    precision_digits=0,
                    rounding_method="DOWN",
                )
                spent = order._beauty_vip_points_spent(card)
                if not earned and not spent:
                    continue
                # points never go below zero: what the gifts (or a refund) take
                # beyond the balance is owed, recorded on the order
                owed = max(spent - earned - card.points, 0.0)
                # REPEATABLE READ: two orders crediting the same card at once make
                # the second transaction retry, so no point is ever lost
                card.points += earned - spent + owed
                History.create(
                    {
                        "card_id": card.id,
                        "order_model": "pos.order",
                        "order_id": order.id,
                        "description": self.env._(
                            "%(order)s: tier %(tier)s, points x%(factor)s",
                            order=order.name,
                            tier=membership.tier_id.name,
                            factor=membership.tier_id.points_multiplier,
                        ),
                        "issued": max(earned, 0.0),
                        "used": spent + max(-earned, 0.0) - owed,
                    }
                )
                if owed:
                    order.beauty_vip_points_owed += owed
                    order._beauty_vip_report(
                        self.env._(
                            "card %(card)s had %(points)s points, %(owed)s short "
                            "for the gifts or the refund: the card is at 0, the "
                            "customer owes %(owed)s points.",
                            card=card.code,
                            points=card.points - earned + spent - owed,
                            owed=owed,
                        )
                    )

    def _beauty_vip_points_spent(self, card):
        """Points the order's gifts cost on ``card``, from the rewards' own
        price (never from what the POS client says they cost)."""
        self.ensure_one()
        return sum(
            self._beauty_vip_reward_cost(line.reward_id, line.qty, line.points_cost)
            for line in self.lines.filtered(
                lambda line: line.is_reward_line
                and line.reward_id.program_id == card.program_id
            )
        )

    @api.model
    def _beauty_vip_reward_cost(self, reward, qty, points_cost):
        """What a reward line of ``qty`` costs in points, from the reward's own
        price."""
        if reward.reward_type == "product":
            return reward.required_points * abs(qty) / (reward.reward_product_qty or 1)
        return max(points_cost, reward.required_points)

    # ------------------------------------------------------ before payment

    @api.model
    def beauty_vip_check_before_payment(self, config_id, partner_id, order):
        """Called by the payment screen before it validates: whether the birthday
        benefit and the gifts of ``order`` are due, with a message for the
        cashier when they are not. ``order``: ``{"birthday": bool, "date": str,
        "lines": [{"product_id", "discount", "qty", "reward_id",
        "points_cost"}]}``. The server checks again when the order is synced,
        and then records rather than refuses."""
        config = self.env["pos.config"].browse(config_id).exists()
        partner = self.env["res.partner"].browse(partner_id).exists()
        if not config or not partner:
            return {"successful": True}
        config.check_access("read")
        partner.check_access("read")
        company = config.company_id
        lines = order.get("lines") or []
        products = self.env["product.product"].browse(
            [line["product_id"] for line in lines if line.get("product_id")]
        )
        products.check_access("read")
        partner_sudo = partner.sudo()  # memberships and cards: the server's own
        if order.get("birthday"):
            date = order.get("date")
            today = fields.Date.context_today(
                self, fields.Datetime.to_datetime(date) if date else None
            )
            problem = self._beauty_vip_birthday_problem(
                partner_sudo._beauty_vip_main_membership(company),
                today,
                [
                    (products.browse(line["product_id"]), line.get("discount") or 0)
                    for line in lines
                    if line.get("product_id")
                ],
            )
            if problem:
                return {"successful": False, "message": problem}
        rewards = (
            self.env["loyalty.reward"]
            .sudo()
            .browse([line["reward_id"] for line in lines if line.get("reward_id")])
        )
        for membership in partner_sudo.beauty_vip_membership_ids.filtered(
            lambda m: m.company_id == company and m.card_id
        ):
            card = membership.card_id
            spent = sum(
                self._beauty_vip_reward_cost(
                    rewards.browse(line["reward_id"]),
                    line.get("qty") or 0,
                    line.get("points_cost") or 0,
                )
                for line in lines
                if line.get("reward_id")
                and rewards.browse(line["reward_id"]).program_id == card.program_id
            )
            if spent > card.points:
                points, needed = f"{card.points:g}", f"{spent:g}"
                return {
                    "successful": False,
                    "message": self.env._(
                        "Card %(card)s has %(points)s points: not enough for the "
                        "gifts of this order (%(spent)s points).",
                        card=card.code,
                        points=points,
                        spent=needed,
                    ),
                    "points": {card.id: card.points},
                }
        return {"successful": True}

    # ------------------------------------------------------------- to the POS

    def read_pos_data(self, data, config_id):
        """The paid orders come back with their customers (VIP figures included)
        and VIP cards as the server computed them, so the POS shows the new tier
        and points at once, for orders taken offline and synced later too."""
        result = super().read_pos_data(data, config_id)
        paid = self.filtered(lambda o: o.state in ("paid", "done", "invoiced"))
        if not config_id or not paid.partner_id:
            return result
        config = self.env["pos.config"].browse(config_id)
        partners = paid.partner_id.with_company(config.company_id)
        # the POS fields in full: a customer another device chose may not be
        # loaded on this one yet
        result.setdefault("res.partner", []).extend(
            partners.read(partners._load_pos_data_fields(config_id), load=False)
        )
        programs = config._get_program_ids()
        cards = partners.beauty_vip_membership_ids.filtered(
            lambda m: m.company_id == config.company_id
            and m.card_id.program_id in programs
        ).card_id
        result.setdefault("loyalty.card", []).extend(
            cards.read(cards._load_pos_data_fields(config_id), load=False)
        )
        return result

    # ----------------------------------------------------- POS loyalty RPCs

    def _beauty_vip_programs(self):
        return (
            self.env["beauty.vip.ladder"]
            .sudo()
            .search([("program_id", "!=", False)])
            .program_id
        )

    def _beauty_vip_managed_card_ids(self, card_ids):
        """Which of the cards ``card_ids`` (as the POS client sends them) belong
        to VIP programs, whose points are the server's business only."""
        managed = self._beauty_vip_programs()
        cards = (
            self.env["loyalty.card"]
            .sudo()
            .browse({int(k) for k in card_ids if int(k) > 0})
            .exists()
        )
        return managed, set(cards.filtered(lambda c: c.program_id in managed).ids)

    def _beauty_vip_drop_managed(self, coupon_data):
        """Leave out of what the POS client sends the cards of VIP programs."""
        managed, managed_cards = self._beauty_vip_managed_card_ids(coupon_data)
        if not managed:
            return coupon_data
        return {
            k: v
            for k, v in coupon_data.items()
            if int(k) not in managed_cards
            and not (int(k) < 0 and v.get("program_id") in managed.ids)
        }

    def confirm_coupon_programs(self, coupon_data):
        result = super().confirm_coupon_programs(
            self._beauty_vip_drop_managed(coupon_data)
        )
        # the VIP cards as the server computed them, for the POS to show
        memberships = self.partner_id.beauty_vip_membership_ids.filtered(
            lambda m: m.card_id and m.company_id in self.company_id
        )
        result.setdefault("coupon_updates", []).extend(
            {
                "old_id": membership.card_id.id,
                "id": membership.card_id.id,
                "points": membership.card_id.points,
                "code": membership.card_id.code,
                "program_id": membership.card_id.program_id.id,
                "partner_id": membership.partner_id.id,
            }
            for membership in memberships
        )
        return result

    def add_loyalty_history_lines(self, coupon_data, coupon_updates):
        _managed, managed_cards = self._beauty_vip_managed_card_ids(
            [line["card_id"] for line in coupon_data]
        )
        kept = [
            line for line in coupon_data if int(line["card_id"]) not in managed_cards
        ]
        return super().add_loyalty_history_lines(kept, coupon_updates)
