# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import http
from odoo.tests import HttpCase, tagged

from .common import BeautyComplaintCommon

# a 1x1 PNG
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cff00f000503020160e6a9d80000000049454e44ae426082"
)


@tagged("post_install", "-at_install")
class TestBeautyComplaintPublicForm(BeautyComplaintCommon, HttpCase):
    """The printed link's form, as an anonymous visitor, through HTTP."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()
        cls.token = cls.store.sudo().beauty_complaint_form_token
        cls.Complaint = cls.env["beauty.complaint"].with_context(active_test=False)

    def _post(self, files=None, **values):
        data = {
            "name": "Walk-in Visitor",
            "email": "visitor@example.com",
            "description": "The towels were not clean.",
            "csrf_token": http.Request.csrf_token(self),
            **values,
        }
        return self.url_open(
            f"/beauty/complaint/{self.token}/submit", data=data, files=files
        )

    def _ours(self):
        return self.Complaint.search(
            [("company_id", "=", self.store.id), ("channel", "=", "web")]
        )

    def test_public_form_files_a_complaint_with_a_photo(self):
        self.authenticate(None, None)
        page = self.url_open(f"/beauty/complaint/{self.token}")
        self.assertEqual(page.status_code, 200)
        self.assertIn("Test Store", page.text)
        response = self._post(files={"attachment": ("towel.png", PNG, "image/png")})
        self.assertEqual(response.status_code, 200)
        complaint = self._ours()
        self.assertEqual(len(complaint), 1)
        self.assertEqual(complaint.partner_id.email, "visitor@example.com")
        self.assertEqual(complaint.state, "new")
        self.assertTrue(complaint.ack_deadline)
        attachment = self.env["ir.attachment"].search(
            [("res_model", "=", "beauty.complaint"), ("res_id", "=", complaint.id)]
        )
        self.assertEqual(attachment.mimetype, "image/png")

    def test_public_form_never_writes_into_an_existing_customer(self):
        """A visitor typing a customer's e-mail files under a new contact: an
        anonymous form never opens a complaint on someone else's record."""
        self.customer.sudo().email = "visitor@example.com"
        self.authenticate(None, None)
        self._post()
        complaint = self._ours()
        self.assertEqual(len(complaint), 1)
        self.assertNotEqual(complaint.partner_id, self.customer)
        self.assertFalse(self.customer.beauty_complaint_open)

    def test_public_form_bad_input_creates_nothing(self):
        self.authenticate(None, None)
        for values, files in (
            ({"description": ""}, None),
            ({"email": "", "phone": ""}, None),
            ({"email": "not an address"}, None),
            ({}, {"attachment": ("run.exe", b"MZ...", "application/octet-stream")}),
            ({}, {"attachment": ("big.png", PNG + b"0" * (6 << 20), "image/png")}),
        ):
            response = self._post(files=files, **values)
            self.assertEqual(response.status_code, 400, values)
            self.assertIn("alert-danger", response.text)
        self.assertFalse(self._ours())
        self.assertFalse(
            self.env["res.partner"].search([("email", "=", "visitor@example.com")])
        )

    def test_public_form_unknown_token_and_flood(self):
        self.authenticate(None, None)
        self.assertEqual(
            self.url_open("/beauty/complaint/0123456789abcdef0").status_code, 404
        )
        for _i in range(5):
            self.assertEqual(self._post().status_code, 200)
        response = self._post()
        self.assertEqual(response.status_code, 429)
        self.assertEqual(len(self._ours()), 5)
