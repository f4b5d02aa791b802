# The two commands: `make run` and `make test`. Both build .venv from python3 alone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export QT_LOGGING_RULES ?= qt.multimedia.*=false

.PHONY: run test lint check-content screenshots bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/foamroll

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

check-content: $(VENV)/.installed
	$(BIN)/foamroll check-content

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
