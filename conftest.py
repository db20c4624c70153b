# Copyright 2026 Beauty Archive
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Repository-wide pytest rules for `make test` (loaded for every test path).

Like OCA's checklog, a green run must be a clean run:

* a skipped test fails the session: Odoo skips a browser tour with only a warning
  when Chromium or websocket-client is missing, and pytest-odoo skips HttpCase
  without --odoo-http; a skip would hide that the tours did not run;
* a warning or error logged by our addons, or a Python warning (DeprecationWarning
  included) raised from their code, fails the session even when every test passed.
"""

import logging
import os

import pytest

OUR_ADDONS = ("beauty_dossier", "beauty_vip", "beauty_complaints")
ROOT = os.path.dirname(os.path.abspath(__file__))
OUR_PATHS = tuple(os.path.join(ROOT, addon) + os.sep for addon in OUR_ADDONS)


def _is_ours(text):
    return any(addon in text for addon in OUR_ADDONS)


class _OurWarningsHandler(logging.Handler):
    """Collects WARNING+ records that concern our addons."""

    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records = []

    def emit(self, record):
        try:
            message = record.getMessage()
        except Exception:  # pylint: disable=broad-except
            message = str(record.msg)
        if record.name.startswith("odoo.addons.beauty_") or _is_ours(message):
            self.records.append(f"{record.levelname} {record.name}: {message}")


class _PytestOdooImportNoise(logging.Filter):
    """pytest-odoo imports odoo.tests before it turns test mode on (it cannot do it
    earlier without making Odoo run every installed module's tests at registry load),
    so Odoo logs an ERROR with a stack at each start. Only that record is dropped."""

    def filter(self, record):
        return not record.getMessage().startswith(
            "Importing test framework, avoid importing from business modules"
        )


logging.getLogger("odoo.tests.common").addFilter(_PytestOdooImportNoise())
_handler = _OurWarningsHandler()
_python_warnings = []


def pytest_configure(config):
    logging.getLogger().addHandler(_handler)


def pytest_warning_recorded(warning_message, when, nodeid, location):
    filename = os.path.abspath(warning_message.filename or "")
    if filename.startswith(OUR_PATHS) or _is_ours(str(warning_message.message)):
        _python_warnings.append(
            f"{warning_message.category.__name__} at {filename}:"
            f"{warning_message.lineno}: {warning_message.message} ({nodeid or when})"
        )


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter, exitstatus, config):
    problems = _handler.records + _python_warnings
    if problems:
        terminalreporter.section("beauty: warnings logged by our addons fail the run")
        for line in problems:
            terminalreporter.line(line, red=True)


def pytest_sessionfinish(session, exitstatus):
    if exitstatus == 0 and (_handler.records or _python_warnings):
        session.exitstatus = 1


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail"):
        # a skip is a failure here: see the module docstring
        report.outcome = "failed"
        reason = (
            report.longrepr[2]
            if isinstance(report.longrepr, tuple)
            else report.longrepr
        )
        report.longrepr = f"skipped, which `make test` does not allow: {reason}"
