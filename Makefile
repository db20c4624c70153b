# Beauty salon customer archive on Odoo 18 — see README.md.
#   make run    Odoo 18 with the three addons and a demo salon on http://localhost:8069
#   make test   every test against real Odoo and PostgreSQL, in a fresh database
#   make lint   pre-commit: ruff, ruff-format, pylint-odoo, XML checks
#   make bench  benchmarks, printed side by side with their baselines
#   make stop   stop the private PostgreSQL cluster
SHELL := /bin/bash
.DEFAULT_GOAL := help
DEV := tools/dev.sh

.PHONY: help run test lint stop i18n bench clean

help:
	@sed -n 's/^#   //p' Makefile

run:
	@$(DEV) run

test:
	@$(DEV) test $(PYTEST_ARGS)

lint:
	@$(DEV) lint

i18n:
	@$(DEV) i18n

bench:
	@$(DEV) bench

stop:
	@$(DEV) stop

clean: stop
	rm -rf .local
