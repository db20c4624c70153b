# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import bisect
from collections import defaultdict
from datetime import timedelta

from odoo import api, fields, models, tools
from odoo.exceptions import UserError, ValidationError
from odoo.tools.mimetypes import guess_mimetype

from .beauty_complaint_stage import COMPLAINT_STATES

HANDLER = "beauty_complaints.group_beauty_complaint_handler"
# what only the salon reads of a complaint: never its customer on her portal
EMPLOYEE = "base.group_user"
MANAGER = "beauty_dossier.group_beauty_manager"

CHANNELS = [
    ("store", "In Store"),
    ("phone", "Phone"),
    ("wechat", "WeChat"),
    ("email", "E-mail"),
    ("review", "Online Review"),
    ("web", "Web Form"),
]
SEVERITIES = [
    ("low", "Low"),
    ("medium", "Medium"),
    ("high", "High"),
    ("critical", "Critical"),
]
APOLOGY_METHODS = [
    ("in_person", "In Person"),
    ("phone", "Phone"),
    ("email", "E-mail"),
    ("sms", "SMS"),
    ("wechat", "WeChat"),
    ("letter", "Letter"),
]
ESCALATION_LEVELS = [
    ("none", "On Time"),
    ("reminded", "Handler Reminded"),
    ("breached", "Breached: Store Manager"),
    ("chain", "Breached: Chain Manager"),
]
# the order in which a running deadline escalates
ESCALATION_ORDER = ["none", "reminded", "breached", "chain"]


class BeautyComplaint(models.Model):
    """The complaint management card (客户投诉管理卡): received and registered by
    a manager or the front desk, handled within the deadlines of its SLA, its
    root cause found and corrected; when well founded, a compensation and an
    apology; the customer's satisfaction afterwards."""

    _name = "beauty.complaint"
    _description = "Customer Complaint"
    _inherit = [
        "portal.mixin",
        "rating.mixin",
        "mail.activity.mixin",
        "beauty.state.machine.mixin",
    ]
    _order = "received_on desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Number", required=True, readonly=True, copy=False, default="/"
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Customer",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    dossier_id = fields.Many2one(
        comodel_name="beauty.dossier",
        string="Customer File",
        compute="_compute_dossier_id",
        store=True,
        index="btree_not_null",
        # a file destroyed through the approved procedure leaves the complaint
        ondelete="set null",
        tracking=True,
        groups=EMPLOYEE,
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Store",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        tracking=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    channel = fields.Selection(CHANNELS, required=True, default="store", tracking=True)
    category_id = fields.Many2one(
        comodel_name="beauty.complaint.category",
        required=True,
        index=True,
        tracking=True,
    )
    is_adverse_reaction = fields.Boolean(
        related="category_id.is_adverse_reaction", groups=EMPLOYEE
    )
    severity = fields.Selection(
        SEVERITIES,
        required=True,
        default="medium",
        index=True,
        tracking=True,
        groups=EMPLOYEE,
    )
    stage_id = fields.Many2one(
        comodel_name="beauty.complaint.stage",
        index=True,
        tracking=True,
        copy=False,
        ondelete="restrict",
        group_expand="_read_group_stage_ids",
        default=lambda self: self._default_stage("new"),
    )
    state = fields.Selection(
        COMPLAINT_STATES,
        string="Status",
        required=True,
        default="new",
        index=True,
        tracking=True,
        copy=False,
    )
    is_closed = fields.Boolean(
        compute="_compute_is_closed", store=True, string="Finished"
    )
    is_waiting = fields.Boolean(
        related="stage_id.is_waiting",
        string="Deadlines Paused",
        groups=EMPLOYEE,
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Handler",
        index=True,
        tracking=True,
        domain="[('share', '=', False), ('company_ids', 'in', company_id)]",
        groups=EMPLOYEE,
    )
    staff_ids = fields.Many2many(
        comodel_name="res.users",
        relation="beauty_complaint_staff_rel",
        column1="complaint_id",
        column2="user_id",
        string="Staff Concerned",
        compute="_compute_staff_ids",
        store=True,
        readonly=False,
        tracking=True,
        domain="[('share', '=', False), ('company_ids', 'in', company_id)]",
        help="The staff members the complaint is about: they are told, they "
        "cannot edit it.",
        groups=EMPLOYEE,
    )
    # what it is about
    treatment_id = fields.Many2one(
        comodel_name="beauty.treatment",
        index="btree_not_null",
        ondelete="set null",
        tracking=True,
        domain="[('partner_id', '=', partner_id)]",
        groups=EMPLOYEE,
    )
    procedure_id = fields.Many2one(
        comodel_name="beauty.procedure",
        index="btree_not_null",
        ondelete="set null",
        tracking=True,
        domain="[('partner_id', '=', partner_id)]",
        groups=EMPLOYEE,
    )
    pos_order_id = fields.Many2one(
        comodel_name="pos.order",
        string="POS Order",
        index="btree_not_null",
        ondelete="set null",
        tracking=True,
        domain="[('partner_id', '=', partner_id)]",
        groups=EMPLOYEE,
    )
    product_id = fields.Many2one(
        comodel_name="product.product",
        tracking=True,
        help="The product the complaint is about, if any.",
        groups=EMPLOYEE,
    )
    lot_name = fields.Char(string="Lot / Batch", tracking=True, groups=EMPLOYEE)
    # what a complaint shows of its treatment or procedure: name, date, staff
    service_product_id = fields.Many2one(
        comodel_name="product.product",
        string="Service",
        compute="_compute_service",
        compute_sudo=True,
        store=True,
        groups=EMPLOYEE,
    )
    service_date = fields.Datetime(
        compute="_compute_service",
        compute_sudo=True,
        store=True,
        groups=EMPLOYEE,
    )
    service_user_id = fields.Many2one(
        comodel_name="res.users",
        string="Performed By",
        compute="_compute_service",
        compute_sudo=True,
        store=True,
        groups=EMPLOYEE,
    )
    pos_order_reference = fields.Char(
        string="POS Receipt",
        compute="_compute_pos_order_reference",
        compute_sudo=True,
        store=True,
        groups=EMPLOYEE,
    )
    # the customer's words
    description = fields.Text(string="Customer's Description", tracking=True)
    request = fields.Text(string="What She Asks For", tracking=True)
    received_by_id = fields.Many2one(
        comodel_name="res.users",
        required=True,
        default=lambda self: self.env.user,
        tracking=True,
        groups=EMPLOYEE,
    )
    received_on = fields.Datetime(
        required=True, default=fields.Datetime.now, index=True, tracking=True
    )
    # deadlines (written by the SLA computation only)
    sla_id = fields.Many2one(
        comodel_name="beauty.complaint.sla",
        string="SLA Policy",
        readonly=True,
        ondelete="set null",
        tracking=True,
        groups=EMPLOYEE,
    )
    sla_consumed_hours = fields.Float(
        string="Working Hours Counted",
        readonly=True,
        help="Working hours counted before the last pause.",
        groups=EMPLOYEE,
    )
    sla_resumed_on = fields.Datetime(
        string="Counting Since",
        readonly=True,
        help="When the deadlines started running again; empty while paused.",
        groups=EMPLOYEE,
    )
    ack_deadline = fields.Datetime(
        string="Acknowledge Before",
        readonly=True,
        tracking=True,
        groups=EMPLOYEE,
    )
    acknowledged_on = fields.Datetime(readonly=True, tracking=True, groups=EMPLOYEE)
    resolve_deadline = fields.Datetime(
        string="Resolve Before",
        readonly=True,
        tracking=True,
        groups=EMPLOYEE,
    )
    resolved_on = fields.Datetime(readonly=True, tracking=True, groups=EMPLOYEE)
    closed_on = fields.Datetime(readonly=True, tracking=True, groups=EMPLOYEE)
    ack_on_time = fields.Boolean(
        string="Acknowledged on Time",
        compute="_compute_on_time",
        store=True,
        aggregator="bool_and",
        groups=EMPLOYEE,
    )
    resolve_on_time = fields.Boolean(
        string="Resolved on Time",
        compute="_compute_on_time",
        store=True,
        aggregator="bool_and",
        groups=EMPLOYEE,
    )
    on_time_share = fields.Float(
        string="Resolved on Time (%)",
        compute="_compute_on_time",
        store=True,
        aggregator="avg",
        help="100 for a complaint resolved on time, 0 otherwise; averaged over "
        "the resolved complaints, the share resolved on time.",
        groups=EMPLOYEE,
    )
    ack_on_time_share = fields.Float(
        string="Acknowledged on Time (%)",
        compute="_compute_on_time",
        store=True,
        aggregator="avg",
        help="100 for a complaint acknowledged on time, 0 otherwise; averaged "
        "over the acknowledged complaints, the share acknowledged on time.",
        groups=EMPLOYEE,
    )
    ack_hours = fields.Float(
        string="Hours to Acknowledge",
        readonly=True,
        aggregator="avg",
        help="Working hours of the store from the reception to the "
        "acknowledgement, as counted against the deadline.",
        groups=EMPLOYEE,
    )
    resolve_hours = fields.Float(
        string="Hours to Resolve",
        readonly=True,
        aggregator="avg",
        help="Working hours of the store from the reception to the resolution, "
        "as counted against the deadline (the waits for the customer left out).",
        groups=EMPLOYEE,
    )
    escalation_level = fields.Selection(
        ESCALATION_LEVELS,
        default="none",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
        groups=EMPLOYEE,
    )
    sla_next_check = fields.Datetime(
        string="Next Deadline Check",
        readonly=True,
        index="btree_not_null",
        copy=False,
        help="When the escalation cron looks at the complaint next.",
        groups=EMPLOYEE,
    )
    # analysis
    cause_id = fields.Many2one(
        comodel_name="beauty.complaint.cause",
        string="Root Cause",
        index=True,
        tracking=True,
        groups=EMPLOYEE,
    )
    cause_analysis = fields.Text(
        string="Root Cause Analysis", tracking=True, groups=EMPLOYEE
    )
    corrective_action = fields.Text(tracking=True, groups=EMPLOYEE)
    preventive_action = fields.Text(tracking=True, groups=EMPLOYEE)
    is_well_founded = fields.Boolean(
        string="Well Founded",
        tracking=True,
        help="The complaint is justified: the salon owes an apology and a fair remedy.",
        groups=EMPLOYEE,
    )
    resolution = fields.Text(string="Solution Agreed", tracking=True, groups=EMPLOYEE)
    # apology
    apology_method = fields.Selection(
        APOLOGY_METHODS, string="Apology Made By", tracking=True
    )
    apology_on = fields.Datetime(string="Apology Date", tracking=True)
    # remedies
    compensation_ids = fields.One2many(
        comodel_name="beauty.complaint.compensation",
        inverse_name="complaint_id",
        string="Compensations",
        groups=f"{HANDLER}",
    )
    compensation_count = fields.Integer(
        compute="_compute_compensation_count", groups=f"{HANDLER}"
    )
    compensation_amount = fields.Monetary(
        string="Compensation Cost",
        compute="_compute_compensation_amount",
        store=True,
        groups=f"{HANDLER}",
    )
    cancel_reason = fields.Text(
        string="Cancellation Reason", tracking=True, groups=EMPLOYEE
    )
    web_address = fields.Char(
        string="Filed From",
        readonly=True,
        copy=False,
        index="btree_not_null",
        groups="beauty_dossier.group_beauty_manager",
        help="Network address of the public form's visitor (flood control).",
    )
    # analysis
    partner_tier_name = fields.Char(
        string="Customer Tier",
        compute="_compute_partner_tier_name",
        store=True,
        help="The customer's tier in the store when the complaint was received, "
        "as given by a tier addon (Beauty VIP); empty without one. It stays as "
        "it was: a later change of tier does not rewrite the analysis.",
        groups=EMPLOYEE,
    )
    is_repeat_complainer = fields.Boolean(
        string="Repeat Complainer",
        compute="_compute_is_repeat_complainer",
        store=True,
        help="The customer filed at least the store's number of complaints "
        "within its number of days (the store's Complaints settings), this one "
        "among them. Cancelled complaints do not count.",
        groups=EMPLOYEE,
    )

    _sql_constraints = [
        ("name_uniq", "unique(name, company_id)", "The complaint number is unique."),
    ]

    # ------------------------------------------------------------ computes

    @api.depends("partner_id")
    def _compute_dossier_id(self):
        # sudo: the complaint names the customer's file (its number only) for
        # the registering front desk, whoever may open it
        dossiers = (
            self.env["beauty.dossier"]
            .sudo()
            .search([("partner_id", "in", self.partner_id.ids)], order="id")
        )
        by_partner = {}
        for dossier in dossiers:
            by_partner.setdefault(dossier.partner_id.id, dossier)
        for complaint in self:
            complaint.dossier_id = by_partner.get(complaint.partner_id.id, False)

    @api.depends("state")
    def _compute_is_closed(self):
        for complaint in self:
            complaint.is_closed = complaint.state in ("closed", "cancelled")

    @api.depends("treatment_id", "procedure_id")
    def _compute_staff_ids(self):
        for complaint in self:
            staff = complaint.staff_ids
            staff |= complaint.treatment_id.performed_by_id
            staff |= complaint.procedure_id.doctor_id
            complaint.staff_ids = staff

    @api.depends(
        "treatment_id.service_product_id",
        "treatment_id.date",
        "treatment_id.performed_by_id",
        "procedure_id.procedure_product_id",
        "procedure_id.date",
        "procedure_id.doctor_id",
    )
    def _compute_service(self):
        for complaint in self:
            treatment, procedure = complaint.treatment_id, complaint.procedure_id
            if procedure:
                complaint.service_product_id = procedure.procedure_product_id
                complaint.service_date = procedure.date
                complaint.service_user_id = procedure.doctor_id
            else:
                complaint.service_product_id = treatment.service_product_id
                complaint.service_date = treatment.date
                complaint.service_user_id = treatment.performed_by_id

    @api.depends("pos_order_id.pos_reference", "pos_order_id.name")
    def _compute_pos_order_reference(self):
        for complaint in self:
            order = complaint.pos_order_id
            complaint.pos_order_reference = order.pos_reference or order.name or False

    @api.depends("acknowledged_on", "ack_deadline", "resolved_on", "resolve_deadline")
    def _compute_on_time(self):
        for complaint in self:
            complaint.ack_on_time = bool(
                complaint.acknowledged_on
                and (
                    not complaint.ack_deadline
                    or complaint.acknowledged_on <= complaint.ack_deadline
                )
            )
            complaint.resolve_on_time = bool(
                complaint.resolved_on
                and (
                    not complaint.resolve_deadline
                    or complaint.resolved_on <= complaint.resolve_deadline
                )
            )
            complaint.on_time_share = 100.0 if complaint.resolve_on_time else 0.0
            complaint.ack_on_time_share = 100.0 if complaint.ack_on_time else 0.0

    @api.depends("partner_id", "company_id")
    def _compute_partner_tier_name(self):
        for company, complaints in self.grouped("company_id").items():
            names = complaints._beauty_partner_tier_names(company)
            for complaint in complaints:
                complaint.partner_tier_name = names.get(
                    complaint.partner_id._origin.id, False
                )

    def _beauty_partner_tier_names(self, company):
        """``{partner id: tier name}`` of the customers of ``self`` in
        ``company``, in the store's language: the seam declared by
        ``beauty_dossier`` (``res.partner._beauty_tier_names``), which a tier
        addon fills; this addon depends on none."""
        if not company:
            return {}
        lang = company.partner_id.lang or self.env.lang
        partners = self.partner_id._origin.with_context(lang=lang)
        return partners._beauty_tier_names(company._origin)

    @api.depends(
        "partner_id",
        "company_id",
        "received_on",
        "state",
        "partner_id.beauty_complaint_ids.received_on",
        "partner_id.beauty_complaint_ids.state",
        "partner_id.beauty_complaint_ids.company_id",
        "company_id.beauty_complaint_repeat_count",
        "company_id.beauty_complaint_repeat_days",
        "company_id.resource_calendar_id.tz",
    )
    def _compute_is_repeat_complainer(self):
        counted = self.filtered(
            lambda c: c.partner_id
            and c.company_id
            and c.received_on
            # a cancelled complaint was registered by mistake
            and c.state != "cancelled"
        )
        (self - counted).is_repeat_complainer = False
        if not counted:
            return
        # one query for the other complaints of the same customers and stores
        others = self.search_fetch(
            [
                ("partner_id", "in", counted.partner_id._origin.ids),
                ("company_id", "in", counted.company_id._origin.ids),
                ("state", "!=", "cancelled"),
                ("id", "not in", counted._origin.ids),
            ],
            ["partner_id", "company_id", "received_on"],
        )
        days = defaultdict(list)
        for complaint in others | counted:
            key = (complaint.partner_id._origin.id, complaint.company_id._origin.id)
            days[key].append(
                complaint.company_id._beauty_local_date(complaint.received_on)
            )
        for dates in days.values():
            dates.sort()
        for complaint in counted:
            company = complaint.company_id
            key = (complaint.partner_id._origin.id, company._origin.id)
            complaint.is_repeat_complainer = self._beauty_is_repeat(
                days[key],
                company._beauty_local_date(complaint.received_on),
                company.beauty_complaint_repeat_count,
                company.beauty_complaint_repeat_days,
            )

    @api.model
    def _beauty_is_repeat(self, dates, day, count, span):
        """Whether ``day`` is in a run of at least ``count`` of the sorted
        ``dates`` within ``span`` days (the first and the last day included:
        3 in 90 days are on days 1 and 90 at most, not 91)."""
        width = timedelta(days=span - 1)
        # every window that holds ``day`` starts at one of the dates before it
        first = bisect.bisect_left(dates, day - width)
        last = bisect.bisect_right(dates, day)
        for start in dates[first:last]:
            inside = bisect.bisect_right(dates, start + width) - bisect.bisect_left(
                dates, start
            )
            if inside >= count:
                return True
        return False

    def _compute_compensation_count(self):
        counts = dict(
            self.env["beauty.complaint.compensation"]._read_group(
                [("complaint_id", "in", self.ids)], ["complaint_id"], ["__count"]
            )
        )
        for complaint in self:
            complaint.compensation_count = counts.get(complaint, 0)

    @api.depends("compensation_ids.amount", "compensation_ids.state")
    def _compute_compensation_amount(self):
        for complaint in self:
            complaint.compensation_amount = sum(
                complaint.compensation_ids.filtered(
                    lambda c: c.state in ("approved", "issued")
                ).mapped("amount")
            )

    @api.model
    def _read_group_stage_ids(self, stages, domain):
        # every stage is a kanban column, the empty ones included (a handful)
        return stages.search([], limit=100)

    @api.model
    def _default_stage(self, state):
        return self.env["beauty.complaint.stage"].search(
            [("state", "=", state)], limit=1
        )

    # ------------------------------------------------------------ CRUD

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_linked_access(vals)
        new_stage = self._default_stage("new")
        for vals in vals_list:
            if (
                not self.env.su
                and vals.get("stage_id")
                and vals["stage_id"] != new_stage.id
            ):
                raise UserError(
                    self.env._("A complaint is registered in its first stage.")
                )
            if vals.get("name", "/") == "/":
                company = self.env["res.company"].browse(
                    vals.get("company_id") or self.env.company.id
                )
                vals["name"] = (
                    self.env["ir.sequence"]
                    .with_company(company)
                    .next_by_code("beauty.complaint")
                    or "/"
                )
        complaints = super().create(vals_list)
        complaints._sla_start()
        for complaint in complaints:
            complaint._subscribe_concerned()
        return complaints

    # the records a complaint may be about: the customer's own
    _beauty_linked_fields = ("treatment_id", "procedure_id", "pos_order_id")

    @api.constrains("partner_id", *_beauty_linked_fields)
    def _check_linked_records(self):
        """A complaint is about the customer's own treatment, procedure or
        receipt: never another customer's (whose medical data it would show)."""
        for complaint in self:
            for name in self._beauty_linked_fields:
                # sudo: only the customer of the linked record is compared
                linked = complaint[name].sudo()
                if linked and linked.partner_id != complaint.partner_id:
                    raise ValidationError(
                        self.env._(
                            "%(record)s is not of %(customer)s: a complaint is "
                            "about the customer's own services.",
                            record=self._fields[name].get_description(self.env)[
                                "string"
                            ],
                            customer=complaint.partner_id.display_name,
                        )
                    )

    def _check_linked_access(self, vals):
        """Who links a treatment or a procedure may read it (a receipt of the
        customer's is no file record: handlers link it without POS rights)."""
        if self.env.su:
            return
        for name in ("treatment_id", "procedure_id"):
            if vals.get(name):
                comodel = self._fields[name].comodel_name
                self.env[comodel].browse(vals[name]).check_access("read")

    def write(self, vals):
        self._check_linked_access(vals)
        if (
            "partner_id" in vals
            and not self.env.su
            and any(
                c.state != "new" and c.partner_id.id != vals["partner_id"] for c in self
            )
        ):
            raise UserError(
                self.env._(
                    "The customer of a complaint is set when it is received: "
                    "register a new complaint for another customer."
                )
            )
        if "stage_id" in vals and not self.env.su:
            vals = dict(vals)
            stage = self.env["beauty.complaint.stage"].browse(vals.pop("stage_id"))
            if vals:
                self.write(vals)
            self._move_to_stage(stage)
            return True
        if not {"stage_id", "state"} & set(vals):
            res = super().write(vals)
            if {"category_id", "severity", "company_id", "partner_id"} & set(vals):
                self._sla_recompute()
            if {"staff_ids", "user_id", "treatment_id", "procedure_id"} & set(vals):
                for complaint in self:
                    complaint._subscribe_concerned()
            return res
        waiting = {complaint.id: complaint.stage_id.is_waiting for complaint in self}
        res = super().write(vals)
        for complaint in self:
            if complaint.stage_id.is_waiting != waiting[complaint.id]:
                complaint._sla_toggle_pause()
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_except_complaint(self):
        raise UserError(
            self.env._(
                "A complaint is never deleted: cancel it with the reason instead."
            )
        )

    def _subscribe_concerned(self):
        """The handler and the staff concerned follow the complaint (they are
        told); following gives no right to edit it."""
        partners = (self.user_id | self.staff_ids).partner_id
        if partners:
            self.message_subscribe(partner_ids=partners.ids)

    # ------------------------------------------------------------ workflow

    def _state_transitions(self):
        return {
            **super()._state_transitions(),
            ("new", "acknowledged"): (HANDLER,),
            ("new", "in_progress"): (HANDLER,),
            ("new", "waiting"): (HANDLER,),
            ("acknowledged", "in_progress"): (HANDLER,),
            ("acknowledged", "waiting"): (HANDLER,),
            ("acknowledged", "resolved"): (HANDLER,),
            ("in_progress", "waiting"): (HANDLER,),
            ("in_progress", "resolved"): (HANDLER,),
            ("waiting", "in_progress"): (HANDLER,),
            ("waiting", "resolved"): (HANDLER,),
            ("resolved", "in_progress"): (HANDLER,),
            ("resolved", "closed"): (HANDLER,),
            ("closed", "in_progress"): (MANAGER,),
            ("new", "cancelled"): (HANDLER,),
            ("acknowledged", "cancelled"): (HANDLER,),
            ("in_progress", "cancelled"): (HANDLER,),
            ("waiting", "cancelled"): (HANDLER,),
        }

    def _state_machine_fields(self):
        return super()._state_machine_fields() | {
            "stage_id",
            "sla_id",
            "sla_consumed_hours",
            "sla_resumed_on",
            "ack_deadline",
            "acknowledged_on",
            "resolve_deadline",
            "resolved_on",
            "closed_on",
            "escalation_level",
            "sla_next_check",
            "ack_hours",
            "resolve_hours",
        }

    def _state_entry_values(self, new_state):
        values = super()._state_entry_values(new_state)
        if self.stage_id.state != new_state:
            values["stage_id"] = self._default_stage(new_state).id
        now = fields.Datetime.now()
        if new_state != "new" and not self.acknowledged_on:
            values["acknowledged_on"] = now
            values["ack_hours"] = self._sla_counted_hours(now)
            values["escalation_level"] = "none"
            if not self.user_id:
                values["user_id"] = self.env.user.id
        if new_state == "resolved":
            values["resolved_on"] = now
            values["resolve_hours"] = self._sla_counted_hours(now)
        elif new_state == "closed":
            values["closed_on"] = now
        elif new_state == "in_progress" and self.state in ("resolved", "closed"):
            # reopened: the resolution is to be made again
            values.update(
                resolved_on=False,
                closed_on=False,
                resolve_hours=0.0,
                escalation_level="none",
            )
        return values

    def _on_enter_state(self, new_state):
        super()._on_enter_state(new_state)
        self._sla_recompute()
        if new_state == "closed":
            self._send_rating_request()

    def _check_state_transition(self, new_state):
        super()._check_state_transition(new_state)
        self._check_stage_requirements(self._default_stage(new_state), new_state)

    def _missing_for_resolution(self):
        """What a complaint lacks to be resolved (overridable)."""
        self.ensure_one()
        missing = []
        if not self.cause_id:
            missing.append(self.env._("a root cause"))
        if not (self.corrective_action or "").strip():
            missing.append(self.env._("a corrective action"))
        return missing

    def _missing_for_closing(self):
        """What a complaint lacks to be closed (overridable): a well-founded
        complaint needs its apology and every compensation issued or refused."""
        self.ensure_one()
        missing = []
        if self.is_well_founded:
            if not (self.apology_method and self.apology_on):
                missing.append(self.env._("the apology (how and when)"))
            # sudo: the gate holds whoever closes, compensations read or not
            pending = self.sudo().compensation_ids.filtered(
                lambda c: c.state not in ("issued", "refused")
            )
            if pending:
                missing.append(
                    self.env._(
                        "every compensation issued or refused (%(count)s pending)",
                        count=len(pending),
                    )
                )
        return missing

    def _check_stage_requirements(self, stage, new_state=None):
        """Refuse entering ``stage`` (of lifecycle step ``new_state``) while
        what it requires is missing."""
        new_state = new_state or stage.state
        for complaint in self:
            missing = []
            if new_state == "cancelled" and not (complaint.cancel_reason or "").strip():
                missing.append(self.env._("the reason of the cancellation"))
            if new_state in ("resolved", "closed") or stage.require_root_cause:
                missing += complaint._missing_for_resolution()
            if new_state == "closed" or stage.require_apology:
                missing += complaint._missing_for_closing()
            if missing:
                raise UserError(
                    self.env._(
                        "%(complaint)s cannot move to “%(stage)s” yet: record "
                        "%(missing)s first.",
                        complaint=complaint.display_name,
                        stage=stage.name or complaint._state_label(new_state),
                        missing=", ".join(missing),
                    )
                )

    def _move_to_stage(self, stage):
        """Move ``self`` into ``stage`` (the kanban's drag and drop): the
        transition of its lifecycle step, checked as the buttons do."""
        self.check_access("write")
        for complaint in self:
            if complaint.stage_id == stage:
                continue
            if complaint.state != stage.state:
                complaint._check_state_permission(stage.state)
            complaint._check_stage_requirements(stage)
            # sudo: the stage is a workflow field, the transition was checked
            complaint.sudo().write({"stage_id": stage.id, "state": stage.state})
        return True

    def action_acknowledge(self):
        return self._state_transition("acknowledged")

    def action_start(self):
        return self._state_transition("in_progress")

    def action_wait(self):
        return self._state_transition("waiting")

    def action_resolve(self):
        return self._state_transition("resolved")

    def action_close(self):
        return self._state_transition("closed")

    def action_reopen(self):
        return self._state_transition("in_progress")

    def action_cancel(self):
        return self._state_transition("cancelled")

    def action_record_apology(self):
        """The apology is made now, in the way chosen (default: in person)."""
        for complaint in self:
            complaint.write(
                {
                    "apology_method": complaint.apology_method or "in_person",
                    "apology_on": fields.Datetime.now(),
                }
            )
        return True

    def action_trace_lot(self):
        """Every treatment and procedure that used the complaint's lot."""
        self.ensure_one()
        return self.env["beauty.complaint.lot.trace"]._open_for(self)

    def _check_compensable(self):
        for complaint in self:
            if complaint.is_closed:
                raise UserError(
                    self.env._(
                        "%(complaint)s is finished: reopen it to add a compensation.",
                        complaint=complaint.name,
                    )
                )

    def action_view_compensations(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "beauty_complaints.beauty_complaint_compensation_action"
        )
        action["domain"] = [("complaint_id", "=", self.id)]
        action["context"] = {"default_complaint_id": self.id}
        return action

    @api.model
    def _action_for(self, domain, context):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "beauty_complaints.beauty_complaint_action"
        )
        action.update(domain=domain, context=context)
        return action

    @api.model
    def _action_register(self, context):
        """A new complaint's form, prefilled from where it is registered."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Register a Complaint"),
            "res_model": self._name,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
            "context": context,
        }

    # ------------------------------------------------------------ SLA

    def _sla_domain(self):
        """The SLA policies that may apply to ``self`` (one complaint)."""
        self.ensure_one()
        return [
            ("company_id", "in", [False, self.company_id.id]),
            "|",
            ("category_ids", "=", False),
            ("category_ids", "parent_of", self.category_id.id),
            "|",
            ("severity", "=", False),
            ("severity", "=", self.severity),
        ]

    def _sla_find(self):
        """The SLA policy of the complaint: the first by sequence that matches
        (see ``beauty.complaint.sla._matches``, the hook for e.g. the
        customer's tier)."""
        self.ensure_one()
        policies = self.env["beauty.complaint.sla"].sudo().search(self._sla_domain())
        return policies.filtered(lambda sla: sla._matches(self))[:1]

    def _sla_calendar(self):
        """The store's working calendar, with its leaves."""
        self.ensure_one()
        return self.company_id.resource_calendar_id

    def _sla_work_hours(self, start, end):
        self.ensure_one()
        if not start or end <= start:
            return 0.0
        calendar = self._sla_calendar()
        if not calendar:
            return (end - start).total_seconds() / 3600
        return calendar.get_work_hours_count(start, end, compute_leaves=True)

    def _sla_counted_hours(self, now):
        """The working hours counted against the deadlines up to ``now``:
        those before the last pause and those since it ended."""
        self.ensure_one()
        return self.sla_consumed_hours + self._sla_work_hours(self.sla_resumed_on, now)

    def _sla_plan(self, hours):
        """When ``hours`` working hours are counted (False while paused)."""
        self.ensure_one()
        if not self.sla_resumed_on:
            return False
        remaining = hours - self.sla_consumed_hours
        if remaining <= 0:
            return self.sla_resumed_on
        calendar = self._sla_calendar()
        if not calendar:
            return self.sla_resumed_on + timedelta(hours=remaining)
        return calendar.plan_hours(remaining, self.sla_resumed_on, compute_leaves=True)

    def _sla_running(self):
        """The deadline running now: ``("ack" | "resolve", hours)`` or None."""
        self.ensure_one()
        sla = self.sla_id
        if not sla or self.is_closed or self.resolved_on:
            return None
        if not self.acknowledged_on:
            return "ack", sla.hours_to_acknowledge
        return "resolve", sla.hours_to_resolve

    def _sla_chain_hours(self):
        """Working hours after a breach before the chain manager is alerted."""
        self.ensure_one()
        return self.company_id.beauty_complaint_chain_hours

    def _sla_reminder_share(self):
        """The share of the time at which the handler is reminded."""
        self.ensure_one()
        return (self.company_id.beauty_complaint_reminder_percent or 80) / 100

    def _sla_point(self, level):
        """When the running deadline reaches escalation ``level``."""
        self.ensure_one()
        running = self._sla_running()
        if not running:
            return False
        hours = running[1]
        if level == "reminded":
            return self._sla_plan(hours * self._sla_reminder_share())
        if level == "breached":
            return self._sla_plan(hours)
        if level == "chain":
            return self._sla_plan(hours + self._sla_chain_hours())
        return False

    def _sla_next_level(self):
        self.ensure_one()
        index = ESCALATION_ORDER.index(self.escalation_level)
        return (
            ESCALATION_ORDER[index + 1] if index + 1 < len(ESCALATION_ORDER) else None
        )

    def _sla_values(self):
        """The deadline fields of ``self`` (one complaint, its policy set)."""
        self.ensure_one()
        sla = self.sla_id
        values = {}
        if not self.acknowledged_on:
            values["ack_deadline"] = (
                self._sla_plan(sla.hours_to_acknowledge) if sla else False
            )
        if not self.resolved_on:
            values["resolve_deadline"] = (
                self._sla_plan(sla.hours_to_resolve) if sla else False
            )
        level = self._sla_next_level()
        values["sla_next_check"] = self._sla_point(level) if level else False
        return values

    def _sla_start(self):
        for complaint in self:
            # sudo: deadline fields are written by the SLA computation only
            complaint.sudo().write({"sla_resumed_on": complaint.received_on})
            complaint._sla_recompute()

    def _sla_recompute(self):
        """Deadlines computed again: on entry, on every stage change and when
        what selects the policy changes."""
        for complaint in self:
            # sudo: deadline fields are written by the SLA computation only
            complaint = complaint.sudo()
            sla = complaint._sla_find()
            if complaint.sla_id != sla:
                complaint.write({"sla_id": sla.id})
            complaint.write(complaint._sla_values())

    def _sla_toggle_pause(self, now=None):
        """Pause the deadlines (entering a waiting stage) or resume them."""
        now = now or fields.Datetime.now()
        for complaint in self:
            if complaint.stage_id.is_waiting and complaint.sla_resumed_on:
                consumed = complaint.sla_consumed_hours + complaint._sla_work_hours(
                    complaint.sla_resumed_on, now
                )
                values = {"sla_consumed_hours": consumed, "sla_resumed_on": False}
            elif not complaint.stage_id.is_waiting and not complaint.sla_resumed_on:
                values = {"sla_resumed_on": now}
            else:
                continue
            # sudo: deadline fields are written by the SLA computation only
            complaint.sudo().write(values)
            complaint._sla_recompute()

    # ------------------------------------------------------------ escalation

    @api.model
    def _cron_batch_size(self):
        size = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("beauty_complaints.cron_batch_size")
        )
        return int(size or 0) or 1000

    @api.model
    def _cron_sla_escalation(self, now=None):
        """Remind and escalate the complaints whose next SLA point has come.
        One batch per call: the cron runner commits it and calls again while
        some remain (``_notify_progress``, and a trigger). Each complaint's
        next point moves forward once handled, so that a run killed midway
        goes on from its last committed batch."""
        now = now or fields.Datetime.now()
        domain = [("sla_next_check", "<=", now), ("is_closed", "=", False)]
        Complaint = self.sudo()
        batch = Complaint.search(
            domain, order="sla_next_check, id", limit=self._cron_batch_size()
        )
        for complaint in batch:
            complaint._sla_escalate(now)
        remaining = Complaint.search_count(domain)
        self.env["ir.cron"]._notify_progress(done=len(batch), remaining=remaining)
        if remaining:
            self.env.ref("beauty_complaints.ir_cron_complaint_sla")._trigger()
        return len(batch)

    def _sla_escalate(self, now):
        """Every escalation level ``self`` (one complaint) reached by ``now``."""
        self.ensure_one()
        level = self._sla_next_level()
        while level and self.sla_next_check and self.sla_next_check <= now:
            running = self._sla_running()
            if not running:
                # no deadline runs any more (its policy was removed): done
                self.write({"sla_next_check": False})
                return
            kind = running[0]
            self.write({"escalation_level": level})
            getattr(self, f"_sla_on_{level}")(kind)
            level = self._sla_next_level()
            self.write({"sla_next_check": self._sla_point(level) if level else False})

    def _sla_deadline_label(self, kind):
        if kind == "ack":
            return self.env._("to acknowledge")
        return self.env._("to resolve")

    def _escalation_managers(self, company):
        """The store managers of ``company`` who are alerted (overridable)."""
        group = self.env.ref(MANAGER)
        return (
            self.env["res.users"]
            .search(
                [
                    ("groups_id", "in", group.id),
                    ("company_ids", "in", company.id),
                    ("share", "=", False),
                ]
            )
            .filtered(lambda user: not user._is_superuser())
        )

    def _escalation_chain_company(self):
        """The company whose managers get the second level: the chain's."""
        self.ensure_one()
        return self.company_id.parent_id

    def _alert(self, users, summary, note):
        """An activity for each of ``users`` and a mail to them."""
        self.ensure_one()
        for user in users:
            self.activity_schedule(
                "beauty_complaints.mail_act_complaint_escalation",
                user_id=user.id,
                summary=summary,
                note=note,
            )
        if users:
            self.message_post(
                body=note,
                subject=summary,
                partner_ids=users.partner_id.ids,
                subtype_xmlid="mail.mt_note",
                message_type="comment",
            )

    def _sla_on_reminded(self, kind):
        users = self.user_id or self.received_by_id
        deadline = self.ack_deadline if kind == "ack" else self.resolve_deadline
        self._alert(
            users,
            self.env._("Complaint %(name)s: deadline near", name=self.name),
            self.env._(
                "The deadline %(what)s %(name)s is %(deadline)s.",
                name=self.name,
                what=self._sla_deadline_label(kind),
                deadline=fields.Datetime.to_string(deadline),
            ),
        )

    def _sla_on_breached(self, kind):
        self._alert(
            self._escalation_managers(self.company_id),
            self.env._("Complaint %(name)s: deadline missed", name=self.name),
            self.env._(
                "The deadline to %(what)s %(name)s has passed.",
                name=self.name,
                what=self._sla_deadline_label(kind),
            ),
        )

    def _sla_on_chain(self, kind):
        company = self._escalation_chain_company()
        managers = (
            self._escalation_managers(company) if company else self.env["res.users"]
        )
        self._alert(
            managers,
            self.env._("Complaint %(name)s: still overdue", name=self.name),
            self.env._(
                "The deadline to %(what)s %(name)s of %(store)s passed long ago.",
                name=self.name,
                what=self._sla_deadline_label(kind),
                store=self.company_id.name,
            ),
        )

    # ------------------------------------------------------------ apology

    def _apology_done(self, method):
        # sudo: the apology's date is recorded as part of sending it
        self.write({"apology_method": method, "apology_on": fields.Datetime.now()})

    def action_send_apology(self):
        """The apology by mail (template in the customer's language)."""
        template = self.env.ref("beauty_complaints.mail_template_complaint_apology")
        for complaint in self:
            complaint._check_contact("email")
            complaint.message_post_with_source(
                template, subtype_xmlid="mail.mt_comment"
            )
            complaint._apology_done("email")
        return True

    def action_send_apology_sms(self):
        """The apology by SMS (template in the customer's language)."""
        template = self.env.ref("beauty_complaints.sms_template_complaint_apology")
        for complaint in self:
            complaint._check_contact("sms")
            complaint._message_sms_with_template(
                template=template, partner_ids=complaint.partner_id.ids
            )
            complaint._apology_done("sms")
        return True

    def _check_contact(self, how):
        self.ensure_one()
        partner = self.partner_id
        if how == "email" and not partner.email:
            raise UserError(
                self.env._("%(customer)s has no e-mail address.", customer=partner.name)
            )
        if how == "sms" and not (partner.mobile or partner.phone):
            raise UserError(
                self.env._("%(customer)s has no mobile number.", customer=partner.name)
            )

    # ------------------------------------------------------------ rating

    def _rating_get_partner(self):
        return self.partner_id

    def _send_rating_request(self):
        """Closing asks the customer's satisfaction: by mail when she has an
        address, else by SMS when she has a mobile."""
        mail = self.env.ref("beauty_complaints.mail_template_complaint_rating")
        sms = self.env.ref("beauty_complaints.sms_template_complaint_rating")
        for complaint in self.filtered(lambda c: c.state == "closed"):
            partner = complaint.partner_id
            if partner.email:
                complaint.rating_send_request(mail, force_send=False)
            elif partner.mobile or partner.phone:
                complaint._message_sms_with_template(
                    template=sms, partner_ids=partner.ids
                )

    def _rating_low_score(self):
        """The score (of 5) at or under which a rating reopens the complaint."""
        return 2

    def rating_apply(
        self,
        rate,
        token=None,
        rating=None,
        feedback=None,
        subtype_xmlid=None,
        notify_delay_send=False,
    ):
        rating = super().rating_apply(
            rate,
            token=token,
            rating=rating,
            feedback=feedback,
            subtype_xmlid=subtype_xmlid,
            notify_delay_send=notify_delay_send,
        )
        complaint = self.browse(rating.res_id) if rating else self
        if rate <= complaint._rating_low_score() and complaint.state == "closed":
            complaint._reopen_after_low_rating(rate)
        return rating

    def _reopen_after_low_rating(self, rate):
        """A dissatisfied customer reopens her complaint; the store manager
        is alerted."""
        self.ensure_one()
        # sudo: the customer's answer reopens the complaint (a declared
        # transition, its conditions checked), whoever she is
        complaint = self.sudo()
        complaint._state_transition("in_progress")
        complaint._alert(
            complaint._escalation_managers(complaint.company_id),
            self.env._("Complaint %(name)s: customer dissatisfied", name=self.name),
            self.env._(
                "The customer rated the handling of %(name)s %(rate)s of 5: the "
                "complaint is reopened.",
                name=self.name,
                rate=rate,
            ),
        )

    # ------------------------------------------------------------ portal

    def _compute_access_url(self):
        super()._compute_access_url()
        for complaint in self:
            complaint.access_url = f"/my/complaints/{complaint.id}"

    def _portal_compensations(self):
        """The compensations the customer sees on her portal: those granted to
        her, in general terms (kind, state, value or points; overridable)."""
        self.ensure_one()
        # sudo: the customer sees the remedies granted to her, never the
        # compensations' own fields (the template shows kind, state and value)
        return self.sudo().compensation_ids.filtered(
            lambda c: c.state in ("approved", "issued")
        )

    # ------------------------------------------------------------ web forms
    # The public form (anonymous, the store's printed link) and the customer's
    # portal share the checks of what is typed and uploaded.

    @api.model
    def _beauty_public_limits(self):
        """``(complaints per address per hour, attachment bytes, mimetypes)``
        of the public form and the portal (overridable)."""
        params = self.env["ir.config_parameter"].sudo()
        per_hour = int(params.get_param("beauty_complaints.public_per_hour", 5))
        size = int(params.get_param("beauty_complaints.public_max_bytes", 5 << 20))
        return per_hour, size, ("image/jpeg", "image/png", "application/pdf")

    @api.model
    def _beauty_web_max_files(self):
        """How many files one complaint from the web brings (overridable)."""
        params = self.env["ir.config_parameter"].sudo()
        return int(params.get_param("beauty_complaints.public_max_files", 5))

    @api.model
    def _beauty_web_file(self, name, raw):
        """An uploaded file as the web forms check and attach it; its type is
        read from its content, never taken from what the browser declares."""
        return {
            "name": (name or "upload")[:128],
            "raw": raw,
            "mimetype": guess_mimetype(raw, default="application/octet-stream"),
        }

    @api.model
    def _beauty_web_flood(self, domain):
        """Whether the complaints of ``domain`` filed within the last hour
        reach the hourly limit."""
        per_hour, _size, _types = self._beauty_public_limits()
        since = fields.Datetime.subtract(fields.Datetime.now(), hours=1)
        # sudo: a count only, of complaints the visitor cannot read
        count = self.sudo().search_count([*domain, ("create_date", ">=", since)])
        return count >= per_hour

    @api.model
    def _beauty_public_flood(self, store, address):
        return self._beauty_web_flood(
            [("web_address", "=", address), ("company_id", "=", store.id)]
        )

    @api.model
    def _beauty_portal_flood(self, partner):
        """Whether ``partner`` filed too many complaints from her portal."""
        return self._beauty_web_flood(
            [("partner_id", "=", partner.id), ("channel", "=", "web")]
        )

    @api.model
    def _beauty_web_errors(self, post, files):
        """What is wrong with the words and files of a complaint from the web,
        the public form's or the portal's (translated messages)."""
        errors = []
        description = (post.get("description") or "").strip()
        if not description or len(description) > 5000:
            errors.append(
                self.env._("Describe what happened (5000 characters at most).")
            )
        if len(post.get("request") or "") > 2000:
            errors.append(self.env._("What you ask for is too long."))
        if files:
            _per_hour, size, types = self._beauty_public_limits()
            max_files = self._beauty_web_max_files()
            if len(files) > max_files:
                errors.append(
                    self.env._("Attach %(count)s files at most.", count=max_files)
                )
            if any(len(file["raw"]) > size for file in files):
                errors.append(
                    self.env._(
                        "The photo is too large (%(size)s MB at most).",
                        size=size >> 20,
                    )
                )
            if any(file["mimetype"] not in types for file in files):
                errors.append(self.env._("Attach a photo (JPEG, PNG) or a PDF."))
        return errors

    @api.model
    def _beauty_public_errors(self, post, files):
        """What is wrong with a public form's input (translated messages)."""
        errors = []
        name = (post.get("name") or "").strip()
        email = (post.get("email") or "").strip()
        phone = (post.get("phone") or "").strip()
        if not name or len(name) > 128:
            errors.append(self.env._("Give your name (128 characters at most)."))
        if not (email or phone):
            errors.append(self.env._("Give an e-mail address or a phone number."))
        if email and not tools.email_normalize(email):
            errors.append(self.env._("The e-mail address is not valid."))
        if len(phone) > 32:
            errors.append(self.env._("The phone number is too long."))
        return errors + self._beauty_web_errors(post, files)

    @api.model
    def _beauty_portal_errors(self, post, files, category, store):
        """What is wrong with a complaint filed on the portal: ``category``
        and ``store`` are those chosen among the offered ones (empty when the
        choice was none of them)."""
        errors = self._beauty_web_errors(post, files)
        if not category:
            errors.append(self.env._("Choose what your complaint is about."))
        if not store:
            errors.append(self.env._("Choose the store your complaint is about."))
        return errors

    @api.model
    def _beauty_portal_stores(self, user):
        """The stores a portal customer may file a complaint with: those of
        her file (where she was served) among her user's stores, else her
        user's own store."""
        # sudo: which stores served her, nothing else of her file
        dossier = (
            self.env["beauty.dossier"]
            .sudo()
            .search([("partner_id", "=", user.partner_id.id)], limit=1)
        )
        return (dossier.store_ids & user.company_ids) or user.company_id

    @api.model
    def _beauty_web_values(self, store, post, address):
        """The values of a complaint from the web, its input checked before."""
        return {
            "company_id": store.id,
            "channel": "web",
            "description": post["description"].strip(),
            "request": (post.get("request") or "").strip(),
            "received_by_id": self.env.ref("base.user_root").id,
            "web_address": address,
        }

    @api.model
    def _beauty_public_complaint(self, store, post, files, address):
        """The complaint of a public form's visitor, checked before."""
        email = tools.email_normalize((post.get("email") or "").strip())
        phone = (post.get("phone") or "").strip()
        # sudo: the visitor has no rights; always a new contact, which a handler
        # merges with the customer's own once she is recognised: an anonymous
        # form never writes into an existing customer's record
        partner = (
            self.env["res.partner"]
            .sudo()
            .create(
                {
                    "name": post["name"].strip(),
                    "email": email or False,
                    "phone": phone or False,
                }
            )
        )
        complaint = self.sudo().create(
            {
                **self._beauty_web_values(store, post, address),
                "partner_id": partner.id,
                "category_id": self.env.ref(
                    "beauty_complaints.complaint_category_other"
                ).id,
            }
        )
        if files:
            self.env["ir.attachment"].sudo().create(
                [
                    {**file, "res_model": self._name, "res_id": complaint.id}
                    for file in files
                ]
            )
        return complaint

    @api.model
    def _beauty_portal_complaint(self, partner, store, category, post, files, address):
        """The complaint a portal customer files for herself, checked before:
        ``partner`` is the portal user's own contact."""
        # sudo: a portal user creates no complaint by herself (no such right);
        # every value was checked by _beauty_portal_errors
        complaint = (
            self.sudo()
            .with_company(store)
            .create(
                {
                    **self._beauty_web_values(store, post, address),
                    "partner_id": partner.id,
                    "category_id": category.id,
                }
            )
        )
        if files:
            complaint._beauty_post_customer_files(partner, files)
        return complaint

    def _beauty_post_customer_files(self, author, files):
        """``files`` posted on ``self`` (one complaint) as a message of
        ``author``, its customer: she sees them on her portal page, the salon
        in the chatter."""
        self.ensure_one()
        # sudo: uploads of the current user waiting for their message, which
        # links them to the complaint (Odoo's portal chatter does the same)
        attachments = (
            self.env["ir.attachment"]
            .sudo()
            .create(
                [
                    {**file, "res_model": "mail.compose.message", "res_id": 0}
                    for file in files
                ]
            )
        )
        # sudo: the customer posts on her own complaint, checked by the caller
        return self.sudo().message_post(
            body=self.env._("Photos of my complaint."),
            author_id=author.id,
            attachment_ids=attachments.ids,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )

    # ------------------------------------------------------------ mail gateway

    @api.model
    def message_new(self, msg_dict, custom_values=None):
        """A mail to the complaints alias is a complaint: its sender is the
        customer (found by address, or created), its body her description."""
        values = dict(custom_values or {})
        email = tools.email_normalize(msg_dict.get("email_from") or "")
        partner = self.env["res.partner"]
        if msg_dict.get("author_id"):
            partner = partner.browse(msg_dict["author_id"])
        elif email:
            partner = partner.search([("email_normalized", "=", email)], limit=1)
            if not partner:
                partner = partner.create(
                    {
                        "name": tools.parse_contact_from_email(
                            msg_dict.get("email_from")
                        )[0]
                        or email,
                        "email": email,
                    }
                )
        values.setdefault("partner_id", partner.id)
        # the number comes from the sequence, not from the subject
        values["name"] = "/"
        values.setdefault("channel", "email")
        values.setdefault(
            "category_id", self.env.ref("beauty_complaints.complaint_category_other").id
        )
        values.setdefault(
            "description",
            tools.html2plaintext(msg_dict.get("body") or "")
            or msg_dict.get("subject")
            or "",
        )
        values.setdefault("request", msg_dict.get("subject") or "")
        return super().message_new(msg_dict, custom_values=values)
