"""Renderers, one module per platform family (markup per docs/markup-families.md), and their URL rules."""
from __future__ import annotations

import re
import unicodedata

from ecoaudit.demo.model import Post, Thread


def _ascii(text: str) -> str:
    text = re.sub(r"<[^>]*>", " ", text)  # WordPress strips tags before making a slug
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def make_slug(platform: str, title: str, taken: set[str]) -> str:
    """The slug the platform would give `title`, made unique among `taken` the platform's way."""
    words = re.findall(r"[A-Za-z0-9]+", _ascii(title).replace("'", " "))
    if platform == "dotclear":  # Dotclear keeps the case of the title
        base, sep = "-".join(words), "-"
    elif platform == "blogger":  # Blogger cuts slugs near 40 characters, at a word boundary
        base, sep = "", "_"
        for w in (w.lower() for w in words):
            if len(base) + len(w) + 1 > 40 and base:
                break
            base = f"{base}-{w}" if base else w
    else:
        base, sep = "-".join(w.lower() for w in words)[:90].strip("-"), "-"
    base = base or "sans-titre"
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}{sep}{n}" if sep == "-" else f"{base}{sep}{n:02d}"
        n += 1
    taken.add(slug)
    return slug


def permalink(platform: str, host: str, post: Post) -> str:
    w = post.when
    if platform == "wordpress":
        return f"http://{host}/{w:%Y/%m/%d}/{post.slug}/"
    if platform == "blogger":
        return f"http://{host}/{w:%Y/%m}/{post.slug}.html"
    if platform == "dotclear":
        return f"http://{host}/post/{w:%Y/%m/%d}/{post.slug}"
    if platform == "news":
        return f"http://{host}/actualites/{w:%Y/%m/%d}/{post.slug}.html"
    if platform == "overblog":
        return f"http://{host}/{w:%Y/%m}/{post.slug}.html"
    raise ValueError(platform)


def thread_url(platform: str, host: str, thread: Thread) -> str:
    """The URL of a forum thread's first page."""
    if platform == "phpbb":
        return f"http://{host}/viewtopic.php?t={thread.id}"
    if platform == "fluxbb":
        return f"http://{host}/viewtopic.php?id={thread.id}"
    raise ValueError(platform)
