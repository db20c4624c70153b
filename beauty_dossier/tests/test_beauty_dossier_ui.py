# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.tests import HttpCase, tagged

from .common import BeautyDossierCommon


@tagged("post_install", "-at_install")
class TestBeautyDossierUi(BeautyDossierCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.walk_in = cls.env["res.partner"].create({"name": "徐晴 (Xu Qing)"})

    def test_tour_open_dossier_from_partner(self):
        self.start_tour(
            "/odoo/contacts",
            "beauty_dossier_open_from_partner",
            login="test_reception",
        )
        dossier = self.env["beauty.dossier"].search(
            [("partner_id", "=", self.walk_in.id)]
        )
        self.assertEqual(len(dossier), 1)
        self.assertRegex(dossier.name, r"^BD\d{9}$")
        self.assertEqual(dossier.responsible_id, self.user_reception)
