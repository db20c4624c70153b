# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmarks of beauty_vip, printed side by side with their baselines.

    python bench_vip.py --config ODOO_CONF --db DB

* the nightly tier evaluation over 100 000 customers and 1 000 000 POS orders (the
  VIP ladder and the service classes A–E) versus one raw SQL aggregate over the same
  rows (paid and count per customer): target <= 1.5x, and under 60 s;
* validating a POS order of a VIP customer versus the same order of a customer with
  a loyalty card on a database with stock ``pos_loyalty`` only (``--stock-db``),
  with the three calls pos_loyalty's payment screen makes: ``sync_from_ui``, then
  ``confirm_coupon_programs`` and ``add_loyalty_history_lines`` with the points the
  client computed (which the addon ignores for VIP cards), plus, on the addon's
  side, the fourth call its payment screen makes first for a birthday or gift order
  (``beauty_vip_check_before_payment``), counted here on every order: target <= 1.2x;
* loading a POS session (``pos.session.load_data``) with the 100 000 customers
  (more than the 50 000 asked), each holding a points card (and, with the addon,
  a VIP membership), versus stock ``pos_loyalty``: target <= 1.1x.

The data is generated here, by SQL, and kept in the benchmark database (made for
this only): 100 000 customers (bench_dossier's), one POS session, 1 000 000 paid
orders over the last 18 months, 2 % of them refunds of an earlier order. The
memberships made by the evaluations are rolled back.
"""

import argparse
import time
import uuid

import bench_dossier
from bench_dossier import _line, _median_ms_pair

import odoo
from odoo import SUPERUSER_ID, api

N_ORDERS = 1_000_000
REPEAT = 9


def _has_column(cr, table, column):
    cr.execute(
        "SELECT 1 FROM information_schema.columns "
        "WHERE table_name = %s AND column_name = %s",
        [table, column],
    )
    return bool(cr.fetchone())


def _refunded(cr):
    """What the refunds gave back, kept by the addon on the purchases they
    refund (the other orders leave the column empty)."""
    if not _has_column(cr, "pos_order", "beauty_vip_refunded"):
        return  # the stock database
    cr.execute(
        """
        UPDATE pos_order o
           SET beauty_vip_refunded = r.refunded
          FROM (SELECT beauty_vip_origin_order_id AS origin,
                       SUM(amount_paid) AS refunded
                  FROM pos_order
                 WHERE beauty_vip_origin_order_id IS NOT NULL
              GROUP BY 1) r
         WHERE r.origin = o.id AND o.name LIKE 'BENCH/%%'
           AND o.beauty_vip_refunded IS NULL
        """
    )
    updated = cr.rowcount
    cr.commit()
    if updated:
        # the refunded purchases were written twice: compact the table, so that
        # both sides scan the same number of pages
        cr._cnx.autocommit = True  # VACUUM runs outside a transaction
        try:
            cr.execute("VACUUM FULL ANALYZE pos_order")
        finally:
            cr._cnx.autocommit = False


def _insert_orders(env):
    cr = env.cr
    cr.execute("SELECT count(*) FROM pos_order WHERE name LIKE 'BENCH/%%'")
    if cr.fetchone()[0] >= N_ORDERS:
        _refunded(cr)
        return
    bench_dossier._insert_partners(env)
    cr.execute(
        "SELECT min(id), max(id) FROM res_partner WHERE name LIKE 'Bench Customer%%'"
    )
    first, last = cr.fetchone()
    config = env["pos.config"].create({"name": "Bench POS"})
    session = env["pos.session"].create({"config_id": config.id})
    env.flush_all()
    company = env.company.id
    # paid orders: partner, date over 18 months, amount 50..1500
    cr.execute(
        """
        INSERT INTO pos_order (name, session_id, config_id, company_id, partner_id,
               date_order, state, amount_tax, amount_total, amount_paid,
               amount_return, currency_rate, create_date, write_date)
        SELECT 'BENCH/' || n, %(session)s, %(config)s, %(company)s,
               %(first)s + (hashint4(n) & 2147483647) %% (%(last)s - %(first)s + 1),
               now() AT TIME ZONE 'UTC' - ((hashint4(n * 7) & 2147483647) %% 548)
                   * interval '1 day',
               'done', 0, a, a, 0, 1, now(), now()
          FROM (SELECT n, 50 + (hashint4(n * 13) & 2147483647) %% 1451 AS a
                  FROM generate_series(1, %(n)s) n) s
        """,
        {
            "session": session.id,
            "config": config.id,
            "company": company,
            "first": first,
            "last": last,
            "n": N_ORDERS,
        },
    )
    # 2 % refunds: a negative order of the same customer (pointing at its origin
    # where the addon is installed)
    vip = _has_column(cr, "pos_order", "beauty_vip_origin_order_id")
    cr.execute(
        f"""
        INSERT INTO pos_order (name, session_id, config_id, company_id, partner_id,
               date_order, state, amount_tax, amount_total, amount_paid,
               amount_return, currency_rate,
               {"beauty_vip_origin_order_id," if vip else ""}
               create_date, write_date)
        SELECT 'BENCH/R' || o.id, o.session_id, o.config_id, o.company_id,
               o.partner_id, o.date_order + interval '1 day', 'done', 0,
               -o.amount_paid, -o.amount_paid, 0, 1,
               {"o.id," if vip else ""}
               now(), now()
          FROM pos_order o
         WHERE o.name LIKE 'BENCH/%' AND o.id % 50 = 0
        """  # noqa: S608  fixed column names
    )
    cr.commit()
    _refunded(cr)
    cr.execute("ANALYZE pos_order")
    cr.commit()


def _raw_aggregate(env, since):
    env.cr.execute(
        """
        SELECT partner_id, SUM(amount_paid), COUNT(*)
          FROM pos_order
         WHERE company_id = %s AND state IN ('paid', 'done', 'invoiced')
           AND partner_id IS NOT NULL AND date_order >= %s
      GROUP BY partner_id
        """,
        [env.company.id, since],
    )
    return env.cr.fetchall()


def bench_evaluation(db):
    registry = odoo.modules.registry.Registry(db)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        _insert_orders(env)
        ladders = env["beauty.vip.ladder"].search([])
        Membership = env["beauty.vip.membership"]
        today = odoo.fields.Date.context_today(Membership)
        since = today.replace(year=today.year - 1)
        start = time.perf_counter()
        first_changes = Membership._evaluate(ladders, today=today)
        env.flush_all()
        first_s = time.perf_counter() - start
        # the nightly job runs in a later transaction, once autovacuum has
        # analysed the 192 579 new memberships; in this one, the planner would
        # still see an empty table
        cr.execute("ANALYZE beauty_vip_membership")
        members = Membership.search_count([])
        nightly, raw = [], []
        for _i in range(REPEAT):
            start = time.perf_counter()
            Membership._evaluate(ladders, today=today)
            env.flush_all()
            nightly.append(time.perf_counter() - start)
            env.invalidate_all()
            start = time.perf_counter()
            rows = _raw_aggregate(env, since)
            raw.append(time.perf_counter() - start)
        cr.rollback()
    nightly.sort()
    raw.sort()
    return (
        first_s,
        first_changes,
        members,
        nightly[REPEAT // 2],
        raw[REPEAT // 2],
        len(rows),
    )


def _insert_cards(env, program, vip):
    """Every customer holds a card of the points program, as in a salon where
    all customers collect points; with the addon, every customer stands on the
    VIP ladder too. The POS loads the cards of its programs."""
    env.flush_all()
    env.cr.execute(
        """
        INSERT INTO loyalty_card (program_id, company_id, partner_id, code, points,
                                  active, create_date, write_date)
        SELECT %s, %s, id, 'BENCH' || id, (hashint4(id) & 2147483647) %% 5000,
               TRUE, now(), now()
          FROM res_partner
         WHERE name LIKE 'Bench Customer%%'
        """,
        [program.id, env.company.id],
    )
    if not vip:
        env.cr.execute("ANALYZE loyalty_card")  # as autovacuum would
        return
    today = odoo.fields.Date.context_today(env["res.partner"])
    tiers = env.ref("beauty_vip.ladder_vip").tier_ids
    env.cr.execute(
        """
        INSERT INTO beauty_vip_membership (partner_id, ladder_id, company_id,
               tier_id, tier_rank, since, until, card_id, create_date, write_date)
        SELECT c.partner_id, t.ladder_id, %(company)s, t.id, t.sequence,
               %(today)s, %(until)s, c.id, now(), now()
          FROM loyalty_card c
          JOIN beauty_vip_tier t
            ON t.id = (%(tiers)s::int[])[1 + c.partner_id %% %(count)s]
         WHERE c.program_id = %(program)s AND c.code LIKE 'BENCH%%'
        """,
        {
            "company": env.company.id,
            "today": today,
            "until": env.ref("beauty_vip.ladder_vip")._next_renewal(today),
            "tiers": tiers.ids,
            "count": len(tiers),
            "program": program.id,
        },
    )
    # as autovacuum would after such an import (the transaction's own rows count)
    env.cr.execute("ANALYZE loyalty_card, beauty_vip_membership")


def _pos_side(db, vip):
    """A cursor on ``db`` with an open POS session, a customer (a VIP member, or
    a loyalty card holder on the stock side) and the two timed functions."""
    cr = odoo.modules.registry.Registry(db).cursor()
    env = api.Environment(cr, SUPERUSER_ID, {})
    bench_dossier._insert_partners(env)
    config = env["pos.config"].create({"name": "Bench validation POS"})
    config.with_user(env.ref("base.user_admin")).open_ui()
    session = config.current_session_id
    product = env["product.product"].create(
        {"name": "Bench Facial", "type": "service", "available_in_pos": True}
    )
    customer = env["res.partner"].create({"name": "Bench Member"})
    if vip:
        card = (
            env["beauty.vip.membership"]
            ._place(customer, env.ref("beauty_vip.tier_gold"), "Benchmark", None)
            .card_id
        )
    else:
        program = env["loyalty.program"].create(
            {
                "name": "Bench Points",
                "program_type": "loyalty",
                "rule_ids": [
                    (0, 0, {"reward_point_mode": "money", "reward_point_amount": 1})
                ],
                "reward_ids": [
                    (
                        0,
                        0,
                        {
                            "reward_type": "product",
                            "reward_product_id": product.id,
                            "required_points": 500,
                        },
                    )
                ],
            }
        )
        card = env["loyalty.card"].create(
            {"program_id": program.id, "partner_id": customer.id, "points": 0}
        )
    _insert_cards(env, card.program_id, vip)
    method = session.payment_method_ids[:1]
    env.flush_all()

    def validate():
        data = {
            "uuid": str(uuid.uuid4()),
            "name": f"Bench {uuid.uuid4().hex[:8]}",
            "session_id": session.id,
            "partner_id": customer.id,
            "user_id": SUPERUSER_ID,
            "pricelist_id": config.pricelist_id.id,
            "date_order": odoo.fields.Datetime.to_string(odoo.fields.Datetime.now()),
            "sequence_number": 1,
            "lines": [
                (
                    0,
                    0,
                    {
                        "product_id": product.id,
                        "qty": 1,
                        "price_unit": 380,
                        "price_subtotal": 380,
                        "price_subtotal_incl": 380,
                        "tax_ids": [],
                    },
                )
            ],
            "payment_ids": [(0, 0, {"amount": 380, "payment_method_id": method.id})],
            "amount_paid": 380,
            "amount_total": 380,
            "amount_tax": 0,
            "amount_return": 0,
            "last_order_preparation_change": "{}",
        }
        orders = env["pos.order"].with_user(env.ref("base.user_admin"))
        if vip:
            # the addon's payment screen asks the server first when the order
            # has a birthday benefit or gifts: counted on every order here
            orders.beauty_vip_check_before_payment(
                config.id,
                customer.id,
                {
                    "birthday": False,
                    "date": data["date_order"],
                    "lines": [
                        {
                            "product_id": product.id,
                            "discount": 0,
                            "qty": 1,
                            "reward_id": False,
                            "points_cost": 0,
                        }
                    ],
                },
            )
        synced = orders.sync_from_ui([data])["pos.order"][0]["id"]
        # then what pos_loyalty's payment screen sends for the card: the points
        # it computed, and their history line
        order = orders.browse(synced)
        won = {
            "points": 380,
            "program_id": card.program_id.id,
            "coupon_id": card.id,
            "barcode": False,
        }
        updates = order.confirm_coupon_programs({str(card.id): won})["coupon_updates"]
        order.add_loyalty_history_lines(
            [{"order_id": synced, "card_id": str(card.id), "spent": 0, "won": 380}],
            [{"id": u["id"], "old_id": u["old_id"]} for u in updates],
        )
        env.flush_all()
        env.invalidate_all()

    admin_session = session.with_user(env.ref("base.user_admin"))

    def load():
        admin_session.load_data([])
        env.invalidate_all()

    return cr, validate, load


def _vacuum(db):
    """Dead rows of earlier rolled-back runs (100 000 cards, memberships...) would
    weigh on one side only."""
    with odoo.modules.registry.Registry(db).cursor() as cr:
        cr._cnx.autocommit = True  # VACUUM runs outside a transaction
        cr.execute("VACUUM ANALYZE")


def bench_pos(db, stock_db):
    cursors = []
    for database in (db, stock_db):
        # the same 100 000 customers and 1 000 000 orders on both sides
        with odoo.modules.registry.Registry(database).cursor() as cr:
            _insert_orders(api.Environment(cr, SUPERUSER_ID, {}))
    for database in (db, stock_db):
        _vacuum(database)
    try:
        vip_cr, vip_validate, vip_load = _pos_side(db, vip=True)
        cursors.append(vip_cr)
        stock_cr, stock_validate, stock_load = _pos_side(stock_db, vip=False)
        cursors.append(stock_cr)
        validation = _median_ms_pair(vip_validate, stock_validate, repeat=11)
        loading = _median_ms_pair(vip_load, stock_load, repeat=11)
    finally:
        for cr in cursors:
            cr.rollback()
            cr.close()
    return validation, loading


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--config", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--stock-db", required=True)
    args = parser.parse_args()
    odoo.tools.config.parse_config(["-c", args.config, "--log-level=warn"])
    print("beauty_vip benchmarks — medians of alternated runs, server side")
    # the POS first: the evaluation's rolled-back writes leave dead rows behind
    (vip_ms, stock_ms), (vip_load, stock_load) = bench_pos(args.db, args.stock_db)
    _line("validate a POS order: VIP vs stock pos_loyalty card", vip_ms, stock_ms, 1.2)
    _line(
        "load a POS session (100,000 card holders): vs stock", vip_load, stock_load, 1.1
    )
    # the POS benchmarks rolled back 100 000 cards and memberships: their dead rows
    # would weigh on the first evaluation
    _vacuum(args.db)
    first, changes, members, nightly, raw, customers = bench_evaluation(args.db)
    print(
        f"first evaluation: {changes:,} tier changes, {members:,} memberships "
        f"made in {first:.1f} s"
    )
    ratio = nightly / raw
    verdict = "ok" if ratio <= 1.5 and nightly < 60 else "OVER TARGET"
    print(
        f"{'nightly evaluation vs raw SQL aggregate':<58} {nightly * 1000:9.0f} ms  vs "
        f"{raw * 1000:9.0f} ms  x{ratio:5.2f}  (target <= 1.5x and < 60 s: {verdict}) "
        f"— {customers:,} customers, {N_ORDERS:,} orders"
    )


if __name__ == "__main__":
    main()
