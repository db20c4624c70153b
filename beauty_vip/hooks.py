# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).


def post_init_hook(env):
    """The net paid of the POS orders made before the addon was installed."""
    orders = env["pos.order"].search([("state", "in", ("paid", "done", "invoiced"))])
    orders._beauty_vip_update_net_paid()
