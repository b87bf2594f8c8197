"""Near-duplicate models on small inputs: the sampled candidate search finds the expected pairs, and their
similarity is the exact Jaccard of the full 5-word shingle sets (computed here in Python), not the sample's."""
from __future__ import annotations

import re
import shutil
import unicodedata
from datetime import timedelta

import pytest

from ecoaudit import sqlrun
from tests.test_sql_fixtures import T0, add, article, new_db, source, spin, text


def words(body: str) -> list[str]:
    """The models' normalisation: lowercase, accents off, punctuation and spaces separate words."""
    bare = unicodedata.normalize("NFKD", body.lower())
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return [w for w in re.split(r"[^a-z0-9]+", bare) if w]


def jaccard(a: str, b: str, k: int = 5) -> float:
    sa = {tuple(words(a)[i:i + k]) for i in range(len(words(a)) - k + 1)}
    sb = {tuple(words(b)[i:i + k]) for i in range(len(words(b)) - k + 1)}
    return len(sa & sb) / len(sa | sb)


ORIGINAL = text(200, 300)
TEXTS = {
    ("orig.example", "original"): (ORIGINAL, T0),
    ("copy.example", "copie"): ("Repris de nos confrères : " + ORIGINAL, T0 + timedelta(days=2)),
    ("spun.example", "leger"): (spin(ORIGINAL, share=0.02, seed=1), T0 + timedelta(days=3)),
    ("spun.example", "fort"): (spin(ORIGINAL, share=0.15, seed=2), T0 + timedelta(days=4)),
    ("other.example", "autre"): (text(201, 300), T0),
    ("other.example", "court"): (" ".join(ORIGINAL.split()[:39]), T0 + timedelta(days=5)),
}


def run_with(tmp_path, **params) -> object:
    """Run every model on TEXTS, with some seed_params values replaced (a copy of sql/)."""
    sql_dir = tmp_path / "sql"
    shutil.copytree(sqlrun.SQL_DIR, sql_dir)
    csv = sql_dir / "seeds" / "params.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    for name, value in params.items():
        lines = [f"{name},{value},{line.split(',', 2)[2]}" if line.startswith(name + ",") else line for line in lines]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    con = new_db()
    hosts = sorted({h for h, _ in TEXTS})
    add(con, "r1", [source(h) for h in hosts]
        + [article(h, slug, body, when) for (h, slug), (body, when) in TEXTS.items()])
    sqlrun.run_models(con, "r1", sql_dir=sql_dir)
    return con


def pairs(con) -> dict[tuple[str, str], tuple[float, str]]:
    got = con.execute("select url, other_url, similarity, similarity_class from int_post_pairs "
                      "where url < other_url").fetchall()
    return {(a.split("/")[2] + a.split("/")[3], b.split("/")[2] + b.split("/")[3]): (s, c) for a, b, s, c in got}


@pytest.fixture(scope="module")
def sampled(tmp_path_factory):
    return run_with(tmp_path_factory.mktemp("sampled"))


def test_expected_pairs_with_exact_jaccard(sampled):
    got = pairs(sampled)
    original = ORIGINAL
    expected = {
        ("copy.examplecopie", "orig.exampleoriginal"): "copy",
        ("copy.examplecopie", "spun.exampleleger"): "copy",
        ("orig.exampleoriginal", "spun.exampleleger"): "copy",
        ("copy.examplecopie", "spun.examplefort"): "spun",
        ("orig.exampleoriginal", "spun.examplefort"): "spun",
    }
    assert {k: c for k, (_, c) in got.items()} == expected
    bodies = {h + slug: body for (h, slug), (body, _) in TEXTS.items()}
    for (a, b), (similarity, _) in got.items():
        # the sample only proposes candidates: the similarity is the exact one of the full shingle sets
        assert similarity == pytest.approx(jaccard(bodies[a], bodies[b]), abs=1e-9)
    assert 0.2 <= jaccard(original, bodies["spun.examplefort"]) < 0.7


def test_sample_is_consistent_and_short_posts_are_not_compared(sampled):
    con = sampled
    # every post keeps about a quarter of its shingles, and a kept shingle is kept in every post holding it
    kept = dict(con.execute("select url, count(*) from int_post_shingles join int_posts using (post_key) "
                            "group by url").fetchall())
    n_words = dict(con.execute("select url, n_words from int_post_words join int_posts using (post_key)").fetchall())
    for url, n in kept.items():
        assert 0.1 < n / (n_words[url] - 4) < 0.45, url
    assert con.execute("select count(*) from int_post_shingles where shingle_hash % 4 <> 0").fetchall() == [(0,)]
    # the 39-word excerpt is below minhash_min_words: not compared, never paired, not original
    assert con.execute("select compared, is_original, best_other_url from int_post_similarity "
                       "where url like '%/court/'").fetchall() == [(False, False, None)]


def test_sampling_does_not_change_pairs_or_similarities(sampled, tmp_path):
    full = run_with(tmp_path, shingle_sample_mod=1)
    assert pairs(full) == pairs(sampled)
    assert full.execute("select count(*) from int_post_shingles").fetchall()[0][0] > \
        3 * sampled.execute("select count(*) from int_post_shingles").fetchall()[0][0]


def test_stock_phrases_do_not_pair_unrelated_posts(tmp_path):
    # 12 hosts whose unrelated posts all end with the same two stock paragraphs: never candidates
    con = new_db()
    stock = " ".join([text(300, 40), text(301, 40)])
    hosts = [f"s{i}.example" for i in range(12)]
    add(con, "r1", [source(h) for h in hosts]
        + [article(h, "p", text(310 + i, 200) + " " + stock, T0 + timedelta(hours=i)) for i, h in enumerate(hosts)])
    sqlrun.run_models(con, "r1")
    assert con.execute("select count(*) from int_post_pairs").fetchall() == [(0,)]
    assert con.execute("select bool_or(is_common) from int_post_shingles").fetchall() == [(True,)]
