# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Two orders of the same VIP customer paid at the same moment on two POS lose no
points, and the first two orders of a new customer paid at the same moment both
sync (one membership per ladder): two real transactions on the `make test`
database, committed, synced the way the POS syncs them (``sync_from_ui`` under
Odoo's serialisation retry), every ladder active.

The customer and the orders it creates stay in that throw-away database; this
module runs last."""

import threading
import uuid
from functools import partial

import odoo
from odoo import SUPERUSER_ID, api, fields
from odoo.service.model import retrying

from odoo.addons.beauty_vip.models.beauty_vip_membership import (
    BeautyVipMembership,
)
from odoo.addons.beauty_vip.models.pos_order import PosOrder


def _registry():
    return odoo.modules.registry.Registry(odoo.tools.config["db_name"])


def _order_data(session, product, partner, payment_method, amount):
    return {
        "uuid": str(uuid.uuid4()),
        "name": f"Concurrent {uuid.uuid4().hex[:6]}",
        "session_id": session.id,
        "partner_id": partner.id,
        "user_id": SUPERUSER_ID,
        "pricelist_id": session.config_id.pricelist_id.id,
        "date_order": fields.Datetime.to_string(fields.Datetime.now()),
        "sequence_number": 1,
        "lines": [
            (
                0,
                0,
                {
                    "product_id": product.id,
                    "qty": 1,
                    "price_unit": amount,
                    "price_subtotal": amount,
                    "price_subtotal_incl": amount,
                    "tax_ids": [],
                },
            )
        ],
        "payment_ids": [
            (0, 0, {"amount": amount, "payment_method_id": payment_method.id})
        ],
        "amount_paid": amount,
        "amount_total": amount,
        "amount_tax": 0,
        "amount_return": 0,
        "last_order_preparation_change": "{}",
    }


def _two_terminals(env, partner, amounts):
    """Two open POS and an order of ``partner`` for each (as the POS sends it)."""
    product = env["product.product"].create(
        {"name": "Concurrent Facial", "type": "service", "available_in_pos": True}
    )
    configs = env["pos.config"].create(
        [{"name": f"Concurrent POS {uuid.uuid4().hex[:4]}"} for _i in amounts]
    )
    sessions = []
    for config in configs:
        config.open_ui()
        sessions.append(config.current_session_id)
    return [
        _order_data(session, product, partner, session.payment_method_ids[:1], amount)
        for session, amount in zip(sessions, amounts, strict=True)
    ]


def _active_ladders(env):
    ladders = env["beauty.vip.ladder"].search([("company_id", "=", env.company.id)])
    assert ladders >= env.ref("beauty_vip.ladder_vip") | env.ref(
        "beauty_vip.ladder_service_class"
    ), "every ladder of the store is active"
    return ladders


def _sync_both(registry, orders, errors):
    def sync(data):
        try:
            with registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                retrying(partial(env["pos.order"].sync_from_ui, [data]), env)
                cr.commit()
        except Exception as exc:  # noqa: BLE001  reported below
            errors.append(exc)

    threads = [threading.Thread(target=sync, args=(data,)) for data in orders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)


def test_two_pos_orders_at_the_same_moment_lose_no_points():
    registry = _registry()
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        ladders = _active_ladders(env)
        partner = env["res.partner"].create({"name": "Concurrent VIP 并发"})
        Membership = env["beauty.vip.membership"]
        member = Membership._place(
            partner, env.ref("beauty_vip.tier_vip"), "Concurrency test", None
        )
        # a member of every ladder already, on its top service class (no
        # membership to create or upgrade): what is measured is the points card
        Membership._place(
            partner, env.ref("beauty_vip.tier_class_a"), "Concurrency test", None
        )
        assert len(partner.beauty_vip_membership_ids) == len(ladders) == 2
        card_id = member.card_id.id
        orders = _two_terminals(env, partner, (300.0, 500.0))
        cr.commit()

    barrier = threading.Barrier(2, timeout=30)
    original = PosOrder._beauty_vip_points
    first_try = threading.local()
    errors, calls = [], []

    def points_after_a_rendezvous(self):
        calls.append(threading.current_thread().name)
        # both transactions have read the card before either writes it
        self.env["loyalty.card"].browse(card_id).read(["points"])
        if not getattr(first_try, "done", False):
            first_try.done = True
            barrier.wait()  # both hold a snapshot where the card has 0 points
        return original(self)

    PosOrder._beauty_vip_points = points_after_a_rendezvous
    try:
        _sync_both(registry, orders, errors)
    finally:
        PosOrder._beauty_vip_points = original
    assert not errors, errors
    assert len(calls) == 3, f"the second writer was made to retry once: {calls}"

    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        card = env["loyalty.card"].browse(card_id)
        assert card.points == 800, "300 + 500, none lost"
        history = card.history_ids.filtered(lambda h: h.order_model == "pos.order")
        assert sorted(history.mapped("issued")) == [300, 500]


def test_first_orders_of_a_new_member_at_the_same_moment_both_sync():
    """Both transactions find no membership and create hers on every ladder:
    the second waits for the first and is retried (serialisation failure), not
    refused (unique violation)."""
    registry = _registry()
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        ladders = _active_ladders(env)
        partner = env["res.partner"].create({"name": "Concurrent New Member 新会员"})
        orders = _two_terminals(env, partner, (1200.0, 1500.0))
        cr.commit()

    barrier = threading.Barrier(2, timeout=30)
    original = BeautyVipMembership._insert_memberships
    first_try = threading.local()
    errors, calls = [], []

    def insert_after_a_rendezvous(self, vals_list):
        if not vals_list:
            return original(self, vals_list)
        calls.append(threading.current_thread().name)
        if not getattr(first_try, "done", False):
            first_try.done = True
            barrier.wait()  # neither has created her memberships yet
        return original(self, vals_list)

    BeautyVipMembership._insert_memberships = insert_after_a_rendezvous
    try:
        _sync_both(registry, orders, errors)
    finally:
        BeautyVipMembership._insert_memberships = original
    assert not errors, errors
    # the first one creates her two memberships; the second one tries the first
    # of them, is retried and finds them
    assert len(calls) == 3, calls

    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        partner = partner.with_env(env)
        synced = env["pos.order"].search([("partner_id", "=", partner.id)])
        assert len(synced) == 2, "both orders synced"
        members = partner.beauty_vip_membership_ids
        assert members.ladder_id == ladders, "one membership on every ladder"
        assert len(members) == len(ladders)
        vip = members.filtered(lambda m: m.ladder_id.program_id)
        assert vip.tier_id == env.ref("beauty_vip.tier_vip"), "1 000 at once"
        created = env["beauty.vip.tier.history"].search(
            [("partner_id", "=", partner.id), ("old_tier_id", "=", False)]
        )
        assert len(created) == len(ladders), "each membership created once"
        assert vip.card_id.points == 2700, "both orders earned their points"
        cards = env["loyalty.card"].search([("partner_id", "=", partner.id)])
        assert cards == vip.card_id, "one card"
