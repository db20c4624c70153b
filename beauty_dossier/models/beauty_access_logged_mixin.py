# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, models


class _Channel:
    """How a read reaches the records (a Python object in the context, so that no
    client can pass it: JSON-RPC carries only data)."""

    def __init__(self, how):
        self.how = how


LIST = _Channel("list")


class Pending:
    """Reads collected while a form is read (its embedded lists), written to the
    access log in one query by ``flush``."""

    def __init__(self):
        self.reads = []

    def flush(self, env):
        if self.reads:
            env["beauty.access.log"].sudo()._record_reads(self.reads, user=env.user)
            self.reads = []


class _Logged:
    """The caller already logged the reads of ``model`` (``web_read`` calling
    ``read``): no second query."""

    def __init__(self, model):
        self.model = model


class BeautyAccessLoggedMixin(models.AbstractModel):
    """Records every read of the inheriting model's records by a user in the
    access log: the form (``web_read``), lists and kanbans (``web_search_read``),
    RPC (``read``, ``search_read``), exports (``export_data``); reports and image
    downloads are recorded by the report and ``ir.binary``. Reads made by the
    server as superuser are not recorded.

    The read methods are read/write for RPC (``_readonly = False``): the log is
    written in the same transaction as the read."""

    _name = "beauty.access.logged.mixin"
    _description = "Reads Recorded in the Access Log"

    def _beauty_log_access(self, how):
        if self.env.su or not self:
            return
        done = self.env.context.get("beauty_access_logged")
        if isinstance(done, _Logged) and done.model == self._name:
            return
        channel = self.env.context.get("beauty_access_channel")
        if isinstance(channel, _Channel):
            how = channel.how
        pending = self.env.context.get("beauty_access_pending")
        if isinstance(pending, Pending):
            pending.reads.append((self, how))
            return
        self.env["beauty.access.log"].sudo()._record(self, how, user=self.env.user)

    def web_read(self, specification):
        self._beauty_log_access("form")
        return super(
            BeautyAccessLoggedMixin,
            self.with_context(beauty_access_logged=_Logged(self._name)),
        ).web_read(specification)

    web_read._readonly = False

    @api.model
    def web_search_read(
        self, domain, specification, offset=0, limit=None, order=None, count_limit=None
    ):
        # the records are logged by web_read, told that they are shown in a list
        return super(
            BeautyAccessLoggedMixin, self.with_context(beauty_access_channel=LIST)
        ).web_search_read(
            domain,
            specification,
            offset=offset,
            limit=limit,
            order=order,
            count_limit=count_limit,
        )

    web_search_read._readonly = False

    def read(self, fields=None, load="_classic_read"):
        self._beauty_log_access("rpc")
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
        self.browse([row["id"] for row in result])._beauty_log_access("rpc")
        return result

    search_read._readonly = False

    def export_data(self, fields_to_export):
        self._beauty_log_access("export")
        return super().export_data(fields_to_export)
