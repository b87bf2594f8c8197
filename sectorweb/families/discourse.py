"""Discourse 3.x, the server-rendered view it sends to crawlers (non-browser user agents), French.

Follows discourse/discourse `app/views/layouts/crawler.html.erb` (head with `generator`, canonical,
per-topic RSS; `body.crawler`; footer "Optimisé par Discourse"), `app/views/topics/show.html.erb`
(`#topic-title h1`, one `div.topic-body.crawler-post#post_N` per post inside the topic's
`DiscussionForumPosting` item: `span.creator[itemprop=author]` > `a[itemprop=url] > span[itemprop=name]`
holding the username, `time.post-time` in `span.crawler-post-infos`, `span[itemprop=position]`,
cooked HTML in `div.post[itemprop=text]`, quotes as `aside.quote > div.title + blockquote`;
replies carry `itemprop=comment` / schema.org `Comment`; prev/next page links in a
`SiteNavigationElement`), and `app/views/list/list.erb` (the `/latest` and `/c/slug/id` topic
lists: `tr.topic-list-item` with `a.title.raw-link.raw-topic-link`, `?page=N` from 0). Feeds:
`/latest.rss`, `/c/slug/id.rss`, `/t/slug/id.rss`. Thread pages: `/t/slug/id` then `?page=2`.
"""
from __future__ import annotations

from datetime import datetime
from urllib.parse import quote as urlquote

from sectorweb.dates import NOW, fr_date, iso, iso_utc
from sectorweb.families import make_slug, thread_url
from sectorweb.families.common import Page, esc, page
from sectorweb.families.forumkit import ForumView, render_forum, rss
from sectorweb.model import Board, Forum, Message, Thread

VERSION = "3.2.1"


def _when(d: datetime) -> str:
    """Rails `l(created_at, format: :long)` in fr: `4 mars 2025 09:12`."""
    return f"{fr_date(d)} {d:%H:%M}"


class _Discourse(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.cat = {b.id: make_slug("discourse", b.name, set()) for b in forum.boards}
        self.topics = sorted(forum.threads(), key=lambda t: t.messages[-1].when, reverse=True)

    def turl(self, t: Thread) -> str:
        return thread_url("discourse", self.f.host, t).removeprefix(self.base)

    def board_path(self, b: Board, k: int) -> str:
        return f"/c/{self.cat[b.id]}/{b.id}" + (f"?page={k}" if k else "")

    def thread_path(self, t: Thread, k: int) -> str:
        return self.turl(t) + (f"?page={k + 1}" if k else "")

    def user(self, name: str) -> str:
        return f"/u/{urlquote(name)}"

    def doc(self, title: str, main: str, head: str = "", description: str = "") -> str:
        f = self.f
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or f.tagline)}">
<meta name="generator" content="Discourse {VERSION} - https://github.com/discourse/discourse version 5e2d4a7c1b">
<link rel="icon" type="image/png" href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="{esc(f.name)} Search">
<meta property="og:site_name" content="{esc(f.name)}">
{head}<link href="/stylesheets/color_definitions_base__1_a3f2.css" media="all" rel="stylesheet">
<link href="/stylesheets/desktop_1a2b3c.css" media="all" rel="stylesheet" data-target="desktop">
</head>
<body class="crawler">
<header>
<a href="/"><img src="/uploads/default/original/1X/logo.png" alt="{esc(f.name)}" id="site-logo" style="max-width: 150px;"></a>
</header>
<div id="main-outlet" class="wrap" role="main">
{main}
</div>
<footer class="container wrap">
<nav class="crawler-nav">
<ul>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/" itemprop="url">Accueil </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Catégories </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">FAQ/Directives </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Conditions générales d’utilisation </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy" itemprop="url">Politique de confidentialité </a></span></li>
</ul>
</nav>
<p class="powered-by-link">Optimisé par <a href="https://www.discourse.org">Discourse</a>, le rendu est meilleur quand JavaScript est activé.</p>
</footer>
</body>
</html>
"""

    def nav(self, path_of, n_pages: int, k: int, first: int = 0) -> tuple[str, str]:
        """(the page's prev/next block, the <link rel> tags of its head)."""
        parts, links = [], []
        if k > 0:
            parts.append(f'<span itemprop="name"><a rel="prev" itemprop="url" href="{esc(path_of(k - 1))}">Page précédente</a></span>')
            links.append(f'<link rel="prev" href="{esc(path_of(k - 1))}">\n')
        if k + 1 < n_pages:
            parts.append(f'<span itemprop="name"><b><a rel="next" itemprop="url" href="{esc(path_of(k + 1))}">Page suivante</a></b></span>')
            links.append(f'<link rel="next" href="{esc(path_of(k + 1))}">\n')
        if not parts:
            return "", ""
        return (f'<div role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" class="topic-body crawler-post">{"".join(parts)}</div>',
                "".join(links))

    def badge(self, b: Board) -> str:
        return (f'<a href="{self.board_path(b, 0)}" class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #0088CC;"></span>'
                f'<span class="badge-category clear-badge"><span class="category-name">{esc(b.name)}</span></span></a>')

    def topic_list(self, topics: list[Thread], heading: str, path_of, n_pages: int, k: int, feed: str) -> str:
        rows = []
        for i, t in enumerate(topics, 1 + k * self.tper):
            rows.append(f"""<tr class="topic-list-item">
<td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="{i}">
<span class="link-top-line"><a itemprop="url" href="{self.turl(t)}" class="title raw-link raw-topic-link">{esc(t.title)}</a></span>
<div class="link-bottom-line">{self.badge(self.board_of[t.id])}</div>
</td>
<td class="replies"><span class="posts" title="messages">{len(t.messages) - 1}</span></td>
<td class="views"><span class="views" title="vues">{t.views}</span></td>
<td>{t.messages[-1].when:%d/%m/%Y}</td>
</tr>""")
        nav, links = self.nav(path_of, n_pages, k)
        main = f"""<h1>{esc(heading)}</h1>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending">
<table class="topic-list">
<thead><tr><th>Sujet</th><th></th><th class="replies">Réponses</th><th class="views">Vues</th><th>Activité</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</div>
{nav}"""
        head = f'<link rel="alternate" type="application/rss+xml" title="Derniers sujets" href="{self.base}{feed}">\n' + links
        return self.doc(f"{heading} - {self.f.name}" if heading != self.f.name else f"{self.f.name} - {self.f.tagline}", main, head)

    def index(self, k: int = 0) -> str:
        chunk = self.topics[k * self.tper:(k + 1) * self.tper]
        return self.topic_list(chunk, self.f.name, lambda i: "/latest" + (f"?page={i}" if i else ""),
                               self.n_pages(len(self.topics), self.tper), k, "/latest.rss")

    def board(self, b: Board, k: int) -> str:
        chunk = b.threads[k * self.tper:(k + 1) * self.tper]
        return self.topic_list(chunk, b.name, lambda i: self.board_path(b, i), self.n_pages(len(b.threads), self.tper), k,
                               f"/c/{self.cat[b.id]}/{b.id}.rss")

    def cooked(self, m: Message) -> str:
        def quote(who: str, text: str) -> str:
            return (f'<aside class="quote no-group" data-username="{esc(who)}">\n<div class="title">\n<div class="quote-controls"></div>\n'
                    f'<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/{self.f.host}/{urlquote(who)}/48/1_2.png" class="avatar"> {esc(who)}:</div>\n'
                    f'<blockquote>\n<p>{text}</p>\n</blockquote>\n</aside>\n')
        return self.body(m, quote)

    def post(self, t: Thread, m: Message, pos: int) -> str:
        comment = "" if pos == 0 else ' itemprop="comment" itemscope itemtype="http://schema.org/Comment"'
        published = "" if pos == 0 else ' itemprop="datePublished"'
        likes = (pos * 7 + m.id) % 5
        like_text = f"{likes} J’aime" if likes else ""
        return f"""<div id="post_{pos + 1}"{comment} class="topic-body crawler-post">
<div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="{self.base}{self.user(m.author)}"><span itemprop="name">{esc(m.author)}</span></a>
</span>
<link itemprop="mainEntityOfPage" href="{self.base}{self.turl(t)}">
<span class="crawler-post-infos">
<time{published} datetime="{iso_utc(m.when).replace("+00:00", "Z")}" class="post-time">
{_when(m.when)}
</time>
<meta itemprop="dateModified" content="{iso_utc(m.when).replace("+00:00", "Z")}">
<span itemprop="position">{pos + 1}</span>
</span>
</div>
<div class="post" itemprop="text">
{self.cooked(m)}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="{likes}">
<span class="post-likes">{like_text}</span>
</div>
</div>"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        first = t.messages[0]
        pages = self.n_pages(len(t.messages), self.per)
        posts = "\n".join(self.post(t, m, k * self.per + i) for i, m in enumerate(self.chunk(t, k)))
        nav, links = self.nav(lambda i: self.thread_path(t, i), pages, k)
        url = self.base + self.thread_path(t, k)
        main = f"""<div id="topic-title">
<h1><a href="{self.turl(t)}">{esc(t.title)}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="{self.base}{self.board_path(b, 0)}" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0088CC"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">{esc(b.name)}</span></span></a>
<meta itemprop="position" content="1">
</span>
</div>
</div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="{esc(t.title)}">
<link itemprop="url" href="{self.base}{self.turl(t)}">
<meta itemprop="datePublished" content="{iso(first.when)}">
<meta itemprop="articleSection" content="{esc(b.name)}">
<meta itemprop="keywords" content="">
<div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="{esc(self.f.name)}"></div>
{posts}
</div>
{nav}"""
        desc = " ".join(" ".join(first.text).split()[:30])
        head = (f'<link rel="canonical" href="{esc(url)}">\n'
                f'<link rel="alternate" type="application/rss+xml" title="Flux RSS de « {esc(t.title)} »" href="{self.base}{self.turl(t)}.rss">\n'
                f'<meta property="og:type" content="website">\n<meta property="og:title" content="{esc(t.title)}">\n'
                f'<meta property="og:url" content="{esc(url)}">\n<meta property="article:section" content="{esc(b.name)}">\n' + links)
        title = f"{t.title} - {b.name} - {self.f.name}" + (f" - Page {k + 1}" if k else "")
        return self.doc(title, main, head, desc)


def item_pages(forum: Forum, now: datetime = NOW):
    return _Discourse(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Discourse forum's crawler view keyed by path?query, and its 404 page."""
    v = _Discourse(forum, now)
    link = lambda m, t: f"{v.base}{v.turl(t)}/{t.messages.index(m) + 1}"  # noqa: E731  (Discourse post URLs)
    extra = {"/latest.rss": rss(v, f"{forum.name} - Derniers sujets", f"{v.base}/latest", f"{v.base}/latest.rss",
                                [(t.messages[0], t, v.base + v.turl(t)) for t in v.topics[:25]]),
             "/posts.rss": rss(v, f"{forum.name} - Derniers messages", f"{v.base}/posts", f"{v.base}/posts.rss",
                               [(m, t, link(m, t)) for m, t in v.newest(25)])}
    for b in forum.boards:
        extra[f"/c/{v.cat[b.id]}/{b.id}.rss"] = rss(v, f"{b.name} - {forum.name}", f"{v.base}{v.board_path(b, 0)}",
                                                    f"{v.base}/c/{v.cat[b.id]}/{b.id}.rss",
                                                    [(t.messages[0], t, v.base + v.turl(t)) for t in b.threads[:25]])
    for t in forum.threads():
        extra[f"{v.turl(t)}.rss"] = rss(v, t.title, v.base + v.turl(t), f"{v.base}{v.turl(t)}.rss",
                                        [(m, t, link(m, t)) for m in t.messages[::-1]])
    missing = ('<div class="page-not-found"><h1 class="title">Oups ! Cette page n’existe pas ou est privée.</h1></div>')
    out, not_found = render_forum(v, ["/", "/latest"], extra,
                                  "Disallow: /admin/\nDisallow: /auth/\nDisallow: /email/\nDisallow: /session\n"
                                  "Disallow: /user-api-key\nDisallow: /*?api_key*\nDisallow: /*?*api_key*\nDisallow: /badges\n"
                                  "Disallow: /u/\nDisallow: /my\nDisallow: /search\nDisallow: /g\n",
                                  v.doc(f"Page introuvable - {forum.name}", missing), keep)
    for k in range(1, v.n_pages(len(v.topics), v.tper)):
        out[f"/latest?page={k}"] = page(v.index(k), modified=v.last())
    for t in forum.threads():  # /t/slug/id/N answers with the page holding post N
        for n in range(1, len(t.messages) + 1):
            out[f"{v.turl(t)}/{n}"] = out[v.thread_path(t, (n - 1) // v.per)]
    return out, not_found


IGNORED_PARAMS = {"u", "_escaped_fragment_"}  # share links add ?u=username
