"""The ecosystem map's SQL (issue 14): int_url_entities, int_link_entities and the marts link_graph,
entities, prospects and commenters, on the small ecosystem of test_sql_fixtures plus links, over two runs."""
from __future__ import annotations

from datetime import timedelta

import pytest
from tests.test_sql_fixtures import T0, add, article, comment, ecosystem, forum_post, new_db, source, text

from ecoaudit import contract, sqlrun, warehouse
from spiders.items import LinkItem

# The mart reads its previous run's rows; a warehouse gets the table from warehouse.ensure_schema (created
# here too, so that these tests do not depend on that change having landed).
ENTITIES_DDL = ("create table if not exists entities(run_id varchar, entity varchar, host varchar, url varchar, "
                "status varchar, status_origin varchar, verdict varchar, kind varchar, crawled boolean, "
                "inlinks bigint, pertinent_inlinks bigint, first_seen_run varchar, last_crawled_run varchar)")


def db():
    con = new_db()
    warehouse.ensure_schema(con)
    con.execute(ENTITIES_DDL)
    return con


def record_run(con, run_id: str, started, status: str) -> None:
    con.execute("insert into runs (run_id, client, started_at, status) values (?, 'c', ?, ?)",
                [run_id, started, status])


def lnk(from_url: str, to_url: str, context: str = "content") -> LinkItem:
    """A link as the crawler records it: hosts lowercase, from the URLs."""
    return LinkItem(from_url=from_url, from_host=from_url.split("/")[2].lower(), to_url=to_url,
                    to_host=to_url.split("/")[2].lower(), context=context)


def rows(con, sql: str, *params) -> set[tuple]:
    return {tuple(r) for r in con.execute(sql, list(params)).fetchall()}


# ---------------------------------------------------------------- two runs on the small ecosystem

# r1's links, beside the fixture's own (promo.example -> shop.example x4, a share button)
R1_LINKS = [
    lnk("https://expert.example/a/", "https://www.target.fr/page"),  # www. folded
    lnk("https://expert.example/b/", "https://target.fr/other"),
    lnk("https://expert.example/a/", "https://target.fr/page2", "blogroll"),
    lnk("https://news.example/n1/", "https://target.fr/"),
    lnk("https://splog.example/x/", "https://target.fr/"),
    lnk("https://forum.example/viewtopic.php?t=1", "https://target.fr/forum", "forum_post"),
    lnk("https://lively.example/p/", "https://sites.google.com/site/Alpha/accueil"),  # 2 path segments
    lnk("https://lively.example/p/", "https://sites.google.com/site"),  # fewer: the platform itself
    lnk("https://splog.example/x/", "https://Medium.com/@Bob/story"),
    lnk("https://spinner.example/s/", "https://medium.com/@bob/other-story"),
    lnk("https://expert.example/a/", "https://monblog.wordpress.com/billet"),  # a blog, not a credit
    lnk("https://expert.example/a/", "https://wordpress.com/"),  # platform credit: ignored
    lnk("https://expert.example/a/", "https://fr.linkedin.com/in/x"),  # ignored through its sub-domain
    lnk("https://expert.example/a/", "https://expert.example/autre/"),  # self-links
    lnk("https://expert.example/a/", "https://www.expert.example/"),
    lnk("https://expert.example/a/", "https://news.example/article"),  # to a crawled source
    lnk("https://lively.example/p/", "https://spamsite.example/", "comment"),  # the commenter's link
    lnk("https://splog.example/x/", "https://farm.example/"),
    lnk("https://promo.example/offre/", "https://farm.example/"),
    lnk("https://spam.example/y/", "https://farm.example/"),
    lnk("https://expert.example/a/", "https://fr.wikipedia.org/wiki/Assurance_vie"),  # a reference site
    lnk("https://news.example/n1/", "https://www.service-public.fr/particuliers/vosdroits/F1"),
]

# r0: the same sources (and one more), linking to target.fr, old.example and bye.example
R0_LINKS = [
    lnk("https://expert.example/a/", "https://target.fr/"),
    lnk("https://expert.example/a/", "https://old.example/"),
    lnk("https://expert.example/a/", "https://bye.example/"),
]


@pytest.fixture(scope="module")
def two_runs():
    con = db()
    record_run(con, "r0", T0 + timedelta(days=60), "delivered")
    record_run(con, "r1", T0 + timedelta(days=67), "started")
    gone = [source("gone.example"), article("gone.example", "seul", text(77, 60), T0)]
    add(con, "r0", ecosystem() + R0_LINKS + gone)
    sqlrun.run_models(con, "r0")
    # between the runs: the consultant sets spinner.example pertinent and excludes three sites
    con.execute("insert into overrides values ('spinner.example', 'pertinent', 'lu', current_localtimestamp())")
    for host in ("www.shop.example", "spam.example", "bye.example"):
        con.execute("insert into exclusions values (?, 'hors sujet', current_localtimestamp())", [host])
    add(con, "r1", ecosystem() + R1_LINKS)
    sqlrun.run_models(con, "r1")
    yield con
    con.close()


def test_machine_verdicts_the_cases_rely_on(two_runs):
    got = rows(two_runs, "select host, verdict from sources where run_id = 'r1' and crawled")
    assert {("news.example", "pertinent"), ("expert.example", "pertinent"), ("lively.example", "pertinent"),
            ("forum.example", "pertinent"), ("splog.example", "automated"), ("promo.example", "automated"),
            ("spam.example", "automated"), ("spinner.example", "pertinent"), ("down.example", "undecided")} <= got


def test_entity_rule_folds_www_and_keeps_path_prefixes_on_shared_hosts(two_runs):
    got = dict(two_runs.execute("select url, entity from int_url_entities").fetchall())
    assert got["https://www.target.fr/page"] == "target.fr"
    assert got["https://sites.google.com/site/Alpha/accueil"] == "sites.google.com/site/alpha"
    assert got["https://sites.google.com/site"] == "sites.google.com"
    assert got["https://Medium.com/@Bob/story"] == "medium.com/@bob"
    assert got["https://medium.com/@bob/other-story"] == "medium.com/@bob"
    assert got["https://monblog.wordpress.com/billet"] == "monblog.wordpress.com"
    assert got["https://expert.example/"] == "expert.example"  # a source's home


def test_link_graph_edges(two_runs):
    got = rows(two_runs, "select from_entity, to_entity, link_kind, pages, links, to_crawled from link_graph "
                         "where run_id = 'r1'")
    assert got == {
        ("expert.example", "target.fr", "content", 2, 2, False),  # two pages (distinct), two links
        ("expert.example", "target.fr", "blogroll", 1, 1, False),
        ("news.example", "target.fr", "content", 1, 1, False),
        ("splog.example", "target.fr", "content", 1, 1, False),
        ("forum.example", "target.fr", "forum_post", 1, 1, False),
        ("lively.example", "sites.google.com/site/alpha", "content", 1, 1, False),
        ("lively.example", "sites.google.com", "content", 1, 1, False),
        ("splog.example", "medium.com/@bob", "content", 1, 1, False),
        ("spinner.example", "medium.com/@bob", "content", 1, 1, False),
        ("expert.example", "monblog.wordpress.com", "content", 1, 1, False),
        ("expert.example", "news.example", "content", 1, 1, True),
        ("lively.example", "spamsite.example", "comment", 1, 1, False),
        ("splog.example", "farm.example", "content", 1, 1, False),
        ("promo.example", "farm.example", "content", 1, 1, False),
        ("spam.example", "farm.example", "content", 1, 1, False),
        ("promo.example", "shop.example", "content", 1, 4, False),  # one page, four links
        ("expert.example", "fr.wikipedia.org", "content", 1, 1, False),
        ("news.example", "service-public.fr", "content", 1, 1, False),
    }
    example = two_runs.execute("select from_host, to_host, example_from_url, example_to_url from link_graph "
                               "where run_id = 'r1' and from_entity = 'expert.example' and to_entity = 'target.fr' "
                               "and link_kind = 'content'").fetchall()
    assert example == [("expert.example", "www.target.fr", "https://expert.example/a/", "https://www.target.fr/page")]


def test_link_graph_keeps_each_runs_rows(two_runs):
    assert rows(two_runs, "select from_entity, to_entity from link_graph where run_id = 'r0'") == {
        ("expert.example", "target.fr"), ("expert.example", "old.example"), ("expert.example", "bye.example"),
        ("promo.example", "shop.example")}


def test_entity_statuses(two_runs):
    got = {r[0]: r[1:] for r in two_runs.execute(
        "select entity, status, status_origin, verdict, crawled, inlinks, pertinent_inlinks from entities "
        "where run_id = 'r1'").fetchall()}
    assert got["news.example"] == ("IN", "machine", "pertinent", True, 1, 1)  # linked by expert.example
    assert got["expert.example"] == ("IN", "machine", "pertinent", True, 0, 0)
    assert got["splog.example"] == ("IN", "machine", "automated", True, 0, 0)
    assert got["spinner.example"] == ("IN", "consultant", "pertinent", True, 0, 0)
    assert got["down.example"] == ("UNDECIDED", "machine", "undecided", True, 0, 0)
    assert got["spam.example"] == ("OUT", "excluded", "automated", True, 0, 0)  # OUT wins over IN
    assert got["shop.example"] == ("OUT", "excluded", None, False, 1, 0)  # excluded as www.shop.example
    # pertinent_inlinks: expert, news, forum (splog is automated); the blogroll link counts once
    assert got["target.fr"] == ("DISCOVERED", "machine", None, False, 4, 3)
    # spinner.example is pertinent through the consultant's override
    assert got["medium.com/@bob"] == ("DISCOVERED", "machine", None, False, 2, 1)
    # spam.example is OUT: its link counts, not as a pertinent one
    assert got["farm.example"] == ("DISCOVERED", "machine", None, False, 3, 0)
    # a link in a comment places the site on the map, but is no inlink
    assert got["spamsite.example"] == ("DISCOVERED", "machine", None, False, 0, 0)
    assert "later.example" not in got  # neither crawled nor linked
    assert not {"wordpress.com", "linkedin.com", "fr.linkedin.com", "twitter.com"} & set(got)


def test_entity_urls_hosts_and_kinds(two_runs):
    got = {r[0]: r[1:] for r in two_runs.execute(
        "select entity, host, url, kind from entities where run_id = 'r1'").fetchall()}
    assert got["target.fr"] == ("target.fr", "https://target.fr/", None)  # host of the first linked URL
    assert got["medium.com/@bob"] == ("medium.com", "https://medium.com/@bob/", None)
    assert got["news.example"] == ("news.example", "https://news.example/", "news")


def test_carried_entities_and_first_seen(two_runs):
    got = {r[0]: r[1:] for r in two_runs.execute(
        "select entity, status, status_origin, crawled, inlinks, first_seen_run, last_crawled_run "
        "from entities where run_id = 'r1'").fetchall()}
    assert got["old.example"] == ("DISCOVERED", "carried", False, 0, "r0", None)
    # crawled in r0 only: carried with its status of then
    was = two_runs.execute("select status, crawled from entities where run_id = 'r0' and entity = 'gone.example'"
                           ).fetchall()
    assert was == [(was[0][0], True)] and got["gone.example"] == (was[0][0], "carried", False, 0, "r0", "r0")
    assert got["bye.example"] == ("OUT", "excluded", False, 0, "r0", None)  # excluded since: OUT wins
    assert got["target.fr"][4] == "r0"  # seen again: first seen in r0
    assert got["monblog.wordpress.com"][4] == "r1"
    assert got["expert.example"][4:] == ("r0", "r1")
    r0 = {r[0]: r[1] for r in two_runs.execute(
        "select entity, status_origin from entities where run_id = 'r0'").fetchall()}
    assert "carried" not in r0.values() and "old.example" in r0


def test_prospects_ranking(two_runs):
    got = two_runs.execute("select rank, entity, pertinent_inlinks, inlinks, first_seen_run from prospects "
                           "where run_id = 'r1' order by rank").fetchall()
    assert got == [
        (1, "target.fr", 3, 4, "r0"),
        (2, "medium.com/@bob", 1, 2, "r1"),
        (3, "monblog.wordpress.com", 1, 1, "r1"),
        (4, "sites.google.com", 1, 1, "r1"),
        (5, "sites.google.com/site/alpha", 1, 1, "r1"),
        (6, "farm.example", 0, 3, "r1"),  # more inlinks, none pertinent: after every pertinent one
    ]  # shop.example is OUT, old.example carried (no inlink), spamsite.example only linked in a comment
    # Reference sites (seed_reference_hosts) are on the map, never prospects.
    assert rows(two_runs, "select entity, status from entities where run_id = 'r1' and entity in "
                "('fr.wikipedia.org', 'service-public.fr')") == {("fr.wikipedia.org", "DISCOVERED"),
                                                               ("service-public.fr", "DISCOVERED")}


def test_prospect_linking_sources_and_pages(two_runs):
    got = two_runs.execute("select url, host, linking_sources, example_pages from prospects "
                           "where run_id = 'r1' and entity = 'target.fr'").fetchall()
    # expert.example links from two pages: first
    assert got == [("https://target.fr/", "target.fr", "expert.example; forum.example; news.example; splog.example",
                    "https://expert.example/a/; https://forum.example/viewtopic.php?t=1; https://news.example/n1/")]


def test_contract_checks_pass(two_runs):
    sqlrun.set_run(two_runs, "r1")
    specs = contract.tables()
    checks = {name: sql for mart in ("link_graph", "entities", "prospects", "commenters")
              for name, sql in contract.compile_checks(specs[mart]).items()}
    assert len(checks) > 20
    failed = {name: two_runs.sql(sql).fetchall() for name, sql in checks.items() if two_runs.sql(sql).fetchall()}
    assert failed == {}


# ---------------------------------------------------------------- commenters


def blog_world() -> list:
    """Three tiny blogs (the consultant says b1, b2 pertinent, b3 automated) and a forum (pertinent)."""
    items: list = []
    pages = {}
    for seed, host in enumerate(("b1.example", "b2.example", "b3.example")):
        items.append(source(host))
        pages[host] = article(host, "billet", text(900 + seed, 60), T0)
        items.append(pages[host])
    day = T0 + timedelta(days=1)

    def say(host, position, author, days=0, author_url=None):
        items.append(comment(pages[host], position, author, text(position, 12), author_url=author_url,
                             published=day + timedelta(days=days)))

    say("b1.example", 1, "Jeanne Dupont", 0, "https://www.jeanne-blog.fr/")
    say("b2.example", 1, "jeanne  dupont !", 5, "https://jeanne-blog.fr/a-propos")
    for i in range(2, 5):  # a platform profile three times: no site
        say("b2.example", i, "Jeanne Dupont", 3, "https://gravatar.com/jeanne")
    say("b1.example", 5, "Paul", 1)
    say("b3.example", 5, "Paul", 2)  # automated: only one pertinent source
    say("b1.example", 6, "Anonyme", 1)
    say("b2.example", 6, "anonyme", 1)  # on two pertinent sources, but nobody
    say("b1.example", 7, "Invité", 1)
    items.append(source("f.example", "phpbb"))
    items.append(forum_post("f.example", 1, 1, "Marie", text(5, 20), day + timedelta(days=9)))
    items.append(forum_post("f.example", 1, 2, "INVITE", text(6, 20), day))
    say("b1.example", 8, "Marie", 2)
    return items


@pytest.fixture(scope="module")
def commenters_run():
    con = db()
    for host, verdict in (("b1.example", "pertinent"), ("b2.example", "pertinent"), ("b3.example", "automated"),
                          ("f.example", "pertinent")):
        con.execute("insert into overrides values (?, ?, null, current_localtimestamp())", [host, verdict])
    add(con, "r1", blog_world())
    sqlrun.run_models(con, "r1")
    yield con
    con.close()


def test_commenters_on_two_pertinent_sources_only(commenters_run):
    got = commenters_run.execute(
        "select commenter_key, commenter, pertinent_sources, sources, comments, signature_site, first_seen, last_seen "
        "from commenters where run_id = 'r1' order by commenter_key").fetchall()
    day = (T0 + timedelta(days=1)).date()
    assert got == [
        ("jeanne dupont", "Jeanne Dupont", 2, "b2.example; b1.example", 5, "jeanne-blog.fr", day,
         day + timedelta(days=5)),
        ("marie", "Marie", 2, "b1.example; f.example", 2, None, day + timedelta(days=2), day + timedelta(days=9)),
    ]  # Paul: one pertinent source; Anonyme, Invité: not people


def test_commenters_statuses_come_from_the_consultant(commenters_run):
    got = rows(commenters_run, "select entity, status, status_origin, verdict from entities where run_id = 'r1'")
    assert ("b3.example", "IN", "consultant", "automated") in got
    assert ("f.example", "IN", "consultant", "pertinent") in got
