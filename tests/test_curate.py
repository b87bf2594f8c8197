"""Curation round-trip: edit a run's sources.xlsx (or its CSVs), `ecoaudit curate`, overrides recorded."""
from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import openpyxl
import pytest
from typer.testing import CliRunner

from ecoaudit import overrides
from ecoaudit.errors import ConfigError
from reports.curate import (MAX_PROBLEMS, CurationError, Exported, Formula, Row, curate, plan,
                            summary_lines)
from tests.test_export import HYPERLINK, RUN, build_warehouse, export, source


@pytest.fixture
def client_dir(tmp_path):
    """WORKSPACE/<client>/ as test_export builds it, its run r1 delivered (what curate accepts)."""
    d = tmp_path / "ws" / "cabinet-exemple"
    build_warehouse(d / "warehouse.duckdb")
    with duckdb.connect(str(d / "warehouse.duckdb")) as con:
        con.execute("update runs set status = 'delivered' where run_id = ?", [RUN])
    (d / "runs" / RUN).mkdir(parents=True)
    return d


def current(client_dir: Path) -> dict:
    with duckdb.connect(str(client_dir / "warehouse.duckdb"), read_only=True) as con:
        return overrides.current(con)


def log(client_dir: Path) -> list[tuple]:
    with duckdb.connect(str(client_dir / "warehouse.duckdb"), read_only=True) as con:
        return con.execute("select host, verdict, note, previous_verdict, source from overrides_log "
                           "order by changed_at, rowid").fetchall()


BEFORE = {"www.over.test": ("pertinent", "-- auteur connu du client")}


def edit(path: Path, changes: dict[tuple[str, str], dict[str, object]]) -> None:
    """Set cells by (sheet, host) and header text, as a consultant would in Excel."""
    wb = openpyxl.load_workbook(path)
    for (sheet, host), cells in changes.items():
        ws = wb[sheet]
        heads = {c.value: c.column for c in ws[1]}
        row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, heads["Site"]).value == host)
        for head, value in cells.items():
            ws.cell(row, heads[head]).value = value
    wb.save(path)


def cell_of(path: Path, sheet: str, host: str, head: str) -> str:
    ws = openpyxl.load_workbook(path)[sheet]
    heads = {c.value: c.column_letter for c in ws[1]}
    row = next(r for r in range(2, ws.max_row + 1) if ws[f"{heads['Site']}{r}"].value == host)
    return f"{heads[head]}{row}"


def cli(*args):
    from ecoaudit.cli import app

    return CliRunner().invoke(app, ["curate", *map(str, args)])


# ---------------------------------------------------------------- plan (pure)

def row(host="www.a.test", verdict=None, note=None, n=2, sheet="Automated", has_note=True):
    cols = {"source": "A", "host": "B", "verdict": "C", "override_note": "D"}
    return Row(sheet, n, host, None, verdict, note, cols, has_note)


WROTE = {"www.a.test": Exported("automated", None, "automated"),
         "www.b.test": Exported("pertinent", "vu", "automated")}
KNOWN = {"www.a.test", "www.b.test", "www.c.test"}


def test_plan_untouched_rows_change_nothing():
    p = plan([row(verdict="automated"), row("www.b.test", "pertinent", "vu", 3)], WROTE, KNOWN, "f.xlsx")
    assert (p.edits, p.problems, p.warnings) == ([], [], [])


@pytest.mark.parametrize("verdict, note, want", [
    ("pertinent", None, ("pertinent", None)),
    (" Pertinent ", None, ("pertinent", None)),  # case and spaces
    ("indécise", None, ("undecided", None)),  # the French words
    ("automated", "réseau SEO", ("automated", "réseau SEO")),  # a note alone pins the verdict shown
    ("undecided", "'=1+1", ("undecided", "=1+1")),  # our neutralising quote is not kept
])
def test_plan_edits(verdict, note, want):
    p = plan([row(verdict=verdict, note=note)], WROTE, KNOWN, "f.xlsx")
    assert not p.problems
    assert [(e.host, e.verdict, e.note, e.where, e.was) for e in p.edits] == [("www.a.test", *want, "Automated!C2", "automated")]


def test_plan_notes_compare_with_what_was_written():
    wrote = {"www.a.test": Exported("automated", "=1+1", "automated")}
    assert plan([row(verdict="automated", note="'=1+1")], wrote, KNOWN, "f").edits == []  # as exported
    p = plan([row(verdict="automated", note=None)], wrote, KNOWN, "f")  # note emptied: removed
    assert [(e.verdict, e.note) for e in p.edits] == [("automated", None)]
    p = plan([row("www.b.test", verdict="pertinent", note=None, has_note=False)], WROTE, KNOWN, "f")
    assert p.edits == []  # a table without a note column keeps the notes


def test_plan_empty_verdict_is_no_opinion():
    p = plan([row(verdict=None), row("www.b.test", None, "autre note", 3)], WROTE, KNOWN, "f.xlsx")
    assert p.edits == [] and p.problems == []
    assert p.warnings == ["f.xlsx: Automated!D3: note ignored: the verdict cell Automated!C3 is empty"]


def test_plan_invalid_cells_are_named():
    p = plan([row(verdict="spam", n=12), row("not a host", "automated", n=13),
              row("www.nowhere.test", "automated", n=14), row(None, "automated", n=15),
              row(None, None, n=16)], WROTE, KNOWN, "sources.xlsx")
    assert p.problems == [
        "sources.xlsx: Automated!C12: verdict 'spam': use pertinent, automated, undecided or out",
        "sources.xlsx: Automated!B13: host 'not a host': not a host name (e.g. www.example.fr) nor a URL",
        "sources.xlsx: Automated!B14: www.nowhere.test: not a source of this audit; check the spelling",
        "sources.xlsx: Automated!B15: no host on a row with a verdict or a note: fill it or clear the row",
    ]


def test_plan_host_edited_twice():
    same = plan([row(verdict="pertinent"), row(verdict="pertinent", sheet="Candidates", n=7)], WROTE, KNOWN, "f")
    assert len(same.edits) == 1 and not same.problems  # the same edit twice counts once
    untouched_copy = plan([row(verdict="pertinent"), row(verdict="automated", sheet="Candidates", n=7)],
                          WROTE, KNOWN, "f")
    assert [e.verdict for e in untouched_copy.edits] == ["pertinent"] and not untouched_copy.problems
    p = plan([row(verdict="pertinent"), row(verdict="undecided", sheet="Candidates", n=7)], WROTE, KNOWN, "f")
    assert p.problems == ["f: Automated!C2 and Candidates!C7: www.a.test is given two verdicts "
                          "(pertinent, undecided): keep one"]
    p = plan([row(verdict="pertinent", note="x"), row(verdict="pertinent", note="y", sheet="Crawl list", n=7)],
             WROTE, KNOWN, "f")
    assert p.problems == ["f: Automated!D2 and 'Crawl list'!D7: www.a.test is given two different notes: keep one"]


def test_plan_host_of_an_earlier_run_and_urls():
    p = plan([Row(None, 5, None, "http://WWW.C.test/page", "automated", None, {"source": "A", "verdict": "B"})],
             WROTE, KNOWN, "sources.csv")
    assert [(e.host, e.verdict, e.where, e.was) for e in p.edits] == [("www.c.test", "automated", "B5", None)]


# ---------------------------------------------------------------- the workbook, end to end

def test_curate_records_edits_from_every_source_sheet(client_dir):
    path = export(client_dir, "en")
    edit(path, {
        ("Pertinent", "www.blog.test"): {"Verdict": "automated", "Consultant's note": "réseau du cabinet X"},
        ("Candidates", "www.cand.test"): {"Verdict": "pertinent"},
        ("Forums", "forum.test"): {"Consultant's note": "à suivre"},
        ("Pertinent", "www.over.test"): {"Consultant's note": None},
    })
    out = curate(path)
    assert out.run_id == RUN and out.warehouse == client_dir / "warehouse.duckdb"
    assert current(client_dir) == {
        "www.blog.test": ("automated", "réseau du cabinet X"),
        "www.cand.test": ("pertinent", None),
        "forum.test": ("pertinent", "à suivre"),
        "www.over.test": ("pertinent", None),
    }
    assert {(h, s) for h, *_, s in log(client_dir)} == {
        ("www.blog.test", "curate"), ("www.cand.test", "curate"), ("forum.test", "curate"), ("www.over.test", "curate")}
    lines = summary_lines(out)
    assert f"Pertinent!C{cell_of(path, 'Pertinent', 'www.blog.test', 'Verdict')[1:]}: www.blog.test: " \
           f"pertinent -> automated (note: \"réseau du cabinet X\")" in lines
    assert lines[-1].startswith("sources.xlsx: 4 overrides recorded in ") and lines[-1].endswith("shown from the next run")
    # Curating the same file again changes nothing.
    again = curate(path)
    assert again.changes == [] and summary_lines(again)[-1] == "sources.xlsx: no change"
    assert len(log(client_dir)) == 4


def test_other_columns_sorting_and_deleted_rows_change_nothing(client_dir):
    path = export(client_dir, "fr")
    wb = openpyxl.load_workbook(path)
    ws = wb["Automatisés"]
    for c in ws[2][4:]:  # machine verdict, score, evidence... everything right of the note
        c.value = "pertinent" if c.column == 5 else "modifié"
    wb["Pertinents"].delete_rows(2, 3)  # rows deleted
    ws = wb["Indécis"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    for r, values in enumerate(reversed(rows), start=2):  # sorted the other way
        for c, v in enumerate(values, start=1):
            ws.cell(r, c).value = v
    del wb["Candidats"]  # a sheet deleted
    wb.save(path)
    out = curate(path)
    assert out.edits == [] and current(client_dir) == BEFORE


def test_an_old_workbook_never_undoes_a_later_override(client_dir):
    path = export(client_dir, "en")
    with duckdb.connect(str(client_dir / "warehouse.duckdb")) as con:
        overrides.record(con, [("www.spam.test", "undecided", "à revoir")], origin="cli")
    assert curate(path).edits == []
    assert current(client_dir)["www.spam.test"] == ("undecided", "à revoir")


def test_all_or_nothing(client_dir):
    path = export(client_dir, "en")
    edit(path, {("Pertinent", "www.blog.test"): {"Verdict": "automated"},
                ("Automated", "www.spam.test"): {"Verdict": "spam"}})
    with pytest.raises(CurationError) as e:
        curate(path)
    ref = cell_of(path, "Automated", "www.spam.test", "Verdict")
    assert e.value.problems == [f"sources.xlsx: Automated!{ref}: verdict 'spam': use pertinent, automated, undecided or out"]
    assert current(client_dir) == BEFORE


def test_dry_run_records_nothing(client_dir):
    path = export(client_dir, "en")
    edit(path, {("Pertinent", "www.blog.test"): {"Verdict": "automated"}})
    out = curate(path, dry_run=True)
    assert [e.host for e in out.edits] == ["www.blog.test"] and current(client_dir) == BEFORE
    assert summary_lines(out)[-1] == "sources.xlsx: 1 override to record (dry run: nothing recorded)"


def test_a_hostile_note_is_stored_as_typed_and_shown_inert(client_dir):
    path = export(client_dir, "en")
    wb = openpyxl.load_workbook(path)
    ws = wb["Pertinent"]
    ref = cell_of(path, "Pertinent", "www.blog.test", "Consultant's note")
    ws[ref].value = HYPERLINK
    ws[ref].data_type = "s"  # typed as text (Excel keeps a leading quote as a prefix, not in the value)
    wb.save(path)
    curate(path)
    assert current(client_dir)["www.blog.test"] == ("pertinent", HYPERLINK)


# ---------------------------------------------------------------- CSV files

def _rewrite_csv(path: Path, host: str, changes: dict, delimiter=",", encoding="utf-8-sig"):
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        if r["host"] == host:
            r.update(changes)
    with path.open("w", encoding=encoding, newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=delimiter)
        w.writeheader()
        w.writerows(rows)


def test_curate_a_sheet_csv_and_sources_csv(client_dir):
    export(client_dir, "fr")
    run_dir = client_dir / "runs" / RUN
    cand = run_dir / "sheets" / "candidates.csv"
    _rewrite_csv(cand, "www.dead.test", {"verdict": "automated", "override_note": "domaine expiré"},
                 delimiter=";", encoding="cp1252")  # as French Excel saves a CSV
    out = curate(cand)
    assert [(e.host, e.verdict, e.note) for e in out.edits] == [("www.dead.test", "automated", "domaine expiré")]
    src = run_dir / "sources.csv"
    _rewrite_csv(src, "www.spam.test", {"verdict": "pertinent"}, encoding="utf-8")
    _rewrite_csv(src, "www.blog.test", {"score": "0.99", "kind": "forum"}, encoding="utf-8")
    out = curate(src)
    with src.open(encoding="utf-8", newline="") as f:
        line = 2 + [r["host"] for r in csv.DictReader(f)].index("www.spam.test")
    assert [(e.host, e.verdict, e.where) for e in out.edits] == [("www.spam.test", "pertinent", f"D{line}")]
    assert current(client_dir) == {**BEFORE, "www.dead.test": ("automated", "domaine expiré"),
                                   "www.spam.test": ("pertinent", None)}


def test_a_file_without_source_table_is_refused(client_dir, tmp_path):
    export(client_dir, "en")
    with pytest.raises(ConfigError, match="no table with a verdict column"):
        curate(client_dir / "runs" / RUN / "sheets" / "themes.csv")
    other = tmp_path / "notes.txt"
    other.write_text("x")
    with pytest.raises(ConfigError, match="give a run's sources.xlsx"):
        curate(other)


# ---------------------------------------------------------------- the command

def test_cli_prints_one_line_per_change_and_a_total(client_dir):
    path = export(client_dir, "en")
    edit(path, {("Automated", "www.spam.test"): {"Verdict": "pertinent", "Consultant's note": "vu avec le client"}})
    ref = cell_of(path, "Automated", "www.spam.test", "Verdict")
    r = cli(path)
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == [
        f'Automated!{ref}: www.spam.test: automated -> pertinent (note: "vu avec le client")',
        f"sources.xlsx: 1 override recorded in {client_dir / 'warehouse.duckdb'}; shown from the next run",
    ]
    assert current(client_dir)["www.spam.test"] == ("pertinent", "vu avec le client")


def test_cli_invalid_cells_exit_2_and_record_nothing(client_dir):
    path = export(client_dir, "en")
    edit(path, {("Automated", "www.spam.test"): {"Verdict": "spam"},
                ("Pertinent", "www.blog.test"): {"Verdict": "automated"},
                ("Candidates", "www.cand.test"): {"Verdict": "automated"},
                ("Undecided", "www.cand.test"): {"Verdict": "pertinent"}})
    r = cli(path)
    assert r.exit_code == 2
    spam = cell_of(path, "Automated", "www.spam.test", "Verdict")
    cand = cell_of(path, "Undecided", "www.cand.test", "Verdict")
    cand2 = cell_of(path, "Candidates", "www.cand.test", "Verdict")
    lines = r.stderr.strip().splitlines()
    assert lines[0] == f"ecoaudit: sources.xlsx: Automated!{spam}: verdict 'spam': use pertinent, automated, undecided or out"
    assert lines[1].startswith(f"ecoaudit: sources.xlsx: Undecided!{cand} and Candidates!{cand2}: www.cand.test "
                               "is given two verdicts (pertinent, automated)")
    assert lines[1].endswith("(2 problems; nothing recorded)") and len(lines) == 2
    assert r.stdout == "" and current(client_dir) == BEFORE


def test_cli_with_config_for_a_file_outside_the_workspace(client_dir, tmp_path):
    path = export(client_dir, "en")
    edit(path, {("Pertinent", "www.blog.test"): {"Verdict": "undecided"}})
    moved = tmp_path / "Downloads" / "sources (2).xlsx"
    moved.parent.mkdir()
    path.rename(moved)
    r = cli(moved)
    assert r.exit_code == 2 and "not in a run folder" in r.stderr and "--config" in r.stderr
    toml = client_dir.parent / "audit.toml"
    toml.write_text('[client]\nname = "Cabinet Exemple"\n[sources]\nseeds = ["http://www.blog.test/"]\n')
    r = cli(moved, "--config", toml, "--dry-run")
    assert r.exit_code == 0 and "would be recorded" in r.stdout and current(client_dir) == BEFORE
    r = cli(moved, "--config", toml)  # the run id comes from the workbook itself
    assert r.exit_code == 0, r.output
    assert current(client_dir)["www.blog.test"] == ("undecided", None)


@pytest.mark.parametrize("args, message", [
    (["missing.xlsx"], "no such file"),
    (["{path}", "--workspace", "/tmp"], "--workspace needs --config"),
    (["{path}", "--run-id", "no such run"], "--run-id"),
    (["{path}", "--run-id", "r9"], "run r9 has no sources"),
])
def test_cli_usage_errors_exit_2(client_dir, args, message):
    path = export(client_dir, "en")
    r = cli(*[a.format(path=path) for a in args])
    assert r.exit_code == 2 and message in r.stderr and len(r.stderr.strip().splitlines()) == 1


# ---------------------------------------------------------------- the file belongs to the warehouse's run

def other_client(tmp_path: Path, name: str = "Cabinet Autre") -> tuple[Path, Path]:
    """Another client's audit.toml and warehouse, with a delivered run of the same id and hosts."""
    root = tmp_path / "other"
    toml = root / "audit.toml"
    root.mkdir()
    toml.write_text(f'[client]\nname = "{name}"\n[sources]\nseeds = ["http://www.blog.test/"]\n')
    db = root / "cabinet-autre" / "warehouse.duckdb"
    build_warehouse(db)
    with duckdb.connect(str(db)) as con:
        con.execute("update runs set client = ?, status = 'delivered', config_json = ? where run_id = ?",
                    [name, f'{{"client": {{"name": "{name}"}}}}', RUN])
    return toml, db


def test_a_workbook_of_another_client_is_refused(client_dir, tmp_path):
    path = export(client_dir, "en")
    edit(path, {("Pertinent", "www.blog.test"): {"Verdict": "automated"}})
    toml, db = other_client(tmp_path)
    with pytest.raises(ConfigError) as e:
        curate(path, warehouse=db)
    msg = str(e.value)
    assert "\n" not in msg and str(path) in msg
    assert "'Cabinet Exemple'" in msg and "'Cabinet Autre'" in msg
    r = cli(path, "--config", toml)
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "written for client 'Cabinet Exemple'" in r.stderr and "'Cabinet Autre'" in r.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert overrides.current(con) == BEFORE  # nothing recorded
    assert current(client_dir) == BEFORE


def test_a_csv_of_another_clients_run_folder_is_refused(client_dir, tmp_path):
    export(client_dir, "en")
    cand = client_dir / "runs" / RUN / "sheets" / "candidates.csv"
    _rewrite_csv(cand, "www.dead.test", {"verdict": "automated"})
    toml, db = other_client(tmp_path)
    r = cli(cand, "--config", toml)
    assert r.exit_code == 2 and "'cabinet-exemple'" in r.stderr and "'Cabinet Autre'" in r.stderr
    # The run's own copy of audit.toml names the client when there is one.
    (client_dir / "runs" / RUN / "audit.toml").write_text('[client]\nname = "Cabinet Exemple"\n')
    r = cli(cand, "--config", toml)
    assert r.exit_code == 2 and "written for client 'Cabinet Exemple'" in r.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert overrides.current(con) == BEFORE
    assert curate(cand).edits  # its own warehouse takes it


def test_the_client_is_read_from_the_summary_sheet(client_dir, tmp_path):
    """A workbook moved out of its run folder still names its client (Summary sheet)."""
    path = export(client_dir, "fr")
    moved = tmp_path / "sources.xlsx"
    path.rename(moved)
    _, db = other_client(tmp_path)
    with pytest.raises(ConfigError, match="written for client 'Cabinet Exemple'"):
        curate(moved, warehouse=db)
    assert curate(moved, warehouse=client_dir / "warehouse.duckdb").run_id == RUN


@pytest.mark.parametrize("status, message", [("transformed", "is not delivered"), (None, "is not a run of")])
def test_only_a_delivered_run_of_the_warehouse_is_curated(client_dir, status, message):
    path = export(client_dir, "en")
    edit(path, {("Pertinent", "www.blog.test"): {"Verdict": "automated"}})
    with duckdb.connect(str(client_dir / "warehouse.duckdb")) as con:
        if status:
            con.execute("update runs set status = ? where run_id = ?", [status, RUN])
        else:
            con.execute("delete from runs where run_id = ?", [RUN])
    with pytest.raises(ConfigError, match=message):
        curate(path)
    assert current(client_dir) == BEFORE


def test_a_partial_run_was_delivered_too(client_dir):
    path = export(client_dir, "en")
    edit(path, {("Pertinent", "www.blog.test"): {"Verdict": "automated"}})
    with duckdb.connect(str(client_dir / "warehouse.duckdb")) as con:
        con.execute("update runs set status = 'partial' where run_id = ?", [RUN])
    assert [e.host for e in curate(path).edits] == ["www.blog.test"]


# ---------------------------------------------------------------- hosts the crawl wrote, formulas

def test_a_host_without_a_dot_written_by_the_export_is_curated(client_dir):
    with duckdb.connect(str(client_dir / "warehouse.duckdb")) as con:
        local = source(source="http://localhost:8080/", host="localhost", status="discovered", depth=1,
                       discovered_from="http://www.blog.test/a")
        cols = list(local)
        con.execute(f"INSERT INTO sources ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [local[c] for c in cols])
        con.execute("INSERT INTO raw_sources (run_id, host) VALUES (?, 'localhost')", [RUN])
    path = export(client_dir, "en")
    edit(path, {("Candidates", "localhost"): {"Verdict": "automated", "Consultant's note": "serveur de test"}})
    out = curate(path)
    assert [(e.host, e.verdict) for e in out.edits] == [("localhost", "automated")]
    assert current(client_dir)["localhost"] == ("automated", "serveur de test")
    # A host name that is not a source is named as such; garbage is still not a host.
    p = plan([row("intranet", "automated"), row("http://localhost:8080/x", "pertinent", n=3),
              row("not a host", "automated", n=4), row("a/b", "automated", n=5)],
             WROTE, KNOWN | {"localhost"}, "f")
    assert [(e.host, e.verdict) for e in p.edits] == [("localhost", "pertinent")]
    assert p.problems == [
        "f: Automated!B2: intranet: not a source of this audit; check the spelling",
        "f: Automated!B4: host 'not a host': not a host name (e.g. www.example.fr) nor a URL",
        "f: Automated!B5: host 'a/b': not a host name (e.g. www.example.fr) nor a URL",
    ]


def test_plan_refuses_formulas_naming_the_cell():
    p = plan([row(verdict=Formula('=IF(E2>0.5,"automated","pertinent")')),
              row("www.b.test", "automated", Formula("=A3"), n=3)], WROTE, KNOWN, "f.xlsx")
    assert p.edits == [] and len(p.problems) == 2
    assert p.problems[0].startswith("f.xlsx: Automated!C2: a formula (=IF(E2>0.5,")
    assert p.problems[1].startswith("f.xlsx: Automated!D3: a formula (=A3)")


def test_a_formula_in_the_verdict_column_is_an_invalid_cell(client_dir):
    path = export(client_dir, "en")
    ref = cell_of(path, "Automated", "www.spam.test", "Verdict")
    note = cell_of(path, "Pertinent", "www.blog.test", "Consultant's note")
    wb = openpyxl.load_workbook(path)
    wb["Automated"][ref] = '=IF(1=1,"pertinent","automated")'
    wb["Pertinent"][note] = "=A1"
    wb["Pertinent"][cell_of(path, "Pertinent", "www.blog.test", "Verdict")] = "automated"
    wb.save(path)
    with pytest.raises(CurationError) as e:
        curate(path)
    assert [p.split(": a formula")[0] for p in e.value.problems] == [
        f"sources.xlsx: Pertinent!{note}", f"sources.xlsx: Automated!{ref}"]
    assert current(client_dir) == BEFORE


# ---------------------------------------------------------------- bounded output

def test_problems_and_warnings_are_bounded():
    rows = [row(verdict="spam", n=n) for n in range(2, 100_002)]
    p = plan(rows, WROTE, KNOWN, "f")
    assert len(p.problems) == MAX_PROBLEMS and p.problem_count == 100_000
    e = CurationError(p.problems, p.problem_count)
    assert e.total == 100_000 and len(e.problems) == MAX_PROBLEMS + 1
    assert e.problems[-1] == f"... and {100_000 - MAX_PROBLEMS} more problems"
    assert str(e).endswith("(+99999 more)") and "\n" not in str(e)
    assert CurationError(["one"]).problems == ["one"] and CurationError(["one"]).total == 1
    w = plan([row("www.b.test", None, f"note {n}", n) for n in range(2, 1002)], WROTE, KNOWN, "f").warnings
    assert len(w) == 21 and w[-1] == "f: ... and 980 more warnings"


def test_cli_prints_a_bounded_number_of_lines(client_dir):
    export(client_dir, "en")
    cand = client_dir / "runs" / RUN / "sheets" / "candidates.csv"
    with cand.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    bad = [{**rows[0], "verdict": f"spam{n}"} for n in range(5000)]
    with cand.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(bad)
    r = cli(cand)
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == MAX_PROBLEMS + 1
    assert lines[-1].startswith(f"ecoaudit: ... and {5000 - MAX_PROBLEMS} more problems")
    assert current(client_dir) == BEFORE
