# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from . import beauty_vip_ladder
from . import beauty_vip_tier
from . import beauty_vip_membership
from . import beauty_vip_tier_history
from . import loyalty_card
from . import loyalty_program
from . import product_pricelist
from . import product_template
from . import product_category
from . import product_product
from . import res_partner
from . import pos_order
from . import pos_config
from . import account_move
from . import res_company
from . import res_config_settings
from . import mail_activity_type
from . import mail_activity
from . import beauty_visit_plan
from . import beauty_visit_plan_line
from . import beauty_visit
from . import beauty_greeting_occasion
from . import crm_lead
