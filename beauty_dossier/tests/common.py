# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.addons.mail.tests.common import mail_new_test_user


class BeautyDossierCommon:
    """Users and customers shared by the dossier tests (no demo data needed)."""

    @classmethod
    def _setup_beauty_users(cls):
        cls.user_reception = mail_new_test_user(
            cls.env,
            login="test_reception",
            name="Test Reception",
            groups="base.group_user,beauty_dossier.group_beauty_reception",
        )
        cls.user_manager = mail_new_test_user(
            cls.env,
            login="test_store_manager",
            name="Test Store Manager",
            groups="base.group_user,beauty_dossier.group_beauty_manager",
        )
        cls.user_employee = mail_new_test_user(
            cls.env,
            login="test_employee",
            name="Test Employee",
            groups="base.group_user",
        )
        cls.user_beautician_a = mail_new_test_user(
            cls.env,
            login="test_beautician_a",
            name="Test Beautician A",
            groups="base.group_user,beauty_dossier.group_beauty_beautician",
        )
        cls.user_beautician_b = mail_new_test_user(
            cls.env,
            login="test_beautician_b",
            name="Test Beautician B",
            groups="base.group_user,beauty_dossier.group_beauty_beautician",
        )
        cls.user_doctor = mail_new_test_user(
            cls.env,
            login="test_doctor",
            name="Test Doctor",
            groups="base.group_user,beauty_dossier.group_beauty_medical",
        )
        cls.user_archivist = mail_new_test_user(
            cls.env,
            login="test_archivist",
            name="Test Archivist",
            groups="base.group_user,beauty_dossier.group_beauty_archivist",
        )
        cls.customer = cls.env["res.partner"].create({"name": "Test Customer 顾客"})
        cls.customer_2 = cls.env["res.partner"].create({"name": "Second Customer"})
