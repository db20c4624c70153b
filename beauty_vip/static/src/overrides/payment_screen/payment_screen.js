/** @odoo-module **/
// Copyright 2026 Beauty Archive
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import {_t} from "@web/core/l10n/translation";
import {AlertDialog} from "@web/core/confirmation_dialog/confirmation_dialog";
import {ConnectionLostError} from "@web/core/network/rpc";
import {PaymentScreen} from "@point_of_sale/app/screens/payment_screen/payment_screen";
import {patch} from "@web/core/utils/patch";

patch(PaymentScreen.prototype, {
    /**
     * Before the payment is taken: the server says whether the birthday benefit
     * and the VIP gifts of the order are due, and the cashier is told when they
     * are not. Offline, the order goes on: the server records, at the
     * synchronisation, what was not due (it never refuses a paid order).
     */
    async validateOrder(isForceValidate) {
        const order = this.currentOrder;
        const partner = order.get_partner();
        const lines = order.get_orderlines();
        const rewards = lines.filter((line) => line.is_reward_line && line.reward_id);
        if (partner && (order.beauty_vip_birthday || rewards.length)) {
            let result = {successful: true};
            try {
                result = await this.pos.data.call(
                    "pos.order",
                    "beauty_vip_check_before_payment",
                    [
                        this.pos.config.id,
                        partner.id,
                        {
                            birthday: Boolean(order.beauty_vip_birthday),
                            date: order.date_order,
                            lines: lines.map((line) => ({
                                product_id: line.product_id.id,
                                discount: line.get_discount(),
                                qty: line.get_quantity(),
                                reward_id: line.is_reward_line ? line.reward_id?.id : false,
                                points_cost: line.points_cost || 0,
                            })),
                        },
                    ]
                );
            } catch (error) {
                if (!(error instanceof ConnectionLostError)) {
                    throw error;
                }
            }
            if (!result.successful) {
                this.dialog.add(AlertDialog, {
                    title: _t("VIP benefit not due"),
                    body: result.message,
                });
                return;
            }
        }
        return await super.validateOrder(...arguments);
    },
});
