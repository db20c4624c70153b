# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

# What a request may destroy: (flag field, models, label of the destruction line).
# The health answers of the lifestyle questionnaire go with the medical records:
# both are recorded under the sensitive-data consent.
CATEGORIES = [
    (
        "destroy_medical",
        ("beauty.medical.record", "beauty.lifestyle.questionnaire"),
        "medical",
    ),
    ("destroy_procedures", ("beauty.procedure",), "procedures"),
    ("destroy_photos", ("beauty.photo",), "photos"),
    ("destroy_assessments", ("beauty.skin.assessment",), "assessments"),
    ("destroy_treatments", ("beauty.treatment",), "treatments"),
]
# consent kind revoked -> category it puts on the destruction list
CATEGORY_OF_CONSENT = {
    "sensitive_data": "destroy_medical",
    "procedure": "destroy_procedures",
    "photos": "destroy_photos",
}
# personal data kept on the dossier, cleared when the whole file is destroyed
DOSSIER_PERSONAL_FIELDS = [
    "birthday",
    "gender",
    "marital_status",
    "occupation",
    "referred_by_id",
]
# contact data of the customer, cleared when the whole file is destroyed; the
# name and address stay when accounting documents need them
PARTNER_CONTACT_FIELDS = [
    "email",
    "phone",
    "mobile",
    "website",
    "function",
    "comment",
    "image_1920",
]
PARTNER_IDENTITY_FIELDS = ["street", "street2", "zip", "city", "state_id", "vat"]
STATES_FROZEN = ("done", "refused")
# what only the request's workflow writes (beauty.state.machine.mixin)
DECISION_FIELDS = {
    "state",
    "requested_by_id",
    "requested_on",
    "approved_by_id",
    "approved_on",
    "refusal_reason",
    "line_ids",
    "name",
}


class BeautyDestructionRequest(models.Model):
    """The approved procedure that destroys (part of) a customer's file.

    An archive manager asks, with a reason and a legal basis; a *different*
    store manager approves; approval deletes the chosen sensitive records with
    their messages and attachments, anonymises the customer for a full
    destruction, and keeps this request as the destruction record (who asked,
    who approved, when, which categories, how many records), frozen for good."""

    _name = "beauty.destruction.request"
    _description = "Customer File Destruction Request"
    _inherit = ["mail.thread", "mail.activity.mixin", "beauty.state.machine.mixin"]
    _order = "id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    dossier_id = fields.Many2one(
        comodel_name="beauty.dossier",
        string="Customer File",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
        tracking=True,
    )
    partner_id = fields.Many2one(
        related="dossier_id.partner_id",
        store=True,
        ondelete="restrict",
        string="Customer",
    )
    company_id = fields.Many2one(
        related="dossier_id.company_id", store=True, index=True, string="Store"
    )
    reason = fields.Text(required=True, tracking=True)
    legal_basis = fields.Selection(
        [
            ("consent_withdrawn", "Consent withdrawn (PIPL art. 47, GDPR art. 17.1.b)"),
            ("customer_request", "Customer's request for deletion (GDPR art. 17)"),
            ("purpose_achieved", "Purpose achieved or retention period over"),
            ("service_ended", "Services stopped (PIPL art. 47)"),
            ("unlawful", "Processed unlawfully"),
        ],
        required=True,
        tracking=True,
    )
    destroy_medical = fields.Boolean(
        string="Medical Records",
        tracking=True,
        help="The medical records and the lifestyle questionnaires: the health "
        "data recorded under the sensitive-data consent.",
    )
    destroy_procedures = fields.Boolean(string="Procedures", tracking=True)
    destroy_photos = fields.Boolean(string="Photos", tracking=True)
    destroy_assessments = fields.Boolean(string="Skin Assessments", tracking=True)
    destroy_treatments = fields.Boolean(string="Treatment Records", tracking=True)
    full_destruction = fields.Boolean(
        string="Whole File and Customer Identity",
        tracking=True,
        help="Also clears the personal data of the file and anonymises the "
        "customer (her name and address stay when invoices or receipts need them).",
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Waiting for Approval"),
            ("done", "Destroyed"),
            ("refused", "Refused"),
        ],
        required=True,
        default="draft",
        index=True,
        tracking=True,
        copy=False,
    )
    requested_by_id = fields.Many2one(
        comodel_name="res.users",
        readonly=True,
        copy=False,
        default=lambda self: self.env.user,
    )
    requested_on = fields.Datetime(readonly=True, copy=False)
    approved_by_id = fields.Many2one(
        comodel_name="res.users", string="Decided By", readonly=True, copy=False
    )
    approved_on = fields.Datetime(string="Decided On", readonly=True, copy=False)
    refusal_reason = fields.Text(readonly=True, copy=False)
    line_ids = fields.One2many(
        comodel_name="beauty.destruction.line",
        inverse_name="request_id",
        string="Destroyed",
        readonly=True,
    )
    destroyed_count = fields.Integer(
        string="Records Destroyed", compute="_compute_destroyed_count", store=True
    )

    _sql_constraints = [
        (
            "name_company_uniq",
            "unique(name, company_id)",
            "The reference of a destruction request must be unique per store.",
        )
    ]

    @api.depends("line_ids.count")
    def _compute_destroyed_count(self):
        for request in self:
            request.destroyed_count = sum(request.line_ids.mapped("count"))

    @api.constrains(
        "full_destruction",
        "destroy_medical",
        "destroy_procedures",
        "destroy_photos",
        "destroy_assessments",
        "destroy_treatments",
    )
    def _check_categories(self):
        for request in self:
            flags = [request[flag] for flag, _model, _line in CATEGORIES]
            if request.full_destruction and not all(flags):
                raise ValidationError(
                    self.env._("Destroying the whole file destroys every category.")
                )
            if not any(flags):
                raise ValidationError(self.env._("Choose what is to be destroyed."))

    @api.onchange("full_destruction")
    def _onchange_full_destruction(self):
        if self.full_destruction:
            for flag, _model, _line in CATEGORIES:
                self[flag] = True

    # ------------------------------------------------------------------ access

    def _check_group(self, group, message):
        if not (self.env.su or self.env.user.has_group(group)):
            raise AccessError(message)

    def _check_archivist(self):
        self._check_group(
            "beauty_dossier.group_beauty_archivist",
            self.env._(
                "Only an archive manager or a store manager can ask for the "
                "destruction of a customer file."
            ),
        )

    def _check_approver(self):
        self._check_group(
            "beauty_dossier.group_beauty_manager",
            self.env._("Only a store manager can decide on a destruction request."),
        )
        for request in self:
            if request.requested_by_id == self.env.user:
                raise AccessError(
                    self.env._(
                        "A destruction request is decided by another store manager "
                        "than the one who asked for it."
                    )
                )

    # ------------------------------------------------------------------ CRUD

    @api.model_create_multi
    def create(self, vals_list):
        self._check_archivist()
        for vals in vals_list:
            if vals.get("state", "draft") != "draft" or set(vals) & (
                DECISION_FIELDS - {"state", "requested_by_id", "name"}
            ):
                raise UserError(
                    self.env._("A destruction request is decided with its buttons.")
                )
            vals["requested_by_id"] = self.env.user.id
            dossier = self.env["beauty.dossier"].browse(vals.get("dossier_id"))
            vals["name"] = self.env["ir.sequence"].with_company(
                dossier.company_id or self.env.company
            ).next_by_code("beauty.destruction.request") or self.env._("New")
        requests = super().create(vals_list)
        requests._check_categories()
        return requests

    def write(self, vals):
        fnames = set(vals) - {"state"}
        if self.filtered(lambda r: r.state in STATES_FROZEN) and fnames - {
            "message_main_attachment_id",
            "message_follower_ids",
        }:
            raise UserError(
                self.env._(
                    "A decided destruction request is the destruction record: it "
                    "is never changed."
                )
            )
        if not self.env.su:
            if fnames & (DECISION_FIELDS | {"dossier_id"}):
                raise UserError(
                    self.env._("A destruction request is decided with its buttons.")
                )
            if fnames and self.filtered(lambda r: r.state != "draft"):
                raise UserError(
                    self.env._(
                        "A submitted destruction request can no longer be changed."
                    )
                )
            self._check_archivist()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_never(self):
        raise UserError(
            self.env._("Destruction requests are kept as the destruction record.")
        )

    # -------------------------------------------------------------- workflow

    def _retention_years(self):
        return int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("beauty_dossier.procedure_retention_years", 15)
        )

    def _check_retention(self):
        """Procedure records are kept for the retention period after the
        operation (15 years by default, as outpatient medical records in China)."""
        years = self._retention_years()
        today = fields.Date.context_today(self)
        for request in self.filtered("destroy_procedures"):
            procedures = (
                self.env["beauty.procedure"]
                .sudo()
                .search([("dossier_id", "=", request.dossier_id.id)])
            )
            dates = [fields.Date.to_date(p.date or p.create_date) for p in procedures]
            if not dates:
                continue
            kept_until = max(dates) + relativedelta(years=years)
            if kept_until > today:
                raise UserError(
                    self.env._(
                        "The procedure records of %(customer)s are kept until "
                        "%(date)s (retention of %(years)s years after the last "
                        "operation): untick Procedures, or ask again then.",
                        customer=request.partner_id.display_name,
                        date=fields.Date.to_string(kept_until),
                        years=years,
                    )
                )

    def _state_transitions(self):
        archivist = "beauty_dossier.group_beauty_archivist"
        manager = "beauty_dossier.group_beauty_manager"
        return {
            **super()._state_transitions(),
            ("draft", "submitted"): (archivist,),
            ("submitted", "done"): (manager,),
            ("submitted", "refused"): (manager,),
        }

    def _state_machine_fields(self):
        return super()._state_machine_fields() | {
            "requested_on",
            "approved_by_id",
            "approved_on",
            "refusal_reason",
            "line_ids",
        }

    def _check_state_permission(self, new_state):
        super()._check_state_permission(new_state)
        if new_state in ("done", "refused"):
            self._check_approver()

    def _check_state_transition(self, new_state):
        super()._check_state_transition(new_state)
        if new_state in ("submitted", "done"):
            self._check_retention()

    def _state_entry_values(self, new_state):
        values = super()._state_entry_values(new_state)
        if new_state == "submitted":
            values["requested_on"] = fields.Datetime.now()
        elif new_state in ("done", "refused"):
            values.update(
                approved_by_id=self.env.user.id, approved_on=fields.Datetime.now()
            )
        return values

    def _on_enter_state(self, new_state):
        super()._on_enter_state(new_state)
        if new_state == "submitted":
            self._schedule_approval()
        elif new_state == "refused":
            self.activity_unlink(["mail.mail_activity_data_todo"])
        elif new_state == "done":
            for request in self:
                request._destroy()
                request.activity_unlink(["mail.mail_activity_data_todo"])
                request.dossier_id.message_post(
                    body=self.env._(
                        "Destruction %(reference)s approved by %(approver)s: "
                        "%(count)s records destroyed.",
                        reference=request.name,
                        approver=self.env.user.name,
                        count=request.destroyed_count,
                    )
                )

    def _schedule_approval(self):
        """A task to decide for every store manager of the store but the
        requester."""
        # sudo: the requester may not read the other managers' groups
        managers = self.env.ref("beauty_dossier.group_beauty_manager").sudo().users
        for request in self:
            approvers = managers.filtered(
                lambda u, r=request: u != r.requested_by_id
                and r.company_id in u.company_ids
            )
            for approver in approvers:
                request.activity_schedule(
                    "mail.mail_activity_data_todo",
                    summary=self.env._("Decide on a destruction request"),
                    user_id=approver.id,
                )

    def _destroys(self, model):
        """Whether ``self`` destroys the records of ``model``."""
        self.ensure_one()
        return any(
            self[flag]
            for flag, category_models, _line in CATEGORIES
            if model in category_models
        )

    def action_submit(self):
        return self._state_transition("submitted")

    def action_refuse(self):
        return self._state_transition("refused")

    def action_approve(self):
        """Approve and destroy, all or nothing."""
        return self._state_transition("done")

    def _purge(self, records):
        """Delete ``records`` and return how many they were. Odoo's ``unlink``
        takes their messages, followers, activities and attachments with them;
        each record checks that this approved request covers it
        (``beauty.dossier.mixin._is_beauty_destruction_allowed``)."""
        count = len(records)
        records.unlink()
        return count

    def _destroy(self):
        """Delete what this approved request covers and write its destruction
        record (the lines)."""
        self.ensure_one()
        # sudo: the approver destroys records she may not read herself (the
        # photos of a beautician's customer…); each of them checks the request
        request = self.sudo()
        dossier = request.dossier_id
        lines = []
        labels = dict(
            self.env["beauty.destruction.line"]
            ._fields["category"]
            ._description_selection(self.env)
        )
        # photos point at treatments, procedures and assessments: photos first;
        # the photos kept lose the link to what is destroyed (set null)
        for flag, models_, category in CATEGORIES:
            if not request[flag]:
                continue
            count = 0
            for model in models_:
                records = (
                    request.env[model]
                    .with_context(active_test=False)
                    .search([("dossier_id", "=", dossier.id)])
                )
                count += request._purge(records)
            lines.append((category, count))
        if request.full_destruction:
            lines.append(("personal_data", request._anonymise(dossier)))
        request.env["beauty.destruction.line"].create(
            [
                {
                    "request_id": request.id,
                    "category": category,
                    "name": labels[category],
                    "count": count,
                }
                for category, count in lines
            ]
        )
        return lines

    def _anonymise(self, dossier):
        """Clear the personal data of the file and anonymise the customer; return
        the number of records changed."""
        dossier.important_date_ids.unlink()
        dossier.write(dict.fromkeys(DOSSIER_PERSONAL_FIELDS, False))
        self._purge_tracking(dossier, DOSSIER_PERSONAL_FIELDS)
        partner = dossier.partner_id
        accounting = self._partner_in_accounting(partner)
        partner_fields = list(PARTNER_CONTACT_FIELDS)
        partner_values = dict.fromkeys(PARTNER_CONTACT_FIELDS, False)
        if not accounting:
            partner_fields += PARTNER_IDENTITY_FIELDS + ["name"]
            partner_values.update(dict.fromkeys(PARTNER_IDENTITY_FIELDS, False))
            partner_values["name"] = self.env._(
                "Anonymised customer %(reference)s", reference=dossier.name
            )
        partner.write(partner_values)
        self._purge_tracking(partner, partner_fields)
        # as the approver: the file is closed by this request (see
        # beauty.dossier._is_state_transition_allowed)
        dossier.sudo(False).filtered(lambda d: d.state != "archived")._state_transition(
            "archived"
        )
        dossier.active = False
        return 2

    def _partner_in_accounting(self, partner):
        """Whether invoices or POS receipts name the customer (they are kept for
        the legal accounting period, so her name and address stay on them)."""
        partners = partner.with_context(active_test=False).search(
            [("id", "child_of", partner.commercial_partner_id.id)]
        )
        return bool(
            self.env["account.move"].search_count(
                [("partner_id", "in", partners.ids), ("state", "=", "posted")],
                limit=1,
            )
            or self.env["pos.order"].search_count(
                [("partner_id", "in", partners.ids)], limit=1
            )
        )

    def _purge_tracking(self, record, field_names):
        """Delete the tracked old and new values of ``field_names`` of ``record``."""
        fields_ = self.env["ir.model.fields"]._get_ids(record._name)
        field_ids = [fields_[name] for name in field_names if name in fields_]
        self.env["mail.tracking.value"].search(
            [
                ("field_id", "in", field_ids),
                ("mail_message_id.model", "=", record._name),
                ("mail_message_id.res_id", "=", record.id),
            ]
        ).unlink()
