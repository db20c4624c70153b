# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models


class BeautyAccessLog(models.Model):
    """The lot trace of an adverse reaction names treatments too."""

    _inherit = "beauty.access.log"

    res_model = fields.Selection(
        selection_add=[("beauty.treatment", "Treatment")],
        ondelete={"beauty.treatment": "cascade"},
    )
    record_ref = fields.Reference(selection_add=[("beauty.treatment", "Treatment")])
