# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Beauty VIP & Loyalty",
    "summary": "VIP tiers, points and birthday benefits at the POS; visit plans in CRM",
    "version": "18.0.1.0.0",
    "category": "Services/Beauty",
    "author": "Beauty Archive",
    "maintainers": ["beauty-archive"],
    "license": "LGPL-3",
    "installable": True,
    "depends": ["beauty_dossier", "pos_loyalty", "crm", "sms"],
    "data": [],
    "demo": ["demo/res_users_demo.xml"],
}
