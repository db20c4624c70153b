# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, models


class MailNotification(models.Model):
    """Every internal user reads every notification in Odoo, and its message is
    shown by name: the name of a record of a customer's file (e.g. "Double
    Eyelid Surgery for …"). A notification of a message the user may not read
    is hidden like the message itself."""

    _inherit = "mail.notification"

    def _beauty_forbidden(self):
        if self.env.su or not self:
            return self.browse()
        # sudo: the message of each notification; its access is checked below
        by_message = self.sudo().grouped("mail_message_id")
        hidden = self.env["mail.message"].concat(*by_message)
        hidden = hidden.sudo(False)._beauty_forbidden_documents()
        return self.browse(
            notification.id
            for message in hidden
            for notification in by_message[message.sudo()]
        )

    def _check_access(self, operation):
        result = super()._check_access(operation)
        allowed = self - result[0] if result else self
        forbidden = allowed._beauty_forbidden()
        if not forbidden:
            return result
        if result:
            return (result[0] + forbidden, result[1])
        return (forbidden, lambda: forbidden._make_access_error(operation))

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        query = super()._search(domain, offset=offset, limit=limit, order=order)
        if self.env.su:
            return query
        notifications = self.browse(tuple(query))
        hidden = notifications._beauty_forbidden()
        if not hidden:
            return query
        return (notifications - hidden)._as_query(order)
