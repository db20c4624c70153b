/** @odoo-module **/
// Copyright 2026 Beauty Archive
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import {ControlButtons} from "@point_of_sale/app/screens/product_screen/control_buttons/control_buttons";
import {patch} from "@web/core/utils/patch";

patch(ControlButtons.prototype, {
    /** The birthday discount the customer may have today (0: none). */
    get beautyBirthdayDiscount() {
        const order = this.currentOrder;
        const partner = order?.get_partner();
        if (!partner || order.beauty_vip_birthday) {
            return 0;
        }
        return partner.beauty_vip_birthday_discount || 0;
    },
    /**
     * The birthday benefit, never stacked with the tier discount: on each line
     * the better of the two, never on a promotional product. The server checks
     * it again and marks it used for the year.
     */
    beautyApplyBirthday() {
        const order = this.currentOrder;
        const rate = this.beautyBirthdayDiscount;
        for (const line of order.get_orderlines()) {
            const product = line.product_id;
            if (product.beauty_promotional || line.is_reward_line) {
                continue;
            }
            const birthdayPrice = product.lst_price * (1 - rate / 100);
            const currentPrice = line.get_unit_price() * (1 - line.get_discount() / 100);
            if (birthdayPrice < currentPrice) {
                line.set_unit_price(product.lst_price);
                line.price_type = "manual";
                line.set_discount(rate);
            }
        }
        order.beauty_vip_birthday = true;
    },
});
