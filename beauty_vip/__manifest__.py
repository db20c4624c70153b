# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Beauty VIP & Loyalty",
    "summary": "VIP tiers, points and birthday benefits at the POS; visit plans in CRM",
    "version": "18.0.1.3.0",
    "category": "Services/Beauty",
    "author": "Beauty Archive",
    "maintainers": ["beauty-archive"],
    "license": "LGPL-3",
    "installable": True,
    "depends": ["beauty_dossier", "pos_loyalty", "crm", "sms"],
    "data": [
        "security/beauty_vip_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/beauty_vip_data.xml",
        "data/ir_cron_data.xml",
        "data/mail_template_data.xml",
        "data/beauty_visit_data.xml",
        "data/beauty_greeting_occasion_data.xml",
        "views/beauty_vip_ladder_views.xml",
        "views/beauty_vip_membership_views.xml",
        "views/res_partner_views.xml",
        "views/pos_order_views.xml",
        "views/beauty_visit_views.xml",
        "views/beauty_visit_plan_views.xml",
        "views/crm_lead_views.xml",
        "views/res_config_settings_views.xml",
        "report/beauty_vip_membership_report_views.xml",
        "views/beauty_vip_menus.xml",
    ],
    "assets": {
        "point_of_sale._assets_pos": [
            "beauty_vip/static/src/overrides/**/*",
        ],
        "web.assets_tests": [
            "beauty_vip/static/tests/tours/**/*",
        ],
    },
    "demo": [
        "demo/res_users_demo.xml",
        "demo/beauty_visit_demo.xml",
        "demo/pos_demo.xml",
    ],
    "pre_init_hook": "pre_init_hook",
    "post_init_hook": "post_init_hook",
    "uninstall_hook": "uninstall_hook",
}
