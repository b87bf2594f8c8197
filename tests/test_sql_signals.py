"""Rhythm, link-network, theme and brand signals (int_source_rhythm, int_source_network, int_post_themes,
int_brand_mentions) and the rules reading them, on small in-memory inputs."""
from __future__ import annotations

from datetime import timedelta

import pytest

from ecoaudit import sqlrun
from tests.test_sql_fixtures import T0, add, article, comment, forum_post, home, link, new_db, source, text


def run(items, themes=None, brands=None, run_id="r1"):
    con = new_db()
    add(con, run_id, items)
    sqlrun.write_taxonomy(con, run_id, themes or {}, brands or {})
    sqlrun.run_models(con, run_id)
    return con


def one(con, sql):
    (row,) = con.execute(sql).fetchall()
    return row if len(row) > 1 else row[0]


def fired(con, host):
    return {r[0] for r in con.execute("select rule_id from int_rule_hits where host = ?", [host]).fetchall()}


def test_a_scheduler_rhythm_is_regular_and_a_person_is_not():
    # 30 posts exactly 8 hours apart; 30 posts at irregular gaps (1 h .. 9 days)
    gaps = [1, 30, 200, 5, 70, 3, 130, 9, 48, 2, 160, 20, 7, 90, 1, 40, 12, 220, 4, 60, 15, 100, 6, 35, 2, 80, 25, 11, 150]
    items = [source("robot.example"), source("human.example")]
    items += [article("robot.example", f"r{i}", text(i), T0 + timedelta(hours=8 * i)) for i in range(30)]
    t, human = T0, []
    for i, g in enumerate([0] + gaps):
        t += timedelta(hours=g)
        human.append(article("human.example", f"h{i}", text(100 + i), t))
    con = run(items + human)
    cv = dict(con.execute("select host, post_gap_cv from int_source_rhythm").fetchall())
    assert cv["robot.example"] == pytest.approx(0.0)
    assert cv["human.example"] > 1.0
    assert "machine_regular_posting" in fired(con, "robot.example")
    assert "machine_regular_posting" not in fired(con, "human.example")
    evidence = one(con, "select label_en from int_rule_hits where rule_id = 'machine_regular_posting'")
    assert "0.00 times their mean" in evidence and "https://robot.example/r29/" in evidence


def test_forum_reply_delays_and_voices_per_thread():
    items = [source("fake.example", "phpbb"), source("real.example", "phpbb")]
    for t in range(6):  # the admin and one puppet, every reply exactly 90 minutes after the previous message
        items += [forum_post("fake.example", t, p, "admin" if p % 2 else "puppet", f"m {t} {p}",
                             T0 + timedelta(days=t, minutes=90 * p)) for p in range(1, 5)]
    delays = [7, 300, 45, 1500, 20, 600, 90, 2000, 15, 240]
    for t in range(6):
        when = T0 + timedelta(days=t)
        for p in range(1, 6):
            when += timedelta(minutes=delays[(t + p) % len(delays)])
            items.append(forum_post("real.example", t, p, f"member{(t * 5 + p) % 13}", f"m {t} {p}", when))
    con = run(items)
    got = {r[0]: r[1:] for r in con.execute(
        "select host, forum_replies_timed, median_reply_delay_minutes, reply_delay_cv, mean_authors_per_thread "
        "from int_source_rhythm").fetchall()}
    assert got["fake.example"] == (18, 90.0, 0.0, 2.0)
    assert got["real.example"][0] == 24 and got["real.example"][2] > 0.8 and got["real.example"][3] == 5.0
    # two voices per thread is every Q&A forum's habit: few_voices_per_thread needs fewer than 1.8
    assert "machine_regular_replies" in fired(con, "fake.example")
    assert "few_voices_per_thread" not in fired(con, "fake.example")
    assert not {"machine_regular_replies", "few_voices_per_thread"} & fired(con, "real.example")


def test_identical_link_blocks_make_a_network():
    homes = {h: home(h) for h in ("a.example", "b.example", "c.example", "d.example")}
    block = ["https://x.example/", "https://www.y.example/", "https://z.example/"]
    items = [source(h) for h in homes] + list(homes.values())
    items += [link(homes[h], u, "blogroll") for h in ("a.example", "b.example") for u in block]
    items += [link(homes["c.example"], u, "blogroll") for u in block[:2] + ["https://w.example/"]]
    items += [link(homes["d.example"], u, "blogroll") for u in block[:2]]  # too small to compare
    con = run(items)
    got = {r[0]: r[1:] for r in con.execute(
        "select host, block_size, hosts_sharing_link_block, link_block_example_host from int_source_network").fetchall()}
    assert got == {"a.example": (3, 1, "b.example"), "b.example": (3, 1, "a.example"),
                   "c.example": (3, 0, None), "d.example": (2, 0, None)}



def test_the_regulators_every_advisor_lists_make_no_network():
    """Advisors' sites list the same regulators and registers under "Liens utiles" (seed_reference_hosts):
    no network. A network that lists them beside its members is still one."""
    homes = {h: home(h) for h in ("cabinet-a.example", "cabinet-b.example", "sat1.example", "sat2.example")}
    useful = ["https://www.amf-france.org/fr/espace-epargnants", "https://www.orias.fr/search",
              "https://www.service-public.fr/particuliers", "https://www.impots.gouv.fr/accueil"]
    members = ["https://money.example/", "https://sat3.example/", "https://sat4.example/"]
    items = [source(h) for h in homes] + list(homes.values())
    items += [link(homes[h], u, "blogroll") for h in ("cabinet-a.example", "cabinet-b.example") for u in useful]
    items += [link(homes[h], u, "blogroll") for h in ("sat1.example", "sat2.example") for u in useful + members]
    con = run(items)
    got = {r[0]: r[1:] for r in con.execute(
        "select host, block_size, hosts_sharing_link_block from int_source_network").fetchall()}
    assert got == {"sat1.example": (3, 1), "sat2.example": (3, 1)}  # the advisors' blocks name nobody
    hits = {h for (h,) in con.execute("select host from int_rule_hits where rule_id = 'shared_link_block'").fetchall()}
    assert hits == {"sat1.example", "sat2.example"}

def test_themes_and_brands_are_matched_as_whole_words_without_accents():
    page = article("blog.example", "a", "L'assurance-vie reste le placement préféré ; la SCPI aussi.", T0)
    other = article("blog.example", "b", "Rien sur le sujet, sauf la perte de temps et Capital Plusieurs.", T0)
    items = [source("blog.example"), page, other,
             comment(page, 1, "Léa", "J'ai ouvert un contrat chez Capital Plus, très content.")]
    con = run(items, themes={"assurance vie": ["Assurance vie"], "immobilier": ["SCPI"], "retraite": ["per "]},
              brands={"client": ["Capital Plus"], "competitors": ["Épargne Conseil"]})
    assert con.execute("select url, theme from int_post_themes order by 1, 2").fetchall() == [
        ("https://blog.example/a/", "assurance vie"), ("https://blog.example/a/", "immobilier")]
    assert one(con, "select share_posts_on_theme from int_source_features") == 0.5
    assert one(con, "select theme_share from sources") == 0.5  # what the consultant filters discovered sites by
    assert con.execute("select item_kind, url, role, brand from int_brand_mentions").fetchall() == [
        ("comment", "https://blog.example/a/", "client", "Capital Plus")]


def test_without_themes_relevance_is_unknown_not_zero():
    con = run([source("blog.example"), article("blog.example", "a", text(1), T0)])
    assert one(con, "select share_posts_on_theme from int_source_features") is None
    assert one(con, "select theme_share from sources") is None


def test_text_macros_fold_accents_case_and_punctuation():
    con = new_db()
    sqlrun.load_macros(con)
    assert one(con, "select match_words('Prenez RENDEZ-VOUS : l’été, « sans  engagement » !')") == \
        " prenez rendez vous l ete sans engagement "
    assert one(con, "select fold_text('Épargne\tsalariale')") == "epargne salariale"
