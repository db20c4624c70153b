# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Health answers are health data (issue 10, point 14): the lifestyle
questionnaire is a restricted model of its own, dated, read by the roles that read
skin assessments, logged when shown and recorded under the sensitive-data consent.
ORM and JSON-RPC, as the low-privilege users."""

import importlib.util
import io
import json
import os
import zipfile
from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import HttpCase, TransactionCase, tagged
from odoo.tools import SQL, mute_logger

from .test_beauty_roles import BeautyRolesCommon

OLD_ANSWER = "LIFESTYLEOLDSWIMMING"
LATEST_ANSWER = "LIFESTYLELATESTYOGA"
OTHER_ANSWER = "LIFESTYLEOTHERRUNNING"
QUESTIONNAIRE = "beauty.lifestyle.questionnaire"


def _migration(name):
    """The module ``name`` (pre-migrate, post-migrate) of the 1.1 migration."""
    path = os.path.join(
        os.path.dirname(os.path.dirname(__file__)),
        "migrations",
        "18.0.1.1.0",
        f"{name}.py",
    )
    spec = importlib.util.spec_from_file_location(f"beauty_dossier_1_1_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BeautyLifestyleCommon(BeautyRolesCommon):
    @classmethod
    def _setup_lifestyle(cls):
        cls._setup_files()
        cls.user_reception.groups_id += cls.env.ref("base.group_allow_export")
        today = fields.Date.context_today(cls.env["beauty.dossier"])
        Questionnaire = cls.env[QUESTIONNAIRE]
        cls.older_a = Questionnaire.create(
            {
                "dossier_id": cls.file_a.id,
                "date": today - timedelta(days=90),
                "sleep_quality": "insomnia",
                "smoking": "yes",
                "stress_level": "high",
                "exercise": OLD_ANSWER,
                "recorded_by_id": cls.user_beautician_a.id,
            }
        )
        cls.latest_a = Questionnaire.create(
            {
                "dossier_id": cls.file_a.id,
                "date": today - timedelta(days=2),
                "smoking": "no",
                "exercise": LATEST_ANSWER,
                "recorded_by_id": cls.user_beautician_a.id,
            }
        )
        cls.answers_b = Questionnaire.create(
            {"dossier_id": cls.file_b.id, "alcohol": "yes", "exercise": OTHER_ANSWER}
        )

    def _logs(self, records, user, how=None):
        domain = [
            ("res_model", "=", QUESTIONNAIRE),
            ("res_id", "in", records.ids),
            ("user_id", "=", user.id),
        ]
        if how:
            domain.append(("how", "=", how))
        return self.env["beauty.access.log"].search(domain)


@tagged("post_install", "-at_install")
class TestBeautyLifestyle(BeautyLifestyleCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_lifestyle()

    # who reads the answers ---------------------------------------------------

    def test_answers_are_no_longer_dossier_fields(self):
        Dossier = self.env["beauty.dossier"]
        for fname in ("sleep_quality", "smoking", "alcohol", "menstrual_status"):
            self.assertNotIn(fname, Dossier._fields)
            self.assertIn(fname, self.env[QUESTIONNAIRE]._fields)
        for fname in ("lifestyle_id", "lifestyle_questionnaire_ids"):
            self.assertEqual(
                Dossier._fields[fname].groups,
                Dossier._fields["skin_assessment_ids"].groups,
            )

    def test_same_readers_and_rules_as_skin_assessments(self):
        def access(model):
            rows = (
                self.env["ir.model.access"]
                .sudo()
                .search([("model_id.model", "=", model)])
            )
            return {
                (
                    row.group_id,
                    row.perm_read,
                    row.perm_write,
                    row.perm_create,
                    row.perm_unlink,
                )
                for row in rows
            }

        def rules(model):
            rows = self.env["ir.rule"].sudo().search([("model_id.model", "=", model)])
            return {(rule.groups, rule.domain_force) for rule in rows}

        skin = "beauty.skin.assessment"
        self.assertEqual(access(QUESTIONNAIRE), access(skin))
        self.assertEqual(rules(QUESTIONNAIRE), rules(skin))
        self.assertEqual(self.env[QUESTIONNAIRE]._beauty_consent_kind, "sensitive_data")

    def test_front_desk_reads_no_answer(self):
        Questionnaire = self.env[QUESTIONNAIRE].with_user(self.user_reception)
        with self.assertRaises(AccessError):
            Questionnaire.search([])
        with self.assertRaises(AccessError):
            self.latest_a.with_user(self.user_reception).read(["smoking"])
        with self.assertRaises(AccessError):
            Questionnaire.read_group([], ["smoking"], ["smoking"])
        with self.assertRaises(AccessError):
            self.latest_a.with_user(self.user_reception).export_data(["exercise"])
        dossier = self.file_a.with_user(self.user_reception)
        for fname in ("lifestyle_id", "lifestyle_questionnaire_ids"):
            with self.assertRaises(AccessError):
                dossier.read([fname])
        Dossier = self.env["beauty.dossier"].with_user(self.user_reception)
        for path in ("lifestyle_id.smoking", "lifestyle_questionnaire_ids.exercise"):
            with self.assertRaises(AccessError):
                Dossier.search([(path, "!=", False)])
            with self.assertRaises(AccessError):
                dossier.export_data(["name", path.replace(".", "/")])
        with self.assertRaises(AccessError):
            Dossier.read_group([], ["lifestyle_id"], ["lifestyle_id"])
        with self.assertRaises(AccessError):
            Dossier.search([], order="lifestyle_id")
        # her screen of the file has no lifestyle page
        arch = Dossier.get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertNotIn("lifestyle_questionnaire_ids", arch)
        self.assertNotIn('name="lifestyle"', arch)
        # what she does read of the file still reads
        values = dossier.read(["name", "completeness_lifestyle"])[0]
        self.assertEqual(values["name"], self.file_a.name)
        self.assertFalse(self._logs(self.latest_a, self.user_reception))

    def test_only_the_skin_assessment_roles_read_the_answers(self):
        for user in (self.user_doctor, self.user_employee):
            with self.assertRaises(AccessError):
                self.env[QUESTIONNAIRE].with_user(user).search([])
        archivist = self.env[QUESTIONNAIRE].with_user(self.user_archivist)
        self.assertEqual(
            archivist.search([("dossier_id", "=", self.file_a.id)]),
            self.latest_a | self.older_a,
        )
        with self.assertRaises(AccessError):
            self.latest_a.with_user(self.user_archivist).write({"smoking": "yes"})
        manager = self.latest_a.with_user(self.user_manager)
        manager.write({"alcohol": "no"})
        self.assertEqual(self.latest_a.alcohol, "no")

    def test_beautician_reads_her_customers_and_is_logged(self):
        Questionnaire = self.env[QUESTIONNAIRE].with_user(self.user_beautician_a)
        self.assertEqual(Questionnaire.search([]), self.latest_a | self.older_a)
        values = self.latest_a.with_user(self.user_beautician_a).read(["exercise"])
        self.assertEqual(values[0]["exercise"], LATEST_ANSWER)
        log = self._logs(self.latest_a, self.user_beautician_a)
        self.assertEqual(len(log), 1)
        self.assertEqual(log.how, "rpc")
        self.assertEqual(log.dossier_id, self.file_a)
        self.assertFalse(log.is_cover)
        # naming the record shows nothing: not logged
        self.older_a.with_user(self.user_beautician_a).read(["display_name"])
        self.assertFalse(self._logs(self.older_a, self.user_beautician_a))
        # her colleague's customer (she is not absent)
        with self.assertRaises(AccessError):
            self.answers_b.with_user(self.user_beautician_a).read(["exercise"])
        self.assertFalse(
            self.env[QUESTIONNAIRE]
            .with_user(self.user_beautician_b)
            .search([("id", "in", (self.latest_a | self.older_a).ids)])
        )

    def test_backup_reads_while_the_responsible_is_absent(self):
        answers = self.answers_b.with_user(self.user_beautician_a)
        with self.assertRaises(AccessError):
            answers.read(["exercise"])
        self._absent(self.user_beautician_b)
        self.assertEqual(
            answers.web_read({"exercise": {}})[0]["exercise"], OTHER_ANSWER
        )
        log = self._logs(self.answers_b, self.user_beautician_a)
        self.assertEqual(log.how, "form")
        self.assertTrue(log.is_cover)

    def test_the_file_form_logs_the_answers_it_shows(self):
        dossier = self.file_a.with_user(self.user_beautician_a)
        values = dossier.web_read(
            {
                "lifestyle_id": {"fields": {"display_name": {}}},
                "lifestyle_questionnaire_ids": {
                    "fields": {"date": {}, "smoking": {}, "exercise": {}}
                },
            }
        )[0]
        self.assertEqual(values["lifestyle_id"]["id"], self.latest_a.id)
        rows = values["lifestyle_questionnaire_ids"]
        self.assertEqual(
            [row["id"] for row in rows], [self.latest_a.id, self.older_a.id]
        )
        self.assertEqual(rows[0]["exercise"], LATEST_ANSWER)
        logs = self._logs(self.latest_a | self.older_a, self.user_beautician_a, "form")
        self.assertEqual(len(logs), 2)

    # recording under the consent -------------------------------------------

    def test_recording_needs_the_sensitive_data_consent(self):
        customer = self.env["res.partner"].create({"name": "No Consent Yet"})
        dossier = self.env["beauty.dossier"].create(
            {"partner_id": customer.id, "responsible_id": self.user_beautician_a.id}
        )
        Questionnaire = self.env[QUESTIONNAIRE].with_user(self.user_beautician_a)
        with (
            self.assertRaisesRegex(UserError, "no signed consent"),
            self.env.cr.savepoint(),
        ):
            Questionnaire.create({"dossier_id": dossier.id, "smoking": "no"})
        self._sign_consents(dossier, kinds=("personal_data", "photos"))
        with (
            self.assertRaisesRegex(UserError, "Sensitive and Medical Data"),
            self.env.cr.savepoint(),
        ):
            Questionnaire.create({"dossier_id": dossier.id, "smoking": "no"})
        self._sign_consents(dossier, kinds=("sensitive_data",))
        answers = Questionnaire.create({"dossier_id": dossier.id, "smoking": "no"})
        self.assertEqual(answers.recorded_by_id, self.user_beautician_a)
        self.assertEqual(answers.date, fields.Date.context_today(answers))
        self.assertEqual(dossier.lifestyle_id, answers)

    def test_revoked_consent_blocks_writes(self):
        consent = self.file_a.consent_ids.filtered(
            lambda c: c.kind == "sensitive_data" and c.state == "signed"
        )
        consent.with_user(self.user_reception).action_revoke()
        answers = self.latest_a.with_user(self.user_beautician_a)
        with (
            self.assertRaisesRegex(UserError, "no signed consent"),
            self.env.cr.savepoint(),
        ):
            answers.write({"smoking": "yes"})
        with (
            self.assertRaisesRegex(UserError, "no signed consent"),
            self.env.cr.savepoint(),
        ):
            self.env[QUESTIONNAIRE].with_user(self.user_beautician_a).create(
                {"dossier_id": self.file_a.id, "smoking": "yes"}
            )
        self.latest_a.invalidate_recordset()
        self.assertEqual(self.latest_a.smoking, "no")
        self.assertEqual(
            self.file_a.lifestyle_questionnaire_ids, self.latest_a | self.older_a
        )
        self.assertTrue(self.file_a.destruction_listed)

    def test_answered_in_the_past_only(self):
        tomorrow = fields.Date.context_today(self.latest_a) + timedelta(days=1)
        with self.assertRaisesRegex(ValidationError, "future"), self.env.cr.savepoint():
            self.latest_a.with_user(self.user_beautician_a).date = tomorrow

    def test_never_deleted_outside_the_destruction(self):
        with self.assertRaisesRegex(UserError, "never deleted"):
            self.latest_a.sudo().unlink()
        self.assertTrue(self.latest_a.exists())

    # the file: latest answers, history, completeness -----------------------

    def test_the_file_shows_the_latest_and_the_history(self):
        self.assertEqual(self.file_a.lifestyle_id, self.latest_a)
        self.assertEqual(
            self.file_a.lifestyle_questionnaire_ids.ids,
            [self.latest_a.id, self.older_a.id],
        )
        today = fields.Date.context_today(self.latest_a)
        Questionnaire = self.env[QUESTIONNAIRE].with_user(self.user_beautician_a)
        # answers recorded late, dated when they were given: not the latest
        late = Questionnaire.create(
            {"dossier_id": self.file_a.id, "date": today - timedelta(days=30)}
        )
        self.assertEqual(self.file_a.lifestyle_id, self.latest_a)
        self.file_a.invalidate_recordset(["lifestyle_questionnaire_ids"])
        self.assertEqual(self.file_a.lifestyle_questionnaire_ids[1], late)
        newest = Questionnaire.create({"dossier_id": self.file_a.id, "diet": "light"})
        self.assertEqual(self.file_a.lifestyle_id, newest)
        self.assertEqual(self.file_b.lifestyle_id, self.answers_b)
        self.assertFalse(self.file_c.lifestyle_id)
        # stored: the latest answers are searched in SQL
        found = self.env["beauty.dossier"].search([("lifestyle_id.diet", "=", "light")])
        self.assertEqual(found, self.file_a)

    def test_completeness_follows_the_latest_answers(self):
        questions = len(self.env[QUESTIONNAIRE]._beauty_question_fields())
        self.assertEqual(questions, 11)
        # the latest answers two questions, the older one four
        self.assertEqual(self.latest_a.answered_count, 2)
        self.assertEqual(self.file_a.completeness_lifestyle, round(2 / questions * 100))
        self.assertEqual(self.file_c.completeness_lifestyle, 0)
        full = {
            "sleep_quality": "good",
            "sleep_hours": "6_8",
            "stress_level": "low",
            "diet": "balanced",
            "smoking": "no",
            "alcohol": "no",
            "tea_coffee": "yes",
            "outdoor_hours": "lt4",
            "exercise": "Yoga",
            "menstrual_status": "regular",
            "skincare_habit": "often",
        }
        answers = (
            self.env[QUESTIONNAIRE]
            .with_user(self.user_beautician_a)
            .create({"dossier_id": self.file_a.id, **full})
        )
        self.assertEqual(self.file_a.completeness_lifestyle, 100)
        answers.write({"diet": False})
        self.assertEqual(self.file_a.completeness_lifestyle, round(10 / 11 * 100))
        self.env.flush_all()
        complete = self.env["beauty.dossier"].search(
            [("completeness_lifestyle", ">", 80)]
        )
        self.assertIn(self.file_a, complete, "stored: searchable")
        self.assertNotIn(self.file_c, complete)

    # the printed file, the customer's export, the destruction -------------

    def _html(self, user, dossier):
        html, _type = (
            self.env["ir.actions.report"]
            .with_user(user)
            ._render_qweb_html("beauty_dossier.report_beauty_dossier", dossier.ids)
        )
        return html.decode()

    def test_report_prints_the_latest_answers_for_allowed_users(self):
        html = self._html(self.user_beautician_a, self.file_a)
        self.assertIn(LATEST_ANSWER, html)
        self.assertNotIn(OLD_ANSWER, html, "the latest answers only")
        self.assertIn("Lifestyle", html)
        log = self._logs(self.latest_a, self.user_beautician_a, "report")
        self.assertEqual(len(log), 1)
        self.assertIn(LATEST_ANSWER, self._html(self.user_archivist, self.file_a))
        for user in (self.user_reception, self.user_doctor):
            html = self._html(user, self.file_a)
            self.assertIn(self.file_a.name, html)
            self.assertNotIn(LATEST_ANSWER, html)
            self.assertNotIn(OLD_ANSWER, html)
            self.assertFalse(self._logs(self.latest_a, user))

    def test_subject_export_holds_every_questionnaire(self):
        dossier = self.file_a.with_user(self.user_archivist)
        _name, content = dossier.with_context(
            force_report_rendering=True
        )._subject_export()
        archive = zipfile.ZipFile(io.BytesIO(content))
        document = json.loads(archive.read(f"{self.file_a.name}.json"))
        answers = document["lifestyle_questionnaires"]
        self.assertEqual(
            [row["Exercise"] for row in answers], [LATEST_ANSWER, OLD_ANSWER]
        )
        self.assertEqual(answers[1]["Smoking"], "Yes")
        self.assertEqual(
            len(
                self._logs(self.latest_a | self.older_a, self.user_archivist, "export")
            ),
            2,
        )

    def test_destroying_the_medical_data_destroys_the_answers(self):
        request = (
            self.env["beauty.destruction.request"]
            .with_user(self.user_archivist)
            .create(
                {
                    "dossier_id": self.file_a.id,
                    "reason": "The customer withdrew her sensitive-data consent.",
                    "legal_basis": "consent_withdrawn",
                    "destroy_medical": True,
                }
            )
        )
        request.action_submit()
        request.with_user(self.user_manager).action_approve()
        self.assertFalse((self.latest_a | self.older_a).exists())
        self.assertTrue(self.answers_b.exists(), "another customer's file")
        counts = {line.category: line.count for line in request.line_ids}
        # her medical record and her two questionnaires
        self.assertEqual(counts, {"medical": 3})
        self.assertFalse(self.file_a.lifestyle_id)
        self.assertEqual(self.file_a.completeness_lifestyle, 0)

    def test_destroying_the_skin_assessments_keeps_the_answers(self):
        request = (
            self.env["beauty.destruction.request"]
            .with_user(self.user_archivist)
            .create(
                {
                    "dossier_id": self.file_a.id,
                    "reason": "Asked by the customer.",
                    "legal_basis": "customer_request",
                    "destroy_assessments": True,
                }
            )
        )
        request.action_submit()
        request.with_user(self.user_manager).action_approve()
        self.assertTrue((self.latest_a | self.older_a).exists())

    # the migration of the dossier's columns --------------------------------

    def test_migration_moves_the_dossier_answers(self):
        """Run the 1.1 pre- and post-migration on the dossier table as 1.0 left
        it (its lifestyle columns are added back in this transaction)."""
        cr = self.env.cr
        self.env.flush_all()
        cr.execute(
            """
            ALTER TABLE beauty_dossier
                ADD COLUMN sleep_quality varchar,
                ADD COLUMN smoking varchar,
                ADD COLUMN exercise varchar,
                ADD COLUMN menstrual_status varchar
            """
        )
        cr.execute(
            """
            UPDATE beauty_dossier
               SET sleep_quality = 'good', smoking = 'no', exercise = 'Tai chi',
                   write_date = '2025-03-04 10:00:00', write_uid = %s
             WHERE id = %s
            """,
            [self.user_beautician_b.id, self.file_c.id],
        )
        # a file without any answer (empty strings count as none)
        cr.execute(
            "UPDATE beauty_dossier SET exercise = '' WHERE id = %s", [self.file_b.id]
        )
        pre, post = _migration("pre-migrate"), _migration("post-migrate")
        pre.migrate(cr, "18.0.1.0.0")
        cr.execute(SQL("SELECT dossier_id FROM %s", SQL.identifier(pre.TABLE)))
        self.assertEqual([row[0] for row in cr.fetchall()], self.file_c.ids)
        self.assertEqual(pre.keep_answers(cr), 0, "kept once")
        post.migrate(cr, "18.0.1.0.0")
        self.env.invalidate_all()
        answers = self.file_c.lifestyle_questionnaire_ids
        self.assertEqual(len(answers), 1)
        self.assertEqual(answers.date, fields.Date.to_date("2025-03-04"))
        self.assertEqual(answers.recorded_by_id, self.user_beautician_b)
        self.assertEqual(
            (answers.sleep_quality, answers.smoking, answers.exercise),
            ("good", "no", "Tai chi"),
        )
        self.assertFalse(answers.menstrual_status)
        self.assertEqual(answers.partner_id, self.file_c.partner_id)
        self.assertEqual(answers.company_id, self.file_c.company_id)
        self.assertEqual(answers.answered_count, 3)
        self.assertEqual(self.file_c.lifestyle_id, answers)
        self.assertEqual(self.file_c.completeness_lifestyle, round(3 / 11 * 100))
        self.assertEqual(self.file_b.lifestyle_id, self.answers_b, "untouched")
        self.assertEqual(len(self.file_b.lifestyle_questionnaire_ids), 1)
        # the beautician of the file reads what was moved, and it is logged
        self.assertEqual(answers.with_user(self.user_beautician_b).exercise, "Tai chi")
        cr.execute("SELECT 1 FROM pg_tables WHERE tablename = %s", [post.TABLE])
        self.assertFalse(cr.fetchall(), "the kept answers are dropped")
        # run again: nothing more
        post.migrate(cr, "18.0.1.0.0")
        self.assertEqual(len(self.file_c.lifestyle_questionnaire_ids), 1)


@tagged("post_install", "-at_install")
class TestBeautyLifestyleRpc(BeautyLifestyleCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_lifestyle()

    def _call_kw(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def _assert_refused(self, model, method, args, kwargs=None):
        with (
            mute_logger("odoo.http"),
            self.assertRaisesRegex(Exception, "AccessError|not allowed"),
        ):
            self._call_kw(model, method, args, kwargs)

    def test_rpc_front_desk_reaches_no_answer(self):
        self.authenticate("test_reception", "test_reception")
        ids = (self.latest_a | self.older_a).ids
        self._assert_refused(
            QUESTIONNAIRE, "search_read", [[]], {"fields": ["smoking"]}
        )
        self._assert_refused(QUESTIONNAIRE, "read", [ids, ["exercise"]])
        self._assert_refused(
            QUESTIONNAIRE, "web_read", [ids], {"specification": {"exercise": {}}}
        )
        self._assert_refused(
            QUESTIONNAIRE, "read_group", [[], ["smoking"], ["smoking"]]
        )
        self._assert_refused(QUESTIONNAIRE, "export_data", [ids, ["exercise"]])
        dossier = "beauty.dossier"
        self._assert_refused(
            dossier,
            "web_read",
            [self.file_a.ids],
            {
                "specification": {
                    "lifestyle_questionnaire_ids": {"fields": {"exercise": {}}}
                }
            },
        )
        self._assert_refused(
            dossier,
            "web_read",
            [self.file_a.ids],
            {"specification": {"lifestyle_id": {"fields": {"smoking": {}}}}},
        )
        self._assert_refused(
            dossier, "read_group", [[], ["lifestyle_id"], ["lifestyle_id"]]
        )
        self._assert_refused(
            dossier,
            "search_read",
            [[("lifestyle_id.smoking", "=", "no")]],
            {"fields": ["name"]},
        )
        self._assert_refused(
            dossier, "export_data", [self.file_a.ids, ["lifestyle_id/exercise"]]
        )
        # the file itself opens for her
        rows = self._call_kw(
            dossier,
            "web_read",
            [self.file_a.ids],
            {"specification": {"name": {}, "completeness": {}}},
        )
        self.assertEqual(rows[0]["name"], self.file_a.name)
        self.assertFalse(self._logs(self.latest_a | self.older_a, self.user_reception))

    def test_rpc_beautician_reads_her_customer_and_is_logged(self):
        self.authenticate("test_beautician_a", "test_beautician_a")
        rows = self._call_kw(
            "beauty.dossier",
            "web_read",
            [self.file_a.ids],
            {
                "specification": {
                    "lifestyle_questionnaire_ids": {
                        "fields": {"date": {}, "exercise": {}}
                    }
                }
            },
        )
        answers = rows[0]["lifestyle_questionnaire_ids"]
        self.assertEqual(
            [row["exercise"] for row in answers], [LATEST_ANSWER, OLD_ANSWER]
        )
        self.assertEqual(
            len(self._logs(self.latest_a | self.older_a, self.user_beautician_a)), 2
        )
        self._assert_refused(QUESTIONNAIRE, "read", [self.answers_b.ids, ["exercise"]])
        rows = self._call_kw(
            QUESTIONNAIRE, "search_read", [[]], {"fields": ["exercise"]}
        )
        self.assertNotIn(OTHER_ANSWER, json.dumps(rows))

    def test_rpc_recording_without_consent_is_refused(self):
        consent = self.file_a.consent_ids.filtered(
            lambda c: c.kind == "sensitive_data" and c.state == "signed"
        )
        consent.action_revoke()
        self.authenticate("test_beautician_a", "test_beautician_a")
        for method, args in (
            ("create", [[{"dossier_id": self.file_a.id, "smoking": "yes"}]]),
            ("write", [self.latest_a.ids, {"smoking": "yes"}]),
        ):
            with (
                mute_logger("odoo.http"),
                self.assertRaisesRegex(Exception, "UserError"),
            ):
                self._call_kw(QUESTIONNAIRE, method, args)
        self.latest_a.invalidate_recordset()
        self.assertEqual(self.latest_a.smoking, "no")
