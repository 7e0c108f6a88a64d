# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
# The two set-up commands are `make run` and `make test`; everything else is optional.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev
DATA   ?= ../shared/data

.PHONY: run test lint typecheck format eval bench bench-cold clean venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

venv: $(STAMP)

## run: the main job, for now an interactive demo of `meedoen check`
run: $(VENV)/.installed
	$(BIN)/meedoen demo

## test: lint, type-check the core, and run the whole suite
test: $(STAMP)
	$(BIN)/ruff check src tests eval bench tools
	$(BIN)/ruff format --check src tests eval bench tools
	$(BIN)/mypy
	$(BIN)/pytest -q

format: $(STAMP)
	$(BIN)/ruff format src tests eval bench tools
	$(BIN)/ruff check --fix src tests eval bench tools

## eval: measure detection quality on ../shared/data; writes docs/evaluation.md
eval: $(STAMP)
	$(BIN)/python eval/run.py --data $(DATA) --out docs/evaluation.md

## bench: throughput, latency, cold start and the PII comparison with Presidio
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py --data $(DATA) --out docs/benchmarks.md

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
