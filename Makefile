# Every command the project has. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export DAGSTER_HOME ?= $(CURDIR)/dagster_home
export RAW_DIR ?= $(CURDIR)/raw
export WAREHOUSE_PATH ?= $(CURDIR)/warehouse/warehouse.duckdb
CORPUS_DIR ?= $(CURDIR)/../shared/corpus
PORT ?= 3000
DASHBOARD_PORT ?= 8501

.PHONY: help install browser run build serve dashboard test test-fast lint evaluate compile bench clean

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/dagster: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

dbt_project/target/manifest.json: $(BIN)/dagster $(shell find dbt_project -path dbt_project/target -prune -o -type f \( -name '*.sql' -o -name '*.yml' -o -name '*.csv' \) -print)
	cd dbt_project && ../$(BIN)/dbt parse --quiet --profiles-dir .
	touch $@

install: $(BIN)/dagster dbt_project/target/manifest.json ## create .venv, install the package and its tools, prepare the dbt manifest

run: install build serve ## THE MAIN COMMAND: install, build the warehouse from raw/, serve the Dagster UI with the sensors on

build: install ## headless build of every asset from $RAW_DIR into $WAREHOUSE_PATH
	$(BIN)/dagster asset materialize -m orchestration.definitions --select '*'

serve: install ## the Dagster UI on localhost:$(PORT); the raw-folder and automation sensors run in it
	mkdir -p $(DAGSTER_HOME)
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p $(PORT)

browser: ## Debian's chromium + chromedriver for the browser test (no-op when present)
	scripts/install_browser.sh

dashboard: install ## the dashboard on localhost:$(DASHBOARD_PORT), read-only over $WAREHOUSE_PATH, follows new publishes
	$(BIN)/python -m streamlit run dashboard/app.py --server.port $(DASHBOARD_PORT) --server.headless true \
		--browser.gatherUsageStats false --client.toolbarMode viewer

test: install browser ## THE TEST COMMAND: install everything, then the whole test suite
	$(BIN)/pytest -n 2 --dist loadfile

test-fast: install ## unit tests only (no dbt or Dagster runs)
	$(BIN)/pytest -m 'not slow' -n 2

lint: install ## ruff on the code and tests, mypy on the extraction package
	$(BIN)/ruff check orchestration dashboard tests benchmarks scripts
	$(BIN)/ruff format --check orchestration dashboard tests benchmarks scripts
	$(BIN)/mypy orchestration/extraction

evaluate: install ## score $WAREHOUSE_PATH against the labelled sample corpus
	$(BIN)/newsfacts evaluate $(WAREHOUSE_PATH) $(CORPUS_DIR)/gold

# rebuilt only when the package's source or lexicons changed since the last build
build/compiled/SOURCE_DIGEST: $(BIN)/dagster $(wildcard orchestration/extraction/*.py orchestration/extraction/lexicons/*)
	$(BIN)/python scripts/compile_extractor.py

compile: install build/compiled/SOURCE_DIGEST ## compile the extractor with mypyc (about 10 minutes; the source runs until it is done)

bench: install compile ## the performance benchmark, on the compiled extractor (writes benchmarks/results/)
	$(BIN)/python benchmarks/run.py

clean: ## remove the warehouse, dbt build products, the compiled extractor and Dagster run history (keeps raw/)
	rm -rf warehouse dbt_project/target dbt_project/logs build
	find dagster_home -mindepth 1 ! -name dagster.yaml -exec rm -rf {} +
