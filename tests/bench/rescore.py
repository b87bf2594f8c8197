"""Re-score the crawls of an earlier `make eval` with the SQL and seeds of this checkout: the before/after of a
rule change on the very same crawled pages, without crawling again.

    .venv/bin/python -m tests.bench.rescore WORKSPACE [--into DIR]

WORKSPACE is a `tests.bench.evaluate --workspace` folder. Each draw's warehouse is copied (the original is
left as it was), every model is run on its latest run, and the labelled sources are scored with the shipped
weights, in sample and held out (leave one family out, leave one markup out), as `make eval` does.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import duckdb

from ecoaudit import sqlrun
from ecoaudit.calibration import cases_from_warehouse, predict, seed_model
from tests.bench.evaluate import classified_labels, held_out


def rescore(workspace: Path, into: Path) -> list:
    """The labelled cases of every draw of `workspace`, transformed again by this checkout's SQL."""
    cases = []
    for warehouse in sorted(workspace.glob("eval/seed-*/*/warehouse.duckdb")):
        seed = int(warehouse.parts[-3].removeprefix("seed-"))
        copy = into / f"seed-{seed}.duckdb"
        shutil.copy(warehouse, copy)
        with duckdb.connect(str(copy)) as con:
            run_id = con.execute("select max(run_id) from raw_pages").fetchone()[0]
            sqlrun.run_models(con, run_id)
            cases += cases_from_warehouse(con, classified_labels(seed))
    return cases


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("workspace", type=Path)
    ap.add_argument("--into", type=Path, help="keep the re-scored warehouses here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        into = args.into or Path(tmp)
        into.mkdir(parents=True, exist_ok=True)
        cases = rescore(args.workspace, into)
        cv = held_out([{"cases": cases}])
        print("in sample (shipped weights):", cv["shipped"])
        for key in ("family", "markup"):
            print(f"leave one {key} out:", cv[key]["overall"])
        for p in predict(cases, seed_model()):
            if (p.case.label == "automated") != (p.verdict == "automated"):
                print(f"- {p.case.host} ({p.case.groups.get('family')}, {p.case.groups.get('markup')}): "
                      f"{p.case.label} → {p.verdict} {p.score:.2f} {sorted(p.case.fired)}")


if __name__ == "__main__":
    main()
