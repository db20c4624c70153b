# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import fields, models

# the roles of a store a visit plan names, with their company fields
VISIT_ROLES = (
    "store_manager",
    "sales_manager",
    "outreach_supervisor",
    "outreach_staff",
)


class ResCompany(models.Model):
    """Who, in a store, is "the store manager", "the sales manager", "the
    outreach supervisor" or "the outreach staff" of the visit plans: a person,
    or a sales team whose members share the customers (round-robin)."""

    _inherit = "res.company"

    beauty_visit_store_manager_id = fields.Many2one(
        comodel_name="res.users", string="Store Manager (Visits)"
    )
    beauty_visit_store_manager_team_id = fields.Many2one(
        comodel_name="crm.team", string="Store Manager Team (Visits)"
    )
    beauty_visit_sales_manager_id = fields.Many2one(
        comodel_name="res.users", string="Sales Manager (Visits)"
    )
    beauty_visit_sales_manager_team_id = fields.Many2one(
        comodel_name="crm.team", string="Sales Manager Team (Visits)"
    )
    beauty_visit_outreach_supervisor_id = fields.Many2one(
        comodel_name="res.users", string="Outreach Supervisor (Visits)"
    )
    beauty_visit_outreach_supervisor_team_id = fields.Many2one(
        comodel_name="crm.team", string="Outreach Supervisor Team (Visits)"
    )
    beauty_visit_outreach_staff_id = fields.Many2one(
        comodel_name="res.users", string="Outreach Staff (Visits)"
    )
    beauty_visit_outreach_staff_team_id = fields.Many2one(
        comodel_name="crm.team",
        string="Outreach Team (Visits)",
        help="The customers of the plans' outreach contacts are shared among the "
        "members of this team, each customer always with the same one.",
    )

    def _beauty_visit_round_robin(self, users, partner):
        """One of ``users`` for ``partner``, the same one each night while the
        team does not change, the customers spread evenly among them (by id,
        nothing kept between runs)."""
        users = users.filtered("active").sorted("id")
        if not users:
            return users
        return users[partner.id % len(users)]

    def _beauty_visit_assignee(self, partner, line):
        """The user who makes the contact ``line`` of a visit plan with
        ``partner`` in this store (none: the contact is not planned). Override
        to assign otherwise (by district, by language...)."""
        self.ensure_one()
        Users = self.env["res.users"]
        if line.assignee == "user":
            return line.user_id
        if line.assignee == "team":
            return self._beauty_visit_round_robin(line.team_id.member_ids, partner)
        if line.assignee == "beautician":
            # the beautician in charge of her file (its responsible, read by the
            # server only: the assignee, not the file)
            dossier = partner.sudo().beauty_dossier_ids[:1]
            return dossier.responsible_id or Users
        if line.assignee in VISIT_ROLES:
            user = self[f"beauty_visit_{line.assignee}_id"]
            if user:
                return user
            team = self[f"beauty_visit_{line.assignee}_team_id"]
            return self._beauty_visit_round_robin(team.member_ids, partner)
        return Users
