# One command each: run, test, lint, bench. Every target builds on `make install`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WIDGET := kefu/channels/web/static/widget.js
WIDGET_DEPS := widget/node_modules/.installed
WIDGET_SRC := $(wildcard widget/src/* widget/pages/*) widget/build.mjs widget/tsconfig.json

.PHONY: install widget run test lint format bench clean

install: $(STAMP) widget

# The customer widget and H5 page, built into kefu/channels/web/static/ (generated, gitignored).
widget: $(WIDGET)

$(WIDGET_DEPS): widget/package.json widget/package-lock.json
	cd widget && npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(WIDGET): $(WIDGET_DEPS) $(WIDGET_SRC)
	cd widget && npm run --silent build

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	$(BIN)/kefu demo

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check kefu tests bench
	$(BIN)/ruff format --check kefu tests bench
	$(BIN)/mypy
	cd widget && npm run --silent check

format: install
	$(BIN)/ruff check --fix kefu tests bench
	$(BIN)/ruff format kefu tests bench

bench: install
	$(BIN)/python bench/api.py
	$(BIN)/python bench/widget_size.py
	$(BIN)/python bench/chat.py
	$(BIN)/python bench/routing.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
	rm -rf widget/node_modules kefu/channels/web/static
