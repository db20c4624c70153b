# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The screens of the demo roles with the VIP addon installed (its menus, the
salesperson's customers): see beauty_dossier's test_beauty_screens."""

from odoo.tests import tagged

from odoo.addons.beauty_dossier.tests.test_beauty_screens import (
    APPS,
    BeautyScreensCase,
)


@tagged("post_install", "-at_install")
class TestVipScreens(BeautyScreensCase):
    def test_screens_sales(self):
        # the outreach salesperson: no Beauty app, the customers in Contacts
        self.assert_screens_open("beauty_vip.user_demo_sales", APPS[1:])

    def test_screens_sales_manager(self):
        self.assert_screens_open("beauty_vip.user_demo_sales_manager", APPS)

    def test_screens_supervisor(self):
        self.assert_screens_open("beauty_vip.user_demo_supervisor", APPS)

    def test_screens_outreach(self):
        self.assert_screens_open("beauty_vip.user_demo_outreach1", APPS)
