"""Validate one stage (raw tables or marts) of one run with Great Expectations."""
from __future__ import annotations

import math
from pathlib import Path

import duckdb

from expectations.frames import run_frame, table_exists
from expectations.gx_runtime import load_gx, quiet_context
from expectations.report import MAX_EXAMPLES, Failure, ValidationReport
from expectations.suites import SUITES_DIR, SuiteSpec, load_specs

RESULT_FORMAT = {"result_format": "SUMMARY", "partial_unexpected_count": 20}
_INDEX_KEY = "ecoaudit_index"


def validate_stage(con: duckdb.DuckDBPyConnection, run_id: str, stage: str,
                   suites_dir: Path | None = None) -> ValidationReport:
    """Run every suite of `stage` ('raw' or 'marts') on the run's rows; bad data never raises.

    `suites_dir` replaces the bundled `expectations/suites` (tests, a client's own rules).
    """
    specs = load_specs(stage, suites_dir or SUITES_DIR)
    report = ValidationReport(run_id=run_id, stage=stage)
    source = quiet_context().data_sources.add_pandas("ecoaudit")
    for spec in specs:
        report.failures.extend(_validate_table(con, run_id, spec, source, report))
    return report


def _validate_table(con, run_id: str, spec: SuiteSpec, source, report: ValidationReport) -> list[Failure]:
    if not table_exists(con, spec.table):
        if spec.optional_table:
            report.rows[spec.table] = 0
            return []
        return [Failure(spec.table, "table_exists", None, {}, exception=f"table {spec.table} does not exist")]
    try:
        df = run_frame(con, spec.table, run_id)
    except duckdb.Error as exc:
        return [Failure(spec.table, "load_table", None, {}, exception=str(exc))]
    report.rows[spec.table] = len(df)

    suite, added, failures = _build_suite(spec)
    batch = source.add_dataframe_asset(spec.table).add_batch_definition_whole_dataframe("run")
    try:
        result = batch.get_batch(batch_parameters={"dataframe": df}).validate(
            suite, result_format=RESULT_FORMAT
        )
    except Exception as exc:  # noqa: BLE001 - GX itself failing means nothing was checked
        return [f for _, f in failures] + [Failure(spec.table, "validate", None, {}, exception=str(exc))]

    seen = set()
    for res in result.results:
        i = (res.expectation_config.meta or {}).get(_INDEX_KEY)
        seen.add(i)
        message = _exception_message(res.exception_info)
        if res.success and message is None:
            continue
        kwargs = dict(spec.expectations[i].get("kwargs") or {}) if isinstance(i, int) else {
            k: v for k, v in res.expectation_config.kwargs.items() if k != "batch_id"}
        body = res.result or {}
        failures.append((i if isinstance(i, int) else len(spec.expectations), Failure(
            table=spec.table,
            expectation=res.expectation_config.type,
            column=_column(kwargs),
            kwargs=kwargs,
            unexpected_count=None if message else body.get("unexpected_count"),
            examples=() if message else _examples(body, df, spec.example_columns, _wants_rows(spec, i)),
            exception=message,
            observed=body.get("observed_value"),
        )))
    for i in added - seen:
        # An expectation GX dropped without a result was not checked: that is not a pass.
        failures.append((i, _config_failure(spec, i, "no result returned for this expectation")))
    return [f for _, f in sorted(failures, key=lambda pair: pair[0])]


def _build_suite(spec: SuiteSpec):
    """The GX suite, the indexes it holds, and (index, Failure) for entries GX refused."""
    gx = load_gx()
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    suite = gx.ExpectationSuite(name=spec.table, meta={"description": spec.description})
    added, refused = set(), []
    for i, exp in enumerate(spec.expectations):
        try:
            suite.add_expectation_configuration(ExpectationConfiguration(
                type=exp["type"],
                kwargs=dict(exp.get("kwargs") or {}),
                meta={**(exp.get("meta") or {}), _INDEX_KEY: i},
            ))
            added.add(i)
        except Exception as exc:  # noqa: BLE001 - a typo in a suite file must fail, not drop the check
            refused.append((i, _config_failure(spec, i, f"invalid expectation: {exc}")))
    return suite, added, refused


def _config_failure(spec: SuiteSpec, i: int, message: str) -> Failure:
    exp = spec.expectations[i]
    kwargs = dict(exp.get("kwargs") or {})
    return Failure(spec.table, exp["type"], _column(kwargs), kwargs, exception=message)


def _exception_message(info) -> str | None:
    """The first raised exception's message, whatever shape GX gave `exception_info`."""
    if not info:
        return None
    # GX gives either one flat dict or one dict per metric that failed to compute.
    entries = [info] if "raised_exception" in info else [v for v in info.values() if isinstance(v, dict)]
    for entry in entries:
        if entry.get("raised_exception"):
            return entry.get("exception_message") or "the expectation raised an exception"
    return None


def _column(kwargs: dict) -> str | None:
    if "column" in kwargs:
        return str(kwargs["column"])
    for key in ("column_list", "column_set"):
        if key in kwargs:
            return ", ".join(map(str, kwargs[key]))
    if "column_A" in kwargs:
        return f"{kwargs['column_A']}, {kwargs.get('column_B')}"
    return None


def _is_null(value) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    return str(value) in ("<NA>", "NaT", "nan")


def _wants_rows(spec: SuiteSpec, i) -> bool:
    """A suite entry with meta.examples = "rows" shows failing rows: its values mean little alone."""
    return isinstance(i, int) and (spec.expectations[i].get("meta") or {}).get("examples") == "rows"


def _examples(body: dict, df, example_columns: tuple[str, ...], rows_only: bool = False) -> tuple:
    """Up to 5 distinct failing values; for nulls, identifying columns of failing rows instead."""
    values = []
    for value in () if rows_only else body.get("partial_unexpected_list") or ():
        if isinstance(value, dict):
            value = ", ".join(f"{k}={v}" for k, v in value.items())
        value = value.item() if hasattr(value, "item") else value  # numpy scalar -> plain Python
        if not _is_null(value) and value not in values:
            values.append(value)
        if len(values) == MAX_EXAMPLES:
            break
    if values:
        return tuple(values)
    rows = []
    for idx in (body.get("partial_unexpected_index_list") or ())[:MAX_EXAMPLES]:
        if idx not in df.index:
            continue
        row = df.loc[idx]
        shown = [f"{c}={row[c]}" for c in example_columns if c in df.columns and not _is_null(row[c])]
        rows.append("row " + (", ".join(shown) if shown else f"#{idx}"))
    return tuple(rows)
