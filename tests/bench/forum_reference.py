"""What the WCXB forum references allow: an audit of the ground truth, not of our extractor.

    .venv/bin/python -m tests.bench.forum_reference [--data ../shared/data/wcxb-dev] [--write docs/benchmarks.md]

The contract asks for "every post of the page, in order". For each forum page this measures,
from the page and its reference alone:

- **recall bound**: the share of the reference's words (multiset) present anywhere in the page's
  visible text or its `<meta content>` values (scripts, styles and other attributes left out). No extractor can recall more, so its
  word-F1 is at most 2R/(1+R). Pages under 0.5 ship no posts in their HTML (JavaScript shells).
- **cut reference**: our parser's posts whose first eight words the reference lacks, when they
  are the *last* posts of the page (the reference stops early; a post missed in the middle would
  be our error, not a cut). The contract's answer then scores at most 2|ref|/(|ref|+|page posts|).
- **bylines**: among posts with a known author, the share whose author name is in the reference.
  Pages at ≥ 80% write each post's byline into the text, pages at ≤ 20% do not.

The ceiling is the mean over pages of those bounds (1.0 elsewhere): what an extractor following
the contract exactly could score on this split. Two renderings of the same parsed posts show what
the references' conventions are worth: each post under its byline (author, date as shown), and
each post with the quotes it holds.
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter
from multiprocessing import get_context
from pathlib import Path

from tests.bench.extract import DEFAULT_DATA, load_cases, word_f1, words

TITLE = "## What the forum references allow (issue 3)"
COMMAND = ".venv/bin/python -m tests.bench.forum_reference --write docs/benchmarks.md"
_SKIP = ("script", "style", "noscript", "template")


def visible_words(html: bytes) -> list[str]:
    """Every word of the page's text nodes and of its <meta content> values (a description is
    all some JavaScript shells ship): what any extractor could return."""
    from spiders.parsers.common import decode_html, parse_tree

    tree = parse_tree(decode_html(html))
    if tree is None:
        return []
    metas = [m.get("content") or "" for m in tree.iter("meta")]
    for el in tree.iter(*_SKIP):
        el.text = None
    return words(" ".join(tree.itertext()) + " " + " ".join(metas))


def audit(job: tuple[str, str, str, str]) -> dict:
    from spiders.parsers import parse_page
    from spiders.parsers.contract import page_text

    file_id, url, path, reference = job
    html = gzip.decompress(Path(path).read_bytes())
    ref = Counter(words(reference))
    total = sum(ref.values())
    recall_bound = sum((Counter(visible_words(html)) & ref).values()) / total if total else 1.0
    parsed = parse_page(url, html)
    posts = [p for p in parsed.posts if p.text]
    joined = " ".join(words(reference))
    found = [" ".join(words(p.text)[:8]) in joined for p in posts]
    cut = 0
    if posts and any(found) and not all(found):
        last = max(i for i, f in enumerate(found) if f)
        if not any(not f for f in found[:last + 1]):  # every post up to the last found one is there
            cut = len(posts) - last - 1
    authored = [p for p in posts if p.author]
    bylines = (sum(1 for p in authored if " ".join(words(p.author)) in joined) / len(authored)) if len(authored) >= 2 \
        else None
    ours = page_text(parsed)
    variants = {f"{name}_f1": word_f1(_render(parsed, name), reference) if posts else word_f1(ours, reference)
                for name in ("bylines", "quotes")}
    ceiling = 2 * recall_bound / (1 + recall_bound)
    if cut:
        all_posts = len(words(ours))
        ceiling = min(ceiling, 2 * total / (total + all_posts)) if all_posts > total else ceiling
    return {"id": file_id, "url": url, "recall_bound": recall_bound, "posts": len(posts), "cut": cut,
            "bylines": bylines, "ceiling": ceiling, "f1": word_f1(ours, reference), **variants}


def _render(parsed, variant: str) -> str:
    """The thread's text as the references write it on some pages: each post under its byline
    (author, date as shown), or with the quotes it holds ("> "), instead of the contract's own words."""
    out = []
    for p in parsed.posts:
        parts = []
        if variant == "bylines":
            parts.append("\n".join(x for x in (p.author, p.date_text or p.published_raw) if x))
        if variant == "quotes" and p.quoted:
            parts.append("\n".join("> " + line for line in p.quoted.splitlines()))
        parts.append(p.text)
        out.append("\n\n".join(x for x in parts if x))
    return "\n\n".join(out)


def run(data: Path, jobs: int) -> list[dict]:
    cases = [c for c in load_cases(data) if c.page_type == "forum" and c.truth.get("main_content")]
    todo = [(c.id, c.url, str(c.path), c.truth["main_content"]) for c in cases]
    with get_context("fork").Pool(jobs) as pool:
        return pool.map(audit, todo, chunksize=4)


def markdown(rows: list[dict]) -> str:
    n = len(rows)
    shells = [r for r in rows if r["recall_bound"] < 0.5]
    cut = [r for r in rows if r["cut"]]
    with_bylines = [r for r in rows if r["bylines"] is not None and r["bylines"] >= 0.8]
    without = [r for r in rows if r["bylines"] is not None and r["bylines"] <= 0.2]
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0  # noqa: E731
    ceiling = mean([r["ceiling"] for r in rows])
    clean = [r for r in rows if r not in shells and r not in cut]
    ids = lambda rs: ", ".join(r["id"] for r in rs)  # noqa: E731
    return "\n".join([
        TITLE, "",
        f"Command: `{COMMAND}` (an audit of the reference texts of the {n} forum pages, not of the extractor).", "",
        "| measure | pages | word-F1 (ours) |",
        "| --- | --- | --- |",
        f"| all forum pages | {n} | {mean([r['f1'] for r in rows]):.3f} |",
        f"| HTML without the posts (the page's words hold < 50% of the reference) | {len(shells)} "
        f"| {mean([r['f1'] for r in shells]):.3f} |",
        f"| reference stops before the page's last posts | {len(cut)} | {mean([r['f1'] for r in cut]):.3f} |",
        f"| the other pages | {len(clean)} | {mean([r['f1'] for r in clean]):.3f} |",
        "",
        f"- Ceiling for an extractor that follows the contract exactly (every post of the page): "
        f"**{ceiling:.3f}** (mean of per-page bounds; see the module docstring).",
        f"- The same posts written as some references write them: each under its byline (author, date as"
        f" shown) {mean([r['bylines_f1'] for r in rows]):.3f}; with their quotes of earlier posts"
        f" {mean([r['quotes_f1'] for r in rows]):.3f} (ours, the posters' own words only:"
        f" {mean([r['f1'] for r in rows]):.3f}).",
        f"- HTML without the posts: {ids(shells)}.",
        f"- Reference cut short ({sum(r['cut'] for r in cut)} posts of the page absent, always the last ones): "
        f"{ids(cut)}.",
        f"- Bylines: {len(with_bylines)} pages write each post's author (and date) into the reference text, "
        f"{len(without)} do not, {n - len(with_bylines) - len(without)} mix or have too few authored posts; "
        f"the same engines fall on both sides (an annotation choice, not a platform's).",
        "",
    ])


def write_section(path: Path, section: str) -> None:
    from tests.bench.extract import TITLE as EXTRACTION

    text = path.read_text(encoding="utf-8") if path.exists() else ""
    start = text.find(TITLE)
    if start < 0:  # right after the extraction figures it explains
        after = text.find(EXTRACTION)
        nxt = re.search(r"^## ", text[after + len(EXTRACTION):], re.M) if after >= 0 else None
        if nxt is None:
            text = text.rstrip("\n") + "\n\n" + section
        else:
            at = after + len(EXTRACTION) + nxt.start()
            text = text[:at] + section + "\n" + text[at:]
    else:
        end = re.search(r"^## ", text[start + len(TITLE):], re.M)
        stop = start + len(TITLE) + end.start() if end else len(text)
        text = text[:start] + section + ("\n" if end else "") + text[stop:]
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--write", type=Path, default=None)
    ap.add_argument("--list", action="store_true", help="also print every page's figures")
    args = ap.parse_args(argv)
    if not (args.data / "metadata.json").exists():
        print(f"{args.data}: no metadata.json", file=sys.stderr)
        return 2
    rows = sorted(run(args.data, args.jobs), key=lambda r: r["id"])
    if args.list:
        for r in rows:
            print(f"{r['id']} f1={r['f1']:.3f} bound={r['recall_bound']:.2f} cut={r['cut']} "
                  f"bylines={r['bylines'] if r['bylines'] is None else round(r['bylines'], 2)} "
                  f"ceiling={r['ceiling']:.3f} {r['url'][:70]}")
    section = markdown(rows)
    print(section)
    if args.write:
        write_section(args.write, section)
        print(f"updated {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
