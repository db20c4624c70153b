# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The customer's portal: her complaints under /my/complaints, their page with
the chatter (her messages and photos), and the form to file a new one."""

from odoo import http
from odoo.exceptions import AccessError, MissingError
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal
from odoo.addons.portal.controllers.portal import pager as portal_pager

from .main import uploaded_files


class BeautyComplaintPortal(CustomerPortal):
    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "complaint_count" in counters:
            Complaint = request.env["beauty.complaint"]
            values["complaint_count"] = (
                Complaint.search_count(self._prepare_complaints_domain())
                if Complaint.has_access("read")
                else 0
            )
        return values

    def _prepare_complaints_domain(self):
        """Her complaints: those of her commercial entity."""
        partner = request.env.user.partner_id
        return [("partner_id", "child_of", [partner.commercial_partner_id.id])]

    def _complaint_searchbar_sortings(self):
        return {
            "date": {"label": request.env._("Newest"), "order": "received_on desc"},
            "name": {"label": request.env._("Number"), "order": "name desc"},
            "category": {"label": request.env._("Category"), "order": "category_id"},
            "stage": {"label": request.env._("Stage"), "order": "stage_id, id desc"},
        }

    def _complaint_searchbar_filters(self):
        return {
            "all": {"label": request.env._("All"), "domain": []},
            "open": {
                "label": request.env._("Being Handled"),
                "domain": [("is_closed", "=", False)],
            },
            "closed": {
                "label": request.env._("Finished"),
                "domain": [("is_closed", "=", True)],
            },
        }

    @http.route(
        ["/my/complaints", "/my/complaints/page/<int:page>"],
        type="http",
        auth="user",
        website=True,
    )
    def portal_my_complaints(self, page=1, sortby=None, filterby=None, **kw):
        values = self._prepare_portal_layout_values()
        Complaint = request.env["beauty.complaint"]
        sortings = self._complaint_searchbar_sortings()
        filters = self._complaint_searchbar_filters()
        sortby = sortby if sortby in sortings else "date"
        filterby = filterby if filterby in filters else "all"
        domain = self._prepare_complaints_domain() + filters[filterby]["domain"]
        count = Complaint.search_count(domain) if Complaint.has_access("read") else 0
        pager = portal_pager(
            url="/my/complaints",
            url_args={"sortby": sortby, "filterby": filterby},
            total=count,
            page=page,
            step=self._items_per_page,
        )
        complaints = (
            Complaint.search(
                domain,
                order=sortings[sortby]["order"],
                limit=self._items_per_page,
                offset=pager["offset"],
            )
            if count
            else Complaint
        )
        request.session["my_complaints_history"] = complaints.ids[:100]
        values.update(
            {
                # sudo: the complaints were searched as the customer (her rule);
                # their category and stage are shown by name
                "complaints": complaints.sudo(),
                "page_name": "complaint",
                "default_url": "/my/complaints",
                "pager": pager,
                "searchbar_sortings": sortings,
                "sortby": sortby,
                "searchbar_filters": filters,
                "filterby": filterby,
            }
        )
        return request.render("beauty_complaints.portal_my_complaints", values)

    @http.route(
        ["/my/complaints/<int:complaint_id>"],
        type="http",
        auth="public",
        website=True,
    )
    def portal_my_complaint(self, complaint_id, access_token=None, **kw):
        try:
            complaint_sudo = self._document_check_access(
                "beauty.complaint", complaint_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return request.redirect("/my")
        # the chatter posts with the complaint's token (reading it is not
        # enough to post): she has it, the complaint is hers
        complaint_sudo._portal_ensure_token()
        values = {
            "complaint": complaint_sudo,
            "compensations": complaint_sudo._portal_compensations(),
            "page_name": "complaint",
            "created": kw.get("created") == "1",
        }
        values = self._get_page_view_values(
            complaint_sudo,
            access_token,
            values,
            "my_complaints_history",
            False,
            **kw,
        )
        return request.render("beauty_complaints.portal_my_complaint", values)

    # ------------------------------------------------------------ new complaint

    def _complaint_form_choices(self):
        """``(categories, stores)`` the customer chooses from."""
        # sudo: the names of the categories offered to customers, and the
        # stores of her file: configuration, nothing of other customers
        categories = (
            request.env["beauty.complaint.category"].sudo()._beauty_portal_categories()
        )
        stores = (
            request.env["beauty.complaint"]
            .sudo()
            ._beauty_portal_stores(request.env.user)
        )
        return categories, stores

    def _render_complaint_form(self, values=None, errors=None, status=200):
        categories, stores = self._complaint_form_choices()
        layout = self._prepare_portal_layout_values()
        layout.update(
            {
                "page_name": "complaint_new",
                "categories": categories,
                "stores": stores,
                "values": values or {},
                "errors": errors or [],
            }
        )
        return request.render(
            "beauty_complaints.portal_complaint_form", layout, status=status
        )

    @staticmethod
    def _chosen(records, value):
        """The record of ``records`` whose id is ``value`` (a posted string)."""
        try:
            record_id = int(value or 0)
        except ValueError:
            return records.browse()
        return records.filtered(lambda record: record.id == record_id)

    @http.route(
        "/my/complaints/new",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
    )
    def portal_complaint_form(self, **kw):
        return self._render_complaint_form()

    @http.route(
        "/my/complaints/new",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_complaint_submit(self, **post):
        partner = request.env.user.partner_id
        # sudo: checks and counts before the complaint is filed by
        # _beauty_portal_complaint; nothing is read for the customer
        Complaint = request.env["beauty.complaint"].sudo()
        if Complaint._beauty_portal_flood(partner):
            return self._render_complaint_form(
                post,
                [request.env._("Too many complaints from here: try again later.")],
                status=429,
            )
        categories, stores = self._complaint_form_choices()
        category = self._chosen(categories, post.get("category_id"))
        store = (
            stores if len(stores) == 1 else self._chosen(stores, post.get("company_id"))
        )
        files = uploaded_files("attachments")
        errors = Complaint._beauty_portal_errors(post, files, category, store)
        if errors:
            return self._render_complaint_form(post, errors, status=400)
        address = request.httprequest.remote_addr or ""
        complaint = Complaint._beauty_portal_complaint(
            partner, store, category, post, files, address
        )
        return request.redirect(f"{complaint.access_url}?created=1")
