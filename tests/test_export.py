"""sources.xlsx, sheets/*.csv and sources.csv from a small hand-made warehouse, read back sheet by sheet."""
from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

import duckdb
import openpyxl
import pytest

from ecoaudit import sqlrun, warehouse
from sectorweb.bank import HOSTILE
from reports.data import CONTRACT_COLUMNS
from reports.export import CSV_NAMES, CUSTOM_RUN_ID, write_sources_csv, write_sources_xlsx
from reports.i18n import WORKBOOK_STRINGS

RUN = "r1"
SCRIPT, IMG, HYPERLINK, CMD, SUM = HOSTILE  # the hostile demo blog's payloads
FORMULA_STARTS = tuple("=+-@\t\r")

SOURCES_DDL = """
CREATE TABLE sources (
    run_id VARCHAR, source VARCHAR, host VARCHAR, kind VARCHAR, platform VARCHAR, status VARCHAR,
    crawled BOOLEAN, site_name VARCHAR, pages BIGINT, posts BIGINT, comments BIGINT,
    forum_threads BIGINT, forum_posts BIGINT, distinct_commenters BIGINT, distinct_authors BIGINT,
    posts_per_month DOUBLE, first_post DATE, last_post DATE, errors BIGINT, machine_score DOUBLE,
    machine_verdict VARCHAR, score DOUBLE, verdict VARCHAR, override_verdict VARCHAR,
    override_note VARCHAR, reasons VARCHAR, evidence_fr VARCHAR, evidence_en VARCHAR,
    discovered_from VARCHAR, depth BIGINT)
"""
OTHER_DDL = [
    """CREATE TABLE source_reasons (run_id VARCHAR, host VARCHAR, rule_id VARCHAR, signal VARCHAR,
       value DOUBLE, threshold DOUBLE, weight DOUBLE, direction VARCHAR, label_fr VARCHAR, label_en VARCHAR,
       example_url VARCHAR, example_other_url VARCHAR)""",
    """CREATE TABLE crawl_errors (run_id VARCHAR, url VARCHAR, error VARCHAR, host VARCHAR,
       status_code BIGINT, message VARCHAR, fetched_at TIMESTAMP)""",
    """CREATE TABLE activity (run_id VARCHAR, host VARCHAR, week DATE, kind VARCHAR, posts BIGINT,
       comments BIGINT, forum_posts BIGINT)""",
    """CREATE TABLE post_themes (run_id VARCHAR, theme VARCHAR, url VARCHAR, host VARCHAR, title VARCHAR,
       published_date DATE)""",
]


def source(**kw):
    row = dict(
        run_id=RUN, source=None, host=None, kind="blog", platform="wordpress", status="seed",
        crawled=True, site_name=None, pages=10, posts=8, comments=20, forum_threads=0, forum_posts=0,
        distinct_commenters=7, distinct_authors=1, posts_per_month=1.5, first_post=dt.date(2023, 1, 5),
        last_post=dt.date(2024, 6, 1), errors=0, machine_score=0.1, machine_verdict="pertinent",
        score=0.1, verdict="pertinent", override_verdict=None, override_note=None,
        reasons="many_commenters=7", evidence_fr="Des commentaires variés", evidence_en="Varied comments",
        discovered_from=None, depth=0,
    )
    row.update(kw)
    return row


SOURCES = [
    source(source="http://www.blog.test/", host="www.blog.test", site_name="Le blog", score=0.123456,
           machine_score=0.123456),
    source(source="http://www.blog-piege.test/", host="www.blog-piege.test", site_name=HYPERLINK,
           evidence_fr=CMD, evidence_en=CMD, reasons=SUM),
    source(source="https://www.spam.test/", host="www.spam.test", kind="news", platform="other",
           status="discovered", discovered_from="http://www.blog.test/a", depth=1, posts=400,
           comments=0, posts_per_month=123.456, machine_score=0.91, score=0.91,
           machine_verdict="automated", verdict="automated", reasons="posts_per_month=123.46",
           evidence_fr="Publie trop souvent", evidence_en="Publishes too often"),
    source(source="http://forum.test/", host="forum.test", kind="forum", platform="phpbb",
           posts=80, comments=68, forum_threads=12, forum_posts=80, distinct_authors=31,
           site_name=SCRIPT),
    source(source="http://www.over.test/", host="www.over.test", machine_score=0.8, score=0.8,
           machine_verdict="automated", verdict="pertinent", override_verdict="pertinent",
           override_note="-- auteur connu du client"),
    source(source="javascript:alert(1)", host="www.cand.test", status="discovered", crawled=False,
           discovered_from="http://forum.test/t/1", depth=1, posts=None, comments=None, pages=0,
           machine_score=None, score=None, machine_verdict="undecided", verdict="undecided",
           reasons="not_crawled", first_post=None, last_post=None, posts_per_month=None,
           evidence_fr=IMG, evidence_en=IMG),
    source(source="http://www.dead.test/", host="www.dead.test", crawled=False, posts=None,
           comments=None, machine_score=None, score=None, machine_verdict="undecided",
           verdict="undecided", reasons="crawl_failed", errors=2),
    # Another run's row must never leak into this run's deliverables.
    source(run_id="r0", source="http://old.test/", host="old.test", site_name="OLD RUN"),
]
HOSTS = {"pertinent": ["www.blog.test", "www.blog-piege.test", "forum.test", "www.over.test"],
         "automated": ["www.spam.test"], "undecided": ["www.cand.test", "www.dead.test"]}
ERRORS = [
    ("http://www.dead.test/", "http_500", "www.dead.test", 500, SCRIPT),
    (HYPERLINK, "parse_error", "www.dead.test", None, SUM),
]
POST_THEMES = [
    ("http://www.blog.test/a", "www.blog.test", dt.date(2024, 5, 1), "retraite"),
    ("http://www.blog.test/b", "www.blog.test", dt.date(2024, 6, 1), "retraite"),
    ("https://www.spam.test/x", "www.spam.test", dt.date(2024, 6, 20), "retraite"),
    ("https://www.spam.test/y", "www.spam.test", dt.date(2024, 6, 21), "immobilier"),
]


def build_warehouse(path: Path) -> Path:
    """A client warehouse as a delivered run leaves it: raw sources, runs, marts, taxonomy, overrides."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(path)) as con:
        warehouse.ensure_schema(con)
        sqlrun.ensure_taxonomy(con)
        con.execute(SOURCES_DDL)
        for ddl in OTHER_DDL:
            con.execute(ddl)
        cols = list(SOURCES[0])
        con.executemany(f"INSERT INTO sources ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [[r[c] for c in cols] for r in SOURCES])
        con.executemany("INSERT INTO raw_sources (run_id, host) VALUES (?, ?)",
                        [(r["run_id"], r["host"]) for r in SOURCES])
        con.executemany("INSERT INTO crawl_errors VALUES (?, ?, ?, ?, ?, ?, NULL)", [(RUN, *e) for e in ERRORS])
        con.executemany("INSERT INTO activity VALUES (?, ?, ?, ?, ?, ?, ?)", [
            (RUN, "www.blog.test", dt.date(2024, 5, 27), "blog", 2, 5, 0),
            (RUN, "www.blog-piege.test", dt.date(2024, 5, 27), "blog", 1, 0, 0),
            (RUN, "forum.test", dt.date(2024, 5, 27), "forum", 0, 0, 9),
            (RUN, "www.spam.test", dt.date(2024, 6, 3), "news", 40, 0, 0),
            ("r0", "old.test", dt.date(2020, 1, 6), "blog", 99, 0, 0),
        ])
        con.executemany("INSERT INTO run_themes VALUES (?, ?, ?)", [
            (RUN, "retraite", "retraite"), (RUN, "immobilier", "scpi"), (RUN, "assurance vie", "assurance vie"),
            ("r0", "ancien thème", "x")])
        con.executemany("INSERT INTO post_themes (run_id, url, host, published_date, theme) "
                        "VALUES (?, ?, ?, ?, ?)", [(RUN, *t) for t in POST_THEMES])
        con.execute("INSERT INTO overrides VALUES ('www.over.test', 'pertinent', '-- auteur connu du client', now())")
        warehouse.record_run(con, RUN, client="Cabinet Exemple", status="transformed",
                             started_at=dt.datetime(2024, 7, 1, 9, 30, tzinfo=dt.timezone.utc),
                             config_json={"client": {"name": "Cabinet Exemple", "sector": "patrimoine"}})
    return path


@pytest.fixture
def client_dir(tmp_path):
    """WORKSPACE/<client>/ with warehouse.duckdb and an empty runs/r1/."""
    d = tmp_path / "ws" / "cabinet-exemple"
    build_warehouse(d / "warehouse.duckdb")
    (d / "runs" / RUN).mkdir(parents=True)
    return d


def export(client_dir: Path, language: str = "fr", run_id: str = RUN) -> Path:
    run_dir = client_dir / "runs" / run_id
    with duckdb.connect(str(client_dir / "warehouse.duckdb"), read_only=True) as con:
        write_sources_csv(con, run_id, run_dir / "sources.csv", language)
        return write_sources_xlsx(con, run_id, run_dir / "sources.xlsx", language, csv_dir=run_dir / "sheets")


def table(ws) -> list[dict]:
    """A table sheet as dicts keyed by header text."""
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


# ---------------------------------------------------------------- sheets

@pytest.mark.parametrize("language, names", [
    ("fr", ["Synthèse", "Pertinents", "Automatisés", "Indécis", "Forums", "Candidats", "Thèmes",
            "Activité", "Erreurs de collecte", "Changements", "Prospects", "Liens"]),
    ("en", ["Summary", "Pertinent", "Automated", "Undecided", "Forums", "Candidates", "Themes",
            "Activity", "Crawl errors", "Changes", "Prospects", "Links"]),
])
def test_sheet_names_headers_frozen_filtered(client_dir, language, names):
    wb = openpyxl.load_workbook(export(client_dir, language))
    assert wb.sheetnames == names
    labels = WORKBOOK_STRINGS[language]["columns"]
    for ws in wb.worksheets[1:]:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        last_col = ws.auto_filter.ref.split(":")[1].rstrip("0123456789")
        assert last_col == openpyxl.utils.get_column_letter(ws.max_column), ws.title
        assert all(c.value for c in ws[1]), ws.title  # every column headed
        assert all(c.font.b for c in ws[1])
    for ws in wb.worksheets[1:6]:
        heads = [c.value for c in ws[1]]
        assert heads[:5] == [labels["source"], labels["host"], labels["verdict"], labels["override_note"],
                             labels["machine_verdict"]], ws.title


def test_widths_in_characters(client_dir):
    wb = openpyxl.load_workbook(export(client_dir, "en"))
    ws = wb["Pertinent"]
    heads = {c.value: c.column_letter for c in ws[1]}
    width = {h: ws.column_dimensions[col].width for h, col in heads.items()}
    assert 20 <= width["Source"] <= 48  # the longest URL, capped
    assert width["Consultant's note"] >= 30 and width["Verdict"] >= 13  # room to edit
    assert all(w and w < 80 for w in width.values())


def test_rows_per_sheet(client_dir):
    wb = openpyxl.load_workbook(export(client_dir, "en"))
    for verdict, sheet in (("pertinent", "Pertinent"), ("automated", "Automated"), ("undecided", "Undecided")):
        rows = table(wb[sheet])
        assert sorted(r["Site"] for r in rows) == sorted(HOSTS[verdict])
        assert {r["Verdict"] for r in rows} == {verdict}
    over = next(r for r in table(wb["Pertinent"]) if r["Site"] == "www.over.test")
    assert (over["Verdict"], over["Machine verdict"]) == ("pertinent", "automated")
    assert over["Consultant's note"] == "'-- auteur connu du client"  # prefilled, and inert
    spam = table(wb["Automated"])[0]
    assert spam["Automation score"] == pytest.approx(0.91) and spam["Evidence"] == "Publishes too often"
    assert spam["Posts per month"] == pytest.approx(123.46)
    assert spam["First post"] == dt.datetime(2023, 1, 5)

    forums = table(wb["Forums"])
    assert [(r["Site"], r["Threads"], r["Messages"], r["Distinct authors"], r["Verdict"]) for r in forums] == [
        ("forum.test", 12, 80, 31, "pertinent")]
    assert "Messages per month" in forums[0]

    candidates = table(wb["Candidates"])
    # discovered and never judged by the consultant, or not crawled (seed or not)
    assert sorted(r["Site"] for r in candidates) == ["www.cand.test", "www.dead.test", "www.spam.test"]
    cand = next(r for r in candidates if r["Site"] == "www.cand.test")
    assert cand["Crawled"] is False and cand["Discovered from"] == "http://forum.test/t/1"

    themes = {r["Theme"]: r for r in table(wb["Themes"])}
    assert set(themes) == {"retraite", "immobilier", "assurance vie"}  # the run's taxonomy, zeros kept
    assert (themes["retraite"]["Posts"], themes["retraite"]["Sources"], themes["retraite"]["Pertinent sources"]) == (3, 2, 1)
    assert themes["retraite"]["Example post"] == "http://www.blog.test/b"  # latest post of a pertinent source
    assert themes["assurance vie"]["Posts"] == 0

    activity = table(wb["Activity"])
    assert [(r["Week (Monday)"].date(), r["Kind"], r["Sources"], r["Posts"], r["Comments"], r["Messages"])
            for r in activity] == [
        (dt.date(2024, 5, 27), "blog", 2, 3, 5, 0), (dt.date(2024, 5, 27), "forum", 1, 0, 0, 9),
        (dt.date(2024, 6, 3), "news", 1, 40, 0, 0)]
    errors = table(wb["Crawl errors"])
    assert sorted(r["Error"] for r in errors) == ["http_500", "parse_error"]
    everything = [v for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row]
    assert "old.test" not in everything and "OLD RUN" not in everything and "ancien thème" not in everything


def test_summary(client_dir):
    path = export(client_dir, "fr")
    wb = openpyxl.load_workbook(path)
    assert wb.custom_doc_props[CUSTOM_RUN_ID].value == RUN
    ws = wb["Synthèse"]
    rows = [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]
    facts = {r[0]: r[1] for r in rows}
    assert facts["Client"] == "Cabinet Exemple" and facts["Secteur"] == "patrimoine"
    assert facts["Collecte"] == RUN and facts["Date de la collecte"] == "2024-07-01 09:30 UTC"
    assert facts["Sources analysées"] == 7 and facts["Verdicts fixés par le consultant"] == 1
    assert facts["Candidats à examiner"] == 3 and facts["Erreurs de collecte"] == 2
    assert facts["Période couverte"] == "du 5 janvier 2023 au 1er juin 2024"
    counts = {r[0]: r[1:5] for r in rows if r[0] in ("Blog", "Forum", "Actualités", "Autre", "Total")}
    assert counts == {"Blog": (3, 0, 2, 5), "Forum": (1, 0, 0, 1), "Actualités": (0, 1, 0, 1),
                      "Autre": (0, 0, 0, 0), "Total": (4, 1, 2, 7)}
    text = " ".join(str(v) for r in rows for v in r if v)
    assert f"ecoaudit curate {path.resolve()}" in text and "Mode d'emploi" in text


def test_verdict_column_has_a_drop_down(client_dir):
    wb = openpyxl.load_workbook(export(client_dir, "en"))
    for ws in wb.worksheets:
        heads = [c.value for c in ws[1]]
        validations = ws.data_validations.dataValidation
        if "Verdict" not in heads or ws.max_row < 2:
            assert not validations, ws.title
            continue
        col = openpyxl.utils.get_column_letter(heads.index("Verdict") + 1)
        assert len(validations) == 1, ws.title
        dv = validations[0]
        assert dv.type == "list" and dv.formula1 == '"pertinent,automated,undecided,out"'
        assert all(f"{col}{r}" in dv.sqref for r in range(2, ws.max_row + 1)), ws.title
        assert f"{col}1" not in dv.sqref and f"{col}{ws.max_row + 1}" not in dv.sqref
        assert dv.showErrorMessage and dv.allow_blank
        note = heads.index("Consultant's note") + 1
        assert ws.cell(2, note).fill.fgColor.rgb.endswith("FFF2CC")  # editable cells stand out


def test_hyperlinks_only_on_web_urls(client_dir):
    wb = openpyxl.load_workbook(export(client_dir, "en"))
    linked = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.hyperlink:
                    linked.setdefault(ws.title, {})[ws.cell(1, c.column).value] = c.hyperlink.target
                    assert c.hyperlink.target.startswith(("http://", "https://")) and c.value == c.hyperlink.target
    assert set(linked) == {"Pertinent", "Automated", "Undecided", "Forums", "Candidates", "Themes", "Crawl errors"}
    assert set(linked["Candidates"]) == {"Source", "Discovered from"}
    assert set(linked["Themes"]) == {"Example post"} and set(linked["Crawl errors"]) == {"URL"}
    cand = next(r for r in wb["Undecided"].iter_rows() if r[1].value == "www.cand.test")
    assert cand[0].value == "javascript:alert(1)" and cand[0].hyperlink is None


def test_hostile_text_is_inert(client_dir):
    path = export(client_dir, "en")
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                xml = z.read(name).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml, name
    wb = openpyxl.load_workbook(path)
    strings = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str):
                    strings.append(c.value)
                    assert not c.value.startswith(FORMULA_STARTS), (ws.title, c.coordinate, c.value)
    for payload in (HYPERLINK, CMD, SUM):
        assert "'" + payload in strings
    assert SCRIPT in strings and IMG in strings  # markup is text in a spreadsheet: kept verbatim


# ---------------------------------------------------------------- CSV

def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


def test_one_csv_per_sheet_same_tables(client_dir):
    path = export(client_dir, "fr")
    sheets = path.parent / "sheets"
    assert sorted(p.name for p in sheets.iterdir()) == sorted(CSV_NAMES.values())
    wb = openpyxl.load_workbook(path)
    for key, name in CSV_NAMES.items():
        raw = (sheets / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name  # BOM: Excel reads the accents right
        header, rows = read_csv(sheets / name)
        if key == "summary":
            assert header == ["kind", "pertinent", "automated", "undecided", "total"]
            assert rows[-1] == {"kind": "total", "pertinent": "4", "automated": "1", "undecided": "2", "total": "7"}
            continue
        ws = wb[WORKBOOK_STRINGS["fr"]["sheets"][key]]
        assert len(rows) == ws.max_row - 1, name
        assert len(header) == ws.max_column, name
        cells = [v for r in rows for v in r.values() if v]
        assert not [v for v in cells if v.startswith(FORMULA_STARTS)], name
    header, rows = read_csv(sheets / "pertinent.csv")
    assert header[:5] == ["source", "host", "verdict", "override_note", "machine_verdict"]
    piege = next(r for r in rows if r["host"] == "www.blog-piege.test")
    assert piege["site_name"] == "'" + HYPERLINK and piege["evidence"] == "'" + CMD


def test_sources_csv_keeps_the_contract(client_dir):
    export(client_dir, "fr")
    raw = (client_dir / "runs" / RUN / "sources.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8").splitlines()[0].split(",")
    assert tuple(header[: len(CONTRACT_COLUMNS)]) == CONTRACT_COLUMNS


def test_empty_run(client_dir):
    path = export(client_dir, "fr", run_id="nothing")
    wb = openpyxl.load_workbook(path)
    assert len(wb.sheetnames) == 12
    assert wb["Pertinents"].cell(1, 1).value == "Source" and wb["Pertinents"].max_row == 1
    assert not wb["Pertinents"].data_validations.dataValidation
    assert [r["Thème"] for r in table(wb["Thèmes"])] == []


# ---------------------------------------------------------------- the ecosystem map

def add_ecosystem(path: Path) -> None:
    """The run's entities, link graph and prospects (marts written by sql/marts), then ecosystem_nodes."""
    from ecoaudit import ecosystem
    from tests.test_ecosystem import ENTITIES_DDL, LINK_GRAPH_DDL

    with duckdb.connect(str(path)) as con:
        con.execute(ENTITIES_DDL)
        con.execute(LINK_GRAPH_DDL)
        con.execute("""create table prospects (run_id varchar, rank bigint, entity varchar, url varchar,
            host varchar, pertinent_inlinks bigint, inlinks bigint, linking_sources varchar,
            example_pages varchar, first_seen_run varchar)""")
        entities = [  # entity, host, status, verdict, kind, crawled, inlinks
            ("blog.test", "www.blog.test", "IN", "pertinent", "blog", True, 2),
            ("forum.test", "forum.test", "IN", "pertinent", "forum", True, 1),
            ("spam.test", "www.spam.test", "IN", "automated", "news", True, 0),
            ("shop.test", "shop.test", "DISCOVERED", None, None, False, 2),
        ]
        con.executemany("insert into entities values (?, ?, ?, ?, ?, 'machine', ?, ?, ?, ?, 0, ?, null)",
                        [(RUN, e, h, f"http://{h}/", st, v, k, c, n, RUN) for e, h, st, v, k, c, n in entities])
        con.executemany("insert into link_graph values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (RUN, "blog.test", "www.blog.test", "forum.test", "forum.test", "content", 3, 4,
             "http://www.blog.test/a", "http://forum.test/t/1", True),
            (RUN, "forum.test", "forum.test", "blog.test", "www.blog.test", "forum_post", 1, 1,
             HYPERLINK, "javascript:alert(1)", True),
            (RUN, "blog.test", "www.blog.test", "shop.test", "shop.test", "blogroll", 1, 1,
             "http://www.blog.test/", "https://shop.test/", False),
            (RUN, "forum.test", "forum.test", "shop.test", "shop.test", "forum_post", 2, 2,
             "http://forum.test/t/2", "https://shop.test/x", False),
        ])
        con.execute("insert into prospects values (?, 1, 'shop.test', 'https://shop.test/', 'shop.test', 2, 2, "
                    "'forum.test; blog.test', ?, ?)", [RUN, "http://forum.test/t/2; " + CMD, RUN])
        ecosystem.compute(con, RUN)


def test_sources_csv_gains_inlinks_and_influence(client_dir):
    export(client_dir, "fr")  # a run from before the map: the columns are there, empty
    header, rows = read_csv(client_dir / "runs" / RUN / "sources.csv")
    assert header[-2:] == ["inlinks", "influence"] and {r["inlinks"] + r["influence"] for r in rows} == {""}
    add_ecosystem(client_dir / "warehouse.duckdb")
    export(client_dir, "fr")
    header, rows = read_csv(client_dir / "runs" / RUN / "sources.csv")
    by_host = {r["host"]: r for r in rows}
    assert len(rows) == 7 and tuple(header[: len(CONTRACT_COLUMNS)]) == CONTRACT_COLUMNS
    assert by_host["www.blog.test"]["inlinks"] == "2" and by_host["forum.test"]["inlinks"] == "1"
    assert 0 < float(by_host["www.blog.test"]["influence"]) <= 100
    assert float(by_host["www.spam.test"]["influence"]) < float(by_host["forum.test"]["influence"])
    assert by_host["www.cand.test"]["inlinks"] == by_host["www.cand.test"]["influence"] == ""  # no entity


def test_links_and_prospects_sheets(client_dir):
    path = export(client_dir, "en")  # a run from before the map: empty sheets, headed
    wb = openpyxl.load_workbook(path)
    assert wb["Links"].max_row == 1 and wb["Links"].cell(1, 1).value == "Linking site"
    assert wb["Prospects"].max_row == 1 and wb["Prospects"].cell(1, 2).value == "Web entity"
    add_ecosystem(client_dir / "warehouse.duckdb")
    path = export(client_dir, "en")
    wb = openpyxl.load_workbook(path)
    links = table(wb["Links"])
    assert [(r["Linking site"], r["Linked site"], r["Kind of link"], r["Linking pages"]) for r in links] == [
        ("blog.test", "forum.test", "content", 3), ("forum.test", "shop.test", "forum_post", 2),
        ("blog.test", "shop.test", "blogroll", 1), ("forum.test", "blog.test", "forum_post", 1)]
    first = links[0]
    assert (first["Links"], first["Linking site's verdict"], first["Linked site's verdict"]) == (
        4, "pertinent", "pertinent")
    assert links[1]["Linked site's verdict"] is None
    hostile = links[3]
    assert hostile["Example linking page"] == "'" + HYPERLINK and hostile["Example link"] == "javascript:alert(1)"
    ws = wb["Links"]
    targets = {c.hyperlink.target for row in ws.iter_rows() for c in row if c.hyperlink}
    assert targets == {"http://www.blog.test/a", "http://forum.test/t/1", "http://www.blog.test/",
                       "https://shop.test/", "http://forum.test/t/2", "https://shop.test/x"}
    prospects = table(wb["Prospects"])
    assert len(prospects) == 1
    shop = prospects[0]
    assert (shop["Rank"], shop["Web entity"], shop["Pertinent sources citing it"], shop["Cited by"]) == (
        1, "shop.test", 2, "forum.test; blog.test")
    assert wb["Prospects"].cell(2, 3).hyperlink.target == "https://shop.test/"
    fr = openpyxl.load_workbook(export(client_dir, "fr"))
    assert [c.value for c in fr["Liens"][1]][:4] == ["Site qui lie", "Site lié", "Type de lien",
                                                     "Pages qui lient"]
    header, rows = read_csv(client_dir / "runs" / RUN / "sheets" / "links.csv")
    assert header == ["from_entity", "to_entity", "link_kind", "pages", "links", "example_from_url",
                      "example_to_url", "from_verdict", "to_verdict"]
    assert rows[3]["example_from_url"] == "'" + HYPERLINK
    header, rows = read_csv(client_dir / "runs" / RUN / "sheets" / "prospects.csv")
    assert header[:3] == ["rank", "entity", "url"] and rows[0]["example_pages"].endswith(CMD)
    assert not rows[0]["example_pages"].startswith(FORMULA_STARTS)


# ---------------------------------------------------------------- LibreOffice

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_every_sheet(client_dir, tmp_path):
    """LibreOffice headless opens the workbook and exports every sheet (CSV filter, sheet -1: all)."""
    path = export(client_dir, "en")
    out = tmp_path / "lo"
    out.mkdir()
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
         "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180)
    files = {p.name: p for p in out.glob("*.csv")}
    assert len(files) == 12, sorted(files)
    automated = next(p for n, p in files.items() if "Automated" in n)
    text = automated.read_text(encoding="utf-8")
    assert "www.spam.test" in text and "Publishes too often" in text
    errors = next(p for n, p in files.items() if "Crawl" in n).read_text(encoding="utf-8")
    assert "'" + HYPERLINK.replace('"', '""') in errors  # still text, not a formula result
