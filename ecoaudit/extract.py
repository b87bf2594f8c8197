"""`ecoaudit extract`: the crawl's parsers on one page or a batch of pages."""
from __future__ import annotations

import gzip
import json
import urllib.request
from multiprocessing import get_context
from pathlib import Path

from .errors import ConfigError
from .urls import is_crawlable

MAX_BYTES = 20_000_000


def read_html(path: Path) -> bytes:
    """Bytes of a local .html or .html.gz file (size-bounded)."""
    with path.open("rb") as f:
        head = f.read(2)
    opener = gzip.open if head == b"\x1f\x8b" else open
    with opener(path, "rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_BYTES} bytes")
    return data


def fetch(url: str) -> bytes:
    """GET a URL through the standard proxy settings."""
    req = urllib.request.Request(url, headers={"User-Agent": "Mozilla/5.0 (compatible; ecoaudit)"})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.read(MAX_BYTES)
    except Exception as e:
        raise ConfigError(f"{url}: cannot fetch: {e}") from None


def page_object(url: str, html: bytes, id=None) -> dict:
    """The contract's page object for one page."""
    from spiders.parsers import parse_page
    from spiders.parsers.contract import to_page_object

    return to_page_object(parse_page(url, html), id=id)


def extract_one(url_or_file: str, url: str | None = None) -> str:
    """JSON of one page: a URL is fetched; a file needs `url` for its address."""
    path = Path(url_or_file)
    if path.exists():
        if not url:
            raise ConfigError(f"{path}: a local file needs --url for its address")
        html = read_html(path)
    elif is_crawlable(url_or_file):
        url = url or url_or_file
        html = fetch(url_or_file)
    else:
        raise ConfigError(f"{url_or_file}: neither a file nor an http(s) URL")
    return json.dumps(page_object(url, html), ensure_ascii=False)


def _work(line: tuple[int, str, str]) -> tuple[str, bool]:
    """(JSON line, whether it is an error row) for one input line."""
    lineno, source, raw = line
    try:
        job = json.loads(raw)
        url, path = job["url"], Path(job["path"])
        if not path.is_absolute():
            path = Path(source).parent / path
        obj = page_object(url, read_html(path), id=job.get("id"))
    except Exception as e:  # errors as data: one failed page never stops the batch
        ident = None
        try:
            ident = json.loads(raw).get("id")
        except Exception:
            pass
        obj = {"id": ident, "error": f"{source}:{lineno}: {' '.join(str(e).split())[:300]}"}
        return json.dumps(obj, ensure_ascii=False), True
    return json.dumps(obj, ensure_ascii=False), False


def extract_batch(input: Path, output: Path, jobs: int, progress=None) -> tuple[int, int]:
    """Extract every line of `input` into `output` with `jobs` processes; (done, failed)."""
    if not input.exists():
        raise ConfigError(f"{input}: file not found")
    lines = [(i, str(input), l) for i, l in enumerate(input.read_text(encoding="utf-8").splitlines(), 1)
             if l.strip()]
    n = failed = 0
    output.parent.mkdir(parents=True, exist_ok=True)
    from rich.progress import Progress

    with output.open("w", encoding="utf-8") as out, \
            get_context("spawn").Pool(max(1, jobs)) as pool, \
            Progress(console=progress, transient=True) as bar:
        task = bar.add_task("extract", total=len(lines))
        for result, is_error in pool.imap(_work, lines, chunksize=4):
            out.write(result + "\n")
            n += 1
            failed += is_error
            bar.advance(task)
    return n, failed
