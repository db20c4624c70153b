# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

LOGGED_MODELS = [
    ("beauty.medical.record", "Medical Record"),
    ("beauty.procedure", "Procedure"),
    ("beauty.photo", "Photo"),
    ("beauty.skin.assessment", "Skin Assessment"),
    ("beauty.lifestyle.questionnaire", "Lifestyle Questionnaire"),
]
CHANNELS = [
    ("form", "Form"),
    ("list", "List or Kanban"),
    ("rpc", "API (RPC)"),
    ("export", "Export"),
    ("report", "Report"),
    ("download", "Image or File Download"),
]
# reads through these channels are recorded once per user and record per window;
# exports and reports leave the system and are always recorded
DEDUPLICATED = ("rpc", "form", "list", "download")
# one read reaching several read methods (a list's web_search_read calls web_read,
# which calls read) is recorded once, with the most telling of its channels
RANK = {"rpc": 0, "form": 1, "list": 2}


class BeautyAccessLog(models.Model):
    """Who read which sensitive record of a customer's file, when and how.

    Written by the read methods of the logged models only (see
    ``beauty.access.logged.mixin``), readable by archive and store managers,
    never changed nor deleted by anyone, administrator included."""

    _name = "beauty.access.log"
    _description = "Customer File Access Log"
    _order = "accessed_on desc, id desc"
    _rec_name = "res_model"

    user_id = fields.Many2one(
        comodel_name="res.users",
        required=True,
        readonly=True,
        index=True,
    )
    dossier_id = fields.Many2one(
        comodel_name="beauty.dossier", readonly=True, index=True, ondelete="restrict"
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Customer",
        readonly=True,
        index=True,
        ondelete="restrict",
    )
    company_id = fields.Many2one(
        comodel_name="res.company", string="Store", readonly=True, index=True
    )
    res_model = fields.Selection(
        LOGGED_MODELS, string="Record Type", required=True, readonly=True
    )
    res_id = fields.Integer(string="Record ID", required=True, readonly=True)
    record_ref = fields.Reference(
        selection=LOGGED_MODELS, string="Record", compute="_compute_record_ref"
    )
    how = fields.Selection(
        CHANNELS, string="Read Through", required=True, readonly=True
    )
    accessed_on = fields.Datetime(string="Read On", required=True, readonly=True)
    is_cover = fields.Boolean(
        string="Cover",
        readonly=True,
        help="Read by the customer's backup beautician, covering for the "
        "responsible beautician while she is absent.",
    )

    def init(self):
        self.env.cr.execute(
            """
            CREATE INDEX IF NOT EXISTS beauty_access_log_dedup_index
                ON beauty_access_log (res_model, res_id, user_id, accessed_on)
            """
        )

    @api.depends("res_model", "res_id")
    def _compute_record_ref(self):
        for log in self:
            log.record_ref = f"{log.res_model},{log.res_id}" if log.res_id else False

    @api.model_create_multi
    def create(self, vals_list):
        # the entries are inserted by _record_reads only, in SQL
        if vals_list:
            raise UserError(
                self.env._(
                    "The access log is written by the system when a record is read; "
                    "entries cannot be added by hand."
                )
            )
        return super().create(vals_list)

    def write(self, vals):
        if vals:
            raise UserError(self.env._("The access log cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_always(self):
        raise UserError(self.env._("The access log is never deleted."))

    @api.model
    def _record(self, records, how, user=None):
        """Append one entry per record of ``records`` (a logged model) read by
        ``user`` through ``how``; see ``_record_reads``."""
        self._record_reads([(records, how)], user=user)

    @api.model
    def _record_reads(self, reads, user=None):
        """Append one entry per record read by ``user``, for each ``(records,
        how)`` of ``reads``; reads through a deduplicated channel already
        recorded within the window are skipped, or, when recorded by this same
        transaction through a less telling channel, given this one. A read by the
        backup beautician of the record's file is marked as a cover."""
        uid = (user or self.env.user).id
        minutes = int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("beauty_dossier.access_log_window_minutes", 5)
        )
        now = SQL("(now() AT TIME ZONE 'UTC')")
        # (model, user) logged through this cursor: only those may have an entry
        # of this same transaction to upgrade (a request's inner read methods)
        logged = self.env.cr.cache.setdefault("beauty_access_log_logged", set())
        selects = []
        for records, how in reads:
            ids = [rid for rid in records._ids if isinstance(rid, int)]
            if not ids:
                continue
            records.flush_model(["dossier_id", "partner_id", "company_id"])
            self.env["beauty.dossier"].flush_model(["responsible_id", "backup_id"])
            dedup = SQL()
            if how in DEDUPLICATED:
                weaker = [c for c, rank in RANK.items() if rank < RANK.get(how, -1)]
                if weaker and (records._name, uid) in logged:
                    # the same read seen by an inner read method of this request
                    self.env.cr.execute(
                        SQL(
                            """UPDATE beauty_access_log SET how = %s
                                WHERE res_model = %s AND res_id = ANY(%s)
                                  AND user_id = %s AND accessed_on = %s
                                  AND how = ANY(%s)""",
                            how,
                            records._name,
                            ids,
                            uid,
                            now,
                            weaker,
                        )
                    )
                dedup = SQL(
                    """AND NOT EXISTS (
                           SELECT 1 FROM beauty_access_log l
                            WHERE l.res_model = %s AND l.res_id = t.id
                              AND l.user_id = %s
                              AND l.how IN %s
                              AND l.accessed_on > %s - %s::interval)""",
                    records._name,
                    uid,
                    DEDUPLICATED,
                    now,
                    f"{minutes} minutes",
                )
            selects.append(
                SQL(
                    """
                    SELECT %(uid)s, t.dossier_id, t.partner_id, t.company_id,
                           %(model)s, t.id, %(how)s, %(now)s,
                           COALESCE(d.backup_id = %(uid)s
                                    AND d.responsible_id IS DISTINCT FROM %(uid)s,
                                    FALSE),
                           %(uid)s, %(now)s, %(uid)s, %(now)s
                      FROM %(table)s t
                      LEFT JOIN beauty_dossier d ON d.id = t.dossier_id
                     WHERE t.id = ANY(%(ids)s) %(dedup)s
                    """,
                    uid=uid,
                    model=records._name,
                    how=how,
                    now=now,
                    table=SQL.identifier(records._table),
                    ids=ids,
                    dedup=dedup,
                )
            )
            logged.add((records._name, uid))
        if not selects:
            return
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO beauty_access_log (user_id, dossier_id, partner_id,
                       company_id, res_model, res_id, how, accessed_on, is_cover,
                       create_uid, create_date, write_uid, write_date)
                %s
                """,
                SQL(" UNION ALL ").join(selects),
            )
        )
