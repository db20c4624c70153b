# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError

# What signing and revoking set, written by the consent's workflow only
# (beauty.state.machine.mixin).
SIGNING_FIELDS = {"state", "signed_on", "signed_text", "version", "revoked_on"}
# Fields a signed consent may still change: the revocation reason and the chatter
# (and its state, through its workflow).
REVOCATION_FIELDS = {
    "state",
    "revocation_reason",
    "message_main_attachment_id",
    "activity_ids",
    "message_follower_ids",
}


class BeautyConsent(models.Model):
    """A consent signed by the customer on a given version of a consent text.
    Signed consents are frozen; only one consent of a kind is in force per
    customer (a partial unique index, so two tablets cannot both win)."""

    _name = "beauty.consent"
    _description = "Customer Consent"
    _inherit = ["beauty.dossier.mixin", "beauty.state.machine.mixin"]
    _order = "signed_on desc, id desc"

    template_id = fields.Many2one(
        comodel_name="beauty.consent.template",
        string="Consent Text",
        required=True,
        ondelete="restrict",
        domain="[('company_id', 'in', (False, company_id))]",
    )
    kind = fields.Selection(related="template_id.kind", store=True, index=True)
    version = fields.Char(readonly=True, copy=False)
    signed_text = fields.Html(
        readonly=True, copy=False, help="The text as it was signed."
    )
    photo_use = fields.Selection(
        [
            ("file", "Customer File Only"),
            ("anonymous", "Anonymised Training and Case Studies"),
            ("marketing", "Marketing, Face Visible"),
        ],
        help="How the customer agrees her photos may be used.",
    )
    procedure_product_id = fields.Many2one(
        comodel_name="product.product",
        string="Procedure",
        domain="[('type', '=', 'service')]",
    )
    signer_name = fields.Char(string="Signed By")
    signature = fields.Image(max_width=1024, max_height=512, copy=False)
    signed_on = fields.Datetime(readonly=True, copy=False, tracking=True)
    revoked_on = fields.Datetime(readonly=True, copy=False, tracking=True)
    revocation_reason = fields.Text(copy=False)
    state = fields.Selection(
        [("draft", "To Sign"), ("signed", "In Force"), ("revoked", "Revoked")],
        required=True,
        default="draft",
        index=True,
        tracking=True,
        copy=False,
    )

    def init(self):
        # One consent in force per customer, kind and procedure, enforced by the
        # database so that two tablets signing at the same moment cannot both win.
        self.env.cr.execute(
            """
            CREATE UNIQUE INDEX IF NOT EXISTS beauty_consent_one_in_force
                ON beauty_consent (dossier_id, kind, COALESCE(procedure_product_id, 0))
             WHERE state = 'signed'
            """
        )

    def write(self, vals):
        if set(vals) - REVOCATION_FIELDS and self.filtered(
            lambda c: c.state != "draft"
        ):
            raise UserError(
                self.env._(
                    "A signed consent cannot be changed. Revoke it and have the "
                    "customer sign a new one."
                )
            )
        return super().write(vals)

    # -------------------------------------------------------------- workflow

    def _state_transitions(self):
        # the front desk takes the signatures; store managers are front desk too
        reception = "beauty_dossier.group_beauty_reception"
        return {
            **super()._state_transitions(),
            ("draft", "signed"): (reception,),
            ("signed", "revoked"): (reception,),
        }

    def _state_machine_fields(self):
        return super()._state_machine_fields() | SIGNING_FIELDS

    def _check_state_transition(self, new_state):
        super()._check_state_transition(new_state)
        if new_state != "signed":
            return
        for consent in self:
            if not consent.signature:
                raise UserError(self.env._("The customer's signature is missing."))
            if consent.kind == "photos" and not consent.photo_use:
                raise UserError(
                    self.env._("Record how the customer agrees her photos may be used.")
                )
            if consent.kind == "procedure" and not consent.procedure_product_id:
                raise UserError(
                    self.env._("Choose the procedure the customer consents to.")
                )
            in_force = self.search(
                [
                    ("dossier_id", "=", consent.dossier_id.id),
                    ("kind", "=", consent.kind),
                    ("procedure_product_id", "=", consent.procedure_product_id.id),
                    ("state", "=", "signed"),
                ],
                limit=1,
            )
            if in_force:
                raise UserError(
                    self.env._(
                        "%(customer)s already has this consent in force, signed on "
                        "%(date)s: revoke it before signing a new one.",
                        customer=consent.partner_id.name,
                        date=in_force.signed_on,
                    )
                )

    def _state_entry_values(self, new_state):
        values = super()._state_entry_values(new_state)
        if new_state == "signed":
            # two tablets signing at the same moment: the partial unique index
            # refuses the second one
            values.update(
                signed_on=fields.Datetime.now(),
                version=self.template_id.version,
                signed_text=self.template_id.with_context(
                    lang=self.partner_id.lang or self.env.lang
                ).body,
                signer_name=self.signer_name or self.partner_id.name,
            )
        elif new_state == "revoked":
            values["revoked_on"] = fields.Datetime.now()
        return values

    def _on_enter_state(self, new_state):
        super()._on_enter_state(new_state)
        if new_state != "revoked":
            return
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for consent in self:
            consent.dossier_id.message_post(
                body=self.env._(
                    "The customer revoked her consent: %(kind)s.",
                    kind=kinds.get(consent.kind),
                )
            )

    def action_sign(self):
        self.check_access("write")
        for consent in self:
            if consent.state != "draft":
                raise UserError(self.env._("This consent is already signed."))
        return self._state_transition("signed")

    def action_revoke(self):
        """Revoke the consents; the form of the file they belong to is reloaded
        (what can no longer be recorded, the destruction list)."""
        self.check_access("write")
        for consent in self:
            if consent.state != "signed":
                raise UserError(self.env._("Only a consent in force can be revoked."))
        self._state_transition("revoked")
        return {"type": "ir.actions.client", "tag": "soft_reload"}

    @api.depends("kind", "partner_id")
    def _compute_display_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for consent in self:
            consent.display_name = self.env._(
                "%(kind)s consent of %(customer)s",
                kind=kinds.get(consent.kind, ""),
                customer=consent.partner_id.name or "",
            )
