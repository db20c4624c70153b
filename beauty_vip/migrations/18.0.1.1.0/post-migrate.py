# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""1.1: what refunds gave back is kept on the refunded purchase only
(``beauty_vip_refunded``), no longer as a net amount written on every order (Odoo
drops the old column itself)."""

from odoo import SUPERUSER_ID, api

from odoo.addons.beauty_vip.hooks import update_refunded


def migrate(cr, version):
    update_refunded(api.Environment(cr, SUPERUSER_ID, {}))
