# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import http
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, JsonRpcException, tagged

from odoo.addons.mail.tests.common import mail_new_test_user

from .common import BeautyComplaintCommon
from .test_beauty_complaint_public_form import PNG


@tagged("post_install", "-at_install")
class TestBeautyComplaintPortal(BeautyComplaintCommon, HttpCase):
    """The customer's portal, as a portal user, through HTTP: her complaints,
    their page and chatter, the form to file one."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()
        cls.portal = mail_new_test_user(
            cls.env,
            login="test_cpl_portal",
            name="Portal Customer 顾客",
            groups="base.group_portal",
            company_id=cls.store.id,
            company_ids=[(6, 0, [cls.store.id])],
        )
        cls.partner = cls.portal.partner_id
        cls.mine = cls._complaint(
            user=cls.handler,
            partner_id=cls.partner.id,
            description="The facial left my cheeks red.",
            request="A free soothing treatment.",
            staff_ids=[(6, 0, cls.beautician_a.ids)],
        )
        cls.mine.with_user(cls.handler).write(
            {
                "cause_id": cls.cause.id,
                "cause_analysis": "SECRET-ANALYSIS of the beautician's gesture",
                "corrective_action": "SECRET-ACTION retraining",
                "resolution": "SECRET-RESOLUTION",
                "severity": "critical",
                "apology_method": "phone",
            }
        )
        cls.mine.with_user(cls.handler).action_record_apology()
        compensation = (
            cls.env["beauty.complaint.compensation"]
            .with_user(cls.handler)
            .create(
                {
                    "complaint_id": cls.mine.id,
                    "kind": "points",
                    "points": 50,
                    "amount": 5,
                    "description": "SECRET-COMPENSATION-NOTE",
                }
            )
        )
        compensation.action_submit()
        cls.theirs = cls._complaint(description="Someone else's towels.")
        cls.Complaint = cls.env["beauty.complaint"].with_context(active_test=False)
        cls.excluded = cls.env["beauty.complaint.category"].create(
            {"name": "Internal Audit Only", "customer_ok": False}
        )

    def _login(self):
        self.authenticate(self.portal.login, self.portal.login)

    def _file(self, files=None, **values):
        data = {
            "description": "The nail polish chipped the next day.",
            "request": "A redo.",
            "category_id": str(self.category.id),
            "csrf_token": http.Request.csrf_token(self),
            **values,
        }
        return self.url_open(
            "/my/complaints/new", data=data, files=files, allow_redirects=False
        )

    def _hers(self):
        return self.Complaint.search([("partner_id", "=", self.partner.id)])

    def test_portal_lists_her_complaints_with_a_counter(self):
        self._login()
        page = self.url_open("/my/complaints")
        self.assertEqual(page.status_code, 200)
        self.assertIn(self.mine.name, page.text)
        self.assertIn(self.mine.access_url, page.text)
        self.assertIn(self.category.name, page.text)
        self.assertIn(self.mine.stage_id.name, page.text)
        self.assertNotIn(self.theirs.name, page.text)
        for sortby in ("date", "name", "category", "stage"):
            page = self.url_open(f"/my/complaints?sortby={sortby}&filterby=open")
            self.assertEqual(page.status_code, 200, sortby)
            self.assertIn(self.mine.name, page.text, sortby)
        page = self.url_open("/my/complaints?filterby=closed")
        self.assertNotIn(self.mine.name, page.text)
        home = self.url_open("/my/home")
        self.assertEqual(home.status_code, 200)
        self.assertIn("/my/complaints", home.text)
        counters = self.make_jsonrpc_request(
            "/my/counters", {"counters": ["complaint_count"]}
        )
        self.assertEqual(counters, {"complaint_count": 1})

    def test_portal_page_shows_hers_never_the_internals(self):
        self._login()
        page = self.url_open(self.mine.access_url)
        self.assertEqual(page.status_code, 200)
        text = page.text
        for shown in (
            self.mine.name,
            "The facial left my cheeks red.",
            "A free soothing treatment.",
            self.store.name,
            self.category.name,
            self.mine.stage_id.name,
            "Loyalty Points",
            "Approved",
            "o_portal_chatter",
        ):
            self.assertIn(shown, text)
        for hidden in (
            "SECRET-ANALYSIS",
            "SECRET-ACTION",
            "SECRET-RESOLUTION",
            "SECRET-COMPENSATION-NOTE",
            self.cause.name,
            self.beautician_a.name,
            self.handler.name,
            "Critical",
        ):
            self.assertNotIn(hidden, text)

    def test_portal_other_customers_complaint_is_refused(self):
        self._login()
        response = self.url_open(self.theirs.access_url, allow_redirects=False)
        self.assertEqual(response.status_code, 303)
        self.assertTrue(response.headers["Location"].endswith("/my"))
        # through the ORM: her rule, and no internal field of her own complaint
        Complaint = self.env["beauty.complaint"].with_user(self.portal)
        self.assertEqual(Complaint.search([]), self.mine)
        with self.assertRaises(AccessError):
            self.theirs.with_user(self.portal).read(["name"])
        with self.assertRaises(AccessError):
            self.mine.with_user(self.portal).read(["cause_analysis"])
        with self.assertRaises(AccessError):
            self.mine.with_user(self.portal).write({"description": "changed"})
        # nor the analysis: how the salon rates her and its own timeliness
        readable = Complaint.fields_get()
        for name in (
            "is_repeat_complainer",
            "partner_tier_name",
            "ack_hours",
            "resolve_hours",
            "ack_on_time_share",
            "on_time_share",
            "cause_analysis",
            "staff_ids",
        ):
            self.assertNotIn(name, readable)
        # and through JSON-RPC, as a browser would ask: hers, not the internals
        values = self.make_jsonrpc_request(
            "/web/dataset/call_kw/beauty.complaint/read",
            {
                "model": "beauty.complaint",
                "method": "read",
                "args": [self.mine.ids, ["name", "description"]],
                "kwargs": {},
            },
        )
        self.assertEqual(values[0]["description"], "The facial left my cheeks red.")
        with self.assertRaises(JsonRpcException):
            self.make_jsonrpc_request(
                "/web/dataset/call_kw/beauty.complaint/read",
                {
                    "model": "beauty.complaint",
                    "method": "read",
                    "args": [self.mine.ids, ["staff_ids", "severity"]],
                    "kwargs": {},
                },
            )
        # the link of a mail (its token) opens the page without an account
        self.authenticate(None, None)
        token = self.theirs.sudo()._portal_ensure_token()
        page = self.url_open(f"{self.theirs.access_url}?access_token={token}")
        self.assertEqual(page.status_code, 200)
        self.assertIn(self.theirs.name, page.text)
        response = self.url_open(
            f"{self.theirs.access_url}?access_token=wrong", allow_redirects=False
        )
        self.assertEqual(response.status_code, 303)

    def test_portal_files_a_complaint_with_photos(self):
        self._login()
        form = self.url_open("/my/complaints/new")
        self.assertEqual(form.status_code, 200)
        self.assertIn(self.category.name, form.text)
        self.assertNotIn(self.excluded.name, form.text)
        self.assertNotIn('name="company_id"', form.text, "one store: no choice")
        response = self._file(
            files=[
                ("attachments", ("nail.png", PNG, "image/png")),
                ("attachments", ("nail-2.png", PNG, "image/png")),
            ],
            # never taken from the form
            partner_id=str(self.customer.id),
        )
        self.assertEqual(response.status_code, 303)
        complaint = self._hers() - self.mine
        self.assertEqual(len(complaint), 1)
        self.assertIn(complaint.access_url, response.headers["Location"])
        self.assertEqual(complaint.partner_id, self.partner)
        self.assertEqual(complaint.channel, "web")
        self.assertEqual(complaint.company_id, self.store)
        self.assertEqual(complaint.category_id, self.category)
        self.assertEqual(complaint.description, "The nail polish chipped the next day.")
        self.assertEqual(complaint.state, "new")
        self.assertTrue(complaint.ack_deadline)
        self.assertFalse(
            self.Complaint.search([("partner_id", "=", self.customer.id)]) - self.theirs
        )
        attachments = self.env["ir.attachment"].search(
            [("res_model", "=", "beauty.complaint"), ("res_id", "=", complaint.id)]
        )
        self.assertEqual(len(attachments), 2)
        self.assertEqual(set(attachments.mapped("mimetype")), {"image/png"})
        message = complaint.message_ids.filtered("attachment_ids")
        self.assertEqual(message.author_id, self.partner)
        self.assertEqual(message.attachment_ids, attachments)
        self.assertFalse(message.subtype_id.internal)
        self.assertIn(self.partner, complaint.message_partner_ids)
        page = self.url_open(response.headers["Location"])
        self.assertEqual(page.status_code, 200)
        self.assertIn("alert-success", page.text)

    def test_portal_bad_input_creates_nothing(self):
        self.env["ir.config_parameter"].sudo().set_param(
            "beauty_complaints.public_max_bytes", 1024
        )
        self._login()
        Attachment = self.env["ir.attachment"]
        uploads = [("res_model", "in", ("beauty.complaint", "mail.compose.message"))]
        attachments = Attachment.search_count(uploads)
        for values, files, error in (
            ({"description": "  "}, None, "Describe what happened"),
            ({"category_id": ""}, None, "Choose what your complaint is about"),
            ({"category_id": "x"}, None, "Choose what your complaint is about"),
            (
                {"category_id": str(self.excluded.id)},
                None,
                "Choose what your complaint is about",
            ),
            ({"request": "x" * 2001}, None, "What you ask for is too long"),
            (
                {},
                [("attachments", ("run.png", b"MZ\x90\x00", "image/png"))],
                "Attach a photo (JPEG, PNG) or a PDF",
            ),
            (
                {},
                [("attachments", ("big.png", PNG + b"0" * 2048, "image/png"))],
                "The photo is too large",
            ),
            (
                {},
                [("attachments", (f"{i}.png", PNG, "image/png")) for i in range(6)],
                "Attach 5 files at most",
            ),
        ):
            response = self._file(files=files, **values)
            self.assertEqual(response.status_code, 400, values)
            self.assertIn("alert-danger", response.text)
            self.assertIn(error, response.text)
        self.assertEqual(self._hers(), self.mine)
        self.assertEqual(Attachment.search_count(uploads), attachments)

    def test_portal_flood_is_refused(self):
        self.env["ir.config_parameter"].sudo().set_param(
            "beauty_complaints.public_per_hour", 2
        )
        self._login()
        for _i in range(2):
            self.assertEqual(self._file().status_code, 303)
        response = self._file()
        self.assertEqual(response.status_code, 429)
        self.assertIn("Too many complaints", response.text)
        self.assertEqual(len(self._hers() - self.mine), 2)

    def test_portal_chatter_hides_internal_notes(self):
        complaint = self.mine.with_user(self.handler)
        complaint.message_post(
            body="INTERNAL-NOTE about the beautician",
            message_type="comment",
            subtype_xmlid="mail.mt_note",
        )
        complaint.message_post(
            body="PUBLIC-REPLY: we call you tomorrow",
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        self._login()
        page = self.url_open(self.mine.access_url)
        self.assertNotIn("INTERNAL-NOTE", page.text)
        token = self.mine.sudo().access_token
        self.assertIn(f'data-token="{token}"', page.text)
        # what the portal chatter loads, as the page's script asks it
        result = self.make_jsonrpc_request(
            "/mail/chatter_fetch",
            {
                "thread_model": "beauty.complaint",
                "thread_id": self.mine.id,
                "token": token,
            },
        )
        bodies = " ".join(message["body"] for message in result["data"]["mail.message"])
        self.assertIn("PUBLIC-REPLY", bodies)
        self.assertNotIn("INTERNAL-NOTE", bodies)
        self.assertNotIn("SECRET", bodies)
        # she answers in the chatter; her message reaches the complaint
        self.make_jsonrpc_request(
            "/mail/message/post",
            {
                "thread_model": "beauty.complaint",
                "thread_id": self.mine.id,
                "post_data": {
                    "body": "Thank you, tomorrow is fine.",
                    "message_type": "comment",
                    "subtype_xmlid": "mail.mt_comment",
                },
                "token": token,
            },
        )
        message = self.mine.message_ids[:1]
        self.assertIn("tomorrow is fine", str(message.body))
        self.assertEqual(message.author_id, self.partner)
        self.assertFalse(message.subtype_id.internal)

    def test_portal_chooses_among_the_stores_of_her_file(self):
        self.portal.sudo().company_ids = [(6, 0, [self.store.id, self.branch.id])]
        dossier = self.env["beauty.dossier"].create(
            {"partner_id": self.partner.id, "company_id": self.store.id}
        )
        dossier._beauty_share_with(self.branch, "consent")
        self._login()
        form = self.url_open("/my/complaints/new")
        self.assertIn('name="company_id"', form.text)
        self.assertIn(self.branch.name, form.text)
        other = self.env["res.company"].create({"name": "Not Her Store"})
        self.assertNotIn(other.name, form.text)
        for company_id in ("", str(other.id)):
            response = self._file(company_id=company_id)
            self.assertEqual(response.status_code, 400)
            self.assertIn("Choose the store", response.text)
        self.assertEqual(self._file(company_id=str(self.branch.id)).status_code, 303)
        complaint = self._hers() - self.mine
        self.assertEqual(complaint.company_id, self.branch)

    def test_portal_chatter_tour(self):
        """Her page's chatter in the browser: the salon's answer without its
        internal note, and her own message with a photo."""
        complaint = self.mine.with_user(self.handler)
        complaint.message_post(
            body="INTERNAL-NOTE about the beautician",
            message_type="comment",
            subtype_xmlid="mail.mt_note",
        )
        complaint.message_post(
            body="PUBLIC-REPLY: we call you tomorrow",
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        self.start_tour(
            self.mine.access_url,
            "beauty_complaint_portal_chatter",
            login=self.portal.login,
        )
        message = self.mine.message_ids.filtered(
            lambda m: "photo of my cheeks" in str(m.body)
        )
        self.assertEqual(message.author_id, self.partner)
        self.assertFalse(message.subtype_id.internal)
        self.assertEqual(message.attachment_ids.mimetype, "image/png")
        self.assertEqual(message.attachment_ids.res_id, self.mine.id)
