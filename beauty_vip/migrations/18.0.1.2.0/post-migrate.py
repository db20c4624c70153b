# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""1.2: tier pricelists are never a customer's default. A point of sale whose
default pricelist was a tier's gets a default that is not (walk-ins pay the
list price again), with the tier pricelists available for members. The
reminders' templates, reloaded by the update, are the salon's again (noupdate)."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["pos.config"].search([])._beauty_vip_link_pricelists()
    cr.execute(
        """
        UPDATE ir_model_data
           SET noupdate = true
         WHERE module = 'beauty_vip'
           AND name IN ('mail_template_points_expiry', 'sms_template_points_expiry')
        """
    )
