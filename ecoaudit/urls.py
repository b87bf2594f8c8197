"""URL normalisation and host helpers shared by the crawl, the loader and the CLI.

courlan does the normalisation (case, default ports, sorted query); we add the
trap and session parameters that turn one page into many.
"""
from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import courlan

# Parameters that never change the content an audit cares about, or that make crawler traps.
DROP_PARAMS = frozenset(
    {"replytocom", "sid", "phpsessid", "jsessionid", "sessionid", "session_id", "s_id",
     "fbclid", "gclid", "mc_cid", "mc_eid", "share", "amp", "print", "showcomment"}
)
DROP_PREFIXES = ("utm_",)
NON_HTML_EXT = (
    ".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".zip", ".gz", ".mp3", ".mp4",
    ".avi", ".mov", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".css", ".js", ".ico",
)
# Gzipped sitemaps (sitemap.xml.gz, named by robots.txt or a sitemap index) are not downloads.
SITEMAP_GZ = re.compile(r"(\.xml|sitemap[^/]*)\.gz$")

# Names that always mean this machine or its private network, whatever DNS says.
LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "localhost6", "localhost6.localdomain6",
                         "ip6-localhost", "ip6-loopback"})
LOCAL_SUFFIXES = (".localhost", ".localdomain", ".local", ".internal", ".home.arpa")
# inet_aton's forms (2130706433, 0x7f.1, 0177.0.0.1, 127.1): resolvers turn these into addresses.
_LOOSE_IPV4 = re.compile(r"[0-9][0-9a-fx.]*", re.I)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def literal_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host name spells, in any form a URL parser or resolver accepts, or None."""
    h = (host or "").strip().lower().strip("[]").rstrip(".").split("%", 1)[0]  # IPv6 zone id
    try:
        return ipaddress.ip_address(h)
    except ValueError:
        pass
    if _LOOSE_IPV4.fullmatch(h):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(h))
        except OSError:
            return None
    return None


def is_blocked_ip(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Loopback, private, link-local, shared, multicast, unspecified or reserved (IPv4 or IPv6)."""
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv4 address carried in IPv6 (mapped, 6to4, NAT64) is judged as that IPv4 address.
        if ip.ipv4_mapped is not None:
            return is_blocked_ip(ip.ipv4_mapped)
        embedded = ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None and is_blocked_ip(embedded):
            return True
    return not ip.is_global or ip.is_multicast or ip.is_private or ip.is_reserved


def is_private_host(host: str) -> bool:
    """A host the crawl must not reach: a local name or a blocked address literal."""
    h = (host or "").strip().lower().rstrip(".")
    if h in LOCAL_NAMES or h.endswith(LOCAL_SUFFIXES):
        return True
    ip = literal_ip(h)
    return ip is not None and is_blocked_ip(ip)


def host_of(url: str) -> str:
    """Lowercase host without port: 'http://WWW.A.test:80/x' -> 'www.a.test'."""
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def _bare_keys(query: str) -> list[str]:
    """Query keys written without a value (`spip.php?article12`, `?post/slug`): they name the page."""
    return [part for part in query.split("&") if part and "=" not in part]


def normalize(url: str) -> str:
    """Canonical form used as a key: courlan normalisation, no fragment, no trap parameters.

    Keys without a value are kept as written (courlan drops them): SPIP's `spip.php?article12` and
    Dotclear's `index.php?post/slug` are each one page, not the site's front page.
    """
    url = url.strip()
    try:
        bare = _bare_keys(urlsplit(url).query)
    except ValueError:
        bare = []
    try:
        # A SplitResult, not the string: courlan would HTML-unescape a string, and a query key
        # such as `&section=` or `&gt=` would turn into `§ion=` (links come already unescaped).
        url = courlan.normalize_url(urlsplit(url))
    except Exception:  # courlan raises on some malformed URLs; keep the raw one
        pass
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in DROP_PARAMS and not k.lower().startswith(DROP_PREFIXES)
    ]
    encoded = "&".join([k for k in bare if k.lower() not in DROP_PARAMS] + ([urlencode(query)] if query else []))
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", encoded, ""))


def on_ignored_host(host: str, ignored: Iterable[str], user_platforms: Iterable[str] = ()) -> bool:
    """True for a host that is never a source: a share button's, a platform credit's, a profile service's
    (`sql/seeds/ignored_link_hosts.csv`), itself or through a sub-domain (fr.linkedin.com), except the
    sub-domains of a platform whose sub-domains are its users' sites (x.wordpress.com is a blog).

    The rule of `int_url_entities.ignored_host`, for the crawl (tests/test_discovery_hosts.py checks both agree)."""
    site = (host or "").strip().lower().rstrip(".").removeprefix("www.")
    users = {u.lower().removeprefix("www.") for u in user_platforms}
    for entry in ignored:
        entry = entry.strip().lower().removeprefix("www.")
        if site == entry or (site.endswith("." + entry) and entry not in users):
            return True
    return False


def home_of(url: str) -> str:
    """The home page of a URL's host: 'http://a.test/x/y' -> 'http://a.test/'."""
    parts = urlsplit(url)
    return normalize(urlunsplit((parts.scheme or "http", parts.netloc, "/", "", "")))


# Pages that multiply without new content: calendars, faceted listings, searches, account pages.
TRAP_PARAMS = frozenset(
    {"orderby", "order", "sort", "sortby", "filter", "filters", "view", "display", "calendar",
     "ical", "outlook-ical", "tribe-bar-date", "eventdisplay", "s", "q", "search", "keywords",
     "hilit", "highlight", "redirect_to", "action", "mode", "format"}
)
TRAP_PATHS = ("/wp-login", "/wp-admin", "/login", "/register", "/logout", "/ucp.php", "/posting.php",
              "/memberlist.php", "/search.php", "/search/", "/calendar", "/cart", "/checkout")
MAX_QUERY_PARAMS = 4
# Keys that name a content item in a CMS's plain URLs (Joomla: index.php?option=com_content&view=article
# &id=12&catid=3&Itemid=101): they do not count toward MAX_QUERY_PARAMS.
ROUTING_PARAMS = frozenset({"option", "itemid", "catid"})
# `view` and `format` make traps (calendar views, print versions) except where they name content.
CONTENT_VIEWS = frozenset({"article", "category", "featured", "item", "topic", "thread"})
MAX_URL_LENGTH = 500


def is_crawlable(url: str, allow_private: bool = False) -> bool:
    """An http(s) URL that may lead to an HTML page (not a file download, not a crawler trap)
    on a public host (not localhost, not a private or reserved address: see `is_private_host`).

    The crawl passes `allow_private=True`: there the netguard middleware refuses those hosts
    itself and records an error row, where this filter would drop the link without a trace."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > MAX_URL_LENGTH:
        return False
    if not allow_private and is_private_host(parts.hostname):
        return False
    path = parts.path.lower()
    if (path.endswith(NON_HTML_EXT) and not SITEMAP_GZ.search(path)) or any(t in path for t in TRAP_PATHS):
        return False
    pairs = [(k.lower(), v.lower()) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    params = [k for k, v in pairs if not (k == "view" and v in CONTENT_VIEWS)]
    if len([k for k in params if k not in ROUTING_PARAMS]) > MAX_QUERY_PARAMS or TRAP_PARAMS.intersection(params):
        return False
    segments = [seg for seg in path.split("/") if seg]
    # /a/b/a/b/a/b...: relative links that loop
    return not (len(segments) >= 6 and len(set(segments)) <= len(segments) // 3)
