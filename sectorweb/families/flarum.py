"""Flarum 1.8 with the bundled tags and mentions extensions, French, as its server answers a crawler.

Written blind from the engine's real templates (flarum/framework at v1.8.7), not from the crawler's parsers.
Flarum is a JavaScript single-page app; what a client without JavaScript gets is:
- `framework/core/views/frontend/app.blade.php`: `<title>` from `BasicTitleDriver` (core.yml
  `meta_titles`: "Titre - Forum", "Titre: Page 2 - Forum"), the head `Document::makeHead` builds
  (stylesheets, `link rel=prev/next/canonical` with `?page=N`, `meta name=description/viewport/theme-color`),
  `forum.blade.php` (`#app.App`, `header#header.App-header` with `.Header-title a#home-link`,
  `main.App-content`) holding `content.blade.php` (`#flarum-loading`, the `<noscript>` notice, and the
  crawlable `<noscript id="flarum-content">`), then the JSON payload in
  `<script id="flarum-json-payload" type="application/json">` written by Blade's `@json` (PHP
  `json_encode` with JSON_HEX_TAG|APOS|QUOT|AMP: `<` is `\\u003C`, `/` is `\\/`, non-ASCII `\\uXXXX`), whose
  `apiDocument` is the JSON:API document of the page (discussions, posts with `contentHtml` and UTC
  `createdAt`, users, tags) and `resources` the forum; then `flarum.core.app.load(data)`.
- `content/index.blade.php` (home: "Toutes les discussions", a bare `<ul>` of discussion links, then
  "« Précédent" / "Suivant »" links with `?page=N`, 20 discussions a page, sorted by last post),
  `content/discussion.blade.php` (`<h1>`, one `<article>` per post: `div.PostUser > h3.PostUser-name`
  holding the display name, then `div.Post-body` with the formatted post, then `<hr>`; 20 posts a page,
  `Discussion.php`), tags' `content/tag.blade.php` and `content/tags.blade.php`.
- Posts are formatted by s9e TextFormatter as Flarum configures it: `<p>` paragraphs, autolinked URLs
  (`rel="ugc nofollow"`), a quote made with the Quote button as `<blockquote><p><a class="PostMention"
  data-id>Nom</a> …</p></blockquote>` (mentions extension). Core has no signatures: none are shown.
- Extensions a typical site adds: FoF Sitemap (`/sitemap.xml` index, `/sitemap-live-0.xml`) and
  IanM Syndication (`/atom`, `/atom/t/slug`, `/atom/d/ID`). Core ships no robots.txt; the site has one
  only when it sets a crawl delay.
URLs: `/` (all discussions), `/d/ID-slug`, `?page=N`, `/d/ID-slug/N` (near post N), `/t/slug`, `/tags`, `/u/username`.
"""
from __future__ import annotations

import json
import re
from datetime import datetime

from sectorweb.dates import NOW, to_utc
from sectorweb.families import make_slug
from sectorweb.families.common import ATOM, TEXT, XML, Page, autolink, esc, page, served
from sectorweb.families.forumkit import ForumView
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread

PER_PAGE = 20  # Flarum's server-side pages (Index.php, Discussion.php) are always 20 long
REV = "a8d3c6f2"


def slug(text: str) -> str:
    return make_slug("flarum", text, set())


def thread_url(host: str, thread: Thread) -> str:
    return f"http://{host}/d/{thread.id}-{slug(thread.title)}"


def utc(d: datetime) -> str:
    """Carbon `toAtomString()` in UTC, as the API serializes dates."""
    return to_utc(d).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def b(text: str) -> str:
    """Blade `{{ }}`: htmlspecialchars with ENT_QUOTES."""
    return esc(text).replace("'", "&#039;")


_HEX = {"<": "\\u003C", ">": "\\u003E", "&": "\\u0026", "'": "\\u0027", "/": "\\/"}


def php_json(data) -> str:
    """PHP `json_encode($data, 15)` (Blade `@json`): slashes escaped, non-ASCII as \\uXXXX, HEX_* flags."""
    raw = json.dumps(data, ensure_ascii=True, separators=(",", ":"))

    def token(m: re.Match) -> str:
        inner = re.sub(r'\\.|[<>&\'/]', lambda e: "\\u0022" if e.group(0) == '\\"' else _HEX.get(e.group(0), e.group(0)),
                       m.group(0)[1:-1])
        return '"' + inner + '"'
    return re.sub(r'"(?:[^"\\]|\\.)*"', token, raw)


class _Flarum(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.per = self.tper = PER_PAGE
        self.uname = {name: slug(name).replace("-", "_")[:30] or f"user{uid}" for name, uid in forum.users.items()}
        taken: dict[str, str] = {}
        for name in sorted(forum.users, key=lambda n: forum.users[n]):
            u = self.uname[name]
            while u in taken.values():
                u = f"{u}{forum.users[name]}"
            taken[name] = u
        self.uname = taken
        self.tag = {bd.id: slug(bd.name) for bd in forum.boards}
        self.all = sorted(forum.threads(), key=lambda t: t.messages[-1].when, reverse=True)
        self.number = {m.id: i + 1 for t in forum.threads() for i, m in enumerate(t.messages)}

    # -- urls -----------------------------------------------------------------------------------
    def dslug(self, t: Thread) -> str:
        return f"{t.id}-{slug(t.title)}"

    def turl(self, t: Thread) -> str:
        return f"/d/{self.dslug(t)}"

    def board_path(self, bd: Board, k: int) -> str:
        return f"/t/{self.tag[bd.id]}" + (f"?page={k + 1}" if k else "")

    def thread_path(self, t: Thread, k: int) -> str:
        return self.turl(t) + (f"?page={k + 1}" if k else "")

    # -- JSON:API resources ---------------------------------------------------------------------
    def forum_resource(self) -> dict:
        f = self.f
        return {"type": "forums", "id": "1", "attributes": {
            "title": f.name, "description": f.tagline, "showLanguageSelector": False, "baseUrl": self.base,
            "basePath": "", "baseOrigin": self.base, "debug": False, "apiUrl": self.base + "/api",
            "welcomeTitle": f"Bienvenue sur {f.name}", "welcomeMessage": f.tagline, "themePrimaryColor": "#4D698E",
            "themeSecondaryColor": "#4D698E", "logoUrl": None, "faviconUrl": None, "headerHtml": None,
            "footerHtml": None, "allowSignUp": True, "defaultRoute": "/all", "canViewForum": True,
            "canStartDiscussion": False, "canSearchUsers": False, "canCreateAccessToken": False,
            "canModerateAccessTokens": False, "assetsBaseUrl": self.base + "/assets", "canViewFlags": False,
            "guidelinesUrl": None, "canBypassTagCounts": False, "minPrimaryTags": "1", "maxPrimaryTags": "1",
            "minSecondaryTags": "0", "maxSecondaryTags": "3", "allowUsernameMentionFormat": True},
            "relationships": {"groups": {"data": [{"type": "groups", "id": "1"}, {"type": "groups", "id": "2"},
                                                  {"type": "groups", "id": "3"}, {"type": "groups", "id": "4"}]},
                              "tags": {"data": [{"type": "tags", "id": str(bd.id)} for bd in self.f.boards]}}}

    def tag_resource(self, bd: Board) -> dict:
        last = max(bd.threads, key=lambda t: t.messages[-1].when) if bd.threads else None
        return {"type": "tags", "id": str(bd.id), "attributes": {
            "name": bd.name, "description": bd.description, "slug": self.tag[bd.id], "color": "#4D698E",
            "backgroundUrl": None, "backgroundMode": None, "icon": "fas fa-comments",
            "discussionCount": len(bd.threads), "position": self.f.boards.index(bd), "defaultSort": None,
            "isChild": False, "isHidden": False, "lastPostedAt": utc(last.messages[-1].when) if last else None,
            "canStartDiscussion": False, "canAddToDiscussion": False}}

    def user_resource(self, name: str) -> dict:
        uid = self.f.users[name]
        return {"type": "users", "id": str(uid), "attributes": {
            "username": self.uname[name], "displayName": name, "avatarUrl": None, "slug": self.uname[name],
            "joinTime": utc(self.joined(name)), "discussionCount": sum(1 for t in self.f.threads() if t.opener == name),
            "commentCount": self.n_posts[name], "canEdit": False, "canEditCredentials": False,
            "canEditGroups": False, "canDelete": False, "lastSeenAt": None, "canSuspend": False},
            "relationships": {"groups": {"data": [{"type": "groups", "id": "1"}] if name in self.f.admins else []}}}

    def content(self, t: Thread, m: Message) -> str:
        """contentHtml, as s9e TextFormatter renders the post's source."""
        text = "\n\n".join(f"<p>{autolink(p, 'ugc nofollow')}</p>" for p in m.text)
        if not m.quote:
            return text
        who, said = m.quote
        i = self.number[m.id] - 1
        parent = next((p for p in reversed(t.messages[:i]) if p.author == who), None)
        if parent is not None:
            mention = (f'<a href="{self.base}/d/{t.id}/{self.number[parent.id]}" class="PostMention" '
                       f'data-id="{parent.id}">{esc(who)}</a> ')
        else:
            mention = ""
        return f"<blockquote><p>{mention}{autolink(said, 'ugc nofollow')}</p></blockquote>\n\n{text}"

    def post_resource(self, t: Thread, m: Message) -> dict:
        return {"type": "posts", "id": str(m.id), "attributes": {
            "number": self.number[m.id], "createdAt": utc(m.when), "contentType": "comment",
            "contentHtml": self.content(t, m), "renderFailed": False, "editedAt": None, "canEdit": False,
            "canDelete": False, "canHide": False, "mentionedByCount": 0, "canFlag": False, "isApproved": True,
            "canApprove": False, "canLike": False, "likesCount": 0},
            "relationships": {"discussion": {"data": {"type": "discussions", "id": str(t.id)}},
                              "user": {"data": {"type": "users", "id": str(self.f.users[m.author])}}}}

    def discussion_resource(self, t: Thread, full: bool = False) -> dict:
        first, last = t.messages[0], t.messages[-1]
        bd = self.board_of[t.id]
        rel = {"user": {"data": {"type": "users", "id": str(self.f.users[first.author])}},
               "lastPostedUser": {"data": {"type": "users", "id": str(self.f.users[last.author])}},
               "tags": {"data": [{"type": "tags", "id": str(bd.id)}]},
               "firstPost": {"data": {"type": "posts", "id": str(first.id)}}}
        if full:
            rel["posts"] = {"data": [{"type": "posts", "id": str(m.id)} for m in t.messages]}
        return {"type": "discussions", "id": str(t.id), "attributes": {
            "title": t.title, "slug": self.dslug(t), "commentCount": len(t.messages),
            "participantCount": len({m.author for m in t.messages}), "createdAt": utc(first.when),
            "lastPostedAt": utc(last.when), "lastPostNumber": len(t.messages), "canReply": False,
            "canRename": False, "canDelete": False, "canHide": False, "isApproved": True, "canTag": False,
            "isSticky": False, "canSticky": False, "isLocked": False, "canLock": False, "subscription": None,
            "viewCount": t.views}, "relationships": rel}

    def list_document(self, threads: list[Thread], k: int, n: int, base: str) -> dict:
        """The API's discussion list, with its pagination links and the users and tags it includes."""
        users: list[str] = []
        for t in threads:
            for name in (t.opener, t.messages[-1].author):
                if name not in users:
                    users.append(name)
        boards = [bd for bd in self.f.boards if any(self.board_of[t.id] is bd for t in threads)]
        api = self.base + "/api/discussions"
        links = {"first": api + base}
        if k:
            links["prev"] = api + base + (f"&page[offset]={(k - 1) * PER_PAGE}" if k > 1 else "")
        if k + 1 < n:
            links["next"] = api + base + f"&page[offset]={(k + 1) * PER_PAGE}"
        firsts = [self.post_resource(t, t.messages[0]) for t in threads]
        return {"links": links, "data": [self.discussion_resource(t) for t in threads],
                "included": [self.user_resource(u) for u in users] + [self.tag_resource(bd) for bd in boards] + firsts}

    # -- page -----------------------------------------------------------------------------------
    def doc(self, title: str, content: str, payload_doc: dict | None, canonical: str, k: int, has_next: bool,
            extra_head: str = "") -> str:
        f = self.f
        head = [f'<link rel="stylesheet" href="{self.base}/assets/forum.css?v={REV}">']
        if k > 0:
            head.append(f'<link rel="prev" href="{b(canonical + (f"?page={k}" if k > 1 else ""))}">')
        if has_next:
            head.append(f'<link rel="next" href="{b(canonical + f"?page={k + 2}")}">')
        head.append(f'<link rel="canonical" href="{b(canonical + (f"?page={k + 1}" if k else ""))}">')
        head.append(f'<link rel="preload" href="{self.base}/assets/forum.js?v={REV}" as="script">')
        head.append(f'<link rel="preload" href="{self.base}/assets/forum-fr.js?v={REV}" as="script">')
        head.append('<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">')
        head.append(f'<meta name="description" content="{b(f.tagline)}">')
        head.append('<meta name="theme-color" content="#4D698E">')
        head.append(f'<link rel="alternate" type="application/atom+xml" title="Activité du forum" href="{self.base}/atom">')
        if extra_head:
            head.append(extra_head)
        payload = {"fof-sitemap": None, "resources": [self.forum_resource()] + [
            {"type": "groups", "id": str(g), "attributes": {"nameSingular": s, "namePlural": p, "color": c, "icon": i, "isHidden": 0}}
            for g, s, p, c, i in ((1, "Admin", "Admins", "#B72A2A", "fas fa-wrench"), (2, "Invité", "Invités", None, None),
                                  (3, "Membre", "Membres", None, None), (4, "Mod", "Mods", "#80349E", "fas fa-bolt"))]
            + [self.tag_resource(bd) for bd in self.f.boards],
            "session": {"userId": 0, "csrfToken": "Qk9T3vZxAc4mL2pR8sYw1eHjN6uD0gFtKbEi5oWa"},
            "locales": {"en": "English", "fr": "Français"}, "locale": "fr"}
        del payload["fof-sitemap"]
        if payload_doc is not None:
            payload["apiDocument"] = payload_doc
        return f"""<!doctype html>
<html  dir="ltr"        lang="fr" >
    <head>
        <meta charset="utf-8">
        <title>{b(title)}</title>

        {chr(10).join(head)}
    </head>

    <body>
        <div id="app" class="App">

    <div id="app-navigation" class="App-navigation"></div>

    <div id="drawer" class="App-drawer">

        <header id="header" class="App-header">
            <div id="header-navigation" class="Header-navigation"></div>
            <div class="container">
                <div class="Header-title">
                    <a href="{self.base}" id="home-link">
                                                    {b(f.name)}
                                            </a>
                </div>
                <div id="header-primary" class="Header-primary"></div>
                <div id="header-secondary" class="Header-secondary"></div>
            </div>
        </header>

    </div>

    <main class="App-content">
        <div id="content"></div>

        <div id="flarum-loading" style="display: none">
    Chargement…
</div>

<noscript>
    <div class="Alert">
        <div class="container">
            Ce site est optimisé pour être consulté avec un navigateur moderne avec JavaScript activé.
        </div>
    </div>
</noscript>

<div id="flarum-loading-error" style="display: none">
    <div class="Alert">
        <div class="container">
            Une erreur s'est produite lors du chargement de la version complète de ce site. Essayez de vider le cache de votre navigateur pour corriger cette erreur.
        </div>
    </div>
</div>

<noscript id="flarum-content">
    {content}
</noscript>


        <div class="App-composer">
            <div class="container">
                <div id="composer"></div>
            </div>
        </div>
    </main>

</div>




        <div id="modal"></div>
        <div id="alerts"></div>

        <script>
            document.getElementById('flarum-loading').style.display = 'block';
            var flarum = {{extensions: {{}}}};
        </script>

        <script src="{self.base}/assets/forum.js?v={REV}"></script>
<script src="{self.base}/assets/forum-fr.js?v={REV}"></script>

        <script id="flarum-json-payload" type="application/json">{php_json(payload)}</script>

        <script>
            const data = JSON.parse(document.getElementById('flarum-json-payload').textContent);
            document.getElementById('flarum-loading').style.display = 'none';

            try {{
                flarum.core.app.load(data);
                flarum.core.app.bootExtensions(flarum.extensions);
                flarum.core.app.boot();
            }} catch (e) {{
                var error = document.getElementById('flarum-loading-error');
                error.innerHTML += document.getElementById('flarum-content').textContent;
                error.style.display = 'block';
                throw e;
            }}
        </script>

        
    </body>
</html>
"""

    def listing(self, heading: str, intro: str, threads: list[Thread], k: int, base: str) -> str:
        n = self.n_pages(len(threads), PER_PAGE)
        shown = threads[k * PER_PAGE:(k + 1) * PER_PAGE]
        lis = "".join(f"""
                    <li>
                <a href="{self.base}{self.turl(t)}">
                    {b(t.title)}
                </a>
            </li>""" for t in shown)
        prev = (f'\n            <a href="{self.base}{base}?page={k}">&laquo; Précédent</a>\n    ' if k else "")
        nxt = (f'\n            <a href="{self.base}{base}?page={k + 2}">Suivant &raquo;</a>\n    ' if k + 1 < n else "")
        return f"""<div class="container">
    <h1>{heading}</h1>{intro}

    <ul>{lis}
            </ul>

    {prev}
    {nxt}
</div>"""

    def index_page(self, k: int) -> str:
        n = self.n_pages(len(self.all), PER_PAGE)
        content = self.listing("Toutes les discussions", "", self.all, k, "/")
        doc = self.list_document(self.all[k * PER_PAGE:(k + 1) * PER_PAGE], k, n, "?sort=&page[limit]=20")
        title = self.f.name if not k else f"Page {k + 1} - {self.f.name}"
        return self.doc(title, content, doc, self.base, k, k + 1 < n)

    def index(self) -> str:
        return self.index_page(0)

    def board(self, bd: Board, k: int) -> str:
        ts = self.latest_first[bd.id]
        n = self.n_pages(len(ts), PER_PAGE)
        content = self.listing(b(bd.name), f"\n    <p>{b(bd.description)}</p>", ts, k, f"/t/{self.tag[bd.id]}")
        doc = self.list_document(ts[k * PER_PAGE:(k + 1) * PER_PAGE], k, n, f"?filter[tag]={self.tag[bd.id]}&sort=&page[limit]=20")
        doc["included"].append(self.tag_resource(bd))
        title = f"{bd.name} - {self.f.name}" if not k else f"{bd.name}: Page {k + 1} - {self.f.name}"
        head = f'<link rel="alternate" type="application/atom+xml" title="{b(bd.name)}" href="{self.base}/atom/t/{self.tag[bd.id]}">'
        return self.doc(title, content, doc, f"{self.base}/t/{self.tag[bd.id]}", k, k + 1 < n, head)

    def tags_page(self) -> str:
        lis = "".join(f"""
                <li>
                    <a href="{self.base}/t/{self.tag[bd.id]}">
                        {b(bd.name)}
                    </a>

                                    </li>""" for bd in self.f.boards)
        content = f"""<div class="container">
    <h1>Étiquettes</h1>

            <ul>{lis}
            </ul>
            <ul>
            </ul>
    </div>"""
        doc = {"data": [self.tag_resource(bd) for bd in self.f.boards], "included": []}
        return self.doc(f"Étiquettes - {self.f.name}", content, doc, f"{self.base}/tags", 0, False)

    def thread(self, t: Thread, k: int) -> str:
        posts = self.chunk(t, k)
        n = self.n_pages(len(t.messages), PER_PAGE)
        arts = "".join(f"""
                            <article>
                                                <div class="PostUser"><h3 class="PostUser-name">{b(m.author)}</h3></div>
                <div class="Post-body">
                    {self.content(t, m)}
                </div>
            </article>

            <hr>
                    """ for m in posts)
        url = self.base + self.turl(t)
        prev = (f'\n            <a href="{url}{f"?page={k}" if k > 1 else ""}">&laquo; Précédent</a>\n    ' if k else "")
        nxt = (f'\n            <a href="{url}?page={k + 2}">Suivant &raquo;</a>\n    ' if k + 1 < n else "")
        content = f"""<div class="container">
    <h1>{b(t.title)}</h1>

    <div>{arts}
    </div>

    {prev}
    {nxt}
</div>"""
        users: list[str] = []
        for m in posts + [t.messages[-1]]:
            if m.author not in users:
                users.append(m.author)
        doc = {"data": self.discussion_resource(t, full=True),
               "included": [self.post_resource(t, m) for m in posts] + [self.user_resource(u) for u in users]
               + [self.tag_resource(self.board_of[t.id])]}
        title = f"{t.title} - {self.f.name}" if not k else f"{t.title}: Page {k + 1} - {self.f.name}"
        return self.doc(title, content, doc, url, k, k + 1 < n)

    # -- extensions -----------------------------------------------------------------------------
    def atom(self, title: str, self_url: str, alt: str, items: list[tuple[Thread, Message]]) -> str:
        entries = "".join(f"""  <entry>
    <title type="text">{x(t.title)}</title>
    <link rel="alternate" type="text/html" href="{x(self.base + self.turl(t))}/{self.number[m.id]}"/>
    <id>{x(self.base + self.turl(t))}/{self.number[m.id]}</id>
    <updated>{utc(m.when)}</updated>
    <published>{utc(m.when)}</published>
    <author><name>{x(m.author)}</name></author>
    <content type="html">{x(self.content(t, m))}</content>
  </entry>
""" for t, m in items)
        updated = utc(items[0][1].when) if items else utc(self.now)
        return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title type="text">{x(title)}</title>
  <subtitle type="text">{x(self.f.tagline)}</subtitle>
  <id>{x(self_url)}</id>
  <link rel="alternate" type="text/html" href="{x(alt)}"/>
  <link rel="self" type="application/atom+xml" href="{x(self_url)}"/>
  <updated>{updated}</updated>
{entries}</feed>
"""

    def feeds(self) -> dict[str, str]:
        recent = sorted(((t, m) for t in self.f.threads() for m in t.messages), key=lambda tm: tm[1].when, reverse=True)[:20]
        out = {"/atom": self.atom(self.f.name, self.base + "/atom", self.base, recent)}
        for bd in self.f.boards:
            items = [(t, t.messages[0]) for t in sorted(bd.threads, key=lambda t: t.messages[0].when, reverse=True)[:20]]
            out[f"/atom/t/{self.tag[bd.id]}"] = self.atom(f"{self.f.name} - {bd.name}", f"{self.base}/atom/t/{self.tag[bd.id]}",
                                                          self.base + self.board_path(bd, 0), items)
        for t in self.f.threads():
            items = [(t, m) for m in reversed(t.messages[-20:])]
            out[f"/atom/d/{t.id}"] = self.atom(f"{self.f.name} - {t.title}", f"{self.base}/atom/d/{t.id}", self.base + self.turl(t), items)
        return out

    def sitemap(self) -> dict[str, str]:
        rows = [(self.base + "/", None, "daily", "0.9")]
        rows += [(self.base + self.turl(t), utc(t.messages[-1].when), "daily", "0.7") for t in self.all]
        rows += [(f"{self.base}/u/{self.uname[u]}", None, "daily", "0.5") for u in sorted(self.f.users, key=self.f.users.get)]
        rows += [(self.base + self.board_path(bd, 0), None, "daily", "0.9") for bd in self.f.boards]
        body = "".join(f"  <url>\n    <loc>{x(u)}</loc>\n" + (f"    <lastmod>{lm}</lastmod>\n" if lm else "")
                       + f"    <changefreq>{cf}</changefreq>\n    <priority>{pr}</priority>\n  </url>\n" for u, lm, cf, pr in rows)
        return {"/sitemap.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                 f"  <sitemap>\n    <loc>{self.base}/sitemap-live-0.xml</loc>\n    <lastmod>{utc(self.last())}</lastmod>\n  </sitemap>\n</sitemapindex>\n"),
                "/sitemap-live-0.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                        + body + "</urlset>\n")}


def item_pages(forum: Forum, now: datetime = NOW):
    return _Flarum(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Flarum 1 forum keyed by path?query, and its 404 page."""
    v = _Flarum(forum, now)
    last = v.last()
    out: dict[str, Page] = {}
    for k in range(v.n_pages(len(v.all), PER_PAGE)):
        out["/" + (f"?page={k + 1}" if k else "")] = page(v.index_page(k), modified=last)
    out["/all"] = out["/"]
    out["/tags"] = page(v.tags_page(), modified=last)
    for bd in forum.boards:
        mod = max((t.messages[-1].when for t in bd.threads), default=last)
        for k in range(v.n_pages(len(bd.threads), PER_PAGE)):
            out[v.board_path(bd, k)] = page(v.board(bd, k), modified=mod)
    out.update(served(v, keep or {}))
    for t in forum.threads():
        out[v.turl(t) + "?page=1"] = out[v.turl(t)]
        for i in range(len(t.messages)):  # /d/ID-slug/N: the page holding post N (`near`)
            out[f"{v.turl(t)}/{i + 1}"] = out[v.thread_path(t, i // PER_PAGE)]
            out[f"/d/{t.id}/{i + 1}"] = out[v.thread_path(t, i // PER_PAGE)]
    for path, body in v.feeds().items():
        out[path] = page(body, ATOM, modified=last)
    for path, body in v.sitemap().items():
        out[path] = page(body, XML, modified=last)
    for name in forum.users:  # Flarum's User content: a title and the user in the payload, no noscript text
        out[f"/u/{v.uname[name]}"] = page(v.doc(f"{name} - {forum.name}", "", {"data": v.user_resource(name), "included": []},
                                                f"{v.base}/u/{v.uname[name]}", 0, False), modified=last)
    if forum.crawl_delay:
        out["/robots.txt"] = page(f"User-agent: *\nCrawl-delay: {forum.crawl_delay}\nDisallow: /api\nDisallow: /admin\n"
                                  f"Sitemap: {v.base}/sitemap.xml\n", TEXT)
    missing = v.doc(f"404 Not Found - {forum.name}", """<div class="container">
    <h1>404 Not Found</h1>
    <p>La page demandée est introuvable.</p>
</div>""", None, v.base, 0, False)
    return out, page(missing, status=404)


IGNORED_PARAMS = {"sort", "near"}
