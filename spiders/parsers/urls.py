"""URLs: absolute http(s) URLs of hrefs and of URLs in text, site hosts, platform links, de-duplication."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable
from urllib.parse import parse_qs, urldefrag, urljoin, urlsplit, urlunsplit

from ecoaudit.urls import host_of

from .caps import MAX_ITEMS


_PLATFORM_HOSTS = ("wordpress.org", "wordpress.com", "blogger.com", "dotclear.org", "dotclear.net",
                   "phpbb.com", "fluxbb.org", "gravatar.com", "feedburner.com", "w3.org")


_DROP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "about:", "file:", "ftp:", "sms:", "skype:")


_TEXT_URL_RE = re.compile(r"\bhttps?://[^\s<>\"'()\[\]{}]+", re.I)


def text_urls(text: str | None, limit: int = 50) -> list[str]:
    """http(s) URLs written as plain text ("visit https://x.example/go!"), trailing punctuation off."""
    out = []
    for m in _TEXT_URL_RE.finditer(text or ""):
        url = abs_url(None, m.group().rstrip(".,;:!?»…"))
        if url:
            out.append(url)
            if len(out) >= limit:
                break
    return out


def abs_url(base: str | None, href: str | None, drop_params: Iterable[str] = ()) -> str | None:
    """Absolute http(s) URL for an href, fragment dropped; None for other schemes or garbage.

    lxml already decoded entities in attributes; a leftover literal `&amp;` is a theme's
    double escaping, which browsers would not undo but which never names a different page.
    """
    if not href:
        return None
    if href[0] == "#" and "\n" not in href:  # same-page fragment ("#", "#top", "#comments")
        return None
    if drop_params and not isinstance(drop_params, tuple):
        drop_params = tuple(drop_params)
    return _abs_url(base, href, drop_params)


@lru_cache(maxsize=16384)
def _abs_url(base: str | None, href: str, drop_params: tuple) -> str | None:
    # Pages link the same URLs over and over (menus, widgets, the same base): cached.
    href = re.sub(r"[\n\r\t]", "", href).strip().replace("&amp;", "&")
    if not href or href.startswith("#") or href.lower().startswith(_DROP_SCHEMES):
        return None
    href = href.replace(" ", "%20")
    try:
        url = urldefrag(urljoin(base or "", href))[0]
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    target = _redirect_target(parts)
    if target:
        return target
    if drop_params and parts.query:
        # Split by hand: re-encoding the query would alter the kept parameters.
        drop = set(drop_params)
        kept = [p for p in parts.query.split("&") if p and p.split("=", 1)[0] not in drop]
        url = urlunsplit(parts._replace(query="&".join(kept)))
    return url


# A platform's exit redirector: its endpoint, then the one parameter holding the address the link leads to
# (Skyrock's www.skyrock.com/r?url=, Facebook's l.php?u=, Google's /url?q=, forums' out.php?url=). The link is
# to that address: read as the redirector's, every link of a Skyrock blog went to skyrock.com.
_REDIRECT_PATHS = re.compile(r"/(?:r|l\.php|url|out(?:\.php)?|redirect(?:\.php)?|go(?:to)?(?:\.php)?|away|exit"
                             r"|link(?:\.php)?|redir(?:ect)?\.php)/?$", re.I)
_REDIRECT_PARAMS = ("url", "u", "q", "to", "target", "dest", "link")


def _redirect_target(parts) -> str | None:
    """The absolute http(s) address an exit redirector's URL leads to, else None."""
    if not parts.query or not _REDIRECT_PATHS.search(parts.path):
        return None
    query = parse_qs(parts.query)
    for name in _REDIRECT_PARAMS:
        for value in query.get(name, ())[:1]:
            value = value.strip()
            if re.match(r"https?://[^/\s]+", value, re.I):
                inner = urlsplit(value)
                return urlunsplit(inner._replace(fragment="")) if inner.netloc else None
    return None


def uniq(items: Iterable[str | None], limit: int = MAX_ITEMS) -> list[str]:
    """Non-empty items, first occurrence kept, order kept."""
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
            if len(out) >= limit:
                break
    return out


def site_host(url: str | None) -> str:
    """The host without `www.`: tells a site's own links from links to other sites."""
    return _site_host(url or "")


@lru_cache(maxsize=16384)
def _site_host(url: str) -> str:
    host = host_of(url)
    return host[4:] if host.startswith("www.") else host


def is_platform_link(url: str) -> bool:
    host = site_host(url)
    return any(host == h or host.endswith("." + h) for h in _PLATFORM_HOSTS)
