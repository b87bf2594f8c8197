"""The consultant's last word: verdict overrides kept in the client's warehouse, across runs.

`overrides` holds the current override per host (the marts left-join it: an override wins in
`verdict`, the machine's verdict stays beside it); `overrides_log` keeps every change, so a
verdict can be traced (who changed what is the consultant's file; when and from what is here).
`ecoaudit verdict` and `ecoaudit curate` both write through `record`.
"""
from __future__ import annotations

from dataclasses import dataclass

import duckdb

from .contract import vocabulary
from .errors import ConfigError
from .urls import host_of
# The tables' schema is the warehouse's (warehouse.ensure_schema creates them); `ensure_tables` is its name here.
from .warehouse import ensure_overrides as ensure_tables, table_exists

VERDICTS = vocabulary("verdict")  # ("pertinent", "automated", "undecided"): sql/_vocabularies.yml
MAX_NOTE_CHARS = 2000


@dataclass(frozen=True)
class Change:
    host: str
    verdict: str | None  # None: the override is removed
    note: str | None
    previous: str | None  # the override it replaces, if any


def normalise_host(value: str) -> str:
    """A host from what a consultant types: a host name or a URL; lowercase, no port 80, no dot at the end."""
    text = (value or "").strip()
    host = host_of(text) if "://" in text else text.lower().rstrip(".").removesuffix(":80")
    if not host or any(c in host for c in " /\\?#@") or "." not in host:
        raise ConfigError(f"host {value!r}: not a host name (e.g. www.example.fr) nor a URL")
    return host


# Not a verdict on the source but on the map: the site is OUT of the client's ecosystem (status OUT in
# the `entities` mart; never crawled as a discovered site, never a prospect). Kept in `exclusions`.
OUT = "out"


def check_verdict(value: str, where: str, allow_out: bool = False) -> str:
    v = (value or "").strip().lower()
    choices = VERDICTS + ((OUT,) if allow_out else ())
    if v not in choices:
        raise ConfigError(f"{where}: verdict {value!r}: use one of {', '.join(choices)}")
    return v


def excluded(con: duckdb.DuckDBPyConnection) -> dict[str, str | None]:
    """host -> note of every site set OUT of the map."""
    if not table_exists(con, "exclusions"):
        return {}
    return dict(con.execute("select host, note from exclusions order by host").fetchall())


def linked_hosts(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Hosts any run's sources linked to (raw_links): what can be set OUT without being crawled."""
    if not table_exists(con, "raw_links"):
        return set()
    return {r[0] for r in con.execute("select distinct lower(to_host) from raw_links").fetchall()}


def known_hosts(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Hosts of the sources seen by any run (raw_sources), empty for a new warehouse."""
    if not table_exists(con, "raw_sources"):
        return set()
    return {r[0] for r in con.execute("select distinct lower(host) from raw_sources").fetchall()}


def current(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str | None]]:
    """host -> (verdict, note) of every override in force (none when the table is not there yet)."""
    if not table_exists(con, "overrides"):
        return {}
    return {h: (v, n) for h, v, n in con.execute("select host, verdict, note from overrides order by host").fetchall()}


def record(con: duckdb.DuckDBPyConnection, changes: list[tuple[str, str | None, str | None]],
           origin: str) -> list[Change]:
    """Apply (host, verdict or None to remove, note) in one transaction; log each; return what changed.

    Verdict `out` sets the site OUT of the map (table `exclusions`) and leaves its verdict override as
    it is; any other verdict, or None, also brings an excluded site back. Setting the same verdict and
    note again changes nothing and is not logged."""
    ensure_tables(con)
    before = current(con)
    out = excluded(con)
    done: list[Change] = []
    con.execute("begin transaction")
    try:
        for host, verdict, note in changes:
            note = (note or "").strip()[:MAX_NOTE_CHARS] or None
            if verdict == OUT:
                if host in out and out[host] == note:
                    continue
                con.execute("insert or replace into exclusions values (?, ?, current_localtimestamp())",
                            [host, note])
                con.execute("insert into overrides_log values (?, ?, ?, ?, ?, current_localtimestamp())",
                            [host, OUT, note, OUT if host in out else None, origin])
                done.append(Change(host, OUT, note, OUT if host in out else None))
                out[host] = note
                continue
            if host in out:  # back IN the map
                con.execute("delete from exclusions where host = ?", [host])
                con.execute("insert into overrides_log values (?, ?, ?, ?, ?, current_localtimestamp())",
                            [host, verdict, note, OUT, origin])
                del out[host]
                done.append(Change(host, verdict, note, OUT))
            old = before.get(host)
            if verdict is None:
                if old is None:
                    continue
                con.execute("delete from overrides where host = ?", [host])
            else:
                if old == (verdict, note):
                    continue
                con.execute("insert or replace into overrides values (?, ?, ?, current_localtimestamp())",
                            [host, verdict, note])
            con.execute("insert into overrides_log values (?, ?, ?, ?, ?, current_localtimestamp())",
                        [host, verdict, note, old[0] if old else None, origin])
            done.append(Change(host, verdict, note, old[0] if old else None))
            before[host] = (verdict, note) if verdict else None
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return done
