"""The ecosystem map of the demo audit (issue 14): GEXF, sources.csv columns, the report's map, the
workbook's sheets, prospects two hops away, and `crawl.prospect_top` crawling them on the next run."""
from __future__ import annotations

import shutil

import duckdb
import networkx as nx
import openpyxl
import pytest

from tests.conftest import read_csv

pytestmark = pytest.mark.e2e

FAR = "www.epargne-en-famille.test"  # linked only from the two discovered genuine blogs


def warehouse(result):
    return result.run_dir.parent.parent / "warehouse.duckdb"


def test_gexf_covers_the_crawled_sources_and_loads_in_networkx(demo_run, demo_labels):
    g = nx.read_gexf(demo_run.run_dir / "ecosystem.gexf")
    with duckdb.connect(str(warehouse(demo_run)), read_only=True) as con:
        crawled = {h for (h,) in con.execute("select host from sources where run_id = 'e2e-1' and crawled").fetchall()}
    hosts = {d.get("host") for _, d in g.nodes(data=True)}
    assert crawled and len(crawled & hosts) >= 0.9 * len(crawled)
    node = next(d for _, d in g.nodes(data=True) if d.get("host") == "www.patrimoine-conseils.test")
    assert {"kind", "verdict", "score", "influence", "community", "posts"} <= set(node)
    assert all("weight" in d for _, _, d in g.edges(data=True)) and g.number_of_edges() > 20


def test_sources_csv_has_inlinks_and_influence_and_the_genuine_lead(demo_run, demo_labels):
    rows = read_csv(demo_run.csv)
    assert {"inlinks", "influence"} <= set(rows[0])
    crawled = [r for r in rows if r["influence"]]
    top = sorted(crawled, key=lambda r: -float(r["influence"]))[:10]
    genuine = [r["host"] for r in top if demo_labels.get(r["host"], {}).get("verdict") == "pertinent"]
    assert len(genuine) >= 8, [(r["host"], r["influence"]) for r in top]
    # the blogroll hub of the genuine blogs is cited by many audited sources
    hub = next(r for r in rows if r["host"] == "www.patrimoine-conseils.test")
    assert int(hub["inlinks"]) >= 5


def test_report_and_workbook_show_the_map(demo_run):
    html = demo_run.report.read_text(encoding="utf-8")
    assert "Carte de l&#39;écosystème" in html and "<svg" in html
    assert FAR in html  # the two-hop blog, among the prospects
    wb = openpyxl.load_workbook(demo_run.xlsx, read_only=True)
    assert {"Prospects", "Liens"} <= set(wb.sheetnames)
    assert (demo_run.run_dir / "sheets" / "links.csv").exists()


def test_a_site_two_hops_away_is_the_first_prospect(demo_run):
    with duckdb.connect(str(warehouse(demo_run)), read_only=True) as con:
        top = con.execute("select rank, host, pertinent_inlinks, inlinks from prospects where run_id = 'e2e-1' "
                          "order by rank limit 3").fetchall()
        status = con.execute("select status from entities where run_id = 'e2e-1' and host = ?", [FAR]).fetchall()
    assert top[0][1] == FAR and top[0][2] == 2, top
    assert status == [("DISCOVERED",)]


@pytest.fixture(scope="module")
def prospected(demo_run, tmp_path_factory):
    """A copy of the demo workspace after its first run, audited again with `prospect_top = 1`."""
    from ecoaudit.demo_audit import serve_and_audit

    root = tmp_path_factory.mktemp("prospect-ws")
    shutil.copytree(demo_run.run_dir.parent.parent, root / demo_run.run_dir.parent.parent.name)
    return serve_and_audit(root, run_id="e2e-prospects", prospect_top=1)


def test_prospect_top_crawls_the_best_prospects_on_the_next_run(prospected):
    with duckdb.connect(str(warehouse(prospected)), read_only=True) as con:
        crawled = con.execute("select host, crawled, discovered_from from raw_sources "
                              "where run_id = 'e2e-prospects' and discovered_from = 'prospect'").fetchall()
        pages = con.execute("select count(*) from raw_pages where run_id = 'e2e-prospects' and host = ?",
                            [FAR]).fetchall()[0][0]
        status = con.execute("select status, verdict from entities where run_id = 'e2e-prospects' and host = ?",
                             [FAR]).fetchall()
        still = con.execute("select count(*) from prospects where run_id = 'e2e-prospects' and host = ?",
                            [FAR]).fetchall()[0][0]
    assert crawled == [(FAR, True, "prospect")]
    assert pages > 5
    assert status and status[0][0] in ("IN", "UNDECIDED")
    assert still == 0  # crawled: no longer a prospect
