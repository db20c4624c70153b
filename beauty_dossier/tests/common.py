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
        cls.customer = cls.env["res.partner"].create({"name": "Test Customer 顾客"})
        cls.customer_2 = cls.env["res.partner"].create({"name": "Second Customer"})
