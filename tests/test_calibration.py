"""The Python twin of the SQL score, the weight fit and the held-out checks (ecoaudit.calibration)."""
from __future__ import annotations

import pytest
from tests.test_sql_fixtures import ecosystem
from tests.test_sql_models import rows, run

from ecoaudit import calibration as cal

LABELS = {"news.example": "pertinent", "expert.example": "pertinent", "lively.example": "pertinent",
          "forum.example": "pertinent", "splog.example": "automated", "spinner.example": "automated",
          "spam.example": "automated", "fake.example": "automated", "promo.example": "automated",
          "later.example": "pertinent", "down.example": "pertinent"}


@pytest.fixture(scope="module")
def eco():
    return run(ecosystem())


def test_python_model_gives_the_sql_scores_and_verdicts(eco):
    labels = [{"host": h, "verdict": v, "family": h.split(".")[0]} for h, v in LABELS.items()]
    cases = {c.host: c for c in cal.cases_from_warehouse(eco, labels)}
    model = cal.seed_model()
    sql = {h: (s, v) for h, s, v in rows(eco, "select host, machine_score, machine_verdict from sources")}
    for host, case in cases.items():
        score, verdict = sql[host]
        assert model.verdict(case) == verdict, host
        if score is not None:
            assert model.score(case) == pytest.approx(score, abs=1e-4), host
    assert not cases["later.example"].assessable and cases["splog.example"].fired == {"copied_posts", "copied_posts_many", "follows_others", "high_cadence"}


def _case(host, label, fired, family):
    return cal.Case(host, label, frozenset(fired), groups={"family": family})


def _prior():
    return cal.Model({"a": "automated", "b": "automated", "p": "pertinent"}, {"a": 0.3, "b": 0.6, "p": 0.5}, -1.0)


def test_fit_learns_from_evidence_and_keeps_unseen_rules_at_the_prior():
    cases = ([_case(f"x{i}", "automated", {"a"}, "farm") for i in range(30)]
             + [_case(f"y{i}", "pertinent", set(), "blog") for i in range(30)]
             + [_case(f"z{i}", "pertinent", {"p"}, "blog") for i in range(10)])
    model = cal.fit(cases, _prior())
    assert model.weights["a"] > 0.8  # always fired on automated sources: strong
    assert model.weights["b"] == pytest.approx(0.6, abs=0.01)  # never seen: the expert's weight stands
    assert model.prior_log_odds < -1.0  # nothing fired and pertinent: the base rate goes down (never up)
    assert all(model.verdict(c) == c.label for c in cases)


def test_weights_stay_on_their_side_and_below_certainty():
    # rule "a" fires on genuine sources only: its weight goes to the floor, never to the other side
    cases = [_case(f"g{i}", "pertinent", {"a"}, "blog") for i in range(40)] + [
        _case(f"f{i}", "automated", {"b"}, "farm") for i in range(40)]
    model = cal.fit(cases, _prior())
    assert model.weights["a"] == pytest.approx(cal.log_odds_weight(cal.LOG_ODDS_MIN), abs=1e-3)
    assert model.weights["b"] <= cal.log_odds_weight(cal.LOG_ODDS_MAX) + 1e-3


def test_leave_one_family_out_cannot_learn_what_it_never_saw():
    # family "ring" shows rule "b" only; held out, the fit never sees "b" fire and keeps its prior weight:
    # its verdicts then depend on that prior, which is the point of the held-out check
    cases = ([_case(f"r{i}", "automated", {"b"}, "ring") for i in range(5)]
             + [_case(f"x{i}", "automated", {"a"}, "farm") for i in range(20)]
             + [_case(f"y{i}", "pertinent", set(), "blog") for i in range(20)])
    preds = cal.leave_one_group_out(cases, "family", _prior())
    ring = [p for p in preds if p.case.groups["family"] == "ring"]
    assert len(preds) == len(cases) and len(ring) == 5
    weak_prior = cal.Model(_prior().directions, {"a": 0.3, "b": 0.2, "p": 0.5}, -1.0)
    missed = cal.leave_one_group_out(cases, "family", weak_prior)
    assert cal.metrics([p for p in missed if p.case.groups["family"] == "ring"]).recall == 0.0


def test_metrics_and_reliability():
    preds = [cal.Prediction(_case("a", "automated", set(), "f"), 0.9, "automated"),
             cal.Prediction(_case("b", "automated", set(), "f"), 0.4, "undecided"),
             cal.Prediction(_case("c", "pertinent", set(), "g"), 0.7, "automated"),
             cal.Prediction(_case("d", "pertinent", set(), "g"), 0.1, "pertinent")]
    m = cal.metrics(preds)
    assert (m.tp, m.fp, m.fn, m.tn, m.undecided, m.genuine_kept) == (1, 1, 1, 1, 1, 1)
    assert m.precision == 0.5 and m.recall == 0.5 and m.genuine_kept_share == 0.5
    table, ece = cal.reliability(preds)
    assert sum(n for _, _, n, _, _ in table) == 4
    # one source per bin: |0.1 - 0| + |0.4 - 1| + |0.7 - 0| + |0.9 - 1|, over 4
    assert ece == pytest.approx((0.1 + 0.6 + 0.7 + 0.1) / 4)


def test_write_model_round_trips(tmp_path):
    import shutil
    rules, params = tmp_path / "rules.csv", tmp_path / "params.csv"
    shutil.copy(cal.RULES_CSV, rules)
    shutil.copy(cal.PARAMS_CSV, params)
    model = cal.seed_model(rules, params)
    model.weights = {r: 0.42 for r in model.weights}
    model.prior_log_odds = -0.7
    cal.write_model(model, rules, params)
    again = cal.seed_model(rules, params)
    assert set(again.weights.values()) == {0.42} and again.prior_log_odds == -0.7
    assert rules.read_text().splitlines()[0] == cal.RULES_CSV.read_text().splitlines()[0]


def test_the_expert_ceiling_holds_whatever_the_data():
    prior = _prior()
    prior.max_weights = {"a": 0.5}
    cases = [_case(f"x{i}", "automated", {"a"}, "farm") for i in range(40)] + [
        _case(f"y{i}", "pertinent", set(), "blog") for i in range(40)]
    model = cal.fit(cases, prior)
    assert model.weights["a"] == pytest.approx(0.5, abs=1e-3) and model.max_weights == {"a": 0.5}
    assert cal.expert_model().max_weights["link_ring"] <= 0.5


def test_rules_with_a_genuine_look_alike_never_convict_alone():
    """The shipped weights and prior: a link ring or links to one site alone leave a source pertinent
    (three experts' blogs linking each other, an affiliate blogger, readers who sign their comments with
    their own blogs); re-fits must keep it so."""
    model = cal.seed_model()
    for rule in ("link_ring", "self_promo_links", "burst_posting", "partner_links_in_posts", "comment_urls"):
        assert model.score(cal.Case("x", "pertinent", frozenset({rule}))) < 0.5, rule
    # a planner's regularity, however many rules see it, is not a machine (a weekly column, comments closed)
    regular = frozenset({"clockwork_posting", "machine_regular_posting"})
    assert model.score(cal.Case("x", "pertinent", regular)) < 0.5
    assert cal.expert_model().score(cal.Case("x", "pertinent", regular)) < 0.5


def test_a_thin_source_whose_posts_were_not_read_stays_undecided_as_in_sql():
    model = cal.Model({"one_page_blog": "automated"}, {"one_page_blog": 0.95}, -1.0)
    convicted = cal.Case("x", "automated", frozenset({"one_page_blog"}), thin=True)
    assert model.verdict(convicted) == "automated"
    unread = cal.Case("x", "automated", frozenset({"one_page_blog"}), thin=True, posts_unread=True)
    assert model.verdict(unread) == "undecided"
    # enough posts read: the unread pages change nothing
    assert model.verdict(cal.Case("x", "automated", frozenset({"one_page_blog"}), posts_unread=True)) == "automated"


def test_weak_signs_with_the_conversation_unread_stay_undecided_as_in_sql():
    """conversation_unread (int_source_scores): automated under commit_high, comments loaded by a service."""
    model = cal.Model({"batch_publishing": "automated", "copied_posts": "automated"},
                      {"batch_publishing": 0.6, "copied_posts": 0.95}, -1.0)
    weak = cal.Case("x", "automated", frozenset({"batch_publishing"}), conversation_hosted=True)
    assert 0.5 <= model.score(weak) < model.commit_high and model.verdict(weak) == "undecided"
    assert model.verdict(cal.Case("x", "automated", frozenset({"batch_publishing"}))) == "automated"
    strong = cal.Case("x", "automated", frozenset({"copied_posts"}), conversation_hosted=True)
    assert model.verdict(strong) == "automated"
    assert model.verdict(cal.Case("x", "pertinent", frozenset(), conversation_hosted=True)) == "pertinent"


def test_a_clean_record_read_on_teasers_is_undecided_as_in_sql():
    """text_paywalled (int_source_scores): no rule fired, most posts for subscribers: the rules read teasers."""
    model = cal.Model({"batch_publishing": "automated", "many_commenters": "pertinent"},
                      {"batch_publishing": 0.6, "many_commenters": 0.8}, -1.0)
    assert model.verdict(cal.Case("x", "pertinent", frozenset(), text_paywalled=True)) == "undecided"
    assert model.verdict(cal.Case("x", "pertinent", frozenset())) == "pertinent"
    assert model.verdict(cal.Case("x", "pertinent", frozenset({"many_commenters"}), text_paywalled=True)) == "pertinent"
    assert model.verdict(cal.Case("x", "automated", frozenset({"batch_publishing"}), text_paywalled=True)) == "automated"
