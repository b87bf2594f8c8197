"""SQL audits: silent on a good run, offending rows on bad data."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ecoaudit import ecosystem as eco, sqlrun
from tests.test_sql_fixtures import add, ecosystem, new_db


@pytest.fixture
def good():
    con = new_db()
    add(con, "r1", ecosystem())
    sqlrun.run_models(con, "r1")
    eco.compute(con, "r1")  # the mart written in Python, checked with the others
    return con


def offending(con, sql_dir=None):
    return {name: frame for name, frame in sqlrun.run_audits(con, "r1", sql_dir).items() if frame.height}


def test_a_good_run_passes_every_audit(good):
    results = sqlrun.run_audits(good, "r1")
    assert set(results) == {p.stem for p in (sqlrun.SQL_DIR / "audits").glob("*.sql")}
    assert sqlrun.failed_audits(results) == {}


def test_bad_sources_rows_are_reported(good):
    good.execute("insert into sources by name select * replace (1.5 as machine_score, 1.5 as score) "
                 "from sources where host = 'news.example'")
    good.execute("update sources set reasons = null where host = 'splog.example'")
    good.execute("update sources set kind = 'splog' where host = 'lively.example'")
    good.execute("delete from sources where host = 'forum.example'")
    bad = offending(good)
    assert set(bad) == {"sources_score_out_of_range", "sources_automated_without_reason",
                        "sources_missing_host", "source_reasons_invalid"}
    assert bad["sources_score_out_of_range"]["host"].to_list() == ["news.example"]
    assert bad["sources_automated_without_reason"]["host"].to_list() == ["splog.example"]
    assert bad["sources_missing_host"].rows() == [("r1", "forum.example")]
    # The duplicate host and the unknown kind are contract checks (sql/marts/_marts.yml), run beside.
    from ecoaudit.sqlrun import run_contract_checks as run_checks

    failed = {name for name, frame in run_checks(good, "r1").items() if frame.height}
    assert any("sources" in n and "grain" in n for n in failed), failed
    assert any("sources.kind" in n for n in failed), failed
    # forum.example's fired rule now has no source row
    assert bad["source_reasons_invalid"].select("host", "rule_id", "orphan").rows() == [
        ("forum.example", "many_forum_authors", True)]


def test_audits_only_look_at_their_run(good):
    good.execute("insert into sources by name select * replace ('r0' as run_id, 7.0 as score) from sources")
    assert offending(good) == {}


def test_override_verdict_not_applied_or_invalid_is_reported(good):
    good.execute("insert into overrides values ('spam.example', 'maybe', null, now())")
    good.execute("update sources set verdict = 'pertinent' where host = 'fake.example'")
    bad = offending(good)
    assert bad["overrides_invalid_verdict"]["host"].to_list() == ["spam.example"]
    assert bad["sources_verdict_not_resolved"]["host"].to_list() == ["fake.example"]


def test_negative_activity_is_reported(good):
    good.execute("update activity set comments = -1 where host = 'news.example'")
    bad = offending(good)
    assert set(bad["activity_negative_counts"]["host"].to_list()) == {"news.example"}


def test_same_host_pairs_are_reported(good):
    good.execute("insert into int_post_pairs select * replace (host as other_host) from int_post_pairs limit 1")
    assert list(offending(good)) == ["post_pairs_same_host"]


def test_an_unusable_rule_is_reported(tmp_path):
    sql_dir = Path(shutil.copytree(sqlrun.SQL_DIR, tmp_path / "sql"))
    with (sql_dir / "seeds" / "rules.csv").open("a") as f:
        f.write("typo,blog,posts_per_mont,>=,10,0.5,automated,,,dec1,{value},{value}\n")
        f.write("bad_op,blogs,posts,=>,10,1.5,automatic,,,dec1,sans valeur,{value}\n")
    con = new_db()
    add(con, "r1", ecosystem())
    sqlrun.run_models(con, "r1", sql_dir=sql_dir)  # unusable rules never fire, the run goes on
    bad = offending(con, sql_dir)
    assert list(bad) == ["seed_rules_invalid"]
    assert sorted(bad["seed_rules_invalid"]["rule_id"].to_list()) == ["bad_op", "typo"]


def test_a_broken_audit_names_its_file(good, tmp_path):
    sql_dir = Path(shutil.copytree(sqlrun.SQL_DIR, tmp_path / "sql"))
    (sql_dir / "audits" / "oops.sql").write_text("select * from sourcez")
    with pytest.raises(sqlrun.ModelError, match=r"oops\.sql: Catalog Error"):
        sqlrun.run_audits(good, "r1", sql_dir)
