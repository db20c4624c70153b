/** @odoo-module **/
// Copyright 2026 Beauty Archive
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import * as Chrome from "@point_of_sale/../tests/tours/utils/chrome_util";
import * as Dialog from "@point_of_sale/../tests/tours/utils/dialog_util";
import * as PaymentScreen from "@point_of_sale/../tests/tours/utils/payment_screen_util";
import * as ProductScreen from "@point_of_sale/../tests/tours/utils/product_screen_util";
import * as ReceiptScreen from "@point_of_sale/../tests/tours/utils/receipt_screen_util";
import {ConnectionLostError} from "@web/core/network/rpc";
import {registry} from "@web/core/registry";

// A gold customer: her badge shows, the tier discount applies by itself, not on a
// promotional product; she pays.
registry.category("web_tour.tours").add("beauty_vip_gold_discount", {
    steps: () =>
        [
            Chrome.startPoS(),
            Dialog.confirm("Open Register"),
            ProductScreen.clickPartnerButton(),
            {
                content: "The partner list shows her tier and her safety alert",
                trigger:
                    ".partner-info:contains('Gold Customer') .beauty-vip-tier:contains('Gold')",
            },
            {
                trigger: ".partner-info:contains('Gold Customer') .beauty-safety-alert:contains('Safety Alert')",
            },
            ProductScreen.clickCustomer("Gold Customer"),
            {
                content: "The order shows her tier",
                trigger: ".set-partner + .beauty-vip-badges .beauty-vip-tier:contains('Gold'), .beauty-vip-badges .beauty-vip-tier:contains('Gold')",
            },
            ProductScreen.addOrderline("VIP Tour Facial", "1"),
            ProductScreen.selectedOrderlineHas("VIP Tour Facial", "1", "80.00"),
            ProductScreen.addOrderline("VIP Tour Promo", "1"),
            ProductScreen.selectedOrderlineHas("VIP Tour Promo", "1", "50.00"),
            ProductScreen.totalAmountIs("130.00"),
            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Bank"),
            PaymentScreen.clickValidate(),
            ReceiptScreen.isShown(),
        ].flat(),
});

// A VIP customer on her birthday: the birthday benefit beats the tier discount on
// the facial, once; her points show after the payment.
registry.category("web_tour.tours").add("beauty_vip_birthday", {
    steps: () =>
        [
            Chrome.startPoS(),
            Dialog.confirm("Open Register"),
            ProductScreen.clickPartnerButton(),
            ProductScreen.clickCustomer("Birthday Customer"),
            ProductScreen.addOrderline("VIP Tour Facial", "1"),
            ProductScreen.selectedOrderlineHas("VIP Tour Facial", "1", "88.00"),
            {
                content: "Offer the birthday benefit",
                trigger: ".beauty-vip-birthday:contains('40')",
                run: "click",
            },
            ProductScreen.selectedOrderlineHas("VIP Tour Facial", "1", "60.00"),
            {
                content: "Offered once",
                trigger: ".control-buttons:not(:has(.beauty-vip-birthday))",
            },
            ProductScreen.totalAmountIs("60.00"),
            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Bank"),
            PaymentScreen.clickValidate(),
            ReceiptScreen.isShown(),
            ReceiptScreen.clickNextOrder(),
            ProductScreen.clickPartnerButton(),
            ProductScreen.inputCustomerSearchbar("Birthday"),
            {
                content: "Her points, as the server computed them, after the payment",
                trigger:
                    ".partner-info:contains('Birthday Customer') .beauty-vip-points:contains('60 pts')",
            },
        ].flat(),
});

// Offline, the POS leaves its failed synchronisation as an unhandled rejection:
// it shows its "Connection Lost" dialog (confirmed in the tour) and logs the error,
// which fails a tour. While the offline tour runs, that expected log is silenced;
// the dialog still shows.
let simulatedOffline = false;
registry.category("error_handlers").add(
    "beauty_vip_tour_simulated_offline",
    (env, error, originalError) => {
        if (simulatedOffline && originalError instanceof ConnectionLostError) {
            error.event?.preventDefault();
        }
        return false;
    },
    {sequence: 0}
);

// The connection drops: the order is taken offline, then synced when the
// connection comes back; the server counts it (upgrade, points) and the POS shows
// her new tier and points.
registry.category("web_tour.tours").add("beauty_vip_offline", {
    steps: () =>
        [
            Chrome.startPoS(),
            Dialog.confirm("Open Register"),
            {
                content: "The connection drops",
                trigger: ".pos-topheader",
                run: () => {
                    simulatedOffline = true;
                    window.dispatchEvent(new Event("offline"));
                },
            },
            {trigger: ".oe_status .fa-chain-broken"},
            ProductScreen.clickPartnerButton(),
            ProductScreen.clickCustomer("Offline Customer"),
            ProductScreen.addOrderline("VIP Tour Facial", "1"),
            ProductScreen.selectedOrderlineHas("VIP Tour Facial", "1", "88.00"),
            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Bank"),
            PaymentScreen.clickValidate(),
            Dialog.confirm("Continue with limited functionality"),
            ReceiptScreen.isShown(),
            ReceiptScreen.clickNextOrder(),
            {
                content: "The connection comes back",
                trigger: ".pos-topheader .oe_status",
                run: () => {
                    simulatedOffline = false;
                    window.dispatchEvent(new Event("online"));
                },
            },
            {
                content: "Back online",
                trigger: ".pos-topheader:not(:has(.oe_status))",
            },
            ProductScreen.clickPartnerButton(),
            ProductScreen.inputCustomerSearchbar("Offline"),
            {
                content: "Once the order is synced: her new tier and her points, as the server computed them",
                trigger:
                    ".partner-info:contains('Offline Customer') .beauty-vip-tier:contains('Silver')",
            },
            {
                trigger:
                    ".partner-info:contains('Offline Customer') .beauty-vip-points:contains('88 pts')",
            },
        ].flat(),
});

// The store had no pricelist before the VIP tiers: a walk-in pays the list
// price, a gold member her tier's price.
registry.category("web_tour.tours").add("beauty_vip_walk_in_list_price", {
    steps: () =>
        [
            Chrome.startPoS(),
            Dialog.confirm("Open Register"),
            ProductScreen.addOrderline("VIP Tour Facial", "1"),
            ProductScreen.selectedOrderlineHas("VIP Tour Facial", "1", "100.00"),
            ProductScreen.clickPartnerButton(),
            ProductScreen.clickCustomer("Walk-in Customer"),
            ProductScreen.selectedOrderlineHas("VIP Tour Facial", "1", "100.00"),
            ProductScreen.totalAmountIs("100.00"),
            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Bank"),
            PaymentScreen.clickValidate(),
            ReceiptScreen.isShown(),
            ReceiptScreen.clickNextOrder(),
            ProductScreen.clickPartnerButton(),
            ProductScreen.clickCustomer("Gold Customer"),
            ProductScreen.addOrderline("VIP Tour Facial", "1"),
            ProductScreen.selectedOrderlineHas("VIP Tour Facial", "1", "80.00"),
            ProductScreen.totalAmountIs("80.00"),
            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Bank"),
            PaymentScreen.clickValidate(),
            ReceiptScreen.isShown(),
        ].flat(),
});

// The cashier gives more than the birthday benefit: she is told before the
// payment is taken, and the order waits on the payment screen.
registry.category("web_tour.tours").add("beauty_vip_told_before_payment", {
    steps: () =>
        [
            Chrome.startPoS(),
            Dialog.confirm("Open Register"),
            ProductScreen.clickPartnerButton(),
            ProductScreen.clickCustomer("Birthday Customer"),
            {
                content: "Her points, without cents",
                trigger: ".beauty-vip-badges .beauty-vip-points:contains('1234 pts')",
            },
            {
                trigger: ".beauty-vip-badges:not(:contains('1234.5'))",
            },
            ProductScreen.addOrderline("VIP Tour Facial", "1"),
            {
                content: "Offer the birthday benefit",
                trigger: ".beauty-vip-birthday:contains('40')",
                run: "click",
            },
            ProductScreen.selectedOrderlineHas("VIP Tour Facial", "1", "60.00"),
            ProductScreen.addDiscount("50"),
            ProductScreen.selectedOrderlineHas("VIP Tour Facial", "1", "50.00"),
            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Bank"),
            PaymentScreen.clickValidate(),
            Dialog.bodyIs("The birthday benefit is 40"),
            Dialog.confirm(),
            PaymentScreen.isShown(),
        ].flat(),
});
