# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, models
from odoo.exceptions import AccessError, UserError


class BeautyStateMachineMixin(models.AbstractModel):
    """One workflow mechanism for the records that have a lifecycle.

    A model declares its transitions and who may make them
    (``_state_transitions``), what entering a state records
    (``_state_entry_values``), what must hold before it (``_check_state_transition``)
    and what entering it does (``_on_enter_state``); another addon extends any of
    them with ``_inherit`` and ``super()``.

    The state and the fields listed by ``_state_machine_fields`` are written by
    the mechanism only:

    * ``write`` and ``create`` refuse them to every caller that is not in
      superuser mode, JSON-RPC included: the buttons call ``_state_transition``;
    * ``_state_transition`` is the checked path, whoever calls it: the
      transition must be declared and its conditions hold, superuser mode or not;
      the user must be in one of its groups, unless in superuser mode (the
      groups are access rights, which superuser mode bypasses as it bypasses
      ``ir.model.access``). Once checked, it writes in superuser mode, the one
      mode in which ``write`` accepts the state;
    * a write in superuser mode (``sudo()`` in code, data files, migrations) is
      trusted as Odoo trusts any superuser write: the state is written as given,
      without the transition checks (data files set a demo file "active", a test
      bypasses a check to show the database constraint behind it);
    * entering a state, by whatever path, records its entry values and runs its
      side effects, in the environment of the write.
    """

    _name = "beauty.state.machine.mixin"
    _description = "Workflow State Machine"

    _state_field = "state"

    # ------------------------------------------------------------ declarations

    def _state_transitions(self):
        """The transitions of the model: ``{(from_state, to_state): groups}``,
        ``groups`` being the XML ids of the groups allowed to make it (any of
        them). A transition with no group is declared but made by nobody unless
        ``_is_state_transition_allowed`` says otherwise."""
        return {}

    def _state_machine_fields(self):
        """Fields written by the workflow only: the state and what entering a
        state records."""
        return {self._state_field}

    def _state_entry_values(self, new_state):
        """Values written on ``self`` (one record) when it enters ``new_state``."""
        self.ensure_one()
        return {}

    def _is_state_transition_allowed(self, old_state, new_state, groups):
        """Whether the current user may move ``self`` from ``old_state`` to
        ``new_state``; ``groups`` are those the transition declares."""
        return any(self.env.user.has_group(group) for group in groups)

    def _check_state_transition(self, new_state):
        """Conditions of entering ``new_state`` (raise a ``UserError``)."""

    def _on_enter_state(self, new_state):
        """Side effects of ``self`` entering ``new_state`` (activities, messages…)."""

    # ------------------------------------------------------------- mechanism

    def _state_label(self, state):
        field = self._fields[self._state_field]
        return dict(field._description_selection(self.env)).get(state, state)

    def _state_refused_message(self):
        return self.env._(
            "The status of %(records)s changes only with its buttons.",
            records=self.env["ir.model"]._get(self._name).name,
        )

    def _check_state_permission(self, new_state):
        """Refuse when ``new_state`` is not reachable from the state of every
        record of ``self`` by the current user."""
        declared = self._state_transitions()
        for old_state, records in self.grouped(self._state_field).items():
            groups = declared.get((old_state, new_state))
            if groups is None:
                raise UserError(
                    self.env._(
                        "%(record)s cannot go from “%(from)s” to “%(to)s”. %(hint)s",
                        record=records[0].display_name,
                        to=self._state_label(new_state),
                        hint=self._state_refused_message(),
                        **{"from": self._state_label(old_state)},
                    )
                )
            if self.env.su:
                continue
            if not records._is_state_transition_allowed(old_state, new_state, groups):
                raise AccessError(
                    self.env._(
                        "You are not allowed to move %(record)s from “%(from)s” to "
                        "“%(to)s”.",
                        record=records[0].display_name,
                        to=self._state_label(new_state),
                        **{"from": self._state_label(old_state)},
                    )
                )

    def _state_transition(self, new_state):
        """Move ``self`` to ``new_state``: what the workflow buttons call."""
        if not self:
            return True
        self.check_access("write")
        self._check_state_permission(new_state)
        self._check_state_transition(new_state)
        # sudo: the workflow fields are written by this mechanism only (see
        # write); the user's right to this transition is what was just checked
        self.sudo().write({self._state_field: new_state})
        return True

    def _check_state_fields(self, fnames):
        if self.env.su:
            return
        if self._state_machine_fields() & set(fnames):
            raise UserError(self._state_refused_message())

    @api.model_create_multi
    def create(self, vals_list):
        field = self._fields[self._state_field]
        initial = field.default(self) if field.default else None
        for vals in vals_list:
            given = {
                name
                for name, value in vals.items()
                if not (name == self._state_field and value == initial)
            }
            self._check_state_fields(given)
        return super().create(vals_list)

    def write(self, vals):
        self._check_state_fields(vals)
        name = self._state_field
        if name not in vals:
            return super().write(vals)
        new_state = vals[name]
        entering = self.filtered(lambda record: record[name] != new_state)
        super(BeautyStateMachineMixin, self - entering).write(vals)
        for record in entering:
            # what the caller (the superuser) wrote prevails
            super(BeautyStateMachineMixin, record).write(
                {**record._state_entry_values(new_state), **vals}
            )
        entering._on_enter_state(new_state)
        return True
