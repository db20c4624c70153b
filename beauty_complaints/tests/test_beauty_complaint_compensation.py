# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.exceptions import AccessError, UserError
from odoo.tests import TransactionCase, tagged

from .common import BeautyComplaintCommon


@tagged("post_install", "-at_install")
class TestBeautyComplaintCompensation(BeautyComplaintCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()
        cls.complaint = cls._complaint()
        cls.Compensation = cls.env["beauty.complaint.compensation"]

    def _compensation(self, user, **values):
        return self.Compensation.with_user(user).create(
            {"complaint_id": self.complaint.id, "kind": "points", **values}
        )

    def test_compensation_within_limit_granted_by_handler(self):
        compensation = self._compensation(self.handler, points=150, amount=15)
        self.assertEqual(compensation.asked_by_id, self.handler)
        compensation.action_submit()
        self.assertEqual(compensation.state, "approved")
        compensation.action_issue()
        self.assertEqual(compensation.state, "issued")
        card = compensation.loyalty_card_id
        self.assertEqual(card.partner_id, self.customer)
        self.assertEqual(card.program_id, self.program)
        self.assertEqual(card.points, 150)
        history = compensation.loyalty_history_id
        self.assertEqual(history.card_id, card)
        self.assertEqual(history.issued, 150)
        self.assertFalse(history.used)
        self.assertEqual(history.order_model, "beauty.complaint")
        self.assertEqual(history.order_id, self.complaint.id)
        self.assertIn(self.complaint.name, history.description)
        # points are a compensation, never spend: nothing was sold or invoiced
        self.assertFalse(
            self.env["pos.order"].search([("partner_id", "=", self.customer.id)])
        )
        self.assertFalse(
            self.env["account.move"].search([("partner_id", "=", self.customer.id)])
        )
        with self.assertRaises(UserError):
            compensation.with_user(self.handler).write({"points": 5000})

    def test_compensation_above_limit_four_eyes(self):
        compensation = self._compensation(self.handler, points=800)
        self.assertTrue(compensation.above_limit)
        with self.assertRaisesRegex(UserError, "limit"):
            compensation.with_user(self.handler)._state_transition("approved")
        compensation.with_user(self.handler).action_submit()
        self.assertEqual(compensation.state, "to_approve")
        with self.assertRaises(AccessError):
            compensation.with_user(self.handler).action_approve()
        compensation.with_user(self.manager).action_approve()
        self.assertEqual(compensation.state, "approved")
        self.assertEqual(compensation.approved_by_id, self.manager)
        compensation.with_user(self.handler).action_issue()
        self.assertEqual(compensation.loyalty_card_id.points, 800)

    def test_compensation_never_approved_by_the_one_who_asked(self):
        compensation = self._compensation(self.manager, amount=500, kind="gift")
        compensation.write(
            {"product_id": self.env["product.product"].search([], limit=1).id}
        )
        compensation.with_user(self.manager).action_submit()
        self.assertEqual(compensation.state, "to_approve")
        with self.assertRaisesRegex(UserError, "another store manager"):
            compensation.with_user(self.manager).action_approve()
        compensation.with_user(self.manager_2).action_approve()
        self.assertEqual(compensation.approved_by_id, self.manager_2)

    def test_compensation_fields_of_workflow_refused(self):
        with self.assertRaises(UserError):
            self._compensation(self.handler, points=10, asked_by_id=self.manager.id)
        compensation = self._compensation(self.handler, points=10)
        with self.assertRaises(UserError):
            compensation.with_user(self.handler).write({"state": "issued"})
        with self.assertRaises(UserError):
            compensation.with_user(self.handler).write(
                {"approved_by_id": self.manager.id}
            )
        with self.assertRaisesRegex(UserError, "never deleted"):
            compensation.sudo().unlink()

    def test_compensation_refund_needs_the_pos_order(self):
        compensation = self._compensation(self.handler, kind="refund", amount=50)
        compensation.action_submit()
        with self.assertRaisesRegex(UserError, "POS"):
            compensation.action_issue()
        self.assertEqual(compensation.state, "approved")

    def test_compensation_staff_and_front_desk_cannot_grant(self):
        with self.assertRaises(AccessError):
            self._compensation(self.reception, points=10)
        with self.assertRaises(AccessError):
            self.complaint.with_user(self.reception).read(["compensation_ids"])
