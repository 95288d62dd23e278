# actorgraph: `make demo` builds the graph of examples/ into out/; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test test-fast lint evaluate audit bench clean
GOLD ?= ../shared/data/plover-gsr-dev.jsonl
CORPUS ?= ../shared/data/wikinews-2019-2020.jsonl
WCEP ?= ../shared/data/wcep-2015-09-dev.jsonl
# make audit: build CORPUS into AUDIT_BUILD, draw AUDIT_N triples (seeded) into AUDIT_SHEET
AUDIT_BUILD ?= /tmp/actorgraph-audit
AUDIT_N ?= 200
AUDIT_SEED ?= 12
AUDIT_SHEET ?= benchmarks/audit/wikinews-sheet.csv

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

# while developing: no spaCy model, no browser, no 30-second tests (under a minute)
test-fast: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -m "not model and not browser and not slow"

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@ $(VENV)/.installed-dev $(VENV)/.installed

# extraction quality: PLOVER gold events (tune and check halves, against textacy) and the
# WCEP event summaries and the blind summaries (tune and check halves); updates benchmarks/README.md
evaluate: $(VENV)/.installed-bench
	$(BIN)/python benchmarks/evaluate.py $(GOLD) --write
	$(BIN)/python benchmarks/evaluate.py benchmarks/plover-blind-1.jsonl --section plover-blind --write
	$(BIN)/python benchmarks/wcep.py $(WCEP) --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-1.jsonl --section summaries --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-2.jsonl --section summaries-2 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-3.jsonl --section summaries-3 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-4.jsonl --section summaries-4 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-5.jsonl --section summaries-5 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-6.jsonl --section summaries-6 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-7.jsonl --section summaries-7 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-8.jsonl --section summaries-8 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-9.jsonl --section summaries-9 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-10.jsonl --section summaries-10 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-11.jsonl --section summaries-11 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-12.jsonl --section summaries-12 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-13.jsonl --section summaries-13 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-14.jsonl --section summaries-14 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-15.jsonl --section summaries-15 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-16.jsonl --section summaries-16 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-17.jsonl --section summaries-17 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-18.jsonl --section summaries-18 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-19.jsonl --section summaries-19 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-20.jsonl --section summaries-20 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-21.jsonl --section summaries-21 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-22.jsonl --section summaries-22 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-23.jsonl --section summaries-23 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-24.jsonl --section summaries-24 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-25.jsonl --section summaries-25 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-26.jsonl --section summaries-26 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-27.jsonl --section summaries-27 --write
	$(BIN)/python benchmarks/wcep.py benchmarks/summaries-28.jsonl --section summaries-28 --write
	$(BIN)/python benchmarks/heldout.py --write

# an unjudged sheet of random triples of a fresh build, for judging by hand
# (score a judged copy with: python benchmarks/audit.py --score SHEET --write)
audit: $(VENV)/.installed
	$(BIN)/actorgraph build $(CORPUS) --out $(AUDIT_BUILD) --quiet
	$(BIN)/python benchmarks/audit.py $(AUDIT_BUILD) --n $(AUDIT_N) --seed $(AUDIT_SEED) \
		--out $(AUDIT_SHEET)

# every benchmark (tens of minutes); each writes its table into benchmarks/README.md
bench: evaluate $(VENV)/.installed-bench
	$(BIN)/python benchmarks/html_page.py --corpus $(CORPUS) --write
	$(BIN)/python benchmarks/rdf_stores.py --corpus $(CORPUS) --write
	$(BIN)/python benchmarks/throughput.py --corpus $(CORPUS) --sizes 1,4,16 --write
	$(BIN)/python benchmarks/short_articles.py --corpus $(CORPUS) --write
	$(BIN)/python benchmarks/load.py --write
	$(BIN)/python benchmarks/actor_codes.py --corpus $(CORPUS) --write

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .

clean:
	rm -rf $(OUT) test-artifacts .pytest_cache
