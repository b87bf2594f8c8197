"""The whole audit against the demo web: crawl through the proxy, flow, deliverables, labels."""
from __future__ import annotations

import duckdb
import openpyxl
import pytest

from ecoaudit.evaluate import score_sources
from tests.conftest import read_csv

pytestmark = pytest.mark.e2e

@pytest.fixture
def ro(demo_run):
    """Open the demo warehouse read-only; closed after the test, so later runs can write to it."""
    cons = []

    def connect():
        cons.append(duckdb.connect(str(demo_run.run_dir.parent.parent / "warehouse.duckdb"), read_only=True))
        return cons[-1]

    yield connect
    for con in cons:
        con.close()


CONTRACT_COLUMNS = ["source", "host", "kind", "verdict", "score", "reasons", "status", "posts",
                    "comments", "posts_per_month", "first_post", "last_post"]


def test_deliverables_exist(demo_run):
    for p in (demo_run.report, demo_run.xlsx, demo_run.csv):
        assert p.exists() and p.stat().st_size > 500, p


def test_sources_csv_follows_the_contract(demo_run, demo_labels):
    rows = read_csv(demo_run.csv)
    assert set(CONTRACT_COLUMNS) <= set(rows[0])
    hosts = {r["host"] for r in rows}
    seeds = [h for h, lab in demo_labels.items() if lab["seed"] == "true"]
    # Every seed is reported, whether it answered or not (errors are data).
    assert set(seeds) - hosts == set()
    for r in rows:
        assert r["verdict"] in ("pertinent", "automated", "undecided")
        assert r["kind"] in ("blog", "forum", "news", "other")
        assert r["status"] in ("seed", "discovered")
        if r["score"]:
            assert 0.0 <= float(r["score"]) <= 1.0
        else:  # not assessed (crawl failed or candidate never crawled): no score, says why
            assert r["verdict"] == "undecided" and r["reasons"].startswith(("crawl_failed", "not_crawled"))
        if r["verdict"] == "automated":
            assert r["reasons"].strip(), r


def test_automated_sources_found_with_precision_and_recall(demo_run, demo_labels):
    s = score_sources(demo_run.csv, list(demo_labels.values()))
    assert not s.missing, s.missing
    assert s.precision >= 0.9 and s.recall >= 0.9, (s.precision, s.recall, s.mistakes)


def test_kinds_match_labels(demo_run, demo_labels):
    rows = {r["host"]: r for r in read_csv(demo_run.csv)}
    wrong = [(h, lab["kind"], rows[h]["kind"]) for h, lab in demo_labels.items()
             if lab["verdict"] != "undecided" and h in rows and rows[h]["kind"] != lab["kind"]]
    assert len(wrong) <= 1, wrong


def test_bad_seeds_become_error_rows(demo_run, demo_labels, ro):
    con = ro()
    errors = con.execute("select host, error from raw_errors where run_id = ?",
                         [demo_run.run_id]).fetchall()
    by_host: dict[str, set] = {}
    for host, slug in errors:
        by_host.setdefault(host, set()).add(slug)
    families = {lab["family"]: h for h, lab in demo_labels.items()}
    assert "http_500" in by_host[families["error_500"]]
    assert "not_html" in by_host[families["non_html"]]
    assert by_host[families["unreachable"]] & {"http_502", "dns_error", "connection_refused"}
    rows = {r["host"]: r for r in read_csv(demo_run.csv)}
    for fam in ("error_500", "non_html", "unreachable"):
        assert rows[families[fam]]["verdict"] == "undecided"


def test_report_is_self_contained_and_escaped(demo_run):
    html = demo_run.report.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html  # the hostile blog's titles are shown, inert
    assert "Content-Security-Policy" in html
    for marker in ('src="http', "src='http", '<link rel="stylesheet" href="http'):
        assert marker not in html


def test_xlsx_opens_and_is_inert(demo_run):
    wb = openpyxl.load_workbook(demo_run.xlsx)
    assert wb.sheetnames == ["Synthèse", "Pertinents", "Automatisés", "Indécis", "Forums", "Candidats",
                             "Thèmes", "Activité", "Erreurs de collecte", "Changements", "Prospects", "Liens"]
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r")), (ws.title, cell.coordinate)
    for ws in wb.worksheets[1:]:
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref, ws.title
        # every table has rows, but Changes (a client's first run has nothing to compare with) and
        # Prospects (the demo crawl may reach every site it links to)
        assert ws.max_row > 1 or ws.title in ("Changements", "Prospects"), ws.title
    assert wb["Changements"].max_row == 1 and wb["Changements"]["A1"].value == "Site"
    for name in ("Pertinents", "Automatisés", "Indécis", "Forums", "Candidats"):
        ws = wb[name]
        assert [c.value for c in ws[1]][:5] == ["Source", "Site", "Verdict", "Note du consultant", "Verdict automatique"]
        dv = ws.data_validations.dataValidation
        assert len(dv) == 1 and dv[0].formula1 == '"pertinent,automated,undecided,out"' and f"C{ws.max_row}" in dv[0].sqref
        assert ws["A2"].hyperlink is not None and ws["A2"].hyperlink.target.startswith("http://")
    # the hostile blog: its <script> site name is plain text in the sheet of its verdict
    rows = [r for name in ("Pertinents", "Automatisés", "Indécis") for r in wb[name].iter_rows(values_only=True)]
    piege = [r for r in rows if r[1] == "www.blog-piege.test"]
    assert len(piege) == 1 and any("<script>" in str(v) for v in piege[0])
    forums = wb["Forums"]
    assert forums.max_row - 1 == sum(1 for r in read_csv(demo_run.csv) if r["kind"] == "forum")
    assert wb["Thèmes"].max_row - 1 == 4 and wb["Activité"].max_row > 10


def test_reload_is_idempotent(demo_run):
    from ecoaudit import warehouse

    db = demo_run.run_dir.parent.parent / "warehouse.duckdb"
    con = warehouse.connect(db)
    try:
        before = con.execute("select count(*) from raw_pages where run_id = ?", [demo_run.run_id]).fetchall()
        counts = warehouse.load_run(con, demo_run.run_id, demo_run.run_dir / "items")
        after = con.execute("select count(*) from raw_pages where run_id = ?", [demo_run.run_id]).fetchall()
    finally:
        con.close()
    assert before == after and counts["raw_pages"] == before[0][0] > 50


def test_failed_validation_delivers_nothing_and_keeps_earlier_runs(demo_run, ro):
    """A corrupt run stops before deliverables (exit 1 path); the earlier run is untouched."""
    import shutil

    from ecoaudit.config import load_config
    from ecoaudit.errors import ValidationFailed
    from ecoaudit.workspace import Workspace
    from flows.audit import audit_flow

    client_dir = demo_run.run_dir.parent.parent
    root = client_dir.parent
    cfg = load_config(root / "audit.toml")
    bad_items = Workspace(root, cfg.slug).items_dir("e2e-bad")
    shutil.copytree(demo_run.run_dir / "items", bad_items)
    pages = bad_items / "pages.jsonl"
    first = pages.read_text(encoding="utf-8").splitlines()[0]
    pages.write_text(pages.read_text(encoding="utf-8") + first + "\n", encoding="utf-8")  # duplicate url
    before = demo_run.csv.read_bytes()
    with pytest.raises(ValidationFailed, match="raw_pages"):
        audit_flow(cfg, root, "e2e-bad", skip_crawl=True)
    bad_dir = bad_items.parent
    assert not (bad_dir / "report.html").exists() and not (bad_dir / "sources.csv").exists()
    assert "raw_pages" in (bad_dir / "validation_raw.txt").read_text()
    assert demo_run.csv.read_bytes() == before
    con = ro()
    n = con.execute("select count(*) from sources where run_id = ?", [demo_run.run_id]).fetchall()[0][0]
    kept = con.execute("select count(*) from raw_pages where run_id = 'e2e-bad'").fetchall()[0][0]
    status = con.execute("select status from runs where run_id = 'e2e-bad'").fetchall()[0][0]
    assert n > 20 and kept > 50 and status == "failed"


def test_spreadsheets_neutralise_formulas(demo_run):
    """The hostile blog's name starts cells with '=' once extracted: they must stay text."""
    rows = read_csv(demo_run.csv)
    cells = [v for r in rows for v in r.values() if v]
    assert not [v for v in cells if v[0] in "=+@\t\r" or (v[0] == "-" and not v[1:2].isdigit())]
    hostile = [r for r in rows if r["host"] == "www.blog-piege.test"][0]
    assert "<script>" in hostile.get("site_name", "") or "<script>" in " ".join(hostile.values())


@pytest.fixture(scope="module")
def recrawl(demo_run):
    """A second audit of the unchanged demo web in the same workspace."""
    from ecoaudit.demo_audit import demo_audit

    root = demo_run.run_dir.parent.parent.parent
    return demo_audit(root, run_id="e2e-2")


def test_recrawl_of_an_unchanged_web_downloads_little_and_loses_nothing(demo_run, recrawl, ro):
    from ecoaudit.recrawl import recrawl_stats

    con = ro()
    stats = recrawl_stats(con, "e2e-2", "e2e-1")
    assert stats["downloads"] <= 0.10 * stats["previous_downloads"], stats
    assert stats["not_modified"] > 0 and stats["carried"] > 0
    for table in ("raw_pages", "raw_comments", "raw_forum_posts", "raw_entries"):
        counts = [con.execute(f"select count(*) from {table} where run_id = ?", [r]).fetchall()[0][0]
                  for r in ("e2e-1", "e2e-2")]
        assert counts[0] == counts[1] > 0, (table, counts)
    a = con.execute("select host, verdict, posts, comments from sources where run_id = 'e2e-1' order by host").fetchall()
    b = con.execute("select host, verdict, posts, comments from sources where run_id = 'e2e-2' order by host").fetchall()
    assert a == b


@pytest.fixture(scope="module")
def week_later(demo_run, recrawl):
    """A third audit, of the demo web as it stands a week later."""
    from ecoaudit.demo_audit import demo_audit

    return demo_audit(demo_run.run_dir.parent.parent.parent, run_id="e2e-3", days_later=7)


def missed_a_week_later(con, run: str, before: str) -> tuple[list[str], list[str]]:
    """What run `run` of the demo web a week later missed: new posts, articles and threads it does not
    know, and posts or threads whose new comments or replies it does not have more of than `before`."""
    from sectorweb import build_site, new_since
    from ecoaudit.recrawl import found_urls
    from ecoaudit.urls import normalize

    old, new = build_site(), build_site(days_later=7)
    found = found_urls(con, run)
    fresh = new_since(old, new, changed=False)
    missing = [u for urls in fresh.values() for u in urls if normalize(u) not in found]

    def messages(run_id, url):
        url = normalize(url)
        return con.execute(
            "select (select count(*) from raw_comments where run_id = $1 and page_url = $2)"
            " + (select count(*) from raw_forum_posts where run_id = $1 and thread_url = $2)",
            [run_id, url]).fetchall()[0][0]

    changed = [u for host, urls in new_since(old, new).items() for u in urls if u not in fresh.get(host, [])]
    assert changed
    stale = [u for u in changed if messages(run, u) <= messages(before, u)]
    return missing, stale


def test_recrawl_a_week_later_finds_every_new_post_and_reply(demo_run, recrawl, week_later, ro):
    """The demo web a week later: new posts, articles, comments, threads and replies."""
    from ecoaudit.recrawl import recrawl_stats

    con = ro()
    missing, stale = missed_a_week_later(con, "e2e-3", "e2e-2")
    assert not missing, missing[:10]
    assert not stale, stale
    # Far less than a full crawl, though a week of news re-renders every listing and feed.
    stats = recrawl_stats(con, "e2e-3", "e2e-1")
    assert stats["downloads"] < 0.6 * stats["previous_downloads"], stats


def test_changes_since_the_last_audit(demo_run, recrawl, week_later, ro):
    """changes.csv after a client's first run, the report's "Since the last audit" section and the
    workbook's Changes sheet: nothing much on an unchanged web, the week's news a week later."""
    import csv

    assert not (demo_run.run_dir / "changes.csv").exists()  # a first run has nothing to compare with

    def rows(result):
        with (result.run_dir / "changes.csv").open(encoding="utf-8-sig") as f:
            return list(csv.DictReader(f))

    unchanged = rows(recrawl)
    assert not [r for r in unchanged if r["change"] in ("new_source", "vanished_source", "verdict_changed",
                                                        "spike", "new_mention", "busy_new_thread")], unchanged
    later = rows(week_later)
    assert list(later[0])[:4] == ["host", "change", "before", "after"]
    kinds = {r["change"] for r in later}
    assert {"new_mention", "spike"} <= kinds, kinds
    con = ro()
    assert con.execute("select count(*) from changes where run_id = 'e2e-3'").fetchall()[0][0] == len(later)
    assert con.execute("select distinct previous_run_id from changes where run_id = 'e2e-3'").fetchall() == [("e2e-2",)]
    html = week_later.report.read_text(encoding="utf-8")
    assert "Depuis le dernier audit" in html and "e2e-2" in html
    sheets = week_later.run_dir / "sheets"
    assert any("change" in p.name for p in sheets.iterdir()), sorted(p.name for p in sheets.iterdir())


def test_consultant_override_survives_runs_and_wins_in_deliverables(demo_run, recrawl):
    """`ecoaudit verdict` on the demo workspace: the next run shows the override, machine verdict beside it."""
    import shutil

    from typer.testing import CliRunner

    from ecoaudit.cli import app
    from ecoaudit.config import load_config
    from ecoaudit.workspace import Workspace
    from flows.audit import audit_flow

    root = demo_run.run_dir.parent.parent.parent
    toml = root / "audit.toml"
    host = "www.retraite-au-soleil.test"  # labelled pertinent
    r = CliRunner().invoke(app, ["verdict", host, "automated", "--note", "vu avec le client", "--config", str(toml)])
    assert r.exit_code == 0, r.output
    try:
        cfg = load_config(toml)
        shutil.copytree(demo_run.run_dir / "items", Workspace(root, cfg.slug).items_dir("e2e-ovr"))
        result = audit_flow(cfg, root, "e2e-ovr", skip_crawl=True)
        row = [r for r in read_csv(result.csv) if r["host"] == host][0]
        assert (row["verdict"], row["machine_verdict"], row["override_note"]) == ("automated", "pertinent", "vu avec le client")
        wb = openpyxl.load_workbook(result.xlsx, read_only=True)
        sheets = {ws.title: [[c for c in row] for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
        wb.close()
        hits = [(name, rows[0], line) for name, rows in sheets.items() for line in rows[1:]
                if "Verdict" in rows[0] and line[rows[0].index("Site")] == host]
        assert hits and all("vu avec le client" in line for _, _, line in hits)
        assert {name for name, _, _ in hits} == {"Automatisés"}
        assert host in result.report.read_text(encoding="utf-8")
    finally:
        CliRunner().invoke(app, ["verdict", host, "--clear", "--config", str(toml)])


def _sheet_rows(ws) -> tuple[dict, list[tuple[int, dict]]]:
    """(header text -> column letter, [(row number, {header: value})]) of a table sheet."""
    rows = list(ws.iter_rows(values_only=True))
    heads = {h: openpyxl.utils.get_column_letter(i) for i, h in enumerate(rows[0], start=1)}
    return heads, [(n, dict(zip(rows[0], r))) for n, r in enumerate(rows[1:], start=2)]


def test_curation_round_trip_on_the_demo_workspace(demo_run):
    """The consultant edits the demo's sources.xlsx, runs `ecoaudit curate`; the next run shows the overrides."""
    import shutil

    from typer.testing import CliRunner

    from ecoaudit import overrides
    from ecoaudit.cli import app
    from ecoaudit.config import load_config
    from ecoaudit.workspace import Workspace
    from flows.audit import audit_flow

    root = demo_run.run_dir.parent.parent.parent
    db = demo_run.run_dir.parent.parent / "warehouse.duckdb"
    edited = demo_run.run_dir / "sources-edited.xlsx"  # in the run's folder: curate finds the warehouse
    shutil.copyfile(demo_run.xlsx, edited)
    wb = openpyxl.load_workbook(edited)
    plan = {}  # host -> (sheet, verdict, note, machine verdict) as edited

    heads, rows = _sheet_rows(wb["Automatisés"])
    n, r = next((n, r) for n, r in rows if r["Site"] != "www.blog-piege.test")
    wb["Automatisés"][f"{heads['Verdict']}{n}"] = "pertinent"
    wb["Automatisés"][f"{heads['Note du consultant']}{n}"] = "vu avec le client : un conseiller réel"
    score = heads["Score d'automatisation"]
    wb["Automatisés"][f"{score}{n}"] = 0  # not an editable column: ignored
    plan[r["Site"]] = ("Pertinents", "pertinent", "vu avec le client : un conseiller réel", r["Verdict automatique"])

    heads, rows = _sheet_rows(wb["Candidats"])
    n, r = next((n, r) for n, r in rows if r["Explorée"] and r["Site"] not in plan)
    wb["Candidats"][f"{heads['Note du consultant']}{n}"] = "-- confirmé, à suivre"  # a note alone: pins the verdict
    sheet = {"pertinent": "Pertinents", "automated": "Automatisés", "undecided": "Indécis"}[r["Verdict"]]
    plan[r["Site"]] = (sheet, r["Verdict"], "-- confirmé, à suivre", r["Verdict automatique"])

    for name in ("Pertinents", "Indécis"):
        heads, rows = _sheet_rows(wb[name])
        hit = [(n, r) for n, r in rows if r["Site"] == "www.blog-piege.test"]
        if hit:
            n, r = hit[0]
            new = "automated" if r["Verdict"] != "automated" else "undecided"
            wb[name][f"{heads['Verdict']}{n}"] = new.capitalize()  # case does not matter
            plan["www.blog-piege.test"] = ({"automated": "Automatisés", "undecided": "Indécis"}[new], new, None,
                                           r["Verdict automatique"])
    assert len(plan) == 3, plan
    wb.save(edited)

    # An invalid cell first: named, exit 2, nothing recorded.
    bad = demo_run.run_dir / "sources-bad.xlsx"
    shutil.copyfile(edited, bad)
    wb = openpyxl.load_workbook(bad)
    heads, rows = _sheet_rows(wb["Indécis"])
    wb["Indécis"][f"{heads['Verdict']}{rows[-1][0]}"] = "spam"
    wb.save(bad)
    r = CliRunner().invoke(app, ["curate", str(bad)])
    assert r.exit_code == 2
    assert f"sources-bad.xlsx: Indécis!{heads['Verdict']}{rows[-1][0]}: verdict 'spam': use pertinent, automated, undecided or out" in r.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert overrides.current(con) == {}

    r = CliRunner().invoke(app, ["curate", str(edited)])
    try:
        assert r.exit_code == 0, r.output
        lines = r.stdout.strip().splitlines()
        assert len(lines) == 4 and lines[-1].startswith("sources-edited.xlsx: 3 overrides recorded")
        assert all(any(h in line for line in lines) for h in plan)
        with duckdb.connect(str(db), read_only=True) as con:
            assert overrides.current(con) == {h: (v, note) for h, (_, v, note, _) in plan.items()}
            logged = con.execute("select host from overrides_log where source = 'curate'").fetchall()
            assert sorted(h for (h,) in logged) == sorted(plan)

        cfg = load_config(root / "audit.toml")
        shutil.copytree(demo_run.run_dir / "items", Workspace(root, cfg.slug).items_dir("e2e-cur"))
        result = audit_flow(cfg, root, "e2e-cur", skip_crawl=True)

        rows = {r["host"]: r for r in read_csv(result.csv)}
        for host, (_, verdict, note, machine) in plan.items():
            assert (rows[host]["verdict"], rows[host]["machine_verdict"]) == (verdict, machine), host
            shown = "'" + note if note and note.startswith("-") else (note or "")
            assert rows[host]["override_note"] == shown, host
        wb = openpyxl.load_workbook(result.xlsx, read_only=True)
        for host, (sheet, verdict, note, machine) in plan.items():
            _, found = _sheet_rows(wb[sheet])
            row = [r for _, r in found if r["Site"] == host]
            assert row and row[0]["Verdict"] == verdict and row[0]["Verdict automatique"] == machine, host
            assert (row[0]["Note du consultant"] or None) == ("'" + note if note and note.startswith("-") else note)
        _, candidates = _sheet_rows(wb["Candidats"])
        judged = [h for h in plan if h in {r["Site"] for _, r in candidates}]
        assert all(not rows[h]["status"] == "discovered" or rows[h]["crawled"] == "false" for h in judged)
        wb.close()
        assert (result.run_dir / "sheets" / "pertinent.csv").exists()
        # The new run's workbook curates cleanly: nothing to change.
        r = CliRunner().invoke(app, ["curate", str(result.xlsx)])
        assert r.exit_code == 0 and r.stdout.strip().endswith("no change"), r.output
    finally:
        with duckdb.connect(str(db)) as con:
            overrides.record(con, [(h, None, None) for h in plan], origin="test")
        edited.unlink(missing_ok=True)
        bad.unlink(missing_ok=True)


def test_an_older_delivered_run_re_renders_with_every_section(demo_run, recrawl):
    """After later runs were transformed in the same warehouse, `ecoaudit report` renders the first
    run's report again from its marts: the same report, every section there."""
    import re

    from typer.testing import CliRunner

    from ecoaudit.cli import app

    original = demo_run.report.read_text(encoding="utf-8")
    saved = demo_run.report.with_name("report.original.html")
    saved.write_text(original, encoding="utf-8")
    toml = demo_run.run_dir.parent.parent.parent / "audit.toml"
    r = CliRunner().invoke(app, ["report", demo_run.run_id, "--config", str(toml), "--no-pdf"])
    assert r.exit_code == 0, r.output
    again = demo_run.report.read_text(encoding="utf-8")
    assert r.stdout.strip().endswith("report.html")
    strip = lambda html: re.sub(r"<svg.*?</svg>", "", html, flags=re.S)  # noqa: E731
    assert strip(again) == strip(original)
    for section in ("summary", "said", "themes", "terms", "voice", "conversation", "activity", "indicators", "method"):
        assert f'id="{section}"' in again, section
    assert "ecoaudit reextract)" not in again  # no section marked unavailable
