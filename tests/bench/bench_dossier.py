# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmarks of the customer archive, printed side by side with their baselines.

    python bench_dossier.py --config ODOO_CONF --with-db DB1 --without-db DB2

* opening a dossier with 500 treatments and 200 photos versus an empty one: server
  time of the form's ``web_read`` (the call the web client makes), target <= 2x;
* listing 100 000 partners with beauty_dossier installed (DB1) versus a database with
  only its dependencies (DB2): ``web_search_read`` of the contact list view's fields
  plus the count, target <= 1.1x;
* listing 10 000 dossiers as a beautician versus as the store manager (DB1), the
  overhead of the record rules: ``web_search_read`` of the dossier list view's fields,
  80 rows, plus the count, as each user (not superuser), target <= 1.5x; five
  beauticians share the dossiers (responsible for 1/5 each, backup of a colleague for
  every other one, read while the responsible is away: one of them is, today), so
  the timed beautician sees 3 000 of them; then the same list
  filtered on a customer name typed in the search box, target <= 1.5x.

The data is generated here: the 100 000 partners by SQL, kept in the benchmark
databases (made for this only); the dossiers of the form benchmark by the ORM; the
10 000 dossiers of the list benchmark (with their customers and their completion
activities) by SQL, as copies of one made by the ORM, and the users by the ORM. All
but the 100 000 partners are rolled back at the end, so every run starts alike.
Both sides of a comparison are timed alternately; medians are printed, never asserted.
"""

import argparse
import base64
import io
import statistics
import time

from PIL import Image

import odoo
from odoo import SUPERUSER_ID, Command, api

N_PARTNERS = 100_000
N_TREATMENTS = 500
N_PHOTOS = 200
N_DOSSIERS = 10_000
N_BEAUTICIANS = 5
CUSTOMER_SEARCH = "Customer 424"  # what a user types in the search box
REPEAT = 41


def _median_ms_pair(func_a, func_b, repeat=REPEAT):
    """Medians of two functions timed alternately, so that a drift of the machine
    (another process, autovacuum, CPU frequency) weighs on both sides alike."""
    func_a()  # warm the caches the way a second opening would
    func_b()
    timings_a, timings_b = [], []
    for _ in range(repeat):
        for func, timings in ((func_a, timings_a), (func_b, timings_b)):
            start = time.perf_counter()
            func()
            timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings_a), statistics.median(timings_b)


def _spec(env, model, view_type):
    """The specification the web client sends for a view (fields and sub-lists)."""
    views = env[model].get_views([(False, view_type)])
    fields = views["models"][model]["fields"]
    spec = {}
    for name, info in fields.items():
        if info["type"] in ("one2many", "many2many"):
            sub = views["models"].get(info["relation"], {}).get("fields", {})
            spec[name] = {
                "fields": {sub_name: {} for sub_name in sub} or {"display_name": {}},
                "limit": 40,
            }
        elif info["type"] == "many2one":
            spec[name] = {"fields": {"display_name": {}}}
        else:
            spec[name] = {}
    return spec


def _copy_columns(cr, table, alias, replaced):
    """Column list and SELECT expressions copying a row of ``table`` (aliased
    ``alias``) but for the ``replaced`` columns, given as SQL expressions."""
    cr.execute(
        """
        SELECT column_name FROM information_schema.columns
         WHERE table_name = %s AND column_name <> 'id'
         ORDER BY ordinal_position
        """,
        [table],
    )
    names = [row[0] for row in cr.fetchall()]
    columns = ", ".join(f'"{c}"' for c in names)
    select = ", ".join(replaced.get(c, f'{alias}."{c}"') for c in names)
    return columns, select


def _insert_partners(env):
    """100 000 partners in one statement: copies of one ORM-made partner (so every
    column has its default), with their own name, mobile and e-mail. They stay in
    the benchmark database (made for this only), so a rerun measures at once."""
    cr = env.cr
    cr.execute("SELECT count(*) FROM res_partner WHERE name LIKE 'Bench Customer%%'")
    if cr.fetchone()[0] >= N_PARTNERS:
        return
    model = env["res.partner"].create(
        {"name": "Bench Customer", "mobile": "+86 139 0", "email": "b@example.com"}
    )
    env.flush_all()
    columns, select = _copy_columns(
        cr,
        "res_partner",
        "p",
        {
            "name": "'Bench Customer ' || n",
            "complete_name": "'Bench Customer ' || n",
            "mobile": "'+86 139 ' || lpad(n::text, 8, '0')",
            "email": "'bench' || n || '@example.com'",
        },
    )
    cr.execute(
        f"""
        INSERT INTO res_partner ({columns})
        SELECT {select}
          FROM res_partner p, generate_series(1, %s) AS n
         WHERE p.id = %s
        """,  # noqa: S608 - column names come from the catalogue
        [N_PARTNERS - 1, model.id],
    )
    cr.commit()
    cr.execute("ANALYZE res_partner")
    cr.commit()


def bench_partner_list(db_with, db_without):
    cursors, runs, n_fields = [], [], 0
    try:
        for db in (db_with, db_without):
            cr = odoo.modules.registry.Registry(db).cursor()
            cursors.append(cr)
            env = api.Environment(cr, SUPERUSER_ID, {})
            _insert_partners(env)
            spec = _spec(env, "res.partner", "list")
            n_fields = max(n_fields, len(spec))

            def run(env=env, spec=spec):
                env["res.partner"].web_search_read(
                    [], spec, limit=80, count_limit=10001
                )
                env.invalidate_all()

            runs.append(run)
        with_ms, without_ms = _median_ms_pair(*runs)
    finally:
        for cr in cursors:
            cr.rollback()
            cr.close()
    return with_ms, without_ms, n_fields


def _bench_staff(env):
    """The beauticians and the store manager of the dossier list benchmark."""
    Users = env["res.users"].with_context(
        no_reset_password=True, tracking_disable=True, mail_create_nolog=True
    )
    beautician = env.ref("beauty_dossier.group_beauty_beautician")
    manager = env.ref("beauty_dossier.group_beauty_manager")
    beauticians = Users.create(
        [
            {
                "name": f"Bench Beautician {i}",
                "login": f"bench_beautician_{i}",
                "groups_id": [Command.set(beautician.ids)],
            }
            for i in range(N_BEAUTICIANS)
        ]
    )
    store_manager = Users.create(
        {
            "name": "Bench Store Manager",
            "login": "bench_store_manager",
            "groups_id": [Command.set(manager.ids)],
        }
    )
    return beauticians, store_manager


def _insert_dossiers(env, beauticians):
    """10 000 dossiers, each with its own customer and its completion activity, in
    the main company: copies by SQL of one dossier made by the ORM. Dossier n is in
    the care of beautician n % 5; every other one has the next beautician as backup,
    so beautician 0 sees 3 000 of them (2 000 her own, 1 000 as backup)."""
    cr = env.cr
    quiet = {"tracking_disable": True, "mail_create_nolog": True}
    customer = (
        env["res.partner"]
        .with_context(**quiet)
        .create(
            {
                "name": "Bench Dossier Customer 0",
                "mobile": "+86 138 00000000",
                "email": "d0@example.com",
            }
        )
    )
    model = (
        env["beauty.dossier"]
        .with_context(**quiet)
        .create(
            {
                "name": "BENCH-00000",
                "partner_id": customer.id,
                "responsible_id": beauticians[0].id,
                "backup_id": beauticians[1].id,
            }
        )
    )
    activity = model.activity_ids
    assert len(activity) == 1, "the completion activity of a new dossier"
    env.flush_all()
    partner_columns, partner_select = _copy_columns(
        cr,
        "res_partner",
        "p",
        {
            "name": "'Bench Dossier Customer ' || n",
            "complete_name": "'Bench Dossier Customer ' || n",
            "mobile": "'+86 138 ' || lpad(n::text, 8, '0')",
            "phone_sanitized": "'+86138' || lpad(n::text, 8, '0')",
            "email": "'d' || n || '@example.com'",
            "email_normalized": "'d' || n || '@example.com'",
        },
    )
    n = "split_part(c.name, ' ', 4)::int"  # the number of the customer
    staff = "(%(staff)s::int[])"  # the beauticians, 1-based
    dossier_columns, dossier_select = _copy_columns(
        cr,
        "beauty_dossier",
        "m",
        {
            "name": f"'BENCH-' || lpad(({n})::text, 5, '0')",
            "partner_id": "c.id",
            "responsible_id": f"{staff}[{n} %% {N_BEAUTICIANS} + 1]",
            "backup_id": f"""CASE WHEN {n} %% 2 = 0
                THEN {staff}[({n} + 1) %% {N_BEAUTICIANS} + 1] END""",
        },
    )
    activity_columns, activity_select = _copy_columns(
        cr,
        "mail_activity",
        "a",
        {
            "res_id": "d.id",
            "res_name": "d.name || ' ' || c.name",
            "user_id": "d.responsible_id",
        },
    )
    cr.execute(
        f"""
        WITH c AS (
            INSERT INTO res_partner ({partner_columns})
            SELECT {partner_select}
              FROM res_partner p, generate_series(1, %(n)s) AS n
             WHERE p.id = %(customer)s
            RETURNING id, name
        ), d AS (
            INSERT INTO beauty_dossier ({dossier_columns})
            SELECT {dossier_select}
              FROM beauty_dossier m, c
             WHERE m.id = %(dossier)s
            RETURNING id, name, partner_id, responsible_id
        )
        INSERT INTO mail_activity ({activity_columns})
        SELECT {activity_select}
          FROM mail_activity a, d JOIN c ON c.id = d.partner_id
         WHERE a.id = %(activity)s
        """,  # noqa: S608 - column names come from the catalogue
        {
            "n": N_DOSSIERS - 1,
            "customer": customer.id,
            "dossier": model.id,
            "activity": activity.id,
            "staff": beauticians.ids,
        },
    )
    # the customers' own stored computed fields, which the copies could not know yet:
    # each is her own commercial entity and shows her own archive number
    cr.execute(
        """
        UPDATE res_partner c
           SET commercial_partner_id = c.id,
               beauty_dossier_id = d.id,
               beauty_archive_number = d.name,
               beauty_safety_alert = d.safety_alert
          FROM beauty_dossier d
         WHERE d.partner_id = c.id AND c.commercial_partner_id = %s AND c.id <> %s
        """,
        [customer.id, customer.id],
    )
    # the stores that read each file (a stored computed many2many): its own
    cr.execute(
        """
        INSERT INTO beauty_dossier_store_rel (dossier_id, company_id)
        SELECT d.id, d.company_id
          FROM beauty_dossier d
         WHERE NOT EXISTS (
               SELECT 1 FROM beauty_dossier_store_rel r WHERE r.dossier_id = d.id)
        """
    )
    # the statistics see this transaction's rows, and are rolled back with them
    cr.execute(
        "ANALYZE res_partner, beauty_dossier, beauty_dossier_store_rel, mail_activity"
    )
    env.invalidate_all()


def bench_dossier_list(db):
    """The dossier list as the web client loads it, for a beautician (record rules
    keep her own and backup customers) and for the store manager (whole store)."""
    registry = odoo.modules.registry.Registry(db)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        beauticians, store_manager = _bench_staff(env)
        _insert_dossiers(env, beauticians)
        beautician = beauticians[0]
        # she backs up her colleague's customers while the colleague is away
        today = env["beauty.staff.absence"].with_user(beautician)._beauty_today()
        env["beauty.staff.absence"].create(
            {
                "user_id": beauticians[-1].id,
                "date_from": today,
                "date_to": today,
                "reason": "Benchmark: away today",
            }
        )

        def lister(user, domain):
            user_env = env(user=user)
            spec = _spec(user_env, "beauty.dossier", "list")
            Dossier = user_env["beauty.dossier"]

            def run():
                # the count (search_count) is made inside, as for the list view
                Dossier.web_search_read(domain, spec, limit=80, count_limit=10001)
                env.invalidate_all()

            return run

        counts = [
            env(user=user)["beauty.dossier"].search_count([])
            for user in (beautician, store_manager)
        ]
        assert counts[0] == N_DOSSIERS * 3 // 10 and counts[1] >= N_DOSSIERS, counts
        results = [
            _median_ms_pair(lister(beautician, domain), lister(store_manager, domain))
            for domain in ([], [("partner_id", "ilike", CUSTOMER_SEARCH)])
        ]
        cr.rollback()
    return results


def _png(size=(640, 480), color=(220, 180, 170)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="JPEG", quality=80)
    return base64.b64encode(buffer.getvalue())


def _sign_consents(env, dossier, kinds, procedure=None):
    """Recording photos, medical data and procedures needs signed consents."""
    Template = env["beauty.consent.template"]
    signature = _png((60, 20))
    consents = env["beauty.consent"].create(
        [
            {
                "dossier_id": dossier.id,
                "template_id": Template.search([("kind", "=", kind)], limit=1).id,
                "signature": signature,
                "photo_use": "file" if kind == "photos" else False,
                "procedure_product_id": procedure.id if kind == "procedure" else False,
            }
            for kind in kinds
        ]
    )
    consents.action_sign()


def bench_dossier_open(db):
    registry = odoo.modules.registry.Registry(db)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        Partner = env["res.partner"]
        Dossier = env["beauty.dossier"]
        empty = Dossier.create({"partner_id": Partner.create({"name": "Empty"}).id})
        full = Dossier.create({"partner_id": Partner.create({"name": "Full"}).id})
        service = env["product.product"].create(
            {"name": "Bench Facial", "type": "service"}
        )
        serum = env["product.product"].create({"name": "Bench Serum", "type": "consu"})
        _sign_consents(env, full, ["photos"])
        treatments = env["beauty.treatment"].create(
            [
                {
                    "dossier_id": full.id,
                    "service_product_id": service.id,
                    "notes": f"Treatment {i}",
                    "line_ids": [(0, 0, {"product_id": serum.id, "lot_name": f"L{i}"})],
                }
                for i in range(N_TREATMENTS)
            ]
        )
        image = _png()
        env["beauty.photo"].create(
            [
                {
                    "dossier_id": full.id,
                    "treatment_id": treatments[i].id,
                    "image_1920": image,
                    "kind": "before" if i % 2 else "after",
                }
                for i in range(N_PHOTOS)
            ]
        )
        env.flush_all()
        spec = _spec(env, "beauty.dossier", "form")

        def opener(dossier):
            # like the web client: binary fields come as sizes, images by URL
            dossier = dossier.with_context(bin_size=True)

            def run():
                dossier.web_read(spec)
                env.invalidate_all()

            return run

        result = _median_ms_pair(opener(empty), opener(full))
        cr.rollback()
    return result


def _no_log(self, how, field_names=None):
    """The access log switched off (the baseline side)."""


def bench_access_log(db):
    """Opening a dossier as the store manager, the sensitive records of its form
    logged versus not logged (the log method replaced by a no-op): reopened
    within the de-duplication window (one check per model), and with the window
    set to 0 (one insert per record at every opening)."""
    registry = odoo.modules.registry.Registry(db)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        _beauticians, manager = _bench_staff(env)
        partner = env["res.partner"].create({"name": "Logged"})
        dossier = env["beauty.dossier"].create({"partner_id": partner.id})
        eyelid = env["product.product"].create(
            {"name": "Bench Eyelid", "type": "service"}
        )
        _sign_consents(env, dossier, ["sensitive_data", "procedure"], eyelid)
        env["beauty.medical.record"].create(
            {"dossier_id": dossier.id, "diseases": "Asthma"}
        )
        env["beauty.skin.assessment"].create(
            [{"dossier_id": dossier.id, "skin_type": "dry"} for _i in range(20)]
        )
        env["beauty.procedure"].create(
            [
                {"dossier_id": dossier.id, "procedure_product_id": eyelid.id}
                for _i in range(5)
            ]
        )
        env.flush_all()
        spec = _spec(env, "beauty.dossier", "form")
        as_manager = dossier.with_env(env(user=manager.id)).with_context(bin_size=True)
        mixin = type(env["beauty.access.logged.mixin"])
        logged = mixin._beauty_log_access

        def opener(log):
            def run():
                mixin._beauty_log_access = (
                    logged if log else lambda self, how, field_names=None: None
                )
                try:
                    as_manager.web_read(spec)
                finally:
                    mixin._beauty_log_access = logged
                env.invalidate_all()

            return run

        within_window = _median_ms_pair(opener(True), opener(False))
        env["ir.config_parameter"].set_param(
            "beauty_dossier.access_log_window_minutes", 0
        )
        every_time = _median_ms_pair(opener(True), opener(False))
        logs = env["beauty.access.log"].search_count([("dossier_id", "=", dossier.id)])
        cr.rollback()
    return within_window, every_time, logs


def _line(label, value, baseline, target):
    ratio = value / baseline if baseline else float("inf")
    verdict = "ok" if ratio <= target else "OVER TARGET"
    print(
        f"{label:<58} {value:9.2f} ms  vs {baseline:9.2f} ms  "
        f"x{ratio:5.2f}  (target <= {target}x: {verdict})"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--config", required=True)
    parser.add_argument("--with-db", required=True)
    parser.add_argument("--without-db", required=True)
    args = parser.parse_args()
    odoo.tools.config.parse_config(["-c", args.config, "--log-level=warn"])

    print(
        f"beauty_dossier benchmarks — medians of {REPEAT} alternated runs, server side"
    )
    empty_ms, full_ms = bench_dossier_open(args.with_db)
    _line(
        f"open dossier: {N_TREATMENTS} treatments + {N_PHOTOS} photos vs empty",
        full_ms,
        empty_ms,
        2.0,
    )
    with_ms, without_ms, n_fields = bench_partner_list(args.with_db, args.without_db)
    _line(
        f"list {N_PARTNERS:,} partners ({n_fields} fields): addon vs without",
        with_ms,
        without_ms,
        1.1,
    )
    (log_w, nolog_w), (log_e, nolog_e), n_logs = bench_access_log(args.with_db)
    _line(
        "open dossier (26 sensitive rows): logged vs not, reopened", log_w, nolog_w, 1.2
    )
    _line(
        f"the same, window 0: every read inserted ({n_logs} log rows)",
        log_e,
        nolog_e,
        1.2,
    )
    (list_b, list_m), (find_b, find_m) = bench_dossier_list(args.with_db)
    _line(
        f"list {N_DOSSIERS:,} dossiers as beautician vs store manager",
        list_b,
        list_m,
        1.5,
    )
    _line(
        f"search '{CUSTOMER_SEARCH}' in them: beautician vs store manager",
        find_b,
        find_m,
        1.5,
    )


if __name__ == "__main__":
    main()
