# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .beauty_dossier_mixin import BODY_ZONES


class BeautyPhoto(models.Model):
    """A photo of the customer: before, after, progress or design. The image
    is stored as attachments of this restricted model, never on the partner."""

    _name = "beauty.photo"
    _description = "Customer Photo"
    _inherit = ["beauty.dossier.mixin", "image.mixin", "beauty.access.logged.mixin"]
    _order = "taken_on desc, id desc"
    _beauty_consent_kind = "photos"

    image_1920 = fields.Image(required=True)
    kind = fields.Selection(
        [
            ("before", "Before"),
            ("after", "After"),
            ("progress", "Progress"),
            ("design", "Design"),
        ],
        required=True,
        default="before",
        tracking=True,
        group_expand="_read_group_kind",
    )
    zone = fields.Selection(
        BODY_ZONES,
        tracking=True,
    )
    taken_on = fields.Date(required=True, default=fields.Date.context_today)
    # set null: a destruction that keeps the photos cuts their links to what it
    # destroys (nothing else deletes a treatment, procedure or assessment)
    treatment_id = fields.Many2one(
        comodel_name="beauty.treatment",
        index="btree_not_null",
        ondelete="set null",
        domain="[('dossier_id', '=', dossier_id)]",
    )
    assessment_id = fields.Many2one(
        comodel_name="beauty.skin.assessment",
        string="Skin Assessment",
        index="btree_not_null",
        ondelete="set null",
        domain="[('dossier_id', '=', dossier_id)]",
    )
    procedure_id = fields.Many2one(
        comodel_name="beauty.procedure",
        index="btree_not_null",
        ondelete="set null",
        domain="[('dossier_id', '=', dossier_id)]",
    )
    description = fields.Char()

    @api.model
    def _read_group_kind(self, kinds, domain):
        """Grouped by kind, Before comes first, then After (the order a
        comparison reads), then the other kinds that have photos."""
        return ["before", "after"] + [k for k in ("progress", "design") if k in kinds]

    def _beauty_export_data(self):
        values, files = super()._beauty_export_data()
        files.update(self._beauty_export_image(values, "image_1920", "photos"))
        return values, files

    @api.constrains("treatment_id", "procedure_id", "assessment_id", "dossier_id")
    def _check_treatment_dossier(self):
        for photo in self:
            parents = (photo.treatment_id, photo.procedure_id, photo.assessment_id)
            if any(p and p.dossier_id != photo.dossier_id for p in parents):
                raise ValidationError(
                    self.env._(
                        "A photo belongs to the dossier of its treatment or procedure."
                    )
                )

    @api.depends("partner_id", "kind", "taken_on")
    def _compute_display_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for photo in self:
            parts = [photo.partner_id.name, kinds.get(photo.kind), photo.taken_on]
            photo.display_name = " — ".join(str(part) for part in parts if part)
