# kommissorium — the two commands the README promises, plus helpers.
# `make demo` and `make test` each create their own virtual environment (.venv) and install
# what they need into it; only Python 3.11+ must exist on the machine.

# The first interpreter that actually runs and is 3.11 or newer (a pyenv shim may exist and fail).
PYTHON ?= $(shell for p in python3 python3.13 python3.12 python3.11 python; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; break; }; \
	done)
VENV   ?= .venv
BIN    := $(VENV)/bin
# A second environment with `pip install .` alone (no extras), for the plain-install stage.
PLAIN  := build/plain-venv
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: demo test lint typecheck pytest docs plain-install bench clean browser

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "kommissorium needs Python 3.11 or newer (python3 not found)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,docs,plot]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python examples/demo.py

test: browser lint typecheck pytest docs plain-install

lint: $(STAMP)
	$(BIN)/ruff check src tests examples benchmarks
	$(BIN)/ruff format --check src tests examples benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy --strict src/kommissorium

pytest: $(STAMP)
	$(BIN)/python -m pytest

docs: $(STAMP)
	$(BIN)/python docs/gen_pages.py
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir build/site

# What a user gets from `pip install .` without extras: a fresh environment in $(PLAIN) runs
# every command on every example and every Python sample of README.md and docs/ (see
# tests/plain_install.py), and fails on any traceback or unexpected exit code.
plain-install:
	@test -n "$(PYTHON)" || { echo "kommissorium needs Python 3.11 or newer (python3 not found)"; exit 1; }
	rm -rf $(PLAIN)
	$(PYTHON) -m venv $(PLAIN)
	$(PLAIN)/bin/python -m pip install --quiet --disable-pip-version-check .
	$(PLAIN)/bin/python tests/plain_install.py

# Headless Chromium for the HTML report test (tests/report/test_html_browser.py): the Debian
# packages chromium and chromium-driver, installed with apt-get when we are root and they are
# missing. This step never fails the build: without Chromium the browser test is skipped.
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then \
		echo "browser: chromium and chromedriver found"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "browser: installing chromium and chromium-driver with apt-get"; \
		{ apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
			chromium chromium-driver; } >/dev/null 2>&1 \
		|| echo "browser: could not install chromium (no network or no package source?); the browser test will be skipped"; \
	else \
		echo "browser: chromium is missing and cannot be installed here (needs root and apt-get):"; \
		echo "browser:   apt-get install chromium chromium-driver; the browser test will be skipped"; \
	fi

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build .mypy_cache .pytest_cache .ruff_cache
