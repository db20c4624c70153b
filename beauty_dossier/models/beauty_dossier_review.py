# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from dateutil.relativedelta import relativedelta

from odoo import fields, models
from odoo.exceptions import UserError


class BeautyDossier(models.Model):
    """The review workflow of a customer's file (beauty.state.machine.mixin):
    draft, submitted for review, approved by an archive manager who did not fill
    it in, closed; a full destruction closes a file in any state."""

    # a file of its own for the review workflow (issue 10, point 16)
    _inherit = "beauty.dossier"  # pylint: disable=consider-merging-classes-inherited

    def _state_transitions(self):
        reception = "beauty_dossier.group_beauty_reception"
        beautician = "beauty_dossier.group_beauty_beautician"
        archivist = "beauty_dossier.group_beauty_archivist"
        return {
            **super()._state_transitions(),
            ("draft", "to_review"): (reception, beautician),
            ("to_review", "active"): (archivist,),
            ("to_review", "draft"): (archivist,),
            ("active", "archived"): (archivist,),
            # a file not yet approved is closed by its destruction only
            ("draft", "archived"): (),
            ("to_review", "archived"): (),
        }

    def _state_machine_fields(self):
        return super()._state_machine_fields() | {"reviewed_by_id", "reviewed_on"}

    def _is_state_transition_allowed(self, old_state, new_state, groups):
        if new_state == "archived" and self._beauty_destruction_requests():
            return True
        return super()._is_state_transition_allowed(old_state, new_state, groups)

    def _beauty_destruction_requests(self):
        """The approved destruction requests of these files now under way (see
        ``beauty.dossier.mixin``): a full destruction closes the file."""
        return (
            self.env["beauty.destruction.request"]
            .sudo()
            .search(
                [
                    ("dossier_id", "in", self.ids),
                    ("state", "=", "done"),
                    ("line_ids", "=", False),
                    ("full_destruction", "=", True),
                ]
            )
        )

    def _check_state_transition(self, new_state):
        super()._check_state_transition(new_state)
        if new_state == "to_review":
            self._check_review_completeness()
        if new_state == "active" and not self.env.su:
            for dossier in self:
                if dossier.responsible_id == self.env.user:
                    raise UserError(
                        self.env._(
                            "A file is reviewed by a superior, not by the person "
                            "who filled it in (%(number)s).",
                            number=dossier.name,
                        )
                    )

    def _state_entry_values(self, new_state):
        values = super()._state_entry_values(new_state)
        if new_state == "active":
            today = fields.Date.context_today(self)
            values.update(
                reviewed_by_id=self.env.user.id,
                reviewed_on=fields.Datetime.now(),
                next_review_date=today + relativedelta(months=self._review_months()),
            )
        return values

    def _on_enter_state(self, new_state):
        super()._on_enter_state(new_state)
        if new_state == "to_review":
            for dossier in self:
                dossier.activity_schedule(
                    "beauty_dossier.mail_act_dossier_review",
                    user_id=(dossier._reviewer() or self.env.user).id,
                    note=dossier._review_completeness_warning(),
                )
        elif new_state == "draft":
            self.activity_unlink(["beauty_dossier.mail_act_dossier_review"])
        elif new_state == "active":
            self.activity_feedback(
                [
                    "beauty_dossier.mail_act_dossier_review",
                    "beauty_dossier.mail_act_dossier_completion",
                ]
            )
            for dossier in self:
                dossier.activity_schedule(
                    "beauty_dossier.mail_act_dossier_periodic_review",
                    date_deadline=dossier.next_review_date,
                    user_id=(dossier.responsible_id or self.env.user).id,
                )

    def _reviewer(self):
        """The archive manager who reviews the file: one of its store, not the
        person who filled it in: of that store first, a store manager (her superior)
        before the other archive managers, the administrators last, then by id
        (always the same one)."""
        self.ensure_one()
        company = self.company_id
        # sudo: the group's members, whoever submits
        candidates = (
            self.env.ref("beauty_dossier.group_beauty_archivist")
            .sudo()
            .users.filtered(
                lambda u: not u.share
                and u.active
                and company in u.company_ids
                and u != self.responsible_id
            )
        )
        return candidates.sorted(
            lambda u: (
                u.company_id != company,
                u.has_group("base.group_system"),
                not u.has_group("beauty_dossier.group_beauty_manager"),
                u.id,
            )
        )[:1]

    def _review_min_completeness(self):
        """Completeness (%) below which a file is not submitted for review
        (``beauty_dossier.review_min_completeness``, 0 by default: never refused,
        only a warning)."""
        value = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("beauty_dossier.review_min_completeness", "0")
        )
        try:
            return min(max(int(value), 0), 100)
        except ValueError:
            return 0

    def _missing_sections(self):
        self.ensure_one()
        sections = [
            ("completeness_basic", self.env._("basic data")),
            ("completeness_lifestyle", self.env._("lifestyle")),
            ("completeness_skin", self.env._("skin assessment")),
            ("completeness_medical", self.env._("medical record")),
        ]
        return [label for name, label in sections if self[name] < 100]

    def _review_completeness_warning(self):
        """What the submitter and the reviewer are told of an incomplete file."""
        self.ensure_one()
        if self.completeness >= 100:
            return False
        return self.env._(
            "%(number)s is submitted %(completeness)s %% complete; incomplete: "
            "%(sections)s.",
            number=self.name,
            completeness=self.completeness,
            sections=", ".join(self._missing_sections()),
        )

    def _check_review_completeness(self):
        threshold = self._review_min_completeness()
        for dossier in self:
            if dossier.completeness < threshold:
                raise UserError(
                    self.env._(
                        "%(number)s is %(completeness)s %% complete: a file is "
                        "submitted for review from %(threshold)s %% (incomplete: "
                        "%(sections)s).",
                        number=dossier.name,
                        completeness=dossier.completeness,
                        threshold=threshold,
                        sections=", ".join(dossier._missing_sections()),
                    )
                )

    def _review_months(self):
        months = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("beauty_dossier.review_months", "12")
        )
        try:
            return max(int(months), 1)
        except ValueError:
            return 12

    def action_submit_review(self):
        """Submit the file; an incomplete one is submitted with a warning (to
        the submitter, and in the reviewer's task) unless below the minimum."""
        for dossier in self:
            if dossier.state != "draft":
                raise UserError(
                    self.env._(
                        "Only a draft file can be submitted for review (%(number)s).",
                        number=dossier.name,
                    )
                )
        self._state_transition("to_review")
        warnings = [d._review_completeness_warning() for d in self]
        warnings = [warning for warning in warnings if warning]
        if not warnings:
            return True
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": self.env._("Submitted incomplete"),
                "message": " ".join(warnings),
                "type": "warning",
                "sticky": False,
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }

    def action_approve(self):
        return self._state_transition("active")

    def action_return_to_draft(self):
        return self._state_transition("draft")

    def action_close(self):
        return self._state_transition("archived")
