# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, models


class BeautyAccessLoggedMixin(models.AbstractModel):
    """Records in the access log every read of the inheriting model's records by
    a user that shows their content: the form (``web_read``), lists and kanbans
    (``web_search_read``), RPC (``read``, ``search_read``), exports
    (``export_data``); reports and image downloads are recorded by the report and
    ``ir.binary``. Reads made by the server as superuser are not recorded, nor
    reads of the fields that only name or place a record (its display name shown
    in a many2one or a reference, see ``_beauty_access_free_fields``).

    One read reaching several of these methods (``web_search_read`` calls
    ``web_read``, which calls ``read``) is recorded once, with the channel that
    describes it best (see ``beauty.access.log._record_reads``). The read
    methods are read/write for RPC (``_readonly = False``): the log is written in
    the same transaction as the read."""

    _name = "beauty.access.logged.mixin"
    _description = "Reads Recorded in the Access Log"

    # fields that name or place a record without showing what it says
    _beauty_access_free_fields = frozenset(
        {"id", "display_name", "dossier_id", "partner_id", "company_id"}
    )

    def _beauty_shows_content(self, field_names):
        """Whether reading ``field_names`` (None: every field) shows content."""
        if field_names is None:
            return True
        return bool(set(field_names) - self._beauty_access_free_fields)

    def _beauty_log_access(self, how, field_names=None):
        if self.env.su or not self or not self._beauty_shows_content(field_names):
            return
        # sudo: the log is not writable by its readers; _record_reads writes it
        # for the reading user only
        self.env["beauty.access.log"].sudo()._record(self, how, user=self.env.user)

    def web_read(self, specification):
        self._beauty_log_access("form", list(specification))
        return super().web_read(specification)

    web_read._readonly = False

    @api.model
    def web_search_read(
        self, domain, specification, offset=0, limit=None, order=None, count_limit=None
    ):
        result = super().web_search_read(
            domain,
            specification,
            offset=offset,
            limit=limit,
            order=order,
            count_limit=count_limit,
        )
        self.browse([row["id"] for row in result["records"]])._beauty_log_access(
            "list", list(specification)
        )
        return result

    web_search_read._readonly = False

    def read(self, fields=None, load="_classic_read"):
        self._beauty_log_access("rpc", fields)
        return super().read(fields=fields, load=load)

    read._readonly = False

    @api.model
    def search_read(
        self, domain=None, fields=None, offset=0, limit=None, order=None, **read_kwargs
    ):
        result = super().search_read(
            domain=domain,
            fields=fields,
            offset=offset,
            limit=limit,
            order=order,
            **read_kwargs,
        )
        self.browse([row["id"] for row in result])._beauty_log_access("rpc", fields)
        return result

    search_read._readonly = False

    def export_data(self, fields_to_export):
        self._beauty_log_access("export")
        return super().export_data(fields_to_export)
