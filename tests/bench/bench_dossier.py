# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmarks of the customer archive, printed side by side with their baselines.

    python bench_dossier.py --config ODOO_CONF --with-db DB1 --without-db DB2

* opening a dossier with 500 treatments and 200 photos versus an empty one: server
  time of the form's ``web_read`` (the call the web client makes), target <= 2x;
* listing 100 000 partners with beauty_dossier installed (DB1) versus a database with
  only its dependencies (DB2): ``web_search_read`` of the contact list view's fields
  plus the count, target <= 1.1x.

The data is generated here: the 100 000 partners by SQL, kept in the benchmark
databases (made for this only); the dossiers by the ORM, rolled back at the end.
Both sides of a comparison are timed alternately; medians are printed, never asserted.
"""

import argparse
import base64
import io
import statistics
import time

from PIL import Image

import odoo
from odoo import SUPERUSER_ID, api

N_PARTNERS = 100_000
N_TREATMENTS = 500
N_PHOTOS = 200
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
    cr.execute(
        """
        SELECT column_name FROM information_schema.columns
         WHERE table_name = 'res_partner' AND column_name <> 'id'
        """
    )
    columns = [row[0] for row in cr.fetchall()]
    replaced = {
        "name": "'Bench Customer ' || n",
        "complete_name": "'Bench Customer ' || n",
        "mobile": "'+86 139 ' || lpad(n::text, 8, '0')",
        "email": "'bench' || n || '@example.com'",
    }
    select = ", ".join(replaced.get(c, f'p."{c}"') for c in columns)
    cr.execute(
        f"""
        INSERT INTO res_partner ({", ".join(f'"{c}"' for c in columns)})
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


def _png(size=(640, 480), color=(220, 180, 170)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="JPEG", quality=80)
    return base64.b64encode(buffer.getvalue())


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


if __name__ == "__main__":
    main()
