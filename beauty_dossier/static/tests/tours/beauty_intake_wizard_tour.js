/** @odoo-module **/
// Copyright 2026 Beauty Archive
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import {registry} from "@web/core/registry";
import {stepUtils} from "@web_tour/tour_service/tour_utils";

// The front desk registers a customer: she chooses the beautician in charge (she
// is not one) and the customer draws her signature (the pad opens on drawing).
registry.category("web_tour.tours").add("beauty_intake_front_desk", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            trigger: ".o_app[data-menu-xmlid='beauty_dossier.menu_beauty_root']",
            run: "click",
        },
        {
            trigger: ".o_menu_sections button:contains('Customers')",
            run: "click",
        },
        {
            trigger: ".dropdown-item:contains('Register a Customer')",
            run: "click",
        },
        {
            trigger: ".modal .o_field_widget[name=name] input",
            run: "edit Gao Yue",
        },
        {
            trigger: ".modal .o_field_widget[name=responsible_id] input",
            run: "edit Tour Beautician",
        },
        {
            trigger: ".modal .o_field_widget[name=responsible_id] .o-autocomplete--dropdown-menu li:contains('Tour Beautician')",
            run: "click",
        },
        {
            trigger: ".modal .o_field_widget[name=signature] .o_signature",
            run: "click",
        },
        {
            content: "The pad opens on a drawn signature",
            trigger: ".modal .o_web_sign_draw_button.active",
        },
        {
            content: "Close the pad unsigned",
            trigger: ".modal:has(.o_web_sign_draw_button) .btn-close",
            run: "click",
        },
        {
            trigger: "body:not(:has(.o_web_sign_draw_button))",
        },
        {
            trigger: ".modal button[name=action_register]",
            run: "click",
        },
        {
            content: "Her file is open",
            trigger: ".o_form_view .o_field_widget[name=name]:contains('BD')",
        },
    ],
});
