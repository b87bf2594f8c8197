"""Deliverables v1: sources.csv, sources.xlsx and report.html from small hand-made marts."""
from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile

import duckdb
import openpyxl
import pytest

from ecoaudit.sqlrun import run_models
from reports.data import CONTRACT_COLUMNS
from reports.export import write_sources_csv, write_sources_xlsx
from reports.html import write_report
from reports.safety import neutralise

RUN = "r1"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
FORMULAS = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]

SOURCES_DDL = """
CREATE TABLE sources (
    run_id VARCHAR, source VARCHAR, host VARCHAR, kind VARCHAR, platform VARCHAR, status VARCHAR,
    crawled BOOLEAN, site_name VARCHAR, pages BIGINT, posts BIGINT, comments BIGINT,
    forum_threads BIGINT, forum_posts BIGINT, distinct_commenters BIGINT, distinct_authors BIGINT,
    posts_per_month DOUBLE, first_post DATE, last_post DATE, errors BIGINT, machine_score DOUBLE,
    machine_verdict VARCHAR, score DOUBLE, verdict VARCHAR, override_verdict VARCHAR,
    override_note VARCHAR, reasons VARCHAR, evidence_fr VARCHAR, evidence_en VARCHAR)
"""
REASONS_DDL = """
CREATE TABLE source_reasons (
    run_id VARCHAR, host VARCHAR, rule_id VARCHAR, signal VARCHAR, value DOUBLE, threshold DOUBLE,
    weight DOUBLE, direction VARCHAR, label_fr VARCHAR, label_en VARCHAR, example_url VARCHAR,
    example_other_url VARCHAR)
"""
ERRORS_DDL = """
CREATE TABLE crawl_errors (run_id VARCHAR, url VARCHAR, error VARCHAR, host VARCHAR,
                           status_code BIGINT, message VARCHAR)
"""
RUNS_DDL = """
CREATE TABLE runs (run_id VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, client VARCHAR,
                   config_json VARCHAR, status VARCHAR, versions_json VARCHAR)
"""


def _source(**kw):
    row = dict(
        run_id=RUN, source=None, host=None, kind="blog", platform="wordpress", status="seed",
        crawled=True, site_name=None, pages=10, posts=8, comments=20, forum_threads=0, forum_posts=0,
        distinct_commenters=7, distinct_authors=1, posts_per_month=1.5, first_post=dt.date(2023, 1, 5),
        last_post=dt.date(2024, 6, 1), errors=0, machine_score=0.1, machine_verdict="pertinent",
        score=0.1, verdict="pertinent", override_verdict=None, override_note=None, reasons="",
        evidence_fr="Des commentaires variés", evidence_en="Varied comments",
    )
    row.update(kw)
    return row


SOURCES = [
    _source(source="http://blog.test/", host="blog.test", site_name=SCRIPT, score=0.123456,
            machine_score=0.123456, reasons="comment_diversity=0.8", override_note=IMG),
    _source(source="https://spam.test/", host="spam.test", kind="news", platform="other",
            status="discovered", site_name=FORMULAS[0], posts=400, comments=0, posts_per_month=123.456,
            machine_score=0.912345, score=0.912345, machine_verdict="automated", verdict="automated",
            reasons="posts_per_month=123.46;no_comments=1", evidence_fr=FORMULAS[1],
            evidence_en=FORMULAS[1], distinct_commenters=0),
    _source(source="javascript:alert(1)", host="forum.test", kind="forum", platform="phpbb",
            site_name=FORMULAS[2], posts=0, comments=0, forum_threads=12, forum_posts=80,
            machine_score=0.5, score=0.5, machine_verdict="undecided", verdict="undecided",
            override_note=FORMULAS[3], reasons=FORMULAS[4], first_post=None, last_post=None),
    _source(source="http://over.test/", host="over.test", site_name=FORMULAS[5], machine_score=0.8,
            score=0.8, machine_verdict="automated", verdict="pertinent", override_verdict="pertinent",
            override_note="Known human author"),
    # Another run's row must never leak into this run's deliverables.
    _source(run_id="r0", source="http://old.test/", host="old.test", site_name="OLD RUN"),
]
REASONS = [
    ("spam.test", "posts_per_month", "posts_per_month", 123.46, 60.0, 0.4, "automated",
     IMG, "Publishes far too often", "javascript:alert(1)", "http://spam.test/p/2"),
    ("spam.test", "no_comments", "comments", 0.0, 1.0, 0.2, "automated",
     "Aucun commentaire", "No comments", "http://spam.test/p/1", None),
    ("blog.test", "comment_diversity", "distinct_commenters", 0.8, 0.5, 0.3, "pertinent",
     "Commentateurs variés", "Varied commenters", "http://blog.test/a", None),
]
ERRORS = [
    ("http://gone.test/x", "http_404", "gone.test", 404, SCRIPT),
    (FORMULAS[0], "parse_error", "gone.test", None, FORMULAS[3]),
]


@pytest.fixture
def con():
    con = duckdb.connect()
    for ddl in (SOURCES_DDL, REASONS_DDL, ERRORS_DDL, RUNS_DDL):
        con.execute(ddl)
    cols = list(SOURCES[0])
    con.executemany(
        f"INSERT INTO sources ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [[row[c] for c in cols] for row in SOURCES],
    )
    con.executemany(
        "INSERT INTO source_reasons VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(RUN, *r) for r in REASONS],
    )
    con.executemany("INSERT INTO crawl_errors VALUES (?, ?, ?, ?, ?, ?)", [(RUN, *e) for e in ERRORS])
    con.execute(
        "INSERT INTO runs VALUES (?, TIMESTAMP '2024-07-01 09:30:00', NULL, ?, ?, 'loaded', '{}')",
        [RUN, "Cabinet <b>Exemple</b>",
         '{"client": {"name": "x", "sector": "patrimoine"}, "sources": {"seeds": ["http://blog.test/"]},'
         ' "crawl": {"max_pages_per_source": 300, "obey_robots": true}}'],
    )
    yield con
    con.close()


def _run_rows():
    return [r for r in SOURCES if r["run_id"] == RUN]


# ---------------------------------------------------------------- safety

@pytest.mark.parametrize("value", FORMULAS)
def test_neutralise_prefixes_formula_starts(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["http://a.test/", "plain", "", None, 3, " =1"])
def test_neutralise_leaves_other_values(value):
    assert neutralise(value) == value


# ---------------------------------------------------------------- CSV

def _read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_has_contract_columns_first(con, tmp_path):
    path = write_sources_csv(con, RUN, tmp_path / "sources.csv")
    with open(path, encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    assert tuple(header[: len(CONTRACT_COLUMNS)]) == CONTRACT_COLUMNS
    for extra in ("machine_verdict", "override_note", "platform", "distinct_commenters",
                  "forum_threads", "evidence"):
        assert extra in header


def test_csv_round_trips(con, tmp_path):
    rows = _read_csv(write_sources_csv(con, RUN, tmp_path / "sources.csv"))
    by_host = {r["host"]: r for r in rows}
    assert set(by_host) == {r["host"] for r in _run_rows()}
    spam = by_host["spam.test"]
    assert spam["source"] == "https://spam.test/"
    assert spam["verdict"] == "automated" and spam["kind"] == "news" and spam["status"] == "discovered"
    assert float(spam["score"]) == 0.912
    assert float(spam["posts_per_month"]) == 123.46
    assert int(spam["posts"]) == 400 and int(spam["comments"]) == 0
    assert spam["reasons"] == "posts_per_month=123.46;no_comments=1"
    blog = by_host["blog.test"]
    assert blog["first_post"] == "2023-01-05" and blog["last_post"] == "2024-06-01"
    assert blog["site_name"] == SCRIPT  # CSV is data, not markup: kept verbatim
    assert by_host["forum.test"]["first_post"] == ""
    over = by_host["over.test"]
    assert over["verdict"] == "pertinent" and over["machine_verdict"] == "automated"


def test_csv_evidence_follows_language(con, tmp_path):
    fr = {r["host"]: r for r in _read_csv(write_sources_csv(con, RUN, tmp_path / "fr.csv"))}
    en = {r["host"]: r for r in _read_csv(write_sources_csv(con, RUN, tmp_path / "en.csv", language="en"))}
    assert fr["blog.test"]["evidence"] == "Des commentaires variés"
    assert en["blog.test"]["evidence"] == "Varied comments"


def test_csv_neutralises_formulas(con, tmp_path):
    rows = _read_csv(write_sources_csv(con, RUN, tmp_path / "sources.csv"))
    cells = [v for r in rows for v in r.values() if v]
    assert not [v for v in cells if v[0] in "=+-@\t\r"]
    by_host = {r["host"]: r for r in rows}
    assert by_host["spam.test"]["site_name"] == "'=1+1"
    assert by_host["spam.test"]["evidence"] == "'" + FORMULAS[1]
    assert by_host["forum.test"]["override_note"] == "'@SUM(A1)"
    assert by_host["forum.test"]["reasons"] == "'\t=1"


# ---------------------------------------------------------------- XLSX

def _sheet_xml(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/sheet")}


@pytest.mark.parametrize("language, names", [
    ("fr", ["Synthèse", "Pertinents", "Automatisés", "Indécis", "Forums", "Candidats", "Thèmes",
            "Activité", "Erreurs de collecte", "Changements", "Prospects", "Liens"]),
    ("en", ["Summary", "Pertinent", "Automated", "Undecided", "Forums", "Candidates", "Themes",
            "Activity", "Crawl errors", "Changes", "Prospects", "Links"]),
])
def test_xlsx_sheets_frozen_filtered(con, tmp_path, language, names):
    """A mart without activity, themes or taxonomy tables still gives every sheet (more in test_export.py)."""
    path = write_sources_xlsx(con, RUN, tmp_path / "sources.xlsx", language)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == names
    for ws in wb.worksheets[1:]:
        assert ws.freeze_panes == "A2"
        filters = [t.autoFilter for t in ws.tables.values() if t.autoFilter is not None]
        assert ws.auto_filter.ref or filters, f"no autofilter on {ws.title}"


def _header_index(ws):
    return {c.value: c.column for c in ws[1]}


def test_xlsx_rows_per_verdict_and_links(con, tmp_path):
    wb = openpyxl.load_workbook(write_sources_xlsx(con, RUN, tmp_path / "s.xlsx", "en"))
    pertinent, automated, undecided = wb["Pertinent"], wb["Automated"], wb["Undecided"]
    cols = _header_index(pertinent)
    assert [c.value for c in pertinent[1][:5]] == ["Source", "Site", "Verdict", "Consultant's note", "Machine verdict"]

    def hosts(ws):
        return [ws.cell(r, cols["Site"]).value for r in range(2, ws.max_row + 1)
                if ws.cell(r, cols["Site"]).value]

    assert sorted(hosts(pertinent)) == ["blog.test", "over.test"]
    assert hosts(automated) == ["spam.test"]
    assert hosts(undecided) == ["forum.test"]
    assert "old.test" not in hosts(pertinent)

    spam = automated.cell(2, cols["Source"])
    assert spam.hyperlink is not None and spam.hyperlink.target == "https://spam.test/"
    assert automated.cell(2, cols["Automation score"]).value == pytest.approx(0.912)
    # Non-web "URLs" stay text, and only source and error URL columns carry links here.
    assert undecided.cell(2, cols["Source"]).hyperlink is None
    linked_columns = {ws.cell(1, c.column).value for ws in wb.worksheets for row in ws.iter_rows()
                      for c in row if c.hyperlink}
    assert linked_columns == {"Source", "URL"}


def test_xlsx_has_no_formulas(con, tmp_path):
    path = write_sources_xlsx(con, RUN, tmp_path / "s.xlsx", "fr")
    for name, xml in _sheet_xml(path).items():
        assert "<f>" not in xml and "<f " not in xml, name
    wb = openpyxl.load_workbook(path)
    values = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str):
                    values.append(c.value)
    assert not [v for v in values if v[0] in "=+-@\t\r"]
    assert "'=1+1" in values and "'" + FORMULAS[1] in values and "'@SUM(A1)" in values


def test_xlsx_empty_run(con, tmp_path):
    wb = openpyxl.load_workbook(write_sources_xlsx(con, "nothing", tmp_path / "e.xlsx", "fr"))
    assert len(wb.sheetnames) == 12
    assert wb["Pertinents"].cell(1, 1).value == "Source"


# ---------------------------------------------------------------- HTML

@pytest.fixture
def html_fr(con, tmp_path):
    return write_report(con, RUN, tmp_path / "report.html").read_text(encoding="utf-8")


@pytest.fixture
def html_en(con, tmp_path):
    ctx = {"client": "ACME", "sector": "wealth", "run_id": RUN, "started_at": dt.datetime(2024, 7, 1),
           "seeds": 3, "config": {"max_pages_per_source": 300, "themes": ["a", "b"]}}
    return write_report(con, RUN, tmp_path / "report-en.html", language="en", context=ctx).read_text("utf-8")


def test_html_escapes_hostile_text(html_fr, html_en):
    for html in (html_fr, html_en):
        assert not re.search(r"<\s*script", html, re.I)
        assert "<img" not in html.lower()
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
        assert "<b>Exemple</b>" not in html
    assert "Cabinet &lt;b&gt;Exemple&lt;/b&gt;" in html_fr


def test_html_is_self_contained(html_fr, html_en):
    for html in (html_fr, html_en):
        assert """content="default-src 'none'; style-src 'unsafe-inline'; img-src data:\"""" in html
        assert not re.search(r"""\bsrc\s*=\s*["']?\s*(https?:)?//""", html, re.I)
        assert not re.search(r"<link\b", html, re.I)
        assert not re.search(r"@import|url\(", html, re.I)
        assert "@media print" in html


def test_html_links_only_web_urls(html_fr):
    hrefs = re.findall(r'href="([^"]*)"', html_fr)
    assert "https://spam.test/" in hrefs and "http://spam.test/p/2" in hrefs
    assert all(h.startswith(("http://", "https://", "#")) for h in hrefs), hrefs
    assert "javascript:alert(1)" in html_fr  # shown, as text


def test_html_contents(html_fr, html_en):
    assert "Synthèse" in html_fr and "Summary" in html_en
    assert "Sources pertinentes" in html_fr and "Pertinent sources" in html_en
    assert "Erreurs de collecte" in html_fr and "Crawl errors" in html_en
    assert html_fr.count("<h2") == html_en.count("<h2")
    fr_h2 = re.findall(r"<h2>(.*?)</h2>", html_fr)
    en_h2 = re.findall(r"<h2>(.*?)</h2>", html_en)
    assert fr_h2 != en_h2 and set(fr_h2).isdisjoint(en_h2)
    assert 'lang="fr"' in html_fr and 'lang="en"' in html_en
    # Context from the runs table (fr) or from the caller (en).
    assert "patrimoine" in html_fr and "1er juillet 2024" in html_fr and "1 source de départ" in html_fr
    assert "ACME" in html_en and "wealth" in html_en and "July 1, 2024" in html_en
    # Reasons in the report language, scores readable, overrides explained.
    assert "Publishes far too often" in html_en and "Aucun commentaire" in html_fr
    assert "0,91" in html_fr and "0.91" in html_en
    assert "Known human author" in html_en and "machine verdict: automated" in html_en
    # Summary sentence and method.
    assert "4 sources analysed" in html_en
    assert "max_pages_per_source" in html_en and "posts_per_month" in html_en
    assert "OLD RUN" not in html_fr
    assert "12\u00a0threads" in html_en and "12\u00a0fils de discussion" in html_fr


def test_html_empty_run(con, tmp_path):
    html = write_report(con, "nothing", tmp_path / "e.html", language="en").read_text("utf-8")
    assert "No source was collected" in html
    assert not re.search(r"<\s*script", html, re.I)


def test_html_rejects_unknown_language(con, tmp_path):
    with pytest.raises(ValueError):
        write_report(con, RUN, tmp_path / "x.html", language="de")


def test_method_lists_every_seeded_rule_and_band(con, tmp_path):
    con.execute("""CREATE TABLE seed_rules AS SELECT * FROM (VALUES
        ('posts_per_month', 'blog', 'posts_per_month', '>=', 60.0, 0.4, 'automated',
         'Cadence très élevée : {value} articles par mois', 'Very high cadence: {value} posts a month'),
        ('copied_posts', 'all', 'share_posts_copied_earlier', '>=', 0.3, 0.8, 'automated',
         '{value}% des articles sont copiés (ex. {example_url} reprend {example_other_url})',
         '{value}% of posts are copies (e.g. {example_url} copies {example_other_url})'))
        AS t(rule_id, kind_scope, signal, op, threshold, weight, direction, label_fr, label_en)""")
    con.execute("""CREATE TABLE seed_verdict_bands AS SELECT * FROM (VALUES
        ('automated', 1, 0.6, 1.0), ('pertinent', 2, 0.0, 0.3), ('undecided', 3, 0.0, 1.0))
        AS t(verdict, priority, min_score, max_score)""")
    con.execute("""INSERT INTO source_reasons VALUES ('r1', 'over.test', 'posts_per_month', 'posts_per_month',
        90.0, 60.0, 0.4, 'automated', 'x', 'Publishes 90 posts a month', NULL, NULL)""")
    html = write_report(con, RUN, tmp_path / "r.html", language="en").read_text("utf-8")
    assert "Most frequent automation signal: “Very high cadence: N posts a month” (2 sources)." in html
    method = html[html.index('id="method"'):]
    assert "N% of posts are copies" in method and "{example_url}" not in method
    assert "Very high cadence: N posts a month" in method
    assert "&gt;= 0.3" in method and "all" in method
    assert "From score to verdict" in method and "0.6" in method


def test_evidence_explains_sources_without_rules(con, tmp_path):
    con.execute("UPDATE sources SET evidence_en = 'Source found but not crawled' WHERE host = 'forum.test'")
    html = write_report(con, RUN, tmp_path / "r.html", language="en").read_text("utf-8")
    section = html[html.index('id="undecided"'):html.index('id="errors"')]
    assert "<li>Source found but not crawled</li>" in section


# ---------------------------------------------------------------- the full report (issue 5)

EVIL_HOST = "evil<script>alert(2)</script>.test"
EVIL_THEME = "<b>impôts</b>"
EVIL_BRAND = '=Rival" onmouseover="alert(3)'
EVIL_TITLE = '<script>alert(4)</script> Assurance-vie : "><img src=x onerror=alert(5)>'


@pytest.fixture
def rich(con):
    """The hand-made marts plus the intermediate tables of the same run: posts with hostile titles,
    comments, a forum, theme matches, brand mentions, and weekly activity with one spike."""
    con.execute("INSERT INTO sources BY NAME SELECT * FROM (SELECT 'r1' AS run_id, 'http://evil.test/' AS source, "
                "? AS host, 'blog' AS kind, 'wordpress' AS platform, 'discovered' AS status, true AS crawled, "
                "? AS site_name, 30 AS posts, 90 AS comments, 0 AS forum_threads, 0 AS forum_posts, "
                "40 AS distinct_commenters, 1 AS distinct_authors, 3.0 AS posts_per_month, "
                "DATE '2024-01-01' AS first_post, DATE '2024-06-20' AS last_post, 0.05 AS score, "
                "'pertinent' AS verdict, 'pertinent' AS machine_verdict, 0.05 AS machine_score)",
                [EVIL_HOST, SCRIPT])
    con.execute("CREATE TABLE int_sources AS SELECT host, kind FROM sources WHERE run_id = 'r1'")
    con.execute("CREATE TABLE int_source_kinds AS SELECT host, kind FROM sources WHERE run_id = 'r1'")
    # 24 weeks of posts on blog.test (2 a week) and the evil blog (1 a week), 20 more in week 20 (a spike);
    # spam.test posts 50 a week (automated: its own series, outside the spike rule).
    con.execute("""
        CREATE TABLE int_posts AS
        SELECT 'http://' || host || '/p/' || i AS url, host,
               CASE WHEN i % 3 = 0 THEN ? ELSE 'Placements et assurance-vie, semaine ' || w END AS title,
               'Le contrat assurance-vie et la fiscalité du placement immobilier expliquée aux épargnants' AS text,
               DATE '2024-01-01' + INTERVAL (w * 7) DAY AS published_date
        FROM (SELECT h.host, r.i, r.i // h.per AS w
              FROM (VALUES ('blog.test', 2), (?, 1), ('spam.test', 50)) AS h(host, per),
                   range(0, 24 * 50) AS r(i)
              WHERE r.i < 24 * h.per)
        UNION ALL
        SELECT 'http://blog.test/spike/' || i, 'blog.test', 'Spike ' || i, 'assurance-vie encore', DATE '2024-05-20'
        FROM range(20) AS r(i)
    """, [EVIL_TITLE, EVIL_HOST])
    con.execute("""
        CREATE TABLE int_comments AS
        SELECT url AS page_url, host, 0 AS position, 'reader ' || (hash(url) % 7) AS author_key, published_date,
               'Merci pour ce billet sur ' || ? AS text
        FROM int_posts WHERE host <> 'spam.test'
    """, [EVIL_BRAND])
    con.execute("""
        CREATE TABLE int_forum_posts AS
        SELECT 'http://forum.test/t/' || (i // 4) AS thread_url, 'http://forum.test/t/' || (i // 4) AS page_url,
               'forum.test' AS host, i % 4 AS position, 'member ' || (i % 5) AS author_key,
               DATE '2024-03-01' + INTERVAL (i) DAY AS published_date, 'Question sur la retraite' AS text,
               i % 4 = 0 AS is_opener, ? AS thread_title
        FROM range(40) AS r(i)
    """, [EVIL_TITLE])
    con.execute("CREATE TABLE int_post_themes AS SELECT url, host, published_date, ? AS theme FROM int_posts "
                "WHERE title LIKE '%ssurance%'", [EVIL_THEME])
    con.execute("CREATE TABLE run_themes AS SELECT * FROM (VALUES ('r1', ?, 'impots'), ('r1', 'retraite', 'retraite')) "
                "AS t(run_id, theme, keyword)", [EVIL_THEME])
    con.execute("CREATE TABLE run_brands AS SELECT * FROM (VALUES ('r1', 'client', 'Cabinet Exemple'), "
                "('r1', 'competitors', ?)) AS t(run_id, role, brand)", [EVIL_BRAND])
    con.execute("""
        CREATE TABLE int_brand_mentions AS
        SELECT 'comment' AS item_kind, host, page_url AS url, published_date, 'competitors' AS role, ? AS brand
        FROM int_comments
        UNION ALL
        SELECT 'post', host, url, published_date, 'client', 'Cabinet Exemple' FROM int_posts
        WHERE host = 'blog.test' AND url LIKE '%/p/1%'
    """, [EVIL_BRAND])
    con.execute("UPDATE runs SET started_at = TIMESTAMP '2024-06-24 09:00:00'")
    # the real marts, from the tables above
    run_models(con, "r1", select=["activity", "post_themes", "brand_mentions", "conversation_items", "terms"])
    return con


@pytest.fixture
def rich_html(rich, tmp_path):
    return {lang: write_report(rich, RUN, tmp_path / f"r-{lang}.html", language=lang).read_text("utf-8")
            for lang in ("fr", "en")}


def _section(html, start, end=None):
    return html[html.index(f'id="{start}"'):html.index(f'id="{end}"') if end else None]


def test_the_report_reads_only_the_runs_marts(rich, tmp_path):
    """Re-rendered after the working tables changed (another run transformed since, or dropped), a
    run's report is the same: every section comes from marts kept per run_id."""
    before = write_report(rich, RUN, tmp_path / "a.html", language="en").read_text("utf-8")
    for (table,) in rich.execute("select table_name from information_schema.tables "
                                 "where table_name like 'int\\_%' escape '\\'").fetchall():
        rich.execute(f"drop table {table}")
    after = write_report(rich, RUN, tmp_path / "b.html", language="en").read_text("utf-8")
    # Charts aside (Vega may draw equal bars in another order), the report is the same.
    assert re.sub(r"<svg.*?</svg>", "", after, flags=re.S) == re.sub(r"<svg.*?</svg>", "", before, flags=re.S)
    assert 'id="said"' in after and "assurance" in _section(after, "said")


def _text(html):
    from html import unescape

    return unescape(html)


def _active_markup(html):
    """Elements and attributes that could run or fetch something, as a browser parses the page."""
    import lxml.html

    root = lxml.html.fromstring(html)
    bad = [el.tag for el in root.iter() if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1].lower()
           in ("script", "img", "iframe", "object", "embed", "link", "foreignobject", "image", "b")]
    bad += [f"{el.tag}@{name}" for el in root.iter() if isinstance(el.tag, str)
            for name in el.attrib if name.lower().startswith("on") or name.lower() in ("src", "srcdoc")]
    return bad


def test_report_sections_in_both_languages(rich_html):
    fr, en = _text(rich_html["fr"]), _text(rich_html["en"])
    for html, words in ((fr, ("L'écosystème", "Ce qui se dit", "L'activité dans le temps", "Indicateurs de référence",
                              "Méthode et données", "Constats")),
                        (en, ("The ecosystem", "What is said", "Activity over time", "Baseline indicators",
                              "Method and data", "Findings"))):
        for w in words:
            assert w in html, w
        # Charts: static inline SVG, no script, no reference leaving the element.
    for raw in rich_html.values():
        svgs = re.findall(r"<svg\b.*?</svg>", raw, re.S)
        assert len(svgs) >= 6
        for svg in svgs:
            assert not re.search(r"<script|foreignObject|href=|url\(", svg, re.I)
        assert _active_markup(raw) == []  # no event handler attribute anywhere, charts included
    # Findings come from the data: the liveliest source, the top theme, the share of voice, the spike.
    summary = _section(en, "summary", "ecosystem")
    assert "The liveliest conversation is on" in summary
    assert "Most present theme" in summary and "The client is named in" in summary
    assert "Activity peaked in the week of May 20, 2024" in summary
    assert "Pic d'activité la semaine du 20 mai 2024" in fr
    activity = _section(en, "activity", "pertinent")
    assert "Spike rule: a week is flagged when" in activity and "May 20, 2024" in activity
    indicators = _section(en, "indicators", "method")
    for label in ("Pertinent sources", "Comments per week on pertinent sources", "Active conversations",
                  "Client's share of voice", "Share of posts from automated sources"):
        assert label in indicators
    method = _section(en, "method")
    assert "Pages read" not in method or "Sources" in method
    assert "at most 50 pertinent, 40 automated and 30 undecided sources" in method


def test_report_escapes_hostile_text_in_every_section(rich_html):
    for html in rich_html.values():
        assert not re.search(r"<\s*script", html, re.I)
        assert "<img" not in html.lower() and "<b>" not in html
        assert _active_markup(html) == []
        # titles in rankings and examples, themes, brands, chart labels
        assert "evil&lt;script&gt;alert(2)&lt;/script&gt;.test" in _section(html, "ecosystem", "said")
        said = _section(html, "said", "activity")
        assert "&lt;script&gt;alert(4)&lt;/script&gt;" in said
        assert "&lt;b&gt;impôts&lt;/b&gt;" in said
        assert "=Rival&#34; onmouseover=&#34;alert(3)" in said or "=Rival&quot; onmouseover=&quot;alert(3)" in said
        charts = re.findall(r"<svg\b.*?</svg>", html, re.S)
        assert any("evil&lt;script&gt;alert(2)&lt;/script&gt;.test" in c for c in charts)   # engagement chart
        assert any("&lt;b&gt;impôts&lt;/b&gt;" in c for c in charts)                          # themes chart
        assert any("=Rival" in c for c in charts)                                             # share of voice


def test_report_of_a_warehouse_without_the_said_marts_says_so(rich, tmp_path):
    rich.execute("DROP TABLE conversation_items")  # a warehouse transformed before these marts existed
    html = _text(write_report(rich, RUN, tmp_path / "r.html", language="en").read_text("utf-8"))
    assert "re-run this run's transform" in html
    assert "Active conversations" not in html  # read from the marts: left out


def test_report_is_bounded(rich, tmp_path, monkeypatch):
    from reports import sections

    monkeypatch.setitem(sections.MAX_SOURCE_ROWS, "pertinent", 1)
    html = write_report(rich, RUN, tmp_path / "r.html", language="en").read_text("utf-8")
    section = _section(html, "pertinent", "automated")
    assert "The first 1 of 3 are shown here" in section


def test_chart_svg_is_cut_to_an_allow_list():
    from reports.charts import clean_svg

    svg = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="5">'
           '<script>alert(1)</script><foreignObject><div>x</div></foreignObject>'
           '<a xlink:href="javascript:alert(1)"><text>link</text></a>'
           '<g onload="alert(1)" clip-path="url(#c)"><text x="1" style="background:url(http://x.test/)">a &lt;b&gt;</text>'
           '<image xlink:href="http://x.test/i.png"/></g></svg>')
    out = clean_svg(svg)
    assert "script" not in out and "foreignObject" not in out and "onload" not in out
    assert "href" not in out and "url(" not in out and "<image" not in out and "<a" not in out
    assert "a &lt;b&gt;" in out and 'viewBox="0 0 10 5"' in out


def test_pdf_has_the_charts(rich, tmp_path):
    import shutil
    import subprocess

    from reports.pdf import write_pdf

    html = write_report(rich, RUN, tmp_path / "report.html", language="en")
    pdf = write_pdf(html)
    assert pdf == tmp_path / "report.pdf" and pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 20_000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Baseline indicators" in text
        for axis in ("Number of sources", "Exchanges (comments and replies)", "Publications per week"):
            assert axis in text, axis  # chart text drawn by WeasyPrint from the inline SVG
        assert "<script>" in text  # hostile titles printed as text


def test_pdf_failure_keeps_the_html(rich, tmp_path, monkeypatch, capsys):
    from ecoaudit import stages
    from reports import pdf as pdf_module

    def broken(*a, **kw):
        raise pdf_module.PdfError("OSError: cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(pdf_module, "write_pdf", broken)
    html = write_report(rich, RUN, tmp_path / "report.html")

    class Ctx:
        run_dir = tmp_path

    assert stages.report_pdf(Ctx(), html) is None
    assert html.exists() and not (tmp_path / "report.pdf").exists()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "report.pdf not written" in err and "report.html is complete" in err
    assert (tmp_path / "report_pdf_error.txt").exists()
