# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The nightly evaluation and the reminders work in batches, one committed
transaction each, and a run killed midway goes on where it stood: real
transactions on the `make test` database, each batch committed as the cron
runner commits it, every other one "killed" (rolled back) once.

The store, customers and cards it creates stay in that throw-away database; the
ladders of the main store are put back as they were."""

import uuid
from datetime import timedelta

import odoo
from odoo import SUPERUSER_ID, api, fields
from odoo.tools import format_date


def _registry():
    return odoo.modules.registry.Registry(odoo.tools.config["db_name"])


def _run_killing_every_other_batch(registry, method, done, limit=40):
    """Call the cron ``method`` until ``done(env)``, each call in its own
    transaction; the first try of each batch dies before its commit."""
    calls = 0
    while True:
        for kill in (True, False):
            calls += 1
            assert calls < limit, "the run ends"
            with registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                method(env)
                if kill:
                    cr.rollback()
                else:
                    cr.commit()
        with registry.cursor() as cr:
            if done(api.Environment(cr, SUPERUSER_ID, {})):
                return calls


def _cron_today(registry):
    """The day as the crons see it (their user's timezone), not UTC's: an hour
    a day the two differ."""
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        return fields.Date.context_today(env["beauty.vip.ladder"])


def test_renewal_killed_after_a_batch_expires_and_evaluates_each_once():
    registry = _registry()
    today = _cron_today(registry)
    yesterday = today - timedelta(days=1)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        other_ladders = env["beauty.vip.ladder"].search([("active", "=", True)])
        other_ladders.active = False
        env["ir.config_parameter"].set_param("beauty_vip.cron_batch_size", 2)
        store = env["res.company"].create(
            {"name": f"Cron Store 分店 {uuid.uuid4().hex[:6]}"}
        )
        program = env["loyalty.program"].create(
            {
                "name": "Cron Points",
                "program_type": "loyalty",
                "company_id": store.id,
                "rule_ids": [
                    (0, 0, {"reward_point_mode": "money", "reward_point_amount": 1})
                ],
            }
        )
        ladder = env["beauty.vip.ladder"].create(
            {
                "name": "Cron Ladder",
                "company_id": store.id,
                "program_id": program.id,
                # the renewal was yesterday and is not through
                "renewal_month": yesterday.month,
                "renewal_day": yesterday.day,
                "tier_ids": [(0, 0, {"name": "Cron Gold", "min_paid_12m": 20000})],
            }
        )
        customers = env["res.partner"].create(
            [{"name": f"Cron Customer {i}"} for i in range(5)]
        )
        Membership = env["beauty.vip.membership"]
        members = Membership.browse()
        for customer in customers:
            members |= Membership._place(customer, ladder.tier_ids, "Cron test", None)
        # members who earned nothing in 12 months: the renewal takes them down
        members.write({"manual": False})
        members.card_id.write({"points": 100})
        cr.commit()
    try:
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            env["beauty.vip.membership"]._cron_evaluate()
            cr.commit()
            cards = members.with_env(env).card_id
            assert sorted(cards.mapped("points")) == [0, 0, 100, 100, 100], (
                "one batch of two cards per transaction"
            )
            # a sale after the renewal, on a card already expired: it is not
            # expired again
            first = cards.sorted("id")[0]
            first.points = 30
            cr.commit()

        def done(env):
            return ladder.with_env(env).evaluation_step == "done"

        _run_killing_every_other_batch(
            registry, lambda env: env["beauty.vip.membership"]._cron_evaluate(), done
        )
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            members = members.with_env(env)
            for member in members:
                expiries = member.card_id.history_ids.filtered(
                    lambda h: "expired" in (h.description or "")
                )
                assert len(expiries) == 1, "each card expired once"
                assert expiries.used in (100, 30) and expiries.used == 100
                renewals = member.history_ids.filtered(lambda h: h.reason == "renewal")
                assert len(renewals) == 1, "each customer evaluated once"
                assert not member.tier_id
            assert members.card_id.sorted("id")[0].points == 30
            assert ladder.with_env(env).last_renewal_date == yesterday
            # the next night: nothing left to renew
            env["beauty.vip.membership"]._cron_evaluate()
            assert len(members.history_ids) == 10, "placed, then renewed: no more"
    finally:
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            ladder.with_env(env).active = False  # its store's test is over
            other_ladders.with_env(env).active = True
            env["ir.config_parameter"].set_param("beauty_vip.cron_batch_size", "")
            cr.commit()


def test_reminders_killed_after_a_batch_remind_each_card_once():
    registry = _registry()
    today = _cron_today(registry)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        other_ladders = env["beauty.vip.ladder"].search([("points_expire", "=", True)])
        other_ladders.points_expire = False
        env["ir.config_parameter"].set_param("beauty_vip.cron_batch_size", 2)
        store = env["res.company"].create(
            {"name": f"Reminder Store 分店 {uuid.uuid4().hex[:6]}"}
        )
        program = env["loyalty.program"].create(
            {
                "name": "Reminder Points",
                "program_type": "loyalty",
                "company_id": store.id,
            }
        )
        renewal = today + timedelta(days=10)
        ladder = env["beauty.vip.ladder"].create(
            {
                "name": "Reminder Ladder",
                "company_id": store.id,
                "program_id": program.id,
                "renewal_month": renewal.month,
                "renewal_day": renewal.day,
                "expiry_reminder_days": 30,
                "tier_ids": [(0, 0, {"name": "Reminder Gold"})],
            }
        )
        customers = env["res.partner"].create(
            [
                {"name": f"Reminder Customer {i}", "email": f"remind{i}@example.com"}
                for i in range(3)
            ]
        )
        cards = env["loyalty.card"].create(
            [
                {"program_id": program.id, "partner_id": c.id, "points": 50}
                for c in customers
            ]
        )
        cr.commit()
    try:

        def done(env):
            return ladder.with_env(env).last_reminder_date == today

        _run_killing_every_other_batch(
            registry, lambda env: env["beauty.vip.ladder"]._cron_points_reminder(), done
        )
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            mails = env["mail.mail"].search(
                [("model", "=", "loyalty.card"), ("res_id", "in", cards.ids)]
            )
            assert sorted(mails.mapped("res_id")) == sorted(cards.ids), (
                "each card reminded once"
            )
            expiry = cards.with_env(env)[0].beauty_vip_points_expire_date
            assert expiry == renewal, "the points expire at the ladder's renewal"
            said = format_date(env, renewal)
            assert all(said in (m.body_html or "") for m in mails), "on that day"
            env["beauty.vip.ladder"]._cron_points_reminder()
            assert (
                env["mail.mail"].search_count(
                    [("model", "=", "loyalty.card"), ("res_id", "in", cards.ids)]
                )
                == 3
            ), "not again this year"
    finally:
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            ladder.with_env(env).active = False  # its store's test is over
            other_ladders.with_env(env).points_expire = True
            env["ir.config_parameter"].set_param("beauty_vip.cron_batch_size", "")
            cr.commit()


def test_visit_planning_killed_after_a_batch_plans_each_contact_once():
    registry = _registry()
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        other_ladders = env["beauty.vip.ladder"].search([("active", "=", True)])
        other_ladders.active = False
        env["ir.config_parameter"].set_param("beauty_vip.cron_batch_size", 2)
        store = env["res.company"].create(
            {"name": f"Visit Store 分店 {uuid.uuid4().hex[:6]}"}
        )
        caller = env["res.users"].create(
            {
                "name": "Visit Caller",
                "login": f"visit_caller_{uuid.uuid4().hex[:6]}",
                "company_id": store.id,
                "company_ids": [(6, 0, store.ids)],
            }
        )
        store.beauty_visit_outreach_staff_id = caller
        ladder = env["beauty.vip.ladder"].create(
            {
                "name": "Visit Ladder",
                "company_id": store.id,
                "points_expire": False,
                "tier_ids": [(0, 0, {"name": "Visit Class"})],
            }
        )
        env["beauty.visit.plan"].create(
            {
                "tier_id": ladder.tier_ids.id,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "assignee": "outreach_staff",
                            "how": "phone",
                            "activity_type_id": env.ref(
                                "beauty_vip.mail_activity_type_customer_call"
                            ).id,
                        },
                    )
                ],
            }
        )
        customers = env["res.partner"].create(
            [{"name": f"Visit Cron Customer {i}"} for i in range(5)]
        )
        # members put there without their contacts planned (as an import would)
        env["beauty.vip.membership"]._insert_memberships(
            [
                {
                    "partner_id": c.id,
                    "ladder_id": ladder.id,
                    "tier_id": ladder.tier_ids.id,
                }
                for c in customers
            ]
        )
        cr.commit()
    try:

        def done(env):
            return ladder.with_env(env).visit_plan_done

        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            ladder.with_env(env).visit_plan_done = False
            env["beauty.visit.plan"]._cron_plan_visits()
            cr.commit()
            planned = env["mail.activity"].search(
                [("res_model", "=", "res.partner"), ("res_id", "in", customers.ids)]
            )
            assert len(planned) == 2, "one batch of two customers per transaction"
        calls = _run_killing_every_other_batch(
            registry, lambda env: env["beauty.visit.plan"]._cron_plan_visits(), done
        )
        assert calls >= 4, "killed batches are done again"
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            planned = env["mail.activity"].search(
                [("res_model", "=", "res.partner"), ("res_id", "in", customers.ids)]
            )
            assert sorted(planned.mapped("res_id")) == sorted(customers.ids), (
                "each customer's call planned once"
            )
            assert planned.user_id == caller.with_env(env)
            # the same night again: nothing more
            ladder.with_env(env).visit_plan_done = False
            ladder.with_env(env).visit_plan_cursor = 0
            for _i in range(4):
                env["beauty.visit.plan"]._cron_plan_visits()
            assert (
                env["mail.activity"].search_count(
                    [("res_model", "=", "res.partner"), ("res_id", "in", customers.ids)]
                )
                == 5
            )
    finally:
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            ladder.with_env(env).active = False
            other_ladders.with_env(env).active = True
            env["ir.config_parameter"].set_param("beauty_vip.cron_batch_size", "")
            cr.commit()
