"""Keep each addon's translation template and zh_CN translation in step with its code.

    i18n.py --config ODOO_CONF --db DB [--check] [addon ...]

Exports every translatable term of the addons from a database where they are
installed (Odoo's own exporter, the same as Settings > Translations > Export), writes
``<addon>/i18n/<addon>.pot`` and merges it into ``<addon>/i18n/zh_CN.po``: existing
translations are kept, new terms are added untranslated, terms gone from the code are
dropped. With ``--check`` nothing is written: the exit code says whether every term
has a zh_CN translation and the files are current.
"""

import argparse
import io
import os
import sys

import polib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADDONS = ("beauty_dossier", "beauty_vip", "beauty_complaints")
LANG = "zh_CN"


def export_pot(cr, addon):
    """The addon's translation template, as Odoo exports it."""
    from odoo.tools.translate import trans_export

    buffer = io.BytesIO()
    trans_export(False, [addon], buffer, "po", cr)
    return polib.pofile(buffer.getvalue().decode("utf-8"))


def _key(entry):
    return (entry.msgctxt or "", entry.msgid)


def merge(pot, po_path):
    """zh_CN catalogue for the template ``pot``, keeping known translations."""
    old = polib.pofile(po_path) if os.path.exists(po_path) else None
    known = {_key(e): e for e in old} if old else {}
    po = polib.POFile(wrapwidth=78)
    po.metadata = dict(pot.metadata)
    po.metadata.update(
        {
            "Language": LANG,
            "Language-Team": "Chinese (China)",
            "Plural-Forms": "nplurals=1; plural=0;",
        }
    )
    if old:
        for key in ("PO-Revision-Date", "Last-Translator"):
            if key in old.metadata:
                po.metadata[key] = old.metadata[key]
    po.header = pot.header
    for entry in pot:
        new = polib.POEntry(
            msgid=entry.msgid,
            msgctxt=entry.msgctxt,
            occurrences=entry.occurrences,
            comment=entry.comment,
            tcomment=entry.tcomment,
            flags=[f for f in entry.flags if f != "fuzzy"],
        )
        if _key(entry) in known:
            new.msgstr = known[_key(entry)].msgstr
        po.append(new)
    return po


def untranslated(po):
    return [e for e in po if not e.msgstr.strip()]


def check_or_write(cr, addons, write):
    problems = []
    for addon in addons:
        i18n_dir = os.path.join(ROOT, addon, "i18n")
        pot = export_pot(cr, addon)
        pot_path = os.path.join(i18n_dir, f"{addon}.pot")
        po_path = os.path.join(i18n_dir, f"{LANG}.po")
        po = merge(pot, po_path)
        missing = untranslated(po)
        if write:
            os.makedirs(i18n_dir, exist_ok=True)
            pot.save(pot_path)
            po.save(po_path)
        else:
            for path in (pot_path, po_path):
                current = polib.pofile(path) if os.path.exists(path) else []
                stale = {_key(e) for e in po} ^ {_key(e) for e in current}
                for key in sorted(stale):
                    problems.append(
                        f"{addon}: {os.path.relpath(path, ROOT)} is not current for "
                        f"{key[1]!r} (run `make i18n`)"
                    )
        for entry in missing:
            problems.append(f"{addon}: no {LANG} translation for {entry.msgid!r}")
        print(f"{addon}: {len(po)} terms, {len(missing)} untranslated")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--config", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("addons", nargs="*", default=list(ADDONS))
    args = parser.parse_args()

    import odoo

    odoo.tools.config.parse_config(["-c", args.config, "-d", args.db])
    registry = odoo.modules.registry.Registry(args.db)
    with registry.cursor() as cr:
        problems = check_or_write(cr, args.addons, write=not args.check)
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
