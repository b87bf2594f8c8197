"""What a validation found, in terms a person running the audit can act on."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

MAX_EXAMPLES = 5
MAX_EXAMPLE_CHARS = 80
# Shown in the summary line after the column: the rule's bounds or allowed values.
_SHOWN_KWARGS = ("min_value", "max_value", "value_set", "row_condition", "regex", "type_")


@dataclass(frozen=True)
class Failure:
    """One expectation that did not hold (or could not be evaluated) on one table."""

    table: str
    expectation: str
    column: str | None
    kwargs: dict
    unexpected_count: int | None = None
    examples: tuple = ()
    exception: str | None = None
    observed: object = None

    def line(self) -> str:
        """One readable line, e.g. `raw_pages: expect_column_values_to_be_unique(url) failed on 2 rows, e.g. http://a.test/x`."""
        head = f"{self.table}: {self.expectation}" + (f"({self.column})" if self.column else "")
        shown = ", ".join(f"{k}={_kwarg_text(k, self.kwargs[k])}" for k in _SHOWN_KWARGS if k in self.kwargs)
        bounds = f" [{shown}]" if shown else ""
        if self.exception:
            return f"{head} could not be evaluated{bounds}: {_short(self.exception, 300)}"
        if self.unexpected_count is not None:
            rows = "row" if self.unexpected_count == 1 else "rows"
            text = f"{head} failed on {self.unexpected_count} {rows}"
            if self.examples:
                text += ", e.g. " + ", ".join(_short(e) for e in self.examples)
            return text + bounds
        observed = f", observed {_short(self.observed)}" if self.observed is not None else ""
        return f"{head} failed{observed}{bounds}"


@dataclass
class ValidationReport:
    """The outcome of validating one stage of one run."""

    run_id: str
    stage: str
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows validated
    failures: list[Failure] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return not self.failures

    def summary_lines(self) -> list[str]:
        """One line per failure; empty when the stage validated."""
        return [f.line() for f in self.failures]

    def to_dict(self) -> dict:
        """JSON-ready form, for run logs and the `runs` table."""
        return {
            "run_id": self.run_id, "stage": self.stage, "success": self.success, "rows": dict(self.rows),
            "failures": [{**asdict(f), "examples": [str(e) for e in f.examples],
                          "kwargs": json.loads(json.dumps(f.kwargs, default=str)),
                          "observed": None if f.observed is None else str(f.observed),
                          "line": f.line()} for f in self.failures],
        }


def _kwarg_text(key: str, value) -> str:
    if key == "row_condition" and isinstance(value, dict):
        return _condition_text(value)
    return _short(value)


def _condition_text(cond: dict) -> str:
    """GX's JSON condition as `column op value`, `A and B`, `column is null`."""
    kind = cond.get("type")
    name = (cond.get("column") or {}).get("name") if isinstance(cond.get("column"), dict) else cond.get("column")
    if kind == "comparison":
        return f"{name} {cond.get('operator')} {cond.get('parameter')!r}"
    if kind == "nullity":
        return f"{name} is {'null' if cond.get('is_null') else 'not null'}"
    if kind in ("and", "or"):
        return f" {kind} ".join(_condition_text(c) for c in cond.get("conditions") or ())
    if kind == "pass_through":
        return str(cond.get("pass_through_filter"))
    return _short(cond)


def _short(value, limit: int = MAX_EXAMPLE_CHARS) -> str:
    text = value if isinstance(value, str) else repr(value) if isinstance(value, (list, tuple, dict)) else str(value)
    text = " ".join(text.split())  # keep the line one line
    return text if len(text) <= limit else text[: limit - 1] + "…"
