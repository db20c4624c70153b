/** @odoo-module **/
// Copyright 2026 Beauty Archive
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import {PaymentScreen} from "@point_of_sale/app/screens/payment_screen/payment_screen";
import {patch} from "@web/core/utils/patch";

patch(PaymentScreen.prototype, {
    /**
     * Once the order is on the server, show the customer's tier and points as
     * the server computed them (an offline order gets them at its next sync).
     */
    async afterOrderValidation(suggestToSync) {
        const partner = this.currentOrder?.get_partner();
        if (partner && suggestToSync && !this.pos.data.network.offline) {
            try {
                await this.pos.data.read("res.partner", [partner.id], [
                    "beauty_vip_tier_name",
                    "beauty_vip_points",
                    "beauty_vip_card_code",
                    "beauty_vip_birthday_discount",
                ]);
            } catch {
                // offline: the figures come with the next synchronisation
            }
        }
        return await super.afterOrderValidation(...arguments);
    },
});
