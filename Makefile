# Two commands for a newcomer: `make run` and `make test` (each sets up .venv first).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
DEV_INSTALLED := $(VENV)/.installed-dev
SHARED ?= ../shared

.PHONY: install install-dev run test eval eval-real eval-written report ui clean seeds-refresh bench

# A venv with exactly the tested versions (requirements.lock), then this project on top.
# dbt-core-experimental-parser ships wheels only for some versions: never build it from source.
$(INSTALLED): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --only-binary dbt-core-experimental-parser -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(INSTALLED)

# The developers' tools on top (tests, ruff, mypy, sqlfluff, the benchmark's dateparser).
$(DEV_INSTALLED): $(INSTALLED) requirements-dev.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --only-binary dbt-core-experimental-parser -r requirements-dev.lock
	touch $(DEV_INSTALLED)

install: $(INSTALLED)

install-dev: $(DEV_INSTALLED)

run: $(INSTALLED)
	$(BIN)/sdw run

# Every test, the lint and type gate included (tests/test_code_quality.py).
test: $(DEV_INSTALLED)
	$(BIN)/python -m pytest

# Build the seeds into the default warehouse and score it against the hand-checked key.
eval: run
	$(BIN)/python $(SHARED)/eval/score.py --warehouse warehouse/diplomacy.duckdb --gold $(SHARED)/eval/gold/seeds.yaml

# Build and score the real-news development set, its dev and held-back test splits separately
# (page texts in eval/real/texts/, git-ignored; when missing it says how to rebuild them).
eval-real: $(INSTALLED)
	$(BIN)/python scripts/real_eval.py score --score-py $(SHARED)/eval/score.py

# Build each set of the team's own written articles (eval/written and its batch folders, each an
# articles/ folder with its gold.yaml) into its own warehouse and score it.
WRITTEN_SETS := eval/written $(sort $(wildcard eval/written/batch*))
eval-written: $(INSTALLED)
	@set -e; for set in $(WRITTEN_SETS); do \
		out=warehouse/written/$$(basename $$set); rm -rf $$out && mkdir -p $$out; \
		$(BIN)/sdw run --source $$set/articles --warehouse $$out/diplomacy.duckdb > $$out/run.log 2>&1 \
			|| { tail -20 $$out/run.log; exit 1; }; \
		echo "== $$set"; \
		$(BIN)/python $(SHARED)/eval/score.py --warehouse $$out/diplomacy.duckdb --gold $$set/gold.yaml | tail -1; \
	done

report: $(INSTALLED)
	$(BIN)/sdw report

# The local Prefect server and UI (http://127.0.0.1:4200); `sdw run` and `sdw serve` use it while it runs.
ui: $(INSTALLED)
	$(BIN)/sdw server

# Regenerate the CLDR part of the country seed after a Babel upgrade; review the diff.
seeds-refresh: $(INSTALLED)
	$(BIN)/python scripts/generate_countries_seed.py

clean:
	rm -rf $(VENV) .prefect dbt_project/target dbt_project/logs

# Speed and memory at scale on a synthetic corpus; last line is JSON. BENCH_ARTICLES=100000 for the full size.
BENCH_ARTICLES ?= 10000
bench: $(DEV_INSTALLED)
	$(BIN)/python scripts/bench.py --articles $(BENCH_ARTICLES)
