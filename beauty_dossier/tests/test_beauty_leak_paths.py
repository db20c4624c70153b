# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Leak paths of a stock Odoo 18, closed one by one for the customer archive.

Each test is named after the path it closes and runs as the low-privilege user
who would use it (a POS cashier, the front desk, another beautician, the
manager of another store); where meaningful it also checks that the same call
works for the authorised role, so that it proves the rule and not a broken setup.
"""

import base64
import io
import json

from PIL import Image
from psycopg2 import IntegrityError

from odoo import http
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, TransactionCase, tagged
from odoo.tools import mute_logger

from odoo.addons.mail.tests.common import mail_new_test_user

from .common import BeautyDossierCommon

# Markers of sensitive content: none may ever reach an unauthorised user.
DISEASE_A = "LEAKDISEASEHEPATITIS"
ALLERGY_A = "LEAKALLERGYPEANUT"
DISEASE_B = "LEAKDISEASEDIABETES"
SKIN_B = "LEAKSKINCAUSEB"
NOTE_B = "LEAKTREATMENTNOTEB"
OPERATION_B = "LEAKOPERATIONNOTEB"
MESSAGE_B = "LEAKMESSAGEBODYB"
ATTACHMENT_B = b"LEAKATTACHMENTCONTENTB"
LIFESTYLE_B = "LEAKLIFESTYLEEXERCISEB"
SENSITIVE = (
    DISEASE_A,
    ALLERGY_A,
    DISEASE_B,
    SKIN_B,
    NOTE_B,
    OPERATION_B,
    MESSAGE_B,
    LIFESTYLE_B,
)

# Related fields allowed to cross a stricter model, with the reason.
RELATED_CROSSING_ALLOWED = {
    # the reference of the POS order that paid a treatment, not its content
    ("beauty.treatment", "pos_order_id"),
}
# The only archive fields of a partner that every internal user may read.
PARTNER_PUBLIC_FIELDS = {"beauty_archive_number", "beauty_safety_alert", "beauty_tier"}
FILE_MODELS = (
    "beauty.dossier",
    "beauty.medical.record",
    "beauty.skin.assessment",
    "beauty.lifestyle.questionnaire",
    "beauty.treatment",
    "beauty.photo",
    "beauty.procedure",
    "beauty.consent",
)


def _png(color):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), color).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue())


class BeautyLeakCommon(BeautyDossierCommon):
    @classmethod
    def _setup_leak_files(cls):
        cls._setup_beauty_users()
        cls.user_cashier = mail_new_test_user(
            cls.env,
            login="test_leak_cashier",
            name="Test Leak Cashier",
            groups="base.group_user,point_of_sale.group_pos_user,"
            "base.group_allow_export",
            notification_type="inbox",
        )
        (cls.user_beautician_a | cls.user_beautician_b).notification_type = "inbox"
        # the worst case: users allowed to export
        cls.user_beautician_a.groups_id += cls.env.ref("base.group_allow_export")
        Dossier = cls.env["beauty.dossier"]
        cls.file_a = Dossier.create(
            {"partner_id": cls.customer.id, "responsible_id": cls.user_beautician_a.id}
        )
        cls.file_b = Dossier.create(
            {
                "partner_id": cls.customer_2.id,
                "responsible_id": cls.user_beautician_b.id,
            }
        )
        cls._sign_consents(cls.file_a | cls.file_b)
        cls.medical_a = cls.env["beauty.medical.record"].create(
            {
                "dossier_id": cls.file_a.id,
                "diseases": DISEASE_A,
                "allergy_notes": ALLERGY_A,
                "allergen_ids": [
                    (4, cls.env.ref("beauty_dossier.allergen_fragrance").id)
                ],
            }
        )
        cls.medical_b = cls.env["beauty.medical.record"].create(
            {
                "dossier_id": cls.file_b.id,
                "diseases": DISEASE_B,
                "allergen_ids": [
                    (4, cls.env.ref("beauty_dossier.allergen_alcohol").id)
                ],
            }
        )
        cls.assessment_b = cls.env["beauty.skin.assessment"].create(
            {"dossier_id": cls.file_b.id, "skin_type": "dry", "causes": SKIN_B}
        )
        cls.lifestyle_b = cls.env["beauty.lifestyle.questionnaire"].create(
            {"dossier_id": cls.file_b.id, "smoking": "yes", "exercise": LIFESTYLE_B}
        )
        cls.service = cls.env["product.product"].create(
            {"name": "Leak Facial", "type": "service"}
        )
        cls.treatment_a = cls.env["beauty.treatment"].create(
            {"dossier_id": cls.file_a.id, "service_product_id": cls.service.id}
        )
        cls.treatment_b = cls.env["beauty.treatment"].create(
            {
                "dossier_id": cls.file_b.id,
                "service_product_id": cls.service.id,
                "performed_by_id": cls.user_beautician_b.id,
                "notes": NOTE_B,
            }
        )
        cls.photo_b = cls.env["beauty.photo"].create(
            {"dossier_id": cls.file_b.id, "image_1920": _png("red")}
        )
        cls._sign_consents(cls.file_b, kinds=(), procedure=cls.service)
        cls.procedure_b = cls.env["beauty.procedure"].create(
            {
                "dossier_id": cls.file_b.id,
                "procedure_product_id": cls.service.id,
                "operation_notes": OPERATION_B,
            }
        )
        cls.template = cls.env["beauty.consent.template"].search(
            [("kind", "=", "personal_data")], limit=1
        )
        cls.consent_a = cls.env["beauty.consent"].create(
            {
                "dossier_id": cls.file_a.id,
                "template_id": cls.template.id,
                "signature": _png("blue"),
            }
        )
        cls.consent_a.action_sign()
        cls.consent_b = cls.env["beauty.consent"].create(
            {
                "dossier_id": cls.file_b.id,
                "template_id": cls.template.id,
                "signature": _png("blue"),
            }
        )
        # store B, with its own manager and customer
        cls.company_b = cls.env["res.company"].create({"name": "Leak Store B"})
        cls.user_manager_b = mail_new_test_user(
            cls.env,
            login="test_leak_manager_b",
            name="Test Leak Manager B",
            groups="base.group_user,beauty_dossier.group_beauty_manager,"
            "base.group_allow_export",
            company_id=cls.company_b.id,
            company_ids=[(6, 0, cls.company_b.ids)],
        )
        cls.customer_store_b = cls.env["res.partner"].create(
            {"name": "Store B Customer"}
        )
        cls.file_store_b = Dossier.with_company(cls.company_b).create(
            {"partner_id": cls.customer_store_b.id, "company_id": cls.company_b.id}
        )
        cls._sign_consents(cls.file_store_b, kinds=("sensitive_data",))
        cls.env["beauty.medical.record"].with_company(cls.company_b).create(
            {"dossier_id": cls.file_store_b.id, "diseases": "Store B only"}
        )

    @classmethod
    def _post_on_medical_b(cls, notified):
        """The doctor posts on customer B's medical record, notifying ``notified``
        (a mention), with an attachment."""
        message = cls.medical_b.with_user(cls.user_doctor).message_post(
            body=MESSAGE_B,
            partner_ids=notified.partner_id.ids,
            attachments=[("lab.txt", ATTACHMENT_B)],
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        return message

    def _store_a_records(self, model):
        return (
            self.env[model]
            .with_context(active_test=False)
            .search([("company_id", "=", self.env.company.id)])
        )


@tagged("post_install", "-at_install")
class TestBeautyLeakPathsOrm(BeautyLeakCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_leak_files()

    # 1. related fields, search oracles, read_group, order

    def _reader_groups(self, model):
        access = (
            self.env["ir.model.access"]
            .sudo()
            .search([("model_id.model", "=", model), ("perm_read", "=", True)])
        )
        return access.group_id, bool(access.filtered(lambda a: not a.group_id))

    def test_leak_related_field_reads_a_stricter_model_as_superuser(self):
        """A related field is computed as superuser: it must never carry a value
        of a model, or a field, its own readers may not read."""
        checked, crossings = 0, []
        models = [name for name in self.env.registry if name.startswith("beauty.")]
        for model_name in [*models, "res.partner"]:
            Model = self.env[model_name]
            if Model._abstract:
                continue
            readers, everyone = self._reader_groups(model_name)
            for fname, field in Model._fields.items():
                # the archive's own fields (mail's mixins are Odoo's business)
                if not field.related or field._module != "beauty_dossier":
                    continue
                checked += 1
                current = Model
                for step in field.related.split("."):
                    target = current._fields[step]
                    if target.groups and target.groups != field.groups:
                        crossings.append(f"{model_name}.{fname} -> groups {step}")
                    if not target.relational:
                        break
                    current = self.env[target.comodel_name]
                    comodel_readers, open_to_all = self._reader_groups(current._name)
                    if open_to_all or field.groups:
                        continue
                    blind = readers.filtered(
                        lambda g, cr=comodel_readers: not (g | g.trans_implied_ids) & cr
                    )
                    if (blind or everyone) and (
                        model_name,
                        fname,
                    ) not in RELATED_CROSSING_ALLOWED:
                        crossings.append(
                            f"{model_name}.{fname} -> {current._name} "
                            f"unreadable by {blind.mapped('name') or 'everyone'}"
                        )
        self.assertGreater(checked, 10, "the related fields were not inspected")
        self.assertFalse(crossings)

    def test_leak_partner_fields_readable_by_every_user(self):
        """Every internal user reads partners: the archive puts only the number
        and the safety flag there, everything else is behind a group."""
        public = {
            fname
            for fname, field in self.env["res.partner"]._fields.items()
            if field._module == "beauty_dossier" and not field.groups
        }
        self.assertLessEqual(public, PARTNER_PUBLIC_FIELDS)
        self.assertIn("beauty_archive_number", public)
        partner = self.customer.with_user(self.user_cashier)
        values = partner.read(sorted(public))[0]
        self.assertEqual(values["beauty_archive_number"], self.file_a.name)
        self.assertTrue(values["beauty_safety_alert"])
        with self.assertRaises(AccessError):
            partner.read(["beauty_dossier_ids"])

    def test_leak_search_oracle_partner_domain_through_medical_records_as_cashier(
        self,
    ):
        domain = [
            ("beauty_dossier_ids.medical_record_ids.diseases", "ilike", DISEASE_A)
        ]
        self.assertEqual(
            self.env["res.partner"].with_user(self.user_manager).search(domain),
            self.customer,
        )
        Partner = self.env["res.partner"].with_user(self.user_cashier)
        for path in ("beauty_dossier_ids", "beauty_dossier_id"):
            with self.assertRaises(AccessError):
                Partner.search(
                    [(f"{path}.medical_record_ids.diseases", "=", DISEASE_A)]
                )

    def test_leak_search_count_partner_domain_through_allergies_as_cashier(self):
        Partner = self.env["res.partner"].with_user(self.user_cashier)
        with self.assertRaises(AccessError):
            Partner.search_count(
                [
                    (
                        "beauty_dossier_id.medical_record_ids.allergy_notes",
                        "ilike",
                        ALLERGY_A,
                    )
                ]
            )
        with self.assertRaises(AccessError):
            Partner.search_count([("beauty_dossier_id.safety_alert", "=", True)])

    def test_leak_read_group_partner_by_dossier_as_cashier(self):
        Partner = self.env["res.partner"].with_user(self.user_cashier)
        with self.assertRaises(AccessError):
            Partner.read_group([], ["beauty_dossier_id"], ["beauty_dossier_id"])
        with self.assertRaises(AccessError):
            Partner.web_read_group([], ["beauty_dossier_id"], ["beauty_dossier_id"])

    def test_leak_order_partner_by_dossier_as_cashier(self):
        Partner = self.env["res.partner"].with_user(self.user_cashier)
        with self.assertRaises(AccessError):
            Partner.search([], order="beauty_dossier_id")
        # ordering by what the cashier may read still works
        self.assertTrue(Partner.search([], order="beauty_archive_number", limit=1))

    def test_leak_search_oracle_dossier_domain_on_medical_data_as_front_desk(self):
        domain = [("medical_record_ids.diseases", "ilike", DISEASE_A)]
        self.assertEqual(
            self.env["beauty.dossier"].with_user(self.user_archivist).search(domain),
            self.file_a,
        )
        Dossier = self.env["beauty.dossier"].with_user(self.user_reception)
        with self.assertRaises(AccessError):
            Dossier.search(domain)
        with self.assertRaises(AccessError):
            Dossier.search_count([("treatment_ids.notes", "ilike", NOTE_B)])
        with self.assertRaises(AccessError):
            Dossier.search([("skin_assessment_ids.causes", "ilike", SKIN_B)])

    def test_leak_read_group_medical_allergies_as_other_beautician(self):
        Medical = self.env["beauty.medical.record"].with_user(self.user_beautician_a)
        groups = Medical.read_group([], ["allergen_ids"], ["allergen_ids"], lazy=False)
        allergens = {g["allergen_ids"][0] for g in groups if g["allergen_ids"]}
        self.assertIn(self.env.ref("beauty_dossier.allergen_fragrance").id, allergens)
        self.assertNotIn(self.env.ref("beauty_dossier.allergen_alcohol").id, allergens)
        self.assertEqual(sum(g["__count"] for g in groups), 1)
        with self.assertRaises(AccessError):
            self.env["beauty.medical.record"].with_user(self.user_cashier).read_group(
                [], ["diseases"], ["diseases"]
            )

    def test_leak_order_by_medical_field_as_other_beautician(self):
        Medical = self.env["beauty.medical.record"].with_user(self.user_beautician_b)
        self.assertEqual(Medical.search([], order="diseases"), self.medical_b)
        self.assertEqual(
            Medical.search([("diseases", "ilike", DISEASE_A)], order="diseases"),
            Medical.browse(),
        )

    # 2. nothing sensitive on the partner; messages of restricted records

    def test_leak_workflows_post_on_partner_chatter(self):
        """Consent revocation, safety alert, treatment done and amended, procedure,
        handover with customers told: nothing lands on the partner."""
        partners = self.customer | self.customer_2
        Message = self.env["mail.message"]
        domain = [("model", "=", "res.partner"), ("res_id", "in", partners.ids)]
        before = Message.search(domain)
        attachments_before = self.env["ir.attachment"].search(
            [("res_model", "=", "res.partner"), ("res_id", "in", partners.ids)]
        )
        self.consent_a.with_user(self.user_reception).action_revoke()
        self.medical_b.with_user(self.user_doctor).write(
            {"contraindications": "LEAKCONTRAINDICATION"}
        )
        treatment = self.treatment_b.with_user(self.user_beautician_b)
        treatment.action_done()
        treatment.action_amend()
        procedure = self.procedure_b.with_user(self.user_doctor)
        procedure.action_operated()
        procedure.followup_ids[:1].write({"notes": "LEAKFOLLOWUP"})
        self.customer_2.email = "customer2@example.com"
        self.env["beauty.handover.wizard"].with_user(self.user_archivist).create(
            {
                "from_user_id": self.user_beautician_b.id,
                "to_user_id": self.user_beautician_a.id,
                "reason": "Leave",
                "notify_customers": True,
            }
        ).action_hand_over()
        self.assertTrue(self.customer_2.beauty_safety_alert)
        self.assertEqual(Message.search(domain), before)
        self.assertEqual(
            self.env["ir.attachment"].search(
                [("res_model", "=", "res.partner"), ("res_id", "in", partners.ids)]
            ),
            attachments_before,
        )
        values = json.dumps(
            partners.with_user(self.user_cashier).read(
                ["comment", "beauty_archive_number", "beauty_safety_alert"]
            ),
            default=str,
        )
        for marker in (*SENSITIVE, "LEAKCONTRAINDICATION", "LEAKFOLLOWUP"):
            self.assertNotIn(marker, values)

    def test_leak_mail_message_of_medical_record_as_cashier(self):
        message = self._post_on_medical_b(self.user_doctor)
        Message = self.env["mail.message"].with_user(self.user_cashier)
        self.assertFalse(Message.search([("model", "=", "beauty.medical.record")]))
        self.assertFalse(Message.search([("body", "ilike", MESSAGE_B)]))
        with self.assertRaises(AccessError):
            message.with_user(self.user_cashier).read(["body"])
        self.assertIn(
            MESSAGE_B, str(message.with_user(self.user_beautician_b).read(["body"]))
        )

    def test_leak_attachment_of_medical_message_as_cashier(self):
        message = self._post_on_medical_b(self.user_doctor)
        attachment = message.attachment_ids
        self.assertEqual(len(attachment), 1)
        Attachment = self.env["ir.attachment"].with_user(self.user_cashier)
        self.assertFalse(
            Attachment.search([("res_model", "=", "beauty.medical.record")])
        )
        with self.assertRaises(AccessError):
            attachment.with_user(self.user_cashier).read(["raw"])
        with self.assertRaises(AccessError):
            attachment.with_user(self.user_beautician_a).read(["raw"])
        self.assertEqual(attachment.with_user(self.user_beautician_b).raw, ATTACHMENT_B)

    def test_leak_tracking_values_of_medical_record_as_cashier(self):
        self.medical_b.with_user(self.user_doctor).medication = "LEAKMEDICATION"
        self.env.flush_all()
        Tracking = self.env["mail.tracking.value"].with_user(self.user_cashier)
        with self.assertRaises(AccessError):
            Tracking.search_read([], ["old_value_char", "new_value_char"])
        Message = self.env["mail.message"].with_user(self.user_cashier)
        self.assertFalse(Message.search([("model", "=", "beauty.medical.record")]))

    # 3. notified or author does not open a restricted message

    def test_leak_notified_partner_reads_medical_message_as_cashier(self):
        message = self._post_on_medical_b(self.user_cashier | self.user_beautician_a)
        self.assertIn(self.user_cashier.partner_id, message.partner_ids)
        for user in (self.user_cashier, self.user_beautician_a):
            Message = self.env["mail.message"].with_user(user)
            self.assertFalse(Message.search([("id", "=", message.id)]))
            self.assertFalse(Message.search([("needaction", "=", True)]) & message)
            with self.assertRaises(AccessError):
                message.with_user(user).read(["body", "attachment_ids"])
            with self.assertRaises(AccessError):
                message.attachment_ids.with_user(user).read(["raw"])
        # the responsible beautician, notified too, reads it
        Message = self.env["mail.message"].with_user(self.user_beautician_b)
        self.assertIn(
            message, Message.search([("model", "=", "beauty.medical.record")])
        )

    def test_leak_mail_notification_names_restricted_record_as_cashier(self):
        """Every internal user reads every notification; the message it points
        to is named after the record (e.g. "Medical record of …")."""
        message = self._post_on_medical_b(self.user_cashier | self.user_beautician_b)
        notifications = message.notification_ids
        self.assertEqual(len(notifications), 2)
        for user in (self.user_cashier, self.user_beautician_a, self.user_employee):
            Notification = self.env["mail.notification"].with_user(user)
            self.assertFalse(Notification.search([("id", "in", notifications.ids)]))
            with self.assertRaises(AccessError):
                notifications.with_user(user).read(["mail_message_id"])
        Notification = self.env["mail.notification"].with_user(self.user_beautician_b)
        self.assertEqual(
            Notification.search([("id", "in", notifications.ids)]), notifications
        )

    def test_leak_author_reads_own_message_after_handover(self):
        treatment = self.treatment_b.with_user(self.user_beautician_b)
        message = treatment.message_post(body="LEAKAUTHORNOTE")
        self.assertEqual(message.author_id, self.user_beautician_b.partner_id)
        self.env["beauty.handover.wizard"].with_user(self.user_archivist).create(
            {
                "from_user_id": self.user_beautician_b.id,
                "to_user_id": self.user_beautician_a.id,
                "role": "both",
                "reason": "Left the salon",
            }
        ).action_hand_over()
        self.env.invalidate_all()
        with self.assertRaises(AccessError):
            message.with_user(self.user_beautician_b).read(["body"])
        self.assertFalse(
            self.env["mail.message"]
            .with_user(self.user_beautician_b)
            .search([("body", "ilike", "LEAKAUTHORNOTE")])
        )
        self.assertIn(
            "LEAKAUTHORNOTE",
            str(message.with_user(self.user_beautician_a).read(["body"])),
        )

    def test_leak_activity_assigned_to_cashier_on_medical_record(self):
        medical = self.medical_b.with_user(self.user_doctor)
        with self.assertRaises(UserError), self.env.cr.savepoint():
            medical.activity_schedule(
                "mail.mail_activity_data_todo",
                summary="LEAKACTIVITY",
                user_id=self.user_cashier.id,
            )
        self.assertNotIn(
            self.user_cashier.partner_id, self.medical_b.message_partner_ids
        )
        self.assertFalse(
            self.env["mail.activity"]
            .with_user(self.user_cashier)
            .search([("summary", "=", "LEAKACTIVITY")])
        )
        activity = medical.activity_schedule(
            "mail.mail_activity_data_todo", user_id=self.user_beautician_b.id
        )
        self.assertEqual(activity.user_id, self.user_beautician_b)
        # nor can it be handed to her afterwards
        with self.assertRaises(UserError), self.env.cr.savepoint():
            activity.write({"user_id": self.user_beautician_a.id})

    def test_leak_follow_medical_record_as_cashier(self):
        for user in (self.user_cashier, self.user_beautician_a):
            # following oneself answers False, following others needs write
            self.assertFalse(
                self.medical_b.with_user(user).message_subscribe(
                    partner_ids=user.partner_id.ids
                )
            )
            with self.assertRaises(AccessError):
                self.medical_b.with_user(user).message_subscribe(
                    partner_ids=self.user_employee.partner_id.ids
                )
            self.assertNotIn(user.partner_id, self.medical_b.message_partner_ids)
        self.assertTrue(
            self.medical_b.with_user(self.user_beautician_b).message_subscribe(
                partner_ids=self.user_beautician_b.partner_id.ids
            )
        )
        self.assertIn(
            self.user_beautician_b.partner_id, self.medical_b.message_partner_ids
        )

    # 4. deleting a partner never takes the archive with it

    def test_leak_partner_unlink_cascades_to_archive_as_superuser(self):
        self.env.cr.execute(
            """
            SELECT c.conrelid::regclass::text, c.confdeltype
              FROM pg_constraint c
              JOIN pg_attribute a
                ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
             WHERE c.contype = 'f' AND c.confrelid = 'res_partner'::regclass
               AND a.attname = 'partner_id'
               AND c.conrelid::regclass::text LIKE 'beauty%%'
            """
        )
        own_tables = {
            self.env[name]._table
            for name in self.env.registry
            if self.env[name]._original_module == "beauty_dossier"
            and not self.env[name]._transient
        }
        rules = {
            table: rule for table, rule in self.env.cr.fetchall() if table in own_tables
        }
        tables = {self.env[model]._table for model in FILE_MODELS} | {
            "beauty_access_log",
            "beauty_destruction_request",
        }
        self.assertEqual(set(rules), tables)
        self.assertEqual(set(rules.values()), {"r"}, rules)
        with self.assertRaises(UserError):
            self.customer.sudo().unlink()
        with self.assertRaises(UserError):
            self.customer.with_user(self.user_manager).unlink()
        self.assertTrue(self.customer.exists() and self.medical_a.exists())

    def test_leak_partner_merge_moves_or_destroys_archive(self):
        duplicate = self.env["res.partner"].create({"name": "Duplicate"})
        Merge = self.env["base.partner.merge.automatic.wizard"]
        for dst in (duplicate, self.customer_2):
            with self.assertRaises(UserError):
                Merge._merge((self.customer | dst).ids, dst_partner=dst)
        self.assertEqual(self.file_a.partner_id, self.customer)
        # a contact without a file merges into the customer
        Merge._merge((self.customer | duplicate).ids, dst_partner=self.customer)
        self.assertFalse(duplicate.exists())
        self.assertEqual(self.file_a.partner_id, self.customer)

    def test_leak_portal_account_deletion_destroys_dossier_partner(self):
        portal = mail_new_test_user(
            self.env,
            login="test_leak_portal",
            groups="base.group_portal",
            partner_id=self.customer.id,
        )
        portal.sudo()._deactivate_portal_user()
        request = self.env["res.users.deletion"].search([("user_id", "=", portal.id)])
        self.assertEqual(request.state, "todo")
        self.env["res.users.deletion"]._gc_portal_users()
        self.assertEqual(request.state, "fail")
        self.assertTrue(self.customer.exists())
        self.assertTrue(self.file_a.exists())
        self.assertEqual(self.file_a.partner_id, self.customer)
        self.assertEqual(self.medical_a.diseases, DISEASE_A)
        # a portal user without a file is deleted as usual
        other = mail_new_test_user(
            self.env, login="test_leak_portal_2", groups="base.group_portal"
        )
        other.sudo()._deactivate_portal_user()
        with mute_logger("odoo.addons.base.models.res_users_deletion"):
            self.env["res.users.deletion"]._gc_portal_users()
        self.assertFalse(other.exists())

    # 5. every public method checks rights itself

    def _destruction_line(self, request):
        """A line of the destruction record of ``request``, written as only the
        approval writes it (the request decided, no line yet)."""
        self.env.cr.execute(
            "UPDATE beauty_destruction_request SET state = 'done' WHERE id = %s",
            [request.id],
        )
        request.invalidate_recordset(["state"])
        return (
            self.env["beauty.destruction.line"]
            .sudo()
            .create({"request_id": request.id, "category": "photos", "count": 1})
        )

    def _public_method_targets(self):
        """One record of every model of the archive, and its action methods."""
        sudo = self.env["beauty.handover.wizard"].sudo()
        request = (
            self.env["beauty.destruction.request"]
            .sudo()
            .create(
                {
                    "dossier_id": self.file_b.id,
                    "reason": "x",
                    "legal_basis": "customer_request",
                    "destroy_photos": True,
                }
            )
        )
        self.env["beauty.access.log"]._record(
            self.medical_b, "rpc", user=self.user_beautician_b
        )
        records = {
            "beauty.intake.wizard": self.env["beauty.intake.wizard"]
            .sudo()
            .create({"name": "Walk-in"}),
            "beauty.handover.wizard": sudo.create(
                {
                    "from_user_id": self.user_beautician_b.id,
                    "to_user_id": self.user_beautician_a.id,
                    "reason": "x",
                }
            ),
            "beauty.handover": self.env["beauty.handover"]
            .sudo()
            .create(
                {
                    "from_user_id": self.user_beautician_b.id,
                    "to_user_id": self.user_beautician_a.id,
                    "role": "both",
                }
            ),
            "beauty.important.date": self.env["beauty.important.date"].create(
                {"dossier_id": self.file_b.id, "name": "Wedding", "date": "2020-05-01"}
            ),
            "beauty.treatment.line": self.env["beauty.treatment.line"].create(
                {"treatment_id": self.treatment_b.id, "product_id": self.service.id}
            ),
            "beauty.procedure.material": self.env["beauty.procedure.material"].create(
                {
                    "procedure_id": self.procedure_b.id,
                    "product_id": self.service.id,
                    "lot_name": "L1",
                }
            ),
            "beauty.procedure.followup": self.env["beauty.procedure.followup"].create(
                {"procedure_id": self.procedure_b.id, "planned_date": "2030-01-01"}
            ),
            "beauty.dossier": self.file_b,
            "beauty.medical.record": self.medical_b,
            "beauty.skin.assessment": self.assessment_b,
            "beauty.lifestyle.questionnaire": self.lifestyle_b,
            "beauty.treatment": self.treatment_b,
            "beauty.photo": self.photo_b,
            "beauty.procedure": self.procedure_b,
            "beauty.consent": self.consent_b,
            "beauty.consent.template": self.template,
            "beauty.allergen": self.env.ref("beauty_dossier.allergen_fragrance"),
            "beauty.skin.condition": self.env["beauty.skin.condition"].search(
                [], limit=1
            ),
            "beauty.destruction.request": request,
            "beauty.destruction.line": self._destruction_line(request),
            "beauty.access.log": self.env["beauty.access.log"].search(
                [("res_model", "=", "beauty.medical.record")], limit=1
            ),
            "beauty.dossier.share": self.file_b._beauty_share_with(
                self.env["res.company"].create({"name": "Leak Store 2"}), "consent"
            ),
            "beauty.dossier.share.wizard": self.env[
                "beauty.dossier.share.wizard"
            ].create({"partner_id": self.file_b.partner_id.id}),
            "beauty.staff.absence": self.env["beauty.staff.absence"].create(
                {
                    "user_id": self.user_beautician_b.id,
                    "date_from": "2020-01-01",
                    "date_to": "2020-01-02",
                    "reason": "Leave",
                }
            ),
        }
        # the models of this addon (beauty_vip and beauty_complaints test theirs)
        models = {
            name
            for name in self.env.registry
            if name.startswith("beauty.")
            and self.env[name]._original_module == "beauty_dossier"
        }
        models -= {name for name in models if self.env[name]._abstract}
        self.assertEqual(models, set(records), "a model of the archive is not tested")
        for name, record in records.items():
            cls = type(self.env[name])
            for attr in dir(cls):
                if not attr.startswith(("action_", "button_")):
                    continue
                # unarchiving active records writes nothing (a no-op)
                if attr == "action_unarchive" or (
                    attr == "action_archive" and not self.env[name]._active_name
                ):
                    continue
                yield record.sudo(False), attr

    def _call_actions_as(self, user, models=None):
        """Call every action method of the archive's records (of ``models``) as
        ``user``; return how many were called and those not refused with an
        AccessError."""
        called, unchecked = 0, []
        for record, method in self._public_method_targets():
            if models and record._name not in models:
                continue
            called += 1
            try:
                with self.env.cr.savepoint():
                    getattr(record.with_user(user), method)()
            except AccessError:
                continue
            except Exception as exc:  # noqa: BLE001 pylint: disable=broad-except
                unchecked.append(f"{record._name}.{method}: {type(exc).__name__}")
            else:
                unchecked.append(f"{record._name}.{method}: allowed")
        return called, unchecked

    def test_leak_call_public_action_methods_as_cashier(self):
        called, unchecked = self._call_actions_as(self.user_cashier)
        self.assertGreater(called, 20)
        self.assertFalse(unchecked)
        with self.assertRaises(AccessError):
            self.customer.with_user(self.user_cashier).action_open_beauty_dossier()

    def test_leak_call_file_actions_of_other_beautician(self):
        """Beautician A calls every action of the records of B's customer."""
        called, unchecked = self._call_actions_as(
            self.user_beautician_a, FILE_MODELS + ("beauty.treatment.line",)
        )
        self.assertGreater(called, 15)
        self.assertFalse(unchecked)
        # her colleague, responsible for the customer, does the same work
        self.treatment_b.with_user(self.user_beautician_b).action_done()
        self.assertEqual(self.treatment_b.state, "done")

    def test_leak_front_desk_calls_treatment_and_approval_actions(self):
        with self.assertRaises(AccessError):
            self.treatment_a.with_user(self.user_reception).action_done()
        self.file_a.action_submit_review()
        with self.assertRaises(AccessError):
            self.file_a.with_user(self.user_reception).action_approve()
        with self.assertRaises(AccessError):
            self.file_a.with_user(self.user_reception).action_view_photos()
        with self.assertRaises(AccessError):
            self.file_a.with_user(self.user_reception).action_view_treatments()
        self.file_a.with_user(self.user_archivist).action_approve()
        self.assertEqual(self.file_a.state, "active")
        action = self.file_a.with_user(self.user_beautician_a).action_view_photos()
        self.assertEqual(action["res_model"], "beauty.photo")

    def test_leak_read_only_roles_call_write_actions(self):
        """Archive manager and beautician read some records and change none of
        them through a button."""
        cases = [
            (self.treatment_b, self.user_archivist, "action_done"),
            (self.procedure_b, self.user_archivist, "action_close"),
            (self.medical_a, self.user_archivist, "action_confirm_by_customer"),
            (self.medical_a, self.user_beautician_a, "action_confirm_by_customer"),
            (self.consent_a, self.user_beautician_a, "action_revoke"),
            (self.procedure_b, self.user_beautician_b, "action_close"),
        ]
        for record, user, method in cases:
            with self.assertRaises(AccessError), self.env.cr.savepoint():
                getattr(record.with_user(user), method)()
        self.medical_a.with_user(self.user_doctor).action_confirm_by_customer()
        self.procedure_b.with_user(self.user_doctor).action_close()
        self.consent_a.with_user(self.user_reception).action_revoke()
        self.assertEqual(self.consent_a.state, "revoked")

    def test_leak_handover_wizard_called_by_beautician(self):
        wizard = (
            self.env["beauty.handover.wizard"]
            .sudo()
            .create(
                {
                    "from_user_id": self.user_beautician_b.id,
                    "to_user_id": self.user_beautician_a.id,
                    "reason": "Take her customers",
                }
            )
        )
        with self.assertRaises(AccessError):
            wizard.with_user(self.user_beautician_a).action_hand_over()
        with self.assertRaises(AccessError):
            wizard.with_user(self.user_reception).action_hand_over()
        self.assertEqual(self.file_b.responsible_id, self.user_beautician_b)

    # 7. company scoping

    def test_leak_other_store_reads_store_a_files(self):
        for model in FILE_MODELS:
            store_a = self._store_a_records(model)
            self.assertTrue(store_a, model)
            Model = self.env[model].with_user(self.user_manager_b)
            self.assertFalse(
                Model.with_context(active_test=False).search(
                    [("id", "in", store_a.ids)]
                ),
                model,
            )
            with self.assertRaises(AccessError):
                store_a.with_user(self.user_manager_b).read(["display_name"])
            with self.assertRaises(AccessError):
                store_a.with_user(self.user_manager_b).export_data(["display_name"])
            rows = Model.search_read([], ["company_id"])
            self.assertFalse(
                [r for r in rows if r["company_id"][0] != self.company_b.id]
            )
            groups = Model.read_group([], ["company_id"], ["company_id"], lazy=False)
            self.assertEqual(
                {g["company_id"][0] for g in groups if g["company_id"]},
                {self.company_b.id} if rows else set(),
                model,
            )
        # store B's own file is there
        self.assertEqual(
            self.env["beauty.medical.record"]
            .with_user(self.user_manager_b)
            .search([])
            .diseases,
            "Store B only",
        )

    # 8. a signed consent is frozen, one in force per kind

    def test_leak_second_consent_in_force_bypassing_the_check(self):
        with self.assertRaises(UserError):
            self.consent_a.with_user(self.user_reception).write({"signer_name": "X"})
        second = self.env["beauty.consent"].create(
            {
                "dossier_id": self.file_a.id,
                "template_id": self.template.id,
                "signature": _png("green"),
            }
        )
        with self.assertRaises(UserError):
            second.with_user(self.user_reception).action_sign()
        # the database refuses it even when the check is skipped
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            # the superuser writes the state without the workflow's checks
            second.sudo().write({"state": "signed"})
            self.env.flush_all()


@tagged("post_install", "-at_install")
class TestBeautyLeakPathsHttp(BeautyLeakCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_leak_files()
        cls.message_b = cls._post_on_medical_b(
            cls.user_cashier | cls.user_beautician_a | cls.user_beautician_b
        )

    def _call_kw(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def _assert_rpc_refused(self, model, method, args, kwargs=None):
        with (
            mute_logger("odoo.http"),
            self.assertRaisesRegex(Exception, "AccessError|not allowed"),
        ):
            self._call_kw(model, method, args, kwargs)

    def _export(self, model, fields, ids=None, domain=None):
        data = {
            "model": model,
            "fields": [{"name": name, "label": name} for name in fields],
            "ids": ids or False,
            "domain": domain or [],
            "import_compat": False,
        }
        with mute_logger("odoo.http", "odoo.addons.web.controllers.export"):
            return self.url_open(
                "/web/export/csv",
                data={
                    "data": json.dumps(data),
                    "csrf_token": http.Request.csrf_token(self),
                },
            )

    def _assert_no_sensitive(self, text):
        for marker in SENSITIVE:
            self.assertNotIn(marker, text)

    # 1. through JSON-RPC

    def test_leak_call_kw_read_group_medical_allergies_as_cashier(self):
        self.authenticate("test_leak_cashier", "test_leak_cashier")
        self._assert_rpc_refused(
            "beauty.medical.record",
            "read_group",
            [[], ["allergen_ids"], ["allergen_ids"]],
        )
        self._assert_rpc_refused(
            "beauty.medical.record",
            "web_read_group",
            [[], ["diseases"], ["diseases"]],
        )

    def test_leak_call_kw_partner_search_through_medical_records_as_cashier(self):
        self.authenticate("test_leak_cashier", "test_leak_cashier")
        domain = [
            ("beauty_dossier_ids.medical_record_ids.diseases", "ilike", DISEASE_A)
        ]
        self._assert_rpc_refused("res.partner", "search", [domain])
        self._assert_rpc_refused("res.partner", "search_count", [domain])
        self._assert_rpc_refused(
            "res.partner",
            "web_search_read",
            [[]],
            {"specification": {"name": {}}, "order": "beauty_dossier_id"},
        )
        rows = self._call_kw(
            "res.partner",
            "search_read",
            [[("id", "=", self.customer.id)]],
            {"fields": ["beauty_archive_number", "beauty_safety_alert"]},
        )
        self.assertEqual(rows[0]["beauty_archive_number"], self.file_a.name)

    def test_leak_call_kw_dossier_sensitive_groups_as_front_desk(self):
        self.authenticate("test_reception", "test_reception")
        self._assert_rpc_refused(
            "beauty.dossier",
            "search_read",
            [[("medical_record_ids.diseases", "ilike", DISEASE_A)]],
            {"fields": ["name"]},
        )
        self._assert_rpc_refused(
            "beauty.dossier",
            "web_read",
            [[self.file_a.id]],
            {"specification": {"medical_record_ids": {"fields": {"diseases": {}}}}},
        )
        rows = self._call_kw(
            "beauty.dossier",
            "web_read",
            [[self.file_a.id]],
            {"specification": {"name": {}, "consent_personal_data": {}}},
        )
        self.assertEqual(rows[0]["name"], self.file_a.name)

    # 2 and 3. chatter, attachments, images through HTTP

    def test_leak_web_image_photo_as_cashier_and_other_beautician(self):
        url = f"/web/image/beauty.photo/{self.photo_b.id}/image_1920"
        self.authenticate("test_beautician_b", "test_beautician_b")
        real = self.url_open(url)
        self.assertEqual(real.status_code, 200)
        for login in ("test_leak_cashier", "test_beautician_a", "test_reception"):
            self.authenticate(login, login)
            with mute_logger("odoo.http"):
                response = self.url_open(url)
            self.assertNotEqual(response.content, real.content, login)

    def test_leak_web_content_photo_attachment_as_cashier(self):
        attachment = (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "beauty.photo"),
                    ("res_id", "=", self.photo_b.id),
                    ("res_field", "=", "image_1920"),
                ]
            )
        )
        self.assertTrue(attachment)
        url = f"/web/content/{attachment.id}?download=true"
        self.authenticate("test_beautician_b", "test_beautician_b")
        self.assertEqual(self.url_open(url).status_code, 200)
        for login in ("test_leak_cashier", "test_beautician_a"):
            self.authenticate(login, login)
            with mute_logger("odoo.http"):
                response = self.url_open(url)
            self.assertNotEqual(response.status_code, 200, login)
            self.assertNotEqual(response.content, attachment.raw)

    def test_leak_web_content_message_attachment_as_notified_cashier(self):
        attachment = self.message_b.attachment_ids
        url = f"/web/content/{attachment.id}?download=true"
        self.authenticate("test_beautician_b", "test_beautician_b")
        self.assertEqual(self.url_open(url).content, ATTACHMENT_B)
        for login in ("test_leak_cashier", "test_beautician_a"):
            self.authenticate(login, login)
            with mute_logger("odoo.http"):
                response = self.url_open(url)
            self.assertNotEqual(response.status_code, 200, login)
            self.assertNotIn(ATTACHMENT_B, response.content)

    def test_leak_mail_inbox_messages_as_notified_cashier(self):
        self.authenticate("test_beautician_b", "test_beautician_b")
        inbox = self.make_jsonrpc_request("/mail/inbox/messages", {})
        self.assertIn(MESSAGE_B, json.dumps(inbox))
        self.assertIn("lab.txt", json.dumps(inbox))
        for login in ("test_leak_cashier", "test_beautician_a"):
            self.authenticate(login, login)
            inbox = json.dumps(self.make_jsonrpc_request("/mail/inbox/messages", {}))
            self.assertNotIn(MESSAGE_B, inbox, login)
            self.assertNotIn("lab.txt", inbox, login)

    def test_leak_mail_thread_messages_of_medical_record_as_other_beautician(self):
        params = {
            "thread_model": "beauty.medical.record",
            "thread_id": self.medical_b.id,
        }
        self.authenticate("test_beautician_b", "test_beautician_b")
        thread = self.make_jsonrpc_request("/mail/thread/messages", params)
        self.assertIn(MESSAGE_B, json.dumps(thread))
        for login in ("test_beautician_a", "test_leak_cashier"):
            self.authenticate(login, login)
            thread = self.make_jsonrpc_request("/mail/thread/messages", params)
            self.assertFalse(thread["messages"], login)
            self.assertNotIn(MESSAGE_B, json.dumps(thread), login)

    def test_leak_call_kw_mail_message_read_as_notified_cashier(self):
        self.authenticate("test_leak_cashier", "test_leak_cashier")
        rows = self._call_kw(
            "mail.message",
            "search_read",
            [[("needaction", "=", True)]],
            {"fields": ["body", "attachment_ids"]},
        )
        self.assertNotIn(MESSAGE_B, json.dumps(rows))
        self._assert_rpc_refused(
            "mail.message", "read", [[self.message_b.id], ["body"]]
        )
        self._assert_rpc_refused(
            "ir.attachment", "read", [self.message_b.attachment_ids.ids, ["raw"]]
        )

    # 5. public methods through JSON-RPC

    def test_leak_call_kw_workflow_methods_as_unauthorised_roles(self):
        self.file_a.action_submit_review()
        cases = [
            ("test_reception", "beauty.treatment", "action_done", self.treatment_a),
            ("test_reception", "beauty.dossier", "action_approve", self.file_a),
            ("test_reception", "beauty.dossier", "action_view_photos", self.file_a),
            ("test_beautician_a", "beauty.treatment", "action_done", self.treatment_b),
            ("test_beautician_a", "beauty.treatment", "action_amend", self.treatment_b),
            ("test_beautician_a", "beauty.dossier", "action_approve", self.file_a),
            (
                "test_beautician_a",
                "beauty.procedure",
                "action_operated",
                self.procedure_b,
            ),
            ("test_leak_cashier", "beauty.consent", "action_revoke", self.consent_a),
            (
                "test_leak_cashier",
                "beauty.dossier",
                "action_view_pos_orders",
                self.file_a,
            ),
            (
                "test_leak_cashier",
                "beauty.medical.record",
                "action_confirm_by_customer",
                self.medical_b,
            ),
        ]
        for login, model, method, record in cases:
            self.authenticate(login, login)
            self._assert_rpc_refused(model, method, [record.ids])
        self.assertEqual(self.treatment_b.state, "draft")
        self.assertEqual(self.consent_a.state, "signed")
        self.authenticate("test_archivist", "test_archivist")
        self._call_kw("beauty.dossier", "action_approve", [self.file_a.ids])
        self.assertEqual(self.file_a.state, "active")

    def test_leak_call_kw_forged_context_signs_consent(self):
        self.authenticate("test_reception", "test_reception")
        with mute_logger("odoo.http"), self.assertRaisesRegex(Exception, "UserError"):
            self._call_kw(
                "beauty.consent",
                "write",
                [self.consent_a.ids, {"signed_on": "2000-01-01 00:00:00"}],
                {"context": {"beauty_workflow": True}},
            )
        self.assertNotEqual(str(self.consent_a.signed_on)[:4], "2000")

    # 6. export and reports

    def test_leak_export_csv_medical_fields_as_cashier(self):
        self.authenticate("test_leak_cashier", "test_leak_cashier")
        response = self._export(
            "beauty.medical.record",
            ["diseases", "allergy_notes"],
            ids=(self.medical_a | self.medical_b).ids,
        )
        self.assertNotEqual(response.status_code, 200)
        self._assert_no_sensitive(response.text)
        response = self._export(
            "res.partner",
            ["name", "beauty_dossier_ids/medical_record_ids/diseases"],
            ids=self.customer.ids,
        )
        self.assertNotEqual(response.status_code, 200)
        self._assert_no_sensitive(response.text)

    def test_leak_export_csv_medical_fields_as_other_beautician(self):
        self.authenticate("test_beautician_a", "test_beautician_a")
        response = self._export("beauty.medical.record", ["diseases"])
        self.assertEqual(response.status_code, 200)
        self.assertIn(DISEASE_A, response.text)
        self.assertNotIn(DISEASE_B, response.text)
        response = self._export(
            "beauty.medical.record", ["diseases"], ids=self.medical_b.ids
        )
        self.assertNotEqual(response.status_code, 200)
        self.assertNotIn(DISEASE_B, response.text)
        response = self._export("beauty.treatment", ["notes"], ids=self.treatment_b.ids)
        self.assertNotIn(NOTE_B, response.text)

    def test_leak_report_pdf_route_as_user_who_cannot_read_the_dossier(self):
        url = f"/report/pdf/beauty_dossier.report_beauty_dossier/{self.file_b.id}"
        self.authenticate("test_beautician_b", "test_beautician_b")
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200)
        self.assertIn(DISEASE_B, response.text)
        for login in ("test_beautician_a", "test_leak_cashier", "test_leak_manager_b"):
            self.authenticate(login, login)
            with mute_logger("odoo.http"):
                response = self.url_open(url)
            self.assertNotEqual(response.status_code, 200, login)
            self.assertNotIn(DISEASE_B, response.text, login)
            self.assertNotIn(self.file_b.name, response.text, login)

    def test_leak_report_printed_by_front_desk_contains_medical_data(self):
        self.authenticate("test_reception", "test_reception")
        for converter in ("html", "pdf"):
            response = self.url_open(
                f"/report/{converter}/beauty_dossier.report_beauty_dossier/"
                f"{self.file_b.id}"
            )
            self.assertEqual(response.status_code, 200)
            self.assertIn(self.file_b.name, response.text)
            self._assert_no_sensitive(response.text)

    # 7. company scoping through HTTP

    def test_leak_other_store_call_kw_and_export(self):
        self.authenticate("test_leak_manager_b", "test_leak_manager_b")
        for model in FILE_MODELS:
            store_a = self._store_a_records(model)
            rows = self._call_kw(
                model,
                "search_read",
                [[("id", "in", store_a.ids)]],
                {"fields": ["display_name"]},
            )
            self.assertFalse(rows, model)
            groups = self._call_kw(
                model, "read_group", [[], ["company_id"], ["company_id"]]
            )
            self.assertNotIn(
                self.env.company.id,
                [g["company_id"][0] for g in groups if g["company_id"]],
                model,
            )
            self._assert_rpc_refused(model, "read", [store_a.ids, ["display_name"]])
        response = self._export(
            "beauty.medical.record", ["diseases"], ids=self.medical_a.ids
        )
        self.assertNotEqual(response.status_code, 200)
        self.assertNotIn(DISEASE_A, response.text)
        response = self._export("beauty.medical.record", ["diseases"])
        self.assertIn("Store B only", response.text)
        self._assert_no_sensitive(response.text)
