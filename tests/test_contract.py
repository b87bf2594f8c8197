"""The data contract (issue 12): sql/**/*.yml beside the models, compiled into checks and docs/tables.md."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
import yaml
from tests.test_sql_fixtures import add, ecosystem, new_db

from ecoaudit import contract, ecosystem as eco, sqlrun, warehouse
from expectations.suites import load_specs

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "tables.md"


@pytest.fixture(scope="module")
def good():
    """The small ecosystem of tests/test_sql_fixtures.py, transformed as run r1."""
    con = new_db()
    add(con, "r1", ecosystem())
    sqlrun.run_models(con, "r1")
    eco.compute(con, "r1")  # the mart written in Python, as the transform stage does
    yield con
    con.close()


def offending(con, run_id="r1"):
    return {name: df for name, df in sqlrun.run_contract_checks(con, run_id).items() if df.height}


# ---------------------------------------------------------------- the YAML itself


def test_every_yaml_file_parses():
    files = sorted(sqlrun.SQL_DIR.rglob("*.yml"))
    assert {f.name for f in files} >= {"_vocabularies.yml", "_raw.yml", "_staging.yml",
                                       "_intermediate.yml", "_marts.yml"}
    for path in files:
        assert isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict), path


def test_every_model_has_an_entry_with_a_grain_and_vice_versa():
    specs = contract.tables()
    for layer in contract.MODEL_LAYERS:
        files = {p.stem for p in (sqlrun.SQL_DIR / layer).glob("*.sql")}
        described = {name for name, spec in specs.items() if spec.layer == layer and not spec.written_by}
        assert files == described, f"{layer}: no YAML entry for {files - described}, " \
                                   f"no model for {described - files}"
    for spec in specs.values():
        assert spec.description, spec.name
    for spec in specs.values():
        if spec.layer == "marts":
            assert spec.grain and spec.grain[0] == "run_id", spec.name


def test_raw_entries_are_the_raw_tables_runs_and_overrides():
    raw = {name for name, spec in contract.tables().items() if spec.layer == "raw"}
    assert raw == set(warehouse.RAW_TABLES) | {"runs", "overrides"}
    for name in warehouse.RAW_TABLES:
        spec = contract.tables()[name]
        unknown = {c.name for c in spec.columns} - set(warehouse.RAW_TABLES[name])
        assert not unknown, f"{name}: described columns not in spiders/items.py: {unknown}"
        assert set(spec.grain) <= set(warehouse.RAW_TABLES[name]), name


def test_runs_and_overrides_columns_are_the_warehouse_schema():
    con = duckdb.connect()
    warehouse.ensure_schema(con)
    for table in ("runs", "overrides"):
        actual = {r[0]: r[1] for r in con.execute(f"describe {table}").fetchall()}
        described = {c.name: c.type for c in contract.tables()[table].columns}
        assert described == {c: actual[c].replace("TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ")
                             for c in actual}, table


def test_model_columns_exist_in_the_models_output(good):
    for name, spec in contract.tables().items():
        if spec.layer == "raw":
            continue
        actual = [r[0] for r in good.execute(f"describe {name}").fetchall()]
        missing = [c.name for c in spec.columns if c.name not in actual]
        assert not missing, f"{name}: YAML columns not in the model's output: {missing}"
        assert set(spec.grain) <= set(actual), name
        if spec.layer == "marts":  # the marts are documented whole
            assert [c.name for c in spec.columns] == actual, f"{name}: columns differ from the model"


def test_declared_grains_hold_on_the_small_ecosystem(good):
    for name, spec in contract.tables().items():
        if spec.layer in ("staging", "intermediate"):
            if spec.grain:
                keys = ", ".join(spec.grain)
                sql = f"select {keys}, count(*) from {name} group by all having count(*) > 1 limit 1"
            else:  # one row
                sql = f"select count(*) from {name} having count(*) > 1"
            assert good.execute(sql).fetchall() == [], f"{name}: grain ({', '.join(spec.grain)}) not unique"


def test_vocabularies_are_defined_once_and_used_by_python():
    from ecoaudit.overrides import VERDICTS

    assert contract.vocabulary("verdict") == ("pertinent", "automated", "undecided") == VERDICTS
    assert set(warehouse.FINAL_STATUSES) <= set(contract.vocabulary("run_status"))
    assert set(warehouse.BASELINE_STATUSES) <= set(contract.vocabulary("run_status"))
    with pytest.raises(contract.ContractError, match="unknown vocabulary"):
        contract.vocabulary("verdicts")


# ---------------------------------------------------------------- compiled checks


def test_a_good_run_passes_every_check(good):
    names = set(sqlrun.run_contract_checks(good, "r1"))
    assert {"sources.grain", "source_reasons.grain", "crawl_errors.grain", "activity.grain",
            "sources.verdict.accepted_values", "sources.host.not_null"} <= names
    assert offending(good) == {}


def test_a_duplicate_grain_row_is_caught(good):
    good.execute("begin")
    try:
        good.execute("insert into sources select * from sources where host = 'news.example'")
        bad = offending(good)
        assert list(bad) == ["sources.grain"]
        assert bad["sources.grain"].rows() == [("r1", "news.example", 2)]
    finally:
        good.execute("rollback")


def test_a_null_in_a_not_null_column_is_caught(good):
    good.execute("begin")
    try:
        good.execute("update source_reasons set weight = null where host = 'splog.example'")
        bad = offending(good)
        assert list(bad) == ["source_reasons.weight.not_null"]
        assert set(bad["source_reasons.weight.not_null"]["host"]) == {"splog.example"}
    finally:
        good.execute("rollback")


def test_a_value_outside_its_vocabulary_is_caught(good):
    good.execute("begin")
    try:
        good.execute("update sources set verdict = 'spam', override_verdict = 'spam' where host = 'lively.example'")
        good.execute("update activity set kind = 'splog' where host = 'news.example'")
        bad = offending(good)
        assert set(bad) == {"sources.verdict.accepted_values", "sources.override_verdict.accepted_values",
                            "activity.kind.accepted_values"}
        assert bad["sources.verdict.accepted_values"]["host"].to_list() == ["lively.example"]
    finally:
        good.execute("rollback")


def test_checks_only_look_at_their_run(good):
    good.execute("begin")
    try:
        good.execute("insert into sources by name select * replace ('r0' as run_id, null as host) from sources")
        good.execute("insert into sources by name select * replace ('r0' as run_id) from sources")
        assert offending(good) == {}
        assert "sources.host.not_null" in offending(good, "r0")
    finally:
        good.execute("rollback")


def test_compiled_checks_on_tiny_tables(tmp_path):
    """The compiler alone: a hand-written model entry and vocabulary, tiny tables, the compiled SQL."""
    (tmp_path / "_vocabularies.yml").write_text("vocabularies:\n  colour: {values: [red, blue]}\n")
    (tmp_path / "marts").mkdir()
    (tmp_path / "marts" / "_marts.yml").write_text(
        "models:\n"
        "  - name: things\n"
        "    description: test\n"
        "    grain: [run_id, id]\n"
        "    columns:\n"
        "      - {name: id, tests: [not_null, unique]}\n"
        "      - {name: colour, tests: [{accepted_values: {vocabulary: colour}}]}\n"
        "      - {name: size, tests: [{accepted_values: {values: [S, M]}}]}\n")
    con = duckdb.connect()
    con.execute("create table things (run_id varchar, id int, colour varchar, size varchar)")
    con.execute("insert into things values ('r1', 1, 'red', 'S'), ('r1', 1, 'green', 'M'), "
                "('r1', null, 'blue', 'XL'), ('r0', 2, 'mauve', 'L')")
    con.execute("set variable run_id = 'r1'")
    results = {name: con.sql(sql).fetchall() for name, sql in contract.checks(tmp_path).items()}
    assert results["things.grain"] == [("r1", 1, 2)]
    assert results["things.id.unique"] == [(1, 2)]
    assert results["things.id.not_null"] == [("r1", None, "blue", "XL")]
    assert results["things.colour.accepted_values"] == [("r1", 1, "green", "M")]
    assert results["things.size.accepted_values"] == [("r1", None, "blue", "XL")]


def test_an_unknown_vocabulary_or_test_is_refused(tmp_path):
    (tmp_path / "_vocabularies.yml").write_text("vocabularies:\n  colour: {values: [red]}\n")
    (tmp_path / "marts").mkdir()
    (tmp_path / "marts" / "_marts.yml").write_text(
        "models:\n  - name: t\n    columns:\n      - {name: c, tests: [{accepted_values: {vocabulary: hue}}]}\n")
    with pytest.raises(contract.ContractError, match="unknown vocabulary 'hue'"):
        contract.checks(tmp_path)
    (tmp_path / "marts" / "_marts.yml").write_text(
        "models:\n  - name: t\n    columns:\n      - {name: c, tests: [positive]}\n")
    with pytest.raises(contract.ContractError, match="unknown test 'positive'"):
        contract.checks(tmp_path)


def test_transform_stage_runs_the_checks():
    import inspect

    from ecoaudit import stages

    source = inspect.getsource(stages.transform)
    # ecosystem_nodes (written in Python after the models) is checked too
    assert source.index("sqlrun.run_models") < source.index("ecosystem.compute") < source.index(
        "sqlrun.run_contract_checks")


def test_marts_written_in_python_name_their_writer():
    written = {name: spec.written_by for name, spec in contract.tables().items() if spec.written_by}
    assert written == {"ecosystem_nodes": "ecoaudit/ecosystem.py"}
    assert [c.name for c in contract.tables()["ecosystem_nodes"].columns] == list(eco.COLUMNS)


# ---------------------------------------------------------------- nothing checked twice


def test_marts_suites_do_not_repeat_the_model_tests():
    specs = contract.tables()
    for suite in load_specs("marts"):
        model = specs[suite.table]
        tested = {(c.name, contract._test_name(t)) for c in model.columns for t in c.tests}
        for exp in suite.expectations:
            kwargs = exp.get("kwargs") or {}
            same = {
                "expect_column_values_to_not_be_null": (kwargs.get("column"), "not_null"),
                "expect_column_values_to_be_in_set": (kwargs.get("column"), "accepted_values"),
                "expect_column_values_to_be_unique": (kwargs.get("column"), "unique"),
            }.get(exp["type"])
            assert same not in tested, f"{suite.table}: {exp['type']} repeats the YAML test {same}"
            if exp["type"] == "expect_compound_columns_to_be_unique":
                assert ["run_id", *kwargs["column_list"]] != list(model.grain), suite.table


# ---------------------------------------------------------------- docs/tables.md


def test_docs_tables_md_is_up_to_date():
    expected = contract.render_tables()
    actual = DOCS.read_text(encoding="utf-8") if DOCS.exists() else ""
    assert actual == expected, (f"docs/tables.md is out of date with sql/**/*.yml: regenerate it with "
                                f"`{contract.DOCS_COMMAND}` (never edit it by hand)")


def test_docs_name_every_table_and_column():
    text = contract.render_tables()
    assert text.splitlines()[2].startswith("<!-- Generated by `python -m ecoaudit.contract --write docs/tables.md`")
    for table, cols in warehouse.RAW_TABLES.items():
        assert f"### `{table}`" in text
        for col in cols:
            assert f"`{col}` " in text
    for table in ("runs", "overrides", "sources", "source_reasons", "crawl_errors", "activity"):
        assert f"### `{table}`" in text
    assert "started | crawled | loaded | transformed | delivered | partial | failed | interrupted" in text
    assert "`reason` VARCHAR: why a run is failed, interrupted or partial" in text


def test_check_flag_reports_a_stale_file(tmp_path, capsys):
    stale = tmp_path / "tables.md"
    stale.write_text("# by hand\n")
    assert contract.main(["--check", str(stale)]) == 1
    assert contract.DOCS_COMMAND in capsys.readouterr().err
    assert contract.main(["--write", str(stale), "--check", str(stale)]) == 0
