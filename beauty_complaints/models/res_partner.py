# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models

READERS = (
    "beauty_dossier.group_beauty_reception,beauty_dossier.group_beauty_beautician,"
    "beauty_dossier.group_beauty_medical"
)


class ResPartner(models.Model):
    _inherit = "res.partner"

    beauty_complaint_ids = fields.One2many(
        comodel_name="beauty.complaint",
        inverse_name="partner_id",
        string="Complaints",
        groups=READERS,
    )
    beauty_complaint_count = fields.Integer(
        string="Complaint Count",
        compute="_compute_beauty_complaint_count",
        groups=READERS,
    )
    beauty_complaint_open = fields.Boolean(
        string="Open Complaint",
        compute="_compute_beauty_complaint_open",
        compute_sudo=True,
        store=True,
        help="A complaint of the customer is being handled: handle her with care. "
        "The complaint itself is for its handlers only.",
    )

    @api.depends("beauty_complaint_ids.is_closed")
    def _compute_beauty_complaint_open(self):
        open_partners = {
            partner.id
            for [partner] in self.env["beauty.complaint"]._read_group(
                [("partner_id", "in", self.ids), ("is_closed", "=", False)],
                ["partner_id"],
            )
        }
        for partner in self:
            partner.beauty_complaint_open = partner.id in open_partners

    def _beauty_handle_with_care_reasons(self):
        reasons = super()._beauty_handle_with_care_reasons()
        # sudo: the flag is public (no detail of the complaint is given)
        for partner in self.sudo().filtered("beauty_complaint_open"):
            reasons.setdefault(partner.id, []).append(
                self.env._("A complaint of hers is being handled.")
            )
        return reasons

    @api.model
    def _load_pos_data_fields(self, config_id):
        """The cashier sees that a complaint is open (never the complaint)."""
        return super()._load_pos_data_fields(config_id) + ["beauty_complaint_open"]

    def _compute_beauty_complaint_count(self):
        counts = dict(
            self.env["beauty.complaint"]._read_group(
                [("partner_id", "in", self.ids)], ["partner_id"], ["__count"]
            )
        )
        for partner in self:
            partner.beauty_complaint_count = counts.get(partner, 0)

    def action_view_beauty_complaints(self):
        self.ensure_one()
        return self.env["beauty.complaint"]._action_for(
            [("partner_id", "=", self.id)], {"default_partner_id": self.id}
        )

    def action_register_beauty_complaint(self):
        self.ensure_one()
        return self.env["beauty.complaint"]._action_register(
            {"default_partner_id": self.id}
        )
