# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
# The two set-up commands are `make run` and `make test`; everything else is optional.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev
DATA   ?= ../shared/data

.PHONY: run test lint typecheck format eval bench bench-instructions bench-web bench-pipeline screenshots messages chromium clean venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,server,oidc,worker]'
	touch $@ $(VENV)/.installed

venv: $(STAMP)

## run: the main job: the web application on SQLite with the demo organisation
## (demo users and fresh passwords are printed on start; http://127.0.0.1:8000/)
run: $(VENV)/.installed
	$(BIN)/meedoen web serve

## chromium: Debian's Chromium for the browser tests (Playwright drives it; nothing is downloaded by Playwright)
chromium:
	bash tools/install_chromium.sh

## test: lint, type-check the core, and run the whole suite (PostgreSQL and Chromium included)
test: $(STAMP) chromium
	$(BIN)/ruff check src tests eval bench tools
	$(BIN)/ruff format --check src tests eval bench tools
	$(BIN)/mypy
	$(BIN)/pytest -q

format: $(STAMP)
	$(BIN)/ruff format src tests eval bench tools
	$(BIN)/ruff check --fix src tests eval bench tools

## eval: measure detection quality on ../shared/data; writes docs/evaluation.md
## (with the monitoring reports docs/evaluation-spikes.md and docs/evaluation-analysis.md included)
eval: $(STAMP)
	$(BIN)/python eval/nab_score.py --data $(DATA)/nab --out docs/evaluation-spikes.md
	$(BIN)/python eval/monitor_analysis.py --data $(DATA) --out docs/evaluation-analysis.md
	$(BIN)/python eval/run.py --data $(DATA) --out docs/evaluation.md

## bench: throughput, latency, cold start and the PII comparison with Presidio
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py --data $(DATA) --out docs/benchmarks.md

## bench-instructions: instructions per post, meedoen vs Presidio (needs valgrind; about 2 min)
bench-instructions: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/instructions.py --data $(DATA)

## bench-web: POST /api/v1/toetsen under 20 concurrent clients for 60 s (gunicorn on loopback)
bench-web: $(STAMP)
	$(BIN)/pip install --quiet -e '.[server]'
	$(BIN)/python bench/web.py --data $(DATA) --duration 60

## bench-pipeline: monitoring pipeline on one core: posts/s per store, cost per stage,
## memory over a 1,000,000-post replay, a 100,000-line import (about half an hour)
bench-pipeline: $(STAMP)
	$(BIN)/python bench/pipeline.py --data $(DATA) --out docs/benchmarks-pipeline.md

## screenshots: refresh docs/screenshots/ from a demo server started here
screenshots: $(STAMP) chromium
	bash tools/refresh_screenshots.sh

## messages: rebuild the gettext catalogues (Dutch source strings, English translation)
messages: $(STAMP)
	cd src/meedoen/web && ../../../$(BIN)/meedoen web manage makemessages -l en --no-obsolete --no-location --ignore "static/*"
	cd src/meedoen/web && ../../../$(BIN)/meedoen web manage compilemessages -l en

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
