# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError


class BeautyIntakeWizard(models.TransientModel):
    """Front desk intake: a new customer, her dossier and her first consent in
    one screen. Everything is created in one transaction, or nothing is."""

    _name = "beauty.intake.wizard"
    _description = "Register a Customer"

    name = fields.Char(string="Customer Name", required=True)
    mobile = fields.Char()
    email = fields.Char()
    birthday = fields.Date(string="Birth Date")
    gender = fields.Selection(
        [("female", "Female"), ("male", "Male"), ("other", "Other")]
    )
    source = fields.Selection(
        selection=lambda self: self.env["beauty.dossier"]
        ._fields["source"]
        ._description_selection(self.env)
    )
    responsible_id = fields.Many2one(
        comodel_name="res.users",
        string="Responsible Beautician",
        required=True,
        default=lambda self: self._default_responsible(),
        domain=lambda self: self._domain_responsible(),
        help="The beautician in charge of the new file: the front desk registers "
        "the customer, a beautician keeps her file.",
    )
    company_id = fields.Many2one(
        comodel_name="res.company", default=lambda self: self.env.company
    )
    consent_template_id = fields.Many2one(
        comodel_name="beauty.consent.template",
        string="First Consent",
        domain="[('kind', '=', 'personal_data'), "
        "('company_id', 'in', (False, company_id))]",
        default=lambda self: self._default_consent_template(),
    )
    consent_text = fields.Html(related="consent_template_id.body", string="Text")
    signer_name = fields.Char(string="Signed By")
    signature = fields.Image(max_width=1024, max_height=512)

    @api.model
    def _default_responsible(self):
        """The user herself when she is a beautician; the front desk chooses."""
        if self.env.user.has_group("beauty_dossier.group_beauty_beautician"):
            return self.env.user
        return self.env["res.users"]

    @api.model
    def _domain_responsible(self):
        beauticians = self.env.ref("beauty_dossier.group_beauty_beautician")
        return (
            "[('share', '=', False), ('company_ids', 'in', company_id), "
            f"('groups_id', 'in', {beauticians.ids})]"
        )

    def _check_responsible(self):
        if not self.responsible_id.has_group("beauty_dossier.group_beauty_beautician"):
            raise UserError(
                self.env._(
                    "%(user)s is not a beautician: choose the beautician in charge "
                    "of the new file.",
                    user=self.responsible_id.name,
                )
            )

    @api.model
    def _default_consent_template(self):
        return self.env["beauty.consent.template"].search(
            [
                ("kind", "=", "personal_data"),
                ("company_id", "in", (False, self.env.company.id)),
            ],
            limit=1,
        )

    def _check_duplicate(self):
        if not self.mobile:
            return
        digits = "".join(ch for ch in self.mobile if ch.isdigit())
        if len(digits) < 6:
            return
        existing = self.env["res.partner"].search(
            ["|", ("mobile", "=", self.mobile), ("phone", "=", self.mobile)], limit=1
        )
        if existing:
            raise UserError(
                self.env._(
                    "%(customer)s is already registered with the mobile %(mobile)s: "
                    "open her contact instead of registering her twice.",
                    customer=existing.display_name,
                    mobile=self.mobile,
                )
            )

    def action_register(self):
        self.ensure_one()
        self._check_duplicate()
        self._check_responsible()
        if self.signature and not self.consent_template_id:
            raise UserError(
                self.env._("Choose the consent text the customer has signed.")
            )
        partner = self.env["res.partner"].create(
            {
                "name": self.name,
                "mobile": self.mobile,
                "email": self.email,
                "company_id": False,
            }
        )
        dossier = self.env["beauty.dossier"].create(
            {
                "partner_id": partner.id,
                "company_id": self.company_id.id,
                "responsible_id": self.responsible_id.id,
                "birthday": self.birthday,
                "gender": self.gender,
                "source": self.source,
            }
        )
        if self.consent_template_id and self.signature:
            self.env["beauty.consent"].create(
                {
                    "dossier_id": dossier.id,
                    "template_id": self.consent_template_id.id,
                    "signature": self.signature,
                    "signer_name": self.signer_name or self.name,
                }
            ).action_sign()
        return {
            "type": "ir.actions.act_window",
            "res_model": "beauty.dossier",
            "res_id": dossier.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
        }
