# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo.tools import SQL


def pre_init_hook(env):
    """The refund link of the orders already in the database, in one statement
    (Odoo would compute it order by order): the column first, then the order of
    the first refunded line of each refund."""
    cr = env.cr
    cr.execute(
        "ALTER TABLE pos_order ADD COLUMN IF NOT EXISTS beauty_vip_origin_order_id int4"
    )
    cr.execute(
        SQL(
            """
            UPDATE pos_order o
               SET beauty_vip_origin_order_id = origin.order_id
              FROM (SELECT DISTINCT ON (l.order_id) l.order_id AS refund_id,
                           r.order_id
                      FROM pos_order_line l
                      JOIN pos_order_line r ON r.id = l.refunded_orderline_id
                     ORDER BY l.order_id, l.id) origin
             WHERE origin.refund_id = o.id
            """
        )
    )


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


def uninstall_hook(env):
    """The customers' prices as they were before the addon: members get their
    own pricelist back, and the tier pricelists, archived, never become anyone's
    default."""
    env["beauty.vip.membership"].sudo().search([])._restore_pricelist()
    env["product.pricelist"].sudo().search(
        [("beauty_vip_tier", "=", True)]
    ).action_archive()
