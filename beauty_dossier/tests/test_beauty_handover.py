# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, tagged

from .test_beauty_roles import BeautyRolesCommon


@tagged("post_install", "-at_install")
class TestBeautyHandover(BeautyRolesCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_files()
        cls.file_c.activity_schedule(
            "mail.mail_activity_data_todo", user_id=cls.user_beautician_b.id
        )
        cls.customer_2.email = "customer2@example.com"

    def _wizard(self, user, **vals):
        return (
            self.env["beauty.handover.wizard"]
            .with_user(user)
            .create(
                {
                    "from_user_id": self.user_beautician_b.id,
                    "to_user_id": self.user_beautician_a.id,
                    "reason": "Leaves the salon",
                    **vals,
                }
            )
        )

    def test_leaving_beautician_hands_every_customer_over(self):
        self.user_beautician_b.action_archive()
        left = self.env["beauty.dossier"].search(
            [("responsible_id.active", "=", False)]
        )
        self.assertEqual(left, self.file_b | self.file_c, "the list of orphaned files")
        action = self._wizard(
            self.user_archivist, notify_customers=True
        ).action_hand_over()
        self.assertEqual(self.file_b.responsible_id, self.user_beautician_a)
        self.assertEqual(self.file_c.responsible_id, self.user_beautician_a)
        handover = self.env["beauty.handover"].browse(action["res_id"])
        self.assertEqual(handover.dossier_count, 2)
        self.assertEqual(handover.create_uid, self.user_archivist)
        self.assertIn("Leaves the salon", self.file_c.message_ids[:1].body)
        notified = self.env["mail.message"].search(
            [
                ("model", "=", "beauty.dossier"),
                ("res_id", "=", self.file_b.id),
                ("partner_ids", "in", self.customer_2.ids),
            ]
        )
        self.assertTrue(notified, "the customer is told who looks after her")
        # the log cannot be rewritten
        with self.assertRaises(AccessError):
            handover.with_user(self.user_archivist).write({"reason": "other"})
        with self.assertRaises(AccessError):
            handover.with_user(self.user_archivist).unlink()

    def test_absent_beautician_activities_follow(self):
        # an absence (not a departure): the colleague keeps her account
        self._wizard(self.user_archivist, role="responsible").action_hand_over()
        self.assertEqual(self.file_c.activity_ids.user_id, self.user_beautician_a)
        self.assertEqual(
            self.file_b.backup_id, self.user_beautician_a, "backup role untouched"
        )

    def test_chosen_customers_only(self):
        self._wizard(
            self.user_archivist, scope="selected", dossier_ids=[(6, 0, self.file_c.ids)]
        ).action_hand_over()
        self.assertEqual(self.file_c.responsible_id, self.user_beautician_a)
        self.assertEqual(self.file_b.responsible_id, self.user_beautician_b)

    def test_beautician_cannot_hand_over(self):
        with self.assertRaises(AccessError):
            self._wizard(self.user_beautician_b).action_hand_over()
