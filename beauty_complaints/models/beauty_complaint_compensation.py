# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

HANDLER = "beauty_complaints.group_beauty_complaint_handler"
MANAGER = "beauty_dossier.group_beauty_manager"

# what a compensation still changes once submitted: its workflow and chatter
UNLOCKED_FIELDS = {
    "state",
    "message_main_attachment_id",
    "message_follower_ids",
    "activity_ids",
}


class BeautyComplaintCompensation(models.Model):
    """One remedy granted to a complaining customer: a refund of her POS order,
    a free redo of the service, a gift product, loyalty points on her card, a
    coupon. A handler grants up to the store's limit; above it a store manager
    approves, never the one who asked."""

    _name = "beauty.complaint.compensation"
    _description = "Complaint Compensation"
    _inherit = ["mail.thread", "beauty.state.machine.mixin"]
    _order = "id desc"
    _check_company_auto = True

    complaint_id = fields.Many2one(
        comodel_name="beauty.complaint",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
        tracking=True,
    )
    company_id = fields.Many2one(
        related="complaint_id.company_id", store=True, index=True, string="Store"
    )
    partner_id = fields.Many2one(
        related="complaint_id.partner_id", store=True, string="Customer"
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    kind = fields.Selection(
        [
            ("refund", "Refund"),
            ("redo", "Redo the Service"),
            ("gift", "Gift Product"),
            ("points", "Loyalty Points"),
            ("coupon", "Coupon"),
        ],
        required=True,
        default="points",
        tracking=True,
    )
    description = fields.Char(tracking=True)
    amount = fields.Monetary(
        string="Value",
        tracking=True,
        help="What the remedy costs the salon.",
    )
    points = fields.Float(tracking=True)
    product_id = fields.Many2one(
        comodel_name="product.product",
        string="Gift Product",
        tracking=True,
    )
    redo_user_id = fields.Many2one(
        comodel_name="res.users",
        string="Redone By",
        tracking=True,
        domain="[('share', '=', False)]",
    )
    redo_date = fields.Datetime(string="Redo Planned On", tracking=True)
    coupon_program_id = fields.Many2one(
        comodel_name="loyalty.program",
        domain="[('program_type', '=', 'coupons')]",
        check_company=True,
        tracking=True,
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("to_approve", "To Approve"),
            ("approved", "Approved"),
            ("issued", "Issued"),
            ("refused", "Refused"),
        ],
        required=True,
        default="draft",
        index=True,
        tracking=True,
        copy=False,
    )
    asked_by_id = fields.Many2one(
        comodel_name="res.users",
        default=lambda self: self.env.user,
        readonly=True,
        copy=False,
    )
    asked_on = fields.Datetime(readonly=True, copy=False)
    approved_by_id = fields.Many2one(
        comodel_name="res.users", readonly=True, copy=False
    )
    approved_on = fields.Datetime(readonly=True, copy=False)
    issued_by_id = fields.Many2one(comodel_name="res.users", readonly=True, copy=False)
    issued_on = fields.Datetime(readonly=True, copy=False)
    loyalty_card_id = fields.Many2one(
        comodel_name="loyalty.card",
        string="Card",
        readonly=True,
        copy=False,
        ondelete="set null",
    )
    loyalty_history_id = fields.Many2one(
        comodel_name="loyalty.history",
        string="Points Line",
        readonly=True,
        copy=False,
        ondelete="set null",
    )
    refund_order_id = fields.Many2one(
        comodel_name="pos.order",
        readonly=True,
        copy=False,
        ondelete="set null",
    )
    above_limit = fields.Boolean(
        compute="_compute_above_limit",
        help="Above the store's limit for a handler: a store manager approves.",
    )

    @api.depends("amount", "points", "company_id")
    def _compute_above_limit(self):
        for compensation in self:
            compensation.above_limit = compensation._is_above_limit()

    def _approval_limits(self):
        """The most a handler grants alone: ``(amount, points)`` (overridable)."""
        self.ensure_one()
        company = self.company_id or self.env.company
        return (
            company.beauty_complaint_limit_amount,
            company.beauty_complaint_limit_points,
        )

    def _is_above_limit(self):
        self.ensure_one()
        if self.kind == "coupon":
            # a coupon's value is its program's reward, not a typed amount
            return True
        amount, points = self._approval_limits()
        return self._value() > amount or self.points > points

    def _value(self):
        """What the remedy gives, compared with the handler's limit: the typed
        amount, and never less than the receipt a refund returns in full."""
        self.ensure_one()
        value = self.amount
        if self.kind == "refund":
            # sudo: only the total of the complaint's own receipt is read
            value = max(value, self.complaint_id.pos_order_id.sudo().amount_total)
        return value

    @api.constrains("kind", "amount", "points")
    def _check_values(self):
        for compensation in self:
            if compensation.amount < 0 or compensation.points < 0:
                raise ValidationError(self.env._("A compensation is never negative."))
            if compensation.kind == "points" and compensation.points <= 0:
                raise ValidationError(
                    self.env._("A points compensation gives some points.")
                )

    # ------------------------------------------------------------ CRUD

    @api.model_create_multi
    def create(self, vals_list):
        compensations = super().create(vals_list)
        compensations.complaint_id._check_compensable()
        return compensations

    def write(self, vals):
        locked = self.filtered(lambda c: c.state != "draft")
        if locked and not self.env.su and set(vals) - UNLOCKED_FIELDS:
            raise UserError(
                self.env._(
                    "A compensation is changed while in draft only: refuse it and "
                    "ask for another one."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_compensation(self):
        raise UserError(
            self.env._("A compensation is never deleted: refuse it instead.")
        )

    # ------------------------------------------------------------ workflow

    def _state_transitions(self):
        return {
            **super()._state_transitions(),
            ("draft", "approved"): (HANDLER,),
            ("draft", "to_approve"): (HANDLER,),
            ("to_approve", "approved"): (MANAGER,),
            ("approved", "issued"): (HANDLER,),
            ("draft", "refused"): (HANDLER,),
            ("to_approve", "refused"): (MANAGER,),
            ("approved", "refused"): (MANAGER,),
        }

    def _state_machine_fields(self):
        return super()._state_machine_fields() | {
            "asked_by_id",
            "asked_on",
            "approved_by_id",
            "approved_on",
            "issued_by_id",
            "issued_on",
            "loyalty_card_id",
            "loyalty_history_id",
            "refund_order_id",
        }

    def _check_state_transition(self, new_state):
        super()._check_state_transition(new_state)
        for compensation in self:
            if new_state == "approved" and compensation.state == "draft":
                if compensation._is_above_limit():
                    raise UserError(
                        self.env._(
                            "%(compensation)s is above the limit of a handler: "
                            "submit it to a store manager.",
                            compensation=compensation.display_name,
                        )
                    )
            if new_state == "approved" and compensation.state == "to_approve":
                if compensation.asked_by_id == self.env.user:
                    raise UserError(
                        self.env._(
                            "You asked for %(compensation)s: another store "
                            "manager approves it.",
                            compensation=compensation.display_name,
                        )
                    )
            if new_state == "issued":
                compensation._check_issuable()

    def _state_entry_values(self, new_state):
        values = super()._state_entry_values(new_state)
        now = fields.Datetime.now()
        if new_state in ("to_approve", "approved") and not self.asked_on:
            values["asked_on"] = now
        if new_state == "approved":
            values.update(approved_by_id=self.env.user.id, approved_on=now)
        elif new_state == "issued":
            values.update(issued_by_id=self.env.user.id, issued_on=now)
            values.update(getattr(self, f"_issue_{self.kind}")())
        return values

    def _on_enter_state(self, new_state):
        super()._on_enter_state(new_state)
        if new_state == "to_approve":
            managers = self.env["beauty.complaint"]._escalation_managers(
                self.company_id
            )
            for compensation in self:
                for manager in managers - compensation.asked_by_id:
                    compensation.complaint_id.activity_schedule(
                        "beauty_complaints.mail_act_compensation_approval",
                        user_id=manager.id,
                        summary=self.env._(
                            "Approve the compensation %(compensation)s",
                            compensation=compensation.display_name,
                        ),
                    )

    def action_submit(self):
        """Approved at once within the handler's limit, else to a manager."""
        for compensation in self:
            compensation._state_transition(
                "to_approve" if compensation._is_above_limit() else "approved"
            )
        return True

    def action_approve(self):
        return self._state_transition("approved")

    def action_issue(self):
        return self._state_transition("issued")

    def action_refuse(self):
        return self._state_transition("refused")

    # ------------------------------------------------------------ issuing

    def _check_issuable(self):
        self.ensure_one()
        if self.kind == "refund" and not self.complaint_id.pos_order_id:
            raise UserError(
                self.env._(
                    "A refund goes through the POS refund of the order: link the "
                    "complaint to the customer's POS order first."
                )
            )
        if self.kind == "redo" and not (self.redo_user_id and self.redo_date):
            raise UserError(
                self.env._("Name the beautician and the date of the free redo.")
            )
        if self.kind == "gift" and not self.product_id:
            raise UserError(self.env._("Choose the gift product."))
        if self.kind == "coupon" and not self.coupon_program_id:
            raise UserError(self.env._("Choose the coupon program."))

    def _loyalty_program(self):
        """The loyalty program whose card receives compensation points: the
        store's setting, else its first loyalty program (overridable)."""
        self.ensure_one()
        company = self.company_id
        program = company.beauty_complaint_program_id
        if not program:
            program = self.env["loyalty.program"].search(
                [
                    ("program_type", "=", "loyalty"),
                    ("company_id", "in", [False, company.id]),
                ],
                limit=1,
            )
        if not program:
            raise UserError(
                self.env._(
                    "No loyalty program receives the points: set one in the "
                    "complaint settings of %(store)s.",
                    store=company.name,
                )
            )
        return program

    def _history_description(self):
        self.ensure_one()
        return self.env._(
            "Compensation for complaint %(complaint)s (not a purchase)",
            complaint=self.complaint_id.name,
        )

    def _issue_points(self):
        """Points on the customer's card, with the history line naming the
        complaint (a compensation, never spend)."""
        program = self._loyalty_program()
        # sudo: handlers issue points without the rights of a loyalty manager;
        # the approval was checked by the workflow
        Card = self.env["loyalty.card"].sudo()
        card = Card.search(
            [("program_id", "=", program.id), ("partner_id", "=", self.partner_id.id)],
            limit=1,
        ) or Card.create({"program_id": program.id, "partner_id": self.partner_id.id})
        card.points += self.points
        history = (
            self.env["loyalty.history"]
            .sudo()
            .create(
                {
                    "card_id": card.id,
                    "description": self._history_description(),
                    "issued": self.points,
                    "order_model": "beauty.complaint",
                    "order_id": self.complaint_id.id,
                }
            )
        )
        return {"loyalty_card_id": card.id, "loyalty_history_id": history.id}

    def _issue_coupon(self):
        """A coupon of the program, its code sent to the customer."""
        # sudo: as for points
        card = (
            self.env["loyalty.card"]
            .sudo()
            .create(
                {
                    "program_id": self.coupon_program_id.id,
                    "partner_id": self.partner_id.id,
                    "points": self.points or 1,
                }
            )
        )
        # the code is on the card (and sent to her), never in the complaint's
        # chatter, which the staff concerned read
        self.message_post(
            body=self.env._("Coupon issued to the customer."),
            subtype_xmlid="mail.mt_note",
        )
        return {"loyalty_card_id": card.id}

    def _issue_refund(self):
        """The POS's own refund of the order (a draft return order)."""
        order = self.complaint_id.pos_order_id
        refund = order.sudo()._refund()
        return {"refund_order_id": refund[:1].id}

    def _issue_redo(self):
        complaint = self.complaint_id
        complaint.activity_schedule(
            "mail.mail_activity_data_todo",
            date_deadline=fields.Date.to_date(self.redo_date),
            user_id=self.redo_user_id.id,
            summary=self.env._(
                "Free redo of the service for %(customer)s",
                customer=complaint.partner_id.name,
            ),
        )
        return {}

    def _issue_gift(self):
        return {}

    @api.depends("kind", "complaint_id.name", "points", "amount")
    def _compute_display_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for compensation in self:
            compensation.display_name = self.env._(
                "%(kind)s for %(complaint)s",
                kind=kinds.get(compensation.kind, ""),
                complaint=compensation.complaint_id.name or "",
            )
