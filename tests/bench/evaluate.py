"""`make eval`: classification quality on the evaluation web (issue 4), per family and per platform.

    .venv/bin/python -m tests.bench.evaluate [--write docs/benchmarks.md] [--workspace DIR]

Serves `ecoaudit.evalweb` (generated sources in families, with hard cases) on 127.0.0.1, runs a whole
audit of its seeds (crawl, load, validation, SQL, deliverables), and scores `sources.csv` against the
labels: precision, recall and F1 on automated sources, the confusion matrix, per source family and per
platform family, and the mistakes with the reasons the pipeline gave.
"""
from __future__ import annotations

import argparse
import csv
import platform
import tempfile
import time
from pathlib import Path

from tests.bench.common import write_section

COMMAND = "make eval  (= .venv/bin/python -m tests.bench.evaluate --write docs/benchmarks.md)"
TITLE = "## Classification on the evaluation web (issue 4)"
VERDICTS = ("automated", "pertinent", "undecided", "missing")


def score_run(sources_csv: Path, seed: int | None = None) -> dict:
    """Every figure of the evaluation, from a run's sources.csv (of the web drawn with `seed`)."""
    from ecoaudit.evalweb import SEED, eval_labels
    from ecoaudit.evaluate import confusion, score_groups, score_sources

    labels = eval_labels(seed or SEED)
    with Path(sources_csv).open(encoding="utf-8", newline="") as f:
        reasons = {row["host"]: row.get("reasons", "") for row in csv.DictReader(f)}
    overall = score_sources(sources_csv, labels)
    return {
        "overall": overall,
        "confusion": confusion(sources_csv, labels),
        "families": score_groups(sources_csv, labels, "family"),
        "platforms": score_groups(sources_csv, labels, "platform"),
        "mistakes": [(h, lab, got, reasons.get(h, "")) for h, lab, got in overall.mistakes],
        "labelled": sum(lab["verdict"] in ("pertinent", "automated") for lab in labels),
    }


def run(workspace: Path | None = None, seed: int | None = None) -> dict:
    from ecoaudit.evalweb import SEED, eval_audit

    seed = seed or SEED
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(workspace or tmp) / f"seed-{seed}"
        t0 = time.perf_counter()
        result = eval_audit(ws, run_id="eval", seed=seed)
        out = score_run(result.csv, seed)
        out["seconds"] = time.perf_counter() - t0
        out["seed"] = seed
    return out


def _row(name: str, s) -> str:
    auto = s.tp + s.fn
    rec = f"{s.recall:.3f}" if auto else "–"
    prec = f"{s.precision:.3f}" if s.tp + s.fp else "–"
    f1 = f"{s.f1:.3f}" if auto and s.tp + s.fp else "–"
    return f"| {name} | {s.tp + s.fn + s.fp + s.tn} | {auto} | {prec} | {rec} | {f1} | {s.fp} | {s.undecided} |"


def markdown(runs: list[dict]) -> str:
    from ecoaudit.evalweb import HELDOUT_SEED

    r = runs[0]
    lines = [
        TITLE, "",
        f"Command: `{COMMAND}`  ",
        f"Machine: {platform.machine()}, Python {platform.python_version()}; {time.strftime('%Y-%m-%d')}.", "",
        "The evaluation web (`ecoaudit/evalweb.py`) is generated, separate from the demo web on which the "
        f"rules were first set, and larger: {r['labelled']} sources in {len(r['families'])} families, with "
        "hard cases (a newsroom on WordPress, quiet genuine blogs, experts with comments closed, blogs "
        "quoting the news, small forums, a forum whose moderator answers a lot, fake forums spread over "
        "several puppets, a firm's self-promotional blog, heavily spun copies, a comment farm's unsigned "
        "praise). Blogs rotate over WordPress, Blogger, Dotclear and Overblog (no parser module: the "
        "generic path and its comment-section reader); forums are phpBB and FluxBB. Scores are on automated sources; "
        "`undecided` counts as a miss for an automated source and is not a false positive for a "
        "pertinent one. Two draws of it: the development web (seed "
        f"{runs[0]['seed']}), on which two gaps were found and fixed (see `docs/classification.md`), "
        f"and a held-out web (seed {HELDOUT_SEED}: same families, other hosts, sizes, cadences and "
        "texts), measured only with the rules frozen (the Overblog blogs, added later, showed two "
        "comment-reading bugs on both draws; the parser was fixed, no rule or weight changed).", "",
    ]
    for r in runs:
        lines += _block(r, "held-out web" if r["seed"] == HELDOUT_SEED else "development web")
    return "\n".join(lines) + "\n"


def _block(r: dict, name: str) -> list[str]:
    o = r["overall"]
    head = ["| group | sources | automated | precision | recall | F1 | false positives | undecided |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    lines = [
        f"### {name.capitalize()} (seed {r['seed']}; whole audit {r['seconds']:.0f} s)", "",
        f"Overall, {r['labelled']} labelled sources: precision **{o.precision:.3f}**, recall "
        f"**{o.recall:.3f}**, F1 **{o.f1:.3f}** (TP {o.tp}, FP {o.fp}, FN {o.fn}, TN {o.tn}, "
        f"undecided {o.undecided}).", "",
        "Confusion matrix (rows: label, columns: verdict):", "",
        "| label \\ verdict | " + " | ".join(VERDICTS) + " |",
        "| --- |" + " --- |" * len(VERDICTS),
    ]
    for lab in ("automated", "pertinent"):
        lines.append(f"| {lab} | " + " | ".join(str(r["confusion"].get((lab, v), 0)) for v in VERDICTS) + " |")
    lines += ["", "Per source family (a pertinent family has no automated sources: its line shows false positives):",
              "", *head, *(_row(k, v) for k, v in r["families"].items()), "",
              "Per platform family:", "", *head, *(_row(k, v) for k, v in r["platforms"].items()), ""]
    if r["mistakes"]:
        lines += ["Mistakes (host, label, verdict, reasons given):", ""]
        lines += [f"- {h}: {lab} → {got} ({why or 'no reason'})" for h, lab, got, why in r["mistakes"]]
    else:
        lines.append("Mistakes: none.")
    return lines + [""]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", type=Path, help="benchmarks file to update")
    ap.add_argument("--workspace", type=Path, help="keep the audit workspaces here")
    ap.add_argument("--seed", type=int, action="append", help="only this draw (repeatable)")
    args = ap.parse_args()
    from ecoaudit.evalweb import HELDOUT_SEED, SEED

    text = markdown([run(args.workspace, seed) for seed in (args.seed or [SEED, HELDOUT_SEED])])
    print(text)
    if args.write:
        write_section(args.write, text, TITLE)


if __name__ == "__main__":
    main()
