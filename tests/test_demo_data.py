# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The demo salon that `make run` shows is complete and coherent.

`make test` installs the addons with their demo data, like `make run`; these checks
read that database."""

import odoo
from odoo import SUPERUSER_ID, api


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
        zhao = env.ref("beauty_dossier.dossier_demo_zhao_li")
        assert zhao.safety_alert and zhao.partner_id.beauty_safety_alert
        eyelid = env.ref("beauty_dossier.procedure_demo_eyelid")
        assert eyelid.state == "done"
        assert len(eyelid.followup_ids) == 4
        assert eyelid.activity_ids
        walk_in = env.ref("beauty_dossier.partner_demo_zhou_yan")
        assert not walk_in.beauty_archive_number
