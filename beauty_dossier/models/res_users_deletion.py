# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import logging

from odoo import api, models

_logger = logging.getLogger(__name__)


class ResUsersDeletion(models.Model):
    """A customer who deletes her portal account keeps her file: the archive is
    kept for its legal period and destroyed only by the destruction procedure.
    Her login is already scrubbed and archived by the request; the user and its
    contact are left in place and the request is marked failed, for the
    archive manager to see."""

    _inherit = "res.users.deletion"

    @api.model
    def _gc_portal_users(self, batch_size=50):
        requests = self.search([("state", "=", "todo"), ("user_id", "!=", False)])
        # sudo: the job runs as any user; only the existence of a file is checked
        dossiers = (
            self.env["beauty.dossier"]
            .sudo()
            .with_context(active_test=False)
            .search([("partner_id", "in", requests.user_id.partner_id.ids)])
        )
        kept = requests.filtered(
            lambda request: request.user_id.partner_id in dossiers.partner_id
        )
        for request in kept:
            _logger.info(
                "User #%i not deleted: the contact has a customer file (%s).",
                request.user_id.id,
                ", ".join(
                    dossiers.filtered(
                        lambda d, r=request: d.partner_id == r.user_id.partner_id
                    ).mapped("name")
                ),
            )
        kept.state = "fail"
        return super()._gc_portal_users(batch_size=batch_size)
