/** @odoo-module **/
// Copyright 2026 Beauty Archive
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import {registry} from "@web/core/registry";

// The archive manager asks for the destruction of the medical data of a
// customer who revoked her consent.
registry.category("web_tour.tours").add("beauty_destruction_request", {
    steps: () => [
        {
            content: "The customer is on the destruction list",
            trigger: ".o_data_row:contains('Zhou Min') .o_data_cell",
            run: "click",
        },
        {
            content: "Her file shows the revoked consent",
            trigger: ".alert-danger:contains('Consent revoked')",
        },
        {
            content: "Ask for the destruction",
            trigger: "button.btn-primary[name=action_request_destruction]",
            run: "click",
        },
        {
            content: "The revoked consent's data is ticked",
            trigger: ".o_field_widget[name=destroy_medical] input:checked",
        },
        {
            content: "Give the reason",
            trigger: ".o_field_widget[name=reason] textarea",
            run: "edit The customer revoked her medical data consent by letter.",
        },
        {
            content: "Submit it for approval",
            trigger: "button[name=action_submit]",
            run: "click",
        },
        {
            content: "It waits for a store manager",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains('Waiting for Approval')",
        },
    ],
});

// Another store manager approves it; the request becomes the destruction record.
registry.category("web_tour.tours").add("beauty_destruction_approve", {
    steps: () => [
        {
            content: "Open the request waiting for approval",
            trigger: ".o_data_row:contains('Zhou Min') .o_data_cell",
            run: "click",
        },
        {
            content: "Approve and destroy",
            trigger: "button[name=action_approve]",
            run: "click",
        },
        {
            content: "Confirm",
            trigger: ".modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "The request is the destruction record",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains('Destroyed')",
        },
        {
            content: "with what was destroyed and how many",
            trigger: ".o_field_widget[name=line_ids] .o_data_row:contains('Medical Records'):contains('1')",
        },
    ],
});
