"""Loading a run into DuckDB: typed raw tables, idempotent, other runs untouched."""
import json

import pytest

from ecoaudit.warehouse import RAW_TABLES, connect, load_run


def write_items(d, table, rows):
    d.mkdir(parents=True, exist_ok=True)
    with (d / f"{table}.jsonl").open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


PAGE = {"url": "http://a.test/p/1", "url_raw": "http://a.test/p/1#x", "host": "a.test",
        "status_code": 200, "fetched_at": "2026-11-01T10:00:00+00:00", "page_type": "article",
        "platform": "wordpress", "title": "Assurance-vie : « 5 conseils »", "author": "Zoé",
        "published": "2025-03-04T09:12:00+01:00", "published_raw": "4 mars 2025", "text": "texte",
        "language": "fr", "comments_open": True, "n_comments": 1, "n_posts": 0, "content_length": 10}
COMMENT = {"page_url": "http://a.test/p/1", "host": "a.test", "position": 1, "author": "Bob",
           "author_url": "http://spam.test/", "published": None, "published_raw": None,
           "text": "Visitez http://spam.test/", "links": ["http://spam.test/"]}


def test_load_is_idempotent_and_keyed_by_run(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    items = tmp_path / "items"
    write_items(items, "pages", [PAGE, {**PAGE, "url": "http://a.test/p/2"}])
    write_items(items, "comments", [COMMENT])
    first = load_run(con, "r1", items)
    again = load_run(con, "r1", items)
    assert first == again
    assert first["raw_pages"] == 2 and first["raw_comments"] == 1 and first["raw_forum_posts"] == 0
    load_run(con, "r2", items)
    assert con.execute("select count(*) from raw_pages").fetchall()[0][0] == 4
    links = con.execute("select links from raw_comments where run_id = 'r1'").fetchall()[0][0]
    assert links == ["http://spam.test/"]
    title = con.execute("select title from raw_pages where url = 'http://a.test/p/1' and run_id='r2'").fetchall()[0][0]
    assert title == PAGE["title"]


def test_failed_load_keeps_previous_rows(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    items = tmp_path / "items"
    write_items(items, "pages", [PAGE])
    load_run(con, "r1", items)
    (items / "pages.jsonl").write_text('{"url": "http://a.test/x", "status_code": "not a number"}\n')
    with pytest.raises(Exception):
        load_run(con, "r1", items)
    assert con.execute("select count(*) from raw_pages where run_id='r1'").fetchall()[0][0] == 1


def test_raw_tables_follow_items():
    assert list(RAW_TABLES["raw_pages"])[:3] == ["run_id", "url", "url_raw"]
    assert RAW_TABLES["raw_comments"]["links"] == "VARCHAR[]"
    assert RAW_TABLES["raw_sources"]["crawled"] == "BOOLEAN"


def test_a_carried_page_keeps_what_it_said_of_its_site(tmp_path):
    """A re-crawl does not parse an unchanged post again: its kind (raw_pages.kind, from its schema.org
    markup) comes over with its row, so the source keeps the kind its posts gave it."""
    con = connect(tmp_path / "w.duckdb")
    write_items(tmp_path / "r1", "pages", [{**PAGE, "platform": "hugo", "kind": "blog"}])
    load_run(con, "r1", tmp_path / "r1")
    write_items(tmp_path / "r2", "carried", [{"url": PAGE["url"], "host": "a.test", "from_run": "r1",
                                              "reason": "not_modified"}])
    load_run(con, "r2", tmp_path / "r2")
    assert con.execute("select kind from raw_pages where run_id = 'r2'").fetchall() == [("blog",)]


def test_a_warehouse_from_before_page_kinds_gets_the_column(tmp_path):
    import duckdb

    path = tmp_path / "w.duckdb"
    old = duckdb.connect(str(path))
    cols = ", ".join(f'"{c}" {t}' for c, t in RAW_TABLES["raw_pages"].items() if c != "kind")
    old.execute(f"create table raw_pages ({cols})")
    old.execute("insert into raw_pages (run_id, url, host, page_type) values ('r0', 'http://a.test/', 'a.test', 'home')")
    old.close()
    con = connect(path)
    assert con.execute("select run_id, kind from raw_pages").fetchall() == [("r0", None)]
