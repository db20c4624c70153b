/** @odoo-module **/
// Copyright 2026 Beauty Archive
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import {registry} from "@web/core/registry";
import {stepUtils} from "@web_tour/tour_service/tour_utils";

// A new customer at the front desk, her first skin assessment, and a treatment
// recorded and completed by the beautician.
registry.category("web_tour.tours").add("beauty_intake_assessment_treatment", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the Beauty app",
            trigger: ".o_app[data-menu-xmlid='beauty_dossier.menu_beauty_root']",
            run: "click",
        },
        {
            content: "It opens on the dossiers",
            trigger: ".o_breadcrumb:contains('Customer Dossiers')",
        },
        {
            trigger: ".o_menu_sections button:contains('Customers')",
            run: "click",
        },
        {
            content: "Register a customer",
            trigger: ".dropdown-item:contains('Register a Customer')",
            run: "click",
        },
        {
            trigger: ".modal .o_field_widget[name=name] input",
            run: "edit Song Jia",
        },
        {
            trigger: ".modal .o_field_widget[name=mobile] input",
            run: "edit +86 139 0000 7788",
        },
        {
            trigger: ".modal .o_field_widget[name=source] select",
            run: "selectByLabel Walk-in",
        },
        {
            trigger: ".modal button[name=action_register]",
            run: "click",
        },
        {
            content: "Her dossier is open, with its archive number",
            trigger: ".o_form_view .o_field_widget[name=name]:contains('BD')",
        },
        {
            content: "Open the skin section",
            trigger: ".o_notebook .nav-link:contains('Skin')",
            run: "click",
        },
        {
            trigger: "div[name=skin_assessment_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: ".modal .o_field_widget[name=skin_type] select",
            run: "selectByLabel Combination",
        },
        {
            trigger: ".modal .o_field_widget[name=zone_forehead] select",
            run: "selectByLabel Oily",
        },
        {
            trigger: ".modal .o_field_widget[name=zone_cheeks] select",
            run: "selectByLabel Dry",
        },
        {
            content: "Tick the conditions seen",
            trigger: ".modal .o_field_widget[name=condition_ids] .form-check:contains('Blackheads') input",
            run: "click",
        },
        {
            trigger: ".modal .o_field_widget[name=condition_ids] .form-check:contains('Enlarged Pores') input",
            run: "click",
        },
        {
            trigger: ".modal .o_form_button_save",
            run: "click",
        },
        {
            trigger: "div[name=skin_assessment_ids] .o_data_row:contains('Combination')",
        },
        {
            content: "Save the dossier",
            trigger: ".o_form_view .o_form_button_save",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_form_saved",
        },
        {
            content: "Open her treatments",
            trigger: "button[name=action_view_treatments]",
            run: "click",
        },
        {
            trigger: ".o_list_view .o_list_button_add",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=service_product_id] input",
            run: "edit Tour Facial",
        },
        {
            trigger: ".o_field_widget[name=service_product_id] .o-autocomplete--dropdown-menu li:contains('Tour Facial')",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=zone] select",
            run: "selectByLabel Face",
        },
        {
            content: "Complete the treatment",
            trigger: "button[name=action_done]",
            run: "click",
        },
        {
            content: "The treatment is done and locked",
            trigger: ".o_statusbar_status button.o_arrow_button_current:contains('Done')",
        },
        {
            trigger: "button[name=action_amend]",
        },
    ],
});
