# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Beauty Customer Dossier",
    "summary": "One customer, one file: the salon's customer archive (顾客档案)",
    "version": "18.0.1.0.0",
    "category": "Services/Beauty",
    "author": "Beauty Archive",
    "maintainers": ["beauty-archive"],
    "license": "LGPL-3",
    "application": True,
    "installable": True,
    "depends": ["mail", "contacts", "product", "point_of_sale"],
    "data": [
        "security/beauty_dossier_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/ir_config_parameter_data.xml",
        "data/mail_activity_type_data.xml",
        "data/beauty_skin_condition_data.xml",
        "data/beauty_allergen_data.xml",
        "views/beauty_skin_condition_views.xml",
        "views/beauty_allergen_views.xml",
        "views/beauty_skin_assessment_views.xml",
        "views/beauty_medical_record_views.xml",
        "views/beauty_treatment_views.xml",
        "views/product_template_views.xml",
        "views/beauty_dossier_views.xml",
        "views/res_partner_views.xml",
        "views/beauty_menus.xml",
    ],
    "demo": [
        "demo/res_partner_demo.xml",
        "demo/beauty_dossier_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "beauty_dossier/static/tests/tours/**/*",
        ],
    },
}
