"""The ecosystem's influence and communities (ecoaudit/ecosystem.py): the pure scores, then the mart
`ecosystem_nodes` from hand-made `link_graph`, `entities` and `sources` marts."""
from __future__ import annotations

import random

import duckdb
import networkx as nx
import pytest

from ecoaudit import ecosystem
from ecoaudit.ecosystem import Link, Node, influence_graph, read_params, scores, trustrank
from ecoaudit.errors import StageError

P = read_params()
RUN = "r1"


def crawled(entity, verdict="pertinent", conversation=10, status=None):
    status = status or {"pertinent": "IN", "automated": "IN", "undecided": "UNDECIDED"}[verdict]
    return Node(entity, True, status, verdict, conversation)


def discovered(entity):
    return Node(entity, False, "DISCOVERED", None, 0)


def farm_web(farm_verdict="automated"):
    """Eight pertinent blogs citing four genuine sources; twelve farm sites all linking to each other
    with many pages each (and to two of the blogs, to borrow their standing)."""
    nodes, links = [], []
    blogs = [f"blog{i}.fr" for i in range(8)]
    genuine = [f"genuine{i}.fr" for i in range(4)]
    farm = [f"farm{i}.com" for i in range(12)]
    nodes += [crawled(b, conversation=20) for b in blogs]
    nodes += [crawled(g, "undecided", conversation=40) for g in genuine]
    nodes += [crawled(f, farm_verdict, conversation=40) for f in farm]
    for i, b in enumerate(blogs):
        for g in genuine[: 1 + i % 4]:
            links.append(Link(b, g, "content", 2))
        links.append(Link(b, blogs[(i + 1) % 8], "blogroll", 1))
    for f in farm:
        for other in farm:
            if other != f:
                links += [Link(f, other, "content", 60), Link(f, other, "blogroll", 40)]
        links.append(Link(f, blogs[0], "content", 5))
    links.append(Link(blogs[3], farm[0], "comment", 1))  # a spam comment's signature on a blog
    return nodes, links, blogs, genuine, farm


# ---------------------------------------------------------------- influence


@pytest.mark.parametrize("farm_verdict", ["automated", "undecided"])
def test_a_link_farm_ranks_below_genuine_sources(farm_verdict):
    nodes, links, blogs, genuine, farm = farm_web(farm_verdict)
    found = scores(nodes, links, P)
    ranked = sorted((e for e in found if found[e].influence_rank), key=lambda e: found[e].influence_rank)
    assert set(ranked[: len(blogs) + len(genuine)]) == set(blogs) | set(genuine)
    assert max(found[f].influence for f in farm) < min(found[g].influence for g in genuine)
    assert all(0 <= s.influence <= 100 for s in found.values())
    # plain PageRank (uniform teleport, no trust, no damping) would rank the farm first
    naive = nx.pagerank(influence_graph(nodes, links, P), weight="raw")
    assert max(naive, key=naive.get) in farm


def test_edge_weight_is_kind_weighted_pages_times_trust_and_mutual_damping():
    nodes = [crawled("a.fr"), crawled("b.fr", "automated"), crawled("c.fr", "undecided"), discovered("d.fr")]
    links = [Link("a.fr", "d.fr", "content", 3), Link("a.fr", "d.fr", "comment", 10),
             Link("a.fr", "d.fr", "blogroll", 2), Link("b.fr", "a.fr", "forum_post", 4),
             Link("a.fr", "c.fr", "content", 1), Link("c.fr", "a.fr", "content", 2),
             Link("a.fr", "zz.fr", "content", 9)]  # an entity not among the nodes: left out
    g = influence_graph(nodes, links, P)
    assert g["a.fr"]["d.fr"]["weight"] == pytest.approx(3 * 1 + 10 * 0.1 + 2 * 0.5)
    assert g["b.fr"]["a.fr"]["weight"] == pytest.approx(4 * 0.05)
    assert g["a.fr"]["c.fr"]["weight"] == pytest.approx(1 * 1 * 0.3)  # c links back
    assert g["c.fr"]["a.fr"]["weight"] == pytest.approx(2 * 0.5 * 0.3)
    assert "zz.fr" not in g and g.number_of_edges() == 4


def test_teleport_goes_only_to_pertinent_sources():
    nodes = [crawled("p.fr"), crawled("u.fr", "undecided"), crawled("x.fr", "automated"),
             crawled("out.fr", status="OUT"), discovered("d.fr")]
    ranks = trustrank(influence_graph(nodes, [], P), nodes, P)
    assert ranks["p.fr"] == pytest.approx(1.0)
    assert ranks["u.fr"] == ranks["x.fr"] == ranks["out.fr"] == ranks["d.fr"] == 0
    # an automated source's links pass on 5% of what a pertinent one's would
    links = [Link("p.fr", "x.fr", "content", 1), Link("x.fr", "d.fr", "content", 1)]
    ranks = trustrank(influence_graph(nodes, links, P), nodes, P)
    alpha = P.alpha
    assert ranks["d.fr"] / ranks["x.fr"] == pytest.approx(alpha * P.trust_automated)
    assert sum(ranks.values()) == pytest.approx(1.0)


def test_excluded_sources_links_count_for_nothing():
    nodes = [crawled("p.fr"), crawled("out.fr", status="OUT"), discovered("d.fr")]
    links = [Link("p.fr", "out.fr", "content", 1), Link("out.fr", "d.fr", "content", 50)]
    ranks = trustrank(influence_graph(nodes, links, P), nodes, P)
    assert ranks["out.fr"] > 0 and ranks["d.fr"] == 0


def test_influence_combines_pagerank_and_engagement():
    nodes = [crawled("a.fr", conversation=0), crawled("b.fr", "undecided", conversation=99),
             crawled("c.fr", "automated", conversation=99), discovered("d.fr")]
    links = [Link("a.fr", "b.fr", "content", 1), Link("a.fr", "c.fr", "content", 1),
             Link("a.fr", "d.fr", "content", 1)]
    found = scores(nodes, links, P)
    top = max(s.pagerank for s in found.values())
    assert found["a.fr"].pagerank == top and found["a.fr"].engagement == 0
    assert found["a.fr"].influence == pytest.approx(80.0)
    b = found["b.fr"]
    assert b.engagement == 1 and b.influence == pytest.approx(100 * (0.8 * b.pagerank / top + 0.2), abs=0.01)
    c = found["c.fr"]  # same links and talk as b, but automated
    assert c.influence == pytest.approx(b.influence * P.trust_automated, abs=0.01)
    d = found["d.fr"]  # not crawled: PageRank alone, no rank among the sources
    assert d.engagement is None and d.influence_rank is None
    assert d.influence == pytest.approx(100 * d.pagerank / top, abs=0.01)
    assert [found[e].influence_rank for e in ("a.fr", "b.fr", "c.fr")] == [1, 2, 3]


def test_no_pertinent_source_still_scores():
    nodes = [crawled("u.fr", "undecided"), discovered("d.fr")]
    found = scores(nodes, [Link("u.fr", "d.fr", "content", 1)], P)
    assert found["u.fr"].pagerank > 0 and found["d.fr"].pagerank > 0
    assert scores([], [], P) == {}


# ---------------------------------------------------------------- communities and determinism


def two_cliques():
    nodes = [crawled(f"a{i}.fr") for i in range(5)] + [crawled(f"b{i}.fr") for i in range(3)]
    nodes += [discovered("lonely.fr"), Node("out.fr", False, "OUT")]  # an excluded site, linked to
    links = [Link(f"a{i}.fr", f"a{j}.fr", "content", 3) for i in range(5) for j in range(5) if i != j]
    links += [Link(f"b{i}.fr", f"b{j}.fr", "blogroll", 2) for i in range(3) for j in range(3) if i != j]
    links += [Link("a0.fr", "b0.fr", "comment", 1), Link("a1.fr", "out.fr", "content", 5)]
    return nodes, links


def test_communities_largest_first_none_without_links():
    nodes, links = two_cliques()
    found = scores(nodes, links, P)
    assert {found[f"a{i}.fr"].community for i in range(5)} == {1}
    assert {found[f"b{i}.fr"].community for i in range(3)} == {2}
    assert found["lonely.fr"].community is None
    assert found["out.fr"].community is None  # excluded and not crawled: not in the community graph


def test_deterministic_whatever_the_input_order():
    nodes, links, *_ = farm_web()
    first = scores(nodes, links, P)
    rng = random.Random(7)
    for _ in range(3):
        shuffled_nodes, shuffled_links = nodes[:], links[:]
        rng.shuffle(shuffled_nodes)
        rng.shuffle(shuffled_links)
        assert scores(shuffled_nodes, shuffled_links, P) == first


def test_parameters_come_from_the_seed(tmp_path):
    path = tmp_path / "influence.csv"
    path.write_text("param,value,note\nalpha,0.85,x\n", encoding="utf-8")
    with pytest.raises(StageError, match="missing influence parameter"):
        read_params(path)
    assert P.kind_weight("content") == 1 and P.kind_weight("blogroll") == 0.5
    assert P.kind_weight("comment") == 0.1 and P.kind_weight("something_new") == P.kind_other


# ---------------------------------------------------------------- the mart

LINK_GRAPH_DDL = """create table link_graph (run_id varchar, from_entity varchar, from_host varchar,
    to_entity varchar, to_host varchar, link_kind varchar, pages bigint, links bigint,
    example_from_url varchar, example_to_url varchar, to_crawled boolean)"""
# entities may exist already: warehouse.ensure_schema creates it (the mart reads its previous run)
ENTITIES_DDL = """create table if not exists entities (run_id varchar, entity varchar, host varchar, url varchar,
    status varchar, status_origin varchar, verdict varchar, kind varchar, crawled boolean, inlinks bigint,
    pertinent_inlinks bigint, first_seen_run varchar, last_crawled_run varchar)"""
SOURCES_DDL = """create table sources (run_id varchar, source varchar, host varchar, kind varchar,
    site_name varchar, posts bigint, comments bigint, forum_posts bigint, score double, verdict varchar)"""


def ecosystem_marts(con, run_id=RUN, sources_table=True):
    """A small run's link_graph, entities and sources (and another run's rows, which must not leak).
    Returns the crawled hosts."""
    if sources_table:
        con.execute(SOURCES_DDL)
    con.execute(LINK_GRAPH_DDL)
    con.execute(ENTITIES_DDL)
    srcs = [  # host, entity, kind, site_name, posts, comments, forum_posts, score, verdict, status
        ("www.blog.test", "blog.test", "blog", "Le blog", 10, 30, 0, 0.1, "pertinent", "IN"),
        ("forum.test", "forum.test", "forum", "=HYPERLINK(\"http://x\")\x07", 80, 60, 80, 0.2, "pertinent", "IN"),
        ("splog.test", "splog.test", "blog", None, 400, 0, 0, 0.9, "automated", "IN"),
        ("maybe.test", "maybe.test", "blog", "Peut-être", 3, 1, 0, 0.5, "undecided", "UNDECIDED"),
        ("medium.com", "medium.com/@alice", "blog", "Alice", 5, 2, 0, 0.1, "pertinent", "IN"),
    ]
    for host, entity, kind, name, posts, comments, forum_posts, score, verdict, status in srcs:
        if sources_table:
            con.execute("insert into sources values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [run_id, f"https://{host}/", host, kind, name, posts, comments, forum_posts, score,
                         verdict])
        con.execute("insert into entities values (?, ?, ?, ?, ?, 'machine', ?, ?, true, 0, 0, ?, ?)",
                    [run_id, entity, host, f"https://{host}/", status, verdict, kind, run_id, run_id])
    for entity, host in (("shop.test", "shop.test"), ("wiki.test", "wiki.test")):
        con.execute("insert into entities values (?, ?, ?, ?, 'DISCOVERED', 'machine', null, null, false, 1, 1, "
                    "?, null)", [run_id, entity, host, f"https://{host}/", run_id])
    con.execute("insert into entities values (?, 'gone.test', 'gone.test', 'https://gone.test/', 'DISCOVERED', "
                "'carried', null, null, false, 0, 0, 'r0', null)", [run_id])
    edges = [  # from, to, kind, pages, links
        ("blog.test", "forum.test", "content", 3, 4), ("blog.test", "forum.test", "blogroll", 1, 1),
        ("forum.test", "blog.test", "forum_post", 2, 2), ("blog.test", "wiki.test", "content", 2, 2),
        ("splog.test", "shop.test", "content", 40, 80), ("maybe.test", "splog.test", "comment", 1, 1),
        ("medium.com/@alice", "blog.test", "content", 1, 1), ("forum.test", "wiki.test", "forum_post", 5, 9),
    ]
    hosts = {e[1]: e[0] for e in srcs}
    for u, v, kind, pages, n in edges:
        con.execute("insert into link_graph values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [run_id, u, hosts.get(u, u), v, hosts.get(v, v), kind, pages, n,
                     f"https://{u}/post", f"https://{v}/", v in hosts])
    if run_id == RUN:  # another run's rows
        con.execute("insert into entities values ('r0', 'old.test', 'old.test', 'https://old.test/', 'IN', "
                    "'machine', 'pertinent', 'blog', true, 0, 0, 'r0', 'r0')")
        con.execute("insert into link_graph values ('r0', 'old.test', 'old.test', 'blog.test', 'blog.test', "
                    "'content', 9, 9, null, null, true)")
    return [s[0] for s in srcs]


@pytest.fixture
def con():
    c = duckdb.connect()
    ecosystem_marts(c)
    yield c
    c.close()


def test_compute_writes_one_row_per_entity_idempotently(con):
    assert ecosystem.compute(con, RUN) == 8
    assert ecosystem.compute(con, RUN) == 8
    cols = [r[0] for r in con.execute("describe ecosystem_nodes").fetchall()]
    assert cols == list(ecosystem.COLUMNS)
    rows = {r["entity"]: r for r in con.sql("select * from ecosystem_nodes").pl().to_dicts()}
    assert len(rows) == 8 and "old.test" not in rows
    assert rows["blog.test"]["label"] == "Le blog" and rows["splog.test"]["label"] == "splog.test"
    assert rows["medium.com/@alice"]["host"] == "medium.com" and rows["medium.com/@alice"]["label"] == "Alice"
    assert rows["forum.test"]["posts"] == 80 and rows["blog.test"]["comments"] == 30
    assert rows["forum.test"]["engagement"] == 1  # 80 forum messages: the most talk
    ranked = sorted((r for r in rows.values() if r["crawled"]), key=lambda r: r["influence_rank"])
    assert [r["influence_rank"] for r in ranked] == [1, 2, 3, 4, 5]
    assert ranked[-1]["entity"] == "splog.test"  # automated: last
    assert all(r["influence_rank"] is None for r in rows.values() if not r["crawled"])
    assert rows["gone.test"]["community"] is None and rows["gone.test"]["pagerank"] == 0
    assert rows["blog.test"]["community"] == rows["forum.test"]["community"] == 1
    assert sum(r["pagerank"] for r in rows.values()) == pytest.approx(1.0)


def test_compute_keeps_other_runs_and_an_empty_run_writes_nothing(con):
    ecosystem.compute(con, RUN)
    con.execute("insert into ecosystem_nodes (run_id, entity, crawled, pagerank, influence) "
                "values ('r0', 'old.test', true, 1, 100)")
    ecosystem.compute(con, RUN)
    assert ecosystem.compute(con, "nothing") == 0
    assert con.execute("select run_id, count(*) from ecosystem_nodes group by all order by all").fetchall() == [
        ("r0", 1), (RUN, 8)]


def test_compute_needs_the_marts():
    with duckdb.connect() as c:
        with pytest.raises(StageError, match="link_graph"):
            ecosystem.compute(c, RUN)


def test_compute_reads_the_seed_table(con):
    con.execute("create table seed_influence as select * from read_csv(?, header = true)",
                [str(ecosystem.sql_dir() / "seeds" / "influence.csv")])
    con.execute("update seed_influence set value = 0 where param = 'engagement_share'")
    ecosystem.compute(con, RUN)
    top = con.execute("select max(pagerank) from ecosystem_nodes").fetchall()[0][0]
    rows = con.execute("select pagerank, influence from ecosystem_nodes where crawled "
                       "and verdict <> 'automated'").fetchall()
    assert all(inf == pytest.approx(100 * pr / top, abs=0.01) for pr, inf in rows)
