# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.tests import TransactionCase, tagged

from .common import PNG, BeautyDossierCommon


@tagged("post_install", "-at_install")
class TestBeautyPhotoView(BeautyDossierCommon, TransactionCase):
    """Before and after: Before on the left, After on the right, large images."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_beauty_users()
        cls.dossier = cls.env["beauty.dossier"].create(
            {"partner_id": cls.customer.id, "responsible_id": cls.user_beautician_a.id}
        )
        cls._sign_consents(cls.dossier)
        cls.env["beauty.photo"].create(
            [
                {"dossier_id": cls.dossier.id, "kind": kind, "image_1920": PNG}
                for kind in ("after", "before", "after")
            ]
        )

    def test_before_column_comes_first(self):
        # what the kanban asks for (web_read_group, grouped by kind)
        groups = (
            self.env["beauty.photo"]
            .with_user(self.user_beautician_a)
            .web_read_group(
                [("dossier_id", "=", self.dossier.id)],
                ["kind"],
                ["kind"],
            )["groups"]
        )
        self.assertEqual([g["kind"] for g in groups], ["before", "after"])
        self.assertEqual([g["kind_count"] for g in groups], [1, 2])

    def test_kanban_shows_large_images(self):
        arch = self.env["beauty.photo"].get_view(
            self.env.ref("beauty_dossier.beauty_photo_view_kanban").id, "kanban"
        )["arch"]
        self.assertIn('name="image_1024"', arch)
        self.assertNotIn('name="image_512"', arch)
        self.assertIn("o_beauty_photo_kanban", arch)
