"""Page types on real pages (WCXB dev split): the share of article pages typed "article" and of
forum pages typed "forum_thread" by `parse_page`.

    .venv/bin/python -m tests.bench.page_types [--data ../shared/data/wcxb-dev] [--jobs N]
                                               [--dump FILE] [--compare FILE] [--limit N]

WCXB labels each page "article" or "forum" (metadata.json); nothing in the parsers is tuned to
these pages. `--dump` writes {id: page_type} so that two runs (before / after a change) can be
compared with `--compare`, which lists the pages whose type changed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from multiprocessing import get_context
from pathlib import Path

from tests.bench.extract import DEFAULT_DATA, load_cases

WANTED = {"article": "article", "forum": "forum_thread"}


def _type_of(job: tuple[str, str, str]) -> tuple[str, str, str]:
    """(id, page_type, platform) of one page."""
    from spiders.parsers import parse_page

    file_id, url, path = job
    parsed = parse_page(url, gzip.decompress(Path(path).read_bytes()))
    return file_id, parsed.page_type, parsed.platform


def run(data: Path, jobs: int, limit: int | None = None) -> dict[str, dict]:
    """{id: {"label", "type", "platform", "url"}} for the WCXB pages."""
    cases = load_cases(data)[:limit] if limit else load_cases(data)
    labels = {c.id: (c.page_type, c.url) for c in cases}
    work = [(c.id, c.url, str(c.path)) for c in cases]
    if jobs > 1:
        with get_context("spawn").Pool(jobs) as pool:
            rows = pool.map(_type_of, work, chunksize=8)
    else:
        rows = [_type_of(w) for w in work]
    return {i: {"label": labels[i][0], "url": labels[i][1], "type": t, "platform": p} for i, t, p in rows}


def report(result: dict[str, dict]) -> str:
    lines = []
    for label, wanted in WANTED.items():
        rows = [r for r in result.values() if r["label"] == label]
        if not rows:
            continue
        hit = sum(r["type"] == wanted for r in rows)
        types = Counter(r["type"] for r in rows)
        share = hit / len(rows)
        lines.append(f"{label}: {hit}/{len(rows)} typed {wanted} = {share:.3f}  ({dict(types.most_common())})")
        missed = Counter(r["platform"] for r in rows if r["type"] != wanted)
        lines.append(f"  missed by platform: {dict(missed.most_common())}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None, help="first N pages only (a quick look)")
    ap.add_argument("--dump", type=Path, help="write {id: {label, type, platform, url}} here")
    ap.add_argument("--compare", type=Path, help="a previous --dump: list the pages whose type changed")
    args = ap.parse_args(argv)
    if not (args.data / "metadata.json").exists():
        print(f"no WCXB data at {args.data}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    result = run(args.data, args.jobs, args.limit)
    print(report(result))
    print(f"{len(result)} pages in {time.perf_counter() - t0:.0f} s")
    if args.dump:
        args.dump.write_text(json.dumps(result, indent=0, sort_keys=True), encoding="utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        for file_id, row in sorted(result.items()):
            old = before.get(file_id, {}).get("type")
            if old and old != row["type"]:
                print(f"  {file_id} {row['label']:8} {old:>12} -> {row['type']:<12} {row['url']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
