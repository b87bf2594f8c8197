"""Alerts ([alerts], ecoaudit.alerts): the rules on hand-made marts, the configuration's checks, and
delivery to a webhook receiver and an SMTP server on loopback (no internet; a dead http_proxy set)."""
from __future__ import annotations

import email
import email.policy
import json
import logging
import os
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from ecoaudit import alerts, stages, warehouse
from ecoaudit.config import AlertsConfig, AuditConfig, load_config
from ecoaudit.errors import ConfigError
from ecoaudit.workspace import Workspace

RUN, PREVIOUS, FAILED, OLDER = "r3", "r2", "r2-failed", "r1"

CHANGES = [
    # run_id, previous_run_id, host, change, subject, before, after, detail, url
    (RUN, PREVIOUS, "spam.test", "new_source", "spam.test", None, "automated", None, "https://spam.test/"),
    (RUN, PREVIOUS, "fine.test", "new_source", "fine.test", None, "pertinent", None, "https://fine.test/"),
    (RUN, PREVIOUS, "turned.test", "verdict_changed", "turned.test", "pertinent", "automated", None, None),
    (RUN, PREVIOUS, "overridden.test", "verdict_changed", "overridden.test", "undecided", "automated", None, None),
    (RUN, PREVIOUS, "calm.test", "verdict_changed", "calm.test", "automated", "pertinent", None, None),
    (RUN, PREVIOUS, "forum.test", "new_mention", "client:https://forum.test/t/1", None, "Cabinet Durand",
     "client", "https://forum.test/t/1"),
    (RUN, PREVIOUS, "forum.test", "new_mention", "competitor:https://forum.test/t/2", None, "Rival",
     "competitor", "https://forum.test/t/2"),
    (RUN, PREVIOUS, "forum.test", "spike", "2026-10-19", "5.0", "42", None, None),
    (RUN, PREVIOUS, "zzz.test", "silent_source", "zzz.test", "2026-08-01", "2026-08-01", None, None),
    (RUN, PREVIOUS, "forum.test", "activity_up", "forum.test", "10", "50", None, None),
    # another run's rows: never this run's alerts
    (PREVIOUS, OLDER, "old-spam.test", "new_source", "old-spam.test", None, "automated", None, None),
    (PREVIOUS, OLDER, "forum.test", "spike", "2026-08-03", "5", "30", None, None),
]

SOURCES = [
    # run_id, host, source, verdict, machine_verdict, override_verdict, last_post, posts, crawled
    # Reference days (latest post, capped at the run's start): RUN 2026-10-30, PREVIOUS 2026-08-25.
    (RUN, "quiet.test", "https://quiet.test/", "pertinent", "pertinent", None, "2026-08-20", 30, True),
    (PREVIOUS, "quiet.test", "https://quiet.test/", "pertinent", "pertinent", None, "2026-08-20", 30, True),
    # silent already in the previous run: no news
    (RUN, "asleep.test", "https://asleep.test/", "pertinent", "pertinent", None, "2026-05-01", 9, True),
    (PREVIOUS, "asleep.test", "https://asleep.test/", "pertinent", "pertinent", None, "2026-05-01", 9, True),
    # active
    (RUN, "lively.test", "https://lively.test/", "pertinent", "pertinent", None, "2026-10-30", 80, True),
    (PREVIOUS, "lively.test", "https://lively.test/", "pertinent", "pertinent", None, "2026-08-25", 70, True),
    # a post dated after the run started does not move its reference day
    (RUN, "future.test", "https://future.test/", "automated", "automated", None, "2027-03-01", 5, True),
    # no dated post now: its last post is the previous run's (as in the changes mart)
    (RUN, "undated.test", "https://undated.test/", "undecided", "undecided", None, None, 0, True),
    (PREVIOUS, "undated.test", "https://undated.test/", "pertinent", "pertinent", None, "2026-08-25", 5, True),
    # not crawled this time: nothing to say about its silence
    (RUN, "skipped.test", "https://skipped.test/", "pertinent", "pertinent", None, "2026-08-20", 5, False),
    (PREVIOUS, "skipped.test", "https://skipped.test/", "pertinent", "pertinent", None, "2026-08-20", 5, True),
    # new in this run (no previous row)
    (RUN, "newold.test", "https://newold.test/", "pertinent", "pertinent", None, "2026-01-01", 3, True),
    # the failed run is never the previous one (there quiet.test looks long silent already)
    (FAILED, "quiet.test", "https://quiet.test/", "pertinent", "pertinent", None, "2026-01-01", 30, True),
    (FAILED, "lively.test", "https://lively.test/", "pertinent", "pertinent", None, "2026-09-30", 30, True),
    # the consultant's override keeps overridden.test pertinent
    (RUN, "overridden.test", "https://overridden.test/", "pertinent", "automated", "pertinent", "2026-10-01", 12, True),
    (RUN, "turned.test", "https://turned.test/", "automated", "automated", None, "2026-10-01", 40, True),
    (RUN, "spam.test", "https://spam.test/", "automated", "automated", None, "2026-10-01", 400, True),
]

RUNS = [
    (OLDER, "2026-07-06 08:00:00+00", "delivered"),
    (PREVIOUS, "2026-09-01 08:00:00+00", "partial"),
    (FAILED, "2026-10-01 08:00:00+00", "failed"),
    (RUN, "2026-11-02 08:00:00+00", "delivered"),
]

# crawl_errors: 4 URLs in error (x.test: 3, y.test: 1), robots_disallowed not counted
ERRORS = [
    (RUN, "https://x.test/1", "http_404", "x.test", 404),
    (RUN, "https://x.test/2", "download_timeout", "x.test", None),
    (RUN, "https://y.test/3", "dns_error", "y.test", None),
    (RUN, "https://x.test/4", "parse_error", "x.test", 200),  # fetched too: one URL tried
    (RUN, "https://x.test/private", "robots_disallowed", "x.test", None),
    (PREVIOUS, "https://x.test/9", "http_500", "x.test", 500),
]
# raw_fetches of RUN: 7 responses (x.test/4 among them), and 5 rows carried from an earlier run
FETCHED = [f"https://x.test/ok{i}" for i in range(6)] + ["https://x.test/4"]
CARRIED = [f"https://x.test/old{i}" for i in range(5)]


def build(con, changes: bool = True) -> None:
    """The hand-made tables of RUN on `con` (the warehouse's base schema already there)."""
    for run_id, started, status in RUNS:
        warehouse.record_run(con, run_id, client="Cabinet Durand", status=status)
        con.execute("update runs set started_at = ?::timestamptz where run_id = ?", [started, run_id])
    if changes:
        con.execute("create table changes (run_id varchar, previous_run_id varchar, host varchar, "
                    "change varchar, subject varchar, before varchar, after varchar, detail varchar, "
                    "url varchar)")
        con.executemany("insert into changes values (?, ?, ?, ?, ?, ?, ?, ?, ?)", CHANGES)
    con.execute("create table sources (run_id varchar, host varchar, source varchar, verdict varchar, "
                "machine_verdict varchar, override_verdict varchar, last_post date, posts bigint, "
                "crawled boolean)")
    con.executemany("insert into sources values (?, ?, ?, ?, ?, ?, ?, ?, ?)", SOURCES)
    con.execute("create table crawl_errors (run_id varchar, url varchar, error varchar, host varchar, "
                "status_code bigint, message varchar, fetched_at timestamptz)")
    con.executemany("insert into crawl_errors values (?, ?, ?, ?, ?, '', null)", ERRORS)
    for url in FETCHED:
        con.execute("insert into raw_fetches (run_id, url, host, status_code, kind, carried) "
                    "values (?, ?, 'x.test', 200, 'page', false)", [RUN, url])
    for url in CARRIED:
        con.execute("insert into raw_fetches (run_id, url, host, status_code, kind, carried) "
                    "values (?, ?, 'x.test', 304, 'page', true)", [RUN, url])


def config(language: str = "fr", **alerts_keys) -> AuditConfig:
    return AuditConfig.model_validate({"client": {"name": "Cabinet Durand", "language": language},
                                       "alerts": alerts_keys})


@pytest.fixture
def con():
    c = warehouse.connect(":memory:")
    build(c)
    yield c
    c.close()


EXPECTED_FR = [
    ("new_automated", "spam.test", "Nouvelle source automatisée : spam.test",
     "découverte par ce passage et classée automatisée"),
    ("new_automated", "turned.test", "Source devenue automatisée : turned.test",
     "verdict de la machine passé de « pertinente » à « automatisée »"),
    ("client_mentioned", "forum.test", "Le client est cité : forum.test",
     "« Cabinet Durand » cité dans https://forum.test/t/1"),
    ("spike", "forum.test", "Pic d'activité : forum.test",
     "semaine du 2026-10-19 : 42 publications, contre 5 d'habitude"),
    ("silent", "quiet.test", "Source silencieuse : quiet.test",
     "aucune publication depuis le 2026-08-20 (plus de 8 semaines)"),
    ("silent", "undated.test", "Source silencieuse : undated.test",
     "aucune publication depuis le 2026-08-25 (plus de 8 semaines)"),
    ("crawl_errors", "", "Erreurs de collecte : 40 % des adresses",
     "4 adresses en erreur sur 10 (seuil 20 %) ; surtout x.test (3), y.test (1)"),
]


def test_rules_on_hand_made_marts(con):
    found = alerts.evaluate(con, RUN, config())
    assert [(a.rule, a.host, a.title, a.body) for a in found] == EXPECTED_FR
    by_rule = {a.rule: a for a in found}  # the last of each rule
    assert by_rule["spike"].data["subject"] == "2026-10-19"
    assert found[4].data == {
        "host": "quiet.test", "source": "https://quiet.test/", "verdict": "pertinent",
        "last_post": "2026-08-20", "previous_last_post": "2026-08-20", "previous_run_id": PREVIOUS,
        "weeks": 8, "reference_day": "2026-10-30", "previous_reference_day": "2026-08-25"}
    assert by_rule["crawl_errors"].data == {"errors": 4, "tried": 10, "share": 0.4, "threshold": 0.2,
                                            "hosts": ["x.test (3)", "y.test (1)"]}
    json.dumps([a.data for a in found])  # JSON-ready


def test_rules_in_english(con):
    found = alerts.evaluate(con, RUN, config("en"))
    assert [a.title for a in found] == [
        "New automated source: spam.test", "Source turned automated: turned.test",
        "The client is mentioned: forum.test", "Activity spike: forum.test", "Silent source: quiet.test",
        "Silent source: undated.test", "Crawl errors: 40% of the URLs"]
    assert found[-1].body == "4 URLs in error out of 10 (threshold 20%); mostly x.test (3), y.test (1)"


def test_rules_switched_off_and_thresholds(con):
    off = config(spike=False, new_automated=False, client_mentioned=False, silent_weeks=0,
                 crawl_error_share=0)
    assert alerts.evaluate(con, RUN, off) == []
    # 40 % is not above 40 %; silent for 12 weeks: quiet.test's last post is 10 weeks old
    found = alerts.evaluate(con, RUN, config(crawl_error_share=0.4, silent_weeks=12))
    assert [a.rule for a in found] == ["new_automated", "new_automated", "client_mentioned", "spike"]
    # shorter windows: lively.test (last post on the reference day) stays active, asleep.test was
    # silent at the previous run already, skipped.test was not crawled, newold.test is new
    for weeks in (1, 2):
        found = alerts.evaluate(con, RUN, config(silent_weeks=weeks, crawl_error_share=0))
        assert [a.host for a in found if a.rule == "silent"] == ["quiet.test", "undated.test"]
    # 10 weeks: quiet.test's last post (5 days before the previous reference day) is 10 weeks old now
    found = alerts.evaluate(con, RUN, config(silent_weeks=10, crawl_error_share=0))
    assert [a.host for a in found if a.rule == "silent"] == ["quiet.test"]


def test_first_run_without_changes_mart():
    c = warehouse.connect(":memory:")
    build(c, changes=False)
    found = alerts.evaluate(c, RUN, config())
    assert [(a.rule, a.host) for a in found] == [("silent", "quiet.test"), ("silent", "undated.test"),
                                                 ("crawl_errors", "")]
    # the oldest run has no previous one: no silent source, and no error rows at all
    assert alerts.evaluate(c, OLDER, config()) == []
    c.close()


def test_message_summarises_all_alerts(con):
    found = alerts.evaluate(con, RUN, config())
    title, body = alerts.message(found, "fr", "Cabinet Durand", RUN)
    assert title == "ecoaudit — Cabinet Durand: 7 alertes"
    assert body.splitlines()[0] == "Passage r3 : 7 alertes."
    assert "- Pic d'activité : forum.test — semaine du 2026-10-19" in body
    one = alerts.message(found[:1], "en", "Cabinet Durand", RUN)
    assert one[0] == "ecoaudit — Cabinet Durand: 1 alert"
    many = alerts.message(found * 20, "fr", "C", RUN)[1].splitlines()
    assert len(many) == 2 + alerts.MAX_LINES + 1 and many[-1].startswith("… et 90 autres")


# -- configuration ---------------------------------------------------------------------------------

TOML = '''[client]
name = "Cabinet Durand"

[sources]
seeds = ["https://www.example.fr/"]

[alerts]
{alerts}
'''


def load(tmp_path: Path, alerts_text: str) -> AuditConfig:
    p = tmp_path / "audit.toml"
    p.write_text(TOML.format(alerts=alerts_text), encoding="utf-8")
    return load_config(p)


def test_defaults_alert_nothing(tmp_path):
    cfg = load(tmp_path, "")
    a = cfg.alerts
    assert not a.has_destination()
    assert (a.spike, a.new_automated, a.client_mentioned, a.silent_weeks, a.crawl_error_share) == (
        True, True, True, 8, 0.2)
    cfg = load(tmp_path, 'webhook_url = "http://127.0.0.1:8080/hook"\nemail_to = "a@example.test"\n'
                         'smtp_host = "127.0.0.1"\nsmtp_from = "audit@example.test"\n'
                         'notify = ["json://127.0.0.1:9/x"]\nsilent_weeks = 0')
    assert cfg.alerts.has_destination() and cfg.alerts.email_to == ["a@example.test"]
    assert [u for u, _ in alerts.destinations(cfg.alerts)] == [
        "json://127.0.0.1:9/x", "json://127.0.0.1:8080/hook",
        "mailto://127.0.0.1:587?smtp=127.0.0.1&from=audit%40example.test&to=a%40example.test&mode=starttls"]


@pytest.mark.parametrize("text, expected", [
    ('notify = ["jsn://127.0.0.1/hook"]', ["audit.toml:8", "`alerts.notify[0]`", "apprise cannot send"]),
    ('notify = ["not a url"]', ["audit.toml:8", "`alerts.notify[0]`", "not a notification URL"]),
    ('webhook_url = "ftp://example.test/hook"', ["audit.toml:8", "`alerts.webhook_url`", "http(s)"]),
    ('smtp_password = "hunter2"', ["audit.toml:8", "unknown key `alerts.smtp_password`"]),
    ("colour = 1", ["unknown key `alerts.colour`"]),
    ('email_to = ["a@example.test"]', ["`alerts.smtp_host`", "needed to send to email_to"]),
    ('email_to = ["not-an-address"]', ["`alerts.email_to[0]`", "not an e-mail address"]),
    ('smtp_user = "me"\nemail_to="a@b.test"\nsmtp_host="h.test"\nsmtp_from="f@b.test"',
     ["`alerts.smtp_password_env`", "needed with smtp_user"]),
    ('smtp_password_env = "hunter2 secret"', ["`alerts.smtp_password_env`", "environment variable"]),
    ("silent_weeks = -1", ["`alerts.silent_weeks`", "-1"]),
    ("crawl_error_share = 1.5", ["`alerts.crawl_error_share`", "1.5"]),
    ('smtp_port = 70000', ["`alerts.smtp_port`"]),
    ('smtp_security = "tls"', ["`alerts.smtp_security`"]),
])
def test_bad_alerts_config_is_one_line_naming_the_key(tmp_path, text, expected):
    with pytest.raises(ConfigError) as e:
        load(tmp_path, text)
    msg = str(e.value)
    assert "\n" not in msg
    for part in expected:
        assert part in msg, msg


def test_config_errors_mask_secrets(tmp_path):
    with pytest.raises(ConfigError) as e:
        load(tmp_path, 'notify = ["jsn://me:hunter2@example.test/x?token=abc123"]')
    assert "hunter2" not in str(e.value) and "abc123" not in str(e.value)
    assert "`alerts.notify[0]`" in str(e.value)
    with pytest.raises(ConfigError) as e:
        load(tmp_path, 'webhook_url = "ftp://me:hunter2@example.test/x?token=abc123"')
    assert "hunter2" not in str(e.value) and "abc123" not in str(e.value)
    assert "`alerts.webhook_url`" in str(e.value)


# -- sending on loopback ----------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dead_proxy(monkeypatch):
    """A proxy nobody listens on: what the crawl tests set. Loopback delivery must not use it."""
    proxy = f"http://127.0.0.1:{free_port()}"
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.setenv(name, proxy)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    return proxy


@pytest.fixture
def webhook():
    """A webhook receiver on 127.0.0.1 (random port): the POSTed bodies, decoded."""
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            size = int(self.headers.get("Content-Length") or 0)
            received.append({"path": self.path, "body": json.loads(self.rfile.read(size))})
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    server.shutdown()
    server.server_close()


@pytest.fixture
def smtp_server():
    """An SMTP server (aiosmtpd) on 127.0.0.1 (random port): the messages it received."""
    from aiosmtpd.controller import Controller

    class Collect:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope)
            return "250 OK"

    handler = Collect()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller.port, handler.messages
    controller.stop()


def test_webhook_receives_one_json_message_bypassing_the_proxy(con, webhook, dead_proxy):
    url, received = webhook
    cfg = config(webhook_url=url)
    found = alerts.evaluate(con, RUN, cfg)
    results = alerts.send(found, cfg, "Cabinet Durand", RUN)
    assert [(r.ok, r.error) for r in results] == [(True, None)], results
    assert results[0].destination.startswith(url.replace("http://", "json://"))
    assert len(received) == 1
    message = received[0]["body"]
    assert received[0]["path"] == "/hook"
    assert message["title"] == "ecoaudit — Cabinet Durand: 7 alertes"
    for alert in found:
        assert alert.title in message["message"]
    assert "no_proxy" not in os.environ and os.environ["http_proxy"] == dead_proxy  # restored


def test_email_receives_one_message(con, smtp_server, dead_proxy):
    port, messages = smtp_server
    cfg = config(email_to=["consultant@example.test", "client@example.test"], smtp_host="127.0.0.1",
                 smtp_port=port, smtp_security="none", smtp_from="audit@example.test")
    found = alerts.evaluate(con, RUN, cfg)
    results = alerts.send(found, cfg, "Cabinet Durand", RUN)
    assert [r.ok for r in results] == [True], results
    # one e-mail to each recipient (apprise's way: they do not see each other's address)
    assert sorted(r for m in messages for r in m.rcpt_tos) == ["client@example.test", "consultant@example.test"]
    assert [len(m.rcpt_tos) for m in messages] == [1, 1]
    for envelope in messages:
        assert envelope.mail_from == "audit@example.test"
        mail = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert mail["Subject"] == "ecoaudit — Cabinet Durand: 7 alertes"
        text = mail.get_body(("plain", "html")).get_content()
        for alert in found:
            assert alert.title in text, text


def test_dead_destinations_are_results_not_errors(con, dead_proxy, caplog):
    dead = f"http://127.0.0.1:{free_port()}/hook"
    cfg = config(webhook_url=dead, email_to="a@example.test", smtp_host="127.0.0.1",
                 smtp_port=free_port(), smtp_security="none", smtp_from="audit@example.test",
                 smtp_user="me", smtp_password_env="ECOAUDIT_TEST_UNSET_PASSWORD")
    os.environ.pop("ECOAUDIT_TEST_UNSET_PASSWORD", None)
    found = alerts.evaluate(con, RUN, cfg)
    with caplog.at_level(logging.WARNING, logger="ecoaudit.alerts"):
        results = alerts.send(found, cfg, "Cabinet Durand", RUN)
    assert [r.ok for r in results] == [False, False]
    assert all(r.error for r in results)
    assert "Connection refused" in results[0].error and "\n" not in results[0].error
    assert "ECOAUDIT_TEST_UNSET_PASSWORD" in results[1].error
    warnings = [r.getMessage() for r in caplog.records if r.name == "ecoaudit.alerts"]
    assert len(warnings) == 2 and all("\n" not in w and "not sent to" in w for w in warnings)


def test_no_alert_no_message(webhook):
    url, received = webhook
    assert alerts.send([], config(webhook_url=url), "Cabinet Durand", RUN) == []
    assert received == []


def test_stage_writes_alerts_json_with_secrets_masked(tmp_path, webhook, dead_proxy, monkeypatch):
    url, received = webhook
    monkeypatch.setenv("ECOAUDIT_TEST_SMTP_PASSWORD", "hunter2")
    cfg = config(webhook_url=url + "?token=abc123", email_to="a@example.test", smtp_host="127.0.0.1",
                 smtp_port=free_port(), smtp_security="none", smtp_from="audit@example.test",
                 smtp_user="me", smtp_password_env="ECOAUDIT_TEST_SMTP_PASSWORD")
    ctx = stages.RunContext(cfg, Workspace(tmp_path, cfg.slug), RUN)
    ctx.run_dir.mkdir(parents=True)
    with ctx.connect() as c:
        build(c)
    results = stages.alert(ctx)
    assert [r.ok for r in results] == [True, False]  # the SMTP port is dead
    assert len(received) == 1
    text = (ctx.run_dir / "alerts.json").read_text(encoding="utf-8")
    assert "hunter2" not in text and "abc123" not in text
    record = json.loads(text)
    assert record["title"] == "ecoaudit — Cabinet Durand: 7 alertes"
    assert [a["rule"] for a in record["alerts"]] == [r for r, *_ in EXPECTED_FR]
    assert len(record["destinations"]) == 2 and [r["ok"] for r in record["results"]] == [True, False]


def test_stage_without_destination_does_nothing(tmp_path):
    cfg = config()
    ctx = stages.RunContext(cfg, Workspace(tmp_path, cfg.slug), RUN)
    assert stages.alert(ctx) == []
    assert not ctx.ws.warehouse.exists() and not ctx.run_dir.exists()


def test_alerts_config_model_has_no_password_key():
    assert "smtp_password" not in AlertsConfig.model_fields


def test_dumped_config_hides_url_secrets():
    """runs.config_json holds the config's dump: no token of a notify or webhook URL in it."""
    cfg = config(notify=["json://me:hunter2@127.0.0.1/x?token=abc123"],
                 webhook_url="https://hooks.example.test/T0/B1/abc123?key=abc123")
    dumped = json.dumps(cfg.model_dump(mode="json"))
    assert "hunter2" not in dumped and "abc123" not in dumped
    assert cfg.model_dump(mode="json")["alerts"]["webhook_url"] == "https://hooks.example.test/***"
    assert cfg.alerts.webhook_url.endswith("?key=abc123")  # the model itself keeps them


def test_numbers_in_the_audit_language():
    assert alerts._percent(0.205, "fr", 0.2) == "20,5 %" and alerts._percent(0.4, "en", 0.2) == "40%"
    assert alerts._count("4.5", "fr") == "4,5" and alerts._count("12.0", "en") == "12"


def test_rules_on_the_real_marts():
    """The rules read the marts the transform writes (the `changes` mart's own two-run fixture): the
    spike and the client's mention it finds, and the silent source it finds, by our own reckoning."""
    from ecoaudit import sqlrun
    from tests.test_sql_changes import two_runs

    c = two_runs()
    sqlrun.ensure_taxonomy(c)
    c.execute("insert into run_brands values ('r1', 'client', 'Cabinet Exemple')")
    sqlrun.run_models(c, "r1")
    cfg = AuditConfig.model_validate({"client": {"name": "Cabinet Exemple"}})
    found = {(a.rule, a.host) for a in alerts.evaluate(c, "r1", cfg)}
    assert {("spike", "steady.example"), ("client_mentioned", "steady.example")} <= found
    silent_in_mart = {("silent", h) for (h,) in c.execute(
        "select host from changes where run_id = 'r1' and change = 'silent_source'").fetchall()}
    assert silent_in_mart and {x for x in found if x[0] == "silent"} == silent_in_mart
    c.close()


def test_email_logs_in_with_the_password_from_the_environment(monkeypatch):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    logins, messages = [], []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"p@ss:w/rd%20")

    class Collect:
        async def handle_DATA(self, server, session, envelope):
            messages.append(envelope)
            return "250 OK"

    controller = Controller(Collect(), hostname="127.0.0.1", port=free_port(),
                            authenticator=authenticator, auth_require_tls=False)
    controller.start()
    try:
        monkeypatch.setenv("ECOAUDIT_TEST_SMTP_PASSWORD", "p@ss:w/rd%20")
        cfg = config(email_to="a@example.test", smtp_host="127.0.0.1", smtp_port=controller.port,
                     smtp_security="none", smtp_from="audit@example.test", smtp_user="audit@example.test",
                     smtp_password_env="ECOAUDIT_TEST_SMTP_PASSWORD")
        found = [alerts.Alert("spike", "h.test", "Pic d'activité : h.test", "…")]
        results = alerts.send(found, cfg, "Cabinet Durand", RUN)
    finally:
        controller.stop()
    assert [r.ok for r in results] == [True], results
    assert logins == [(b"audit@example.test", b"p@ss:w/rd%20")] and len(messages) == 1
    assert "p@ss" not in results[0].destination
