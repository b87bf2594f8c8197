"""Property-based tests: config parsing, URL normalisation and curation never fail but with one line."""
from __future__ import annotations

import html.entities
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ecoaudit import overrides
from ecoaudit.config import check_client_name, check_url, load_config
from ecoaudit.errors import ConfigError
from ecoaudit.urls import home_of, host_of, is_crawlable, normalize
from reports.curate import CurationError, Exported, Formula, Row, parse_verdict, plan

# Quick enough for every `make test`: few examples, a deadline per example.
FAST = settings(max_examples=60, deadline=2000, database=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=25, deadline=5000, database=None, suppress_health_check=[HealthCheck.too_slow])

# Text that stresses parsers: controls, separators, quotes, brackets, non-ASCII.
nasty = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["", " ", "\n", "\t", "\x00", "\u2028", '"', "'", "\\", "[client]", "http://", "http://[", "a\r\nb"])


def _load(text: str) -> None:
    """load_config on `text`: success or ConfigError, with a one-line message."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "audit.toml"
        p.write_text(text, encoding="utf-8")
        try:
            load_config(p)
        except ConfigError as e:
            assert "\n" not in str(e), str(e)


# ---------------------------------------------------------------- config

@FAST
@given(st.text(max_size=200))
def test_any_text_as_toml_is_loaded_or_one_config_error(text):
    _load(text)


toml_value = st.one_of(nasty.map(json.dumps), st.integers().map(str), st.booleans().map(str).map(str.lower),
                       st.lists(nasty, max_size=3).map(json.dumps), st.just("2020-01-01"), nasty)


@FAST
@given(name=toml_value, seeds=st.lists(nasty, max_size=3), key=st.sampled_from(
    ["max_pages_per_source", "delay_seconds", "since", "contact_url", "discover_depth", "colour"]),
    value=toml_value)
def test_toml_ish_configs_are_loaded_or_one_config_error(name, seeds, key, value):
    _load(f"[client]\nname = {name}\n[sources]\nseeds = {json.dumps(seeds)}\n[crawl]\n{key} = {value}\n")


@FAST
@given(nasty)
def test_client_names_are_accepted_or_one_config_error(name):
    try:
        assert check_client_name(name) == name.strip()
    except ConfigError as e:
        assert "\n" not in str(e)
    _load(f"[client]\nname = {json.dumps(name, ensure_ascii=False)}\n")


@SLOW
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=30))
def test_an_accepted_client_name_round_trips_through_init(name):
    """What `ecoaudit init --client NAME` writes from TEMPLATE loads back to the same name."""
    from ecoaudit.cli import app

    try:
        want = check_client_name(name)
    except ConfigError:
        return
    with tempfile.TemporaryDirectory() as d:
        r = CliRunner().invoke(app, ["init", str(Path(d) / "ws"), f"--client={name}"])
        assert r.exit_code == 0, r.output
        cfg = load_config(Path(d) / "ws" / "audit.toml")
    assert cfg.client.name == want
    assert [b.strip() for b in cfg.brands["client"]] == [want]


@FAST
@given(nasty)
def test_seed_strings_are_accepted_or_refused_with_a_reason(seed):
    try:
        url = check_url(seed)
    except ValueError as e:
        assert "\n" not in str(e)
        return
    assert url.startswith(("http://", "https://")) and host_of(url)


# ---------------------------------------------------------------- URLs

label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
segment = st.text(st.characters(codec="ascii", categories=("L", "N")) | st.sampled_from("-_.~%"), max_size=8)
# Query keys named like HTML entities (`&sect`, `&not`, `&gt`...) included: courlan, given a
# string, unescapes them (`?a=1&section=2` became `?a=1%C2%A7ion%3D2`); normalize must not.
query_key = st.text(st.characters(codec="ascii", categories=("L", "N")), min_size=1, max_size=6) | st.sampled_from(
    [n for n in html.entities.html5 if not n.endswith(";") and n.isalnum()][:40])
http_url = st.builds(
    lambda scheme, labels, tld, port, path, query: (
        f"{scheme}://{'.'.join(labels + [tld])}{port}/{'/'.join(path)}"
        + ("?" + "&".join(f"{k}={v}" for k, v in query) if query else "")),
    st.sampled_from(["http", "https", "HTTP"]), st.lists(label, min_size=1, max_size=3),
    st.sampled_from(["fr", "test", "com"]), st.sampled_from(["", ":80", ":443", ":8080"]),
    st.lists(segment, max_size=4), st.lists(st.tuples(query_key, segment), max_size=3))


@FAST
@given(st.text(max_size=80) | http_url.map(lambda u: u + "#frag"))
def test_url_helpers_never_raise_on_any_text(text):
    assert isinstance(normalize(text), str)
    assert isinstance(is_crawlable(text), bool)
    assert isinstance(host_of(text), str)


@FAST
@given(http_url)
def test_normalize_is_idempotent_on_http_urls(url):
    once = normalize(url)
    assert normalize(once) == once
    assert host_of(once) == host_of(url)
    assert is_crawlable(once) == is_crawlable(normalize(once))
    assert normalize(home_of(once)) == home_of(once)


@pytest.mark.parametrize("url", ["http://a.test/?a=1&section=2", "http://a.test/?0=0&gt=0"])
def test_a_query_key_named_like_an_html_entity_is_kept(url):
    assert normalize(url) == url


# ---------------------------------------------------------------- curation input

WROTE = {"www.a.test": Exported("automated", None, "automated"), "localhost": Exported("pertinent", None, None)}
KNOWN = {"www.a.test", "www.b.test", "localhost"}
COLS = {"source": "A", "host": "B", "verdict": "C", "override_note": "D"}
cell = st.one_of(st.none(), nasty, st.integers(), st.floats(allow_nan=True), st.booleans(),
                 nasty.map(lambda t: ("formula", "=" + t)),  # made a Formula in the test
                 st.sampled_from(["pertinent", " Automated ", "indécise", "UNDECIDED", "automatisées"]))
host_cell = st.one_of(st.none(), nasty, st.integers(),
                      st.sampled_from(["www.a.test", "WWW.A.TEST.", "http://localhost:8080/x", "localhost",
                                       "www.b.test:80", "intranet", "a b", "http://[::1"]))


def _cell(value):
    """A drawn cell as curate reads it (hypothesis keeps plain values: a formula is a tuple)."""
    return Formula(value[1]) if isinstance(value, tuple) else value


@FAST
@given(st.lists(st.tuples(host_cell, cell, cell), max_size=8))
def test_any_cells_give_edits_or_problem_lines(cells):
    rows = [Row("Candidates", n, host, None, _cell(verdict), _cell(note), COLS, True)
            for n, (host, verdict, note) in enumerate(cells, start=2)]
    p = plan(rows, WROTE, KNOWN, "sources.xlsx")
    assert all(e.verdict in overrides.VERDICTS and e.host in KNOWN for e in p.edits)
    assert all(line.startswith("sources.xlsx: ") and "\n" not in line for line in p.problems)
    assert p.problem_count == len(p.problems) <= 2 * len(rows)  # a row: one problem, or two formulas
    if p.problems:
        e = CurationError(p.problems, p.problem_count)
        assert e.total == p.problem_count and "\n" not in str(e)


@FAST
@given(cell)
def test_a_verdict_cell_is_a_verdict_none_or_a_value_error(value):
    value = _cell(value)
    try:
        v = parse_verdict(value)
    except ValueError:
        return
    assert v is None or v in overrides.VERDICTS
    assume(v is not None)
    p = plan([Row("Pertinent", 2, "www.b.test", None, value, None, COLS, True)], WROTE, KNOWN, "f")
    assert p.problems == [] if not isinstance(value, Formula) else len(p.problems) == 1
