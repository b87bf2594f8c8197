# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export UV_PYTHON_DOWNLOADS := never
# uv from PATH, or installed once with pip (the only bootstrap step).
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
DEMO_WORKSPACE ?= demo-workspace

.PHONY: setup test test-fast demo bench bench-crawl bench-recrawl bench-sql eval-extract eval calibrate clean help

help:
	@echo "make demo   - install, serve the bundled demo web and run a real audit on it"
	@echo "make test   - install and run the whole test suite"
	@echo "make bench  - measure classification, re-crawls, crawl speed and report rendering (writes docs/benchmarks.md)"
	@echo "make eval   - classification quality and the ecosystem map on the generated evaluation web (writes docs/benchmarks.md)"
	@echo "make eval-extract - extraction quality, page types, publication dates and newsroom markup on ../shared/data/wcxb-dev"
	@echo "make calibrate - fit the rule weights on the evaluation web's development draw, then make eval"

$(VENV)/.installed: pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

# System packages the report needs: Debian's chromium (the browser test renders report.html) and
# Pango (WeasyPrint prints report.pdf). Installed with apt-get when missing (root, as in CI); otherwise
# one line says what is missing and the set-up goes on.
SYSTEM_PACKAGES_MISSING = $(strip $(if $(shell command -v chromium 2>/dev/null),,chromium) \
	$(if $(shell /sbin/ldconfig -p 2>/dev/null | grep -F libpangoft2-1.0.so.0),,libpango-1.0-0 libpangoft2-1.0-0))

setup: $(VENV)/.installed
	@missing="$(SYSTEM_PACKAGES_MISSING)"; if [ -n "$$missing" ]; then \
	  echo "setup: installing $$missing (apt-get)"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; } \
	  || echo "setup: could not install $$missing (needs root and apt-get): the browser test of the report is skipped and report.pdf may be missing"; \
	fi

test: setup
	$(PY) -m pytest -q

test-fast: setup
	$(PY) -m pytest -q -m "not e2e"

demo: setup
	$(VENV)/bin/ecoaudit demo --workspace $(DEMO_WORKSPACE)

bench: setup
	$(PY) -m tests.bench.classification --write docs/benchmarks.md
	$(PY) -m tests.bench.recrawl --write docs/benchmarks.md
	$(PY) -m tests.bench.crawl --write docs/benchmarks.md
	$(PY) -m tests.bench.report --write docs/benchmarks.md
	$(PY) -m tests.bench.ecosystem_map --write docs/benchmarks.md

eval: setup
	$(PY) -m tests.bench.evaluate --write docs/benchmarks.md
	$(PY) -m tests.bench.evaluate --markups blind --write docs/benchmarks.md
	$(PY) -m tests.bench.markup_parse --markups blind --write docs/benchmarks.md
	$(PY) -m tests.bench.evaluate --markups blind2 --write docs/benchmarks.md
	$(PY) -m tests.bench.markup_parse --markups blind2 --write docs/benchmarks.md
	$(PY) -m tests.bench.evaluate --markups blind3 --write docs/benchmarks.md
	$(PY) -m tests.bench.markup_parse --markups blind3 --write docs/benchmarks.md
	$(PY) -m tests.bench.evaluate --markups blind4 --write docs/benchmarks.md
	$(PY) -m tests.bench.markup_parse --markups blind4 --write docs/benchmarks.md
	$(PY) -m tests.bench.evaluate --markups blind5 --write docs/benchmarks.md
	$(PY) -m tests.bench.markup_parse --markups blind5 --write docs/benchmarks.md
	$(PY) -m tests.bench.evaluate --markups blind6 --write docs/benchmarks.md
	$(PY) -m tests.bench.markup_parse --markups blind6 --write docs/benchmarks.md
	$(PY) -m tests.bench.evaluate --markups blind7 --write docs/benchmarks.md
	$(PY) -m tests.bench.markup_parse --markups blind7 --write docs/benchmarks.md
	$(PY) -m tests.bench.ecosystem_eval --write docs/benchmarks.md

# Writes the fitted weights into sql/seeds/rules.csv and the prior into sql/seeds/params.csv.
calibrate: setup
	$(PY) -m tests.bench.evaluate --fit --write docs/benchmarks.md

bench-crawl: setup
	$(PY) -m tests.bench.crawl --write docs/benchmarks.md

bench-recrawl: setup
	$(PY) -m tests.bench.recrawl --write docs/benchmarks.md

bench-sql: setup
	$(PY) -m tests.bench.sql --write docs/benchmarks.md

eval-extract: setup
	$(PY) -m tests.bench.extract --write docs/benchmarks.md
	$(PY) -m tests.bench.page_types --jobs 2 --write docs/benchmarks.md
	$(PY) -m tests.bench.news_markup --write docs/benchmarks.md

clean:
	rm -rf $(VENV) $(DEMO_WORKSPACE) .pytest_cache
