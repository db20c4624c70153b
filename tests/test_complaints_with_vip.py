# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""beauty_complaints with beauty_vip installed (the complaints addon does not
depend on it): points given as a compensation are on the customer's card but
are never spend for her tier. Runs in a transaction that is rolled back."""

import uuid

import odoo
from odoo import SUPERUSER_ID, api
from odoo.tools import SQL


def _registry():
    return odoo.modules.registry.Registry(odoo.tools.config["db_name"])


def test_compensation_points_are_not_spend_for_the_tiers():
    registry = _registry()
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        store = env["res.company"].create(
            {"name": f"Complaint Store {uuid.uuid4().hex[:6]}"}
        )
        program = env["loyalty.program"].create(
            {"name": "Store points", "program_type": "loyalty", "company_id": store.id}
        )
        store.beauty_complaint_program_id = program
        customer = env["res.partner"].create({"name": "Compensated Customer"})
        complaint = (
            env["beauty.complaint"]
            .with_company(store)
            .create(
                {
                    "partner_id": customer.id,
                    "company_id": store.id,
                    "category_id": env.ref(
                        "beauty_complaints.complaint_category_service"
                    ).id,
                }
            )
        )
        # asked by the demo handler, approved by the superuser (four eyes)
        compensation = env["beauty.complaint.compensation"].create(
            {
                "complaint_id": complaint.id,
                "kind": "points",
                "points": 3000,
                "asked_by_id": env.ref("beauty_complaints.user_demo_complaints").id,
            }
        )
        compensation._state_transition("to_approve")
        compensation._state_transition("approved")
        compensation._state_transition("issued")
        card = compensation.loyalty_card_id
        assert card.points == 3000
        assert compensation.loyalty_history_id.order_model == "beauty.complaint"
        # what the tiers count as paid: nothing for her
        Membership = env["beauty.vip.membership"]
        env.flush_all()
        cr.execute(
            SQL(
                "SELECT SUM(amount) FROM (%s) paid WHERE partner_id = %s",
                Membership._purchases_sql(store.id, SQL("'2000-01-01'::timestamp")),
                customer.id,
            )
        )
        assert cr.fetchone()[0] is None
        # an open complaint asks to handle her with care (the seam vip reads)
        assert customer.id in customer._beauty_handle_with_care_reasons()
        cr.rollback()


def test_open_complaint_freezes_the_yearly_downgrade():
    """While a complaint of hers is open, the yearly renewal does not take her
    tier away (beauty_vip reads beauty_dossier's handle-with-care seam, which
    beauty_complaints fills); a member without complaint is downgraded."""
    registry = _registry()
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        store = env["res.company"].create(
            {"name": f"Renewal Store {uuid.uuid4().hex[:6]}"}
        )
        program = env["loyalty.program"].create(
            {
                "name": "Renewal points",
                "program_type": "loyalty",
                "company_id": store.id,
            }
        )
        ladder = env["beauty.vip.ladder"].create(
            {
                "name": "Renewal VIP",
                "company_id": store.id,
                "is_main": True,
                "program_id": program.id,
            }
        )
        gold = env["beauty.vip.tier"].create(
            {"ladder_id": ladder.id, "name": "Gold", "min_paid_12m": 20000}
        )
        Membership = env["beauty.vip.membership"]
        today = odoo.fields.Date.context_today(Membership)
        unhappy, other = env["res.partner"].create(
            [{"name": "Unhappy Gold Member"}, {"name": "Quiet Gold Member"}]
        )
        members = Membership.create(
            [
                {
                    "partner_id": partner.id,
                    "ladder_id": ladder.id,
                    "tier_id": gold.id,
                    "since": today,
                    "until": today,
                }
                for partner in (unhappy, other)
            ]
        )
        env["beauty.complaint"].with_company(store).create(
            {
                "partner_id": unhappy.id,
                "company_id": store.id,
                "category_id": env.ref(
                    "beauty_complaints.complaint_category_service"
                ).id,
            }
        )
        assert unhappy.beauty_complaint_open
        Membership._evaluate(ladder, reason="renewal", today=today)
        members.invalidate_recordset()
        by_partner = {m.partner_id: m for m in members}
        assert by_partner[unhappy].tier_id == gold, "frozen while the complaint is open"
        assert not by_partner[other].tier_id, "the others are downgraded as usual"
        cr.rollback()


def test_complaint_analysis_by_customer_tier():
    """The complaint keeps the customer's tier in its store when received
    (beauty_vip fills beauty_dossier's tier seam, beauty_complaints reads it):
    the analysis groups by it; a later change of tier does not rewrite it."""
    registry = _registry()
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        store = env["res.company"].create(
            {"name": f"Tier Store {uuid.uuid4().hex[:6]}"}
        )
        program = env["loyalty.program"].create(
            {"name": "Tier points", "program_type": "loyalty", "company_id": store.id}
        )
        ladder = env["beauty.vip.ladder"].create(
            {
                "name": "Tier VIP",
                "company_id": store.id,
                "is_main": True,
                "program_id": program.id,
            }
        )
        gold, silver = env["beauty.vip.tier"].create(
            [
                {"ladder_id": ladder.id, "name": "Gold", "min_paid_12m": 20000},
                {"ladder_id": ladder.id, "name": "Silver", "min_paid_12m": 5000},
            ]
        )
        member, guest = env["res.partner"].create(
            [{"name": "Gold Member"}, {"name": "Walk-in Guest"}]
        )
        membership = env["beauty.vip.membership"].create(
            {"partner_id": member.id, "ladder_id": ladder.id, "tier_id": gold.id}
        )
        assert (member | guest)._beauty_tier_names(store) == {member.id: "Gold"}
        category = env.ref("beauty_complaints.complaint_category_service")
        complaints = (
            env["beauty.complaint"]
            .with_company(store)
            .create(
                [
                    {
                        "partner_id": partner.id,
                        "company_id": store.id,
                        "category_id": category.id,
                    }
                    for partner in (member, member, guest)
                ]
            )
        )
        assert complaints.mapped("partner_tier_name") == ["Gold", "Gold", False]
        groups = env["beauty.complaint"]._read_group(
            [("id", "in", complaints.ids)], ["partner_tier_name"], ["__count"]
        )
        assert set(groups) == {(False, 1), ("Gold", 2)}
        # the tier at the time of the complaint stays
        membership.write({"tier_id": silver.id})
        env.flush_all()
        complaints.invalidate_recordset()
        assert complaints[0].partner_tier_name == "Gold"
        cr.rollback()
