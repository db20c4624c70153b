/** @odoo-module **/
// Copyright 2026 Beauty Archive
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import {registry} from "@web/core/registry";

// The store manager opens the tier distribution: the pivot groups and measures
// what the members paid, the graph and the list open too.
registry.category("web_tour.tours").add("beauty_vip_tier_distribution", {
    steps: () => [
        {
            content: "The pivot measures what the members paid in 12 months",
            trigger: ".o_pivot th:contains('Paid in 12 Months')",
        },
        {
            content: "It is grouped by ladder",
            trigger: ".o_pivot .o_pivot_header_cell_opened, .o_pivot .o_pivot_header_cell_closed",
        },
        {
            trigger: ".o_pivot td.o_pivot_cell_value",
        },
        {
            content: "The graph opens",
            trigger: "button.o_switch_view.o_graph",
            run: "click",
        },
        {
            trigger: ".o_graph_renderer canvas",
        },
        {
            content: "The list opens, with the member",
            trigger: "button.o_switch_view.o_list",
            run: "click",
        },
        {
            content: "Grouped by ladder: open the VIP card's",
            trigger: ".o_group_header:contains('VIP Card')",
            run: "click",
        },
        {
            trigger: ".o_data_row:contains('Member 会员')",
        },
    ],
});
