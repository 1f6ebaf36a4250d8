# Two entry points do all set-up on a fresh machine:
#   make demo   install marsad into .venv and ingest the bundled examples into marsad.db
#   make test   install marsad with its dev tools and run lint, types and the test suite
# Opt-in: make fast compiles the event-coding modules with mypyc (needs a C compiler); make pure removes them.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/marsad: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev,semantic,scale]"
	touch $@

.PHONY: install demo test lint fast pure
install: $(BIN)/marsad

demo: install
	$(BIN)/marsad ingest examples/ --db marsad.db
	$(BIN)/marsad search "غزة" --db marsad.db
	$(BIN)/marsad stats --db marsad.db

lint: install
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/mypy

test: lint
	# pytest exits 5 when it collects no test: an empty suite is not a failure.
	$(BIN)/python -m pytest; rc=$$?; if [ $$rc = 5 ]; then exit 0; else exit $$rc; fi

fast: install
	$(BIN)/python scripts/build_fast.py build

pure:
	$(BIN)/python scripts/build_fast.py clean
