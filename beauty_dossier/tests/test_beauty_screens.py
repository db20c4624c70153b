# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Every demo role opens every screen it is given, in a real browser, on the demo.

Per role: Odoo's click-everywhere crawler (``@web/webclient/clickbot``: every menu,
every view of its action — list, kanban, pivot, graph… — and every filter) on each
app the role sees among the Beauty app and Contacts (what the role sees of the
customers), then ``beauty_screens_crawler.js``: the first record's form of every
action of those menus and each of its notebook tabs. Any error dialog fails."""

from odoo.tests import HttpCase, tagged

CLICKBOT = (
    "odoo.loader.modules.get('@web/webclient/clickbot/clickbot_loader')"
    ".startClickEverywhere('%s');"
)
FORMS = (
    "odoo.loader.modules.get('@beauty_dossier/../tests/tours/beauty_screens_crawler')"
    ".crawlForms(%r);"
)
APPS = ("beauty_dossier.menu_beauty_root", "contacts.menu_contacts")


@tagged("post_install", "-at_install")
class BeautyScreensCase(HttpCase):
    """Crawls the screens of a demo user (the demo data `make test` installs)."""

    allow_end_on_form = True

    def _apps_of(self, user):
        menus = self.env["ir.ui.menu"].with_user(user).load_menus(False)
        by_xmlid = {menus[app]["xmlid"]: app for app in menus["root"]["children"]}
        return [xmlid for xmlid in APPS if xmlid in by_xmlid]

    def assert_screens_open(self, xmlid, apps):
        """``xmlid``, a demo user, sees exactly ``apps`` (of the Beauty app and
        Contacts) and opens all their screens without an error."""
        user = self.env.ref(xmlid)
        if "tour_enabled" in user._fields:
            user.tour_enabled = False
        self.assertEqual(self._apps_of(user), list(apps))
        self.browser_js(
            "/odoo",
            FORMS % list(apps),
            "odoo.isReady === true",
            login=user.login,
            timeout=600,
            success_signal="beauty screens test succeeded",
        )
        for app in apps:
            self.browser_js(
                "/odoo",
                CLICKBOT % app,
                "odoo.isReady === true",
                login=user.login,
                timeout=600,
                success_signal="clickbot test succeeded",
            )


class TestBeautyScreens(BeautyScreensCase):
    def test_screens_reception(self):
        self.assert_screens_open("beauty_dossier.user_demo_reception", APPS)

    def test_screens_beautician1(self):
        self.assert_screens_open("beauty_dossier.user_demo_beautician1", APPS)

    def test_screens_beautician2(self):
        self.assert_screens_open("beauty_dossier.user_demo_beautician2", APPS)

    def test_screens_doctor(self):
        self.assert_screens_open("beauty_dossier.user_demo_doctor", APPS)

    def test_screens_archivist(self):
        self.assert_screens_open("beauty_dossier.user_demo_archivist", APPS)

    def test_screens_manager(self):
        self.assert_screens_open("beauty_dossier.user_demo_manager", APPS)

    def test_screens_cashier(self):
        # the POS cashier has no Beauty app: what she sees of the customers
        self.assert_screens_open("beauty_dossier.user_demo_cashier", APPS[1:])
