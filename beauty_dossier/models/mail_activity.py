# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, models
from odoo.exceptions import UserError


class MailActivity(models.Model):
    """An activity on a customer's file goes only to a colleague who may read
    that file. Odoo lets anyone be assigned: the assignee reads the activity,
    gets the assignment notification and becomes a follower of the record.
    Activities planned by the code itself as superuser are trusted."""

    _inherit = "mail.activity"

    def _check_beauty_assignee(self):
        if self.env.su:
            return
        restricted = self.env["mail.message"]._beauty_restricted_models()
        # sudo: the assignee's rights are checked, not the assigning user's
        for activity in self.sudo():
            if activity.res_model not in restricted or not activity.user_id:
                continue
            record = self.env[activity.res_model].browse(activity.res_id)
            if not record.with_user(activity.user_id).has_access("read"):
                raise UserError(
                    self.env._(
                        "%(user)s may not read this customer's file and cannot be "
                        "assigned an activity on it.",
                        user=activity.user_id.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        activities = super().create(vals_list)
        activities._check_beauty_assignee()
        return activities

    def write(self, vals):
        result = super().write(vals)
        if {"user_id", "res_model", "res_id", "res_model_id"} & set(vals):
            self._check_beauty_assignee()
        return result
