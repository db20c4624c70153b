# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""data/import/customer_register.csv — the paper register (顾客档案登记表) — goes
through Odoo's own import (`load`, what the import screen calls) as a front-desk user.
Every test works in a transaction that is rolled back."""

import csv
import os
from contextlib import contextmanager

import pytest

import odoo
from odoo import SUPERUSER_ID, api

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATE = os.path.join(ROOT, "data", "import", "customer_register.csv")


@contextmanager
def _reception_env():
    registry = odoo.modules.registry.Registry(odoo.tools.config["db_name"])
    with registry.cursor() as cr:
        try:
            env = api.Environment(cr, SUPERUSER_ID, {})
            user = env["res.users"].create(
                {
                    "name": "Import Front Desk",
                    "login": "import_front_desk",
                    "groups_id": [
                        (6, 0, [env.ref("beauty_dossier.group_beauty_reception").id])
                    ],
                }
            )
            yield env(user=user)
        finally:
            cr.rollback()


@pytest.fixture(scope="module")
def template():
    with open(TEMPLATE, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def test_template_creates_partners_and_dossiers(template):
    header, rows = template
    with _reception_env() as env:
        result = env["res.partner"].load(header, rows)
        assert not result["messages"], result["messages"]
        partners = env["res.partner"].browse(result["ids"])
        assert len(partners) == len(rows) == 2
        zhou = partners.filtered(lambda p: p.mobile == "+86 138 0000 2001")
        assert zhou.name == "周婷 (Zhou Ting)"
        assert zhou.beauty_archive_number.startswith("BD")
        dossier = zhou.beauty_dossier_id
        assert str(dossier.birthday) == "1988-04-12"
        assert dossier.source == "referral"
        assert dossier.occupation == "Teacher"
        assert dossier.important_date_ids.name == "Wedding anniversary"
        assert str(dossier.important_date_ids.date) == "2015-10-01"


def test_bad_rows_are_reported_and_nothing_is_imported(template):
    header, rows = template
    bad_date, bad_value = list(rows[0]), list(rows[1])
    bad_date[header.index("beauty_dossier_ids/birthday")] = "1988-02-30"
    bad_value[header.index("beauty_dossier_ids/gender")] = "unicorn"
    with _reception_env() as env:
        before = env["beauty.dossier"].sudo().search_count([])
        result = env["res.partner"].load(header, [bad_date, bad_value])
        assert not result["ids"]
        errors = [m for m in result["messages"] if m["type"] == "error"]
        assert len(errors) == 2, result["messages"]
        assert env["beauty.dossier"].sudo().search_count([]) == before
        assert not env["res.partner"].search([("mobile", "=", "+86 138 0000 2001")])


def test_future_birth_date_is_refused(template):
    header, rows = template
    row = list(rows[0])
    row[header.index("beauty_dossier_ids/birthday")] = "2999-01-01"
    with _reception_env() as env:
        result = env["res.partner"].load(header, [row])
        assert not result["ids"]
        assert "future" in result["messages"][0]["message"]
