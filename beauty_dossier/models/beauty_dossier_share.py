# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError


class BeautyDossierShare(models.Model):
    """A store of the chain that serves a customer whose file another store
    opened (one customer, one file): from then on its roles read the file as
    they read their own customers'. Written only by the server — when the store
    is paid for a POS order of hers, or when its front desk records her consent —
    and never edited or deleted: the list is the log of who reads her file where."""

    _name = "beauty.dossier.share"
    _description = "Store Serving a Customer File"
    _order = "date desc, id desc"
    _rec_name = "company_id"

    dossier_id = fields.Many2one(
        comodel_name="beauty.dossier",
        required=True,
        index=True,
        ondelete="restrict",
        readonly=True,
    )
    # not stored: the customer is the file's (merges and destruction move or
    # anonymise the file, the shares follow it)
    partner_id = fields.Many2one(related="dossier_id.partner_id", string="Customer")
    home_company_id = fields.Many2one(
        related="dossier_id.company_id", string="Home Store", store=True
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Store",
        required=True,
        index=True,
        readonly=True,
        help="The store that serves the customer and reads her file.",
    )
    reason = fields.Selection(
        selection=[
            ("pos_order", "Served at the POS"),
            ("consent", "Shared with her consent"),
        ],
        required=True,
        readonly=True,
    )
    pos_order_id = fields.Many2one(
        comodel_name="pos.order", string="POS Order", readonly=True
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Recorded By",
        required=True,
        readonly=True,
        default=lambda self: self.env.user,
    )
    date = fields.Datetime(required=True, readonly=True, default=fields.Datetime.now)
    note = fields.Text(readonly=True)

    _sql_constraints = [
        (
            "dossier_company_uniq",
            "unique(dossier_id, company_id)",
            "The file is already shared with this store.",
        ),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        shares = super().create(vals_list)
        # the record rules read the stores in SQL: write them now
        shares.dossier_id.flush_recordset(["store_ids"])
        for share in shares:
            if share.company_id == share.dossier_id.company_id:
                raise UserError(
                    self.env._(
                        "%(store)s opened this file: it needs no share.",
                        store=share.company_id.name,
                    )
                )
            share.dossier_id.message_post(
                body=share._message_body(), subtype_xmlid="mail.mt_note"
            )
        return shares

    def _message_body(self):
        self.ensure_one()
        if self.reason == "pos_order":
            return self.env._(
                "File shared with %(store)s: the customer was served there "
                "(POS order %(order)s).",
                store=self.company_id.name,
                order=self.pos_order_id.name or "",
            )
        return self.env._(
            "File shared with %(store)s with the customer's consent, recorded by "
            "%(user)s.",
            store=self.company_id.name,
            user=self.user_id.name,
        )

    def write(self, vals):
        if not self.env.su:
            raise UserError(self.env._("A share of a customer file is never edited."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_never(self):
        raise UserError(
            self.env._("A share of a customer file is never deleted: it is its log.")
        )
