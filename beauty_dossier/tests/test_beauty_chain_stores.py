# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""One customer, one file across a chain's stores (一客一档): a store that serves
her reads her file as its roles may; a store that never served her sees nothing;
every share is logged."""

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import HttpCase, TransactionCase, tagged

from odoo.addons.mail.tests.common import mail_new_test_user

from .common import BeautyDossierCommon


class BeautyChainCommon(BeautyDossierCommon):
    @classmethod
    def _setup_chain(cls):
        cls._setup_beauty_users()
        Company = cls.env["res.company"]
        cls.store_a = cls.env.company
        cls.store_b = Company.create({"name": "Store B 分店"})
        cls.store_c = Company.create({"name": "Store C"})
        cls.env.user.company_ids |= cls.store_b | cls.store_c

        def user(login, group, store):
            return mail_new_test_user(
                cls.env,
                login=login,
                name=login,
                groups=f"base.group_user,beauty_dossier.{group}",
                company_id=store.id,
                company_ids=[(6, 0, store.ids)],
            )

        cls.reception_b = user(
            "chain_reception_b", "group_beauty_reception", cls.store_b
        )
        cls.doctor_b = user("chain_doctor_b", "group_beauty_medical", cls.store_b)
        cls.beautician_b = user(
            "chain_beautician_b", "group_beauty_beautician", cls.store_b
        )
        cls.manager_b = user("chain_manager_b", "group_beauty_manager", cls.store_b)
        cls.reception_c = user(
            "chain_reception_c", "group_beauty_reception", cls.store_c
        )
        cls.archivist_c = user(
            "chain_archivist_c", "group_beauty_archivist", cls.store_c
        )
        cls.beautician_c = user(
            "chain_beautician_c", "group_beauty_beautician", cls.store_c
        )
        cls.dossier = cls.env["beauty.dossier"].create(
            {
                "partner_id": cls.customer.id,
                "company_id": cls.store_a.id,
                "responsible_id": cls.user_beautician_a.id,
            }
        )
        cls._sign_consents(cls.dossier)
        cls.medical = cls.env["beauty.medical.record"].create(
            {"dossier_id": cls.dossier.id, "allergy_notes": "Penicillin 青霉素"}
        )

    def _share_as(self, user, consent=True):
        partner = self.customer.with_user(user)
        action = partner.action_open_beauty_dossier()
        self.assertEqual(action["res_model"], "beauty.dossier.share.wizard")
        wizard = self.env[action["res_model"]].with_user(user).browse(action["res_id"])
        wizard.customer_consent = consent
        return wizard.action_share()


@tagged("post_install", "-at_install")
class TestBeautyChainStores(BeautyChainCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_chain()

    def test_a_store_that_never_served_her_sees_nothing(self):
        for user in (self.reception_b, self.doctor_b, self.reception_c):
            Dossier = self.env["beauty.dossier"].with_user(user)
            self.assertFalse(Dossier.search([("partner_id", "=", self.customer.id)]))
            with self.assertRaises(AccessError):
                self.dossier.with_user(user).read(["name"])
        with self.assertRaises(AccessError):
            self.medical.with_user(self.doctor_b).read(["allergy_notes"])
        consents = self.env["beauty.consent"].with_user(self.doctor_b)
        self.assertFalse(consents.search([("partner_id", "=", self.customer.id)]))
        # her safety alert is on the contact, for every store's cashier
        self.assertTrue(self.customer.with_user(self.reception_c).beauty_safety_alert)

    def test_no_second_file_in_another_store(self):
        Dossier = self.env["beauty.dossier"].with_user(self.reception_b)
        with self.assertRaisesRegex(UserError, self.dossier.name):
            Dossier.create({"partner_id": self.customer.id})
        self.assertEqual(
            self.env["beauty.dossier"]
            .with_context(active_test=False)
            .search_count([("partner_id", "=", self.customer.id)]),
            1,
        )

    def test_front_desk_shares_the_file_with_her_consent(self):
        with self.assertRaisesRegex(UserError, "consent"):
            self._share_as(self.reception_b, consent=False)
        self.assertFalse(self.dossier.sudo().share_ids)
        action = self._share_as(self.reception_b)
        self.assertEqual(action["res_model"], "beauty.dossier")
        self.assertEqual(action["res_id"], self.dossier.id)
        share = self.dossier.sudo().share_ids
        self.assertEqual(share.company_id, self.store_b)
        self.assertEqual(share.reason, "consent")
        self.assertEqual(share.user_id, self.reception_b)
        self.assertEqual(self.dossier.store_ids, self.store_a | self.store_b)
        self.assertIn("Store B", self.dossier.message_ids[0].body)
        # the store's roles read what they may read
        as_reception = self.dossier.with_user(self.reception_b)
        self.assertEqual(as_reception.read(["name"])[0]["name"], self.dossier.name)
        with self.assertRaises(AccessError):
            self.medical.with_user(self.reception_b).read(["allergy_notes"])
        medical = self.medical.with_user(self.doctor_b)
        self.assertEqual(medical.allergy_notes, "Penicillin 青霉素")
        self.assertTrue(self.dossier.with_user(self.doctor_b).safety_alert)
        consents = self.env["beauty.consent"].with_user(self.doctor_b)
        self.assertEqual(
            consents.search([("dossier_id", "=", self.dossier.id)]),
            self.dossier.consent_ids,
            "her consents follow her",
        )
        # not a customer of the beautician of store B: her role rule still holds
        with self.assertRaises(AccessError):
            self.medical.with_user(self.beautician_b).read(["allergy_notes"])
        # a store that never served her still sees nothing
        with self.assertRaises(AccessError):
            self.dossier.with_user(self.reception_c).read(["name"])
        # shared again: nothing more
        self.assertFalse(
            self.dossier._beauty_share_with(self.store_b, "consent"),
        )
        self.assertEqual(len(self.dossier.sudo().share_ids), 1)

    def test_the_share_is_read_in_the_access_log(self):
        self._share_as(self.reception_b)
        self.medical.with_user(self.doctor_b).read(["allergy_notes"])
        logs = self.env["beauty.access.log"].search(
            [
                ("res_model", "=", "beauty.medical.record"),
                ("user_id", "=", self.doctor_b.id),
            ]
        )
        self.assertEqual(len(logs), 1)
        # the store that opened the file reads who read it elsewhere
        archivist = self.env["beauty.access.log"].with_user(self.user_archivist)
        self.assertEqual(archivist.search([("id", "in", logs.ids)]), logs)

    def test_records_belong_to_the_store_where_they_were_made(self):
        self._share_as(self.reception_b)
        date = (
            self.env["beauty.important.date"]
            .with_user(self.reception_b)
            .create(
                {
                    "dossier_id": self.dossier.id,
                    "name": "Wedding anniversary",
                    "date": "2020-05-20",
                }
            )
        )
        self.assertEqual(date.company_id, self.store_a, "dates follow the file")
        assessment = (
            self.env["beauty.skin.assessment"]
            .with_user(self.manager_b)
            .create({"dossier_id": self.dossier.id})
        )
        self.assertEqual(assessment.company_id, self.store_b)
        # the store that opened the file reads it too
        reader = self.env["beauty.skin.assessment"].with_user(self.user_archivist)
        self.assertEqual(reader.search([("id", "=", assessment.id)]), assessment)
        # store C does not, even its archive manager
        reader_c = self.env["beauty.skin.assessment"].with_user(self.archivist_c)
        self.assertFalse(reader_c.search([("id", "=", assessment.id)]))
        # her lifestyle answers, health data, follow the same path
        answers = (
            self.env["beauty.lifestyle.questionnaire"]
            .with_user(self.manager_b)
            .create({"dossier_id": self.dossier.id, "smoking": "no"})
        )
        self.assertEqual(answers.company_id, self.store_b)
        Lifestyle = self.env["beauty.lifestyle.questionnaire"]
        self.assertEqual(
            Lifestyle.with_user(self.user_archivist).search([("id", "=", answers.id)]),
            answers,
        )
        self.assertFalse(
            Lifestyle.with_user(self.archivist_c).search([("id", "=", answers.id)])
        )
        with self.assertRaises(AccessError):
            answers.with_user(self.reception_b).read(["smoking"])

    def test_responsible_works_in_a_store_of_the_file(self):
        self._share_as(self.reception_b)
        self.dossier.backup_id = self.beautician_b
        self.assertEqual(self.dossier.backup_id, self.beautician_b)
        with self.assertRaisesRegex(ValidationError, "none of the stores"):
            self.dossier.responsible_id = self.beautician_c

    def test_handover_respects_the_stores(self):
        Wizard = self.env["beauty.handover.wizard"].with_user(self.user_archivist)
        wizard = Wizard.create(
            {
                "from_user_id": self.user_beautician_a.id,
                "to_user_id": self.beautician_c.id,
                "reason": "Leaves the chain",
            }
        )
        with self.assertRaisesRegex(UserError, self.dossier.name):
            wizard.action_hand_over()
        self.assertEqual(self.dossier.responsible_id, self.user_beautician_a)
        self._share_as(self.reception_b)
        wizard.to_user_id = self.beautician_b
        wizard.action_hand_over()
        self.assertEqual(self.dossier.responsible_id, self.beautician_b)
        # the new responsible of store B works on the file
        self.assertEqual(
            self.medical.with_user(self.beautician_b).allergy_notes, "Penicillin 青霉素"
        )
        domain = Wizard._domain_store_users()
        self.assertIn(f"('company_ids', 'in', {self.store_a.ids})", domain)

    def test_a_share_is_never_edited_or_deleted(self):
        self._share_as(self.reception_b)
        share = self.dossier.sudo().share_ids.with_user(self.user_manager).sudo(False)
        # AccessError is a UserError
        with self.assertRaises(UserError):
            share.write({"company_id": self.store_c.id})
        with self.assertRaises(UserError):
            share.unlink()
        with self.assertRaisesRegex(UserError, "never deleted"):
            share.sudo().unlink()

    def test_only_staff_of_the_store_shares(self):
        wizard = self.env["beauty.dossier.share.wizard"].with_user(self.reception_b)
        action = wizard._action_for(self.customer)
        record = wizard.browse(action["res_id"])
        record.write({"customer_consent": True, "company_id": self.store_c.id})
        with self.assertRaises(AccessError):
            record.action_share()
        self.assertFalse(self.dossier.sudo().share_ids)


@tagged("post_install", "-at_install")
class TestBeautyChainStoresRpc(BeautyChainCommon, HttpCase):
    """The same, through JSON-RPC as the web client calls it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_chain()

    def _call_kw(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def _dossiers(self):
        return self._call_kw(
            "beauty.dossier",
            "search_read",
            [[("partner_id", "=", self.customer.id)]],
            {"fields": ["name", "store_ids"]},
        )

    def test_rpc_share_then_read(self):
        self.authenticate("chain_reception_b", "chain_reception_b")
        self.assertEqual(self._dossiers(), [])
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call_kw("beauty.dossier", "read", [[self.dossier.id], ["name"]])
        with self.assertRaisesRegex(Exception, "UserError"):
            self._call_kw(
                "beauty.dossier", "create", [{"partner_id": self.customer.id}]
            )
        self.assertEqual(
            self.env["beauty.dossier"].search_count(
                [("partner_id", "=", self.customer.id)]
            ),
            1,
        )
        action = self._call_kw(
            "res.partner", "action_open_beauty_dossier", [[self.customer.id]]
        )
        self.assertEqual(action["res_model"], "beauty.dossier.share.wizard")
        self._call_kw(
            "beauty.dossier.share.wizard",
            "write",
            [[action["res_id"]], {"customer_consent": True}],
        )
        opened = self._call_kw(
            "beauty.dossier.share.wizard", "action_share", [[action["res_id"]]]
        )
        self.assertEqual(opened["res_id"], self.dossier.id)
        rows = self._dossiers()
        self.assertEqual([r["name"] for r in rows], [self.dossier.name])
        # (she sees the stores she works in only: Odoo's rule on companies)
        self.assertEqual(rows[0]["store_ids"], self.store_b.ids)
        # the shares themselves are for managers
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call_kw(
                "beauty.dossier.share", "search_read", [[]], {"fields": ["company_id"]}
            )

    def test_rpc_store_c_sees_nothing(self):
        self.dossier._beauty_share_with(self.store_b, "consent")
        self.authenticate("chain_reception_c", "chain_reception_c")
        self.assertEqual(self._dossiers(), [])
        with self.assertRaisesRegex(Exception, "AccessError|not allowed"):
            self._call_kw("beauty.dossier", "read", [[self.dossier.id], ["name"]])
        groups = self._call_kw(
            "beauty.dossier",
            "read_group",
            [[], ["partner_id"], ["partner_id"]],
        )
        self.assertFalse(
            [
                g
                for g in groups
                if g["partner_id"] and g["partner_id"][0] == self.customer.id
            ]
        )
