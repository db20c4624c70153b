# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.tests import tagged

from odoo.addons.mail.tests.common import mail_new_test_user
from odoo.addons.point_of_sale.tests.common import TestPoSCommon


@tagged("post_install", "-at_install")
class TestBeautyComplaintRefund(TestPoSCommon):
    """A refund compensation is the POS's own refund of the order."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.config = cls.basic_config
        cls.facial = cls.create_product("Complaint Facial", cls.categ_basic, 150.0)
        cls.handler = mail_new_test_user(
            cls.env,
            login="test_cpl_refund_handler",
            name="Refund Handler",
            groups="base.group_user,beauty_complaints.group_beauty_complaint_handler",
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )

    def test_refund_goes_through_the_pos_refund_of_the_order(self):
        self.open_new_session()
        order = self._create_orders(
            [
                {
                    "pos_order_lines_ui_args": [(self.facial, 1)],
                    "payments": [(self.cash_pm1, 150.0)],
                    "customer": self.customer,
                    "uuid": "00100-900-0001",
                }
            ]
        )["00100-900-0001"]
        complaint = (
            self.env["beauty.complaint"]
            .with_user(self.handler)
            .with_company(self.company)
            .create(
                {
                    "partner_id": self.customer.id,
                    "company_id": self.company.id,
                    "category_id": self.env.ref(
                        "beauty_complaints.complaint_category_billing"
                    ).id,
                    "pos_order_id": order.id,
                }
            )
        )
        self.assertEqual(complaint.pos_order_reference, order.pos_reference)
        compensation = (
            self.env["beauty.complaint.compensation"]
            .with_user(self.handler)
            .create({"complaint_id": complaint.id, "kind": "refund", "amount": 150})
        )
        compensation.action_submit()
        self.assertEqual(compensation.state, "approved")
        compensation.action_issue()
        # the handler reaches the refund through the complaint, the POS reads it
        refund = compensation.sudo().refund_order_id
        self.assertTrue(refund)
        self.assertEqual(refund.lines.refunded_orderline_id, order.lines)
        self.assertEqual(refund.lines.qty, -1)
        self.assertEqual(refund.partner_id, self.customer)
