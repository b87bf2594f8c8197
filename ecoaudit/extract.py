"""`ecoaudit extract`: the crawl's parsers on one page or a batch of pages."""
from __future__ import annotations

import gzip
import json
import urllib.request
import zlib
from multiprocessing import get_context
from pathlib import Path

from .errors import ConfigError
from .urls import is_crawlable

MAX_BYTES = 20_000_000


def _os_reason(e: OSError) -> str:
    """The cause of an OSError without the path repeated: 'Permission denied'."""
    return e.strerror or type(e).__name__


def read_html(path: Path) -> bytes:
    """Bytes of a local .html or .html.gz file (size-bounded); ConfigError naming the file when it
    cannot be read (missing, a directory, unreadable, not valid gzip)."""
    path = Path(path)
    if path.is_dir():
        raise ConfigError(f"{path}: is a directory, not an .html or .html.gz file")
    try:
        with path.open("rb") as f:
            head = f.read(2)
        opener = gzip.open if head == b"\x1f\x8b" else open
        with opener(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        # A truncated download or another format behind a .gz name.
        cause = " ".join(str(e).split()) or type(e).__name__
        raise ConfigError(f"{path}: not a valid gzip file ({cause})") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {_os_reason(e)}") from None
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
    try:
        local = path.exists() or path.is_symlink()
    except (OSError, ValueError):  # a name too long for a file, a NUL byte: not a file
        local = False
    if local:
        html = read_html(path)  # a directory or an unreadable file is refused before --url
        if not url:
            raise ConfigError(f"{path}: a local file needs --url for its address")
    elif is_crawlable(url_or_file):
        url = url or url_or_file
        html = fetch(url_or_file)
    elif is_crawlable(url_or_file, allow_private=True):
        raise ConfigError(f"{url_or_file}: a local or private address: not fetched (save the page "
                          f"and give the file with --url)")
    elif "://" not in url_or_file and url_or_file.lower().endswith((".html", ".htm", ".gz")):
        raise ConfigError(f"{path}: no such file")
    else:
        shown = url_or_file if len(url_or_file) <= 200 else url_or_file[:200] + "..."
        raise ConfigError(f"{shown!r}: neither a file nor an http(s) URL")
    return json.dumps(page_object(url, html), ensure_ascii=False)


def _job(raw: str) -> dict:
    """The JSON object of one input line; ValueError saying what is wrong with it."""
    try:
        job = json.loads(raw)
    except json.JSONDecodeError as e:
        raise ValueError(f"not JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(job, dict):
        raise ValueError("not a JSON object with url and path")
    return job


def _work(line: tuple[int, str, str | None]) -> tuple[str, bool]:
    """(JSON line, whether it is an error row) for one input line (None: not valid UTF-8)."""
    lineno, source, raw = line
    ident = None
    try:
        if raw is None:
            raise ValueError("not valid UTF-8 text")
        job = _job(raw)
        ident = job.get("id")
        missing = [k for k in ("url", "path") if not isinstance(job.get(k), str) or not job[k]]
        if missing:
            raise ValueError(f"no {' nor '.join(missing)} (give {{\"id\", \"url\", \"path\"}})")
        path = Path(job["path"])
        if not path.is_absolute():
            path = Path(source).parent / path
        obj = page_object(job["url"], read_html(path), id=ident)
    except Exception as e:  # errors as data: one failed page never stops the batch
        if not isinstance(ident, (str, int, float, type(None))):
            ident = None
        cause = " ".join(str(e).split()) or type(e).__name__
        obj = {"id": ident, "error": f"{source}:{lineno}: {cause}"[:500]}
        return json.dumps(obj, ensure_ascii=False), True
    return json.dumps(obj, ensure_ascii=False), False


def _input_lines(input: Path) -> list[tuple[int, str, str | None]]:
    """(line number, input file, text or None when not UTF-8) of every non-blank line."""
    if input.is_dir():
        raise ConfigError(f"{input}: is a directory, not a JSON lines file")
    try:
        raw = input.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{input}: file not found") from None
    except OSError as e:
        raise ConfigError(f"{input}: cannot read: {_os_reason(e)}") from None
    lines = []
    for i, b in enumerate(raw.splitlines(), 1):
        try:
            text = b.decode("utf-8-sig" if i == 1 else "utf-8")
        except UnicodeDecodeError:
            lines.append((i, str(input), None))  # an error row for that line, not for the batch
            continue
        if text.strip():
            lines.append((i, str(input), text))
    return lines


def extract_batch(input: Path, output: Path, jobs: int, progress=None) -> tuple[int, int]:
    """Extract every line of `input` into `output` with `jobs` processes; (done, failed).

    A bad line (not JSON, no url or path, an unreadable page) becomes an error row naming the input
    file and line; an unreadable input or an unwritable output is a ConfigError."""
    input, output = Path(input), Path(output)
    lines = _input_lines(input)
    if output.is_dir():
        raise ConfigError(f"{output}: is a directory: give a file name for the JSON lines")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        out = output.open("w", encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"{output}: cannot write: {_os_reason(e)}") from None
    n = failed = 0
    from rich.progress import Progress

    with out, get_context("spawn").Pool(max(1, jobs)) as pool, \
            Progress(console=progress, transient=True) as bar:
        task = bar.add_task("extract", total=len(lines))
        for result, is_error in pool.imap(_work, lines, chunksize=4):
            out.write(result + "\n")
            n += 1
            failed += is_error
            bar.advance(task)
    return n, failed
