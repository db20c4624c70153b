# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    beauty_vip_membership_ids = fields.One2many(
        comodel_name="beauty.vip.membership",
        inverse_name="partner_id",
        string="VIP Memberships",
    )
    beauty_vip_tier_id = fields.Many2one(
        comodel_name="beauty.vip.tier",
        string="VIP Tier",
        compute="_compute_beauty_vip",
        search="_search_beauty_vip_tier_id",
    )
    beauty_vip_tier_name = fields.Char(
        string="VIP Tier Name", compute="_compute_beauty_vip"
    )
    beauty_vip_since = fields.Date(string="VIP Since", compute="_compute_beauty_vip")
    beauty_vip_until = fields.Date(string="VIP Until", compute="_compute_beauty_vip")
    beauty_vip_points = fields.Float(string="VIP Points", compute="_compute_beauty_vip")
    beauty_vip_card_code = fields.Char(string="VIP Card", compute="_compute_beauty_vip")
    beauty_vip_birthday_discount = fields.Float(
        string="Birthday Discount Today (%)",
        compute="_compute_beauty_vip",
        help="The birthday benefit the cashier may offer today (0: none).",
    )

    beauty_visit_count = fields.Integer(
        string="Visit Count",
        compute="_compute_beauty_visit_count",
        groups="sales_team.group_sale_salesman,beauty_dossier.group_beauty_manager",
    )

    # stored: the POS loads it with every customer at no cost
    beauty_anonymised = fields.Boolean(
        string="Anonymised",
        compute="_compute_beauty_anonymised",
        store=True,
        help="The customer's file was destroyed with her identity: she is no more "
        "offered at the POS.",
    )

    @api.depends(
        "beauty_dossier_ids.active",
        "beauty_dossier_ids.destruction_request_ids.state",
    )
    def _compute_beauty_anonymised(self):
        anonymised = set(self._beauty_anonymised_ids())
        for partner in self:
            partner.beauty_anonymised = partner.id in anonymised

    def _compute_beauty_visit_count(self):
        counts = dict(
            self.env["beauty.visit"]._read_group(
                [("partner_id", "in", self.ids)], ["partner_id"], ["__count"]
            )
        )
        for partner in self:
            partner.beauty_visit_count = counts.get(partner, 0)

    def action_beauty_log_visit(self):
        """Log a visit of this customer."""
        self.ensure_one()
        return self.env["beauty.visit"]._action_log_form({"partner_id": self.id})

    def action_beauty_visits(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "beauty_vip.beauty_visit_action"
        )
        action["domain"] = [("partner_id", "=", self.id)]
        action["context"] = {"default_partner_id": self.id}
        return action

    def _beauty_vip_main_membership(self, company=None):
        """The membership of the ladder shown as the customer's tier in
        ``company`` (the current one by default)."""
        company = company or self.env.company
        return self.beauty_vip_membership_ids.filtered(
            lambda m: m.ladder_id.is_main and m.company_id == company
        )[:1]

    @api.depends_context("company")
    @api.depends(
        "beauty_vip_membership_ids.tier_id",
        "beauty_vip_membership_ids.since",
        "beauty_vip_membership_ids.until",
        "beauty_vip_membership_ids.card_id.points",
    )
    def _compute_beauty_vip(self):
        # one sudo recordset, so that the memberships of all are read at once
        for partner, partner_sudo in zip(self, self.sudo(), strict=True):
            membership = partner_sudo._beauty_vip_main_membership()
            partner.beauty_vip_tier_id = membership.tier_id
            partner.beauty_vip_tier_name = membership.tier_id.name
            partner.beauty_vip_since = membership.since
            partner.beauty_vip_until = membership.until
            partner.beauty_vip_points = membership.card_id.points
            partner.beauty_vip_card_code = membership.card_id.code
            partner.beauty_vip_birthday_discount = (
                membership._birthday_discount() if membership else 0.0
            )

    def _beauty_tier_names(self, company):
        names = super()._beauty_tier_names(company)
        # sudo: a customer's tier is what the front desk and the cashier see
        memberships = (
            self.env["beauty.vip.membership"]
            .sudo()
            .search(
                [
                    ("partner_id", "in", self.ids),
                    ("ladder_id.is_main", "=", True),
                    ("company_id", "=", company.id),
                    ("tier_id", "!=", False),
                ]
            )
        )
        for membership in memberships:
            names[membership.partner_id.id] = membership.tier_id.name
        return names

    def _search_beauty_vip_tier_id(self, operator, value):
        return [
            (
                "beauty_vip_membership_ids",
                "any",
                [
                    ("ladder_id.is_main", "=", True),
                    ("company_id", "=", self.env.company.id),
                    ("tier_id", operator, value),
                ],
            )
        ]

    @api.model
    def _load_pos_data_fields(self, config_id):
        """The cashier sees the tier, the points and the safety-alert flag (never
        the file itself)."""
        return super()._load_pos_data_fields(config_id) + [
            "beauty_vip_tier_name",
            "beauty_vip_points",
            "beauty_vip_card_code",
            "beauty_safety_alert",
            "beauty_vip_birthday_discount",
            "beauty_anonymised",
        ]

    @api.model
    def _load_pos_data_domain(self, data):
        # an anonymised customer is not offered at the POS (the POS reloads only
        # the customers of orders it still shows)
        return [
            *super()._load_pos_data_domain(data),
            ("beauty_anonymised", "=", False),
        ]

    @api.model
    def _beauty_anonymised_ids(self):
        """The customers a destruction request anonymised (a few: one query
        whatever the number of customers the POS loads)."""
        domain = [("state", "=", "done"), ("full_destruction", "=", True)]
        # the destruction requests are the archivists' (and their files archived):
        # the POS only needs to know whether one anonymised the customer
        requests = (
            self.env["beauty.destruction.request"]
            .sudo()
            .with_context(active_test=False)
            .search(domain)
        )
        return requests.dossier_id.partner_id.ids
