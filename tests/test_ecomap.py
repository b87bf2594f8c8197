"""The ecosystem map and its report section (issue 14): a deterministic static SVG, hostile labels
inert, automated sources apart, bounded names and links; the section from hand-made marts, and no
section for a warehouse without them."""
from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from reports import ecomap
from reports.html import write_report
from tests.bench.ecosystem_map import overlaps, synthetic
from tests.test_reports import RUN, _active_markup, _text, con  # noqa: F401 (the hand-made marts fixture)

HOSTILE = ['<script>alert(1)</script>', '"onload=alert(2) x="', "<img src=x onerror=alert(3)>"]


def _small(n: int = 160, edges: int = 900):
    nodes, links = synthetic(n, edges, seed=3)
    for i, label in enumerate(HOSTILE):
        nodes[20 + i]["label"] = label
        nodes[20 + i]["influence"] = 99.0 - i  # among the labelled ones
    return nodes, links


def _root(svg) -> etree._Element:
    return etree.fromstring(str(svg).encode("utf-8"))


def test_map_is_deterministic_whatever_the_input_order_and_hash_seed():
    nodes, links = _small()
    a = ecomap.draw_map(nodes, links, "fr")
    assert a == ecomap.draw_map(list(reversed(nodes)), list(reversed(links)), "fr")
    # Another interpreter with another string hashing draws the same map.
    code = ("import hashlib; from tests.test_ecomap import _small; from reports import ecomap; "
            "print(hashlib.sha256(str(ecomap.draw_map(*_small(), 'fr')).encode()).hexdigest())")
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "12345"}).stdout.strip()
    assert out == hashlib.sha256(str(a).encode()).hexdigest()


def test_hostile_labels_come_out_inert():
    nodes, links = _small()
    svg = str(ecomap.draw_map(nodes, links, "en"))
    assert "<script" not in svg and "<img" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg  # drawn as text (a name and a tooltip)
    root = _root(svg)
    for el in root.iter():
        assert etree.QName(el).localname in {"svg", "g", "path", "rect", "line", "text", "tspan", "circle",
                                             "title", "desc"}
        assert not [a for a in el.attrib if a.lower().startswith("on") or "href" in a.lower()]
    names = [t.text for t in root.iter("{*}text")]
    assert any(n and "onload=alert(2)" in n for n in names)  # the attribute-breaking label stayed a string


def test_automated_sources_are_set_apart():
    nodes, links = _small()
    svg, drawn = ecomap.draw(nodes, links, "fr")
    pos = drawn["positions"]
    automated = [n for n in nodes if n["verdict"] == "automated"]
    assert automated and drawn["automated"] == len(automated)
    for n in nodes:
        x = pos[n["entity"]][0]
        assert (x > ecomap.BAND_X) == (n["verdict"] == "automated"), n["entity"]
    root = _root(ecomap.draw_map(nodes, links, "fr"))
    squares = [r for r in root.iter("{*}rect") if r.get("stroke") == ecomap.AUTOMATED and r.find("{*}title") is not None]
    assert len(squares) == len(automated)  # drawn as squares, not circles
    assert "Sources automatisées" in svg and "source automatisée (colonne de droite)" in svg  # said in the legend


def test_names_are_bounded_and_never_overlap(monkeypatch):
    nodes, links = synthetic(600, 5000, seed=5)
    _, drawn = ecomap.draw(nodes, links, "fr")
    assert 0 < len(drawn["labels"]) <= ecomap.MAX_LABELS
    assert overlaps(drawn["labels"]) == 0
    monkeypatch.setattr(ecomap, "MAX_LABELS", 5)
    svg, drawn = ecomap.draw(nodes, links, "fr")
    assert len(drawn["labels"]) <= 5
    assert "les 5 sites les plus influents" in svg or f"les {len(drawn['labels'])} sites" in svg


def test_links_and_sites_are_bounded(monkeypatch):
    nodes, links = synthetic(400, 3000, seed=7)
    monkeypatch.setattr(ecomap, "MAX_EDGES", 100)
    monkeypatch.setattr(ecomap, "MAX_NODES", 300)
    svg, drawn = ecomap.draw(nodes, links, "en")
    assert drawn["edges"] == 100 and drawn["nodes"] == 300
    assert "the 100 strongest links of" in svg and "300 sites of 400" in svg
    # links are batched: a handful of paths, whatever their number
    assert len(_root(ecomap.draw_map(nodes, links, "en")).findall(".//{*}path")) <= 6


def test_discovered_sites_are_small_and_hollow():
    nodes, links = _small()
    root = _root(ecomap.draw_map(nodes, links, "fr"))
    discovered = {n["label"] for n in nodes if not n["crawled"]}
    hollow = [c for c in root.iter("{*}circle") if c.find("{*}title") is not None
              and c.find("{*}title").text.rsplit(" — ", 1)[0] in discovered]
    assert hollow and all(c.get("fill") == "white" and float(c.get("r")) <= 2 for c in hollow)


def test_empty_and_tiny_graphs_draw():
    assert "<svg" in ecomap.draw_map([], [], "fr")
    one = [{"entity": "a.test", "label": "A", "status": "IN", "verdict": "pertinent", "kind": "blog",
            "community": None, "influence": 50, "crawled": True}]
    assert "A" in ecomap.draw_map(one, [], "en")
    # linked sites without a community (the mart should not have them) are drawn all the same
    two = one + [dict(one[0], entity="b.test", label="B")]
    assert "B" in ecomap.draw_map(two, [{"source": "a.test", "target": "b.test", "weight": 2}], "en")


# ------------------------------------------------------------------ the report section

@pytest.fixture
def eco(con):  # noqa: F811 (the fixture imported above)
    """The hand-made marts of tests/test_reports.py plus the ecosystem marts, hostile strings included."""
    con.execute("""
        create table ecosystem_nodes as select * from (values
            ('r1', 'blog.test', 'blog.test', 'http://blog.test/', '<script>alert(7)</script>', 'IN', 'pertinent',
             'blog', true, 0.1, 8, 20, 3, 2, 1, 0.4, 0.5, 88.5, 1),
            ('r1', 'over.test', 'over.test', 'http://over.test/', 'Over', 'IN', 'pertinent', 'blog', true, 0.8,
             8, 20, 1, 1, 1, 0.2, 0.5, 41.0, 2),
            ('r1', 'spam.test', 'spam.test', 'https://spam.test/', 'Spam', 'IN', 'automated', 'news', true, 0.9,
             400, 0, 0, 0, 2, 0.01, 0, 0.2, 3),
            ('r1', 'new.test', 'new.test', 'https://new.test/', 'new.test', 'DISCOVERED', null, null, false, null,
             null, null, 2, 2, 1, 0.1, null, 1.0, null),
            ('r0', 'old.test', 'old.test', 'http://old.test/', 'OLD RUN', 'IN', 'pertinent', 'blog', true, 0.1,
             1, 1, 0, 0, 1, 0.1, 0, 50.0, 1)
        ) as t(run_id, entity, host, url, label, status, verdict, kind, crawled, score, posts, comments, inlinks,
               pertinent_inlinks, community, pagerank, engagement, influence, influence_rank)
    """)
    con.execute("""
        create table link_graph as select * from (values
            ('r1', 'over.test', 'over.test', 'blog.test', 'blog.test', 'content', 4, 5, null, null, true),
            ('r1', 'over.test', 'over.test', 'blog.test', 'blog.test', 'comment', 2, 2, null, null, true),
            ('r1', 'blog.test', 'blog.test', 'new.test', 'new.test', 'blogroll', 1, 1, null, null, false),
            ('r1', 'spam.test', 'spam.test', 'blog.test', 'blog.test', 'content', 9, 9, null, null, true)
        ) as t(run_id, from_entity, from_host, to_entity, to_host, link_kind, pages, links, example_from_url,
               example_to_url, to_crawled)
    """)
    con.execute("""
        create table prospects as select * from (values
            ('r1', 1, 'new.test', 'https://new.test/', 'new.test', 2, 2, 'blog.test; over.test',
             'http://blog.test/p/1; javascript:alert(8); http://over.test/p/2', 'r1')
        ) as t(run_id, rank, entity, url, host, pertinent_inlinks, inlinks, linking_sources, example_pages,
               first_seen_run)
    """)
    con.execute("""
        create table commenters as select * from (values
            ('r1', 'marie', 'Marie <b>D.</b>', 2, 'blog.test; over.test', 14, 'marie.test',
             date '2024-01-02', date '2024-06-01')
        ) as t(run_id, commenter_key, commenter, pertinent_sources, sources, comments, signature_site, first_seen,
               last_seen)
    """)
    return con


def _between(html: str, start: str, end: str) -> str:
    return html[html.index(f'id="{start}"'):html.index(f'id="{end}"')]


def test_section_renders_from_the_marts(eco, tmp_path):
    html = {lang: write_report(eco, RUN, tmp_path / f"r-{lang}.html", language=lang).read_text("utf-8")
            for lang in ("fr", "en")}
    for lang, words in (("fr", ("Carte de l'écosystème", "Les sources les plus influentes", "Sites à explorer",
                                "Les personnes qui portent la conversation", "facteur d'amortissement 0,85",
                                "TrustRank", "avec e = 0,2")),
                        ("en", ("Ecosystem map", "The most influential sources", "Sites to crawl next",
                                "The people who carry the conversation", "damping factor 0.85",
                                "TrustRank", "with e = 0.2"))):
        raw = html[lang]
        section = _between(raw, "ecomap", "said")
        text = _text(section)
        for w in words:
            assert w in text, (lang, w)
        assert 'href="#ecomap"' in raw  # in the contents
        assert section.count('class="chart ecomap"') == 1
        # influencers in influence order, only this run's
        assert text.index("blog.test") < text.index("over.test") < text.index("spam.test")
        assert "OLD RUN" not in text and "old.test" not in text
        # prospects: links only for web URLs; commenters escaped
        assert 'href="http://blog.test/p/1"' in section and 'href="javascript' not in section
        assert "Marie &lt;b&gt;D.&lt;/b&gt;" in section
        assert "&lt;script&gt;alert(7)&lt;/script&gt;" in section and "<script" not in raw
        assert _active_markup(raw) == []


def test_section_without_prospects_and_commenters_marts(eco, tmp_path):
    eco.execute("drop table prospects")
    eco.execute("drop table commenters")
    html = write_report(eco, RUN, tmp_path / "r.html", language="en").read_text("utf-8")
    assert 'id="ecomap"' in html and 'id="influencers"' in html
    assert 'id="prospects"' not in html and 'id="commenters"' not in html


def test_no_section_without_the_ecosystem_marts(con, tmp_path):  # noqa: F811
    html = write_report(con, RUN, tmp_path / "r.html", language="fr").read_text("utf-8")
    assert 'id="ecomap"' not in html and "#ecomap" not in html
    assert re.search(r'id="said"', html)  # the rest of the report is there
