# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL, float_round

# Marks the payment made inside an order's synchronisation (a Python object: no
# client can send it, so no client can skip the VIP processing)
_DEFER = object()


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

    @api.depends("lines.refunded_orderline_id")
    def _compute_beauty_vip_origin_order(self):
        for order in self:
            order.beauty_vip_origin_order_id = (
                order.lines.refunded_orderline_id.order_id[:1]
            )

    def _process_saved_order(self, draft):
        # Odoo logs and swallows any error of action_pos_order_paid here: the VIP
        # processing runs after it instead, so that a refusal (not enough points
        # for a gift) refuses the whole synchronisation
        res = super(
            PosOrder, self.with_context(beauty_vip_defer=_DEFER)
        )._process_saved_order(draft)
        if not draft and self.state in ("paid", "done", "invoiced"):
            self._beauty_vip_after_payment()
        return res

    def action_pos_order_paid(self):
        res = super().action_pos_order_paid()
        if self.env.context.get("beauty_vip_defer") is not _DEFER:
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

    def _beauty_vip_use_birthday(self):
        """Check the birthday benefit the POS applied — once a year, to a member
        whose birthday it is, never above her tier's birthday discount, never on a
        promotional product — and mark it used."""
        for order in self:
            membership = order.partner_id.sudo()._beauty_vip_main_membership(
                order.company_id
            )
            today = fields.Date.context_today(order, order.date_order)
            if membership.birthday_order_id == order:
                continue  # the same order synced again
            rate = membership and membership._birthday_discount(today)
            if not rate:
                raise UserError(
                    self.env._(
                        "%(customer)s has no birthday benefit today (not her "
                        "birthday, or already used this year): order %(order)s.",
                        customer=order.partner_id.name,
                        order=order.name,
                    )
                )
            for line in order.lines.filtered(lambda line: line.discount):
                if line.discount > rate + 0.001 or line.product_id.beauty_promotional:
                    raise UserError(
                        self.env._(
                            "The birthday benefit is %(rate)s%% and does not apply to "
                            "promotional products: line %(product)s of order "
                            "%(order)s.",
                            rate=rate,
                            product=line.product_id.display_name,
                            order=order.name,
                        )
                    )
            membership.write(
                {"birthday_used_year": today.year, "birthday_order_id": order.id}
            )

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
                if spent and card.points - spent < 0:
                    raise UserError(
                        self.env._(
                            "Card %(card)s has %(points)s points: not enough for the "
                            "gifts of order %(order)s.",
                            card=card.code,
                            points=card.points,
                            order=order.name,
                        )
                    )
                if not earned and not spent:
                    continue
                # REPEATABLE READ: two orders crediting the same card at once make
                # the second transaction retry, so no point is ever lost
                card.points += earned - spent
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
                        "used": spent + max(-earned, 0.0),
                    }
                )

    def _beauty_vip_points_spent(self, card):
        """Points the order's gifts cost on ``card``, from the rewards' own
        price (never from what the POS client says they cost)."""
        self.ensure_one()
        spent = 0.0
        for line in self.lines.filtered(
            lambda line: line.is_reward_line
            and line.reward_id.program_id == card.program_id
        ):
            reward = line.reward_id
            if reward.reward_type == "product":
                units = abs(line.qty) / (reward.reward_product_qty or 1)
                spent += reward.required_points * units
            else:
                spent += max(line.points_cost, reward.required_points)
        return spent

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

    def _beauty_vip_drop_managed(self, coupon_data):
        """Leave out of what the POS client sends the cards of VIP programs: their
        points are the server's business only."""
        managed = self._beauty_vip_programs()
        if not managed:
            return coupon_data
        cards = (
            self.env["loyalty.card"]
            .sudo()
            .browse([int(k) for k in coupon_data if int(k) > 0])
            .exists()
        )
        managed_cards = set(cards.filtered(lambda c: c.program_id in managed).ids)
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
        managed = self._beauty_vip_programs()
        cards = self.env["loyalty.card"].sudo()
        kept = [
            line
            for line in coupon_data
            if cards.browse(int(line["card_id"])).exists().program_id not in managed
            or int(line["card_id"]) < 0
        ]
        return super().add_loyalty_history_lines(kept, coupon_updates)
