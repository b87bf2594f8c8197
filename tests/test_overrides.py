"""Consultant overrides: `ecoaudit.overrides` on in-memory DuckDB and the `ecoaudit verdict` command."""
from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from ecoaudit import overrides
from ecoaudit.errors import ConfigError


@pytest.fixture
def con():
    c = duckdb.connect()
    yield c
    c.close()


def test_record_sets_replaces_clears_and_logs(con):
    done = overrides.record(con, [("a.test", "automated", " réseau SEO ")], origin="cli")
    assert [(d.host, d.verdict, d.note, d.previous) for d in done] == [("a.test", "automated", "réseau SEO", None)]
    assert overrides.current(con) == {"a.test": ("automated", "réseau SEO")}
    assert overrides.record(con, [("a.test", "automated", "réseau SEO")], origin="cli") == []  # same: no change
    done = overrides.record(con, [("a.test", "pertinent", None)], origin="curate")
    assert done[0].previous == "automated" and overrides.current(con) == {"a.test": ("pertinent", None)}
    done = overrides.record(con, [("a.test", None, None)], origin="cli")
    assert done[0].verdict is None and overrides.current(con) == {}
    assert overrides.record(con, [("a.test", None, None)], origin="cli") == []  # nothing to remove
    log = con.execute("select host, verdict, previous_verdict, source from overrides_log order by changed_at, rowid").fetchall()
    assert log == [("a.test", "automated", None, "cli"), ("a.test", "pertinent", "automated", "curate"),
                   ("a.test", None, "pertinent", "cli")]


def test_record_is_all_or_nothing(con):
    overrides.record(con, [("a.test", "automated", None)], origin="cli")
    with pytest.raises(Exception):
        overrides.record(con, [("b.test", "pertinent", None), (None, "automated", None)], origin="cli")
    assert overrides.current(con) == {"a.test": ("automated", None)}


@pytest.mark.parametrize("typed, host", [
    ("www.Example.fr", "www.example.fr"), ("http://WWW.example.fr/blog/?p=1", "www.example.fr"),
    ("forum.example.fr.", "forum.example.fr"), ("www.example.fr:80", "www.example.fr"),
])
def test_normalise_host(typed, host):
    assert overrides.normalise_host(typed) == host


@pytest.mark.parametrize("bad", ["", "   ", "localhost", "www.example.fr/blog", "not a host"])
def test_normalise_host_refuses_what_is_not_a_host(bad):
    with pytest.raises(ConfigError, match="not a host"):
        overrides.normalise_host(bad)


def test_check_verdict():
    assert overrides.check_verdict(" Automated ", "x") == "automated"
    with pytest.raises(ConfigError, match="B12: verdict 'spam'"):
        overrides.check_verdict("spam", "B12")


@pytest.fixture
def workspace(tmp_path):
    """A client workspace whose warehouse knows two sources (as a run would leave it)."""
    from ecoaudit.config import load_config
    from ecoaudit.warehouse import ensure_schema
    from ecoaudit.workspace import Workspace

    toml = tmp_path / "audit.toml"
    toml.write_text('[client]\nname = "Cabinet Test"\n[sources]\nseeds = ["http://www.a.test/"]\n', encoding="utf-8")
    path = Workspace(tmp_path, load_config(toml).slug).warehouse
    path.parent.mkdir(parents=True)
    with duckdb.connect(str(path)) as c:
        ensure_schema(c)
        c.execute("insert into raw_sources (run_id, host) values ('r1', 'www.a.test'), ('r1', 'forum.b.test')")
    return toml, path


def _cli(*args):
    from ecoaudit.cli import app

    return CliRunner().invoke(app, list(args))


def test_verdict_command_records_lists_and_clears(workspace):
    toml, path = workspace
    r = _cli("verdict", "http://www.a.test/page", "automated", "--note", "ferme de liens", "--config", str(toml))
    assert r.exit_code == 0, r.output
    with duckdb.connect(str(path), read_only=True) as c:
        assert overrides.current(c) == {"www.a.test": ("automated", "ferme de liens")}
    r = _cli("verdict", "--list", "--config", str(toml))
    assert r.exit_code == 0 and r.stdout.strip() == "www.a.test\tautomated\tferme de liens"
    r = _cli("verdict", "www.a.test", "--clear", "--config", str(toml))
    assert r.exit_code == 0, r.output
    with duckdb.connect(str(path), read_only=True) as c:
        assert overrides.current(c) == {}


@pytest.mark.parametrize("args, message", [
    (["www.a.test", "spam"], "verdict 'spam'"),
    (["www.unknown.test", "automated"], "not a source of this audit"),
    (["www.a.test"], "give either a verdict"),
    (["www.a.test", "automated", "--clear"], "give either a verdict"),
    ([], "give a host"),
])
def test_verdict_command_usage_errors_exit_2_with_one_line(workspace, args, message):
    toml, path = workspace
    r = _cli("verdict", *args, "--config", str(toml))
    assert r.exit_code == 2
    assert message in r.output and len(r.output.strip().splitlines()) == 1
    with duckdb.connect(str(path), read_only=True) as c:
        assert overrides.current(c) == {}


def test_out_sets_a_site_out_of_the_map_and_a_verdict_brings_it_back(con):
    overrides.record(con, [("a.test", "automated", None)], origin="cli")
    done = overrides.record(con, [("a.test", "out", "annuaire")], origin="cli")
    assert [(d.verdict, d.previous) for d in done] == [("out", None)]
    assert overrides.excluded(con) == {"a.test": "annuaire"}
    assert overrides.current(con) == {"a.test": ("automated", None)}  # the verdict override stays
    assert overrides.record(con, [("a.test", "out", "annuaire")], origin="cli") == []  # same: no change
    done = overrides.record(con, [("a.test", "pertinent", None)], origin="curate")
    assert overrides.excluded(con) == {} and overrides.current(con) == {"a.test": ("pertinent", None)}
    assert done[0].previous == "out"
    overrides.record(con, [("b.test", "out", None)], origin="cli")
    overrides.record(con, [("b.test", None, None)], origin="cli")  # --clear: back in the map
    assert overrides.excluded(con) == {}
    with pytest.raises(ConfigError, match="use one of pertinent, automated, undecided$"):
        overrides.check_verdict("out", "x")  # only where the map's OUT is meant
    assert overrides.check_verdict("OUT", "x", allow_out=True) == "out"


def test_verdict_command_sets_a_linked_site_out(workspace):
    toml, path = workspace
    with duckdb.connect(str(path)) as c:
        c.execute("insert into raw_links (run_id, from_host, to_host, to_url) "
                  "values ('r1', 'www.a.test', 'annuaire.c.test', 'http://annuaire.c.test/x')")
    r = _cli("verdict", "annuaire.c.test", "out", "--note", "annuaire", "--config", str(toml))
    assert r.exit_code == 0, r.output
    assert "out of the ecosystem map" in r.output
    r = _cli("verdict", "--list", "--config", str(toml))
    assert r.stdout.strip() == "annuaire.c.test\tout\tannuaire"
    r = _cli("verdict", "www.nowhere.test", "out", "--config", str(toml))
    assert r.exit_code == 2 and "not a source of this audit" in r.output
