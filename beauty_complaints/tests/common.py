# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.addons.mail.tests.common import mail_new_test_user


class BeautyComplaintCommon:
    """Users, a store on a known working calendar and an SLA of its own."""

    @classmethod
    def _setup_complaint_world(cls):
        env = cls.env
        cls.store = env["res.company"].create({"name": "Test Store 门店"})
        cls.calendar = env["resource.calendar"].create(
            {
                "name": "Test store hours, 9:00-18:00 Mon-Fri",
                "tz": "UTC",
                "company_id": cls.store.id,
                "attendance_ids": [
                    (
                        0,
                        0,
                        {
                            "name": f"Day {day}",
                            "dayofweek": str(day),
                            "hour_from": 9,
                            "hour_to": 18,
                            "day_period": "morning",
                        },
                    )
                    for day in range(5)
                ],
            }
        )
        cls.store.write(
            {
                "resource_calendar_id": cls.calendar.id,
                "beauty_complaint_limit_amount": 100,
                "beauty_complaint_limit_points": 200,
                "beauty_complaint_chain_hours": 1,
            }
        )
        cls.branch = env["res.company"].create(
            {"name": "Test Branch 分店", "parent_id": cls.store.id}
        )
        cls.branch.write(
            {"resource_calendar_id": cls.calendar.id, "beauty_complaint_chain_hours": 1}
        )
        stores = f"{cls.store.id},{cls.branch.id}"

        def user(login, groups, companies=None):
            return mail_new_test_user(
                env,
                login=login,
                name=login.replace("_", " ").title(),
                groups=f"base.group_user,{groups}",
                company_id=cls.store.id,
                company_ids=[(6, 0, companies or [cls.store.id])],
            )

        grp = "beauty_complaints.group_beauty_complaint_handler"
        cls.handler = user("test_cpl_handler", grp, [cls.store.id, cls.branch.id])
        cls.manager = user("test_cpl_manager", "beauty_dossier.group_beauty_manager")
        cls.manager_2 = user(
            "test_cpl_manager_2", "beauty_dossier.group_beauty_manager"
        )
        cls.branch_manager = mail_new_test_user(
            env,
            login="test_cpl_branch_manager",
            name="Branch Manager",
            groups="base.group_user,beauty_dossier.group_beauty_manager",
            company_id=cls.branch.id,
            company_ids=[(6, 0, [cls.branch.id])],
        )
        cls.reception = user(
            "test_cpl_reception", "beauty_dossier.group_beauty_reception"
        )
        cls.beautician_a = user(
            "test_cpl_beautician_a", "beauty_dossier.group_beauty_beautician"
        )
        cls.beautician_b = user(
            "test_cpl_beautician_b", "beauty_dossier.group_beauty_beautician"
        )
        cls.cashier = user("test_cpl_cashier", "point_of_sale.group_pos_user")
        del stores
        cls.customer = env["res.partner"].create({"name": "Complaining Customer 顾客"})
        cls.sla = env["beauty.complaint.sla"].create(
            {
                "name": "Test store SLA",
                "sequence": -1,
                "company_id": cls.store.id,
                "hours_to_acknowledge": 2,
                "hours_to_resolve": 9,
            }
        )
        env["beauty.complaint.sla"].create(
            {
                "name": "Test branch SLA",
                "sequence": -1,
                "company_id": cls.branch.id,
                "hours_to_acknowledge": 2,
                "hours_to_resolve": 9,
            }
        )
        cls.category = env.ref("beauty_complaints.complaint_category_service")
        cls.cause = env.ref("beauty_complaints.complaint_cause_technique")
        cls.program = env["loyalty.program"].create(
            {
                "name": "Test store points",
                "program_type": "loyalty",
                "company_id": cls.store.id,
            }
        )
        cls.store.beauty_complaint_program_id = cls.program

    @classmethod
    def _complaint(cls, user=None, **values):
        user = user or cls.reception
        return (
            cls.env["beauty.complaint"]
            .with_user(user)
            .with_company(values.get("company_id") or cls.store)
            .create(
                {
                    "partner_id": cls.customer.id,
                    "company_id": cls.store.id,
                    "category_id": cls.category.id,
                    "description": "Redness after the facial.",
                    **values,
                }
            )
        )
