# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Which customers the POS offers."""

from odoo.tests import TransactionCase, tagged

from odoo.addons.beauty_dossier.tests.common import BeautyDossierCommon


@tagged("post_install", "-at_install")
class TestVipPosCustomers(BeautyDossierCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.dossier = cls.env["beauty.dossier"].create(
            {"partner_id": cls.customer.id, "responsible_id": cls.user_beautician_a.id}
        )
        cls.other = cls.env["res.partner"].create({"name": "Other Customer"})

    def _pos_domain(self):
        config = self.env["pos.config"].search(
            [("company_id", "=", self.env.company.id)], limit=1
        )
        data = {"pos.config": {"data": [{"id": config.id}]}, "pos.order": {"data": []}}
        return self.env["res.partner"]._load_pos_data_domain(data)

    def test_anonymised_customer_not_offered(self):
        partners = self.customer | self.other
        self.assertEqual(partners.filtered_domain(self._pos_domain()), partners)
        request = (
            self.env["beauty.destruction.request"]
            .with_user(self.user_archivist)
            .create(
                {
                    "dossier_id": self.dossier.id,
                    "reason": "The customer withdrew her consent.",
                    "legal_basis": "consent_withdrawn",
                    "full_destruction": True,
                    "destroy_medical": True,
                    "destroy_procedures": True,
                    "destroy_photos": True,
                    "destroy_assessments": True,
                    "destroy_treatments": True,
                }
            )
        )
        request.action_submit()
        request.with_user(self.user_manager).action_approve()
        self.assertEqual(request.state, "done")
        self.assertEqual(partners.filtered_domain(self._pos_domain()), self.other)
        self.assertIn(
            "beauty_anonymised", self.env["res.partner"]._load_pos_data_fields(False)
        )
        self.customer.invalidate_recordset()
        self.assertTrue(self.customer.beauty_anonymised)
        self.assertFalse(self.other.beauty_anonymised)
