/**
 * Opens, as the logged-in user, the first record of every window action reachable
 * from the menus of the given apps, and every notebook tab of its form; fails on the
 * first error dialog. Odoo's click-everywhere crawler (@web/webclient/clickbot)
 * covers the menus, views and filters; this covers what it does not open: forms.
 */
import { App } from "@odoo/owl";
import { browser } from "@web/core/browser/browser";
import { rpcBus } from "@web/core/network/rpc";

export const SUCCESS_SIGNAL = "beauty screens test succeeded";

const pending = new Set();
let lastRpcError = null;

function onRequest({ detail }) {
    pending.add(detail.data.id);
}

function onResponse({ detail }) {
    pending.delete(detail.data.id);
    if (detail.error) {
        lastRpcError = detail.error;
    }
}

function checkNoErrorDialog(where) {
    const dialog = document.querySelector(".o_error_dialog");
    if (dialog) {
        throw new Error(
            `Error dialog on ${where}: ${dialog.innerText.slice(0, 600)}` +
                (lastRpcError ? ` (RPC error: ${JSON.stringify(lastRpcError)})` : "")
        );
    }
}

async function settle(where) {
    // wait until no RPC is pending and owl has rendered everything
    for (let waited = 0; waited < 30000; waited += 25) {
        checkNoErrorDialog(where);
        let tasks = 0;
        for (const app of App.apps) {
            tasks += app.scheduler.tasks.size;
        }
        if (!pending.size && !tasks) {
            await new Promise((resolve) => browser.setTimeout(resolve, 50));
            checkNoErrorDialog(where);
            if (!pending.size) {
                return;
            }
        }
        await new Promise((resolve) => browser.setTimeout(resolve, 25));
    }
    throw new Error(`Timeout while loading ${where}`);
}

async function click(element, where) {
    for (const type of ["mouseover", "mouseenter", "mousedown", "mouseup", "click"]) {
        element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window }));
    }
    await settle(where);
}

function leaves(menu) {
    if (!menu.childrenTree.length) {
        return menu.actionID ? [menu] : [];
    }
    return menu.childrenTree.flatMap(leaves);
}

function firstRecord() {
    return (
        document.querySelector(".o_action_manager .o_list_view .o_data_row .o_data_cell") ||
        document.querySelector(".o_action_manager .o_kanban_record:not(.o_kanban_ghost)")
    );
}

async function openTabs(where, counts) {
    const tabs = [...document.querySelectorAll(".o_form_view .o_notebook_headers .nav-link")];
    for (const tab of tabs) {
        if (!tab.isConnected) {
            continue;
        }
        await click(tab, `${where}, tab "${tab.innerText.trim()}"`);
        counts.tabs++;
    }
}

/**
 * @param {string[]} appXmlids the apps (root menus) to crawl
 */
export async function crawlForms(appXmlids) {
    const env = odoo.__WOWL_DEBUG__.root.env;
    rpcBus.addEventListener("RPC:REQUEST", onRequest);
    rpcBus.addEventListener("RPC:RESPONSE", onResponse);
    const counts = { actions: 0, forms: 0, tabs: 0 };
    try {
        await settle("the web client");
        for (const xmlid of appXmlids) {
            const app = env.services.menu.getApps().find((menu) => menu.xmlid === xmlid);
            if (!app) {
                throw new Error(`The app ${xmlid} is not in the menus of the user`);
            }
            for (const menu of leaves(env.services.menu.getMenuAsTree(app.id))) {
                const where = `menu ${menu.xmlid} (${menu.name})`;
                browser.console.log(`Opening ${where}`);
                await env.services.action.doAction(menu.actionID, { clearBreadcrumbs: true });
                await settle(where);
                counts.actions++;
                if (document.querySelector(".modal .o_form_view")) {
                    // a wizard: its tabs, then close it
                    await openTabs(where, counts);
                    counts.forms++;
                    await click(document.querySelector(".modal header .btn-close"), where);
                    continue;
                }
                if (!firstRecord()) {
                    const toList = document.querySelector(".o_switch_view.o_list");
                    if (toList) {
                        await click(toList, `${where}, list view`);
                    }
                }
                const record = firstRecord();
                if (!record) {
                    browser.console.log(`No record to open in ${where}`);
                    continue;
                }
                await click(record, `${where}, first record`);
                if (document.querySelector(".o_action_manager .o_form_view")) {
                    counts.forms++;
                    await openTabs(`${where}, first record`, counts);
                }
            }
        }
    } finally {
        rpcBus.removeEventListener("RPC:REQUEST", onRequest);
        rpcBus.removeEventListener("RPC:RESPONSE", onResponse);
    }
    if (!counts.forms) {
        throw new Error(`No form could be opened in ${appXmlids.join(", ")}`);
    }
    browser.console.log(
        `Opened ${counts.actions} actions, ${counts.forms} forms, ${counts.tabs} tabs`
    );
    browser.console.log(SUCCESS_SIGNAL);
}
