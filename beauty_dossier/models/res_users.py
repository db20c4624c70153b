# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models
from odoo.exceptions import UserError


class ResUsers(models.Model):
    _inherit = "res.users"

    beauty_is_absent = fields.Boolean(
        string="Absent Today",
        compute="_compute_beauty_is_absent",
        search="_search_beauty_is_absent",
        help="A recorded absence of this colleague is in progress: the backup "
        "beautician of her customers covers for her.",
    )

    def _compute_beauty_is_absent(self):
        Absence = self.env["beauty.staff.absence"].sudo()
        absent = set(
            Absence.search(
                Absence._absent_users_domain() + [("user_id", "in", self.ids)]
            ).user_id.ids
        )
        for user in self:
            user.beauty_is_absent = user.id in absent

    def _search_beauty_is_absent(self, operator, value):
        if operator not in ("=", "!="):
            raise UserError(
                self.env._("Search whether a colleague is absent with = or !=.")
            )
        # sudo: the record rules of the customer files test whether the
        # responsible is away; who is away is not readable by every beautician
        Absence = self.env["beauty.staff.absence"].sudo()
        absent = Absence._search(Absence._absent_users_domain()).subselect("user_id")
        in_or_not = "in" if (operator == "=") == bool(value) else "not in"
        return [("id", in_or_not, absent)]
