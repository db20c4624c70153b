"""Fail when an Odoo log has a warning or error that concerns our addons.

    checklog.py LOGFILE...

Like OCA's checklog-odoo, but scoped: a WARNING, ERROR or CRITICAL line whose logger
is one of our addons, or whose text names one of them (Odoo's own loaders report
problems of a module under their own logger, e.g. a model without access rules or a
DeprecationWarning pointing at our file), fails the run. Continuation lines
(tracebacks) are printed with the line they belong to.
"""

import re
import sys

OUR_ADDONS = ("beauty_dossier", "beauty_vip", "beauty_complaints")
LINE = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \d+ (?P<level>[A-Z]+) \S+ (?P<logger>\S+): "
)
BAD_LEVELS = {"WARNING", "ERROR", "CRITICAL"}


def offending_entries(lines):
    entry = None
    for line in lines:
        match = LINE.match(line)
        if match:
            if entry:
                yield entry
            entry = None
            level, logger = match["level"], match["logger"]
            if level in BAD_LEVELS and (
                logger.startswith("odoo.addons.beauty_")
                or any(addon in line for addon in OUR_ADDONS)
                or "beauty." in line
            ):
                entry = [line.rstrip()]
        elif entry is not None:
            entry.append(line.rstrip())
    if entry:
        yield entry


def main(paths):
    found = 0
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for entry in offending_entries(handle):
                found += 1
                print("\n".join(entry[:30]), file=sys.stderr)
    if found:
        print(
            f"checklog: {found} warning(s) or error(s) of our addons in "
            f"{', '.join(paths)}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
