# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError

# Selections shared by the records of a file.
BODY_ZONES = [
    ("face", "Face"),
    ("eyes", "Eye Area"),
    ("neck", "Neck and Décolleté"),
    ("body", "Body"),
    ("hands_feet", "Hands and Feet"),
    ("hair", "Hair and Scalp"),
]
SATISFACTION = [
    ("1", "Very Unsatisfied"),
    ("2", "Unsatisfied"),
    ("3", "Neutral"),
    ("4", "Satisfied"),
    ("5", "Very Satisfied"),
]

# Fields still written on a record whose consent was revoked: chatter, activities.
CONSENT_FREE_FIELDS = {
    "message_main_attachment_id",
    "message_follower_ids",
    "activity_ids",
}


class BeautyDossierMixin(models.AbstractModel):
    """What every record of a customer's file shares: the dossier it belongs to,
    the customer and store taken from it, tracking, and the rule that the file is
    never deleted outside the approved destruction procedure."""

    _name = "beauty.dossier.mixin"
    _description = "Record of a Customer File"
    _inherit = ["mail.thread", "beauty.subject.export.mixin"]
    _check_company_auto = True

    dossier_id = fields.Many2one(
        comodel_name="beauty.dossier",
        required=True,
        index=True,
        ondelete="restrict",
        # no check_company: the record's store is the dossier's, and a company
        # domain on it would offer no dossier to a new record (no store yet)
        tracking=True,
    )
    partner_id = fields.Many2one(
        related="dossier_id.partner_id",
        store=True,
        index=True,
        ondelete="restrict",
        string="Customer",
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Store",
        compute="_compute_company_id",
        store=True,
        precompute=True,
        index=True,
        help="The store where it was recorded: the user's store when it serves "
        "the customer, else the store that opened her file.",
    )

    # kind of the consent that must be in force to record such a record
    # (``beauty.consent.template`` kinds), or None when recording needs none
    _beauty_consent_kind = None

    def _beauty_consent_product(self):
        """The procedure the consent must name (procedure consents only)."""
        return self.env["product.product"]

    @api.depends("dossier_id")
    def _compute_company_id(self):
        for record in self:
            dossier = record.dossier_id
            if dossier and dossier._beauty_is_served_by(self.env.company):
                record.company_id = self.env.company
            else:
                record.company_id = dossier.company_id

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._check_beauty_consent()
        return records

    def write(self, vals):
        res = super().write(vals)
        if set(vals) - CONSENT_FREE_FIELDS:
            self._check_beauty_consent()
        return res

    def _check_beauty_consent(self):
        """Sensitive data is recorded only under a signed consent of its kind
        (PIPL art. 29, GDPR art. 9): refuse when the customer has none in force,
        for instance because she revoked it."""
        kind = self._beauty_consent_kind
        if not kind or not self:
            return
        consents = (
            self.env["beauty.consent"]
            .sudo()
            .search(
                [
                    ("dossier_id", "in", self.dossier_id.ids),
                    ("kind", "=", kind),
                    ("state", "=", "signed"),
                ]
            )
        )
        in_force = {(c.dossier_id.id, c.procedure_product_id.id) for c in consents}
        kinds = dict(
            self.env["beauty.consent.template"]
            ._fields["kind"]
            ._description_selection(self.env)
        )
        for record in self:
            product = record._beauty_consent_product()
            if (record.dossier_id.id, product.id) in in_force:
                continue
            consent = kinds[kind]
            if product:
                consent = f"{consent} ({product.display_name})"
            raise UserError(
                self.env._(
                    "%(customer)s has no signed consent “%(consent)s” in force: "
                    "have her sign it before recording %(records)s.",
                    customer=record.partner_id.display_name,
                    consent=consent,
                    records=self.env["ir.model"]._get(self._name).name,
                )
            )

    def _beauty_destruction_requests(self):
        """The approved destruction requests now destroying ``self``: decided
        (done) and whose destruction record is not written yet, which only the
        approval of the request does (see ``beauty.destruction.request``)."""
        # sudo: the records are deleted by a store manager's approval, whoever
        # may read the request
        requests = (
            self.env["beauty.destruction.request"]
            .sudo()
            .search(
                [
                    ("dossier_id", "in", self.dossier_id.ids),
                    ("state", "=", "done"),
                    ("line_ids", "=", False),
                ]
            )
        )
        return requests.filtered(lambda r: r._destroys(self._name))

    def _is_beauty_destruction_allowed(self):
        """Whether ``self`` may be deleted: by an approved destruction request
        of their file that covers them, only."""
        requests = self._beauty_destruction_requests()
        return set(self.dossier_id.ids) <= set(requests.dossier_id.ids)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_customer_file(self):
        if self._is_beauty_destruction_allowed():
            return
        description = self.env["ir.model"]._get(self._name).name
        raise UserError(
            self.env._(
                "%(records)s are part of the customer's file and are never deleted "
                "outside the approved destruction procedure: correct or archive them "
                "instead.",
                records=description,
            )
        )
