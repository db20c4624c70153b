# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import http
from odoo.tests import HttpCase, tagged

from .common import BeautyComplaintCommon


@tagged("post_install", "-at_install")
class TestBeautyComplaintRating(BeautyComplaintCommon, HttpCase):
    """Closing asks the customer's rating; she answers on Odoo's /rate page as
    a public visitor; a low score reopens the complaint."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()
        cls.customer.email = "customer@example.com"

    def _closed_complaint(self):
        complaint = self._complaint().with_user(self.handler)
        complaint.write(
            {
                "cause_id": self.cause.id,
                "corrective_action": "Retrain.",
                "is_well_founded": True,
            }
        )
        complaint.action_start()
        complaint.action_resolve()
        complaint.action_send_apology()
        self.assertEqual(complaint.apology_method, "email")
        self.assertTrue(complaint.apology_on)
        complaint.action_close()
        return complaint

    def _rate(self, complaint, rate):
        rating = complaint.sudo().rating_ids
        self.assertEqual(len(rating), 1, "closing sent one rating request")
        token = rating.access_token
        self.authenticate(None, None)
        page = self.url_open(f"/rate/{token}/{rate}")
        self.assertEqual(page.status_code, 200)
        response = self.url_open(
            f"/rate/{token}/submit_feedback",
            data={"rate": rate, "csrf_token": http.Request.csrf_token(self)},
        )
        self.assertEqual(response.status_code, 200)
        return rating

    def test_rating_low_score_reopens_and_alerts_the_manager(self):
        complaint = self._closed_complaint()
        rating = self._rate(complaint, 1)
        self.assertTrue(rating.consumed)
        self.assertEqual(rating.rating, 1)
        self.assertEqual(complaint.state, "in_progress")
        self.assertTrue(
            complaint.activity_ids.filtered(lambda a: a.user_id == self.manager)
        )

    def test_rating_good_score_keeps_it_closed(self):
        complaint = self._closed_complaint()
        self._rate(complaint, 5)
        self.assertEqual(complaint.state, "closed")
        self.assertEqual(complaint.rating_last_value, 5)

    def test_rating_unknown_token_is_not_found(self):
        self.authenticate(None, None)
        response = self.url_open("/rate/not-a-token/1")
        self.assertEqual(response.status_code, 404)
