"""The audit configuration (audit.toml), validated with pydantic.

Any error becomes one `ConfigError` line naming the file, the key and the value.
"""
from __future__ import annotations

import csv
import datetime as dt
import ipaddress
import re
import tomllib
import unicodedata
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError,
                      field_serializer, field_validator)

from .errors import ConfigError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)


# Unicode categories refused in a client name: controls (newline, tab...), line and paragraph
# separators, surrogates. They break the TOML `init` writes and the report's one-line headings.
_BAD_NAME_CATEGORIES = frozenset({"Cc", "Zl", "Zp", "Cs"})


def _client_name_problem(name: str) -> str | None:
    """Why `name` cannot be a client's name, or None."""
    if not name.strip():
        return "must not be blank"
    bad = next((c for c in name if unicodedata.category(c) in _BAD_NAME_CATEGORIES), None)
    if bad is not None:
        return f"must not contain control characters (found {bad!r})"
    return None


def check_client_name(name: str) -> str:
    """The client's name stripped (as `ecoaudit init --client` writes it); ConfigError if blank or
    holding control characters."""
    problem = _client_name_problem(name)
    if problem:
        raise ConfigError(f"--client {name!r}: the client's name {problem}")
    return name.strip()


class ClientConfig(_Strict):
    name: str = Field(min_length=1)
    language: Literal["fr", "en"] = "fr"
    sector: str = ""

    @field_validator("name")
    @classmethod
    def _valid_name(cls, v: str) -> str:
        problem = _client_name_problem(v)
        if problem:
            raise ValueError(problem)
        return v.strip()


# A host as a URL may carry it: letters (IDN included), digits, '-', '_' and dots between labels.
_HOST_RE = re.compile(r"[\w-]+(\.[\w-]+)*\.?")


def check_url(url: str) -> str:
    """Return the URL stripped if it is an absolute http(s) URL with a valid host and port, else
    raise ValueError saying why."""
    u = url.strip()
    if any(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") for c in u):
        # urlsplit silently drops tabs and newlines; a seed holding one was mistyped.
        raise ValueError(f"not an absolute http(s) URL (whitespace or control character): {url!r}")
    try:
        parts = urlsplit(u)
        port = parts.port  # raises ValueError when out of 0-65535 or not a number
        host = parts.hostname
    except ValueError as e:
        raise ValueError(f"not an absolute http(s) URL ({e}): {url!r}") from None
    if parts.scheme not in ("http", "https") or not host:
        raise ValueError(f"not an absolute http(s) URL: {url!r}")
    if port == 0:
        raise ValueError(f"not an absolute http(s) URL (invalid port): {url!r}")
    if "[" in parts.netloc:
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            raise ValueError(f"not an absolute http(s) URL (invalid IPv6 address): {url!r}") from None
    elif not _HOST_RE.fullmatch(host):
        raise ValueError(f"not an absolute http(s) URL (invalid host {host!r}): {url!r}")
    return u


SeedUrl = Annotated[str, AfterValidator(check_url)]


class SourcesConfig(_Strict):
    seeds: list[SeedUrl] = Field(default_factory=list)
    seeds_file: str | None = None


RECHECK_EVERY_RUNS = 20


class CrawlSettings(_Strict):
    """The crawl settings the TOML's [crawl] and the crawl job share: one declaration each.

    `CrawlConfig` (user-facing, [crawl]) and `spiders.job.CrawlJob` (what the crawl subprocess is
    asked to do) both extend it; fields whose type or bounds differ between the two (since,
    user_agent, max_run_seconds) are declared on each side."""
    max_pages_per_source: int = Field(default=300, ge=1, le=100_000)  # cap per source
    delay_seconds: float = Field(default=1.0, ge=0, le=600)  # between two requests to the same host
    obey_robots: bool = True
    autothrottle: bool = True  # slow down further on slow hosts (Scrapy AutoThrottle)
    max_crawl_delay: float = Field(default=30.0, ge=0, le=600)  # a robots.txt Crawl-delay is obeyed up to this
    discover: bool = True  # follow links out of the seeds to find new sources
    discover_depth: int = Field(default=1, ge=0, le=5)  # hops away from the seeds
    # A site commenters or forum members sign with (or link to in comments) on at least this many pages is
    # crawled as a discovered source too: bloggers of the sector sign with their blogs, comment spam with its
    # splogs, forum members with their sites.
    # One page is not enough (a passer-by's shop); 0: comments never lead to new sources.
    discover_signed_pages: int = Field(default=2, ge=0, le=1000)
    timeout_seconds: float = Field(default=30, gt=0, le=600)
    max_response_bytes: int = Field(default=5_000_000, ge=10_000)
    concurrent_requests: int = Field(default=16, ge=1, le=256)
    refresh_days: int = Field(default=30, ge=0, le=3650)  # posts younger than this are re-checked for new comments
    # Loopback, private, link-local, multicast and reserved addresses are refused unless this is
    # true (tests and the demo, whose web is served on 127.0.0.1): a crawled link must not reach
    # the machine's own services or a cloud metadata endpoint.
    allow_private_addresses: bool = False
    # One page's parse; a page parsed longer becomes a `parse_timeout` error row.
    parse_timeout_seconds: float = Field(default=30, gt=0, le=600)
    # Re-crawls carry pages whose feed, sitemap or listing says they are unchanged; each carried page
    # is still fetched again at least once every this many runs (1: every run).
    recheck_every_runs: int = Field(default=RECHECK_EVERY_RUNS, ge=1, le=1000)
    # Also crawl the N best prospects of the client's previous delivered run (mart `prospects`: sites
    # the audited sources link to but nobody crawled, ranked by links from pertinent sources); 0: none.
    prospect_top: int = Field(default=0, ge=0, le=1000)


class CrawlConfig(CrawlSettings):
    """[crawl]: the shared `CrawlSettings` and the keys only the TOML has."""
    since: dt.date | None = None  # ignore posts published earlier
    # Extensions beyond the contract.
    # Name ecoaudit, not a browser engine (webkit, gecko, chrome, safari...): forums such as
    # Discourse send their server-rendered posts to crawlers and an empty JavaScript shell to browsers.
    user_agent: str | None = None  # None: built from ecoaudit's version and contact_url
    contact_url: str | None = None
    max_run_seconds: int = Field(default=3 * 3600, ge=10)
    incremental: bool = True  # re-crawls reuse the previous delivered run: conditional requests


class WarehouseConfig(_Strict):
    """DuckDB's resources (an extension beyond the contract): big audits spill to disk, not swap."""
    memory_limit: str = Field(default="3GB", pattern=r"^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$")
    threads: int | None = Field(default=None, ge=1, le=256)  # None: one per core


_EMAIL_RE = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;.]+")
_NOTIFY_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://\S+")
_ENV_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Query parameters of a notification URL whose values are secrets (apprise URLs carry tokens there).
_SECRET_PARAMS = re.compile(r"(?i)(pass|password|pwd|token|secret|key|apikey|api_key|auth)$")


def redact_url(url: str) -> str:
    """`url` with its password and secret-looking query values replaced by '***' (for messages and
    alerts.json; apprise's own `url(privacy=True)` is finer for the services it knows)."""
    u = str(url)
    u = re.sub(r"^([a-zA-Z][a-zA-Z0-9+.-]*://[^/@:?#]*):[^/@?#]*@", r"\1:***@", u)
    return re.sub(r"([?&])([^=&#]+)=([^&#]*)",
                  lambda m: f"{m[1]}{m[2]}=***" if _SECRET_PARAMS.search(m[2]) and m[3] else m[0], u)


def _check_email(v: str) -> str:
    v = v.strip()
    if not _EMAIL_RE.fullmatch(v):
        raise ValueError(f"not an e-mail address: {v!r}")
    return v


def _check_notify_url(v: str) -> str:
    """An apprise URL (json://, mailto://, slack://...) that apprise knows how to send to."""
    v = v.strip()
    if not _NOTIFY_RE.fullmatch(v):
        raise ValueError(f"not a notification URL (scheme://...): {redact_url(v)!r}")
    import logging

    import apprise  # only when [alerts].notify is set: it takes a while to import

    logger = logging.getLogger("apprise")  # apprise's own warnings: not on stderr
    propagate, logger.propagate = logger.propagate, False
    try:
        with apprise.LogCapture(level=logging.CRITICAL + 1):
            service = apprise.Apprise.instantiate(v)
    finally:
        logger.propagate = propagate
    if service is None:
        raise ValueError(f"apprise cannot send to {redact_url(v)!r} (unknown scheme or missing "
                         f"parts; see https://github.com/caronc/apprise/wiki)")
    return v


def _check_webhook(v: str) -> str:
    """An absolute http(s) URL (check_url), its secrets masked in the error."""
    try:
        return check_url(v)
    except ValueError as e:
        raise ValueError(str(e).replace(repr(v), repr(redact_url(v)))) from None


def _one_or_many(v):
    return [v] if isinstance(v, str) else v


EmailAddress = Annotated[str, AfterValidator(_check_email)]
NotifyUrl = Annotated[str, AfterValidator(_check_notify_url)]


class AlertsConfig(_Strict):
    """[alerts]: what to watch after each delivered run and where to send one message about it
    (ecoaudit.alerts). Without a destination nothing is evaluated nor sent."""
    # Destinations: apprise URLs, a webhook (JSON POST) and/or e-mail through an SMTP server.
    notify: list[NotifyUrl] = Field(default_factory=list)
    webhook_url: Annotated[str, AfterValidator(_check_webhook)] | None = None
    email_to: Annotated[list[EmailAddress], BeforeValidator(_one_or_many)] = Field(default_factory=list)
    smtp_host: str | None = Field(default=None, validate_default=True)
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_security: Literal["starttls", "ssl", "none"] = "starttls"
    smtp_from: EmailAddress | None = Field(default=None, validate_default=True)
    smtp_user: str | None = None
    # The name of the environment variable holding the SMTP password (never the password itself).
    smtp_password_env: str | None = Field(default=None, validate_default=True)
    # Rules: on/off switches and thresholds (0 = off).
    spike: bool = True  # a week far above a source's usual activity (changes.spike)
    new_automated: bool = True  # a new source classified automated, or one turned automated
    client_mentioned: bool = True  # a new mention of the client's brand
    silent_weeks: int = Field(default=8, ge=0, le=520)  # a source with no post for that many weeks
    crawl_error_share: float = Field(default=0.2, ge=0, le=1)  # share of the run's URLs in error

    @field_validator("smtp_host")
    @classmethod
    def _smtp_host(cls, v: str | None, info) -> str | None:
        if v is not None:
            v = v.strip()
            try:
                ipaddress.ip_address(v.strip("[]"))
            except ValueError:
                if not _HOST_RE.fullmatch(v):
                    raise ValueError(f"not a host name or IP address: {v!r}") from None
        if v is None and info.data.get("email_to"):
            raise ValueError("needed to send to email_to: the SMTP server's host name")
        return v

    @field_validator("smtp_from")
    @classmethod
    def _smtp_from(cls, v: str | None, info) -> str | None:
        if v is None and info.data.get("email_to"):
            raise ValueError("needed to send to email_to: the sender's address")
        return v

    @field_validator("smtp_password_env")
    @classmethod
    def _password_env(cls, v: str | None, info) -> str | None:
        if v is not None and not _ENV_NAME_RE.fullmatch(v):
            raise ValueError("the name of an environment variable (letters, digits, _), "
                             "not the password itself")
        if v is None and info.data.get("smtp_user"):
            raise ValueError("needed with smtp_user: the environment variable holding the password")
        return v

    def has_destination(self) -> bool:
        return bool(self.notify or self.webhook_url or self.email_to)

    # Dumped (runs.config_json, the report's settings) without the secrets a URL may hold: apprise
    # URLs keep tokens in their paths, webhooks in their paths or queries.
    @field_serializer("notify")
    def _dump_notify(self, v: list[str]) -> list[str]:
        return [u.split("://", 1)[0] + "://***" for u in v]

    @field_serializer("webhook_url")
    def _dump_webhook(self, v: str | None) -> str | None:
        if v is None:
            return None
        parts = urlsplit(v)
        hidden = "/***" if parts.path.strip("/") or parts.query else ""
        return redact_url(f"{parts.scheme}://{parts.netloc}") + hidden


class AuditConfig(_Strict):
    client: ClientConfig
    sources: SourcesConfig = Field(default_factory=SourcesConfig)
    crawl: CrawlConfig = Field(default_factory=CrawlConfig)
    warehouse: WarehouseConfig = Field(default_factory=WarehouseConfig)
    themes: dict[str, list[str]] = Field(default_factory=dict)
    brands: dict[str, list[str]] = Field(default_factory=dict)
    alerts: AlertsConfig = Field(default_factory=AlertsConfig)

    # Set by load_config, not by the file.
    path: Path | None = Field(default=None, exclude=True)

    @property
    def slug(self) -> str:
        return slugify(self.client.name)

    def seed_urls(self) -> list[str]:
        """Seeds from the TOML and the seeds file, deduplicated, in order."""
        urls = list(self.sources.seeds)
        if self.sources.seeds_file:
            urls += read_seeds_file(self.seeds_path())
        seen: dict[str, None] = {}
        for u in urls:
            seen.setdefault(u, None)
        return list(seen)

    def seeds_path(self) -> Path:
        p = Path(self.sources.seeds_file or "seeds.csv")
        if not p.is_absolute() and self.path is not None:
            p = self.path.parent / p
        return p


def slugify(name: str) -> str:
    """'Cabinet Exemple & Fils' -> 'cabinet-exemple-fils' (ASCII, for folder names)."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-zA-Z0-9]+", "-", s).strip("-").lower()
    return s or "client"


def read_seeds_file(path: Path) -> list[str]:
    """Read a CSV with a `url` column; blank lines and `#` comments are skipped."""
    if not path.exists():
        raise ConfigError(f"{path}: seeds file not found")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read: {e}") from None
    # Keep the file's own line numbers for error messages.
    rows = [(n, r) for n, r in enumerate(text.splitlines(), start=1)
            if r.strip() and not r.lstrip().startswith("#")]
    if not rows:
        return []
    header_line, header = rows[0]
    fields = [c.strip().lower() for c in next(csv.reader([header]))]
    if "url" not in fields:
        raise ConfigError(f"{path}: line {header_line}: the header needs a column `url` (found {fields})")
    col = fields.index("url")
    urls = []
    for i, line in rows[1:]:
        cells = next(csv.reader([line]))
        value = cells[col].strip() if col < len(cells) else ""
        if not value:
            continue
        try:
            urls.append(check_url(value))
        except ValueError as e:
            why = str(e).split(": ", 1)[0]  # "not an absolute http(s) URL (invalid port)"
            raise ConfigError(f"{path}: line {i}: url = {value!r} is {why}") from None
    return urls


def _toml_line(text: str, key_path: tuple) -> int | None:
    """Best-effort line number of the last key of `key_path` in the TOML text."""
    if not key_path:
        return None
    leaf = str(key_path[-1])
    section = str(key_path[0]) if len(key_path) > 1 else None
    in_section = section is None
    for n, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            in_section = section is None or stripped.strip("[] ") == section
            if len(key_path) == 1 and stripped.strip("[] ") == leaf:
                return n
            continue
        if in_section and re.match(rf'^"?{re.escape(leaf)}"?\s*=', stripped):
            return n
    return None


def load_config(path: str | Path) -> AuditConfig:
    """Read and validate an audit TOML; raise ConfigError with one precise line."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{p}: file not found") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{p}: cannot read: {e}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: invalid TOML: {e}") from None
    try:
        cfg = AuditConfig.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        loc = tuple(x for x in err["loc"])
        # For list items, name the key holding the list.
        key_path = tuple(x for x in loc if not isinstance(x, int))
        key = ".".join(str(x) for x in loc if not isinstance(x, int))
        key += "".join(f"[{x}]" for x in loc if isinstance(x, int))
        line = _toml_line(text, key_path)
        where = f"{p}:{line}" if line else f"{p}"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            raise ConfigError(f"{where}: unknown key `{key}`") from None
        if err["type"] == "missing":
            raise ConfigError(f"{where}: missing required key `{key}`") from None
        value = err.get("input")
        if key_path[:1] == ("alerts",) and isinstance(value, str):
            value = redact_url(value)  # a notification URL may hold a token or password
        raise ConfigError(f"{where}: `{key}` = {value!r}: {msg}") from None
    cfg.path = p.resolve()
    if cfg.sources.seeds_file:
        cfg.seed_urls()  # validate the seeds file now, not mid-run
    return cfg


TEMPLATE = '''# ecoaudit audit configuration for {name}
# Run it with:  ecoaudit run {toml}

[client]
name = "{name}"            # required: shown in the report, sets the workspace folder
language = "fr"              # report language: fr or en
sector = ""                  # e.g. "gestion de patrimoine"

[sources]
seeds = []                   # home pages to audit, e.g. ["https://www.un-blog.fr/"]
seeds_file = "seeds.csv"     # and/or a CSV with a column `url`

[crawl]
max_pages_per_source = 300   # cap per source
delay_seconds = 1.0          # between two requests to the same host
obey_robots = true           # respect robots.txt
discover = true              # follow links out of the seeds to find new sources
discover_depth = 1           # hops away from the seeds
discover_signed_pages = 2    # also crawl a site commenters or forum members sign with on this many pages (0: never)
prospect_top = 0             # also crawl the N best prospects of the previous run (sites the audit keeps meeting)
# since = 2020-01-01         # ignore posts published earlier
# contact_url = "https://www.votre-cabinet.fr/contact"   # named in the crawler's user agent

[themes]                     # theme name = keywords
# "assurance vie" = ["assurance vie", "assurance-vie"]

[brands]
client = ["{name}"]
competitors = []

# [alerts]                   # after each run, one message if something changed (docs/alerts.md)
# webhook_url = "https://hooks.example.fr/ecoaudit"
# email_to = ["consultant@votre-cabinet.fr"]
# smtp_host = "smtp.votre-cabinet.fr"
# smtp_from = "ecoaudit@votre-cabinet.fr"
# smtp_user = "ecoaudit@votre-cabinet.fr"
# smtp_password_env = "ECOAUDIT_SMTP_PASSWORD"   # the password stays in the environment
# silent_weeks = 8           # 0 = off
# crawl_error_share = 0.2    # 0 = off
'''
