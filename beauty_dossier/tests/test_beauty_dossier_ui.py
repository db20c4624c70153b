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


@tagged("post_install", "-at_install")
class TestBeautyDestructionUi(BeautyDossierCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        customer = cls.env["res.partner"].create({"name": "周敏 (Zhou Min)"})
        cls.dossier = cls.env["beauty.dossier"].create({"partner_id": customer.id})
        consent = cls._sign_consents(cls.dossier, kinds=("sensitive_data",))
        cls.medical = cls.env["beauty.medical.record"].create(
            {"dossier_id": cls.dossier.id, "diseases": "Hypertension"}
        )
        consent.action_revoke()

    def test_tour_destruction_request_and_approval(self):
        self.start_tour(
            "/odoo/action-beauty_dossier.beauty_dossier_action_destruction_list",
            "beauty_destruction_request",
            login="test_archivist",
        )
        request = self.env["beauty.destruction.request"].search(
            [("dossier_id", "=", self.dossier.id)]
        )
        self.assertEqual(request.state, "submitted")
        self.assertEqual(request.requested_by_id, self.user_archivist)
        self.assertEqual(request.legal_basis, "consent_withdrawn")
        self.assertTrue(self.medical.exists())
        self.start_tour(
            "/odoo/action-beauty_dossier.beauty_destruction_request_action",
            "beauty_destruction_approve",
            login="test_store_manager",
        )
        self.assertEqual(request.state, "done")
        self.assertEqual(request.approved_by_id, self.user_manager)
        self.assertFalse(self.medical.exists())
        self.assertFalse(self.dossier.destruction_listed)
