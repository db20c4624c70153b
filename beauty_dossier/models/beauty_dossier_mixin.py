# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError

# Selections shared by the records of a file.
BODY_ZONES = [
    ("face", "Face"),
    ("eyes", "Eye Area"),
    ("neck", "Neck and Décolleté"),
    ("body", "Body"),
    ("hands_feet", "Hands and Feet"),
    ("hair", "Hair and Scalp"),
]
SATISFACTION = [
    ("1", "Very Unsatisfied"),
    ("2", "Unsatisfied"),
    ("3", "Neutral"),
    ("4", "Satisfied"),
    ("5", "Very Satisfied"),
]

# Marks the writes made by the workflow buttons themselves (sign, approve, mark as
# done…). A Python object, so no client can send it: JSON-RPC carries only data.
WORKFLOW = object()


def in_workflow(records):
    """Whether ``records`` are written by a workflow method (or as superuser)."""
    return records.env.su or by_workflow(records)


def by_workflow(records):
    """Whether ``records`` are written by a workflow method itself."""
    return records.env.context.get("beauty_workflow") is WORKFLOW


def workflow(records):
    """``records`` in the context where the workflow fields may be written."""
    return records.with_context(beauty_workflow=WORKFLOW)


class BeautyDossierMixin(models.AbstractModel):
    """What every record of a customer's file shares: the dossier it belongs to,
    the customer and store taken from it, tracking, and the rule that the file is
    never deleted outside the approved destruction procedure."""

    _name = "beauty.dossier.mixin"
    _description = "Record of a Customer File"
    _inherit = ["mail.thread"]
    _check_company_auto = True

    dossier_id = fields.Many2one(
        comodel_name="beauty.dossier",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
        tracking=True,
    )
    partner_id = fields.Many2one(
        related="dossier_id.partner_id",
        store=True,
        index=True,
        ondelete="restrict",
        string="Customer",
    )
    company_id = fields.Many2one(
        related="dossier_id.company_id", store=True, index=True, string="Store"
    )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_customer_file(self):
        description = self.env["ir.model"]._get(self._name).name
        raise UserError(
            self.env._(
                "%(records)s are part of the customer's file and are never deleted "
                "outside the approved destruction procedure: correct or archive them "
                "instead.",
                records=description,
            )
        )
