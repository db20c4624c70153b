# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The complaint handler's screens, crawled like every demo role's (the other
roles' crawls, in beauty_dossier, go through the complaints menus too)."""

from odoo.tests import tagged

from odoo.addons.beauty_dossier.tests.test_beauty_screens import (
    APPS,
    BeautyScreensCase,
)


@tagged("post_install", "-at_install")
class TestBeautyComplaintScreens(BeautyScreensCase):
    def test_screens_complaints(self):
        self.assert_screens_open("beauty_complaints.user_demo_complaints", APPS)

    def test_screens_menus_of_roles(self):
        """Who sees which complaints menu."""
        menus = {
            "beauty_dossier.user_demo_reception": {"menu_beauty_complaint"},
            "beauty_dossier.user_demo_beautician1": {"menu_beauty_complaint"},
            "beauty_dossier.user_demo_doctor": {"menu_beauty_complaint"},
            "beauty_complaints.user_demo_complaints": {
                "menu_beauty_complaint",
                "menu_beauty_complaint_compensation",
                "menu_beauty_complaint_analysis",
                "menu_beauty_complaint_analysis_wizard",
            },
            "beauty_dossier.user_demo_manager": {
                "menu_beauty_complaint",
                "menu_beauty_complaint_compensation",
                "menu_beauty_complaint_analysis",
                "menu_beauty_complaint_compensation_analysis",
                "menu_beauty_complaint_staff_report",
                "menu_beauty_complaint_analysis_wizard",
                "menu_beauty_complaint_stage",
                "menu_beauty_complaint_category",
                "menu_beauty_complaint_cause",
                "menu_beauty_complaint_sla",
            },
            "beauty_dossier.user_demo_cashier": set(),
        }
        leaves = {
            "menu_beauty_complaint",
            "menu_beauty_complaint_compensation",
            "menu_beauty_complaint_analysis",
            "menu_beauty_complaint_compensation_analysis",
            "menu_beauty_complaint_staff_report",
            "menu_beauty_complaint_analysis_wizard",
            "menu_beauty_complaint_stage",
            "menu_beauty_complaint_category",
            "menu_beauty_complaint_cause",
            "menu_beauty_complaint_sla",
        }
        for xmlid, expected in menus.items():
            user = self.env.ref(xmlid)
            loaded = self.env["ir.ui.menu"].with_user(user).load_menus(False)
            xmlids = {menu.get("xmlid") for menu in loaded.values()}
            seen = {name for name in leaves if f"beauty_complaints.{name}" in xmlids}
            self.assertEqual(seen, expected, xmlid)
