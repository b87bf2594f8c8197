"""Validation of raw tables and marts with Great Expectations (suites in expectations/suites)."""
from __future__ import annotations

import json

import duckdb
import pytest

from expectations import suites as suites_module
from expectations.report import Failure, ValidationReport
from expectations.suites import load_specs
from expectations.validate import validate_stage

RUN = "r1"

RAW_DDL = {
    "raw_sources": """run_id VARCHAR, host VARCHAR, source VARCHAR, seed_url VARCHAR, status VARCHAR,
        depth BIGINT, crawled BOOLEAN, platform VARCHAR, kind VARCHAR, site_name VARCHAR,
        language VARCHAR, feeds VARCHAR[], sitemaps VARCHAR[], discovered_from VARCHAR""",
    "raw_pages": """run_id VARCHAR, url VARCHAR, url_raw VARCHAR, host VARCHAR, status_code BIGINT,
        fetched_at VARCHAR, page_type VARCHAR, platform VARCHAR, title VARCHAR, author VARCHAR,
        published VARCHAR, published_raw VARCHAR, text VARCHAR, language VARCHAR,
        comments_open BOOLEAN, n_comments BIGINT, n_posts BIGINT, content_length BIGINT, kind VARCHAR""",
    "raw_comments": """run_id VARCHAR, page_url VARCHAR, host VARCHAR, position BIGINT, author VARCHAR,
        author_url VARCHAR, published VARCHAR, published_raw VARCHAR, text VARCHAR, links VARCHAR[]""",
    "raw_forum_posts": """run_id VARCHAR, thread_url VARCHAR, page_url VARCHAR, host VARCHAR,
        thread_title VARCHAR, position BIGINT, post_id VARCHAR, author VARCHAR, published VARCHAR,
        published_raw VARCHAR, text VARCHAR, quoted VARCHAR, links VARCHAR[]""",
    "raw_errors": """run_id VARCHAR, url VARCHAR, host VARCHAR, error VARCHAR, status_code BIGINT,
        message VARCHAR, fetched_at VARCHAR""",
}
MART_DDL = {
    "sources": """run_id VARCHAR, source VARCHAR, host VARCHAR, kind VARCHAR, platform VARCHAR,
        status VARCHAR, crawled BOOLEAN, site_name VARCHAR, pages BIGINT, posts BIGINT,
        comments BIGINT, forum_threads BIGINT, forum_posts BIGINT, distinct_commenters BIGINT,
        distinct_authors BIGINT, posts_per_month DOUBLE, first_post DATE, last_post DATE,
        errors BIGINT, machine_score DOUBLE, machine_verdict VARCHAR, score DOUBLE,
        verdict VARCHAR, override_verdict VARCHAR, override_note VARCHAR, reasons VARCHAR,
        evidence_fr VARCHAR, evidence_en VARCHAR""",
    "source_reasons": """run_id VARCHAR, host VARCHAR, rule_id VARCHAR, signal VARCHAR, value DOUBLE,
        threshold DOUBLE, weight DOUBLE, direction VARCHAR, label_fr VARCHAR, label_en VARCHAR,
        example_url VARCHAR, example_other_url VARCHAR""",
    "crawl_errors": "run_id VARCHAR, url VARCHAR, error VARCHAR, host VARCHAR, status_code BIGINT, message VARCHAR",
}


def _insert(con, table, **row):
    row.setdefault("run_id", RUN)
    cols = ", ".join(row)
    con.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def _page(con, url, **kw):
    _insert(con, "raw_pages", **{"url": url, "url_raw": url, "host": "a.test", "status_code": 200,
                                  "fetched_at": "2024-07-01T10:00:00", "page_type": "article",
                                  "platform": "wordpress", "text": "x", **kw})


def _source(con, host, **kw):
    _insert(con, "sources", **{
        "source": f"http://{host}/", "host": host, "kind": "blog", "status": "seed", "posts": 3,
        "comments": 1, "posts_per_month": 0.5, "machine_score": 0.2, "score": 0.2,
        "machine_verdict": "pertinent", "verdict": "pertinent", **kw})


@pytest.fixture
def con():
    """A clean run r1 (and an older run r0 whose rows must not count), forum posts left empty."""
    con = duckdb.connect()
    for table, ddl in {**RAW_DDL, **MART_DDL}.items():
        con.execute(f"CREATE TABLE {table} ({ddl})")
    _insert(con, "raw_sources", host="a.test", source="http://a.test/", seed_url="http://a.test/",
            status="seed", depth=0, crawled=True, kind="blog", feeds=["http://a.test/feed"])
    _insert(con, "raw_sources", host="b.test", source="http://b.test/", status="discovered",
            depth=1, crawled=False, discovered_from="a.test")
    _page(con, "http://a.test/")
    _page(con, "http://a.test/x", page_type="home")
    _page(con, "http://a.test/y", status_code=404, page_type="other")
    _insert(con, "raw_comments", page_url="http://a.test/x", host="a.test", position=1, text="hi",
            links=[])
    _insert(con, "raw_errors", url="http://a.test/gone", host="a.test", error="http_404", status_code=404)
    # Older run: duplicates and nonsense that must not leak into r1's validation.
    _page(con, "http://a.test/x", run_id="r0", status_code=0)
    _page(con, "http://a.test/x", run_id="r0", status_code=0)

    _source(con, "a.test")
    _source(con, "spam.test", machine_verdict="automated", verdict="automated", machine_score=0.9,
            score=0.9, kind="news", status="discovered")
    _source(con, "human.test", verdict="automated", override_verdict="automated",
            override_note="known content farm")  # consultant override: no reason needed
    _insert(con, "source_reasons", host="spam.test", rule_id="posts_per_month", signal="ppm",
            value=120.0, threshold=60.0, weight=0.5, direction="automated", label_fr="x", label_en="x")
    _insert(con, "source_reasons", host="a.test", rule_id="comment_diversity", signal="dc",
            value=0.8, threshold=0.5, weight=0.3, direction="pertinent", label_fr="y", label_en="y")
    _insert(con, "crawl_errors", url="http://a.test/gone", error="http_404", host="a.test", status_code=404)
    yield con
    con.close()


def _only(report: ValidationReport, table: str, expectation: str, column: str | None = None) -> Failure:
    found = [f for f in report.failures if f.table == table and f.expectation == expectation
             and (column is None or f.column == column)]
    assert len(found) == 1, report.summary_lines()
    return found[0]


# ---------------------------------------------------------------- suites as files

def test_suite_files_are_readable_json_with_descriptions():
    specs = load_specs("raw") + load_specs("marts")
    tables = {s.table for s in specs}
    assert {"raw_pages", "raw_sources", "raw_errors", "raw_comments", "raw_forum_posts",
            "sources", "source_reasons"} <= tables
    for path in suites_module.SUITES_DIR.glob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc["meta"]["description"], path
        assert all({"type", "kwargs"} <= set(e) for e in doc["expectations"]), path


def test_unknown_stage_is_rejected(con):
    with pytest.raises(ValueError):
        validate_stage(con, RUN, "gold")


# ---------------------------------------------------------------- clean run

def test_clean_run_passes(con):
    for stage in ("raw", "marts"):
        report = validate_stage(con, RUN, stage)
        assert report.success, report.summary_lines()
        assert report.summary_lines() == []
    raw = validate_stage(con, RUN, "raw")
    assert raw.rows["raw_pages"] == 3 and raw.rows["raw_forum_posts"] == 0


def test_optional_table_may_be_missing(con):
    con.execute("DROP TABLE raw_forum_posts")
    assert validate_stage(con, RUN, "raw").success


def test_required_table_missing_fails(con):
    con.execute("DROP TABLE raw_pages")
    report = validate_stage(con, RUN, "raw")
    assert not report.success
    assert any(line.startswith("raw_pages: ") and "does not exist" in line for line in report.summary_lines())


def test_empty_run_needs_a_source(con):
    report = validate_stage(con, "no-such-run", "raw")
    failure = _only(report, "raw_sources", "expect_table_row_count_to_be_between")
    assert "observed 0" in failure.line()
    assert len(report.failures) == 1, report.summary_lines()


# ---------------------------------------------------------------- bad data

def test_duplicate_url_fails(con):
    _page(con, "http://a.test/x")
    report = validate_stage(con, RUN, "raw")
    failure = _only(report, "raw_pages", "expect_column_values_to_be_unique", "url")
    assert failure.unexpected_count == 2
    assert failure.examples == ("http://a.test/x",)
    assert failure.line() == (
        "raw_pages: expect_column_values_to_be_unique(url) failed on 2 rows, e.g. http://a.test/x"
    )
    assert len(report.failures) == 1, report.summary_lines()


def test_status_zero_fails(con):
    _page(con, "http://a.test/z", status_code=0)
    report = validate_stage(con, RUN, "raw")
    failure = _only(report, "raw_pages", "expect_column_values_to_be_between", "status_code")
    assert failure.unexpected_count == 1 and failure.examples == (0,)
    line = failure.line()
    assert line.startswith("raw_pages: expect_column_values_to_be_between(status_code) failed on 1 row, e.g. 0")
    assert "min_value=100" in line and "max_value=599" in line


def test_unknown_page_kind_fails(con):
    _page(con, "http://a.test/k", kind="weblog")
    failure = _only(validate_stage(con, RUN, "raw"), "raw_pages", "expect_column_values_to_be_in_set", "kind")
    assert failure.unexpected_count == 1 and failure.examples == ("weblog",)


def test_score_out_of_range_fails(con):
    con.execute("UPDATE sources SET score = 1.7 WHERE host = 'a.test'")
    report = validate_stage(con, RUN, "marts")
    failure = _only(report, "sources", "expect_column_values_to_be_between", "score")
    assert failure.examples == (1.7,)
    assert "sources: expect_column_values_to_be_between(score) failed on 1 row, e.g. 1.7" in failure.line()


def test_dates_out_of_range_fail(con):
    con.execute("UPDATE sources SET first_post = DATE '1970-01-01', last_post = DATE '2025-01-01' WHERE host = 'a.test'")
    report = validate_stage(con, RUN, "marts")
    failure = _only(report, "sources", "expect_column_values_to_be_between", "first_post")
    assert failure.unexpected_count == 1 and "1970-01-01" in failure.line()


def test_activity_ending_before_it_starts_fails(con):
    con.execute("UPDATE sources SET first_post = DATE '2025-03-01', last_post = DATE '2025-01-01' WHERE host = 'a.test'")
    report = validate_stage(con, RUN, "marts")
    failure = _only(report, "sources", "expect_column_pair_values_a_to_be_greater_than_b", "last_post, first_post")
    assert failure.unexpected_count == 1


def test_null_host_fails_with_identifying_example(con):
    _insert(con, "raw_sources", host=None, source="http://nohost.test/", status="discovered", depth=1,
            crawled=False)
    report = validate_stage(con, RUN, "raw")
    failure = _only(report, "raw_sources", "expect_column_values_to_not_be_null", "host")
    assert failure.unexpected_count == 1
    assert failure.examples == ("row source=http://nohost.test/",)
    assert failure.line().startswith("raw_sources: expect_column_values_to_not_be_null(host) failed on 1 row, e.g. row source=")


def test_automated_source_without_reason_fails(con):
    con.execute("DELETE FROM source_reasons WHERE host = 'spam.test'")
    report = validate_stage(con, RUN, "marts")
    failure = _only(report, "sources", "expect_column_values_to_be_between", "n_automated_reasons")
    assert failure.unexpected_count == 1
    assert "spam.test" in failure.line()
    assert len(report.failures) == 1, report.summary_lines()


def test_automated_source_with_only_pertinent_reasons_fails(con):
    con.execute("UPDATE source_reasons SET direction = 'pertinent' WHERE host = 'spam.test'")
    report = validate_stage(con, RUN, "marts")
    assert _only(report, "sources", "expect_column_values_to_be_between", "n_automated_reasons").unexpected_count == 1


def test_bad_reason_rows_fail(con):
    # an unknown direction, a null host or verdict, a duplicate host: the model tests of
    # sql/marts/_marts.yml (tests/test_contract.py), not repeated in the marts suites
    _insert(con, "source_reasons", host="spam.test", rule_id="x", direction="sideways", weight=2.0)
    report = validate_stage(con, RUN, "marts")
    assert "e.g. 2.0" in _only(report, "source_reasons", "expect_column_values_to_be_between", "weight").line()


def test_forum_post_position_fails(con):
    _insert(con, "raw_forum_posts", thread_url="http://f.test/t/1", page_url="http://f.test/t/1",
            host="f.test", position=0, text="x")
    report = validate_stage(con, RUN, "raw")
    assert "e.g. 0" in _only(report, "raw_forum_posts", "expect_column_values_to_be_between", "position").line()


def test_other_runs_are_ignored(con):
    _page(con, "http://a.test/dup", run_id="r0")
    _page(con, "http://a.test/dup", run_id="r0")
    assert validate_stage(con, RUN, "raw").success


# ---------------------------------------------------------------- expectations that raise

def _suites_with(tmp_path, table, stage, expectations):
    """A copy of the bundled suites with `table`'s replaced."""
    for path in suites_module.SUITES_DIR.glob("*.json"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / f"{table}.json").write_text(json.dumps({
        "name": table, "meta": {"description": "test", "stage": stage}, "expectations": expectations,
    }), encoding="utf-8")
    return tmp_path


def test_missing_column_is_a_failure_not_a_pass(con):
    con.execute("ALTER TABLE raw_errors DROP COLUMN error")
    report = validate_stage(con, RUN, "raw")
    failure = _only(report, "raw_errors", "expect_column_values_to_not_be_null", "error")
    assert failure.exception and "error" in failure.exception
    assert failure.line().startswith("raw_errors: expect_column_values_to_not_be_null(error) could not be evaluated")
    assert not report.success


def test_raising_expectation_on_empty_table_is_a_failure(con, tmp_path):
    suites = _suites_with(tmp_path, "raw_forum_posts", "raw", [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "no_such_column"}},
    ])
    report = validate_stage(con, RUN, "raw", suites)
    failure = _only(report, "raw_forum_posts", "expect_column_values_to_not_be_null", "no_such_column")
    assert failure.exception


def test_invalid_expectation_in_suite_file_is_a_failure(con, tmp_path):
    suites = _suites_with(tmp_path, "raw_errors", "raw", [
        {"type": "expect_column_values_to_be_nonsense", "kwargs": {"column": "url"}},
        {"type": "expect_column_values_to_be_between", "kwargs": {"colum": "status_code"}},
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "url"}},
    ])
    report = validate_stage(con, RUN, "raw", suites)
    lines = [line for line in report.summary_lines() if line.startswith("raw_errors:")]
    assert len(lines) == 2, report.summary_lines()
    assert "invalid expectation" in lines[0] and "nonsense" in lines[0]
    assert "invalid expectation" in lines[1]


def test_type_mismatch_raises_and_fails(con, tmp_path):
    suites = _suites_with(tmp_path, "raw_errors", "raw", [
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "url", "min_value": 0, "max_value": 1}},
    ])
    report = validate_stage(con, RUN, "raw", suites)
    failure = _only(report, "raw_errors", "expect_column_values_to_be_between", "url")
    assert failure.exception and failure.unexpected_count is None


def test_validation_prints_no_library_info(con, caplog):
    """GX logs INFO lines of its own ("Created temporary directory ... for ephemeral docs site"): a
    consultant's console shows none of them."""
    import logging

    caplog.set_level(logging.DEBUG)
    validate_stage(con, RUN, "raw")
    noisy = [r for r in caplog.records if r.name.startswith("great_expectations") and r.levelno < logging.WARNING]
    assert noisy == []
