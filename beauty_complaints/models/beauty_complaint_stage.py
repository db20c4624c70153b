# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models

COMPLAINT_STATES = [
    ("new", "New"),
    ("acknowledged", "Acknowledged"),
    ("in_progress", "In Progress"),
    ("waiting", "Waiting for the Customer"),
    ("resolved", "Resolved"),
    ("closed", "Closed"),
    ("cancelled", "Cancelled"),
]


class BeautyComplaintStage(models.Model):
    """A column of the complaints' kanban. Each stage belongs to a step of the
    lifecycle (``state``), which decides what moving into it checks and does;
    the salon adds, renames and orders stages freely."""

    _name = "beauty.complaint.stage"
    _description = "Complaint Stage"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    state = fields.Selection(
        COMPLAINT_STATES,
        string="Lifecycle Step",
        required=True,
        default="in_progress",
        help="The step of the lifecycle this stage belongs to: moving a complaint "
        "into the stage makes that step, with its checks.",
    )
    description = fields.Text(translate=True)
    fold = fields.Boolean(string="Folded in Kanban")
    is_closed = fields.Boolean(
        string="Closing Stage",
        compute="_compute_is_closed",
        store=True,
        help="Complaints in this stage are finished: no deadline runs.",
    )
    is_waiting = fields.Boolean(
        string="Pauses the Deadlines",
        help="While a complaint is in this stage (waiting for the customer), its "
        "deadlines do not run.",
    )
    require_root_cause = fields.Boolean(
        help="Entering this stage requires a root cause and a corrective action."
    )
    require_apology = fields.Boolean(
        help="Entering this stage requires, for a well-founded complaint, an "
        "apology and every compensation issued or refused."
    )
    active = fields.Boolean(default=True)

    @api.depends("state")
    def _compute_is_closed(self):
        for stage in self:
            stage.is_closed = stage.state in ("closed", "cancelled")
