# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.exceptions import AccessError, UserError
from odoo.tests import TransactionCase, tagged

from odoo.addons.point_of_sale.tests.common import TestPoSCommon

from .common import BeautyDossierCommon


@tagged("post_install", "-at_install")
class TestBeautyTreatment(BeautyDossierCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.dossier = cls.env["beauty.dossier"].create({"partner_id": cls.customer.id})
        cls.facial = cls.env["product.product"].create(
            {"name": "Hydrating Facial", "type": "service", "beauty_treatment": True}
        )
        cls.serum = cls.env["product.product"].create(
            {"name": "Hyaluronic Serum", "type": "consu"}
        )

    def _treatment(self, **vals):
        return (
            self.env["beauty.treatment"]
            .with_user(self.user_manager)
            .create(
                {
                    "dossier_id": self.dossier.id,
                    "service_product_id": self.facial.id,
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "product_id": self.serum.id,
                                "quantity": 2,
                                "lot_name": "L2611",
                            },
                        )
                    ],
                    **vals,
                }
            )
        )

    def test_products_used_with_lot(self):
        treatment = self._treatment(zone="face", notes="Sensitive around the nose")
        self.assertEqual(treatment.partner_id, self.customer)
        self.assertEqual(treatment.line_ids.lot_name, "L2611")
        self.assertEqual(treatment.line_ids.uom_id, self.serum.uom_id)
        self.assertEqual(treatment.performed_by_id, self.user_manager)
        self.assertEqual(self.dossier.treatment_count, 1)
        bodies = " ".join(treatment.message_ids.mapped("body"))
        self.assertIn("L2611", bodies, "line changes are traced")

    def test_done_treatment_is_locked(self):
        treatment = self._treatment()
        treatment.action_done()
        with self.assertRaisesRegex(UserError, "locked"):
            treatment.notes = "rewritten"
        with self.assertRaisesRegex(UserError, "locked"):
            treatment.line_ids.quantity = 5
        with self.assertRaisesRegex(UserError, "locked"):
            treatment.line_ids.unlink()
        with self.assertRaisesRegex(UserError, "locked"):
            treatment.write({"line_ids": [(0, 0, {"product_id": self.serum.id})]})
        with self.assertRaisesRegex(UserError, "never deleted"):
            treatment.sudo().unlink()
        self.assertEqual(treatment.line_ids.quantity, 2)
        # the chatter stays open
        treatment.message_post(body="Customer called: very happy")

    def test_lock_cannot_be_lifted_by_a_write(self):
        treatment = self._treatment()
        treatment.action_done()
        with self.assertRaisesRegex(UserError, "buttons"):
            treatment.write({"state": "draft"})
        with self.assertRaisesRegex(UserError, "buttons"):
            self.env["beauty.treatment"].with_user(self.user_manager).create(
                {
                    "dossier_id": self.dossier.id,
                    "service_product_id": self.facial.id,
                    "state": "done",
                }
            )
        self.assertEqual(treatment.state, "done")
        # photos can still be added to a done treatment
        treatment.write({"photo_ids": []})

    def test_amendment_keeps_the_original(self):
        treatment = self._treatment(effect="Skin calmer")
        treatment.action_done()
        action = treatment.action_amend()
        amendment = self.env["beauty.treatment"].browse(action["res_id"])
        self.assertEqual(treatment.state, "amended")
        self.assertEqual(treatment.amended_by_id, amendment)
        self.assertEqual(amendment.amendment_of_id, treatment)
        self.assertEqual(amendment.state, "draft")
        self.assertEqual(amendment.line_ids.lot_name, "L2611")
        amendment.effect = "Skin calmer; slight redness for one hour"
        amendment.action_done()
        self.assertEqual(treatment.effect, "Skin calmer", "the original is untouched")
        with self.assertRaisesRegex(UserError, "Only a done treatment"):
            treatment.action_amend()

    def test_front_desk_cannot_read_treatments(self):
        treatment = self._treatment()
        with self.assertRaises(AccessError):
            treatment.with_user(self.user_reception).read(["notes"])
        with self.assertRaises(AccessError):
            self.dossier.with_user(self.user_reception).read(["treatment_ids"])


@tagged("post_install", "-at_install")
class TestPosTreatment(TestPoSCommon):
    """Paying a salon treatment at the POS creates a draft treatment record."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.config = cls.basic_config
        cls.facial = cls.create_product("Hydrating Facial", cls.categ_basic, 380.0)
        cls.facial.write({"type": "service", "beauty_treatment": True})
        cls.lipstick = cls.create_product("Lipstick", cls.categ_basic, 120.0)
        # the POS test user is a cashier: no access to dossiers, which is the point
        cls.dossier = (
            cls.env["beauty.dossier"].sudo().create({"partner_id": cls.customer.id})
        )
        cls.Treatment = cls.env["beauty.treatment"].sudo()
        cls.walk_in = cls.env["res.partner"].create({"name": "No File Yet"})

    def _pay(self, products, customer, uuid):
        lines = [(product, 1) for product in products]
        total = sum(product.lst_price for product in products)
        return self._create_orders(
            [
                {
                    "pos_order_lines_ui_args": lines,
                    "payments": [(self.cash_pm1, total)],
                    "customer": customer,
                    "uuid": uuid,
                }
            ]
        )[uuid]

    def test_paid_treatment_creates_draft_record(self):
        self.open_new_session()
        order = self._pay(self.facial | self.lipstick, self.customer, "00100-010-0001")
        self.assertEqual(order.state, "paid")
        self.assertFalse(
            self.env.user.has_group("beauty_dossier.group_beauty_reception")
        )
        treatments = self.Treatment.search([("dossier_id", "=", self.dossier.id)])
        self.assertEqual(
            len(treatments), 1, "only the salon treatment, not the lipstick"
        )
        self.assertEqual(treatments.service_product_id, self.facial)
        self.assertEqual(treatments.state, "draft")
        self.assertEqual(treatments.performed_by_id, order.user_id)
        self.assertEqual(treatments.pos_order_id, order)
        self.assertEqual(self.dossier.pos_order_count, 1)
        # syncing the same order again (a retry after a time-out) adds nothing
        self.env["pos.order"].sync_from_ui(
            [
                self.create_ui_order_data(
                    [(self.facial, 1)], self.customer, uuid="00100-010-0001"
                )
            ]
        )
        self.assertEqual(
            self.Treatment.search_count([("dossier_id", "=", self.dossier.id)]), 1
        )

    def test_file_of_another_store_is_shared_and_the_treatment_recorded(self):
        """Her file was opened by the other store of the chain: the paid treatment
        is recorded in her one file, in the store that sold it, and that store
        reads the file from now on (the share is logged)."""
        other_store = self.env["res.company"].create({"name": "Other Store 二店"})
        self.env.user.company_ids |= other_store
        traveller = self.env["res.partner"].create({"name": "Served in Two Stores"})
        dossier = (
            self.env["beauty.dossier"]
            .sudo()
            .create({"partner_id": traveller.id, "company_id": other_store.id})
        )
        self.open_new_session()
        order = self._pay(self.facial, traveller, "00100-010-0003")
        treatment = self.Treatment.search([("dossier_id", "=", dossier.id)])
        self.assertEqual(treatment.pos_order_id, order)
        self.assertEqual(treatment.company_id, order.company_id)
        self.assertEqual(dossier.store_ids, other_store | order.company_id)
        share = dossier.sudo().share_ids
        self.assertEqual((share.reason, share.pos_order_id), ("pos_order", order))
        self.assertIn(order.name, dossier.message_ids[0].body)

    def test_customer_without_dossier_gets_no_record(self):
        self.open_new_session()
        self._pay(self.facial, self.walk_in, "00100-010-0002")
        self.assertFalse(self.Treatment.search([("partner_id", "=", self.walk_in.id)]))
