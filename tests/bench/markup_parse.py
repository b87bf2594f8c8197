"""What the parsers read of each evaluation-web markup: one small site per markup and per permalink
scheme (the web of `tests/test_demo_markups.py`), every HTML page through `spiders.parsers.parse_page`.

    .venv/bin/python -m tests.bench.markup_parse
    .venv/bin/python -m tests.bench.markup_parse --markups blind --write docs/benchmarks.md
    .venv/bin/python -m tests.bench.markup_parse --markups blind2 --write docs/benchmarks.md
    .venv/bin/python -m tests.bench.markup_parse --markups blind3 --write docs/benchmarks.md
    .venv/bin/python -m tests.bench.markup_parse --markups blind4 --write docs/benchmarks.md
    .venv/bin/python -m tests.bench.markup_parse --markups blind5 --write docs/benchmarks.md
    .venv/bin/python -m tests.bench.markup_parse --markups blind6 --write docs/benchmarks.md
    .venv/bin/python -m tests.bench.markup_parse --markups blind7 --write docs/benchmarks.md

Per site: page types and detected platforms; for blogs and news, posts typed "article", post authors
and dates (to the minute, any offset) right, comments found and comment authors right (as multisets,
threaded replies reorder them); for forums, thread pages typed "forum_thread", messages found and
message authors and dates right, page by page.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

from sectorweb.dates import NOW, to_utc
from sectorweb.families import permalink
from sectorweb.model import Forum
from sectorweb.site import RENDERERS, build_site
from spiders.parsers import parse_page
from tests.bench.extract import words
from tests.test_demo_markups import _sources


def same_instant(published: str | None, local: datetime) -> bool:
    """The parsed date is the true (Paris local) time, to the minute; a bare date is not enough."""
    if not published or len(published) < 16:
        return False
    try:
        d = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return False
    if d.tzinfo is None:
        return d.replace(second=0) == local.replace(second=0)
    return d.astimezone(timezone.utc).replace(tzinfo=None, second=0) == to_utc(local).replace(second=0)


def _forum_row(site, src, parsed) -> dict:
    """Each thread page's messages are lined up with the truth from the first of them whose text is one
    message's alone: an engine's pages need not hold `posts_per_page` messages each (Vanilla's first page
    adds the opening post), nor be at the thread's own URL (phpBB 3.0 adds the board to it)."""
    f = site.content[src.host]
    module = RENDERERS[src.platform]
    at: dict[str, list[tuple[list, int]]] = {}  # a message's words -> (its thread's messages, its index)
    for t in f.threads():
        for j, m in enumerate(t.messages):
            at.setdefault(" ".join(words("\n".join(m.text))), []).append((t.messages, j))
    total = sum(len(t.messages) for t in f.threads())
    n_pages = typed = got = authors = dates = 0
    for path, _, _ in module.item_pages(f):
        n_pages += 1
        p = parsed.get(path)
        if p is None:
            continue
        typed += p.page_type == "forum_thread"
        got += len(p.posts)
        anchor = next(((msgs, j - i) for i, a in enumerate(p.posts)
                       if len(hits := at.get(" ".join(words(a.text)), [])) == 1 for msgs, j in hits), None)
        if anchor is None or anchor[1] < 0:
            continue
        msgs, start = anchor
        pairs = list(zip(p.posts, msgs[start:]))
        authors += sum(a.author == m.author for a, m in pairs)
        dates += sum(same_instant(a.published, m.when) for a, m in pairs)
    return {"items typed": f"{typed}/{n_pages}", "messages or comments": f"{got}/{total}",
            "authors right": f"{authors}/{total}", "dates right": f"{dates}/{total}"}


def _blog_row(site, src, parsed) -> dict:
    b = site.content[src.host]
    typed = authors = dates = found = total = right = 0
    for post in b.posts:
        r = parsed.get(permalink(src.platform, src.host, post).split(src.host, 1)[1])
        total += len(post.comments)
        if r is None:
            continue
        typed += r.page_type == "article"
        authors += r.author == post.author
        dates += same_instant(r.published, post.when)
        found += len(r.comments)
        right += sum((Counter(c.author for c in r.comments) & Counter(c.author for c in post.comments)).values())
    n = len(b.posts)
    return {"items typed": f"{typed}/{n}", "post authors right": f"{authors}/{n}", "post dates right": f"{dates}/{n}",
            "messages or comments": f"{found}/{total}", "authors right": f"{right}/{total}"}


COLUMNS = ("items typed", "post authors right", "post dates right", "messages or comments", "authors right", "dates right")
TITLE = "## Parsers on markups written blind (issue 10)"
TITLE2 = "## Parsers on markups written blind, round 5 (issue 10)"
TITLE3 = "## Parsers on markups written blind, round 6 (issue 10)"
TITLE4 = "## Parsers on markups written blind, round 7 (issue 10)"
TITLE5 = "## Parsers on markups written blind, round 8 (issue 10)"
TITLE6 = "## Parsers on markups written blind, round 9 (issue 10)"
TITLE7 = "## Parsers on markups written blind, round 10 (issue 10)"


def rows(table: dict[str, list[str]] | None = None) -> list[tuple[str, int, dict, dict, dict]]:
    """(markup tag, HTML pages, page types, platforms detected, figures) per small site of `table`."""
    sources = _sources(table)
    site = build_site(sources=sources, bare_redirects={})
    out = []
    for src in sources[1:]:  # the first is the blog the forums link to
        parsed = {path: parse_page(f"http://{src.host}{path}", pg.body, now=NOW) for (h, path), pg in site.pages.items()
                  if h == src.host and pg.status == 200 and pg.content_type.startswith("text/html")}
        tag = src.platform + (f"[{src.params['url_scheme']}]" if "url_scheme" in src.params else "") + f" ({src.kind})"
        types = dict(Counter(p.page_type for p in parsed.values()))
        detected = dict(Counter(p.platform for p in parsed.values()))
        figures = _forum_row(site, src, parsed) if isinstance(site.content[src.host], Forum) else _blog_row(site, src, parsed)
        out.append((tag, len(parsed), types, detected, figures))
    return out


def markdown(result: list, markup_set: str = "blind") -> str:
    from sectorweb.families import BLIND_SET_NAMES, BLIND_SETS

    title, first = SET_TEXT[markup_set]
    table = BLIND_SET_NAMES[markup_set]
    command = f".venv/bin/python -m tests.bench.markup_parse --markups {markup_set} --write docs/benchmarks.md"
    lines = [title, "", f"Command: `{command}`", "",
             f"One small site per markup written blind (`sectorweb/families/`, `{table}`: written from the "
             "engines' real templates by writers who read neither the parsers nor the rules; "
             + "; ".join(f"{k}: {', '.join(v)}" for k, v in BLIND_SETS[markup_set].items()) + "), every HTML page through "
             "`spiders.parsers.parse_page`. Items typed: posts typed `article`, thread pages typed `forum_thread`. "
             "Dates right: to the minute. Comment authors as multisets (threaded replies reorder them); message "
             "authors message by message.", "",
             "| markup | pages | " + " | ".join(COLUMNS) + " | platform detected |",
             "| --- | --- |" + " --- |" * (len(COLUMNS) + 1)]
    for tag, n, _types, detected, fig in result:
        plat = ", ".join(f"{k or 'none'} {v}" for k, v in sorted(detected.items(), key=lambda kv: -kv[1]))
        lines.append(f"| {tag} | {n} | " + " | ".join(fig.get(c, "–") for c in COLUMNS) + f" | {plat} |")
    lines += ["", first]
    return "\n".join(lines) + "\n"


# The blind measurement, before any parser was changed for these markups (docs/classification.md, stop 35).
FIRST_MEASURE = ("First measurement, at 4c4b4f6 (parsers frozen): PluXml comment authors 0/44 (\"#3 - Frédéric a dit "
                 ":\"), Flarum message dates 0/95 (only its app's JSON payload has them), Drupal comments 42/44 and "
                 "their authors 41/44; the rest as now. Not misses: PluXml shows a post's day without its time, and "
                 "Ghost's comments are a script (none in the HTML; the evidence says so).")
FIRST_MEASURE2 = ("First measurement, at ab9cf6d (parsers frozen): Newspack post authors 0/15 (\"Claire23\": the byline's "
                  "name and the date in adjacent spans, in a header before the <article>) and dates 0/15 (the day only); "
                  "the rest as now. Not a miss: Jekyll's comments are Disqus's script (none in the HTML; the evidence "
                  "says so).")
FIRST_MEASURE3 = ("First measurement, at 691b351 (parsers frozen): Dotclear Ductile's comments 0/60 (list items headed "
                  "\"De Julie - 11/10/2026, 18:30\") and post dates 0/12 (the day only on the page, the time in the "
                  "head's meta); the rest as now. Not a miss: the SoyezCreateurs squelettes print a post's day and "
                  "nowhere its time (the feed has it for the posts it lists).")
FIRST_MEASURE5 = ("First measurement, at 3d8dd6b (parsers frozen): Typepad post dates 0/12 (the day of its "
                  "h2.date-header; the time is in the entry's footer) and comment authors 0/53 (\"Rédigé par : "
                  "Julie |\", the label kept), post authors 9/12; the rest as now. Not misses: Medium's responses "
                  "load by script (none in the HTML). At this scale Kunena's topics were read, but a crawl that "
                  "names the site Joomla (its home's engine) sent every forum page to the CMS reader, and its index "
                  "was read as a thread (docs/classification.md, stop 38).")
FIRST_MEASURE4 = ("First measurement, at 325bf8b (parsers frozen): TYPO3 news post authors 0/13 (\"Créé par Claire\": a "
                  "Person item's label kept) and dates 0/13 (the day only: the time is in the microdata's datetime), "
                  "Substack comment authors 0/48 (its div.comment-list read by WordPress's comment reader); the rest as "
                  "now. Not misses: Hugo PaperMod's comments are a script or absent (none in the HTML), Astra prints a "
                  "post's day only (the feed gives the time of the posts it lists), Substack's post page shows three "
                  "comments and leaves the others to its /comments page.")
FIRST_MEASURE6 = ("First measurement, at bbc1f7e (parsers frozen): Newsup post authors 0/16 (\"ParClaire\": the label "
                  "in a span of its own) and dates 0/16 (the top bar's date of the day), Eklablog post authors 0/12 "
                  "(\"Sophie dans SCPI\") and dates 0/12 (no <article>: the day without its time), Forumactif "
                  "ModernBB message dates 0/96 (div.topic-date), PunBB's board pages not known as the forum's (48 "
                  "pages read as generic, boards as threads of \"Dernier message\"); the rest as now. Not misses: "
                  "Wix's comments are an app filled by script (now said unread), Newsup prints a post's day without "
                  "its time, PunBB shows guests the board's fixed offset without summer time.")
FIRST_MEASURE7 = ("First measurement, at f87ebfb (parsers frozen): Elementor post dates 0/12 (the first comment's date: "
                  "the post-info widget's <time> has no datetime, its day reads 'août 6, 2026' and its time sits in "
                  "a sibling item), e-monsite comment authors 0/62 (the name in a Bootstrap media heading over the "
                  "date line), Question2Answer messages in order 43/94 (answers by votes, the chosen one first) and "
                  "351 of its thread pages not read as threads in the forum-authors bench (short messages beside "
                  "long lists); the rest as now. Not misses: e-monsite prints a post's day without its time, "
                  "Squarespace's comments come by script (now said unread), Question2Answer's order by votes is "
                  "the engine's (now told in time order).")
SET_TEXT = {"blind": (TITLE, FIRST_MEASURE), "blind2": (TITLE2, FIRST_MEASURE2), "blind3": (TITLE3, FIRST_MEASURE3),
            "blind4": (TITLE4, FIRST_MEASURE4), "blind5": (TITLE5, FIRST_MEASURE5), "blind6": (TITLE6, FIRST_MEASURE6),
            "blind7": (TITLE7, FIRST_MEASURE7)}


def main() -> None:
    import argparse
    from pathlib import Path

    from tests.bench.common import write_section

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--markups", choices=("all", *SET_TEXT), default="all")
    ap.add_argument("--write", type=Path, help="benchmarks file to update (with --markups blind ... blind7)")
    args = ap.parse_args()
    if args.markups in SET_TEXT:
        from sectorweb.families import BLIND_SETS

        text = markdown(rows({k: [m for m in v if m in RENDERERS] for k, v in BLIND_SETS[args.markups].items()}),
                        args.markups)
        print(text)
        if args.write:
            write_section(args.write, text, SET_TEXT[args.markups][0])
        return
    for tag, n, types, detected, fig in rows():
        print(f"{tag:36s} pages={n:4d} types={types} detected={detected}\n{'':36s} {fig}")


if __name__ == "__main__":
    main()
