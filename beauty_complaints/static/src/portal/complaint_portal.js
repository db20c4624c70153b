/** @odoo-module */
// Copyright 2026 Beauty Archive
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import {PortalHomeCounters} from "@portal/js/portal";

PortalHomeCounters.include({
    /**
     * The complaints' card stays on the portal's home without any complaint:
     * a customer files her first one from there.
     *
     * @override
     */
    _getCountersAlwaysDisplayed() {
        return this._super(...arguments).concat(["complaint_count"]);
    },
});
