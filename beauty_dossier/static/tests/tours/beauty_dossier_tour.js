/** @odoo-module **/
// Copyright 2026 Beauty Archive
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import {registry} from "@web/core/registry";

// Front desk opens a walk-in customer and creates her dossier with one click
// on the partner form's smart button.
registry.category("web_tour.tours").add("beauty_dossier_open_from_partner", {
    steps: () => [
        {
            content: "Search the walk-in customer",
            trigger: ".o_searchview_input",
            run: "edit Xu Qing",
        },
        {
            trigger: ".o_searchview_input",
            run: "press Enter",
        },
        {
            trigger: ".o_facet_values:contains('Xu Qing')",
        },
        {
            content: "Open her contact card",
            trigger: ".o_kanban_record:contains('Xu Qing')",
            run: "click",
        },
        {
            content: "Create the dossier from the smart button",
            trigger: "button[name=action_open_beauty_dossier]:contains('Create')",
            run: "click",
        },
        {
            content: "The dossier opens with its archive number",
            trigger: ".o_form_view .o_field_widget[name=name]:contains('BD')",
        },
        {
            content: "of the right customer",
            trigger: ".o_breadcrumb .active:contains('Xu Qing')",
        },
        {
            content: "Back to the customer",
            trigger: ".o_breadcrumb .breadcrumb-item a:contains('Xu Qing')",
            run: "click",
        },
        {
            content: "The smart button now shows the archive number",
            trigger: "button[name=action_open_beauty_dossier]:contains('BD')",
        },
    ],
});
