"""Classification quality on the evaluation web, pinned: the floors below may only be raised.

One whole audit of `sectorweb.evaluation` (crawl through the proxy, flow, deliverables), scored against its
labels as `make eval` does. Issue 4's bar: precision and recall on automated sources >= 0.95, no
source family below 0.85 recall, every automated verdict with readable evidence. Issue 10's: weights
refitted without a family (or a markup) still find the automated sources of that family (F1 >= 0.90 over
the held-out predictions), and a source with 5 posts or messages is never left undecided.
The web was rebuilt for issue 10 (31 families, 14 markups), so these floors were set anew on it.
The blind families of rounds 2 and 3 (stop 34), of round 4 (stop 37), of round 5 (stop 38), of round 6 (stop 39) and of round 7 (stop 40) joined
after the floors were set,
to measure what the rules miss: the floors above hold for the other families as before, and the new families are pinned apart at their
level when they joined (their misses are documented in docs/classification.md); raise those too, never lower.
"""
from __future__ import annotations

import pytest

from tests.conftest import read_csv

pytestmark = pytest.mark.e2e

# Raise these when the classifier gets better; never lower them to make a change pass.
FLOOR_PRECISION = 1.0
FLOOR_RECALL = 0.98
# 0.85, issue 4's bar (0.75 before partner_links_in_posts and timer_promotion: a rotating network's member with
# two partners, or a timer blog with nothing but its clock, showed only a rule that may not convict alone)
FLOOR_FAMILY_RECALL = 0.85
MAX_PERTINENT_UNDECIDED = 6  # the quiet blogs' 2 to 4 posts are too little to judge, by design
FLOOR_HELD_OUT_F1 = 0.90
# Development draw, stop 34's final code: recall per new automated family, false positives among the new
# genuine ones (none since stop 42: the five-member club forum that forum_few_writers took for three accounts
# until it read a closed cast)
LATER_FAMILY_RECALL = {"expired_domain_blog": 2 / 3, "review_site": 1.0, "ai_local_news": 1.0, "llm_qa_forum": 1.0,
                       # round 4 (stop 37), after copied_messages and translated_posts: 0/3 and 0/3 before them
                       "scraped_forum": 1.0, "translated_blog": 1.0,
                       # round 5 (stop 38), after sold_guest_posts (1/3 before it on this draw, blind), the doorway
                       # pages from the start
                       "guest_post_farm": 1.0, "doorway_site": 1.0,
                       # round 6 (stop 39), after int_post_forum_copies (0/3 before it, blind): a digest on Canalblog
                       # and a directory publishing like a blog escape on this draw
                       "forum_digest_splog": 2 / 3, "seo_directory": 2 / 3,
                       # round 7 (stop 40), blind: the LLM persona blog's fluent unique text and generated readers
                       # escape every rule (0/3); the scam funnels 3/3 since stop 41's comment pools (the one on Hugo
                       # counted its other readers before)
                       "ai_persona_blog": 0.0, "scam_funnel_site": 1.0}
LATER_FAMILIES_MAX_FP = 0


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory):
    from ecoaudit.demo_audit import eval_audit
    from tests.bench.evaluate import score_run

    result = eval_audit(tmp_path_factory.mktemp("evalweb"), run_id="eval-floor")  # the development draw
    return result, score_run(result.csv)


def _later(name: str) -> bool:
    from sectorweb.evaluation import (BLIND2_FAMILIES, BLIND3_FAMILIES, BLIND4_FAMILIES, BLIND5_FAMILIES, BLIND6_FAMILIES,
                                      BLIND7_FAMILIES)

    return name in (BLIND2_FAMILIES | BLIND3_FAMILIES | BLIND4_FAMILIES | BLIND5_FAMILIES | BLIND6_FAMILIES
                    | BLIND7_FAMILIES)


def test_precision_and_recall_on_automated_sources(evaluation):
    _, r = evaluation
    assert not r["overall"].missing, r["overall"].missing
    earlier = [s for name, s in r["families"].items() if not _later(name)]
    tp, fp, fn = (sum(getattr(s, k) for s in earlier) for k in ("tp", "fp", "fn"))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= FLOOR_PRECISION and recall >= FLOOR_RECALL, (precision, recall, r["mistakes"])
    later_fp = sum(s.fp for name, s in r["families"].items() if _later(name))
    assert later_fp <= LATER_FAMILIES_MAX_FP, r["mistakes"]


def test_no_automated_family_below_its_floor(evaluation):
    _, r = evaluation
    low = {name: s.recall for name, s in r["families"].items()
           if s.tp + s.fn and s.recall < LATER_FAMILY_RECALL.get(name, FLOOR_FAMILY_RECALL) - 1e-9}
    assert not low, low
    assert set(LATER_FAMILY_RECALL) <= set(r["families"])


def test_pertinent_sources_are_rarely_left_undecided(evaluation):
    _, r = evaluation
    assert r["confusion"].get(("pertinent", "undecided"), 0) <= MAX_PERTINENT_UNDECIDED, r["mistakes"]


def test_every_automated_verdict_carries_evidence(evaluation):
    result, _ = evaluation
    automated = [row for row in read_csv(result.csv) if row["verdict"] == "automated"]
    assert automated
    assert all(row["reasons"] and row["evidence"] for row in automated)


def test_held_out_families_and_markups(evaluation):
    from ecoaudit.calibration import expert_model, leave_one_group_out, metrics
    from sectorweb.evaluation import SEED
    from tests.bench.evaluate import cases_of

    result, _ = evaluation
    cases = cases_of(result, SEED)
    for key in ("family", "markup"):
        m = metrics(leave_one_group_out(cases, key, expert_model()))
        assert m.f1 >= FLOOR_HELD_OUT_F1, (key, m)


def test_sources_with_data_are_decided(evaluation):
    _, r = evaluation
    undecided, rich = r["undecided_with_data"]
    assert rich and undecided <= 0.10 * rich, r["mistakes"]


def test_source_kinds_are_counted_against_the_labels():
    from tests.bench.evaluate import kinds_block, kinds_read

    table = [{"host": "a.test", "kind": "blog", "pages": "3"}, {"host": "b.test", "kind": "", "pages": "5"},
             {"host": "c.test", "kind": "forum", "pages": "0"}]  # c was not crawled: not counted
    labels = [{"host": "a.test", "kind": "blog", "verdict": "automated"},
              {"host": "b.test", "kind": "news", "verdict": "pertinent"},
              {"host": "c.test", "kind": "forum", "verdict": "pertinent"}]
    kinds = kinds_read(table, labels)
    assert kinds == {("blog", "blog"): 1, ("news", "other"): 1}
    lines = kinds_block([{"kinds": kinds}, {"kinds": {("news", "news"): 2}}])
    assert "| news | 0 | 0 | 2 | 1 | 2/3 |" in lines and "| blog | 1 | 0 | 0 | 0 | 1/1 |" in lines
