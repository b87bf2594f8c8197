"""ecosystem.gexf (reports/gexf.py): loads back in networkx, covers every crawled source, survives
hostile strings and missing values."""
from __future__ import annotations

import duckdb
import networkx as nx
import pytest

from ecoaudit import ecosystem
from reports.gexf import write_gexf, xml_text
from tests.test_ecosystem import RUN, ecosystem_marts


@pytest.fixture
def con():
    c = duckdb.connect()
    ecosystem_marts(c)
    ecosystem.compute(c, RUN)
    yield c
    c.close()


def test_gexf_loads_back_and_covers_every_crawled_source(con, tmp_path):
    path = write_gexf(con, RUN, tmp_path / "ecosystem.gexf")
    g = nx.read_gexf(path)
    assert g.is_directed()
    crawled = {e for (e,) in con.execute("select entity from entities where run_id = ? and crawled",
                                         [RUN]).fetchall()}
    assert crawled <= set(g.nodes) and len(crawled) == 5
    assert g.number_of_nodes() == 8 and "old.test" not in g  # every entity of the run, no other run's
    blog = g.nodes["blog.test"]
    assert blog["label"] == "Le blog" and blog["kind"] == "blog" and blog["verdict"] == "pertinent"
    assert blog["status"] == "IN" and blog["posts"] == 10 and blog["crawled"] is True
    for attr in ("score", "influence", "community", "pagerank", "influence_rank"):
        assert attr in blog, attr
    wiki = g.nodes["wiki.test"]  # not crawled: no verdict, kind or posts rather than "None"
    assert wiki["label"] == "wiki.test" and "verdict" not in wiki and "posts" not in wiki
    assert "None" not in path.read_text(encoding="utf-8")


def test_edges_weigh_pages_summed_over_kinds(con, tmp_path):
    g = nx.read_gexf(write_gexf(con, RUN, tmp_path / "ecosystem.gexf"))
    edge = g.edges["blog.test", "forum.test"]
    assert edge["weight"] == 4 and edge["content"] == 3 and edge["blogroll"] == 1 and edge["comment"] == 0
    assert edge["links"] == 5
    assert g.edges["forum.test", "blog.test"]["forum_post"] == 2
    assert g.number_of_edges() == 7  # 8 (entity, entity, kind) rows, two of one pair


def test_hostile_labels_are_valid_xml(con, tmp_path):
    con.execute("update ecosystem_nodes set label = 'A\x00B\x1b<script>&\ufffe', kind = null "
                "where entity = 'blog.test'")
    g = nx.read_gexf(write_gexf(con, RUN, tmp_path / "ecosystem.gexf"))
    forum = g.nodes["forum.test"]  # the site name holds a spreadsheet formula and a BEL character
    assert forum["label"] == '=HYPERLINK("http://x")'
    assert g.nodes["blog.test"]["label"] == "AB<script>&" and "kind" not in g.nodes["blog.test"]
    assert xml_text("a\x07b\tc\n") == "ab\tc\n"


def test_a_run_without_the_map_writes_an_empty_graph(tmp_path):
    with duckdb.connect() as c:
        g = nx.read_gexf(write_gexf(c, RUN, tmp_path / "old" / "ecosystem.gexf"))
    assert g.number_of_nodes() == 0
