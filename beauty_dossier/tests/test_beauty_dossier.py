# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import re

from freezegun import freeze_time
from psycopg2 import IntegrityError

from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from .common import BeautyDossierCommon


@tagged("post_install", "-at_install")
class TestBeautyDossier(BeautyDossierCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.Dossier = cls.env["beauty.dossier"]

    def _flush_tracking(self):
        # tracking values are written just before commit: run that step here
        self.env.flush_all()
        self.env.cr.precommit.run()

    def test_archive_number_format_and_increment(self):
        with freeze_time("2027-03-15"):
            first, second = self.Dossier.create(
                [{"partner_id": self.customer.id}, {"partner_id": self.customer_2.id}]
            )
        self.assertRegex(first.name, r"^BD2027\d{5}$")
        self.assertRegex(second.name, r"^BD2027\d{5}$")
        n1 = int(re.sub(r"^BD\d{4}", "", first.name))
        n2 = int(re.sub(r"^BD\d{4}", "", second.name))
        self.assertEqual(n2, n1 + 1, "numbers follow each other in one batch")

    def test_archive_number_is_unique(self):
        dossier = self.Dossier.create({"partner_id": self.customer.id})
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            with self.env.cr.savepoint():
                self.Dossier.create(
                    {"partner_id": self.customer_2.id, "name": dossier.name}
                )

    def test_one_customer_one_file(self):
        first = self.Dossier.create({"partner_id": self.customer.id})
        # said in words, with where the file is
        with self.assertRaisesRegex(UserError, first.name):
            self.Dossier.create({"partner_id": self.customer.id})
        # and held by the database, whoever writes
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            with self.env.cr.savepoint():
                self.env.cr.execute(
                    "INSERT INTO beauty_dossier (name, partner_id, company_id, "
                    "opened_on, state) VALUES ('X', %s, %s, now(), 'draft')",
                    [self.customer.id, self.env.company.id],
                )

    def test_one_file_even_when_archived(self):
        dossier = self.Dossier.create({"partner_id": self.customer.id})
        dossier.action_archive()
        action = self.customer.action_open_beauty_dossier()
        self.assertEqual(action["res_id"], dossier.id, "the archived file is reopened")
        self.assertEqual(self.customer.beauty_archive_number, dossier.name)

    def test_partner_carries_number_only(self):
        self.assertFalse(self.customer.beauty_archive_number)
        dossier = self.Dossier.create({"partner_id": self.customer.id})
        self.assertEqual(self.customer.beauty_dossier_id, dossier)
        self.assertEqual(self.customer.beauty_archive_number, dossier.name)
        # the number is searchable from the customer list (stored field)
        found = self.env["res.partner"].search(
            [("beauty_archive_number", "=", dossier.name)]
        )
        self.assertEqual(found, self.customer)

    def test_smart_button_creates_once(self):
        partner = self.customer.with_user(self.user_reception)
        action = partner.action_open_beauty_dossier()
        dossier = self.Dossier.browse(action["res_id"])
        self.assertEqual(action["res_model"], "beauty.dossier")
        self.assertEqual(dossier.partner_id, self.customer)
        self.assertEqual(dossier.responsible_id, self.user_reception)
        again = partner.action_open_beauty_dossier()
        self.assertEqual(again["res_id"], dossier.id)
        self.assertEqual(
            self.Dossier.search_count([("partner_id", "=", self.customer.id)]), 1
        )

    def test_dossier_is_never_deleted(self):
        dossier = self.Dossier.create({"partner_id": self.customer.id})
        with self.assertRaisesRegex(UserError, "never deleted"):
            dossier.unlink()
        self.assertTrue(dossier.exists())

    def test_partner_with_dossier_is_not_deleted(self):
        dossier = self.Dossier.create({"partner_id": self.customer.id})
        with self.assertRaisesRegex(UserError, dossier.name):
            self.customer.unlink()
        self.assertTrue(self.customer.exists())
        # a customer without a file can still be removed
        self.customer_2.unlink()
        self.assertFalse(self.customer_2.exists())

    def test_changes_are_tracked(self):
        dossier = self.Dossier.create({"partner_id": self.customer.id})
        self._flush_tracking()
        dossier.responsible_id = self.user_manager
        self._flush_tracking()
        tracked = self.env["mail.tracking.value"].search(
            [
                ("mail_message_id.model", "=", "beauty.dossier"),
                ("mail_message_id.res_id", "=", dossier.id),
                ("field_id.name", "=", "responsible_id"),
            ]
        )
        self.assertEqual(tracked.new_value_char, self.user_manager.name)

    def test_display_name_and_search_by_number(self):
        dossier = self.Dossier.create({"partner_id": self.customer.id})
        self.assertEqual(dossier.display_name, f"{dossier.name} Test Customer 顾客")
        self.assertEqual(self.Dossier.name_search(dossier.name)[0][0], dossier.id)
        self.assertEqual(self.Dossier.name_search("顾客")[0][0], dossier.id)

    def test_partner_merge_never_moves_a_file(self):
        dossier = self.Dossier.create({"partner_id": self.customer.id})
        duplicate = self.env["res.partner"].create({"name": "Test Customer 顾客 (dup)"})
        Merge = self.env["base.partner.merge.automatic.wizard"]
        with self.assertRaisesRegex(UserError, dossier.name):
            Merge._merge((self.customer | duplicate).ids, dst_partner=duplicate)
        with self.assertRaisesRegex(UserError, dossier.name):
            Merge._merge((self.customer | duplicate).ids)
        self.assertEqual(dossier.partner_id, self.customer)
        # the contact that has the file can absorb a duplicate without one
        Merge._merge((self.customer | duplicate).ids, dst_partner=self.customer)
        self.assertFalse(duplicate.exists())
        self.assertEqual(dossier.partner_id, self.customer)
