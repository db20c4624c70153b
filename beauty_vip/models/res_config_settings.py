# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    beauty_visit_store_manager_id = fields.Many2one(
        related="company_id.beauty_visit_store_manager_id", readonly=False
    )
    beauty_visit_store_manager_team_id = fields.Many2one(
        related="company_id.beauty_visit_store_manager_team_id", readonly=False
    )
    beauty_visit_sales_manager_id = fields.Many2one(
        related="company_id.beauty_visit_sales_manager_id", readonly=False
    )
    beauty_visit_sales_manager_team_id = fields.Many2one(
        related="company_id.beauty_visit_sales_manager_team_id", readonly=False
    )
    beauty_visit_outreach_supervisor_id = fields.Many2one(
        related="company_id.beauty_visit_outreach_supervisor_id", readonly=False
    )
    beauty_visit_outreach_supervisor_team_id = fields.Many2one(
        related="company_id.beauty_visit_outreach_supervisor_team_id", readonly=False
    )
    beauty_visit_outreach_staff_id = fields.Many2one(
        related="company_id.beauty_visit_outreach_staff_id", readonly=False
    )
    beauty_visit_outreach_staff_team_id = fields.Many2one(
        related="company_id.beauty_visit_outreach_staff_team_id", readonly=False
    )
