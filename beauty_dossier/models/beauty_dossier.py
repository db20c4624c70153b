# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .beauty_destruction_request import CATEGORY_OF_CONSENT

COMPLETION_DAYS = 7  # seed: the file is created within a week (一周内建立)

# What each section of the paper form (顾客档案表) asks; completeness counts them.
BASIC_FIELDS = ("birthday", "gender", "marital_status", "occupation", "source")


class BeautyDossier(models.Model):
    """The customer's archive: one customer, one file (一客一档).

    The dossier is the anchor of every sensitive record about a customer
    (assessments, medical history, treatments, photos, consents). It never
    stores sensitive data on ``res.partner`` and is never deleted.
    """

    _name = "beauty.dossier"
    _description = "Customer Dossier"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "beauty.state.machine.mixin",
        "beauty.subject.export.mixin",
    ]
    _order = "name desc, id desc"
    _rec_names_search = ["name", "partner_id"]
    _check_company_auto = True

    name = fields.Char(
        string="Archive Number",
        required=True,
        readonly=True,
        copy=False,
        index="trigram",
        default=lambda self: self.env._("New"),
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Customer",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Store",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        tracking=True,
        help="The store that opened the file. Other stores of the chain that serve "
        "the customer read it too (Stores).",
    )
    share_ids = fields.One2many(
        comodel_name="beauty.dossier.share",
        inverse_name="dossier_id",
        string="Shares",
        groups="beauty_dossier.group_beauty_archivist",
    )
    store_ids = fields.Many2many(
        comodel_name="res.company",
        relation="beauty_dossier_store_rel",
        column1="dossier_id",
        column2="company_id",
        string="Stores",
        compute="_compute_store_ids",
        store=True,
        help="The stores that read this file: the one that opened it and those "
        "that served the customer since (a POS order there, or a share recorded "
        "with her consent). One customer, one file, across the chain.",
    )
    responsible_id = fields.Many2one(
        comodel_name="res.users",
        default=lambda self: self.env.user,
        domain="[('share', '=', False), ('company_ids', 'in', store_ids)]",
        index=True,
        tracking=True,
        help="The beautician in charge of this customer's file.",
    )
    opened_on = fields.Date(
        required=True,
        default=fields.Date.context_today,
        tracking=True,
    )
    active = fields.Boolean(default=True, tracking=True)
    state = fields.Selection(
        selection=[
            ("draft", "Draft"),
            ("to_review", "To Review"),
            ("active", "Active"),
            ("archived", "Closed"),
        ],
        required=True,
        default="draft",
        index=True,
        tracking=True,
        copy=False,
    )
    reviewed_by_id = fields.Many2one(
        comodel_name="res.users", readonly=True, copy=False
    )
    reviewed_on = fields.Datetime(readonly=True, copy=False)
    backup_id = fields.Many2one(
        comodel_name="res.users",
        domain="[('share', '=', False), ('company_ids', 'in', store_ids)]",
        index=True,
        tracking=True,
        help="Colleague who covers the responsible's customers during leave (A/B).",
    )
    source = fields.Selection(
        selection=[
            ("walk_in", "Walk-in"),
            ("referral", "Referral"),
            ("repeat", "Repeat Customer"),
            ("outreach", "Outreach"),
            ("online", "Online"),
            ("other", "Other"),
        ],
        tracking=True,
    )
    referred_by_id = fields.Many2one(comodel_name="res.partner")
    # basic data of the paper form
    birthday = fields.Date(string="Birth Date", tracking=True)
    gender = fields.Selection(
        [("female", "Female"), ("male", "Male"), ("other", "Other")], tracking=True
    )
    marital_status = fields.Selection(
        [("single", "Single"), ("married", "Married"), ("other", "Other")],
        tracking=True,
    )
    occupation = fields.Char(tracking=True)
    important_date_ids = fields.One2many(
        comodel_name="beauty.important.date",
        inverse_name="dossier_id",
        string="Important Dates",
        help="Anniversaries and other dates worth a greeting.",
    )
    # sections kept in their own, restricted models
    lifestyle_questionnaire_ids = fields.One2many(
        comodel_name="beauty.lifestyle.questionnaire",
        inverse_name="dossier_id",
        string="Lifestyle Questionnaires",
        groups="beauty_dossier.group_beauty_beautician,beauty_dossier.group_beauty_archivist",
        help="The customer's answers to the lifestyle questionnaire, the latest first.",
    )
    lifestyle_id = fields.Many2one(
        comodel_name="beauty.lifestyle.questionnaire",
        string="Latest Lifestyle Answers",
        groups="beauty_dossier.group_beauty_beautician,beauty_dossier.group_beauty_archivist",
        compute="_compute_lifestyle_id",
        store=True,
        index="btree_not_null",
    )
    skin_assessment_ids = fields.One2many(
        comodel_name="beauty.skin.assessment",
        inverse_name="dossier_id",
        string="Skin Assessments",
        groups="beauty_dossier.group_beauty_beautician,beauty_dossier.group_beauty_archivist",
    )
    last_assessment_id = fields.Many2one(
        comodel_name="beauty.skin.assessment",
        string="Latest Assessment",
        groups="beauty_dossier.group_beauty_beautician,beauty_dossier.group_beauty_archivist",
        compute="_compute_last_assessment",
    )
    medical_record_ids = fields.One2many(
        comodel_name="beauty.medical.record",
        inverse_name="dossier_id",
        groups="beauty_dossier.group_beauty_beautician,beauty_dossier.group_beauty_medical,beauty_dossier.group_beauty_archivist",
    )
    treatment_ids = fields.One2many(
        comodel_name="beauty.treatment",
        inverse_name="dossier_id",
        string="Treatments",
        groups="beauty_dossier.group_beauty_beautician,beauty_dossier.group_beauty_archivist",
    )
    treatment_count = fields.Integer(
        compute="_compute_treatment_count",
        groups="beauty_dossier.group_beauty_beautician,beauty_dossier.group_beauty_archivist",
    )
    procedure_ids = fields.One2many(
        comodel_name="beauty.procedure",
        inverse_name="dossier_id",
        string="Procedures",
        groups="beauty_dossier.group_beauty_medical,beauty_dossier.group_beauty_archivist",
    )
    photo_ids = fields.One2many(
        comodel_name="beauty.photo",
        inverse_name="dossier_id",
        string="Photos",
        groups="beauty_dossier.group_beauty_beautician,beauty_dossier.group_beauty_medical,beauty_dossier.group_beauty_archivist",
    )
    photo_count = fields.Integer(
        compute="_compute_photo_count",
        groups="beauty_dossier.group_beauty_beautician,beauty_dossier.group_beauty_medical,beauty_dossier.group_beauty_archivist",
    )
    consent_ids = fields.One2many(
        comodel_name="beauty.consent",
        inverse_name="dossier_id",
        string="Consents",
    )
    consent_personal_data = fields.Boolean(
        string="Personal Data Consent", compute="_compute_consent_status"
    )
    consent_sensitive_data = fields.Boolean(
        string="Medical Data Consent", compute="_compute_consent_status"
    )
    consent_photos = fields.Boolean(
        string="Photo Consent", compute="_compute_consent_status"
    )
    revoked_consent_keys = fields.Char(
        compute="_compute_destruction_listed",
        store=True,
        help="Kinds of the consents revoked and not signed again, as "
        "``kind`` or ``kind:procedure id``, comma-separated.",
    )
    revoked_consent_kinds = fields.Char(
        string="Revoked Consents",
        compute="_compute_revoked_consent_kinds",
        help="Consents the customer revoked and did not sign again: nothing more "
        "of these kinds is recorded.",
    )
    destruction_listed = fields.Boolean(
        string="On the Destruction List",
        compute="_compute_destruction_listed",
        store=True,
        index=True,
        help="The customer revoked a consent: the data it covered awaits destruction.",
    )
    destruction_request_ids = fields.One2many(
        comodel_name="beauty.destruction.request",
        inverse_name="dossier_id",
        string="Destruction Requests",
        groups="beauty_dossier.group_beauty_archivist",
    )
    access_log_count = fields.Integer(
        string="Reads Logged",
        compute="_compute_access_log_count",
        groups="beauty_dossier.group_beauty_archivist",
    )
    pos_order_count = fields.Integer(
        string="Purchases", compute="_compute_pos_order_count"
    )
    safety_alert = fields.Boolean(
        compute="_compute_safety_alert",
        store=True,
        help="Allergies or contraindications are recorded.",
    )
    completeness_basic = fields.Integer(
        string="Basic Data (%)", compute="_compute_completeness", store=True
    )
    completeness_lifestyle = fields.Integer(
        string="Lifestyle (%)", compute="_compute_completeness", store=True
    )
    completeness_skin = fields.Integer(
        string="Skin (%)", compute="_compute_completeness", store=True
    )
    completeness_medical = fields.Integer(
        string="Medical (%)", compute="_compute_completeness", store=True
    )
    completeness = fields.Integer(
        string="Completeness (%)",
        compute="_compute_completeness",
        store=True,
        aggregator="avg",
    )
    completion_deadline = fields.Date(
        compute="_compute_completion_deadline",
        store=True,
        help="The file is to be completed within a week of its opening.",
    )
    is_incomplete = fields.Boolean(
        compute="_compute_completeness", store=True, string="Incomplete"
    )
    next_review_date = fields.Date(
        tracking=True, help="Date of the next periodic review of the file."
    )

    _sql_constraints = [
        (
            "partner_uniq",
            "unique(partner_id)",
            "This customer already has a dossier: one customer, one file.",
        ),
        ("name_uniq", "unique(name)", "The archive number must be unique."),
    ]

    @api.depends("company_id", "share_ids.company_id")
    def _compute_store_ids(self):
        for dossier in self:
            # sudo: every reader of the file sees which stores read it; the
            # shares themselves are for archive and store managers
            dossier.store_ids = dossier.company_id | dossier.sudo().share_ids.company_id

    @api.constrains("responsible_id", "backup_id", "company_id")
    def _check_staff_store(self):
        for dossier in self:
            stores = dossier.store_ids
            for user in dossier.responsible_id | dossier.backup_id:
                if not user.sudo().company_ids & stores:
                    raise ValidationError(
                        self.env._(
                            "%(user)s works in none of the stores of the file "
                            "%(number)s (%(stores)s): choose a colleague of these "
                            "stores.",
                            user=user.name,
                            number=dossier.name,
                            stores=", ".join(stores.mapped("name")),
                        )
                    )

    def _beauty_is_served_by(self, company):
        """Whether ``company`` reads this file (it opened it or served her)."""
        self.ensure_one()
        return company in self.sudo().store_ids

    def _beauty_share_with(self, company, reason, pos_order=None, note=False):
        """Share the file with ``company``, a store that serves the customer
        (``reason``: a ``beauty.dossier.share`` reason), once; the share is the
        log (and a note in the file's chatter). Return the new shares."""
        shares = self.env["beauty.dossier.share"]
        vals_list = [
            {
                "dossier_id": dossier.id,
                "company_id": company.id,
                "reason": reason,
                "pos_order_id": pos_order.id if pos_order else False,
                "note": note,
            }
            for dossier in self
            if not dossier._beauty_is_served_by(company)
        ]
        if not vals_list:
            return shares
        # sudo: written by the server for the store that serves her, whose
        # users do not read the file yet; only the share is written
        return shares.sudo().create(vals_list)

    @api.model
    def _beauty_check_one_file(self, partner_ids):
        """One customer, one file, across the chain: refuse a second file with
        a message that says where the first one is (only its number and store)."""
        # sudo: the user may not read the file of another store; only its
        # number and store are told, to share it instead of duplicating it
        existing = (
            self.sudo()
            .with_context(active_test=False)
            .search([("partner_id", "in", list(partner_ids))])
        )
        for dossier in existing:
            raise UserError(
                self.env._(
                    "%(customer)s already has a file, %(number)s, opened at "
                    "%(store)s: one customer, one file. Open it from the customer "
                    "(Dossier button) to share it with your store.",
                    customer=dossier.partner_id.display_name,
                    number=dossier.name,
                    store=dossier.company_id.name,
                )
            )

    @api.depends("skin_assessment_ids.date")
    def _compute_last_assessment(self):
        for dossier in self:
            dossier.last_assessment_id = dossier.skin_assessment_ids.sorted(
                lambda a: (
                    a.date or fields.Date.to_date("1900-01-01"),
                    a._origin.id or 0,
                ),
                reverse=True,
            )[:1]

    @api.depends("lifestyle_questionnaire_ids.date")
    def _compute_lifestyle_id(self):
        for dossier in self:
            dossier.lifestyle_id = dossier.lifestyle_questionnaire_ids.sorted(
                lambda q: (
                    q.date or fields.Date.to_date("1900-01-01"),
                    q._origin.id or 0,
                ),
                reverse=True,
            )[:1]

    @api.depends("consent_ids.state", "consent_ids.kind")
    def _compute_consent_status(self):
        for dossier in self:
            in_force = set(
                dossier.consent_ids.filtered(lambda c: c.state == "signed").mapped(
                    "kind"
                )
            )
            dossier.consent_personal_data = "personal_data" in in_force
            dossier.consent_sensitive_data = "sensitive_data" in in_force
            dossier.consent_photos = "photos" in in_force

    @api.depends(
        "consent_ids.state",
        "consent_ids.kind",
        "consent_ids.procedure_product_id",
        "consent_ids.revoked_on",
        "consent_ids.signed_on",
        "destruction_request_ids.state",
        "destruction_request_ids.approved_on",
    )
    def _compute_destruction_listed(self):
        destroyed = {
            dossier.id: approved_on
            for dossier, approved_on in self.env["beauty.destruction.request"]
            .sudo()
            ._read_group(
                [("dossier_id", "in", self.ids), ("state", "=", "done")],
                ["dossier_id"],
                ["approved_on:max"],
            )
        }
        # one sudo recordset: the consents of all dossiers are read at once (the
        # front desk revoking a consent may not read every consent field)
        for dossier, dossier_sudo in zip(self, self.sudo(), strict=True):
            consents = dossier_sudo.consent_ids
            last_destruction = destroyed.get(dossier._origin.id)
            revoked = []
            for consent in consents.filtered(lambda c: c.state == "revoked"):
                signed_again = consents.filtered(
                    lambda c, r=consent: c.state == "signed"
                    and c.kind == r.kind
                    and c.procedure_product_id == r.procedure_product_id
                    and c.signed_on >= r.revoked_on
                )
                if signed_again or (
                    last_destruction and last_destruction >= consent.revoked_on
                ):
                    continue
                key = consent.kind
                if consent.procedure_product_id:
                    key = f"{key}:{consent.procedure_product_id.id}"
                if key not in revoked:
                    revoked.append(key)
            dossier.revoked_consent_keys = ",".join(revoked) or False
            dossier.destruction_listed = bool(revoked)

    @api.depends("revoked_consent_keys")
    @api.depends_context("lang")
    def _compute_revoked_consent_kinds(self):
        """The revoked consents in the reader's language."""
        kinds = dict(
            self.env["beauty.consent"]._fields["kind"]._description_selection(self.env)
        )
        for dossier in self:
            labels = []
            for key in (dossier.revoked_consent_keys or "").split(","):
                if not key:
                    continue
                kind, _sep, product_id = key.partition(":")
                label = kinds.get(kind, kind)
                if product_id:
                    product = self.env["product.product"].browse(int(product_id))
                    label = f"{label} ({product.display_name})"
                labels.append(label)
            dossier.revoked_consent_kinds = ", ".join(labels) or False

    def _compute_access_log_count(self):
        counts = dict(
            self.env["beauty.access.log"]._read_group(
                [("dossier_id", "in", self.ids)], ["dossier_id"], ["__count"]
            )
        )
        for dossier in self:
            dossier.access_log_count = counts.get(dossier._origin, 0)

    def action_view_access_log(self):
        self.ensure_one()
        self.check_access("read")
        self.env["beauty.access.log"].check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "beauty_dossier.beauty_access_log_action"
        )
        action["domain"] = [("dossier_id", "=", self.id)]
        action["context"] = {"create": False}
        return action

    def action_request_destruction(self):
        """A new destruction request for this file, the categories of the
        revoked consents ticked."""
        self.ensure_one()
        self.env["beauty.destruction.request"]._check_archivist()
        context = {"default_dossier_id": self.id}
        revoked = self.consent_ids.filtered(lambda c: c.state == "revoked")
        if self.destruction_listed:
            context["default_legal_basis"] = "consent_withdrawn"
            for kind in set(revoked.mapped("kind")):
                if kind == "personal_data":
                    context["default_full_destruction"] = True
                    for flag in CATEGORY_OF_CONSENT.values():
                        context[f"default_{flag}"] = True
                    context["default_destroy_assessments"] = True
                    context["default_destroy_treatments"] = True
                elif kind in CATEGORY_OF_CONSENT:
                    context[f"default_{CATEGORY_OF_CONSENT[kind]}"] = True
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Destruction Request"),
            "res_model": "beauty.destruction.request",
            "view_mode": "form",
            "target": "current",
            "context": context,
        }

    def web_read(self, specification):
        # the sensitive records embedded in the form write the access log
        return super().web_read(specification)

    web_read._readonly = False

    def _count_by_dossier(self, model):
        """Number of ``model`` records per dossier of ``self``, in one query."""
        return dict(
            self.env[model]._read_group(
                [("dossier_id", "in", self.ids)], ["dossier_id"], ["__count"]
            )
        )

    def _compute_treatment_count(self):
        counts = self._count_by_dossier("beauty.treatment")
        for dossier in self:
            dossier.treatment_count = counts.get(dossier, 0)

    def _compute_photo_count(self):
        counts = self._count_by_dossier("beauty.photo")
        for dossier in self:
            dossier.photo_count = counts.get(dossier, 0)

    def action_view_photos(self):
        """Before and after photos side by side (kanban grouped by kind)."""
        self.ensure_one()
        self.check_access("read")
        self.env["beauty.photo"].check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "beauty_dossier.beauty_photo_action"
        )
        action["domain"] = [("dossier_id", "=", self.id)]
        action["context"] = {"default_dossier_id": self.id}
        return action

    def _compute_pos_order_count(self):
        PosOrder = self.env["pos.order"]
        if not PosOrder.has_access("read"):
            self.pos_order_count = 0
            return
        counts = dict(
            PosOrder._read_group(
                [("partner_id", "in", self.partner_id.ids)], ["partner_id"], ["__count"]
            )
        )
        for dossier in self:
            dossier.pos_order_count = counts.get(dossier.partner_id, 0)

    def action_view_treatments(self):
        self.ensure_one()
        self.check_access("read")
        self.env["beauty.treatment"].check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "beauty_dossier.beauty_treatment_action"
        )
        action["domain"] = [("dossier_id", "=", self.id)]
        action["context"] = {"default_dossier_id": self.id}
        return action

    def action_view_pos_orders(self):
        """The customer's purchase history from the Point of Sale."""
        self.ensure_one()
        self.check_access("read")
        self.env["pos.order"].check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "point_of_sale.action_pos_pos_form"
        )
        action["domain"] = [("partner_id", "=", self.partner_id.id)]
        action["context"] = {}
        return action

    @api.depends("medical_record_ids.has_safety_alert")
    def _compute_safety_alert(self):
        for dossier in self:
            dossier.safety_alert = any(
                dossier.medical_record_ids.mapped("has_safety_alert")
            )

    @api.depends(
        *BASIC_FIELDS,
        "lifestyle_id.answered_count",
        "skin_assessment_ids",
        "medical_record_ids.confirmed_on",
    )
    def _compute_completeness(self):
        questions = self.env["beauty.lifestyle.questionnaire"]._beauty_question_fields()
        for dossier in self:
            basic = sum(1 for f in BASIC_FIELDS if dossier[f]) / len(BASIC_FIELDS)
            lifestyle = dossier.lifestyle_id.answered_count / len(questions)
            skin = 1.0 if dossier.skin_assessment_ids else 0.0
            medical = (
                1.0 if any(dossier.medical_record_ids.mapped("confirmed_on")) else 0.0
            )
            dossier.completeness_basic = round(basic * 100)
            dossier.completeness_lifestyle = round(lifestyle * 100)
            dossier.completeness_skin = round(skin * 100)
            dossier.completeness_medical = round(medical * 100)
            dossier.completeness = round((basic + lifestyle + skin + medical) * 25)
            dossier.is_incomplete = dossier.completeness < 100

    @api.depends("opened_on")
    def _compute_completion_deadline(self):
        for dossier in self:
            opened = dossier.opened_on or fields.Date.context_today(dossier)
            dossier.completion_deadline = opened + relativedelta(days=COMPLETION_DAYS)

    @api.constrains("birthday")
    def _check_birthday(self):
        today = fields.Date.context_today(self)
        for dossier in self:
            if dossier.birthday and dossier.birthday > today:
                raise ValidationError(
                    self.env._(
                        "The birth date of %(customer)s cannot be in the future.",
                        customer=dossier.partner_id.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        self._beauty_check_one_file(
            {vals["partner_id"] for vals in vals_list if vals.get("partner_id")}
        )
        new_name = self.env._("New")
        sequences = self.env["ir.sequence"]
        for vals in vals_list:
            if vals.get("name", new_name) != new_name:
                continue
            company = self.env["res.company"].browse(vals.get("company_id"))
            number = sequences.with_company(company or self.env.company).next_by_code(
                "beauty.dossier"
            )
            if not number:
                raise UserError(
                    self.env._(
                        "The archive number sequence (code beauty.dossier) is "
                        "missing: restore it under Settings > Technical > Sequences."
                    )
                )
            vals["name"] = number
        dossiers = super().create(vals_list)
        dossiers._schedule_completion_activity()
        return dossiers

    def _schedule_completion_activity(self):
        for dossier in self:
            dossier.activity_schedule(
                "beauty_dossier.mail_act_dossier_completion",
                date_deadline=dossier.completion_deadline,
                user_id=(dossier.responsible_id or self.env.user).id,
            )

    def write(self, vals):
        if (
            not self.env.su
            and "partner_id" in vals
            and any(d.partner_id.id != vals["partner_id"] for d in self)
        ):
            raise UserError(
                self.env._(
                    "A file cannot be moved to another customer: every record of "
                    "it belongs to this customer."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_never(self):
        raise UserError(
            self.env._(
                "Customer dossiers are never deleted. Archive the dossier instead; "
                "destruction only happens through the approved destruction procedure."
            )
        )

    @api.depends("name", "partner_id.name")
    def _compute_display_name(self):
        for dossier in self:
            if dossier.partner_id:
                dossier.display_name = f"{dossier.name} {dossier.partner_id.name}"
            else:
                dossier.display_name = dossier.name
