# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from . import test_vip_tiers
from . import test_vip_access
from . import test_vip_pos_ui
from . import test_vip_pricelist
from . import test_vip_pos_customers
from . import test_vip_screens
from . import test_visit_plan
