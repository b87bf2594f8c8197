"""Rule weights learned from labelled webs, and the held-out checks that keep them honest (issue 10).

The transform scores a source with a logistic model over its fired rules (`sql/intermediate/
int_source_scores.sql`): log-odds = prior + sum of ln((1 + w) / (1 - w)) over automated rules minus the same
over pertinent rules. This module holds the same model in Python, so that weights can be

- fitted: maximum a posteriori, the expert's weights (`sql/calibration/priors.csv`) as a Gaussian
  prior, each rule's log-odds kept in [LOG_ODDS_MIN, LOG_ODDS_MAX] in its own direction (a rule never
  changes sides, and a rule that a training set never saw keeps the expert's weight), and under the
  expert's `max_weight` for rules with a known genuine look-alike (a generated web lacks it, the real web
  does not);
- checked on data they were not fitted on: leave one group out (a family of sources, a markup), pooled
  predictions, precision/recall/F1 on automated sources and a reliability table (is a 0.8 right 8 times
  in 10?).

Pure logic: cases come from a transformed warehouse (`cases_from_warehouse`), nothing here crawls.
"""
from __future__ import annotations

import csv
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ecoaudit.evaluate import Rates
from ecoaudit.resources import sql_dir as _sql_dir

SQL_DIR = _sql_dir()  # the repository's sql/, or the copy inside the installed package
RULES_CSV = SQL_DIR / "seeds" / "rules.csv"
PARAMS_CSV = SQL_DIR / "seeds" / "params.csv"
PRIORS_CSV = SQL_DIR / "calibration" / "priors.csv"
LOG_ODDS_MIN, LOG_ODDS_MAX = 0.1, 5.0  # w from 0.05 to 0.987: every rule keeps some say, none is certainty
PRIOR_STRENGTH = 0.25  # how strongly the expert's log-odds hold (the Gaussian prior's 1 / (2 sd^2)); chosen
# among 0.05-2 by the leave-one-family-out F1 and calibration error of `make eval` (docs/classification.md)


@dataclass(frozen=True)
class Case:
    """One labelled source as the transform saw it."""

    host: str
    label: str  # automated | pertinent
    fired: frozenset[str]
    thin: bool = False  # under commit_min_posts posts, commit_min_messages messages and commit_min_comments
    no_posts: bool = False
    assessable: bool = True
    # posts not read: unread_pages_min pages of text not read as posts (note posts_not_read), or most pages
    # refused by the site (note crawl_incomplete)
    posts_unread: bool = False
    # comments loaded by a service (unread) on hosted_min_share of its posts or more (note conversation_unread)
    conversation_hosted: bool = False
    # posts for subscribers (teasers read) on paywalled_min_share of its posts or more (note text_paywalled)
    text_paywalled: bool = False
    groups: dict = field(default_factory=dict, hash=False, compare=False)  # family, markup...


@dataclass
class Model:
    """Rule directions and weights, the prior log-odds and the commit thresholds of the seeds."""

    directions: dict[str, str]
    weights: dict[str, float]
    prior_log_odds: float
    commit_low: float = 0.2
    commit_high: float = 0.65
    # the expert's ceiling for rules with a known genuine look-alike: the data may not push them above it
    max_weights: dict[str, float] = field(default_factory=dict)

    def log_odds(self, fired: Iterable[str]) -> float:
        total = self.prior_log_odds
        for rule in fired:
            if rule in self.weights:
                sign = 1 if self.directions[rule] == "automated" else -1
                total += sign * weight_log_odds(self.weights[rule])
        return total

    def score(self, case: Case) -> float:
        return 1 / (1 + math.exp(-self.log_odds(case.fired)))

    def verdict(self, case: Case) -> str:
        """The machine verdict as the SQL gives it (bands automated >= 0.5, pertinent below)."""
        if not case.assessable:
            return "undecided"
        s = round(self.score(case), 4)
        if (case.thin or case.no_posts) and case.posts_unread:
            return "undecided"
        if case.no_posts and s < 0.5:
            return "undecided"
        pertinent_fired = any(self.directions.get(r) == "pertinent" for r in case.fired if r in self.weights)
        if case.thin and s < self.commit_high and (s > self.commit_low or not pertinent_fired):
            return "undecided"
        if case.conversation_hosted and 0.5 <= s < self.commit_high:
            return "undecided"  # weak signs, and the conversation that could belie them unread
        if case.text_paywalled and s < 0.5 and not any(r in self.weights for r in case.fired):
            return "undecided"  # a clean record read on teasers
        return "automated" if s >= 0.5 else "pertinent"


def weight_log_odds(weight: float) -> float:
    w = min(max(weight, 0.0), 0.99)
    return math.log((1 + w) / (1 - w))


def log_odds_weight(log_odds: float) -> float:
    return math.tanh(log_odds / 2)


def _read_csv(path: Path) -> list[dict]:
    with Path(path).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def seed_model(rules_csv: Path = RULES_CSV, params_csv: Path = PARAMS_CSV) -> Model:
    """The model the seeds define now."""
    rules = _read_csv(rules_csv)
    params = {r["param"]: r["value"] for r in _read_csv(params_csv)}
    return Model({r["rule_id"]: r["direction"] for r in rules}, {r["rule_id"]: float(r["weight"]) for r in rules},
                 float(params["prior_log_odds"]), float(params["commit_low"]), float(params["commit_high"]))


def expert_model(rules_csv: Path = RULES_CSV, params_csv: Path = PARAMS_CSV, priors_csv: Path = PRIORS_CSV) -> Model:
    """The seeds' model with the expert's weights and prior log-odds (the centre of every fit)."""
    model = seed_model(rules_csv, params_csv)
    rows = _read_csv(priors_csv)
    priors = {r["name"]: float(r["value"]) for r in rows}
    model.weights = {rule: priors.get(rule, w) for rule, w in model.weights.items()}
    model.prior_log_odds = priors.get("prior_log_odds", model.prior_log_odds)
    model.max_weights = {r["name"]: float(r["max_weight"]) for r in rows if (r.get("max_weight") or "").strip()}
    return model


def fit(cases: list[Case], prior: Model, strength: float = PRIOR_STRENGTH) -> Model:
    """MAP fit of the rule log-odds and the prior log-odds on `cases` (assessable, with posts)."""
    import numpy as np
    from scipy.optimize import minimize

    rules = sorted(prior.weights)
    train = [c for c in cases if c.assessable and not c.no_posts and c.label in ("automated", "pertinent")]
    sign = np.array([1.0 if prior.directions[r] == "automated" else -1.0 for r in rules])
    x = np.array([[1.0 if r in c.fired else 0.0 for r in rules] for c in train]).reshape(len(train), len(rules))
    y = np.array([1.0 if c.label == "automated" else 0.0 for c in train])
    mu = np.array([prior.prior_log_odds] + [weight_log_odds(prior.weights[r]) for r in rules])

    def loss(theta):
        z = theta[0] + x @ (sign * theta[1:])
        p = 1 / (1 + np.exp(-z))
        nll = np.sum(np.logaddexp(0, z) - y * z)
        grad_z = p - y
        grad = np.concatenate([[grad_z.sum()], (x.T @ grad_z) * sign])
        diff = theta - mu
        return nll + strength * float(diff @ diff), grad + 2 * strength * diff

    # the prior may only go down: the share of automated sources in a training web is not a client's
    bounds = [(-4.0, prior.prior_log_odds)] + [(LOG_ODDS_MIN, min(LOG_ODDS_MAX, weight_log_odds(prior.max_weights.get(r, 1.0))))
                              for r in rules]
    res = minimize(loss, np.clip(mu, [b[0] for b in bounds], [b[1] for b in bounds]), jac=True,
                   method="L-BFGS-B", bounds=bounds)
    theta = res.x
    return Model(dict(prior.directions), {r: round(log_odds_weight(t), 3) for r, t in zip(rules, theta[1:])},
                 round(float(theta[0]), 3), prior.commit_low, prior.commit_high, dict(prior.max_weights))


@dataclass
class Prediction:
    case: Case
    score: float
    verdict: str


def predict(cases: Iterable[Case], model: Model) -> list[Prediction]:
    return [Prediction(c, model.score(c), model.verdict(c)) for c in cases]


def leave_one_group_out(cases: list[Case], key: str, prior: Model,
                        fitter: Callable[[list[Case], Model], Model] = fit) -> list[Prediction]:
    """Every case predicted by a model fitted without the cases of its group (`case.groups[key]`)."""
    out: list[Prediction] = []
    for group in sorted({c.groups.get(key, "") for c in cases}):
        held = [c for c in cases if c.groups.get(key, "") == group]
        model = fitter([c for c in cases if c.groups.get(key, "") != group], prior)
        out += predict(held, model)
    return out


@dataclass
class Metrics(Rates):
    tp: int
    fp: int
    fn: int
    tn: int
    undecided: int
    genuine: int
    genuine_kept: int

    @property
    def genuine_kept_share(self) -> float:
        return self.genuine_kept / self.genuine if self.genuine else 0.0


def metrics(preds: Iterable[Prediction]) -> Metrics:
    """Automated sources are the positives; `undecided` is a miss for them, not a false positive."""
    tp = fp = fn = tn = und = gen = kept = 0
    for p in preds:
        auto_label, auto_pred = p.case.label == "automated", p.verdict == "automated"
        tp += auto_label and auto_pred
        fn += auto_label and not auto_pred
        fp += auto_pred and not auto_label
        tn += not auto_label and not auto_pred
        und += p.verdict == "undecided"
        gen += not auto_label
        kept += not auto_label and p.verdict == "pertinent"
    return Metrics(tp, fp, fn, tn, und, gen, kept)


def reliability(preds: Iterable[Prediction], edges=(0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0001)):
    """Rows (low, high, sources, mean score, share automated) per score bin, and the expected calibration
    error (mean |score - observed| weighted by the bin's size)."""
    preds = [p for p in preds if p.case.assessable]
    rows, ece = [], 0.0
    for lo, hi in zip(edges, edges[1:]):
        inside = [p for p in preds if lo <= p.score < hi]
        if not inside:
            continue
        mean = sum(p.score for p in inside) / len(inside)
        observed = sum(p.case.label == "automated" for p in inside) / len(inside)
        rows.append((lo, min(hi, 1.0), len(inside), mean, observed))
        ece += len(inside) * abs(mean - observed)
    return rows, (ece / len(preds) if preds else 0.0)


def cases_from_warehouse(con, labels: list[dict], group_keys=("family", "markup", "platform", "kind")) -> list[Case]:
    """The labelled sources of the latest transformed run in `con` (int_* tables), with their fired rules."""
    params = dict(con.execute("select param, value from seed_params").fetchall())
    min_posts, min_messages = float(params["commit_min_posts"]), float(params["commit_min_messages"])
    min_comments = float(params["commit_min_comments"])
    min_unread = float(params["unread_pages_min"])
    hosted_share = float(params["hosted_min_share"])
    paywalled_share = float(params["paywalled_min_share"])
    rows = con.execute("""
        select s.host, s.assessment_note is null, f.posts + f.forum_posts = 0, f.posts_with_text, f.forum_posts,
               f.comments, f.unread_text_pages, s.crawl_blocked, f.posts_comments_hosted, f.posts_paywalled,
               list(h.rule_id) filter (where h.rule_id is not null)
        from int_sources as s
        join int_source_features as f on f.host = s.host
        left join int_rule_hits as h on h.host = s.host
        group by all
    """).fetchall()
    seen = {r[0]: r for r in rows}
    out = []
    for lab in labels:
        if lab["verdict"] not in ("automated", "pertinent"):
            continue
        groups = {k: lab.get(k, "") for k in group_keys}
        row = seen.get(lab["host"])
        if row is None:  # never reached: no case for the model, a miss for the evaluation
            out.append(Case(lab["host"], lab["verdict"], frozenset(), assessable=False, groups=groups))
            continue
        host, assessable, no_posts, posts, messages, comments, unread, blocked, hosted, paywalled, fired = row
        thin = posts < min_posts and messages < min_messages and comments < min_comments
        out.append(Case(host, lab["verdict"], frozenset(fired or []), thin,
                        bool(no_posts), bool(assessable), unread >= min_unread or bool(blocked),
                        bool(hosted) and hosted >= hosted_share * posts,
                        bool(paywalled) and paywalled >= paywalled_share * posts, groups))
    return out


def write_model(model: Model, rules_csv: Path = RULES_CSV, params_csv: Path = PARAMS_CSV) -> None:
    """Write fitted weights into the rules seed and the prior into the params seed (other columns kept)."""
    rows = _read_csv(rules_csv)
    for r in rows:
        r["weight"] = f"{model.weights[r['rule_id']]:g}"
    _write_csv(rules_csv, rows)
    params = _read_csv(params_csv)
    for p in params:
        if p["param"] == "prior_log_odds":
            p["value"] = f"{model.prior_log_odds:g}"
    _write_csv(params_csv, params)


def _write_csv(path: Path, rows: list[dict]) -> None:
    with Path(path).open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
