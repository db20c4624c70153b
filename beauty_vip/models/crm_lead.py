# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError


class CrmLead(models.Model):
    _inherit = "crm.lead"

    beauty_visit_ids = fields.One2many(
        comodel_name="beauty.visit", inverse_name="lead_id", string="Visits"
    )
    beauty_visit_count = fields.Integer(
        string="Visit Count", compute="_compute_beauty_visit_count"
    )

    @api.depends("beauty_visit_ids")
    def _compute_beauty_visit_count(self):
        counts = dict(
            self.env["beauty.visit"]._read_group(
                [("lead_id", "in", self.ids)], ["lead_id"], ["__count"]
            )
        )
        for lead in self:
            lead.beauty_visit_count = counts.get(lead, 0)

    def action_beauty_log_visit(self):
        """Log a visit of this lead's customer, the visit belonging to the lead."""
        self.ensure_one()
        if not self.partner_id:
            raise UserError(
                self.env._("Link the lead to its customer before logging a visit.")
            )
        return self.env["beauty.visit"]._action_log_form(
            {"partner_id": self.partner_id.id, "lead_id": self.id}
        )

    def action_beauty_visits(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "beauty_vip.beauty_visit_action"
        )
        action["domain"] = [("lead_id", "=", self.id)]
        action["context"] = {
            "default_lead_id": self.id,
            "default_partner_id": self.partner_id.id,
        }
        return action
