"""What the parsers read of each evaluation-web markup: one small site per markup and per permalink
scheme (the web of `tests/test_demo_markups.py`), every HTML page through `spiders.parsers.parse_page`.

    .venv/bin/python -m tests.bench.markup_parse

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


def _forum_line(site, src, parsed) -> str:
    f = site.content[src.host]
    pages = [path for path, _, _ in RENDERERS[src.platform].item_pages(f)]  # thread by thread, page by page
    got = total = authors = dates = typed = i = 0
    for t in f.threads():
        for k in range(0, len(t.messages), f.posts_per_page):
            p = parsed[pages[i]]
            i += 1
            truth = t.messages[k:k + f.posts_per_page]
            typed += p.page_type == "forum_thread"
            got, total = got + len(p.posts), total + len(truth)
            authors += sum(a.author == m.author for a, m in zip(p.posts, truth))
            dates += sum(same_instant(a.published, m.when) for a, m in zip(p.posts, truth))
    return (f"thread pages typed forum_thread {typed}/{len(pages)}; messages {got}/{total}, "
            f"authors right {authors}/{total}, dates right {dates}/{total}")


def _blog_line(site, src, parsed) -> str:
    b = site.content[src.host]
    typed = authors = dates = found = total = right = 0
    for post in b.posts:
        r = parsed[permalink(src.platform, src.host, post).split(src.host, 1)[1]]
        typed += r.page_type == "article"
        authors += r.author == post.author
        dates += same_instant(r.published, post.when)
        found, total = found + len(r.comments), total + len(post.comments)
        right += sum((Counter(c.author for c in r.comments) & Counter(c.author for c in post.comments)).values())
    n = len(b.posts)
    return (f"posts typed article {typed}/{n}, post author right {authors}/{n}, post date+time right {dates}/{n}, "
            f"comments {found}/{total}, comment authors right {right}/{total}")


def main() -> None:
    sources = _sources()
    site = build_site(sources=sources, bare_redirects={})
    for src in sources[1:]:  # the first is the blog the forums link to
        parsed = {path: parse_page(f"http://{src.host}{path}", pg.body, now=NOW) for (h, path), pg in site.pages.items()
                  if h == src.host and pg.status == 200 and pg.content_type.startswith("text/html")}
        tag = src.platform + (f"[{src.params['url_scheme']}]" if "url_scheme" in src.params else "") + f" ({src.kind})"
        types = dict(Counter(p.page_type for p in parsed.values()))
        detected = dict(Counter(p.platform for p in parsed.values()))
        line = _forum_line(site, src, parsed) if isinstance(site.content[src.host], Forum) else _blog_line(site, src, parsed)
        print(f"{tag:36s} pages={len(parsed):4d} types={types} detected={detected}\n{'':36s} {line}")


if __name__ == "__main__":
    main()
