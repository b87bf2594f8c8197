"""The raw archive (WARC) of a crawl, and re-extraction from it without fetching anything.

One small real crawl of the demo web (3 seeds: a redirected WordPress blog, a phpBB forum,
a host answering 500) feeds every test; the demo server is stopped before any replay.
"""
from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import Response
from warcio.archiveiterator import ArchiveIterator

from ecoaudit.config import load_config
from ecoaudit.errors import ConfigError
from ecoaudit.workspace import Workspace
from spiders.archive import HDR_CALLBACK, HDR_SOURCE, WarcWriterFile
from spiders.job import CrawlJob
from spiders.replay import ArchiveReader, fetch_failures, replay_archive

ROOT = Path(__file__).resolve().parent.parent
PICK = ("patrimoine-conseils", "entraide-patrimoine", "patrimoine-en-panne")
RUN = "arch-1"


def _seeds() -> list[str]:
    from sectorweb.labels import demo_seeds

    return [s for s in demo_seeds() if any(k in s for k in PICK)]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """A workspace with one crawled run (items + archive), as `ecoaudit run` lays it out."""
    from sectorweb import DemoServer
    from ecoaudit.demo_audit import through_proxy
    from spiders.launch import run_crawl

    root = tmp_path_factory.mktemp("archive-ws")
    seeds = _seeds()
    toml = root / "audit.toml"
    toml.write_text('[client]\nname = "Archive Test"\n[sources]\nseeds = ['
                    + ", ".join(json.dumps(s) for s in seeds) + "]\n", encoding="utf-8")
    cfg = load_config(toml)
    ws = Workspace(root, cfg.slug)
    run_dir = ws.run_dir(RUN)
    job = CrawlJob(seeds=seeds, items_dir=str(ws.items_dir(RUN)), log_file=str(run_dir / "crawl.log"),
                   archive_path=str(run_dir / "archive" / "crawl.warc.gz"),
                   max_pages_per_source=6, delay_seconds=0, discover=False)
    with DemoServer() as server:
        with through_proxy(server.proxy_url):
            result = run_crawl(job, run_dir / "crawl_job.json", timeout=120)
    # From here on nothing answers on the demo web: whatever follows works offline.
    return {"root": root, "toml": toml, "cfg": cfg, "ws": ws, "job": job, "result": result,
            "archive": Path(job.archive_path)}


def rows(items_dir: Path, table: str) -> list[dict]:
    path = Path(items_dir) / f"{table}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def warc_records(path: Path):
    with path.open("rb") as f:
        for rec in ArchiveIterator(f):
            yield (rec.rec_type, rec.rec_headers, rec.http_headers,
                   rec.content_stream().read() if rec.rec_type == "response" else b"")


def test_archive_holds_every_response(crawled):
    stats = crawled["result"].stats
    records = list(warc_records(crawled["archive"]))
    assert records[0][0] == "warcinfo"
    responses = [r for r in records if r[0] == "response"]
    requests = [r for r in records if r[0] == "request"]
    # one response record per response the downloader got, redirects and retries included
    assert len(responses) == len(requests) == stats["downloader/response_count"] == stats["archive/responses"]
    statuses = Counter(int(r[2].get_statuscode()) for r in responses)
    assert statuses == {int(k.rsplit("/", 1)[1]): v for k, v in stats.items()
                        if k.startswith("downloader/response_status_count/")}
    by_url: dict[str, list] = {}
    for _, h, http, body in responses:
        by_url.setdefault(h.get_header("WARC-Target-URI"), []).append((int(http.get_statuscode()), http, body))
    # the seed given without www. is recorded as the redirect it was, then its landing page
    (status, http, _), = by_url["http://patrimoine-conseils.test/"]
    assert status == 301 and http.get_header("Location") == "http://www.patrimoine-conseils.test/"
    # every page written by the crawl has its final response, body included
    for page in rows(crawled["ws"].items_dir(RUN), "pages"):
        status, http, body = by_url[page["url_raw"]][-1]
        assert status == 200 and len(body) == page["content_length"]
        assert "text/html" in http.get_header("Content-Type")
    # robots.txt, feeds, and error responses with their bodies
    assert by_url["http://forum.entraide-patrimoine.test/robots.txt"][0][0] == 200
    assert any("/feed" in u for u in by_url)
    panne = by_url["http://www.patrimoine-en-panne.test/"]
    assert [s for s, _, _ in panne] == [500, 500] and all(b for _, _, b in panne)  # retried once
    # the request records say which callback received the response, for which source
    home = [h for t, h, _, _ in requests if h.get_header("WARC-Target-URI") == "http://www.patrimoine-conseils.test/"]
    assert home[0].get_header(HDR_CALLBACK) == "parse_home"
    assert home[0].get_header(HDR_SOURCE) == "patrimoine-conseils.test"
    robots_mw = [h for t, h, _, _ in requests if h.get_header("WARC-Target-URI").endswith("/robots.txt")]
    assert {h.get_header(HDR_CALLBACK) for h in robots_mw} == {"", "parse_robots"}


def _key(table: str, row: dict) -> tuple:
    keep = {"pages": ("url", "status_code", "page_type", "title", "author", "published", "text"),
            "comments": ("page_url", "position", "author", "published", "text"),
            "forum_posts": ("thread_url", "position", "author", "published", "text", "quoted"),
            "entries": ("url", "origin", "published"),
            "errors": ("url", "error", "status_code"),
            "sources": ("host", "status", "crawled", "platform", "kind")}[table]
    return tuple(json.dumps(row.get(k), sort_keys=True) for k in keep)


def test_replay_gives_the_crawls_items_offline(crawled, tmp_path):
    crawl_items = crawled["ws"].items_dir(RUN)
    result = replay_archive(crawled["archive"], crawled["job"], tmp_path / "items",
                            fetch_failures(crawl_items))
    assert not result.truncated and result.replayed > 0
    assert result.skipped.get("superseded") == 2  # the 301 and the retried 500
    original = json.loads((crawl_items / "counts.json").read_text())
    for table in ("pages", "comments", "forum_posts", "entries", "errors", "sources"):
        assert result.counts[table] == original[table], table
        assert Counter(_key(table, r) for r in rows(tmp_path / "items", table)) == \
            Counter(_key(table, r) for r in rows(crawl_items, table)), table
    assert original["pages"] > 5 and original["comments"] > 0 and original["forum_posts"] > 0
    # fetched_at is the archived fetch time, not the replay's
    fetched = {r["url"]: r["fetched_at"] for r in rows(crawl_items, "pages")}
    import datetime as dt

    for r in rows(tmp_path / "items", "pages"):
        delta = dt.datetime.fromisoformat(r["fetched_at"]) - dt.datetime.fromisoformat(fetched[r["url"]])
        assert abs(delta.total_seconds()) <= 2


def test_truncated_archive_replays_its_complete_records(crawled, tmp_path):
    data = crawled["archive"].read_bytes()
    with crawled["archive"].open("rb") as f:
        it = ArchiveIterator(f)
        spans = [(r.rec_type, it.get_record_offset(), it.get_record_length()) for r in it]
    responses = [(off, length) for t, off, length in spans if t == "response"]
    full = [(e.url, e.status, e.body) for e in ArchiveReader(crawled["archive"])]
    cut = tmp_path / "killed.warc.gz"
    # every record, small ones too: half of a small gzip member ends warcio's iterator
    # quietly, without an error
    for i, (off, length) in enumerate(responses):
        cut.write_bytes(data[: off + length // 2])  # the crawl died while writing this record
        reader = ArchiveReader(cut)
        kept = [(e.url, e.status, e.body) for e in reader]
        assert reader.truncated and kept == full[:i], (i, full[i][:2])
    assert min(length for _, length in responses) < 600  # a robots.txt or a redirect was cut
    off, length = responses[len(responses) * 2 // 3]
    cut.write_bytes(data[: off + length // 2])
    result = replay_archive(cut, crawled["job"], tmp_path / "items")
    assert result.truncated and 0 < result.counts["pages"] < len(rows(crawled["ws"].items_dir(RUN), "pages"))


def test_replay_run_writes_a_new_run_and_never_touches_the_original(crawled):
    from ecoaudit.reextract import REFERENCE, find_archive, replay_run

    ws, cfg = crawled["ws"], crawled["cfg"]
    original = ws.run_dir(RUN)

    def digest() -> dict[str, str]:
        return {str(p.relative_to(original)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(original.rglob("*")) if p.is_file()}

    before = digest()
    done = replay_run(cfg, crawled["root"], RUN)
    assert done.new_run_id == f"{RUN}-re1" and done.archive == crawled["archive"]
    new = ws.run_dir(done.new_run_id)
    assert done.counts["pages"] == json.loads((ws.items_dir(RUN) / "counts.json").read_text())["pages"]
    assert (new / "items" / "pages.jsonl").exists() and (new / "crawl_job.json").exists()
    ref = json.loads((new / REFERENCE).read_text())
    assert ref["reextracted_from"] == RUN and (new / ref["archive"]).resolve() == crawled["archive"].resolve()
    assert find_archive(new) == crawled["archive"].resolve()  # a re-extraction can be re-extracted
    assert not (new / "archive").exists()  # a reference, not a copy
    again = replay_run(cfg, crawled["root"], RUN)
    assert again.new_run_id == f"{RUN}-re2"
    assert digest() == before
    with pytest.raises(ConfigError, match="never modified"):
        replay_run(cfg, crawled["root"], RUN, new_run_id=RUN)
    with pytest.raises(ConfigError, match="not found"):
        replay_run(cfg, crawled["root"], "no-such-run")


def test_writer_skips_large_bodies_and_keeps_secrets_out(tmp_path):
    path = tmp_path / "a.warc.gz"
    w = WarcWriterFile(path)
    req = Request("http://x.test/big?q=1", headers={"Proxy-Authorization": "Basic c2VjcmV0",
                                                     "Cookie": "s=1", "Accept": "text/html"},
                  meta={"source": "x.test", "proxy": "http://user:pw@proxy:3128"})
    w.write_exchange(req, Response(req.url, status=200, body=b"x" * 5000, request=req,
                                   headers={"Content-Type": "text/html", "Transfer-Encoding": "chunked"}),
                     max_body=1000)
    w.close()
    raw = io.BytesIO(path.read_bytes())
    recs = [(r.rec_type, r.rec_headers, r.http_headers, r.content_stream().read()) for r in ArchiveIterator(raw)]
    (_, rq, rq_http, _), (_, rs, rs_http, body) = recs
    assert rq_http.protocol == "GET" and rq_http.statusline.startswith("/big?q=1")
    assert rq_http.get_header("Accept") == "text/html"
    assert not rq_http.get_header("Proxy-Authorization") and not rq_http.get_header("Cookie")
    assert "pw" not in str(rq) and "pw" not in str(rq_http)
    assert rs.get_header("WARC-Truncated") == "length" and body == b""
    assert not rs_http.get_header("Transfer-Encoding")
    assert not list(ArchiveReader(path))[0].body and list(ArchiveReader(path))[0].truncated


def ecoaudit(*args):
    return subprocess.run([sys.executable, "-m", "ecoaudit.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_reextract_cli_errors_exit_2(crawled):
    toml = crawled["toml"]
    r = ecoaudit("reextract", "no-such-run", toml, "--workspace", crawled["root"])
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "not found" in r.stderr
    bare = crawled["ws"].run_dir("no-archive")
    bare.mkdir(parents=True)
    r = ecoaudit("reextract", "no-archive", toml, "--workspace", crawled["root"])
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "no archive" in r.stderr
    r = ecoaudit("reextract", "../etc", toml)
    assert r.returncode == 2


def test_replay_decodes_bodies_and_keeps_the_last_response_of_each_chain(tmp_path):
    """Built by hand: a gzip-encoded home page reached after a 503 that was retried and a 301,
    and a 404 post. Replay sees what the spider saw: one decoded page, one http_404 row."""
    import gzip

    from spiders.audit import AuditSpider

    wp = "https://patrimoine-et-vous.fr"
    html = (ROOT / "tests" / "fixtures" / "html" / "wordpress" / "home.html").read_bytes()
    job = CrawlJob(seeds=[wp + "/"], items_dir=str(tmp_path / "crawl"), discover=False)
    sp = AuditSpider(job=job)
    path = tmp_path / "hand.warc.gz"
    w = WarcWriterFile(path)

    def answer(req, status, body=b"", **headers):
        w.write_exchange(req, Response(req.url, status=status, body=body, request=req,
                                       headers=headers), sp, 0)

    home = Request(wp + "/", callback=sp.parse_home, errback=sp.on_error,
                   meta={"source": "patrimoine-et-vous.fr"})
    answer(home, 503, b"busy")
    retried = home.replace()  # RetryMiddleware's copy: same meta, same chain
    answer(retried, 301, Location=wp + "/accueil/")
    landed = retried.replace(url=wp + "/accueil/")
    answer(landed, 200, gzip.compress(html), **{"Content-Type": "text/html; charset=utf-8",
                                                "Content-Encoding": "gzip"})
    post = Request(wp + "/gone/", callback=sp.parse_any, errback=sp.on_error,
                   meta={"source": "patrimoine-et-vous.fr"})
    answer(post, 404, b"<html><body>Not found</body></html>", **{"Content-Type": "text/html"})
    w.close()

    result = replay_archive(path, job, tmp_path / "replayed")
    assert result.skipped == {"superseded": 2} and result.replayed == 2
    (page,) = rows(tmp_path / "replayed", "pages")
    assert page["url_raw"] == wp + "/accueil/" and page["platform"] == "wordpress"
    assert page["content_length"] == len(html)  # the decoded body, as after Scrapy's decompression
    (error,) = rows(tmp_path / "replayed", "errors")
    assert (error["url"], error["error"]) == (wp + "/gone/", "http_404")
