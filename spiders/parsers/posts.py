"""A forum thread page filled from its posts: the opener's author and date, the posts' text and links."""
from __future__ import annotations

from .urls import uniq


def fill_thread(parsed, posts: list) -> None:
    """A forum thread page: its posts, the opener's author and date, the text of all posts in order."""
    parsed.posts = posts
    if posts and posts[0].position == 1:
        parsed.author, parsed.published = posts[0].author, posts[0].published
        parsed.published_raw = posts[0].published_raw
    parsed.text = "\n\n".join(p.text for p in posts if p.text)
    parsed.links = uniq(u for p in posts for u in p.links)
