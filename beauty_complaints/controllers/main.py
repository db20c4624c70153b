# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The public complaint form: the link or QR code a salon prints at the
counter. Anyone may file a complaint there without an account; nothing else of
the database is reachable from it."""

from werkzeug.exceptions import NotFound

from odoo import http
from odoo.http import request


def uploaded_files(field):
    """The files uploaded in ``field`` of the request's form, as the
    complaint's web checks take them (empty file inputs left out)."""
    Complaint = request.env["beauty.complaint"]
    return [
        Complaint._beauty_web_file(upload.filename, upload.read())
        for upload in request.httprequest.files.getlist(field)
        if upload and upload.filename
    ]


class BeautyComplaintForm(http.Controller):
    def _store(self, token):
        # sudo: the public visitor reaches the store by its printed token only
        store = request.env["res.company"].sudo()._beauty_complaint_store(token)
        if not store:
            raise NotFound()
        return store

    def _render(self, store, values=None, errors=None, status=200):
        return request.render(
            "beauty_complaints.complaint_public_form",
            {
                "store": store,
                "token": store.beauty_complaint_form_token,
                "values": values or {},
                "errors": errors or [],
                "done": False,
            },
            status=status,
        )

    @http.route(
        "/beauty/complaint/<string:token>",
        type="http",
        auth="public",
        methods=["GET"],
        sitemap=False,
    )
    def complaint_form(self, token, **kwargs):
        return self._render(self._store(token))

    @http.route(
        "/beauty/complaint/<string:token>/submit",
        type="http",
        auth="public",
        methods=["POST"],
        sitemap=False,
    )
    def complaint_submit(self, token, **post):
        store = self._store(token)
        # sudo: the public form files a complaint for the store; every value is
        # checked by _beauty_public_errors before anything is created
        Complaint = request.env["beauty.complaint"].sudo().with_company(store)
        address = request.httprequest.remote_addr or ""
        if Complaint._beauty_public_flood(store, address):
            return self._render(
                store,
                post,
                [request.env._("Too many complaints from here: try again later.")],
                status=429,
            )
        files = uploaded_files("attachment")
        errors = Complaint._beauty_public_errors(post, files)
        if errors:
            return self._render(store, post, errors, status=400)
        Complaint._beauty_public_complaint(store, post, files, address)
        return request.render(
            "beauty_complaints.complaint_public_form",
            {"store": store, "done": True, "values": {}, "errors": []},
        )
