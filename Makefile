# Two entry points for a fresh machine: `make run` and `make test`.
# Everything is installed from the package registries into a fresh virtual environment.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
OUT    ?= out

.PHONY: install run test bench wheel clean browser-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: install
	@mkdir -p $(OUT)
	$(VENV)/bin/newsfacts extract corpus/ -o $(OUT)/corpus.jsonl

# The suite on TEST_WORKERS processes (one file per process at a time: a file's fixtures are built
# once), then the tests with wall-clock bounds (marked `serial`) alone on a quiet machine.
TEST_WORKERS ?= 2
test: install browser-deps
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile -m "not serial"
	$(PY) -m pytest -m serial

# Headless Chromium for the review page's browser tests (Debian packages). Never fails the build:
# where it cannot be installed those tests skip and say why.
browser-deps:
	@{ command -v chromium && command -v chromedriver; } >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    ( $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver ) >/dev/null 2>&1 \
	      || echo "browser-deps: could not install chromium; the browser tests will be skipped"; \
	  else echo "browser-deps: no chromium and no apt-get; the browser tests will be skipped"; fi; }

bench: install
	$(PY) bench/peer_dates.py
	$(PY) bench/startup.py

# The wheel and sdist a user installs with pip (rule files inside, as package data).
wheel: install
	$(PY) -m build --outdir dist .

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache dist build
