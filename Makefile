# One command each: run, test, lint, bench. Every target builds on `make install`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WIDGET := kefu/channels/web/static/widget.js
WIDGET_DEPS := widget/node_modules/.installed
WIDGET_SRC := $(wildcard widget/src/* widget/pages/*) widget/build.mjs widget/tsconfig.json
WEB := kefu/web/index.html
WEB_DEPS := web/node_modules/.installed
WEB_TYPES := web/src/api/schema.d.ts
WEB_SRC := $(shell find web/src web/public -type f ! -name schema.d.ts) web/index.html web/vite.config.ts web/tsconfig.json
API_SRC := $(shell find kefu -name '*.py' ! -path '*/migrations/*')

.PHONY: install widget web run test lint format bench clean

install: $(STAMP) widget web

# The customer widget and H5 page, built into kefu/channels/web/static/ (generated, gitignored).
widget: $(WIDGET)

$(WIDGET_DEPS): widget/package.json widget/package-lock.json
	cd widget && npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(WIDGET): $(WIDGET_DEPS) $(WIDGET_SRC)
	cd widget && npm run --silent build

# The console, built into kefu/web/ (generated, gitignored). Its API types come from the
# app's own OpenAPI document, so a front end that uses a field the API lacks fails to build.
web: $(WEB)

$(WEB_DEPS): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(WEB_TYPES): $(STAMP) $(WEB_DEPS) $(API_SRC)
	$(BIN)/kefu openapi > web/openapi.json
	cd web && npx openapi-typescript openapi.json -o src/api/schema.d.ts --silent

$(WEB): $(WEB_DEPS) $(WEB_TYPES) $(WEB_SRC)
	cd web && npm run --silent build

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	$(BIN)/kefu demo

# Two workers by default (the suite is sized for two cores); TEST_WORKERS=0 runs in one.
TEST_WORKERS ?= 2
test: install
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup

lint: install
	$(BIN)/ruff check kefu tests bench
	$(BIN)/ruff format --check kefu tests bench
	$(BIN)/mypy
	cd widget && npm run --silent check
	cd web && npm run --silent check

format: install
	$(BIN)/ruff check --fix kefu tests bench
	$(BIN)/ruff format kefu tests bench

bench: install
	$(BIN)/python bench/api.py
	$(BIN)/python bench/widget_size.py
	$(BIN)/python bench/web_size.py
	$(BIN)/python bench/chat.py
	$(BIN)/python bench/routing.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
	rm -rf widget/node_modules kefu/channels/web/static
	rm -rf web/node_modules web/openapi.json web/src/api/schema.d.ts kefu/web
