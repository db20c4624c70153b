# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models


class MailActivity(models.Model):
    """A contact of a customer's visit plan is an activity on her, linked to
    its plan line (one open activity per customer and line). "Done & Schedule
    Next" on it opens the visit form; saving the visit marks it done."""

    _inherit = "mail.activity"

    beauty_visit_plan_line_id = fields.Many2one(
        comodel_name="beauty.visit.plan.line",
        string="Visit Plan Contact",
        index="btree_not_null",
        ondelete="cascade",
        readonly=True,
    )

    def _beauty_is_visit(self):
        """Whether the activity is a contact with a customer, logged as a visit."""
        self.ensure_one()
        return bool(
            self.beauty_visit_plan_line_id
            or self.activity_type_id.beauty_log_visit
            and self.res_model in ("res.partner", "crm.lead")
        )

    def action_feedback_schedule_next(self, feedback=False, attachment_ids=None):
        if len(self) == 1 and self.active and self._beauty_is_visit():
            return self.action_beauty_log_visit(feedback=feedback)
        return super().action_feedback_schedule_next(
            feedback=feedback, attachment_ids=attachment_ids
        )

    def action_beauty_log_visit(self, feedback=False):
        """The visit form for this activity: saving it marks the activity done."""
        self.ensure_one()
        # its defaults are read as superuser: only from an activity she reads
        self.check_access("read")
        return self.env["beauty.visit"]._action_log_form(
            self.env["beauty.visit"]._values_from_activity(self, feedback)
        )
