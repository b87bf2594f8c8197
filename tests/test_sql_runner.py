"""The transform runner: model discovery and order, seeds, per-run marts, transactions, errors."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pytest

from ecoaudit import sqlrun
from ecoaudit.errors import StageError
from tests.test_sql_fixtures import T0, add, article, ecosystem, home, new_db, source, text


@pytest.fixture
def sql_copy(tmp_path) -> Path:
    """A private copy of sql/ to break or extend."""
    return Path(shutil.copytree(sqlrun.SQL_DIR, tmp_path / "sql"))


def marts(con, run_id):
    return {
        name: sorted(con.execute(f"select * from {name} where run_id = ?", [run_id]).fetchall(), key=repr)
        for name in ("sources", "source_reasons", "crawl_errors", "activity")
    }


# ------------------------------------------------------------------ discovery


def test_models_run_layer_by_layer_after_their_dependencies():
    models = sqlrun.models()
    names = [m.name for m in models]
    files = sorted(p.stem for layer in sqlrun.LAYERS for p in (sqlrun.SQL_DIR / layer).glob("*.sql"))
    assert sorted(names) == files
    layers = [sqlrun.LAYERS.index(m.layer) for m in models]
    assert layers == sorted(layers)
    for i, model in enumerate(models):
        assert set(model.deps) <= set(names[:i]), model.name
    by_name = {m.name: m for m in models}
    assert "int_posts" in by_name["int_post_shingles"].deps
    assert set(by_name["sources"].deps) >= {"int_sources", "int_source_scores"}
    # a CTE named like a model is not a dependency on it
    assert "sources" not in by_name["int_source_features"].deps


def test_house_style_of_the_sql_files():
    for layer, prefix in (("staging", "stg_"), ("intermediate", "int_"), ("marts", "")):
        for path in (sqlrun.SQL_DIR / layer).glob("*.sql"):
            sql = path.read_text()
            assert path.stem.startswith(prefix), path
            assert sql.startswith(f"-- {path.stem}: one row per"), f"{path}: header must state the grain"
            assert sql.rstrip().endswith("select * from final"), path
            assert not re.search(r"\b(SELECT|FROM|WHERE|JOIN)\b", sql), f"{path}: lowercase keywords"
    for path in (sqlrun.SQL_DIR / "staging").glob("*.sql"):
        if re.search(r"\bfrom raw_", path.read_text()):  # staging of a raw table: the current run only
            assert "where run_id = getvariable('run_id')" in path.read_text(), path
    for path in (sqlrun.SQL_DIR / "audits").glob("*.sql"):
        assert path.read_text().startswith(f"-- audit {path.stem}: one row per"), path


def test_dependency_cycle_is_reported(sql_copy):
    (sql_copy / "intermediate" / "int_a.sql").write_text("with final as (select * from int_b) select * from final")
    (sql_copy / "intermediate" / "int_b.sql").write_text("with final as (select * from int_a) select * from final")
    with pytest.raises(sqlrun.ModelError, match="cycle.*int_a, int_b"):
        sqlrun.models(sql_copy)


@pytest.mark.parametrize("layer", sqlrun.LAYERS)
@pytest.mark.parametrize("how", ["missing", "empty"])
def test_missing_or_empty_model_folder_is_an_error(sql_copy, layer, how):
    """A model folder missing (an incomplete install) stops the transform, never an empty run."""
    shutil.rmtree(sql_copy / layer)
    if how == "empty":
        (sql_copy / layer).mkdir()
        (sql_copy / layer / "README.md").write_text("no model here")
    with pytest.raises(StageError, match=f"model folder .*{layer}") as err:
        sqlrun.models(sql_copy)
    assert "\n" not in str(err.value)
    con = new_db()
    with pytest.raises(StageError):
        sqlrun.run_models(con, "r1", sql_dir=sql_copy)


def test_sql_dir_is_the_repository_sql_in_a_checkout():
    from ecoaudit import calibration, resources

    repo = Path(__file__).resolve().parent.parent
    assert resources.sql_dir() == sqlrun.SQL_DIR == calibration.SQL_DIR == repo / "sql"
    assert calibration.RULES_CSV.is_file() and calibration.PRIORS_CSV.is_file()


def test_select_runs_named_models_and_upstream_with_plus():
    con = new_db()
    add(con, "r1", ecosystem())
    ran = sqlrun.run_models(con, "r1", select=["+int_posts"])
    assert set(ran) == {"int_posts", "int_sources", "stg_sources", "stg_pages", "stg_entries", "stg_forum_posts",
                        "stg_errors", "stg_date_bounds"}
    assert sqlrun.run_models(con, "r1", select="staging").keys() == {
        m.name for m in sqlrun.models() if m.layer == "staging"}
    with pytest.raises(sqlrun.ModelError, match="unknown model"):
        sqlrun.run_models(con, "r1", select=["nope"])


# ------------------------------------------------------------------ seeds and setup


def test_seeds_are_loaded_as_typed_tables():
    con = duckdb.connect()
    tables = sqlrun.load_seeds(con)
    assert {"seed_rules", "seed_params", "seed_minhash_salts", "seed_verdict_bands", "seed_platforms",
            "seed_promo_phrases"} <= set(tables)
    types = dict(con.execute("select column_name, data_type from information_schema.columns "
                             "where table_name = 'seed_rules'").fetchall())
    assert types["threshold"] == "DOUBLE" and types["weight"] == "DOUBLE" and types["rule_id"] == "VARCHAR"
    assert con.execute("select count(*), count(distinct salt) from seed_minhash_salts").fetchall() == [(128, 128)]
    # reloading replaces, it does not append
    sqlrun.load_seeds(con)
    assert con.execute("select count(*) from seed_minhash_salts").fetchall() == [(128,)]


def test_ensure_overrides_keeps_the_consultants_rows():
    con = duckdb.connect()
    sqlrun.ensure_overrides(con)
    con.execute("insert into overrides values ('a.example', 'pertinent', 'vu', now())")
    sqlrun.ensure_overrides(con)
    assert con.execute("select host, verdict from overrides").fetchall() == [("a.example", "pertinent")]
    with pytest.raises(duckdb.ConstraintException):
        con.execute("insert into overrides values ('a.example', 'automated', null, now())")


def test_missing_raw_tables_are_created_empty():
    con = duckdb.connect()
    con.execute("create table raw_sources (run_id varchar, host varchar, source varchar, seed_url varchar, "
                "status varchar, depth bigint, crawled boolean, platform varchar, kind varchar, site_name varchar, "
                "language varchar, feeds varchar[], sitemaps varchar[], discovered_from varchar)")
    con.execute("insert into raw_sources values ('r1', 'a.example', 'https://a.example/', null, 'discovered', 1, "
                "false, null, null, null, null, [], [], 'b.example')")
    sqlrun.run_models(con, "r1")
    assert con.execute("select host, kind, machine_verdict, reasons from sources").fetchall() == [
        ("a.example", "other", "undecided", "not_crawled")]


# ------------------------------------------------------------------ per-run marts


def test_running_twice_gives_the_same_marts_and_leaves_other_runs_alone():
    con = new_db()
    add(con, "r1", ecosystem())
    add(con, "r2", [source("solo.example"), home("solo.example"),
                    article("solo.example", "unique", text(42), T0)])
    sqlrun.run_models(con, "r1")
    first = marts(con, "r1")
    assert len(first["sources"]) == 11 and first["activity"] and first["crawl_errors"]
    sqlrun.run_models(con, "r1")
    assert marts(con, "r1") == first
    sqlrun.run_models(con, "r2")
    assert marts(con, "r1") == first
    assert [r[2] for r in marts(con, "r2")["sources"]] == ["solo.example"]
    # staging and intermediate hold the latest run only
    assert con.execute("select host from stg_sources").fetchall() == [("solo.example",)]
    sqlrun.run_models(con, "r1")
    assert marts(con, "r1") == first
    assert len(marts(con, "r2")["sources"]) == 1


def test_a_failing_model_names_its_file_and_leaves_previous_marts_intact(sql_copy):
    con = new_db()
    add(con, "r1", ecosystem())
    sqlrun.run_models(con, "r1", sql_dir=sql_copy)
    before = marts(con, "r1")
    # new data for the run, and a mart that fails at run time after the other marts were rewritten
    add(con, "r1", [source("late.example"), home("late.example")])
    sources_sql = sql_copy / "marts" / "sources.sql"
    sources_sql.write_text(sources_sql.read_text().replace(
        "s.pages::bigint as pages,", "cast('not a number ' || s.host as bigint) as pages,"))
    with pytest.raises(sqlrun.ModelError) as failure:
        sqlrun.run_models(con, "r1", sql_dir=sql_copy)
    message = str(failure.value)
    assert message.startswith(f"{sources_sql}: Conversion Error")
    assert "\n" not in message
    assert marts(con, "r1") == before
    assert ("late.example",) not in con.execute("select host from stg_sources").fetchall()


def test_a_model_reading_a_missing_table_names_its_file(sql_copy):
    broken = sql_copy / "intermediate" / "int_broken.sql"
    broken.write_text("-- int_broken: one row per nothing\nwith final as (select * from no_such_table)\n"
                      "select * from final\n")
    con = new_db()
    with pytest.raises(sqlrun.ModelError, match=r"int_broken\.sql: Catalog Error: .*no_such_table"):
        sqlrun.run_models(con, "r1", sql_dir=sql_copy)


def test_a_mart_that_gains_a_column_keeps_older_runs(sql_copy):
    con = new_db()
    add(con, "r1", ecosystem())
    sqlrun.run_models(con, "r1", sql_dir=sql_copy)
    path = sql_copy / "marts" / "crawl_errors.sql"
    path.write_text(path.read_text().replace("        fetched_at\n", "        fetched_at,\n        'x' as new_col\n"))
    sqlrun.run_models(con, "r2", sql_dir=sql_copy)
    add(con, "r3", ecosystem())
    sqlrun.run_models(con, "r3", sql_dir=sql_copy)
    assert con.execute("select run_id, count(*), count(new_col) from crawl_errors group by run_id order by 1"
                       ).fetchall() == [("r1", 2, 0), ("r3", 2, 2)]


# ------------------------------------------------------------------ rules and bands are data


def test_adding_a_rule_is_a_csv_row(sql_copy):
    with (sql_copy / "seeds" / "rules.csv").open("a") as f:
        f.write('busy_forum,forum,forum_posts,>=,30,0.2,pertinent,,,int,"{value} messages","{value} messages"\n')
    con = new_db()
    add(con, "r1", ecosystem())
    sqlrun.run_models(con, "r1", sql_dir=sql_copy)
    assert con.execute("select host, value, label_en from source_reasons where rule_id = 'busy_forum'").fetchall() == [
        ("forum.example", 36.0, "36 messages")]
    assert con.execute("select reasons from sources where host = 'forum.example'").fetchall() == [
        ("many_forum_authors=12;busy_forum=36",)]  # 12 of its 15 members answer threads others opened


def test_verdict_bands_are_data(sql_copy):
    bands = sql_copy / "seeds" / "verdict_bands.csv"
    bands.write_text(bands.read_text().replace("automated,1,0.5,1.0", "automated,1,0.95,1.0"))
    con = new_db()
    add(con, "r1", ecosystem())
    sqlrun.run_models(con, "r1", sql_dir=sql_copy)
    got = con.execute("select machine_score, machine_verdict from sources where machine_score >= 0.5").fetchall()
    assert got and all(verdict == ("automated" if score >= 0.95 else "undecided") for score, verdict in got)
