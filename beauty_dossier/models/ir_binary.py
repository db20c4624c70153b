# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import models

from .beauty_access_log import LOGGED_MODELS


class IrBinary(models.AbstractModel):
    _inherit = "ir.binary"

    def _record_to_stream(self, record, field_name):
        """Record the download of a photo (``/web/image``, ``/web/content``) or of
        a file attached to a logged record in the access log."""
        stream = super()._record_to_stream(record, field_name)
        logged = dict(LOGGED_MODELS)
        target = record
        if record._name == "ir.attachment" and record.res_model in logged:
            target = self.env[record.res_model].browse(record.res_id)
        user = self.env.user
        if target._name in logged and target.ids and not user._is_public():
            self.env["beauty.access.log"].sudo()._record(target, "download", user=user)
        return stream
