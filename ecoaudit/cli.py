"""The `ecoaudit` command (see ../shared/docs/contract.md for what is stable).

Exit codes: 0 success, 1 the data failed validation or a stage failed (data kept),
2 usage or configuration error (one line on stderr naming the file, line or key).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .errors import ConfigError, EcoauditError

# No emoji codes, no highlighting: hosts and titles are crawled text (`:x:` is not an emoji here).
err = Console(stderr=True, highlight=False, emoji=False)
app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="ecoaudit: audit a client's web ecosystem (blogs, forums, news) and tell the "
         "pertinent sources from the automated ones, with evidence.",
)


def _fail(e: EcoauditError) -> None:
    err.print(f"ecoaudit: {e}", markup=False, soft_wrap=True)
    raise typer.Exit(e.exit_code)


def run_audit(toml: Path, workspace: Path | None = None, run_id: str | None = None,
              skip_crawl: bool = False):
    """Run an audit as the CLI does (see ecoaudit.runner.run_audit), with a status line."""
    from .runner import run_audit as _run

    return _run(toml, workspace, run_id, skip_crawl=skip_crawl, console=err)


def _print_paths(result) -> None:
    for p in (result.report, result.xlsx, result.csv):
        print(Path(p).resolve())


@app.command()
def init(
    directory: Path = typer.Argument(..., help="Folder of the new client workspace."),
    client: str = typer.Option(..., "--client", help="The client's name."),
):
    """Create a client workspace: a commented audit.toml and an empty seeds.csv.

    Example: ecoaudit init audits/durand --client "Cabinet Durand"
    """
    from .config import TEMPLATE, check_client_name
    from .workspace import check_writable

    try:
        client = check_client_name(client)
        check_writable(directory)
    except EcoauditError as e:
        _fail(e)
    toml = directory / "audit.toml"
    if toml.exists():
        _fail(ConfigError(f"{toml}: already exists; not overwritten"))
    safe_name = client.replace("\\", "\\\\").replace('"', '\\"')
    toml.write_text(TEMPLATE.format(name=safe_name, toml=toml), encoding="utf-8")
    seeds = directory / "seeds.csv"
    if not seeds.exists():
        seeds.write_text("url\n", encoding="utf-8")
    print(toml.resolve())
    print(seeds.resolve())


@app.command()
def run(
    audit_toml: Path = typer.Argument(..., help="The client's audit.toml."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", help="Workspace root (default: the TOML's folder)."),
    run_id: Optional[str] = typer.Option(None, "--run-id", help="Run id (default: UTC timestamp)."),
):
    """Run the whole audit and print the paths of report.html, sources.xlsx, sources.csv.

    Example: ecoaudit run audits/durand/audit.toml
    """
    try:
        result = run_audit(audit_toml, workspace, run_id)
    except EcoauditError as e:
        _fail(e)
    _print_paths(result)


@app.command()
def demo(
    workspace: Path = typer.Option(Path("ecoaudit-demo"), "--workspace", help="Where the demo workspace goes."),
    run_id: Optional[str] = typer.Option(None, "--run-id", help="Run id (default: UTC timestamp)."),
    days_later: int = typer.Option(0, "--days-later", min=0, max=60,
                                   help="Serve the demo web as it stands N days later (to try a re-crawl)."),
    language: str = typer.Option("fr", "--language", help="Report language: fr or en."),
):
    """Serve the bundled demo sector web on 127.0.0.1 and audit it.

    Examples:
      ecoaudit demo --workspace /tmp/demo
      ecoaudit demo --workspace /tmp/demo --days-later 7    # a week later: the re-crawl
    """
    from .demo_audit import demo_audit

    if language not in ("fr", "en"):
        _fail(ConfigError(f"--language {language!r}: use fr or en"))
    try:
        result = demo_audit(workspace, run_id, language=language, days_later=days_later, console=err)
    except EcoauditError as e:
        _fail(e)
    _print_paths(result)


@app.command()
def extract(
    url_or_file: Optional[str] = typer.Argument(None, help="A URL (fetched through http_proxy) or a local .html/.html.gz file."),
    url: Optional[str] = typer.Option(None, "--url", help="The address of a local file."),
    input: Optional[Path] = typer.Option(None, "--input", help="Batch: JSON lines of {id, url, path}."),
    output: Optional[Path] = typer.Option(None, "--output", help="Batch: where to write the page objects."),
    jobs: int = typer.Option(0, "--jobs", help="Batch: worker processes (default: every core)."),
):
    """Extract one page (JSON on stdout) or a batch of pages (JSON lines), as the crawl does.

    Examples:
      ecoaudit extract page.html.gz --url https://www.example.fr/post/1
      ecoaudit extract --input pages.jsonl --output extracted.jsonl
    """
    from .extract import extract_batch, extract_one

    try:
        if input is not None or output is not None:
            if input is None or output is None or url_or_file:
                raise ConfigError("batch mode needs both --input and --output, and no positional page")
            n, failed = extract_batch(input, output, jobs or os.cpu_count() or 1, progress=err)
            err.print(f"{n} pages extracted, {failed} failed -> {output}", markup=False, soft_wrap=True)
        else:
            if not url_or_file:
                raise ConfigError("give a URL or a file, or --input/--output for a batch")
            print(extract_one(url_or_file, url))
    except EcoauditError as e:
        _fail(e)


@app.command()
def reextract(
    run_id: str = typer.Argument(..., help="The archived run to re-parse (it is only read)."),
    audit_toml: Path = typer.Argument(..., help="The client's audit.toml."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", help="Workspace root (default: the TOML's folder)."),
    new_run_id: Optional[str] = typer.Option(None, "--new-run-id", help="Id of the new run (default: RUN_ID-re1, -re2...)."),
):
    """Re-parse an archived run with the current parsers, fetching nothing, into a new run
    with its own deliverables; print the paths of its report.html, sources.xlsx, sources.csv.

    Example: ecoaudit reextract 20261126T093000Z audits/durand/audit.toml
    """
    from .reextract import reextract as reextract_run

    try:
        with err.status(f"Re-extracting run {run_id}…", spinner="dots"):
            done, result = reextract_run(audit_toml, workspace, run_id, new_run_id)
    except EcoauditError as e:
        _fail(e)
    err.print(f"run {done.run_id} re-extracted into {done.new_run_id}: "
              f"{done.replay.replayed} responses replayed, {done.counts.get('pages', 0)} pages",
              markup=False, soft_wrap=True)
    _print_paths(result)


@app.command()
def report(
    run_id: str = typer.Argument(..., help="The delivered run whose report to render again."),
    config: Path = typer.Option(Path("audit.toml"), "--config", help="The client's audit.toml."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", help="Workspace root (default: the TOML's folder)."),
    language: Optional[str] = typer.Option(None, "--language", help="fr or en (default: the run's)."),
    pdf: bool = typer.Option(True, "--pdf/--no-pdf", help="Print report.pdf too."),
):
    """Render a delivered run's report.html (and report.pdf) again from its marts, with every
    section, into its run folder; print the path of report.html.

    Example: ecoaudit report 20261126T093000Z-3f9a --config audits/durand/audit.toml --language en
    """
    from . import stages
    from .config import load_config
    from .runner import client_workspace
    from .workspace import check_run_id

    try:
        if language not in (None, "fr", "en"):
            raise ConfigError(f"--language {language!r}: use fr or en")
        check_run_id(run_id)
        cfg = load_config(config)
        ctx = stages.rerender(cfg, client_workspace(cfg, workspace, create=False), run_id)
        html = stages.report(ctx, language=language)
        if pdf:
            stages.report_pdf(ctx, html)
    except EcoauditError as e:
        _fail(e)
    print(html.resolve())


def _client_warehouse(audit_toml: Path, workspace: Path | None) -> Path:
    """The client's warehouse file, from its audit.toml (and workspace root); ConfigError if the
    client folder belongs to another client."""
    from .config import load_config
    from .runner import client_workspace

    return client_workspace(load_config(audit_toml), workspace, create=False).warehouse


@app.command()
def verdict(
    host: Optional[str] = typer.Argument(None, help="The source's host (or its URL)."),
    value: Optional[str] = typer.Argument(None, help="pertinent, automated or undecided; or out: the site is out of the client's ecosystem map."),
    note: Optional[str] = typer.Option(None, "--note", help="Why: shown beside the verdict in every deliverable."),
    clear: bool = typer.Option(False, "--clear", help="Remove the override: the machine's verdict applies again."),
    list_all: bool = typer.Option(False, "--list", help="List the overrides in force."),
    config: Path = typer.Option(Path("audit.toml"), "--config", help="The client's audit.toml."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", help="Workspace root (default: the TOML's folder)."),
):
    """Record the consultant's verdict on a source. It survives re-crawls and wins in every
    deliverable from the next run on, with the machine's verdict still shown beside it.

    Examples:
      ecoaudit verdict www.example-blog.fr automated --note "réseau SEO du cabinet X" --config audits/durand/audit.toml
      ecoaudit verdict www.annuaire-seo.fr out --note "annuaire, hors écosystème" --config audits/durand/audit.toml
      ecoaudit verdict www.example-blog.fr --clear --config audits/durand/audit.toml
      ecoaudit verdict --list --config audits/durand/audit.toml
    """
    from . import overrides, warehouse

    try:
        path = _client_warehouse(config, workspace)
        if list_all:
            if host or value or clear or note:
                raise ConfigError("--list takes no host, verdict, --note or --clear")
            if not path.exists():
                return
            with warehouse.connect(path, read_only=True, wait_seconds=10) as con:
                for h, (v, n) in overrides.current(con).items():
                    print(f"{h}\t{v}\t{n or ''}")
                for h, n in overrides.excluded(con).items():
                    print(f"{h}\t{overrides.OUT}\t{n or ''}")
            return
        if not host:
            raise ConfigError("give a host (and a verdict, or --clear)")
        h = overrides.normalise_host(host)
        if clear == (value is not None):
            raise ConfigError("give either a verdict (pertinent, automated, undecided) or --clear")
        v = None if clear else overrides.check_verdict(value, h, allow_out=True)
        if not path.exists():
            raise ConfigError(f"{path}: no warehouse yet: run the audit first (ecoaudit run {config})")
        with warehouse.connect(path, wait_seconds=10) as con:
            known = overrides.known_hosts(con) | (overrides.linked_hosts(con) if v == overrides.OUT else set())
            if h not in known:
                raise ConfigError(f"{h}: not a source of this audit ({path}); check the spelling")
            done = overrides.record(con, [(h, v, note)], origin="cli")
    except EcoauditError as e:
        _fail(e)
    if not done:
        err.print(f"{h}: unchanged", markup=False)
    elif v == overrides.OUT:
        err.print(f"{h}: out of the ecosystem map (never crawled as a discovered site, never a prospect); "
                  f"from the next run", markup=False, soft_wrap=True)
    elif v is None:
        err.print(f"{h}: override removed (was {done[0].previous}); the machine's verdict applies from the next run",
                  markup=False, soft_wrap=True)
    else:
        err.print(f"{h}: {v} (was {done[0].previous or 'the machine verdict'}); shown from the next run",
                  markup=False, soft_wrap=True)


@app.command()
def curate(
    file: Path = typer.Argument(..., help="A run's sources.xlsx (or its sources.csv, or one of its sheets/*.csv), edited."),
    config: Optional[Path] = typer.Option(None, "--config", help="The client's audit.toml (default: found from FILE's run folder)."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", help="Workspace root, with --config (default: the TOML's folder)."),
    run_id: Optional[str] = typer.Option(None, "--run-id", help="The run that wrote FILE (default: the workbook's own, else its folder's)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Check the file and show the changes; record nothing."),
):
    """Turn the consultant's edits of a run's spreadsheet into overrides, as `ecoaudit verdict` does.

    Reads the Verdict and Consultant's note columns of every source sheet (Pertinent, Automated,
    Undecided, Forums, Candidates). A cell that differs from what the run wrote is an edit: it
    records that row's verdict and note; other columns, sorting and deleted rows change nothing,
    an emptied verdict keeps the verdict in force. Any invalid cell is reported with its
    reference and nothing is recorded. The next run's deliverables show the overrides.
    Exit codes: 0 done (or nothing to change), 2 invalid cells or usage (nothing recorded).

    \b
    Examples:
      ecoaudit curate audits/durand/cabinet-durand/runs/20261126T093000Z/sources.xlsx
      ecoaudit curate ~/Downloads/sources.xlsx --config audits/durand/audit.toml --dry-run
      ecoaudit curate audits/durand/cabinet-durand/runs/20261126T093000Z/sheets/candidates.csv
    """
    from reports.curate import CurationError, curate as curate_file, summary_lines

    try:
        if workspace is not None and config is None:
            raise ConfigError("--workspace needs --config (or leave both out: FILE's run folder tells)")
        if run_id is not None:
            from .workspace import check_run_id

            check_run_id(run_id)
        warehouse = _client_warehouse(config, workspace) if config is not None else None
        outcome = curate_file(file, warehouse, run_id, dry_run=dry_run)
    except CurationError as e:
        for line in e.problems[:-1]:
            err.print(f"ecoaudit: {line}", markup=False, soft_wrap=True)
        last = e.problems[-1]
        total = getattr(e, "total", len(e.problems))
        if total > 1:
            last += f" ({total} problems; nothing recorded)"
        else:
            last += " (nothing recorded)"
        _fail(ConfigError(last))
    except EcoauditError as e:
        _fail(e)
    for line in outcome.warnings:
        err.print(f"ecoaudit: warning: {line}", markup=False, soft_wrap=True)
    for line in summary_lines(outcome):
        print(line)


@app.command()
def schedule(
    audit_toml: Optional[Path] = typer.Argument(None, help="The client's audit.toml (to create or update its schedule)."),
    cron: Optional[str] = typer.Option(None, "--cron", metavar="EXPR", help="Run on a cron schedule, e.g. '0 6 * * 1' (Mondays 06:00)."),
    every: Optional[str] = typer.Option(None, "--every", metavar="N{s,m,h,d,w}", help="Run every N seconds, minutes, hours, days or weeks, e.g. 7d."),
    timezone: Optional[str] = typer.Option(None, "--timezone", help="With --cron: the cron's time zone, e.g. Europe/Paris (default UTC)."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", help="Workspace root (default: the TOML's folder)."),
    pool: str = typer.Option("ecoaudit", "--pool", help="The Prefect work pool that runs it."),
    list_all: bool = typer.Option(False, "--list", help="List the scheduled audits of every client."),
    pause: Optional[str] = typer.Option(None, "--pause", metavar="CLIENT", help="Pause a client's schedule (its slug or name)."),
    resume: Optional[str] = typer.Option(None, "--resume", metavar="CLIENT", help="Resume a paused schedule."),
    remove: Optional[str] = typer.Option(None, "--remove", metavar="CLIENT", help="Remove a client's schedule."),
):
    """Schedule a client's audit on the Prefect server (see `ecoaudit server`), or manage the
    schedules. Each client is one deployment of the flow `audit`, named and tagged with the
    client's slug; a scheduled run is an `ecoaudit run` of its audit.toml (same lock, same
    warehouse). Needs a reachable server: `ecoaudit server`, or PREFECT_API_URL.

    \b
    Examples:
      ecoaudit schedule audits/durand/audit.toml --every 7d
      ecoaudit schedule audits/durand/audit.toml --cron "0 6 * * 1" --timezone Europe/Paris
      ecoaudit schedule --list
      ecoaudit schedule --pause cabinet-durand
      ecoaudit schedule --remove "Cabinet Durand"
    """
    from . import schedule as sched

    actions = [a for a, on in (("AUDIT_TOML", audit_toml is not None), ("--list", list_all),
                               ("--pause", pause is not None), ("--resume", resume is not None),
                               ("--remove", remove is not None)) if on]
    try:
        if len(actions) != 1:
            raise ConfigError("give one of: AUDIT_TOML with --cron or --every, --list, --pause CLIENT, "
                              "--resume CLIENT, --remove CLIENT")
        if audit_toml is None and (cron or every or timezone or workspace):
            raise ConfigError("--cron, --every, --timezone and --workspace go with AUDIT_TOML")
        if audit_toml is not None:
            done = sched.schedule(audit_toml, workspace, cron=cron, every=every, timezone=timezone, pool=pool)
            print(f"{'scheduled' if done.created else 'updated'}: {done.client} (deployment audit/{done.name}, "
                  f"tag {done.name}): {done.schedule}, work pool {done.pool!r}"
                  + (f"; paused (ecoaudit schedule --resume {done.name})" if done.paused else ""))
        elif list_all:
            _print_schedules(sched.list_schedules())
        elif pause is not None:
            print(f"paused: audit/{sched.pause(pause)}")
        elif resume is not None:
            print(f"resumed: audit/{sched.resume(resume)}")
        else:
            print(f"removed: audit/{sched.remove(remove)}")
    except EcoauditError as e:
        _fail(e)


def _print_schedules(rows) -> None:
    from rich.table import Table

    out = Console(highlight=False, emoji=False, width=max(160, Console().width))
    if not rows:
        print("no scheduled audit")
        return
    table = Table(show_edge=False, pad_edge=False)
    for col in ("client", "schedule", "paused", "next run", "last run", "audit.toml"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r.client, r.schedule, "yes" if r.paused else "no", r.next_run, r.last_run, r.audit_toml)
    out.print(table, markup=False)


@app.command()
def server(
    host: str = typer.Option("127.0.0.1", "--host", help="Address the server listens on."),
    port: int = typer.Option(4200, "--port", help="The server's port (UI and API)."),
    workers: int = typer.Option(1, "--workers", min=1, help="Process workers to start on this machine."),
    pool: str = typer.Option("ecoaudit", "--pool", help="The process work pool they serve."),
    limit: int = typer.Option(1, "--limit", min=1, help="Audits each worker runs at once."),
    home: Optional[Path] = typer.Option(None, "--home", help="Prefect's home: its database (default: PREFECT_HOME, else ~/.prefect)."),
):
    """Start the Prefect server and its worker(s): they run every client's scheduled audits,
    and the UI shows their runs, states and logs. Runs until Ctrl-C (or SIGTERM), which stops
    them all. Equivalent to `prefect server start` and `prefect worker start --pool ecoaudit
    --type process` (see docs/scheduling.md).

    Example: ecoaudit server --workers 2
    """
    from .interrupt import Interrupted
    from .schedule import ServerPlan, serve

    try:
        serve(ServerPlan(host, port, workers, pool, limit, home.resolve() if home else None),
              say=lambda line: err.print(line, markup=False, soft_wrap=True))
    except Interrupted as e:
        err.print(f"ecoaudit: server stopped ({e})", markup=False, soft_wrap=True)
        raise typer.Exit(e.exit_code)
    except EcoauditError as e:
        _fail(e)


def _last_line(e: BaseException) -> int:
    """Print one line for an exception that reached the top, and return the exit code."""
    from .interrupt import Interrupted

    if isinstance(e, Interrupted):
        err.print(f"ecoaudit: {e}; nothing delivered", markup=False, soft_wrap=True)
        return e.exit_code
    if isinstance(e, KeyboardInterrupt):
        return 130
    if isinstance(e, EcoauditError):
        err.print(f"ecoaudit: {e}", markup=False, soft_wrap=True)
        return e.exit_code
    if isinstance(e, OSError):
        from .workspace import os_error

        e = os_error("?", e)
        err.print(f"ecoaudit: {e}", markup=False, soft_wrap=True)
        return e.exit_code
    import tempfile
    import traceback

    with tempfile.NamedTemporaryFile("w", prefix="ecoaudit-error-", suffix=".txt", delete=False) as f:
        traceback.print_exception(e, file=f)
    err.print(f"ecoaudit: internal error: {type(e).__name__}: {' '.join(str(e).split())[:300]} "
              f"(traceback in {f.name})", markup=False, soft_wrap=True)
    return 1


def main() -> None:
    """Console entry point: every failure ends as one line and an exit code."""
    try:
        app()
    except SystemExit:
        raise
    except BaseException as e:  # noqa: BLE001: the one place that turns anything into a line
        sys.exit(_last_line(e))


if __name__ == "__main__":
    main()
