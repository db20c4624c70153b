# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).


def post_init_hook(env):
    """What the refunds made before the addon was installed gave back."""
    refunds = env["pos.order"].search(
        [
            ("state", "in", ("paid", "done", "invoiced")),
            ("beauty_vip_origin_order_id", "!=", False),
        ]
    )
    refunds._beauty_vip_update_refunded()
