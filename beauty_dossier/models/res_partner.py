# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import UserError


class ResPartner(models.Model):
    """Only what front desk and cashiers may see lives on the partner.

    Every internal user can read partners, so the partner carries the link to
    the dossier and its archive number, never anything sensitive.
    """

    _inherit = "res.partner"

    beauty_dossier_ids = fields.One2many(
        comodel_name="beauty.dossier",
        inverse_name="partner_id",
        string="Dossiers",
        context={"active_test": False},
        groups="beauty_dossier.group_beauty_reception",
    )
    beauty_dossier_id = fields.Many2one(
        comodel_name="beauty.dossier",
        string="Dossier",
        compute="_compute_beauty_dossier",
        store=True,
        index="btree_not_null",
        groups="beauty_dossier.group_beauty_reception",
    )
    beauty_archive_number = fields.Char(
        string="Archive Number",
        compute="_compute_beauty_dossier",
        store=True,
        index="btree_not_null",
        help="Number of the customer's dossier (one customer, one file).",
    )

    beauty_safety_alert = fields.Boolean(
        string="Safety Alert",
        compute="_compute_beauty_dossier",
        store=True,
        help="The customer's file records allergies or contraindications: ask the "
        "beautician before any service. Details are in the dossier, for authorised "
        "staff only.",
    )

    @api.depends("beauty_dossier_ids.name", "beauty_dossier_ids.safety_alert")
    def _compute_beauty_dossier(self):
        for partner in self:
            # sudo: one file per customer, whichever store reads it
            dossier = partner.sudo().beauty_dossier_ids[:1]
            partner.beauty_dossier_id = dossier
            partner.beauty_archive_number = dossier.name or False
            partner.beauty_safety_alert = dossier.safety_alert

    @api.ondelete(at_uninstall=False)
    def _unlink_except_beauty_dossier(self):
        # sudo: the guard must hold for users who cannot read dossiers; only
        # the existence is checked, nothing is returned to the caller.
        dossiers = (
            self.env["beauty.dossier"]
            .sudo()
            .with_context(active_test=False)
            .search([("partner_id", "in", self.ids)])
        )
        if dossiers:
            raise UserError(
                self.env._(
                    "These customers have a dossier and cannot be deleted: "
                    "%(numbers)s. Archive them instead.",
                    numbers=", ".join(dossiers.mapped("name")),
                )
            )

    def _beauty_handle_with_care_reasons(self):
        """Why each customer of ``self`` must be handled with care right now:
        ``{partner id: [reason, ...]}``, short texts without any detail, for
        the partners that have one. Empty here; other addons add theirs with
        ``super()`` (``beauty_complaints``: an open complaint) and others read
        it (``beauty_vip``: no downgrade, no marketing greeting meanwhile)."""
        return {}

    def _beauty_tier_names(self, company):
        """The tier of each customer of ``self`` in the store ``company``:
        ``{partner id: tier name}`` for those who have one. Empty here; a tier
        addon adds its own with ``super()`` (``beauty_vip``: the tier of the
        store's main ladder) and others read it without depending on that
        addon (``beauty_complaints``: the complaints by customer tier)."""
        return {}

    def action_open_beauty_dossier(self):
        """Open the customer's dossier, creating it on the first click."""
        self.ensure_one()
        dossiers = self.env["beauty.dossier"].with_context(active_test=False)
        dossier = dossiers.search([("partner_id", "=", self.id)], limit=1)
        if not dossier:
            share = self.env["beauty.dossier.share.wizard"]
            if share._dossier_of(self):
                # another store of the chain opened her file: share it, with her
                # consent, rather than open a second one
                return share._action_for(self)
            dossier = dossiers.create({"partner_id": self.id})
        return {
            "type": "ir.actions.act_window",
            "res_model": "beauty.dossier",
            "res_id": dossier.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
        }
