# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A paid order is never refused at synchronisation: two terminals sync, at the
same moment, an order that used the same customer's birthday benefit (one of
them taken offline). Two real transactions on the `make test` database,
committed, synced the way the POS syncs them (``sync_from_ui`` under Odoo's
serialisation retry): both orders are accepted, the benefit is used once, the
second order is recorded for the store manager.

The customer and the orders it creates stay in that throw-away database."""

import threading
from functools import partial

from test_vip_concurrency import _order_data, _registry

from odoo import SUPERUSER_ID, api, fields
from odoo.service.model import retrying

from odoo.addons.beauty_vip.models.pos_order import PosOrder


def test_birthday_benefit_used_on_two_terminals_at_once():
    registry = _registry()
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        # only the VIP card's ladder: the customer's first service class is not
        # what is tested here
        env.ref("beauty_vip.ladder_service_class").active = False
        partner = env["res.partner"].create({"name": "Birthday Twice 生日"})
        today = fields.Date.context_today(env["res.partner"])
        env["beauty.dossier"].create(
            {
                "partner_id": partner.id,
                "birthday": today.replace(year=1990)
                if (today.month, today.day) != (2, 29)
                else today.replace(year=1992),
            }
        )
        tier = env.ref("beauty_vip.tier_vip")
        member = env["beauty.vip.membership"]._place(
            partner, tier, "Birthday test", None
        )
        assert member._birthday_discount(today) == tier.birthday_discount
        product = env["product.product"].create(
            {"name": "Birthday Facial", "type": "service", "available_in_pos": True}
        )
        configs = env["pos.config"].create(
            [{"name": f"Birthday POS {i}"} for i in (1, 2)]
        )
        orders = []
        for config in configs:
            config.open_ui()
            session = config.current_session_id
            data = _order_data(
                session, product, partner, session.payment_method_ids[:1], 60.0
            )
            data["lines"][0][2]["discount"] = tier.birthday_discount
            data["lines"][0][2]["price_unit"] = 100.0
            data["beauty_vip_birthday"] = True
            orders.append(data)
        cr.commit()

    barrier = threading.Barrier(2, timeout=30)
    original = PosOrder._beauty_vip_use_birthday
    first_try = threading.local()
    errors, calls = [], []

    def use_after_a_rendezvous(self):
        calls.append(threading.current_thread().name)
        self.env["beauty.vip.membership"].browse(member.id).read(["birthday_used_year"])
        if not getattr(first_try, "done", False):
            first_try.done = True
            barrier.wait()  # both see the benefit unused
        return original(self)

    def sync(data):
        try:
            with registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                retrying(partial(env["pos.order"].sync_from_ui, [data]), env)
                cr.commit()
        except Exception as exc:  # noqa: BLE001  reported below
            errors.append(exc)

    PosOrder._beauty_vip_use_birthday = use_after_a_rendezvous
    try:
        threads = [threading.Thread(target=sync, args=(data,)) for data in orders]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        PosOrder._beauty_vip_use_birthday = original
    assert not errors, errors
    assert len(calls) == 3, f"the second writer was made to retry once: {calls}"

    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        synced = env["pos.order"].search([("partner_id", "=", partner.id)], order="id")
        assert len(synced) == 2, "both paid orders accepted"
        assert set(synced.mapped("state")) == {"paid"}
        membership = env["beauty.vip.membership"].browse(member.id)
        assert membership.birthday_order_id in synced, "used once"
        undue = synced - membership.birthday_order_id
        assert undue.beauty_vip_birthday_undue, "the other one is recorded"
        assert not membership.birthday_order_id.beauty_vip_birthday_undue
        activities = env["res.partner"].browse(partner.id).activity_ids
        assert activities.filtered(lambda a: undue.name in a.summary)
        env.ref("beauty_vip.ladder_service_class").active = True
        cr.commit()
