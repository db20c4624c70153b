# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.tests import TransactionCase, tagged

from .common import BeautyComplaintCommon

MAIL = """Return-Path: <mei.lin@example.com>
To: complaints@salon.example.com
From: Mei Lin <mei.lin@example.com>
Subject: Burnt skin after the peeling
Message-ID: <complaint-test-1@example.com>
Date: Mon, 07 Dec 2026 09:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

My cheeks are red and burning since the peeling yesterday.
"""


@tagged("post_install", "-at_install")
class TestBeautyComplaintGateway(BeautyComplaintCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()

    def test_gateway_mail_becomes_a_complaint(self):
        thread_id = self.env["mail.thread"].message_process("beauty.complaint", MAIL)
        complaint = self.env["beauty.complaint"].browse(thread_id)
        self.assertEqual(complaint.channel, "email")
        self.assertEqual(complaint.partner_id.email, "mei.lin@example.com")
        self.assertEqual(complaint.partner_id.name, "Mei Lin")
        self.assertIn("red and burning", complaint.description)
        self.assertEqual(complaint.request, "Burnt skin after the peeling")
        self.assertEqual(complaint.state, "new")
        self.assertTrue(complaint.name.startswith("TS"))
        self.assertTrue(complaint.ack_deadline)
        # the same sender again: the same customer
        second = self.env["mail.thread"].message_process(
            "beauty.complaint",
            MAIL.replace("complaint-test-1", "complaint-test-2"),
        )
        self.assertEqual(
            self.env["beauty.complaint"].browse(second).partner_id,
            complaint.partner_id,
        )

    def test_gateway_handle_with_care_hook(self):
        self.assertFalse(self.customer._beauty_handle_with_care_reasons())
        complaint = self._complaint()
        reasons = self.customer._beauty_handle_with_care_reasons()
        self.assertEqual(list(reasons), [self.customer.id])
        complaint.with_user(self.handler).write({"cancel_reason": "Duplicate."})
        complaint.with_user(self.handler).action_cancel()
        self.assertFalse(self.customer._beauty_handle_with_care_reasons())
