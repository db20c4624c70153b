# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Beauty Complaints",
    "summary": "Customer complaint management card (客户投诉管理卡) and its analysis",
    "version": "18.0.1.0.0",
    "category": "Services/Beauty",
    "author": "Beauty Archive",
    "maintainers": ["beauty-archive"],
    "license": "LGPL-3",
    "installable": True,
    "depends": ["beauty_dossier", "loyalty", "portal", "rating", "resource", "sms"],
    "data": [
        "security/beauty_complaints_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/mail_activity_type_data.xml",
        "data/beauty_complaint_stage_data.xml",
        "data/beauty_complaint_category_data.xml",
        "data/beauty_complaint_cause_data.xml",
        "data/beauty_complaint_sla_data.xml",
        "data/ir_cron_data.xml",
        "data/mail_template_data.xml",
        "data/sms_template_data.xml",
        "data/mail_alias_data.xml",
        "views/beauty_complaint_views.xml",
        "views/beauty_complaint_compensation_views.xml",
        "views/beauty_complaint_config_views.xml",
        "views/inherited_views.xml",
        "wizards/beauty_complaint_lot_trace_views.xml",
        "report/beauty_complaint_report.xml",
        "report/beauty_complaint_analysis_report.xml",
        "report/beauty_complaint_staff_report_views.xml",
        "wizards/beauty_complaint_analysis_wizard_views.xml",
        "views/complaint_public_templates.xml",
        "views/complaint_portal_templates.xml",
        "views/beauty_complaint_menus.xml",
    ],
    "assets": {
        "point_of_sale._assets_pos": [
            "beauty_complaints/static/src/overrides/**/*",
        ],
        "web.assets_frontend": [
            "beauty_complaints/static/src/portal/**/*",
        ],
        "web.assets_tests": [
            "beauty_complaints/static/tests/tours/**/*",
        ],
    },
    "demo": [
        "demo/res_users_demo.xml",
        "demo/beauty_complaint_demo.xml",
    ],
}
