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
    "depends": ["beauty_dossier", "loyalty", "rating"],
    "data": [],
}
