# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from collections import defaultdict

from odoo import api, models
from odoo.tools import SQL


class MailMessage(models.Model):
    """Messages of a customer's file are for those who may read the file.

    Odoo lets the author of a message and every partner notified of it (a
    mention, an assigned activity, a follower) read the message, its tracked
    values and its attachments, whatever their rights on the record it is
    posted on. On the dossier and the records of a file, the chatter holds
    medical data, treatment notes and photos: there the record decides alone.
    """

    _inherit = "mail.message"

    @api.model
    def _beauty_restricted_models(self):
        """The dossier and every record of a customer's file."""
        return {"beauty.dossier", *self.env["beauty.dossier.mixin"]._inherit_children}

    def _beauty_forbidden_documents(self):
        """The messages of ``self`` posted on a record of a customer's file that
        the current user cannot read."""
        forbidden = self.browse()
        if self.env.su or not self.ids:
            return forbidden
        self.flush_recordset(["model", "res_id"])
        rows = self.env.execute_query(
            SQL(
                """ SELECT id, model, res_id FROM mail_message
                     WHERE id = ANY(%s) AND model = ANY(%s) AND res_id IS NOT NULL
                """,
                list(self.ids),
                sorted(self._beauty_restricted_models()),
            )
        )
        by_model = defaultdict(lambda: defaultdict(list))
        for message_id, model, res_id in rows:
            by_model[model][res_id].append(message_id)
        for model, messages_by_doc in by_model.items():
            documents = (
                self.env[model].with_context(active_test=False).browse(messages_by_doc)
            )
            result = documents._check_access("read")
            if result:
                for doc_id in result[0]._ids:
                    forbidden += self.browse(messages_by_doc[doc_id])
        return forbidden

    def _get_forbidden_access(self, operation):
        forbidden = super()._get_forbidden_access(operation)
        return forbidden + (self - forbidden)._beauty_forbidden_documents()

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        query = super()._search(domain, offset=offset, limit=limit, order=order)
        if self.env.su:
            return query
        messages = self.browse(tuple(query))
        hidden = messages._beauty_forbidden_documents()
        if not hidden:
            return query
        return (messages - hidden)._as_query(order)
