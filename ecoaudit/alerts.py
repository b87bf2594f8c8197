"""Alerts after a delivered run: rules over the run's marts (`evaluate`), one message sent through
apprise to a webhook and/or by e-mail (`send`). Configured by audit.toml's [alerts] (AlertsConfig).

Rules, each switched off in [alerts]:
- `spike` (spike = true): the `changes` rows `spike` (a week far above a source's usual activity);
- `new_automated` (new_automated = true): `changes` rows `new_source` whose verdict is automated, or
  `verdict_changed` to automated (the machine's verdict), unless the consultant's override says
  otherwise;
- `client_mentioned` (client_mentioned = true): `changes` rows `new_mention` of the client's brand;
- `silent` (silent_weeks = N, 0 = off): computed from the `sources` rows of this run and of the
  previous delivered (or partial) run, not read from `changes.silent_source` (whose threshold is the
  seed param silent_days), but by the same definition: a crawled source whose last post (or, without
  a dated post now, the previous run's) is at least N weeks before this run's reference day while,
  in the previous run, it was less than N weeks before that run's. A run's reference day: the latest
  post date of its sources, capped at the day it started (`runs.started_at`, UTC);
- `crawl_errors` (crawl_error_share = X, 0 = off): the share of the URLs the run tried that ended in
  an error is above X. Tried: the distinct URLs of the run's error rows (`crawl_errors`, but
  for robots_disallowed and private_address, which are refusals, not failures) and of its fetched
  responses (`raw_fetches` rows not carried over from an earlier run). Error share = URLs in error /
  URLs tried.

Without the `changes` mart (a client's first run), the rules reading it yield nothing; the other
two still work. Sending never raises: a failure is a `SendResult` with ok=False and one warning
line in the log. This module reads the warehouse; it imports neither the reports, the transform,
the validation nor the crawl.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import logging
import os
import re
from dataclasses import asdict, dataclass, field
from urllib.parse import quote, urlencode, urlsplit

from . import warehouse
from .config import AuditConfig, AlertsConfig, redact_url

log = logging.getLogger(__name__)

RULES = ("new_automated", "client_mentioned", "spike", "silent", "crawl_errors")
# Error rows that are the crawl's refusals (it obeyed robots.txt, it kept off private addresses).
NOT_FAILURES = ("robots_disallowed", "private_address")
MAX_LINES = 50  # alerts listed in the message; the rest are counted (all of them are in alerts.json)

# The audit's language: French first, English too. Kept here, not in reports/ (layers).
TEXT = {
    "fr": {
        "subject": "ecoaudit — {client}: {n} alertes",
        "subject_one": "ecoaudit — {client}: 1 alerte",
        "intro": "Passage {run_id} : {n} alertes.",
        "intro_one": "Passage {run_id} : 1 alerte.",
        "more": "… et {n} autres (runs/{run_id}/alerts.json)",
        "spike": ("Pic d'activité : {host}",
                  "semaine du {week} : {after} publications, contre {before} d'habitude"),
        "new_source": ("Nouvelle source automatisée : {host}",
                       "découverte par ce passage et classée automatisée"),
        "verdict_changed": ("Source devenue automatisée : {host}",
                            "verdict de la machine passé de « {before} » à « automatisée »"),
        "client_mentioned": ("Le client est cité : {host}", "« {brand} » cité dans {url}"),
        "silent": ("Source silencieuse : {host}",
                   "aucune publication depuis le {last_post} (plus de {weeks} semaines)"),
        "crawl_errors": ("Erreurs de collecte : {share} des adresses",
                         "{errors} adresses en erreur sur {tried} (seuil {threshold}){hosts}"),
        "hosts": " ; surtout {hosts}",
        "verdicts": {"pertinent": "pertinente", "automated": "automatisée", "undecided": "indécise"},
    },
    "en": {
        "subject": "ecoaudit — {client}: {n} alerts",
        "subject_one": "ecoaudit — {client}: 1 alert",
        "intro": "Run {run_id}: {n} alerts.",
        "intro_one": "Run {run_id}: 1 alert.",
        "more": "… and {n} more (runs/{run_id}/alerts.json)",
        "spike": ("Activity spike: {host}",
                  "week of {week}: {after} posts, against {before} usually"),
        "new_source": ("New automated source: {host}", "discovered by this run and classified automated"),
        "verdict_changed": ("Source turned automated: {host}",
                            "the machine's verdict went from '{before}' to 'automated'"),
        "client_mentioned": ("The client is mentioned: {host}", "'{brand}' mentioned in {url}"),
        "silent": ("Silent source: {host}", "no post since {last_post} (over {weeks} weeks)"),
        "crawl_errors": ("Crawl errors: {share} of the URLs",
                         "{errors} URLs in error out of {tried} (threshold {threshold}){hosts}"),
        "hosts": "; mostly {hosts}",
        "verdicts": {"pertinent": "pertinent", "automated": "automated", "undecided": "undecided"},
    },
}


@dataclass(frozen=True)
class Alert:
    rule: str  # one of RULES
    host: str  # the source's host, '' for the run as a whole
    title: str
    body: str
    data: dict = field(default_factory=dict)  # the row behind it (JSON-ready)


@dataclass(frozen=True)
class SendResult:
    destination: str  # the URL with its secrets masked
    ok: bool
    error: str | None = None


def _text(language: str) -> dict:
    return TEXT.get(language, TEXT["fr"])


def _jsonable(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    return str(v)


def _rows(con, sql: str, params: list) -> list[dict]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [{k: _jsonable(v) for k, v in zip(names, r)} for r in cur.fetchall()]


def _count(v, language: str) -> str:
    """A count as the `changes` mart writes it ('5', '4.5', '12.0'): an integer when it is one."""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    text = str(int(f)) if f.is_integer() else f"{f:.1f}"
    return text.replace(".", ",") if language == "fr" else text


def _percent(share: float, language: str, beside: float | None = None) -> str:
    """'23 %' (fr) or '23%' (en); one decimal when whole percents would show it equal to `beside`."""
    text = f"{share * 100:.0f}"
    if beside is not None and text == f"{beside * 100:.0f}" and share != beside:
        text = f"{share * 100:.1f}"
    return text.replace(".", ",") + " %" if language == "fr" else text + "%"


def evaluate(con, run_id: str, cfg: AuditConfig) -> list[Alert]:
    """The alerts of run `run_id` by [alerts]'s rules, read from the run's marts (and `runs`,
    `raw_fetches`): new automated sources, client mentions, spikes, silent sources, crawl errors."""
    a, language = cfg.alerts, cfg.client.language
    t = _text(language)
    alerts: list[Alert] = []
    has = {name: warehouse.table_exists(con, name)
           for name in ("changes", "sources", "crawl_errors", "raw_fetches", "runs")}

    if has["changes"] and a.new_automated:
        override = ("and (s.override_verdict is null or s.override_verdict = 'automated')"
                    if has["sources"] else "")
        join = ("left join sources as s on s.run_id = c.run_id and s.host = c.host"
                if has["sources"] else "")
        for r in _rows(con, f"""
                select c.host, c.change, c.subject, c.before, c.after, c.detail, c.url
                from changes as c {join}
                where c.run_id = ? and c.after = 'automated'
                  and c.change in ('new_source', 'verdict_changed') {override}
                qualify row_number() over (partition by c.host order by c.change) = 1
                order by c.host""", [run_id]):
            title, body = t[r["change"]]
            before = t["verdicts"].get(r["before"], r["before"] or "")
            alerts.append(Alert("new_automated", r["host"] or "", title.format(host=r["host"]),
                                body.format(before=before), r))

    if has["changes"] and a.client_mentioned:
        for r in _rows(con, """
                select host, change, subject, before, after, detail, url from changes
                where run_id = ? and change = 'new_mention' and detail = 'client'
                order by host, url, subject""", [run_id]):
            title, body = t["client_mentioned"]
            alerts.append(Alert("client_mentioned", r["host"] or "", title.format(host=r["host"]),
                                body.format(brand=r["after"], url=r["url"]), r))

    if has["changes"] and a.spike:
        for r in _rows(con, """
                select host, change, subject, before, after, detail, url from changes
                where run_id = ? and change = 'spike' order by host, subject""", [run_id]):
            title, body = t["spike"]
            alerts.append(Alert("spike", r["host"] or "", title.format(host=r["host"]),
                                body.format(week=r["subject"], before=_count(r["before"], language),
                                            after=_count(r["after"], language)), r))

    if has["sources"] and has["runs"] and a.silent_weeks:
        alerts += _silent(con, run_id, a.silent_weeks, t)

    if has["crawl_errors"] and a.crawl_error_share:
        alerts += _crawl_errors(con, run_id, a.crawl_error_share, has["raw_fetches"], t, language)
    return alerts


def _reference_day(con, run_id: str) -> dt.date | None:
    """The day a run is measured at, as the `changes` mart does: the latest post date its sources
    show, capped at the day it started (UTC): a web read with a clock unlike ours (the demo's) is
    compared like for like."""
    rows = con.execute(
        """select max(s.last_post) from sources as s, runs as r
        where s.run_id = ? and r.run_id = s.run_id
          and s.last_post <= cast(timezone('UTC', r.started_at) as date)""", [run_id]).fetchall()
    return rows[0][0] if rows else None


def _silent(con, run_id: str, weeks: int, t: dict) -> list[Alert]:
    previous_id = warehouse.previous_run(con, run_id)  # what the `changes` mart compares with
    if previous_id is None:
        return []
    day, previous_day = _reference_day(con, run_id), _reference_day(con, previous_id)
    if day is None or previous_day is None:
        return []
    cutoff = day - dt.timedelta(weeks=weeks)
    previous_cutoff = previous_day - dt.timedelta(weeks=weeks)
    out = []
    for r in _rows(con, """
            select c.host, c.source, c.verdict, coalesce(c.last_post, p.last_post) as last_post,
                   p.last_post as previous_last_post, ? as previous_run_id, ? as weeks,
                   ? as reference_day, ? as previous_reference_day
            from sources as c
            join sources as p on p.run_id = ? and p.host = c.host
            where c.run_id = ? and c.crawled and p.last_post is not null
              and p.last_post > ? and coalesce(c.last_post, p.last_post) <= ?
            order by c.host""",
            [previous_id, weeks, day, previous_day, previous_id, run_id, previous_cutoff, cutoff]):
        title, body = t["silent"]
        out.append(Alert("silent", r["host"] or "", title.format(host=r["host"]),
                         body.format(last_post=r["last_post"], weeks=weeks), r))
    return out


def _crawl_errors(con, run_id: str, threshold: float, has_fetches: bool, t: dict,
                  language: str) -> list[Alert]:
    fetched = ("select url from raw_fetches where run_id = ? and not coalesce(carried, false)"
               if has_fetches else "select null::varchar as url where ? is null")
    rows = con.execute(f"""
        with errors as (
            select url, min(host) as host from crawl_errors
            where run_id = ? and not list_contains(?, error)
            group by url
        ),
        tried as (select url from errors union select url from ({fetched}))
        select (select count(*) from errors), (select count(*) from tried),
               (select list(host || ' (' || n || ')' order by n desc, host)[1:3]
                from (select coalesce(host, '?') as host, count(*) as n from errors group by 1))
        """, [run_id, list(NOT_FAILURES), run_id]).fetchall()
    errors, tried, top = rows[0]
    if not tried or errors / tried <= threshold:
        return []
    share = errors / tried
    title, body = t["crawl_errors"]
    hosts = t["hosts"].format(hosts=", ".join(top)) if top else ""
    data = {"errors": errors, "tried": tried, "share": round(share, 4), "threshold": threshold,
            "hosts": list(top or [])}
    return [Alert("crawl_errors", "", title.format(share=_percent(share, language, threshold)),
                  body.format(errors=errors, tried=tried, threshold=_percent(threshold, language),
                              hosts=hosts), data)]


# -- the message ---------------------------------------------------------------------------------

def message(alerts: list[Alert], language: str, client: str, run_id: str) -> tuple[str, str]:
    """The one message of a run: (title, body as plain-text lines, markdown-friendly)."""
    t, n = _text(language), len(alerts)
    title = (t["subject_one"] if n == 1 else t["subject"]).format(client=client, n=n)
    lines = [(t["intro_one"] if n == 1 else t["intro"]).format(run_id=run_id, n=n), ""]
    lines += [f"- {x.title} — {x.body}" for x in alerts[:MAX_LINES]]
    if n > MAX_LINES:
        lines.append(t["more"].format(n=n - MAX_LINES, run_id=run_id))
    return title, "\n".join(lines)


# -- destinations and sending -------------------------------------------------------------------

def _smtp_url(a: AlertsConfig, password: str | None) -> str:
    host = a.smtp_host or ""
    with contextlib.suppress(ValueError):
        if ipaddress.ip_address(host.strip("[]")).version == 6:
            host = f"[{host.strip('[]')}]"
    auth = ""
    if a.smtp_user:
        auth = quote(a.smtp_user, safe="") + (":" + quote(password, safe="") if password else "") + "@"
    mode = {"starttls": "starttls", "ssl": "ssl", "none": "insecure"}[a.smtp_security]
    query = urlencode({"smtp": host.strip("[]"), "from": a.smtp_from, "to": ",".join(a.email_to),
                       "mode": mode})
    return f"mailto://{auth}{host}:{a.smtp_port}?{query}"


def destinations(a: AlertsConfig) -> list[tuple[str, str | None]]:
    """(apprise URL, why it cannot be used or None) for each destination of [alerts]: its `notify`
    URLs, `webhook_url` as a JSON POST, `email_to` through `smtp_host` (the password read from the
    environment variable `smtp_password_env` now, never from the TOML)."""
    out: list[tuple[str, str | None]] = [(u, None) for u in a.notify]
    if a.webhook_url:
        parts = urlsplit(a.webhook_url)
        scheme = "jsons" if parts.scheme == "https" else "json"
        out.append((f"{scheme}://{a.webhook_url.split('://', 1)[1]}", None))
    if a.email_to:
        problem, password = None, None
        if a.smtp_password_env:
            password = os.environ.get(a.smtp_password_env)
            if not password:
                problem = f"environment variable {a.smtp_password_env} (smtp_password_env) is not set"
        out.append((_smtp_url(a, password), problem))
    return out


def _redacted(url: str, service=None) -> str:
    """The URL with its secrets masked: by apprise, which knows where each service keeps its tokens,
    else by `redact_url` (password, secret-looking query values)."""
    try:
        if service is None:
            import apprise

            with _apprise_log():
                service = apprise.Apprise.instantiate(url)
        if service is not None:
            return service.url(privacy=True)
    except Exception:
        pass
    return redact_url(url)


def _is_loopback(url: str) -> bool:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@contextlib.contextmanager
def _no_proxy_for_loopback(active: bool):
    """requests (apprise's HTTP client) honours http_proxy; a proxy cannot reach this machine's
    loopback, so loopback destinations bypass it (no_proxy, for the time of the send)."""
    if not active:
        yield
        return
    saved = os.environ.get("no_proxy")
    current = saved if saved is not None else os.environ.get("NO_PROXY", "")
    os.environ["no_proxy"] = ",".join(x for x in (current, "127.0.0.1,localhost,::1") if x)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("no_proxy", None)
        else:
            os.environ["no_proxy"] = saved


@contextlib.contextmanager
def _apprise_log():
    """apprise's log lines, captured (the error of a failed send) and kept off the console: the
    failure is said once, by `send`."""
    import apprise

    logger = logging.getLogger("apprise")
    propagate, logger.propagate = logger.propagate, False
    try:
        with apprise.LogCapture(level=logging.DEBUG, fmt="%(levelname)s %(message)s") as captured:
            yield captured
    finally:
        logger.propagate = propagate


def _send_one(url: str, title: str, body: str) -> SendResult:
    import apprise

    with _apprise_log() as captured:
        service = apprise.Apprise.instantiate(url)
        if service is None:
            return SendResult(redact_url(url), False, "apprise cannot send to this URL")
        shown = _redacted(url, service)
        notifier = apprise.Apprise()
        notifier.add(service)
        try:
            with _no_proxy_for_loopback(_is_loopback(url) or _is_loopback(shown)):
                ok = bool(notifier.notify(title=title, body=body,
                                          body_format=apprise.NotifyFormat.TEXT))
        except Exception as e:  # a plugin's bug must not end a delivered run
            return SendResult(shown, False, f"{type(e).__name__}: {e}")
        log_text = captured.getvalue()
    return SendResult(shown, ok, None if ok else _failure(log_text))


def _failure(log_text: str) -> str:
    """One line from apprise's log of a failed send: its last warning, and the socket error's cause
    ('[Errno 111] Connection refused') when it logged one."""
    lines = [x.strip() for x in log_text.splitlines() if x.strip()]
    said = [x.split(" ", 1)[1] for x in lines if x.split(" ", 1)[0] in ("WARNING", "ERROR", "CRITICAL")
            and " " in x]
    line = said[-1] if said else "not sent"
    causes = [x.split("Socket Exception:", 1)[1].strip() for x in lines if "Socket Exception:" in x]
    if causes:
        errno = re.findall(r"\[Errno -?\d+\][^\"')]*", causes[-1])
        line = f"{line.rstrip('.')} ({(errno[-1] if errno else causes[-1]).strip()[:160]})"
    return line


def send(alerts: list[Alert], cfg: AuditConfig, client: str, run_id: str) -> list[SendResult]:
    """One message about `alerts` to each destination of [alerts]; nothing when there is no alert.
    Never raises: each failure is a SendResult (ok=False, error) and one warning line."""
    if not alerts:
        return []
    title, body = message(alerts, cfg.client.language, client, run_id)
    results = []
    for url, problem in destinations(cfg.alerts):
        if problem:
            result = SendResult(_redacted(url), False, problem)
        else:
            result = _send_one(url, title, body)
        if not result.ok:
            log.warning("alerts: not sent to %s: %s", result.destination, result.error)
        results.append(result)
    return results


def record(alerts: list[Alert], results: list[SendResult], cfg: AuditConfig, client: str,
           run_id: str) -> dict:
    """What alerts.json holds: the message, the alerts, the destinations (secrets masked) and the
    results."""
    title, body = message(alerts, cfg.client.language, client, run_id) if alerts else ("", "")
    return {
        "run_id": run_id,
        "client": client,
        "title": title,
        "body": body,
        "alerts": [asdict(x) for x in alerts],
        "destinations": [_redacted(u) for u, _ in destinations(cfg.alerts)],
        "results": [asdict(r) for r in results],
    }
