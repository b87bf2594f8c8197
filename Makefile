# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export UV_PYTHON_DOWNLOADS := never
# uv from PATH, or installed once with pip (the only bootstrap step).
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
DEMO_WORKSPACE ?= demo-workspace

.PHONY: setup test test-fast demo bench eval clean help

help:
	@echo "make demo   - install, serve the bundled demo web and run a real audit on it"
	@echo "make test   - install and run the whole test suite"
	@echo "make bench  - measure classification quality and speed (writes docs/benchmarks.md)"

$(VENV)/.installed: pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

setup: $(VENV)/.installed

test: setup
	$(PY) -m pytest -q

test-fast: setup
	$(PY) -m pytest -q -m "not e2e"

demo: setup
	$(VENV)/bin/ecoaudit demo --workspace $(DEMO_WORKSPACE)

bench eval: setup
	$(PY) -m tests.bench.classification --write docs/benchmarks.md

clean:
	rm -rf $(VENV) $(DEMO_WORKSPACE) .pytest_cache
