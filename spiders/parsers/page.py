"""The page being parsed (Page): URL, cleaned markup, lxml tree and base URL for links."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

from . import fastcss
from .consent import drop_consent_dialogs
from .loading import _CONTROL_RE, _SURROGATE_RE, decode_markup, drop_stray_end_tags, looks_like_html, parse_tree
from .selection import first, first_attr
from .urls import abs_url


@dataclass
class Page:
    """One page being parsed: its URL, cleaned markup, tree and base URL for links."""

    url: str
    markup: str
    tree: object  # lxml HtmlElement (the <html> root)
    base: str = ""
    now: datetime | None = None
    _cache: dict = field(default_factory=dict)

    @classmethod
    def load(cls, url: str, html, now: datetime | None = None) -> "Page":
        raw = decode_markup(html)
        markup = drop_stray_end_tags(_SURROGATE_RE.sub("\ufffd", _CONTROL_RE.sub("", raw)))
        tree = parse_tree(markup) if looks_like_html(raw) else None
        page = cls(url=url or "", markup=markup, tree=tree, base=url or "", now=now)
        if tree is not None:
            drop_consent_dialogs(tree)  # before the index: it assumes a tree nothing mutates
            fastcss.register(tree)
            href = first_attr(tree, "head base[href]", "href")
            if href:
                page.base = abs_url(url, href) or page.base
        return page

    def url_(self, href: str | None) -> str | None:
        """An href of this page made absolute (None for non-web links)."""
        return abs_url(self.base, href)

    @property
    def path(self) -> str:
        return urlsplit(self.url).path or "/"

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.url).query)

    def is_root(self) -> bool:
        """True for a site's front page URL (`/`, `/index.php`, `/index.html`) without a query."""
        parts = urlsplit(self.url)
        return parts.path in ("", "/", "/index.php", "/index.html", "/index.htm") and not parts.query

    def body_classes(self) -> set[str]:
        if "body_classes" not in self._cache:
            body = first(self.tree, "body")
            self._cache["body_classes"] = set((body.get("class") or "").split()) if body is not None else set()
        return self._cache["body_classes"]

    def body_id(self) -> str:
        body = first(self.tree, "body")
        return (body.get("id") or "") if body is not None else ""
