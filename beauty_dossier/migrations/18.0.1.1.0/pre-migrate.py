# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""1.1: the lifestyle answers are health data and leave the dossier for their own
restricted model (``beauty.lifestyle.questionnaire``). Before the update drops the
dossier's columns, the answers of every file that has any are kept aside, with
the date and author of the file's last change; the post-migration makes them the
file's first questionnaire."""

from odoo.tools import SQL
from odoo.tools.sql import column_exists, table_exists

TABLE = "beauty_lifestyle_migration"
ANSWER_COLUMNS = (
    "sleep_quality",
    "sleep_hours",
    "stays_up_late",
    "stress_level",
    "diet",
    "smoking",
    "alcohol",
    "tea_coffee",
    "outdoor_hours",
    "exercise",
    "menstrual_status",
    "skincare_habit",
)


def keep_answers(cr):
    """Copy the answers of the dossiers that have any into ``TABLE``; return
    how many dossiers."""
    present = [c for c in ANSWER_COLUMNS if column_exists(cr, "beauty_dossier", c)]
    if not present or table_exists(cr, TABLE):
        return 0
    columns = [
        SQL("NULLIF(d.%s::varchar, '') AS %s", SQL.identifier(c), SQL.identifier(c))
        if c in present
        else SQL("NULL::varchar AS %s", SQL.identifier(c))
        for c in ANSWER_COLUMNS
    ]
    answered = SQL(" OR ").join(
        SQL("NULLIF(d.%s::varchar, '') IS NOT NULL", SQL.identifier(c)) for c in present
    )
    cr.execute(
        SQL(
            """
            CREATE TABLE %(table)s AS
            SELECT d.id AS dossier_id,
                   COALESCE(d.write_date, d.create_date, now() AT TIME ZONE 'UTC')::date
                       AS answered_on,
                   COALESCE(d.write_uid, d.create_uid, 1) AS recorded_by,
                   %(columns)s
              FROM beauty_dossier d
             WHERE %(answered)s
            """,
            table=SQL.identifier(TABLE),
            columns=SQL(", ").join(columns),
            answered=answered,
        )
    )
    return cr.rowcount


def migrate(cr, version):
    if version:
        keep_answers(cr)
