# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import io
import json
import zipfile

from odoo import fields, models
from odoo.exceptions import AccessError

from .beauty_access_log import LOGGED_MODELS


class BeautyDossier(models.Model):
    """The data-subject export of a customer's file (PIPL art. 45, GDPR art. 15
    and 20): every section of the file contributes its own part
    (``beauty.subject.export.mixin``)."""

    _inherit = "beauty.dossier"  # pylint: disable=consider-merging-classes-inherited

    def action_export_subject_data(self):
        """Download the customer's complete file (PDF and JSON) for a data-subject
        request."""
        self.ensure_one()
        self._check_subject_export()
        return {
            "type": "ir.actions.act_url",
            "url": f"/beauty_dossier/subject_export/{self.id}",
            "target": "download",
        }

    def _check_subject_export(self):
        if not (
            self.env.su
            or self.env.user.has_group("beauty_dossier.group_beauty_archivist")
        ):
            raise AccessError(
                self.env._(
                    "Only an archive manager or a store manager exports a customer's "
                    "file for her."
                )
            )
        self.check_access("read")

    def _subject_export_records(self):
        """The records of the file, per section, as the exporting user reads
        them: every one2many of the file whose model takes part in the export
        (``consent_ids`` gives the section ``consents``…)."""
        self.ensure_one()
        sections = {}
        for name, field in self._fields.items():
            if (
                field.type == "one2many"
                and name.endswith("_ids")
                and isinstance(
                    self.env[field.comodel_name],
                    self.pool["beauty.subject.export.mixin"],
                )
                and field.is_accessible(self.env)
            ):
                sections[f"{name[:-4]}s"] = self[name]
        return sections

    def _subject_export(self):
        """(file name, ZIP bytes) of the customer's complete file: the PDF file
        report, a JSON document of every section, and the files that go with
        them (the photos)."""
        self.ensure_one()
        self._check_subject_export()
        sections = self._subject_export_records()
        for records in sections.values():
            if records._name in dict(LOGGED_MODELS):
                self.env["beauty.access.log"].sudo()._record(
                    records, "export", user=self.env.user
                )
        partner = self.partner_id
        dossier_values, files = self._beauty_export_data()
        document = {
            "file": self.name,
            "exported_on": fields.Datetime.now().isoformat(),
            "exported_by": self.env.user.name,
            "customer": {
                "name": partner.name,
                "email": partner.email or None,
                "phone": partner.phone or None,
                "mobile": partner.mobile or None,
                "address": partner._display_address(without_company=True) or None,
            },
            "dossier": dossier_values[0],
        }
        for section, records in sections.items():
            document[section], section_files = records._beauty_export_data()
            files.update(section_files)
        pdf, _type = (
            self.env["ir.actions.report"]
            .with_context(lang=self.env.user.lang)
            ._render_qweb_pdf("beauty_dossier.action_report_beauty_dossier", self.ids)
        )
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"{self.name}.pdf", pdf)
            archive.writestr(
                f"{self.name}.json",
                json.dumps(document, ensure_ascii=False, indent=2, default=str),
            )
            for file_name, content in files.items():
                archive.writestr(file_name, content)
        return f"{self.name}.zip", buffer.getvalue()
