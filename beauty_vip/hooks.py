# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).


def update_refunded(env):
    """What the paid refunds already in the database gave back, kept on the
    purchases they refund."""
    refunds = env["pos.order"].search(
        [
            ("state", "in", ("paid", "done", "invoiced")),
            ("beauty_vip_origin_order_id", "!=", False),
        ]
    )
    refunds._beauty_vip_update_refunded()


def post_init_hook(env):
    update_refunded(env)
