# policykg — `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help setup bytecode run test test-fast system-deps bench docs clean eval train

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP) ## Create .venv and install policykg with its test tools

# Bytecode for the package's own modules: an editable install compiles none, and a shell with
# PYTHONDONTWRITEBYTECODE=1 never writes any, so every run would compile ~8k lines again (~0.2 s).
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q policykg

run: bytecode ## Build every report under data/ into out/ and print a summary
	$(BIN)/policykg build data --out out

system-deps: ## Install the Debian packages the tests use (Chromium, CJK fonts, Virtuoso) when missing
	@bash scripts/system-deps.sh

test: $(STAMP) system-deps ## Set up and run the whole test suite
	$(BIN)/python -m pytest

eval: $(STAMP) ## Score the extractor on the dev and test annotations side by side, and on the headline 2026 targets
	$(BIN)/python -m policykg.evaluation
	$(BIN)/python -m policykg.headline_eval --misses

train: $(STAMP) ## Count dev words, fit the park/project and placement decisions on the dev annotations (policykg/data/models/)
	@$(BIN)/python -c "import sklearn" 2>/dev/null || $(BIN)/python -m pip install -q -e '.[train]'
	$(BIN)/python scripts/make_report_words.py
	$(BIN)/python -m policykg.extract.train
	$(BIN)/python -m policykg.extract.train_placement

test-fast: $(STAMP) ## Run the unit tests only (no corpus builds, servers or browser; about ten minutes on 2 cores)
	$(BIN)/python -m pytest -m unit

bench: bytecode ## Run the benchmarks (not part of make test)
	$(BIN)/python benchmarks/run.py

docs: $(STAMP) ## Write the ontology's HTML documentation to docs/ontology/
	$(BIN)/python -m policykg.docs docs/ontology

# out/ only when policykg wrote all of it (its marker, nothing else): a folder of the user's named out, or a
# file the user put into the output, is not ours to remove. HERE is the checkout: CURDIR when make runs in it,
# else the -f Makefile's folder, none when that path holds a space (make cuts it into words: another folder's
# script ran). The caches are the checkout's: from another folder (make -f path/Makefile clean), its own went.
HERE := $(if $(filter Makefile ./Makefile,$(MAKEFILE_LIST)),$(CURDIR)/,$(if $(filter 1,$(words $(MAKEFILE_LIST))),$(dir $(abspath $(MAKEFILE_LIST)))))
# sq: a word in single quotes for the shell (a ' inside as '\''): in double quotes a $ or ` of the path was expanded
sq = '$(subst ','\'',$(1))'
clean: ## Remove built output and caches (keeps .venv)
	@$(if $(HERE),,echo "make clean: the Makefile's path holds a space; run make in the checkout: make -C DIR clean" >&2; exit 2;)
	@$(if $(wildcard $(BIN)/python),$(BIN)/python,$(PYTHON)) $(call sq,$(HERE)scripts/clean_out.py) out
	@if [ $(call sq,$(CURDIR)/) = $(call sq,$(HERE)) ]; then echo rm -rf .pytest_cache .hypothesis; rm -rf .pytest_cache .hypothesis; fi
