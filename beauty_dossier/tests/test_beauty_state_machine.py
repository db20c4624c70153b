# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The workflows of the archive: one state machine (beauty.state.machine.mixin)."""

import io
import json
import zipfile
from datetime import date, datetime, timedelta
from unittest.mock import patch

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, TransactionCase, tagged
from odoo.tools import mute_logger

from odoo.addons.mail.tests.common import mail_new_test_user

from .common import PNG, BeautyDossierCommon

MEDICAL = "beauty_dossier.group_beauty_medical"


class BeautyStateMachineCommon(BeautyDossierCommon):
    @classmethod
    def _setup_workflow_records(cls):
        cls._setup_beauty_users()
        cls.manager_2 = mail_new_test_user(
            cls.env,
            login="test_store_manager_2",
            name="Second Store Manager",
            groups="base.group_user,beauty_dossier.group_beauty_manager",
        )
        cls.dossier = cls.env["beauty.dossier"].create(
            {"partner_id": cls.customer.id, "responsible_id": cls.user_beautician_a.id}
        )
        cls.eyelid = cls.env["product.product"].create(
            {"name": "Eyelid", "type": "service"}
        )
        cls.facial = cls.env["product.product"].create(
            {"name": "Facial", "type": "service"}
        )
        cls.consents = cls._sign_consents(cls.dossier, procedure=cls.eyelid)
        cls.treatment = cls.env["beauty.treatment"].create(
            {"dossier_id": cls.dossier.id, "service_product_id": cls.facial.id}
        )
        cls.procedure = cls.env["beauty.procedure"].create(
            {
                "dossier_id": cls.dossier.id,
                "procedure_product_id": cls.eyelid.id,
                "doctor_id": cls.user_doctor.id,
                "date": datetime(2027, 3, 1, 10, 0),
            }
        )
        cls.template = cls.env.ref("beauty_dossier.consent_template_personal_data")

    def _draft_consent(self):
        return self.env["beauty.consent"].create(
            {
                "dossier_id": self.dossier.id,
                "template_id": self.template.id,
                "signature": PNG,
            }
        )

    def _request(self, **vals):
        return (
            self.env["beauty.destruction.request"]
            .with_user(self.user_archivist)
            .create(
                {
                    "dossier_id": self.dossier.id,
                    "reason": "The customer asked for it.",
                    "legal_basis": "customer_request",
                    "destroy_photos": True,
                    **vals,
                }
            )
        )


@tagged("post_install", "-at_install")
class TestBeautyStateMachine(BeautyStateMachineCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_workflow_records()

    def _move(self, records, user, new_state, allowed):
        """Move ``records`` to ``new_state`` as ``user``; check it is refused
        with an AccessError, or done."""
        records = records.with_user(user)
        if not allowed:
            with self.assertRaises(AccessError), self.env.cr.savepoint():
                records._state_transition(new_state)
            return
        records._state_transition(new_state)
        self.assertEqual(set(records.mapped("state")), {new_state})

    def test_dossier_transitions_per_group(self):
        self._move(self.dossier, self.user_employee, "to_review", False)
        self._move(self.dossier, self.user_doctor, "to_review", False)
        self._move(self.dossier, self.user_beautician_a, "to_review", True)
        self._move(self.dossier, self.user_beautician_a, "draft", False)
        self._move(self.dossier, self.user_archivist, "draft", True)
        self._move(self.dossier, self.user_reception, "to_review", True)
        self._move(self.dossier, self.user_reception, "active", False)
        self._move(self.dossier, self.user_beautician_a, "active", False)
        self._move(self.dossier, self.user_archivist, "active", True)
        self.assertEqual(self.dossier.reviewed_by_id, self.user_archivist)
        self._move(self.dossier, self.user_reception, "archived", False)
        self._move(self.dossier, self.user_archivist, "archived", True)

    def test_treatment_transitions_per_group(self):
        self._move(self.treatment, self.user_reception, "done", False)
        self._move(self.treatment, self.user_beautician_b, "done", False)
        self._move(self.treatment, self.user_archivist, "done", False)
        self._move(self.treatment, self.user_beautician_a, "done", True)
        self._move(self.treatment, self.user_reception, "amended", False)
        self._move(self.treatment, self.user_beautician_a, "amended", True)
        self.assertEqual(self.treatment.amended_by_id.amendment_of_id, self.treatment)
        self.assertEqual(self.treatment.amended_by_id.state, "draft")

    def test_consent_transitions_per_group(self):
        consent = self._draft_consent()
        self._move(consent, self.user_beautician_a, "signed", False)
        self._move(consent, self.user_doctor, "signed", False)
        self._move(consent, self.user_reception, "signed", True)
        self.assertTrue(consent.signed_on)
        self.assertEqual(consent.version, self.template.version)
        self._move(consent, self.user_archivist, "revoked", True)
        self.assertTrue(consent.revoked_on)
        other = self.consents.filtered(lambda c: c.kind == "photos")
        self._move(other, self.user_beautician_a, "revoked", False)
        self._move(other, self.user_manager, "revoked", True)

    def test_procedure_transitions_per_group(self):
        """The procedure's workflow is no longer the view's only."""
        for user in (self.user_beautician_a, self.user_reception, self.user_archivist):
            self._move(self.procedure, user, "scheduled", False)
        self._move(self.procedure, self.user_doctor, "scheduled", True)
        self._move(self.procedure, self.user_beautician_a, "done", False)
        self._move(self.procedure, self.user_doctor, "done", True)
        self.assertEqual(len(self.procedure.followup_ids), 4)
        self._move(self.procedure, self.user_archivist, "closed", False)
        self._move(self.procedure, self.user_doctor, "closed", True)
        consultation = self.procedure.copy({"date": False})
        self._move(consultation, self.user_doctor, "closed", True)

    def test_destruction_request_transitions_per_group(self):
        request = self._request()
        for user in (self.user_beautician_a, self.user_reception, self.user_doctor):
            self._move(request, user, "submitted", False)
        self._move(request, self.user_archivist, "submitted", True)
        self.assertTrue(request.requested_on)
        for user in (self.user_archivist, self.user_beautician_a):
            self._move(request, user, "refused", False)
            self._move(request, user, "done", False)
        self._move(request, self.user_manager, "refused", True)
        self.assertEqual(request.approved_by_id, self.user_manager)
        second = self._request()
        second.action_submit()
        self._move(second, self.user_manager, "done", True)
        self.assertEqual(second.line_ids.category, "photos")

    def test_undeclared_transitions_are_refused_even_as_superuser(self):
        cases = [
            (self.dossier, "active"),
            (self.dossier, "draft"),
            (self.procedure, "consultation"),
            (self.treatment, "amended"),
            (self.consents[:1], "draft"),
            (self._request(), "done"),
        ]
        for record, new_state in cases:
            for env_record in (record.with_user(self.user_manager), record.sudo()):
                with (
                    self.assertRaisesRegex(UserError, "cannot go from"),
                    self.env.cr.savepoint(),
                ):
                    env_record._state_transition(new_state)
        self.treatment.with_user(self.user_beautician_a).action_done()
        with self.assertRaisesRegex(UserError, "cannot go from"):
            self.treatment.sudo()._state_transition("draft")
        self.assertEqual(self.treatment.state, "done")

    def test_workflow_fields_are_written_by_the_workflow_only(self):
        """No user writes a state or what entering it records; the superuser
        does (data files, migrations), with the side effects of the state."""
        cases = [
            (self.dossier, self.user_archivist, {"state": "active"}),
            (self.dossier, self.user_archivist, {"reviewed_on": "2020-01-01"}),
            (self.treatment, self.user_beautician_a, {"state": "done"}),
            (self.treatment, self.user_manager, {"pos_order_line_id": False}),
            (self.procedure, self.user_doctor, {"state": "done"}),
            (self.consents[:1], self.user_reception, {"state": "revoked"}),
            (self._request(), self.user_manager, {"state": "done"}),
        ]
        for record, user, vals in cases:
            with self.assertRaisesRegex(UserError, "buttons"), self.env.cr.savepoint():
                record.with_user(user).write(vals)
        self.procedure.sudo().write({"state": "done"})
        self.assertEqual(len(self.procedure.followup_ids), 4, "entering done plans")

    def test_an_inheriting_model_extends_the_workflow(self):
        """Another addon adds a transition and a side effect with _inherit and
        super(): here the class of the model is patched as its override would."""
        Procedure = type(self.env["beauty.procedure"])
        transitions = Procedure._state_transitions
        on_enter = Procedure._on_enter_state
        entered = []

        def _state_transitions(self):
            return {**transitions(self), ("closed", "consultation"): (MEDICAL,)}

        def _on_enter_state(self, new_state):
            on_enter(self, new_state)
            entered.append((self.id, new_state))

        self.procedure.with_user(self.user_doctor).action_close()
        with self.assertRaisesRegex(UserError, "cannot go from"):
            self.procedure.with_user(self.user_doctor)._state_transition("consultation")
        with (
            patch.object(Procedure, "_state_transitions", _state_transitions),
            patch.object(Procedure, "_on_enter_state", _on_enter_state),
        ):
            with self.assertRaises(AccessError), self.env.cr.savepoint():
                self.procedure.with_user(self.user_reception)._state_transition(
                    "consultation"
                )
            self.procedure.with_user(self.user_doctor)._state_transition("consultation")
        self.assertEqual(self.procedure.state, "consultation")
        self.assertEqual(entered, [(self.procedure.id, "consultation")])

    def test_file_records_deleted_by_an_approved_request_only(self):
        photo = self.env["beauty.photo"].create(
            {"dossier_id": self.dossier.id, "image_1920": PNG}
        )
        with self.assertRaisesRegex(UserError, "never deleted"):
            photo.sudo().unlink()
        request = self._request()
        request.action_submit()
        with self.assertRaisesRegex(UserError, "never deleted"):
            photo.sudo().unlink()
        request.with_user(self.user_manager).action_approve()
        self.assertFalse(photo.exists())
        # the approval is over: the photos taken since are kept again
        later = self.env["beauty.photo"].create(
            {"dossier_id": self.dossier.id, "image_1920": PNG}
        )
        with self.assertRaisesRegex(UserError, "never deleted"):
            later.sudo().unlink()
        with self.assertRaisesRegex(UserError, "approval only"):
            self.env["beauty.destruction.line"].sudo().create(
                {"request_id": request.id, "category": "photos", "count": 0}
            )

    def test_destruction_of_amended_treatments_keeps_the_photos(self):
        """Without raw SQL: the amendment chain and the photos' links go with
        the treatments."""
        treatment = self.treatment.with_user(self.user_beautician_a)
        treatment.action_done()
        amendment = self.env["beauty.treatment"].browse(
            treatment.action_amend()["res_id"]
        )
        photo = self.env["beauty.photo"].create(
            {
                "dossier_id": self.dossier.id,
                "image_1920": PNG,
                "treatment_id": amendment.id,
            }
        )
        request = self._request(destroy_photos=False, destroy_treatments=True)
        request.action_submit()
        request.with_user(self.user_manager).action_approve()
        self.assertFalse((self.treatment | amendment).exists())
        self.assertTrue(photo.exists())
        self.assertFalse(photo.treatment_id)
        self.assertEqual(request.line_ids.count, 2)

    def test_full_destruction_closes_a_draft_file(self):
        self.procedure.date = fields.Datetime.now() - timedelta(days=365 * 16)
        request = self._request(
            full_destruction=True,
            destroy_medical=True,
            destroy_procedures=True,
            destroy_assessments=True,
            destroy_treatments=True,
        )
        request.action_submit()
        self.assertEqual(self.dossier.state, "draft")
        request.with_user(self.user_manager).action_approve()
        self.assertEqual(self.dossier.state, "archived")
        self.assertFalse(self.dossier.active)

    # point 7: the review workflow -------------------------------------------

    def test_incomplete_file_is_submitted_with_a_warning(self):
        action = self.dossier.with_user(self.user_beautician_a).action_submit_review()
        self.assertEqual(action["tag"], "display_notification")
        self.assertEqual(action["params"]["type"], "warning")
        self.assertIn(f"{self.dossier.completeness} %", action["params"]["message"])
        self.assertIn("lifestyle", action["params"]["message"])
        review = self.dossier.activity_ids.filtered(
            lambda a: a.activity_type_id
            == self.env.ref("beauty_dossier.mail_act_dossier_review")
        )
        self.assertIn("lifestyle", review.note)

    def test_minimum_completeness_to_submit(self):
        self.env["ir.config_parameter"].set_param(
            "beauty_dossier.review_min_completeness", "80"
        )
        with self.assertRaisesRegex(UserError, "from 80 %"):
            self.dossier.with_user(self.user_beautician_a).action_submit_review()
        self.assertEqual(self.dossier.state, "draft")

    def test_review_task_goes_to_an_archive_manager_of_the_store(self):
        other_company = self.env["res.company"].create({"name": "Other Salon"})
        mail_new_test_user(
            self.env,
            login="test_archivist_other",
            groups="base.group_user,beauty_dossier.group_beauty_archivist",
            company_id=other_company.id,
            company_ids=[(6, 0, other_company.ids)],
        )
        self.dossier.with_user(self.user_beautician_a).action_submit_review()
        review = self.dossier.activity_ids.filtered(
            lambda a: a.activity_type_id
            == self.env.ref("beauty_dossier.mail_act_dossier_review")
        )
        admin = self.env.ref("base.user_admin")
        self.assertTrue(admin.has_group("beauty_dossier.group_beauty_archivist"))
        self.assertEqual(review.user_id, self.dossier._reviewer())
        self.assertNotEqual(review.user_id, admin)
        self.assertTrue(
            review.user_id.has_group("beauty_dossier.group_beauty_archivist")
        )
        self.assertIn(self.dossier.company_id, review.user_id.company_ids)
        self.assertNotEqual(review.user_id.login, "test_archivist_other")
        self.assertNotEqual(review.user_id, self.dossier.responsible_id)
        # the store's first store manager by id, administrators aside
        eligible = (
            self.env["res.users"]
            .search(
                [
                    (
                        "groups_id",
                        "in",
                        self.env.ref("beauty_dossier.group_beauty_archivist").ids,
                    ),
                    ("company_id", "=", self.dossier.company_id.id),
                    ("share", "=", False),
                    ("id", "!=", self.dossier.responsible_id.id),
                ],
                order="id",
            )
            .filtered(lambda u: not u.has_group("base.group_system"))
            .sorted(lambda u: not u.has_group("beauty_dossier.group_beauty_manager"))
        )
        self.assertEqual(review.user_id, eligible[0], "always the same one")

    def test_approval_closes_the_completion_activity(self):
        completion = self.env.ref("beauty_dossier.mail_act_dossier_completion")
        self.assertIn(completion, self.dossier.activity_ids.activity_type_id)
        self.dossier.with_user(self.user_beautician_a).action_submit_review()
        self.dossier.with_user(self.user_archivist).action_approve()
        self.assertNotIn(completion, self.dossier.activity_ids.activity_type_id)

    def test_recorded_followup_closes_its_activity(self):
        procedure = self.procedure.with_user(self.user_doctor)
        procedure.action_operated()
        activities = procedure.activity_ids
        self.assertEqual(
            activities.mapped("summary"),
            [
                "Follow-up D+1",
                "Follow-up Week 1",
                "Follow-up Month 1",
                "Follow-up Month 3",
            ],
        )
        first = procedure.followup_ids[0]
        first.write({"visit_date": date(2027, 3, 2), "recovery": "good"})
        self.assertFalse(first.activity_id)
        self.assertEqual(
            procedure.activity_ids.mapped("summary"),
            ["Follow-up Week 1", "Follow-up Month 1", "Follow-up Month 3"],
        )
        done = self.env["mail.message"].search(
            [
                ("model", "=", "beauty.procedure"),
                ("res_id", "=", procedure.id),
                ("mail_activity_type_id", "!=", False),
            ]
        )
        self.assertIn("Follow-up D+1", " ".join(done.mapped("body")))

    def test_revoking_a_consent_reloads_the_file(self):
        consent = self.consents.filtered(lambda c: c.kind == "sensitive_data")
        action = consent.with_user(self.user_reception).action_revoke()
        self.assertEqual(action, {"type": "ir.actions.client", "tag": "soft_reload"})

    # point 16: revoked consents stored as keys, shown in the reader's language

    def test_revoked_consents_are_stored_as_keys(self):
        procedure_consent = self.consents.filtered(lambda c: c.kind == "procedure")
        procedure_consent.with_user(self.user_reception).action_revoke()
        self.assertEqual(
            self.dossier.revoked_consent_keys, f"procedure:{self.eyelid.id}"
        )
        self.assertIn("Eyelid", self.dossier.revoked_consent_kinds)
        Dossier = type(self.env["beauty.dossier"])
        self.assertTrue(Dossier.revoked_consent_kinds.store is False)
        # the product of a revoked consent changes: the stored keys follow
        self.env.cr.execute(
            "UPDATE beauty_consent SET procedure_product_id = %s WHERE id = %s",
            [self.facial.id, procedure_consent.id],
        )
        procedure_consent.invalidate_recordset(["procedure_product_id"])
        procedure_consent.modified(["procedure_product_id"])
        self.assertEqual(
            self.dossier.revoked_consent_keys, f"procedure:{self.facial.id}"
        )
        # the label follows the reader's language, not the one who revoked
        labels = {"procedure": "手术同意书"}
        field = type(self.env["beauty.consent"])._fields["kind"]
        describe = type(field)._description_selection
        with patch.object(
            type(field),
            "_description_selection",
            lambda self_, env: [(k, labels.get(k, v)) for k, v in describe(self_, env)],
        ):
            self.dossier.invalidate_recordset(["revoked_consent_kinds"])
            self.assertIn("手术同意书", self.dossier.revoked_consent_kinds)

    # point 16: the data-subject export, one part per model --------------------

    def test_each_model_contributes_its_part_of_the_export(self):
        self.env["beauty.important.date"].create(
            {"dossier_id": self.dossier.id, "name": "Wedding", "date": "2016-05-20"}
        )
        Assessment = type(self.env["beauty.skin.assessment"])
        export = Assessment._beauty_export_data

        def _beauty_export_data(self):
            values, files = export(self)
            for record_values in values:
                record_values["extended"] = True
            return values, {**files, "extra/readme.txt": b"added by an addon"}

        self.env["beauty.skin.assessment"].create(
            {"dossier_id": self.dossier.id, "skin_type": "dry"}
        )
        dossier = self.dossier.with_user(self.user_archivist)
        with patch.object(Assessment, "_beauty_export_data", _beauty_export_data):
            _name, content = dossier.with_context(
                force_report_rendering=True
            )._subject_export()
        archive = zipfile.ZipFile(io.BytesIO(content))
        document = json.loads(archive.read(f"{self.dossier.name}.json"))
        self.assertTrue(document["skin_assessments"][0]["extended"])
        self.assertEqual(archive.read("extra/readme.txt"), b"added by an addon")
        self.assertEqual(document["important_dates"][0]["Occasion"], "Wedding")
        self.assertEqual(document["treatments"][0]["Service"], "Facial")
        self.assertLessEqual(
            {
                "consents",
                "skin_assessments",
                "lifestyle_questionnaires",
                "medical_records",
                "treatments",
                "procedures",
                "photos",
                "important_dates",
            },
            set(document),
        )


@tagged("post_install", "-at_install")
class TestBeautyStateMachineRpc(BeautyStateMachineCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_workflow_records()

    def _call(self, login, model, method, records, *args):
        self.authenticate(login, login)
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": method,
                "args": [records.ids, *args],
                "kwargs": {},
            },
        )

    def _refused(self, login, model, method, records, *args, error="AccessError"):
        with mute_logger("odoo.http"), self.assertRaisesRegex(Exception, error):
            self._call(login, model, method, records, *args)

    def test_rpc_transitions_per_group(self):
        cases = [
            # (model, record, method, refused login, allowed login, new state)
            ("beauty.dossier", self.dossier, "action_submit_review",
             "test_doctor", "test_beautician_a", "to_review"),
            ("beauty.dossier", self.dossier, "action_approve",
             "test_beautician_a", "test_archivist", "active"),
            ("beauty.dossier", self.dossier, "action_close",
             "test_reception", "test_archivist", "archived"),
            ("beauty.treatment", self.treatment, "action_done",
             "test_reception", "test_beautician_a", "done"),
            ("beauty.treatment", self.treatment, "action_amend",
             "test_beautician_b", "test_beautician_a", "amended"),
            ("beauty.procedure", self.procedure, "action_schedule",
             "test_beautician_a", "test_doctor", "scheduled"),
            ("beauty.procedure", self.procedure, "action_operated",
             "test_archivist", "test_doctor", "done"),
            ("beauty.procedure", self.procedure, "action_close",
             "test_reception", "test_doctor", "closed"),
            ("beauty.consent", self.consents[:1], "action_revoke",
             "test_doctor", "test_reception", "revoked"),
        ]  # fmt: skip
        for model, record, method, refused, allowed, new_state in cases:
            self._refused(refused, model, method, record)
            self._call(allowed, model, method, record)
            record.invalidate_recordset()
            self.assertEqual(record.state, new_state, f"{model}.{method}")

    def test_rpc_destruction_transitions_per_group(self):
        request = self._request()
        model = "beauty.destruction.request"
        self._refused("test_beautician_a", model, "action_submit", request)
        self._call("test_archivist", model, "action_submit", request)
        self._refused("test_archivist", model, "action_approve", request)
        self._refused("test_reception", model, "action_refuse", request)
        self._call("test_store_manager", model, "action_approve", request)
        request.invalidate_recordset()
        self.assertEqual(request.state, "done")
        self.assertEqual(request.approved_by_id, self.user_manager)

    def test_rpc_writes_no_state_nor_what_a_state_records(self):
        consent = self._draft_consent()
        cases = [
            ("test_archivist", "beauty.dossier", self.dossier, {"state": "active"}),
            ("test_beautician_a", "beauty.treatment", self.treatment, {"state": "x"}),
            ("test_doctor", "beauty.procedure", self.procedure, {"state": "done"}),
            ("test_reception", "beauty.consent", consent, {"state": "signed"}),
            ("test_reception", "beauty.consent", consent, {"version": "9"}),
        ]  # fmt: skip
        for login, model, record, vals in cases:
            self._refused(login, model, "write", record, vals, error="UserError")
        self.assertEqual(self.procedure.state, "consultation")
        self.assertFalse(self.procedure.followup_ids)
        self.assertEqual(consent.state, "draft")
