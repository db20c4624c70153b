# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""1.2: the points reminders say the ladder's renewal date, not "the end of the
year": their templates (noupdate) are reloaded once from the module's data, then
left to the salon again."""


def migrate(cr, version):
    cr.execute(
        """
        UPDATE ir_model_data
           SET noupdate = false
         WHERE module = 'beauty_vip'
           AND name IN ('mail_template_points_expiry', 'sms_template_points_expiry')
        """
    )
