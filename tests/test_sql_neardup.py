"""Near-duplicate models on small inputs: the sampled candidate search finds the expected pairs, and their
similarity is the exact Jaccard of the full 5-word shingle sets (computed here in Python), not the sample's."""
from __future__ import annotations

import re
import unicodedata
from datetime import timedelta

import pytest

from ecoaudit import sqlrun
from tests.test_sql_fixtures import T0, add, article, comment, link, new_db, source, spin, sql_dir_with, text


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
    ("other.example", "breve"): (" ".join(ORIGINAL.split()[:19]), T0 + timedelta(days=6)),
}


def run_with(tmp_path, **params) -> object:
    """Run every model on TEXTS, with some seed_params values replaced (a copy of sql/)."""
    sql_dir = sql_dir_with(tmp_path, **params)
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
        # the 39-word excerpt is short: compared as the excerpt of each longer version only (the pairs with
        # orig and copy are kept in the other direction, url > other_url)
        ("other.examplecourt", "spun.exampleleger"): "excerpt",
        ("other.examplecourt", "spun.examplefort"): "excerpt",
    }
    assert {k: c for k, (_, c) in got.items()} == expected
    bodies = {h + slug: body for (h, slug), (body, _) in TEXTS.items()}
    for (a, b), (similarity, _) in got.items():
        # the sample only proposes candidates: the similarity is the exact one of the full shingle sets
        assert similarity == pytest.approx(jaccard(bodies[a], bodies[b]), abs=1e-9)
    assert 0.2 <= jaccard(original, bodies["spun.examplefort"]) < 0.7


def test_sample_is_consistent_and_short_posts_are_compared_as_excerpts_only(sampled):
    con = sampled
    # every post keeps about a quarter of its shingles, and a kept shingle is kept in every post holding it
    kept = dict(con.execute("select url, count(*) from int_post_shingles join int_posts using (post_key) "
                            "group by url").fetchall())
    n_words = dict(con.execute("select url, n_words from int_post_words join int_posts using (post_key)").fetchall())
    for url, n in kept.items():
        assert 0.1 < n / (n_words[url] - 4) < 0.45, url
    assert con.execute("select count(*) from int_post_shingles where shingle_hash % 4 <> 0").fetchall() == [(0,)]
    # the 19-word brief is below excerpt_min_words: not compared, never paired, not original
    assert con.execute("select compared, is_original, best_other_url from int_post_similarity "
                       "where url like '%/breve/'").fetchall() == [(False, False, None)]
    # the 39-word excerpt is short (under minhash_min_words): compared as an excerpt only, of the original,
    # and never a template of its host (whose other post shares the original's opening)
    assert con.execute("select compared, is_original, is_copied_earlier, original_url, is_templated "
                       "from int_post_similarity where url like '%/court/'").fetchall() == [
        (True, False, True, "https://orig.example/original/", False)]
    assert con.execute("select count(*) from int_post_pairs where other_url like '%/court/'").fetchall() == [(0,)]


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


def excerpt_web(tmp_path):
    """Three news articles (800-1200 words) excerpted by a feed splog a few hours later (the first 40 to 60
    words and "[…]", as a WordPress feed's description gives them); a blog that quotes a whole paragraph
    of one inside its own 300 words; and a later article quoting a short earlier post whole."""
    con = new_db()
    news = [(f"n{i}", text(400 + i, 800 + 200 * i), T0 + timedelta(days=i)) for i in range(3)]
    rows = [article("news.example", slug, body, when) for slug, body, when in news]
    rows += [article("splog.example", f"e{i}", " ".join(body.split()[:40 + 10 * i]) + " […]",
                     when + timedelta(hours=3)) for i, (_, body, when) in enumerate(news[1:], 1)]
    # the theme's byline and the credit line stay in the text the extractor reads
    rows.append(article("splog.example", "e0", "Publié le 3 mars 2025 par admin | Actualités | 0 commentaire\n"
                        + " ".join(news[0][1].split()[:40]) + " […]\nSource : Les Nouvelles", T0 + timedelta(hours=3)))
    quote = " ".join(news[0][1].split()[100:160])
    rows.append(article("review.example", "revue", text(500, 150) + " « " + quote + " » " + text(501, 150),
                        T0 + timedelta(days=5)))
    short = text(510, 60)
    rows.append(article("brief.example", "breve", short, T0))
    rows.append(article("column.example", "chronique", text(511, 100) + " " + short + " " + text(512, 60),
                        T0 + timedelta(days=1)))
    add(con, "r1", [source(h) for h in ("news.example", "splog.example", "review.example", "brief.example",
                                         "column.example")] + rows)
    sqlrun.run_models(con, "r1")
    return con


def test_a_pasted_feed_excerpt_is_a_copy_of_its_earlier_article(tmp_path):
    con = excerpt_web(tmp_path)
    got = con.execute("select url, similarity_class, containment, similarity, other_is_earlier from int_post_pairs "
                      "where url like '%splog%' order by url").fetchall()
    assert [(u.split("/")[3], c, e) for u, c, _, _, e in got] == [("e0", "excerpt", True), ("e1", "excerpt", True),
                                                                 ("e2", "excerpt", True)]
    # word for word (the "[…]" is punctuation), and far from the spun band by Jaccard; the byline and the
    # credit line are a quarter of e0
    assert [round(k, 2) for _, _, k, _, _ in got] == [0.73, 1.0, 1.0] and all(j < 0.1 for *_, j, _ in got)
    copied = con.execute("select url, is_copied_earlier, is_spun_earlier, original_url from int_post_similarity "
                         "where host = 'splog.example' order by url").fetchall()
    assert [(c, s, o.split("/")[3]) for _, c, s, o in copied] == [(True, False, "n0"), (True, False, "n1"),
                                                                 (True, False, "n2")]
    assert con.execute("select share_posts_copied_earlier from int_source_features "
                       "where host = 'splog.example'").fetchall() == [(1.0,)]
    # the articles excerpted are not copies of their excerpts, nor paired the other way
    assert con.execute("select bool_or(is_copied_earlier or is_spun_earlier), bool_and(is_original) "
                       "from int_post_similarity where host = 'news.example'").fetchall() == [(False, True)]
    assert con.execute("select count(*) from int_post_pairs where host = 'news.example'").fetchall() == [(0,)]


def test_a_quote_inside_ones_own_text_is_not_a_copy(tmp_path):
    con = excerpt_web(tmp_path)
    # a 60-word quote in a 360-word post: a fifth of the post, not an excerpt of the article
    assert con.execute("select is_copied_earlier, is_spun_earlier, is_original from int_post_similarity "
                       "where host = 'review.example'").fetchall() == [(False, False, True)]
    # a later column quoting a whole short post is not its rewrite (their Jaccard, over 0.2, used to say
    # spun), and the short post, published first, stays original
    rows = dict(con.execute("select host, (is_copied_earlier or is_spun_earlier) from int_post_similarity "
                            "where host in ('column.example', 'brief.example')").fetchall())
    assert rows == {"column.example": False, "brief.example": False}
    assert con.execute("select similarity from int_post_pairs where host = 'brief.example'").fetchone()[0] > 0.2
    assert con.execute("select similarity_class from int_post_pairs where host = 'brief.example'").fetchall() == [("excerpt",)]


def test_a_copy_that_keeps_the_feeds_date_is_told_from_its_original(tmp_path):
    """Feed-to-post plugins can keep the item's date: the copy is then as old as its original. The excerpt
    is the copy (the article cannot come from 50 of its words), and so is the copy that links to the other;
    a whole copy with the same date and no link stays unresolved (neither side is a copy, nor original), and so
    does an undated excerpt."""
    con = new_db()
    bodies = {i: text(600 + i, 600) for i in range(3)}
    pages = [article("news.example", f"n{i}", bodies[i], T0 + timedelta(days=i)) for i in range(3)]
    pages.append(article("excerpts.example", "e0", " ".join(bodies[0].split()[:55]) + " […]", T0))
    pages.append(article("undated.example", "u0", " ".join(bodies[0].split()[:50]), None))
    copied = article("credited.example", "c1", bodies[1], T0 + timedelta(days=1))
    pages += [copied, article("silent.example", "s2", bodies[2], T0 + timedelta(days=2))]
    add(con, "r1", [source(h) for h in ("news.example", "excerpts.example", "credited.example", "silent.example",
                                         "undated.example")]
        + pages + [link(copied, "https://news.example/n1")])
    sqlrun.run_models(con, "r1")
    got = {url.split("/")[3]: row for url, *row in con.execute(
        "select url, is_copied_earlier, is_original, original_url from int_post_similarity").fetchall()}
    assert got["e0"] == [True, False, "https://news.example/n0/"]
    assert got["c1"] == [True, False, "https://news.example/n1/"]
    assert got["n0"] == [False, True, None] and got["n1"] == [False, True, None]
    assert got["s2"] == [False, False, None] and got["n2"] == [False, False, None]
    # without a date the excerpt might be the older text, quoted whole later: unknown, neither copy nor original
    assert got["u0"] == [False, False, None]
    # no pair claims an earlier date: the original was told by the excerpt and by the link
    assert con.execute("select count(*) from int_post_pairs where other_is_earlier").fetchall() == [(0,)]


def test_an_agency_dispatch_every_subscriber_prints_is_no_copy(tmp_path):
    """Two outlets print the same AFP dispatches; the later one also writes its own articles: its credited
    dispatches are not copies. The same dispatches without the credit are, and so are they on a site that
    only pastes (no original post of its own)."""
    con = new_db()
    dispatches = [f"PARIS (AFP) - {text(700 + i, 200)}" for i in range(4)]
    rows = [article("first.example", f"d{i}", body, T0 + timedelta(hours=i)) for i, body in enumerate(dispatches)]
    for host, bodies in (("outlet.example", dispatches), ("uncredited.example", [d[14:] for d in dispatches]),
                         ("paster.example", dispatches)):
        rows += [article(host, f"d{i}", body, T0 + timedelta(hours=i, minutes=20)) for i, body in enumerate(bodies)]
    rows += [article(h, f"own{i}", text(800 + 10 * j + i, 200), T0 + timedelta(days=i))
             for j, h in enumerate(("outlet.example", "uncredited.example")) for i in range(4)]
    add(con, "r1", [source(h) for h in ("first.example", "outlet.example", "uncredited.example", "paster.example")]
        + rows)
    sqlrun.run_models(con, "r1")
    got = dict(con.execute("select host, share_posts_copied_earlier from int_source_features").fetchall())
    assert got == {"first.example": 0.0, "outlet.example": 0.0, "uncredited.example": 0.5, "paster.example": 1.0}
    assert con.execute("select count(*) from int_post_phrases where has_agency_credit").fetchall() == [(12,)]


def test_an_agency_cited_in_an_articles_body_is_no_dispatch_credit(tmp_path):
    """An article that cites an agency in its body ("selon l'AFP") is no dispatch: copied by a site that
    also writes its own, it is a copy. A credit at the end ("(avec AFP)") still marks a dispatch."""
    con = new_db()

    def cited(seed: int) -> str:
        words = text(seed, 200).split()
        return " ".join(words[:100] + ["selon", "l'AFP,"] + words[100:])

    bodies = [cited(900 + i) for i in range(4)]
    ended = [f"{text(950 + i, 200)} (avec AFP)" for i in range(2)]
    rows = [article("paper.example", f"a{i}", b, T0 + timedelta(hours=i)) for i, b in enumerate(bodies + ended)]
    rows += [article("copier.example", f"a{i}", b, T0 + timedelta(hours=i, minutes=30)) for i, b in enumerate(bodies)]
    rows += [article("outlet.example", f"a{i}", b, T0 + timedelta(hours=4 + i, minutes=30)) for i, b in enumerate(ended)]
    rows += [article(h, f"own{i}", text(980 + 10 * j + i, 200), T0 + timedelta(days=i))
             for j, h in enumerate(("copier.example", "outlet.example")) for i in range(4)]
    add(con, "r1", [source(h) for h in ("paper.example", "copier.example", "outlet.example")] + rows)
    sqlrun.run_models(con, "r1")
    got = dict(con.execute("select host, share_posts_copied_earlier from int_source_features").fetchall())
    assert got == {"paper.example": 0.0, "copier.example": 0.5, "outlet.example": 0.0}
    credited = con.execute("select host, count(*) from int_post_phrases where has_agency_credit "
                           "group by host order by host").fetchall()
    assert credited == [("outlet.example", 2), ("paper.example", 2)]


def test_two_short_briefs_sharing_a_sentence_are_no_rewrite_of_each_other(tmp_path):
    """Short posts (under minhash_min_words) are compared as excerpts of longer posts only: two 25-word
    briefs of two sites quoting the same 12-word statement would be 'spun' by their Jaccard."""
    con = new_db()
    quote = text(990, 12)
    briefs = [article("a.example", "breve", quote + " " + text(991, 13), T0),
              article("b.example", "breve", quote + " " + text(992, 13), T0 + timedelta(hours=2))]
    add(con, "r1", [source("a.example"), source("b.example")] + briefs)
    sqlrun.run_models(con, "r1")
    assert jaccard(briefs[0].text, briefs[1].text) > 0.2
    assert con.execute("select count(*) from int_post_pairs").fetchall() == [(0,)]
    assert con.execute("select bool_and(compared), bool_or(is_copied_earlier or is_spun_earlier) "
                       "from int_post_similarity").fetchall() == [(True, False)]


def test_a_firms_press_release_every_trade_site_prints_is_no_copy_and_no_newsroom(tmp_path):
    """An asset manager publishes its press releases; a trade site that also writes its own articles prints
    them word for word: no copies. A site that only pastes them is still copying. The firm's own press room
    credits its releases, and that makes it no news site (an agency's dispatches would)."""
    con = new_db()
    releases = [f"Communiqué de presse. {text(1200 + i, 220)}" for i in range(4)]
    rows = [article("gestionnaire.example", f"cp{i}", body, T0 + timedelta(days=3 * i)) for i, body in enumerate(releases)]
    rows += [article("gestionnaire.example", f"own{i}", text(1300 + i, 200), T0 + timedelta(days=3 * i + 1))
             for i in range(2)]
    for host in ("presse-pro.example", "paster.example"):
        rows += [article(host, f"cp{i}", body, T0 + timedelta(days=3 * i, hours=5)) for i, body in enumerate(releases)]
    rows += [article("presse-pro.example", f"own{i}", text(1400 + i, 200), T0 + timedelta(days=i)) for i in range(4)]
    add(con, "r1", [source(h) for h in ("gestionnaire.example", "presse-pro.example", "paster.example")] + rows)
    sqlrun.run_models(con, "r1")
    got = dict(con.execute("select host, share_posts_copied_earlier from int_source_features").fetchall())
    assert got == {"gestionnaire.example": 0.0, "presse-pro.example": 0.0, "paster.example": 1.0}
    assert con.execute("select count(*) from int_post_phrases where has_release_credit").fetchall() == [(12,)]
    kinds = dict(con.execute("select host, kind_from from int_source_kinds").fetchall())
    assert kinds["gestionnaire.example"] != "agency_dispatches"


def test_a_republication_that_names_its_source_is_no_copy_on_a_site_that_writes(tmp_path):
    """A portal republishes a magazine's articles with "Source : Magazine", an advisor his column with its
    address: on a site that writes at least as many posts as it republishes these are no copies. Unnamed
    copies are, and so are named ones on a site that only pastes, or mostly (a feed's excerpts carry a
    credit line, and those whose originals were not crawled look original)."""
    con = new_db()
    columns = [text(1500 + i, 220) for i in range(4)]
    rows = [article("magazine.example", f"c{i}", body, T0 + timedelta(days=3 * i)) for i, body in enumerate(columns)]
    credits = {"portail.example": lambda b: f"{b} Source : Magazine.",
               "conseiller.example": lambda b: f"Chronique parue sur magazine.example. {b}",
               "copier.example": lambda b: b, "paster.example": lambda b: f"{b} Source : Magazine.",
               "digest.example": lambda b: f"{b} Source : Magazine."}
    own = {"paster.example": 0, "digest.example": 3}
    for j, (host, credit) in enumerate(credits.items()):
        rows += [article(host, f"c{i}", credit(body), T0 + timedelta(days=3 * i, hours=6)) for i, body in enumerate(columns)]
        rows += [article(host, f"own{i}", text(1600 + 10 * j + i, 200), T0 + timedelta(days=i))
                 for i in range(own.get(host, 4))]
    add(con, "r1", [source(h) for h in ("magazine.example", *credits)] + rows)
    sqlrun.run_models(con, "r1")
    got = dict(con.execute("select host, share_posts_copied_earlier from int_source_features").fetchall())
    assert got == {"magazine.example": 0.0, "portail.example": 0.0, "conseiller.example": 0.0,
                   "copier.example": 0.5, "paster.example": 1.0, "digest.example": 4 / 7}


def test_one_post_served_at_two_addresses_is_one_post_a_repeat_on_another_day_is_two(tmp_path):
    """WordPress serves a post's older comments at /comment-page-2/, with the post's text again; Joomla a
    post under two menu paths. One post each, not two posts that template each other. A splog posting the
    same text again on another day posts twice, and that is its template."""
    from dataclasses import replace

    con = new_db()
    rows = []
    for i in range(6):
        post = article("populaire.example", f"billet-{i}", text(1700 + i, 300), T0 + timedelta(days=7 * i))
        page2 = replace(post, url=f"https://populaire.example/billet-{i}/comment-page-2/",
                        url_raw=f"https://populaire.example/billet-{i}/comment-page-2/")
        rows += [post, page2, comment(post, 1, "Léa", "Merci, la fiscalité du PER est enfin claire pour moi."),
                 comment(page2, 51, "Marc", "Et pour un couple marié, la règle change-t-elle vraiment ?")]
    repeat = text(1800, 300)
    rows += [article("splog.example", f"r{i}", repeat, T0 + timedelta(days=i)) for i in range(3)]
    rows += [article("splog.example", f"u{i}", text(1810 + i, 300), T0 + timedelta(days=i)) for i in range(3)]
    add(con, "r1", [source("populaire.example"), source("splog.example")] + rows)
    sqlrun.run_models(con, "r1")
    posts = dict(con.execute("select host, count(*) from int_posts group by host").fetchall())
    assert posts == {"populaire.example": 6, "splog.example": 6}
    assert con.execute("select count(*) from int_posts where url like '%comment-page%'").fetchall() == [(0,)]
    got = dict(con.execute("select host, share_posts_templated from int_source_features").fetchall())
    assert got == {"populaire.example": 0.0, "splog.example": 0.5}
    # the comments of both addresses are the post's conversation
    assert dict(con.execute("select host, comments from int_source_features").fetchall())["populaire.example"] == 12


def test_two_briefs_on_one_formula_are_no_rewrite_a_spun_article_is(tmp_path):
    """Trade newsrooms write appointments and fund inflows on one formula ("X rejoint Y comme directeur..."):
    two briefs of 50 words on different people share the formula (Jaccard over 0.2) and no story. A spun
    300-word article shares its story: still a rewrite (stop 34, round-3 blind family trade_newsroom)."""
    con = new_db()
    formula = [text(2000, 12), text(2001, 12), text(2002, 12)]

    def brief(seed: int) -> str:  # the formula's three phrases, each followed by the story's own words
        return " ".join(f"{phrase} {text(seed + i, 5)}" for i, phrase in enumerate(formula))

    story = text(2100, 300)
    rows = [article("lettre-pro.example", "nomination-1", brief(2200), T0),
            article("revue-cgp.example", "nomination-2", brief(2300), T0 + timedelta(days=2)),
            article("journal.example", "dossier", story, T0),
            article("spinner.example", "dossier", spin(story, 0.12, seed=4), T0 + timedelta(days=1))]
    add(con, "r1", [source(h) for h in ("lettre-pro.example", "revue-cgp.example", "journal.example",
                                        "spinner.example")] + rows)
    sqlrun.run_models(con, "r1")
    assert jaccard(rows[0].text, rows[1].text) > 0.2
    got = dict(con.execute("select host, share_posts_spun from int_source_features").fetchall())
    assert got["revue-cgp.example"] == 0.0 and got["spinner.example"] == 1.0
