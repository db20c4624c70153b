# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The install-log check of `make test` catches what concerns our addons only."""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))

import checklog  # noqa: E402

STAMP = "2026-11-23 19:59:03,312 5358"


def _entries(text):
    return list(checklog.offending_entries(text.splitlines(keepends=True)))


def test_our_logger_warning_is_caught():
    found = _entries(
        f"{STAMP} WARNING db odoo.addons.beauty_vip.models.x: something odd\n"
    )
    assert len(found) == 1


def test_core_logger_naming_our_module_is_caught_with_traceback():
    found = _entries(
        f"{STAMP} WARNING db odoo.modules.loading: The models ['beauty.dossier.x'] "
        "have no access rules in module beauty_dossier\n"
        "Traceback (most recent call last):\n"
        f"{STAMP} INFO db odoo.modules.loading: loaded\n"
        f"{STAMP} WARNING db py.warnings: /src/beauty_dossier/models/x.py:3: "
        "DeprecationWarning: old api\n"
    )
    assert len(found) == 2
    assert found[0][1].startswith("Traceback")


def test_info_lines_and_other_modules_pass():
    found = _entries(
        f"{STAMP} INFO db odoo.addons.beauty_dossier.models.x: all good\n"
        f"{STAMP} WARNING db odoo.addons.crm.models.crm_lead: not ours\n"
        f"{STAMP} ERROR db odoo.sql_db: bad query in sale\n"
    )
    assert found == []


def test_main_exit_code(tmp_path):
    clean = tmp_path / "clean.log"
    clean.write_text(f"{STAMP} INFO db odoo.modules.loading: Modules loaded.\n")
    dirty = tmp_path / "dirty.log"
    dirty.write_text(f"{STAMP} ERROR db odoo.addons.beauty_dossier.x: boom\n")
    assert checklog.main([str(clean)]) == 0
    assert checklog.main([str(dirty)]) == 1
