# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import base64

from odoo import api, models

# fields of a record that say nothing about the customer, never exported
EXPORT_SKIPPED = {"display_name", "dossier_id", "partner_id", "company_id", "active"}


class BeautySubjectExportMixin(models.AbstractModel):
    """A model whose records are part of the customer's data-subject export
    (PIPL art. 45, GDPR art. 15 and 20): each contributes its own part with
    ``_beauty_export_data``, which another addon overrides or extends."""

    _name = "beauty.subject.export.mixin"
    _description = "Part of a Data-Subject Export"

    def _beauty_export_nested_fields(self):
        """One2many fields whose records are exported in full with these (the
        products of a treatment…), the others by their names."""
        return set()

    def _beauty_export_data(self):
        """``(values, files)``: the plain values of ``self``, one dict per record,
        and the files that go with them in the archive ``{path: bytes}``."""
        return self._beauty_export_values(self), {}

    @api.model
    def _beauty_export_values(self, records):
        """Plain values of ``records``: labels instead of keys, names instead of
        ids, no technical fields, only the fields the exporting user may read."""
        skip = set(models.MAGIC_COLUMNS) | EXPORT_SKIPPED
        nested = (
            records._beauty_export_nested_fields()
            if isinstance(records, BeautySubjectExportMixin)
            else set()
        )
        result = []
        for record in records:
            values = {"id": record.id}
            for name, field in record._fields.items():
                if (
                    name in skip
                    or name.startswith(("message_", "activity_", "website_"))
                    or field.type in ("binary", "image")
                    or not field.store
                    and field.type not in ("one2many", "many2many")
                    or not field.is_accessible(record.env)
                ):
                    continue
                value = record[name]
                if field.type == "many2one":
                    value = value.display_name or None
                elif field.type in ("one2many", "many2many"):
                    if name in nested:
                        value = self._beauty_export_values(value)
                    else:
                        value = value.mapped("display_name")
                elif field.type == "selection":
                    value = (
                        dict(field._description_selection(record.env)).get(value)
                        if value
                        else None
                    )
                elif field.type in ("date", "datetime"):
                    value = value.isoformat() if value else None
                elif value is False and field.type != "boolean":
                    value = None
                values[field.get_description(record.env)["string"]] = value
            result.append(values)
        return result

    def _beauty_export_image(self, values, field_name, folder):
        """Put the image ``field_name`` of each record in ``folder`` of the
        archive and name it in its values; return the files."""
        files = {}
        for record, record_values in zip(self, values, strict=True):
            if record[field_name]:
                path = f"{folder}/{record.id}.jpg"
                files[path] = base64.b64decode(record[field_name])
                record_values["image_file"] = path
        return files
