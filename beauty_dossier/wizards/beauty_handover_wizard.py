# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError


class BeautyHandoverWizard(models.TransientModel):
    """Move the customers of a leaving colleague to another one (seed: staff who
    leave hand their files over and customers are re-assigned), or record that a
    colleague is away for a while: her backups then cover for her until she is
    back (``beauty.staff.absence``)."""

    _name = "beauty.handover.wizard"
    _description = "Hand Customers Over"

    mode = fields.Selection(
        [
            ("handover", "Hand Over for Good"),
            ("absent", "Absent for a While"),
        ],
        required=True,
        default="handover",
        help="Absent for a while: the files stay hers; the backup beautician of "
        "each of her customers reads and works on the file until she is back.",
    )
    date_from = fields.Date(
        string="Away From",
        default=lambda self: self.env["beauty.staff.absence"]._beauty_today(),
    )
    date_to = fields.Date(string="Back On")
    from_user_id = fields.Many2one(
        comodel_name="res.users",
        string="From",
        required=True,
        context={"active_test": False},
        domain=lambda self: self._domain_store_users(),
    )
    to_user_id = fields.Many2one(
        comodel_name="res.users",
        string="To",
        domain=lambda self: self._domain_store_users("('id', '!=', from_user_id)"),
    )
    role = fields.Selection(
        [
            ("responsible", "As Responsible"),
            ("backup", "As Backup"),
            ("both", "Both"),
        ],
        required=True,
        default="both",
    )
    scope = fields.Selection(
        [("all", "All Their Customers"), ("selected", "Chosen Customers")],
        required=True,
        default="all",
    )
    dossier_ids = fields.Many2many(
        comodel_name="beauty.dossier",
        string="Files",
        domain="['|', ('responsible_id', '=', from_user_id), "
        "('backup_id', '=', from_user_id)]",
    )
    reason = fields.Text(required=True)
    notify_customers = fields.Boolean(
        help="Tell each customer by e-mail who looks after her from now on."
    )

    @api.model
    def _domain_store_users(self, *extra):
        """Colleagues of the stores the manager works in now (a domain string,
        with the ``extra`` leaves)."""
        leaves = [
            "('share', '=', False)",
            f"('company_ids', 'in', {self.env.companies.ids})",
            *extra,
        ]
        return f"[{', '.join(leaves)}]"

    @api.model
    def _check_rights(self):
        if not (
            self.env.su
            or self.env.user.has_group("beauty_dossier.group_beauty_archivist")
        ):
            raise AccessError(
                self.env._(
                    "Only an archive manager or a store manager hands files over."
                )
            )

    def _files(self):
        self.ensure_one()
        if self.scope == "selected":
            return self.dossier_ids
        domain = {
            "responsible": [("responsible_id", "=", self.from_user_id.id)],
            "backup": [("backup_id", "=", self.from_user_id.id)],
            "both": [
                "|",
                ("responsible_id", "=", self.from_user_id.id),
                ("backup_id", "=", self.from_user_id.id),
            ],
        }[self.role]
        return self.env["beauty.dossier"].with_context(active_test=False).search(domain)

    def action_hand_over(self):
        self.ensure_one()
        self._check_rights()
        if self.mode == "absent":
            return self._record_absence()
        if not self.to_user_id:
            raise UserError(self.env._("Choose the colleague to hand the files to."))
        if self.from_user_id == self.to_user_id:
            raise UserError(
                self.env._("Choose another colleague to hand the files to.")
            )
        files = self._files()
        if not files:
            raise UserError(
                self.env._(
                    "%(user)s has no customer file to hand over.",
                    user=self.from_user_id.name,
                )
            )
        as_responsible = files.filtered(
            lambda d: d.responsible_id == self.from_user_id
            and self.role in ("responsible", "both")
        )
        as_backup = files.filtered(
            lambda d: d.backup_id == self.from_user_id
            and self.role in ("backup", "both")
        )
        self._check_to_user_stores(as_responsible | as_backup)
        as_responsible.write({"responsible_id": self.to_user_id.id})
        as_backup.write({"backup_id": self.to_user_id.id})
        # open activities of the leaving colleague on these files follow them
        self.env["mail.activity"].search(
            [
                ("res_model", "=", "beauty.dossier"),
                ("res_id", "in", files.ids),
                ("user_id", "=", self.from_user_id.id),
            ]
        ).write({"user_id": self.to_user_id.id})
        moved = as_responsible | as_backup
        for dossier in moved:
            dossier.message_post(
                body=self.env._(
                    "Handed over from %(from)s to %(to)s: %(reason)s",
                    **{"from": self.from_user_id.name},
                    to=self.to_user_id.name,
                    reason=self.reason,
                )
            )
            if self.notify_customers and dossier.partner_id.email:
                dossier.message_notify(
                    partner_ids=dossier.partner_id.ids,
                    subject=self.env._("Your beautician"),
                    body=self.env._(
                        "Dear customer, from now on %(user)s looks after you at "
                        "%(store)s. We look forward to your next visit.",
                        user=self.to_user_id.name,
                        store=dossier.company_id.name,
                    ),
                )
        # the log is written by the wizard only: nobody has write access to it
        handover = (
            self.env["beauty.handover"]
            .sudo()
            .create(
                {
                    "from_user_id": self.from_user_id.id,
                    "to_user_id": self.to_user_id.id,
                    "role": self.role,
                    "reason": self.reason,
                    "dossier_ids": [(6, 0, moved.ids)],
                    "dossier_count": len(moved),
                    "customers_notified": self.notify_customers,
                    "company_id": self.env.company.id,
                }
            )
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "beauty.handover",
            "res_id": handover.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    def _check_to_user_stores(self, files):
        """The colleague who takes the files over works in one of their stores."""
        companies = self.to_user_id.sudo().company_ids
        elsewhere = files.filtered(lambda d: not d.store_ids & companies)
        if elsewhere:
            raise UserError(
                self.env._(
                    "%(user)s works in none of the stores of these files: "
                    "%(files)s. Hand them to a colleague of their store.",
                    user=self.to_user_id.name,
                    files=", ".join(elsewhere.mapped("name")),
                )
            )

    def _record_absence(self):
        """The colleague is away from ``date_from`` to ``date_to``: her backups
        cover for her meanwhile."""
        if not (self.date_from and self.date_to):
            raise UserError(self.env._("Say when the colleague is away and back."))
        absence = self.env["beauty.staff.absence"].create(
            {
                "user_id": self.from_user_id.id,
                "date_from": self.date_from,
                "date_to": self.date_to,
                "reason": self.reason,
                "company_id": self.env.company.id,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "beauty.staff.absence",
            "res_id": absence.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }
