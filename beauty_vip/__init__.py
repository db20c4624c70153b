# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from . import models
from . import report
from .hooks import post_init_hook, pre_init_hook, uninstall_hook
from . import wizards
