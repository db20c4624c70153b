# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Repository-level checks: what an integrator relies on before installing."""

import ast
import os
import re
import sys

import polib
import pytest

import odoo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))

import i18n  # noqa: E402

EXPECTED_DEPENDS = {
    "beauty_dossier": {"mail", "contacts", "product", "point_of_sale"},
    "beauty_vip": {"beauty_dossier", "pos_loyalty", "crm", "sms"},
    "beauty_complaints": {
        "beauty_dossier",
        "loyalty",
        "portal",
        "rating",
        "resource",
        "sms",
    },
}


def _manifest(addon):
    with open(os.path.join(ROOT, addon, "__manifest__.py"), encoding="utf-8") as f:
        return ast.literal_eval(f.read())


@pytest.mark.parametrize("addon", sorted(EXPECTED_DEPENDS))
def test_manifest(addon):
    manifest = _manifest(addon)
    # Odoo 18 series, OCA numbering; a migration never names a later version
    assert re.fullmatch(r"18\.0\.\d+\.\d+\.\d+", manifest["version"])
    version = tuple(int(n) for n in manifest["version"].split("."))
    migrations = os.path.join(ROOT, addon, "migrations")
    for name in os.listdir(migrations) if os.path.isdir(migrations) else []:
        assert tuple(int(n) for n in name.split(".")) <= version, name
    assert manifest["license"] in {"LGPL-3", "AGPL-3"}
    assert manifest["installable"] is True
    assert set(manifest["depends"]) == EXPECTED_DEPENDS[addon]
    for key in ("name", "summary", "author", "category"):
        assert manifest.get(key), f"{addon}: manifest key {key} is empty"
    for path in manifest.get("data", []) + manifest.get("demo", []):
        assert os.path.isfile(os.path.join(ROOT, addon, path)), path


@pytest.mark.parametrize("addon", sorted(EXPECTED_DEPENDS))
def test_readme_fragments_and_icon(addon):
    readme = os.path.join(ROOT, addon, "readme")
    assert os.path.getsize(os.path.join(readme, "DESCRIPTION.md")) > 100
    assert os.path.isfile(os.path.join(readme, "CONTRIBUTORS.md"))
    icon = os.path.join(ROOT, addon, "static", "description", "icon.png")
    with open(icon, "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n"


def test_addons_installed_in_test_database():
    registry = odoo.modules.registry.Registry(odoo.tools.config["db_name"])
    with registry.cursor() as cr:
        cr.execute(
            "SELECT name, state FROM ir_module_module WHERE name = ANY(%s)",
            [list(EXPECTED_DEPENDS)],
        )
        assert dict(cr.fetchall()) == dict.fromkeys(EXPECTED_DEPENDS, "installed")


def test_zh_cn_translation_complete_and_current():
    """Every term Odoo exports for our addons has a zh_CN translation in git."""
    registry = odoo.modules.registry.Registry(odoo.tools.config["db_name"])
    with registry.cursor() as cr:
        problems = i18n.check_or_write(cr, i18n.ADDONS, write=False)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("addon", sorted(EXPECTED_DEPENDS))
def test_zh_cn_keeps_placeholders(addon):
    """A translation keeps the %(name)s placeholders of its source string."""
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]|%[sd]")
    po = polib.pofile(os.path.join(ROOT, addon, "i18n", "zh_CN.po"))
    for entry in po:
        assert sorted(placeholder.findall(entry.msgid)) == sorted(
            placeholder.findall(entry.msgstr)
        ), entry.msgid
