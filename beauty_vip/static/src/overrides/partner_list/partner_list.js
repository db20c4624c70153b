/** @odoo-module **/
// Copyright 2026 Beauty Archive
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import {PartnerList} from "@point_of_sale/app/screens/partner_list/partner_list";
import {patch} from "@web/core/utils/patch";

patch(PartnerList.prototype, {
    /** An anonymised customer is never offered. */
    getPartners() {
        return super.getPartners(...arguments).filter((partner) => !partner.beauty_anonymised);
    },
});
