"""Compare a run's verdicts with labels: precision and recall on automated sources."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Score:
    tp: int
    fp: int
    fn: int
    tn: int
    undecided: int
    missing: list[str]
    mistakes: list[tuple[str, str, str]]  # (host, label, verdict)

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
