# actorgraph: `make demo` builds the graph of examples/ into out/; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test lint evaluate bench clean
GOLD ?= ../shared/data/plover-gsr-dev.jsonl
CORPUS ?= ../shared/data/wikinews-2019-2020.jsonl

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# the stamp files record which install the venv has; pyproject.toml changes reinstall
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/actorgraph build examples --out $(OUT)
	@echo "(actorgraph is installed in $(VENV): run it as $(BIN)/actorgraph, or first: . $(BIN)/activate)"

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@ $(VENV)/.installed-dev $(VENV)/.installed

# extraction quality on PLOVER gold events, against textacy; updates benchmarks/README.md
evaluate: $(VENV)/.installed-bench
	$(BIN)/python benchmarks/evaluate.py $(GOLD) --write

# every benchmark (tens of minutes); each writes its table into benchmarks/README.md
bench: evaluate $(VENV)/.installed-bench
	$(BIN)/python benchmarks/html_page.py --corpus $(CORPUS) --write
	$(BIN)/python benchmarks/rdf_stores.py --corpus $(CORPUS) --write
	$(BIN)/python benchmarks/throughput.py --corpus $(CORPUS) --write
	$(BIN)/python benchmarks/load.py --write
	$(BIN)/python benchmarks/actor_codes.py --corpus $(CORPUS) --write

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .

clean:
	rm -rf $(OUT) test-artifacts .pytest_cache
