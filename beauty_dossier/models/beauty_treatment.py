# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError

from .beauty_dossier_mixin import BODY_ZONES, SATISFACTION

# Fields a done treatment may still change: its photos and the chatter (and its
# state, through its workflow: see beauty.state.machine.mixin).
UNLOCKED_FIELDS = {
    "state",
    "photo_ids",
    "message_main_attachment_id",
    "activity_ids",
    "message_follower_ids",
}


class BeautyTreatment(models.Model):
    """A service record (美疗记录): what was done, by whom, with which products,
    the effect and the customer's feedback. A treatment marked done is locked;
    a correction is an amendment that keeps the original visible."""

    _name = "beauty.treatment"
    _description = "Treatment Record"
    _inherit = [
        "beauty.dossier.mixin",
        "mail.activity.mixin",
        "beauty.state.machine.mixin",
    ]
    _order = "date desc, id desc"

    date = fields.Datetime(required=True, default=fields.Datetime.now, tracking=True)
    service_product_id = fields.Many2one(
        comodel_name="product.product",
        string="Service",
        required=True,
        domain="[('type', '=', 'service')]",
        tracking=True,
    )
    performed_by_id = fields.Many2one(
        comodel_name="res.users",
        required=True,
        default=lambda self: self.env.user,
        index=True,
        tracking=True,
    )
    zone = fields.Selection(
        BODY_ZONES,
        tracking=True,
    )
    line_ids = fields.One2many(
        comodel_name="beauty.treatment.line",
        inverse_name="treatment_id",
        string="Products Used",
        copy=True,
    )
    photo_ids = fields.One2many(
        comodel_name="beauty.photo",
        inverse_name="treatment_id",
        string="Photos",
    )
    notes = fields.Text(tracking=True)
    effect = fields.Text(tracking=True)
    customer_feedback = fields.Text(tracking=True)
    satisfaction = fields.Selection(
        SATISFACTION,
        tracking=True,
    )
    pos_order_line_id = fields.Many2one(
        comodel_name="pos.order.line",
        string="Paid by POS Line",
        index="btree_not_null",
        ondelete="set null",
        copy=False,
        readonly=True,
    )
    pos_order_id = fields.Many2one(
        related="pos_order_line_id.order_id", string="POS Order", readonly=True
    )
    state = fields.Selection(
        [("draft", "Draft"), ("done", "Done"), ("amended", "Amended")],
        required=True,
        default="draft",
        index=True,
        tracking=True,
        copy=False,
    )
    # a treatment is deleted by a destruction only, with the whole chain of its
    # amendments: the links do not hold the deletion back
    amendment_of_id = fields.Many2one(
        comodel_name="beauty.treatment",
        string="Amends",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="set null",
    )
    amended_by_id = fields.Many2one(
        comodel_name="beauty.treatment",
        readonly=True,
        copy=False,
        ondelete="set null",
    )

    _sql_constraints = [
        (
            "pos_order_line_uniq",
            "unique(pos_order_line_id)",
            "This POS line already has its treatment record.",
        ),
    ]

    def web_read(self, specification):
        # the photos embedded in the form write the access log
        return super().web_read(specification)

    web_read._readonly = False

    def _check_unlocked(self, fnames):
        locked = self.filtered(lambda t: t.state in ("done", "amended"))
        if locked and set(fnames) - UNLOCKED_FIELDS:
            raise UserError(
                self.env._(
                    "The treatment of %(customer)s on %(date)s is done and locked. "
                    "Use “Amend” to record a correction; the original stays visible.",
                    customer=locked[0].partner_id.name,
                    date=fields.Datetime.to_string(locked[0].date),
                )
            )

    def write(self, vals):
        self._check_unlocked(vals)
        return super().write(vals)

    # -------------------------------------------------------------- workflow

    def _state_transitions(self):
        beautician = "beauty_dossier.group_beauty_beautician"
        return {
            **super()._state_transitions(),
            ("draft", "done"): (beautician,),
            ("done", "amended"): (beautician,),
        }

    def _state_machine_fields(self):
        return super()._state_machine_fields() | {
            "amended_by_id",
            "amendment_of_id",
            "pos_order_line_id",
        }

    def _state_entry_values(self, new_state):
        values = super()._state_entry_values(new_state)
        if new_state == "amended":
            # the correction: an editable copy that keeps the original visible
            amendment = self.copy({"amendment_of_id": self.id})
            values["amended_by_id"] = amendment.id
        return values

    def _on_enter_state(self, new_state):
        super()._on_enter_state(new_state)
        if new_state == "amended":
            for treatment in self:
                treatment.message_post(
                    body=self.env._(
                        "Amended by a correction: %(link)s",
                        link=treatment.amended_by_id._get_html_link(),
                    )
                )

    def _beauty_export_nested_fields(self):
        return super()._beauty_export_nested_fields() | {"line_ids"}

    def action_done(self):
        return self._state_transition("done")

    def action_amend(self):
        """Supersede a done treatment with an editable copy linked to it."""
        self.ensure_one()
        self.check_access("write")
        if self.state != "done":
            raise UserError(self.env._("Only a done treatment can be amended."))
        self._state_transition("amended")
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.amended_by_id.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    @api.depends("service_product_id", "partner_id")
    def _compute_display_name(self):
        for treatment in self:
            treatment.display_name = self.env._(
                "%(service)s for %(customer)s",
                service=treatment.service_product_id.display_name or "",
                customer=treatment.partner_id.name or "",
            )
