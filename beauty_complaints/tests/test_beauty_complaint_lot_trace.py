# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, tagged

from .common import BeautyComplaintCommon


@tagged("post_install", "-at_install")
class TestBeautyComplaintLotTrace(BeautyComplaintCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()
        cls.doctor = cls.env["res.users"].create(
            {
                "name": "Trace Doctor",
                "login": "test_cpl_doctor",
                "email": "doctor@example.com",
                "company_id": cls.store.id,
                "company_ids": [(6, 0, cls.store.ids)],
                "groups_id": [
                    (6, 0, cls.env.ref("beauty_dossier.group_beauty_medical").ids)
                ],
            }
        )
        service = cls.env["product.product"].create(
            {"name": "Peeling", "type": "service"}
        )
        serum = cls.env["product.product"].create({"name": "Acid serum"})
        cls.treatments = cls.env["beauty.treatment"]
        for partner_name, lot in (
            ("Traced A", "LOT-1"),
            ("Traced B", "LOT-1"),
            ("Other", "LOT-2"),
        ):
            partner = cls.env["res.partner"].create({"name": partner_name})
            dossier = cls.env["beauty.dossier"].create(
                {"partner_id": partner.id, "company_id": cls.store.id}
            )
            cls.treatments |= cls.env["beauty.treatment"].create(
                {
                    "dossier_id": dossier.id,
                    "service_product_id": service.id,
                    "performed_by_id": cls.beautician_a.id,
                    "line_ids": [(0, 0, {"product_id": serum.id, "lot_name": lot})],
                }
            )
        cls.complaint = cls._complaint(
            category_id=cls.env.ref(
                "beauty_complaints.complaint_category_adverse_skin"
            ).id,
            lot_name="LOT-1",
            staff_ids=[(6, 0, cls.doctor.ids)],
        )

    def test_lot_trace_lists_the_uses_and_is_logged(self):
        action = self.complaint.with_user(self.doctor).action_trace_lot()
        trace = self.env["beauty.complaint.lot.trace"].browse(action["res_id"])
        self.assertEqual(len(trace.line_ids), 2)
        self.assertEqual(
            set(trace.line_ids.partner_id.mapped("name")), {"Traced A", "Traced B"}
        )
        self.assertEqual(trace.line_ids.user_id, self.beautician_a)
        logged = self.env["beauty.access.log"].search(
            [("res_model", "=", "beauty.treatment"), ("user_id", "=", self.doctor.id)]
        )
        self.assertEqual(set(logged.mapped("res_id")), set(self.treatments[:2].ids))

    def test_lot_trace_refused_to_other_roles(self):
        for user in (self.handler, self.reception):
            with self.assertRaises(AccessError):
                self.complaint.with_user(user).action_trace_lot()


@tagged("post_install", "-at_install")
class TestBeautyComplaintReport(BeautyComplaintCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_complaint_world()

    def test_report_card_prints_for_the_handler(self):
        complaint = self._complaint(request="A refund.")
        html, _kind = (
            self.env["ir.actions.report"]
            .with_user(self.handler)
            ._render_qweb_html(
                "beauty_complaints.report_beauty_complaint", complaint.ids
            )
        )
        html = html.decode()
        self.assertIn(complaint.name, html)
        self.assertIn("Test Store", html)
        self.assertIn("A refund.", html)
