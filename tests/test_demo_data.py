# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The demo salon that `make run` shows is complete and coherent.

`make test` installs the addons with their demo data, like `make run`; these checks
read that database."""

import odoo
from odoo import SUPERUSER_ID, api, fields


def _env(cr):
    return api.Environment(cr, SUPERUSER_ID, {})


def _registry():
    return odoo.modules.registry.Registry(odoo.tools.config["db_name"])


def test_twenty_customers_split_between_two_beauticians():
    with _registry().cursor() as cr:
        env = _env(cr)
        demo = env["ir.model.data"].search(
            [("module", "=", "beauty_dossier"), ("model", "=", "beauty.dossier")]
        )
        dossiers = env["beauty.dossier"].browse(demo.mapped("res_id"))
        assert len(dossiers) == 20
        by_beautician = {
            user.login: len(dossiers.filtered(lambda d, u=user: d.responsible_id == u))
            for user in dossiers.responsible_id
        }
        assert by_beautician == {"beautician1": 10, "beautician2": 10}
        names = " ".join(dossiers.partner_id.mapped("name"))
        assert "林晓雨" in names and "Emma Clarke" in names


def test_file_contents_of_the_demo():
    with _registry().cursor() as cr:
        env = _env(cr)
        lin = env.ref("beauty_dossier.dossier_demo_lin_xiaoyu")
        assert lin.skin_assessment_ids.condition_ids
        assert set(lin.treatment_ids.mapped("state")) == {"done"}
        assert lin.photo_ids.mapped("kind") in (
            ["before", "after"],
            ["after", "before"],
        )
        assert lin.consent_personal_data and lin.consent_photos
        # her lifestyle answers: the history, and the latest as the file's answers
        assert len(lin.lifestyle_questionnaire_ids) == 2
        assert lin.lifestyle_id.exercise == "Yoga twice a week"
        assert lin.completeness_lifestyle == 100
        zhao = env.ref("beauty_dossier.dossier_demo_zhao_li")
        assert zhao.safety_alert and zhao.partner_id.beauty_safety_alert
        eyelid = env.ref("beauty_dossier.procedure_demo_eyelid")
        assert eyelid.state == "done"
        assert len(eyelid.followup_ids) == 4
        assert eyelid.activity_ids
        walk_in = env.ref("beauty_dossier.partner_demo_zhou_yan")
        assert not walk_in.beauty_archive_number


def test_the_company_is_a_chinese_salon():
    with _registry().cursor() as cr:
        env = _env(cr)
        company = env.ref("base.main_company")
        assert "Salon" in company.name
        assert company.country_id == env.ref("base.cn")
        assert company.city == "上海"
        assert company.currency_id == env.ref("base.CNY")
        assert company.logo
        # the tier pricelists count in the salon's currency too
        tiers = env["beauty.vip.tier"].search([("company_id", "=", company.id)])
        assert set(tiers.pricelist_id.currency_id.mapped("name")) == {"CNY"}


def test_the_pos_is_a_salon_counter():
    with _registry().cursor() as cr:
        env = _env(cr)
        config = env.ref("beauty_vip.pos_config_demo_salon")
        assert config.name == "Salon Counter"
        assert config.currency_id.name == "CNY"
        products = env["product.product"].search(
            [
                ("available_in_pos", "=", True),
                ("pos_categ_ids", "in", config.iface_available_categ_ids.ids),
            ]
        )
        names = products.mapped("name")
        for name in ("Hydrating Facial", "Fruit Acid Peel", "Lash Tint"):
            assert name in names, name
        assert {"service", "consu"} <= set(products.mapped("type"))
        retail = env.ref("beauty_vip.pos_category_retail")
        assert len(products.filtered(lambda p: retail in p.pos_categ_ids)) >= 3
        promotional = products.filtered("beauty_promotional")
        assert len(promotional) == 1 and promotional.type == "consu"


def test_customers_hold_tiers_points_and_cards_from_their_orders():
    with _registry().cursor() as cr:
        env = _env(cr)
        ladder = env.ref("beauty_vip.ladder_vip")
        members = env["beauty.vip.membership"].search(
            [("ladder_id", "=", ladder.id), ("tier_id", "!=", False)]
        )
        assert len(members) >= 4
        assert len(set(members.tier_id.mapped("name"))) >= 3
        assert all(m.card_id and m.card_id.points > 0 for m in members)
        # the real path: paid POS orders, upgrades in the tier history
        assert set(members.history_ids.mapped("reason")) == {"upgrade"}
        lin = env.ref("beauty_dossier.partner_demo_lin_xiaoyu")
        assert lin.beauty_vip_tier_id == env.ref("beauty_vip.tier_gold")
        # a walk-in customer is no member
        walk_in = env.ref("beauty_dossier.partner_demo_zhou_yan")
        assert not walk_in.beauty_vip_tier_id


def test_one_customer_has_her_birthday_this_week():
    with _registry().cursor() as cr:
        env = _env(cr)
        # the demo dates her birthday from the install's UTC day (its eval
        # context has no timezone): a Sunday night in Brussels is Monday
        today = fields.Date.today()
        ladder = env.ref("beauty_vip.ladder_vip")
        demo = env["ir.model.data"].search(
            [("module", "=", "beauty_dossier"), ("model", "=", "beauty.dossier")]
        )
        dossiers = env["beauty.dossier"].browse(demo.mapped("res_id"))
        this_week = dossiers.filtered(
            lambda d: d.birthday
            and ladder.new({"birthday_window": "week"})._birthday_in_window(
                d.birthday, today
            )
        )
        lin = env.ref("beauty_dossier.dossier_demo_lin_xiaoyu")
        assert lin in this_week, "her birthday is computed from the install day"
        membership = lin.partner_id._beauty_vip_main_membership()
        assert membership.tier_id.birthday_discount, "the POS offers her benefit"


def test_activities_are_due_around_today():
    with _registry().cursor() as cr:
        env = _env(cr)
        today = fields.Date.context_today(env["beauty.dossier"])
        activities = env["mail.activity"].search([("res_model", "like", "beauty.%")])
        assert activities
        overdue = [(today - a.date_deadline).days for a in activities]
        assert max(overdue) <= 30, overdue
        assert min(overdue) <= 0, "some activities are still to come"


def test_each_beautician_backs_up_some_of_the_other_s_customers():
    with _registry().cursor() as cr:
        env = _env(cr)
        b1 = env.ref("beauty_dossier.user_demo_beautician1")
        b2 = env.ref("beauty_dossier.user_demo_beautician2")
        Dossier = env["beauty.dossier"]
        for user, other in ((b1, b2), (b2, b1)):
            covered = Dossier.search_count(
                [("responsible_id", "=", other.id), ("backup_id", "=", user.id)]
            )
            assert 0 < covered < 10, (user.login, covered)
            readable = Dossier.with_user(user).search_count([])
            assert 10 <= readable < 20, (user.login, readable)
