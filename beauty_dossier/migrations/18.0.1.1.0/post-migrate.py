# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""1.1: the answers kept aside by the pre-migration become one lifestyle
questionnaire per file that had any, dated from the file's last change; the
file's latest answers and its completeness are then recomputed, in batches.
Inserted in SQL: the answers were recorded before, they are moved, not recorded
again (no consent check, no tracking message). A file that already has a
questionnaire is skipped, so the script can run again."""

from odoo import SUPERUSER_ID, api
from odoo.tools import SQL, split_every
from odoo.tools.sql import table_exists

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
BATCH = 1000


def create_questionnaires(env, table=TABLE):
    """One questionnaire per dossier of ``table``; return the dossiers."""
    cr = env.cr
    if not table_exists(cr, table):
        return env["beauty.dossier"]
    columns = SQL(", ").join(SQL.identifier(c) for c in ANSWER_COLUMNS)
    answers = SQL(", ").join(SQL("m.%s", SQL.identifier(c)) for c in ANSWER_COLUMNS)
    cr.execute(
        SQL(
            """
            INSERT INTO beauty_lifestyle_questionnaire
                   (dossier_id, partner_id, company_id, date, recorded_by_id,
                    %(columns)s, answered_count,
                    create_uid, create_date, write_uid, write_date)
            SELECT m.dossier_id, d.partner_id, d.company_id, m.answered_on,
                   m.recorded_by, %(answers)s, 0,
                   %(uid)s, now() AT TIME ZONE 'UTC',
                   %(uid)s, now() AT TIME ZONE 'UTC'
              FROM %(table)s m
              JOIN beauty_dossier d ON d.id = m.dossier_id
             WHERE NOT EXISTS (
                   SELECT 1 FROM beauty_lifestyle_questionnaire q
                    WHERE q.dossier_id = m.dossier_id)
         RETURNING id, dossier_id
            """,
            columns=columns,
            answers=answers,
            uid=SUPERUSER_ID,
            table=SQL.identifier(table),
        )
    )
    rows = cr.fetchall()
    # inserted in SQL: what the ORM holds of the files is stale
    env.invalidate_all()
    Questionnaire = env["beauty.lifestyle.questionnaire"]
    Dossier = env["beauty.dossier"]
    completeness = [
        field
        for field in Dossier._fields.values()
        if field.compute == "_compute_completeness"
    ]
    for batch in split_every(BATCH, rows):
        questionnaires = Questionnaire.browse([qid for qid, _dossier in batch])
        env.add_to_compute(Questionnaire._fields["answered_count"], questionnaires)
        questionnaires.flush_recordset()
        dossiers = Dossier.browse([dossier_id for _qid, dossier_id in batch])
        env.add_to_compute(Dossier._fields["lifestyle_id"], dossiers)
        dossiers.flush_recordset(["lifestyle_id"])
        for field in completeness:
            env.add_to_compute(field, dossiers)
        dossiers.flush_recordset()
        env.invalidate_all()
    cr.execute(SQL("DROP TABLE %s", SQL.identifier(table)))
    return Dossier.browse([dossier_id for _qid, dossier_id in rows])


def migrate(cr, version):
    if version:
        create_questionnaires(api.Environment(cr, SUPERUSER_ID, {}))
