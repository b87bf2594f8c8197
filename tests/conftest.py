"""Shared fixtures. The end-to-end tests share ONE demo audit (crawl + flow) per session."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory):
    """Run `ecoaudit demo` once (real crawl of the demo web through its proxy) in-process."""
    from ecoaudit.demo_audit import demo_audit

    ws = tmp_path_factory.mktemp("demo-ws")
    result = demo_audit(ws, run_id="e2e-1")
    return result


@pytest.fixture(scope="session")
def demo_labels():
    from sectorweb.labels import labels

    return {row["host"]: row for row in labels()}


def read_csv(path: Path) -> list[dict]:
    with Path(path).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module", params=["development", "held-out"])
def web(request):
    """A draw of the evaluation web (development, held out) and its content, by host (tests/test_evalweb*.py)."""
    from sectorweb.evalmakers import build_eval_content
    from sectorweb.evaluation import HELDOUT_SEED, SEED, eval_sources

    sources = eval_sources(SEED if request.param == "development" else HELDOUT_SEED)
    return sources, build_eval_content(list(sources))
