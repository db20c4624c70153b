# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.tests import HttpCase, TransactionCase, tagged

from .common import BeautyDossierCommon


@tagged("post_install", "-at_install")
class TestBeautyDossierReport(BeautyDossierCommon, TransactionCase):
    """The printed file (顾客档案表) shows only what the printing user may see."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.dossier = cls.env["beauty.dossier"].create(
            {"partner_id": cls.customer.id, "occupation": "Teacher"}
        )
        cls._sign_consents(cls.dossier)
        cls.env["beauty.lifestyle.questionnaire"].create(
            {"dossier_id": cls.dossier.id, "smoking": "no", "exercise": "Tai chi"}
        )
        cls.env["beauty.medical.record"].create(
            {"dossier_id": cls.dossier.id, "medication": "Isotretinoin 20mg"}
        )
        cls.env["beauty.skin.assessment"].create(
            {"dossier_id": cls.dossier.id, "skin_type": "combination"}
        )

    def _html(self, user):
        report = self.env["ir.actions.report"].with_user(user)
        html, _type = report._render_qweb_html(
            "beauty_dossier.report_beauty_dossier", self.dossier.ids
        )
        return html.decode()

    def test_manager_prints_every_section(self):
        html = self._html(self.user_manager)
        self.assertIn(self.dossier.name, html)
        self.assertIn("Teacher", html)
        self.assertIn("Isotretinoin 20mg", html)
        self.assertIn("Combination", html)
        self.assertIn("Tai chi", html)

    def test_printed_like_a_salon_form(self):
        """A4, the store's header, the medical record kept on one page, lines for
        both signatures and the date."""
        report = self.env.ref("beauty_dossier.action_report_beauty_dossier")
        self.assertEqual(report.paperformat_id.format, "A4")
        self.dossier.company_id.write(
            {"name": "Lotus Test Salon", "street": "1 Test Road", "city": "上海"}
        )
        html = self._html(self.user_manager)
        self.assertIn("Lotus Test Salon", html, "the store heads the page")
        self.assertIn("1 Test Road", html)
        self.assertIn("Customer's Signature", html)
        self.assertIn("Staff Signature", html)
        self.assertRegex(
            html, r'o_beauty_report_medical"\s+style="page-break-inside: avoid;'
        )

    def test_printed_in_the_language_of_who_prints(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(["beauty_dossier"], ["zh_CN"])
        self.user_manager.lang = "zh_CN"
        html = self._html(self.user_manager)
        self.assertIn("顾客档案表", html)
        self.assertNotIn("Customer File", html)
        self.user_manager.lang = "en_US"
        self.assertIn("Customer File", self._html(self.user_manager))

    def test_front_desk_prints_basic_data_only(self):
        html = self._html(self.user_reception)
        self.assertIn(self.dossier.name, html)
        self.assertIn("Teacher", html)
        self.assertNotIn("Isotretinoin", html)
        self.assertNotIn("Skin Assessments", html)
        self.assertNotIn("Tai chi", html)
        self.assertNotIn("Lifestyle", html)


@tagged("post_install", "-at_install")
class TestBeautyDossierPdf(BeautyDossierCommon, HttpCase):
    """The real PDF, through wkhtmltopdf, as Odoo prints it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.dossier = cls.env["beauty.dossier"].create({"partner_id": cls.customer.id})

    def test_pdf_is_rendered(self):
        report = (
            self.env["ir.actions.report"]
            .with_user(self.user_manager)
            .with_context(force_report_rendering=True)
        )
        pdf, report_type = report._render_qweb_pdf(
            "beauty_dossier.report_beauty_dossier", self.dossier.ids
        )
        self.assertEqual(report_type, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
