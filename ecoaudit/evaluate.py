"""Compare a run's verdicts with labels: precision and recall on automated sources."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


class Rates:
    """Precision, recall and F1 on automated sources from the counts tp, fp and fn."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score(Rates):
    tp: int
    fp: int
    fn: int
    tn: int
    undecided: int
    missing: list[str]
    mistakes: list[tuple[str, str, str]]  # (host, label, verdict)


def score_sources(sources_csv: Path, labels: list[dict]) -> Score:
    """Score the `verdict` column of sources.csv against labelled hosts (pertinent/automated only).

    A labelled source predicted `undecided` counts as a miss for automated labels and
    is not a false positive for pertinent ones.
    """
    with Path(sources_csv).open(encoding="utf-8", newline="") as f:
        predicted = {row["host"]: row["verdict"] for row in csv.DictReader(f)}
    tp = fp = fn = tn = undecided = 0
    missing, mistakes = [], []
    for lab in labels:
        if lab["verdict"] not in ("pertinent", "automated"):
            continue
        got = predicted.get(lab["host"])
        if got is None:
            missing.append(lab["host"])
            got = "undecided"
        undecided += got == "undecided"
        truth_auto, pred_auto = lab["verdict"] == "automated", got == "automated"
        tp += truth_auto and pred_auto
        fn += truth_auto and not pred_auto
        fp += pred_auto and not truth_auto
        tn += not truth_auto and not pred_auto
        if got != lab["verdict"]:
            mistakes.append((lab["host"], lab["verdict"], got))
    return Score(tp, fp, fn, tn, undecided, missing, mistakes)


def read_verdicts(sources_csv: Path) -> dict[str, str]:
    """host -> verdict of a run's sources.csv."""
    with Path(sources_csv).open(encoding="utf-8", newline="") as f:
        return {row["host"]: row["verdict"] for row in csv.DictReader(f)}


def score_groups(sources_csv: Path, labels: list[dict], key: str) -> dict[str, Score]:
    """One Score per value of the label column `key` (family, platform, kind), over the labelled
    pertinent and automated sources of that group."""
    groups: dict[str, list[dict]] = {}
    for lab in labels:
        groups.setdefault(lab[key], []).append(lab)
    return {name: score_sources(sources_csv, rows) for name, rows in sorted(groups.items())}


def confusion(sources_csv: Path, labels: list[dict]) -> dict[tuple[str, str], int]:
    """(label, verdict) -> number of sources, over labelled pertinent and automated sources;
    a source missing from sources.csv counts as `missing`."""
    predicted = read_verdicts(sources_csv)
    out: dict[tuple[str, str], int] = {}
    for lab in labels:
        if lab["verdict"] in ("pertinent", "automated"):
            key = (lab["verdict"], predicted.get(lab["host"], "missing"))
            out[key] = out.get(key, 0) + 1
    return out
