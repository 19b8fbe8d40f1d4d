# Two entry points for a fresh machine: `make run` and `make test`.
# Everything is installed from the package registries into a fresh virtual environment.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
OUT    ?= out

.PHONY: install run test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: install
	@mkdir -p $(OUT)
	$(VENV)/bin/newsfacts extract corpus/ -o $(OUT)/corpus.jsonl

test: install
	$(PY) -m pytest

bench: install
	$(PY) bench/peer_dates.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
