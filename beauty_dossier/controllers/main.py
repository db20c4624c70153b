# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import http
from odoo.http import request

from odoo.addons.web.controllers.binary import Binary
from odoo.addons.web.controllers.report import ReportController


def _read_write(controller):
    """Reading a customer-file record through these routes writes the access log,
    so they always run in a read/write transaction: a read-only one (a read
    replica) cannot take the log. A callable, the way Odoo lets an override make
    a read-only route read/write."""
    return False


class BeautyReportController(ReportController):
    @http.route(readonly=_read_write)
    def report_routes(self, reportname, docids=None, converter=None, **data):
        return super().report_routes(
            reportname, docids=docids, converter=converter, **data
        )


class BeautyBinary(Binary):
    @http.route(readonly=_read_write)
    def content_common(self, *args, **kwargs):
        return super().content_common(*args, **kwargs)

    @http.route(readonly=_read_write)
    def content_image(self, *args, **kwargs):
        return super().content_image(*args, **kwargs)


class BeautySubjectExport(http.Controller):
    @http.route(
        "/beauty_dossier/subject_export/<int:dossier_id>", type="http", auth="user"
    )
    def subject_export(self, dossier_id):
        """The customer's complete file as a ZIP (PDF, JSON, photos)."""
        dossier = request.env["beauty.dossier"].browse(dossier_id).exists()
        if not dossier:
            raise request.not_found()
        file_name, content = dossier._subject_export()
        return request.make_response(
            content,
            headers=[
                ("Content-Type", "application/zip"),
                ("Content-Length", len(content)),
                ("Content-Disposition", http.content_disposition(file_name)),
            ],
        )
