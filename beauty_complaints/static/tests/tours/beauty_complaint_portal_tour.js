/** @odoo-module **/
// Copyright 2026 Beauty Archive
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

import {registry} from "@web/core/registry";

// a 1x1 PNG
const PHOTO =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNg+M/wDwAFAwIBYOap2AAAAABJRU5ErkJggg==";

// The customer on her complaint's page: the salon's answer is there, its
// internal note is not; she answers in the portal chatter with a photo.
registry.category("web_tour.tours").add("beauty_complaint_portal_chatter", {
    steps: () => [
        {
            content: "The salon's answer is shown in the chatter",
            trigger: "#chatterRoot:shadow .o-mail-Message:contains(PUBLIC-REPLY)",
        },
        {
            content: "Its internal note is not",
            trigger: "#chatterRoot:shadow .o-mail-Thread:not(:contains(INTERNAL-NOTE))",
        },
        {
            trigger: "#chatterRoot:shadow .o-mail-Composer-input",
            run: "edit Here is a photo of my cheeks.",
        },
        {
            content: "Attach a photo",
            trigger: "#chatterRoot:shadow .o-mail-Composer .o_input_file:not(:visible)",
            async run(helpers) {
                const blob = await (await fetch(`data:image/png;base64,${PHOTO}`)).blob();
                const transfer = new DataTransfer();
                transfer.items.add(new File([blob], "cheeks.png", {type: "image/png"}));
                helpers.anchor.files = transfer.files;
                helpers.anchor.dispatchEvent(new Event("change", {bubbles: true}));
            },
        },
        {
            content: "The photo is uploaded",
            trigger:
                "#chatterRoot:shadow .o-mail-Composer .o-mail-AttachmentImage:not(.o-isUploading), #chatterRoot:shadow .o-mail-Composer .o-mail-AttachmentCard:not(.o-isUploading)",
        },
        {
            trigger: "#chatterRoot:shadow .o-mail-Composer-send:enabled",
            run: "click",
        },
        {
            content: "Her message is posted with its photo",
            trigger:
                "#chatterRoot:shadow .o-mail-Message:contains(Here is a photo of my cheeks.) .o-mail-AttachmentList",
        },
    ],
});
