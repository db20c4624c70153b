# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.addons.mail.tests.common import mail_new_test_user

# a 1x1 PNG: a signature or a photo where its content does not matter
PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
    "60e6kgAAAABJRU5ErkJggg=="
)


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
        cls.user_beautician_a = mail_new_test_user(
            cls.env,
            login="test_beautician_a",
            name="Test Beautician A",
            groups="base.group_user,beauty_dossier.group_beauty_beautician",
        )
        cls.user_beautician_b = mail_new_test_user(
            cls.env,
            login="test_beautician_b",
            name="Test Beautician B",
            groups="base.group_user,beauty_dossier.group_beauty_beautician",
        )
        cls.user_doctor = mail_new_test_user(
            cls.env,
            login="test_doctor",
            name="Test Doctor",
            groups="base.group_user,beauty_dossier.group_beauty_medical",
        )
        cls.user_archivist = mail_new_test_user(
            cls.env,
            login="test_archivist",
            name="Test Archivist",
            groups="base.group_user,beauty_dossier.group_beauty_archivist",
        )
        cls.customer = cls.env["res.partner"].create({"name": "Test Customer 顾客"})
        cls.customer_2 = cls.env["res.partner"].create({"name": "Second Customer"})

    @classmethod
    def _sign_consents(
        cls, dossiers, kinds=("sensitive_data", "photos"), procedure=None
    ):
        """Signed consents of ``kinds`` (and of ``procedure``) for ``dossiers``,
        which recording medical data, photos and procedures requires."""
        Template = cls.env["beauty.consent.template"]
        Consent = cls.env["beauty.consent"]
        signature = PNG
        consents = Consent
        for dossier in dossiers:
            for kind in kinds:
                consents |= Consent.create(
                    {
                        "dossier_id": dossier.id,
                        "template_id": Template.search(
                            [("kind", "=", kind)], limit=1
                        ).id,
                        "signature": signature,
                        "photo_use": "file" if kind == "photos" else False,
                    }
                )
            if procedure:
                consents |= Consent.create(
                    {
                        "dossier_id": dossier.id,
                        "template_id": Template.search(
                            [("kind", "=", "procedure")], limit=1
                        ).id,
                        "procedure_product_id": procedure.id,
                        "signature": signature,
                    }
                )
        consents.action_sign()
        return consents
