"""NodeBB 3.x with its default theme Harmony 1.2 (NodeBB 3.7+), French, as served to a client without JavaScript.

Written blind from the engine's real templates (NodeBB/nodebb-theme-harmony at v1.2.98, whose
`nbbpm.compatibility` is ^3.7.0; NodeBB/NodeBB at v3.12.9), not from the crawler's parsers:
- `templates/topic.tpl`: the topic's `div[itemtype=DiscussionForumPosting]` with its `meta` items,
  `h1[component=post/header] > span.topic-title`, the stats badges (`partials/topic/stats.tpl`), then
  `ul[component=topic].posts.timeline` of `li[component=post]` carrying `partials/data/topic.tpl`
  (`data-index data-pid data-uid data-timestamp data-username data-userslug`, schema.org `Comment`), an
  `a[component=post/anchor]` whose id is index+1, and `partials/topic/post.tpl`: the avatar
  (`buildAvatar`: `span.avatar[component=user/picture]` with the user's initial on a colour), the author
  `a.fw-bold[data-username][data-uid]`, group badge, "écrit / a écrit sur / a répondu à X le" (core
  `generateWroteReplied` + fr `topic.json`) with an empty `a.timeago[title=ISO]` that only JS fills,
  `a.post-index` "#N", the post in `div.content[component=post/content][itemprop=text]`, the signature in
  `div[component=post/signature]`; quotes as the composer writes them ("@X a dit dans Titre :" + a
  markdown blockquote). Pagination `partials/paginator.tpl` (`?page=N`), inside `<noscript>` as the
  topic shows it when infinite scroll is on.
- `templates/category.tpl` + `partials/topics_list.tpl` (`li[component=category/topic]`, `h3.title a`,
  votes/posts/views cards, last-post teaser), `categories.tpl` + `partials/categories/item.tpl`
  (parent categories with their children, stats cards, `partials/categories/lastpost.tpl`),
  `partials/breadcrumbs.tpl`, `partials/breadcrumbs-json-ld.tpl`, `header.tpl` (meta tags of core
  `src/meta/tags.js` and `controllers/topics.js` `addTags`: og:*, article:*, canonical, rss, up, author).
- Feeds (core `src/routes/feeds.js`, node `rss` module output): `/recent.rss`, `/category/ID.rss`,
  `/topic/ID.rss`; sitemaps (`src/sitemap.js`): `/sitemap.xml` index of `/sitemap/pages.xml`,
  `/sitemap/categories.xml`, `/sitemap/topics.N.xml`; robots.txt as `controllers/index.js` writes it.
URLs: `/category/CID/slug`, `/topic/TID/slug`, `?page=N`, `/topic/TID/slug/N` (the page holding post N),
`/post/PID` (redirects there), `/user/slug`. Dates are UTC ISO with milliseconds (`toISOString`).
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sectorweb.dates import NOW, http_date, to_utc
from sectorweb.families import make_slug
from sectorweb.families.common import RSS, TEXT, XML, Page, autolink, cdata, esc, page, redirect, script_json, served
from sectorweb.families.forumkit import ForumView
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread

CACHE_BUSTER = "3m2k8e5hd1a"
COLORS = ["#f44336", "#e91e63", "#9c27b0", "#673ab7", "#3f51b5", "#2196f3", "#009688", "#1b5e20",
          "#33691e", "#827717", "#e65100", "#ff5722", "#795548", "#607d8b"]


def iso(d: datetime) -> str:
    """JavaScript `Date.toISOString()` of a Paris local time."""
    return to_utc(d).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def slug(text: str) -> str:
    return make_slug("nodebb", text, set())


def thread_url(host: str, thread: Thread) -> str:
    return f"http://{host}/topic/{thread.id}/{slug(thread.title)}"


def _number(n: int) -> str:
    """`humanReadableNumber`: 1.2k past a thousand."""
    if n >= 1000:
        return f"{n / 1000:.1f}k".replace(".0k", "k")
    return str(n)


class _NodeBB(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.parent = {b.id: (cid, name) for cid, name, bs in self.categories for b in bs}
        self.uslug = {name: slug(name) for name in forum.users}

    # -- urls -----------------------------------------------------------------------------------
    def tslug(self, t: Thread) -> str:
        return f"{t.id}/{slug(t.title)}"

    def turl(self, t: Thread) -> str:
        return f"/topic/{self.tslug(t)}"

    def curl(self, cid: int, name: str) -> str:
        return f"/category/{cid}/{slug(name)}"

    def board_path(self, b: Board, k: int) -> str:
        return self.curl(b.id, b.name) + (f"?page={k + 1}" if k else "")

    def thread_path(self, t: Thread, k: int) -> str:
        return self.turl(t) + (f"?page={k + 1}" if k else "")

    def user(self, name: str) -> str:
        return f"/user/{self.uslug[name]}"

    # -- pieces ---------------------------------------------------------------------------------
    def avatar(self, name: str, size: str, cls: str = "", component: str = "avatar/icon") -> str:
        uid = self.f.users[name]
        color = COLORS[uid % len(COLORS)]
        return (f'<span title="{esc(name)}" data-uid="{uid}" class="avatar {cls}{" " if cls else ""}avatar-rounded" '
                f'component="{component}" style="--avatar-size: {size}; background-color: {color}">{esc(name[:1].upper())}</span>')

    def timeago(self, href: str, d: datetime, extra: str = "") -> str:
        return f'<a href="{href}" class="timeago text-muted{extra}" title="{iso(d)}"></a>'

    def wrote(self, t: Thread, m: Message, parent: Message | None) -> str:
        """`generateWroteReplied` in French (topic.json `wrote-ago` / `wrote-on` / `replied-to-user-*`)."""
        old = m.when < self.now - timedelta(days=30)  # config.timeagoCutoff
        stamp = self.timeago(f"/post/{m.id}", m.when)
        if parent is not None:
            link = f'<a component="post/parent" data-topid="{parent.id}" href="/post/{parent.id}">{esc(parent.author)}</a>'
            return f"a répondu à {link} le {stamp}" if old else f"a répondu à {link} {stamp}"
        return f"a écrit sur {stamp}" if old else f"écrit {stamp}"

    def parent_of(self, t: Thread, m: Message) -> Message | None:
        """The post a quoting reply answers (its `toPid`): the quoted author's last earlier post."""
        if not m.quote:
            return None
        i = self.index_of[m.id]
        return next((p for p in reversed(t.messages[:i]) if p.author == m.quote[0]), None)

    def content(self, t: Thread, m: Message, parent: Message | None) -> str:
        text = "\n".join(f'<p dir="auto">{autolink(p, "nofollow ugc")}</p>' for p in m.text)
        if not m.quote:
            return text
        who, said = m.quote
        mention = (f'<a class="plugin-mentions-user plugin-mentions-a" href="{self.user(who)}" aria-label="Profile: {esc(who)}">@<bdi>{esc(who)}</bdi></a>'
                   if who in self.f.users else f"@{esc(who)}")
        if parent is not None:
            head = f'<p dir="auto">{mention} a dit dans <a href="/post/{parent.id}">{esc(t.title)}</a> :</p>'
        else:
            head = f'<p dir="auto">{mention} a dit :</p>'
        return f'{head}\n<blockquote>\n<p dir="auto">{autolink(said, "nofollow ugc")}</p>\n</blockquote>\n{text}'

    def badge(self, name: str) -> str:
        if name not in self.f.admins:
            return ""
        return ('<a href="/groups/administrators" class="badge rounded-1 text-uppercase text-truncate text-decoration-none" '
                'style="max-width: 150px;color:#ffffff;background-color: #000000;"><i class="fa fa-shield"></i>'
                '<span class="badge-text align-text-bottom">Administrateurs</span></a>')

    def paginator(self, base: str, n: int, k: int, topic: bool = False) -> str:
        def li(i: int) -> str:
            return (f'<li class="page-item page{" active" if i == k else ""}" >\n<a class="page-link rounded fw-secondary px-3" href="?page={i + 1}" '
                    f'data-page="{i + 1}" aria-label="Page {i + 1}">{i + 1}</a>\n</li>')
        prev_ok, next_ok = k > 0, k + 1 < n
        pages = "\n".join(li(i) for i in range(n)) if n > 1 else ""
        mobile = "" if topic else f"""
<ul class="pagination pagination-sm hidden-md hidden-lg justify-content-center">
<li class="page-item first{"" if prev_ok else " disabled"}"><a class="page-link fw-secondary" href="?page=1" data-page="1" aria-label="Première page"><i class="fa fa-fast-backward"></i> </a></li>
<li class="page-item previous{"" if prev_ok else " disabled"}"><a class="page-link fw-secondary" href="?page={max(1, k)}" data-page="{max(1, k)}" aria-label="Page précédente"><i class="fa fa-chevron-left"></i> </a></li>
<li component="pagination/select-page" class="page-item page select-page"><a class="page-link fw-secondary" href="#" aria-label="Aller à la page">{k + 1} / {n}</a></li>
<li class="page-item next{"" if next_ok else " disabled"}"><a class="page-link fw-secondary" href="?page={min(n, k + 2)}" data-page="{min(n, k + 2)}" aria-label="Page suivante"> <i class="fa fa-chevron-right"></i></a></li>
<li class="page-item last{"" if next_ok else " disabled"}"><a class="page-link fw-secondary"  href="?page={n}" data-page="{n}" aria-label="Dernière page"><i class="fa fa-fast-forward"></i> </a></li>
</ul>"""
        return f"""<nav component="pagination" class="pagination-container mt-3{"" if n > 1 else " hidden"}" aria-label="Pagination">
<ul class="pagination pagination-sm gap-1 hidden-xs hidden-sm justify-content-center">
<li class="page-item previous {"" if prev_ok else " disabled"}">
<a class="page-link rounded fw-secondary px-3" href="?page={max(1, k)}" data-page="{max(1, k)}" aria-label="Page précédente"><i class="fa fa-chevron-left"></i> </a>
</li>
{pages}
<li class="page-item next {"" if next_ok else " disabled"}">
<a class="page-link rounded fw-secondary px-3" href="?page={min(n, k + 2)}" data-page="{min(n, k + 2)}" aria-label="Page suivante"> <i class="fa fa-chevron-right"></i></a>
</li>
</ul>{mobile}
</nav>"""

    def crumbs(self, items: list[tuple[str | None, str]]) -> str:
        """`partials/breadcrumbs-json-ld.tpl` then `partials/breadcrumbs.tpl` (items: (url or None, text))."""
        items = [("/", "Accueil")] + items
        ld = [{"@type": "ListItem", "position": 1, "name": self.f.name, "item": self.base + "/"}]
        for i, (u, text) in enumerate(items[1:], 2):
            entry = {"@type": "ListItem", "position": i, "name": text}
            if i < len(items):
                entry["item"] = self.base + (u or "")
            ld.append(entry)
        lis = []
        for i, (u, text) in enumerate(items):
            last = i == len(items) - 1
            inner = f'<span class="fw-semibold" itemprop="name">{esc(text)}</span>'
            if u and not last:
                inner = f'<a href="{u}" itemprop="item">\n{inner}\n</a>'
            cur = ' component="breadcrumb/current"' if last else ""
            lis.append(f'<li{cur} itemscope="itemscope" itemprop="itemListElement" '
                       f'itemtype="http://schema.org/ListItem" class="breadcrumb-item {"active" if last else ""}">\n'
                       f'<meta itemprop="position" content="{i + 1}" />\n{inner}\n</li>')
        return (f'<script type="application/ld+json">{script_json({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": ld})}</script>\n'
                f'<ol class="breadcrumb mb-0 " itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList">\n'
                + "\n".join(lis) + "\n</ol>")

    def doc(self, title: str, template: str, main: str, meta: list[tuple[str, str, str]] | None = None,
            links: list[tuple[str, str, str]] | None = None) -> str:
        f = self.f
        tags = [("name", "viewport", "width&#x3D;device-width, initial-scale&#x3D;1.0"),
                ("name", "content-type", "text/html; charset=UTF-8"),
                ("name", "apple-mobile-web-app-capable", "yes"), ("name", "mobile-web-app-capable", "yes"),
                ("property", "og:site_name", esc(f.name)),
                ("name", "msapplication-badge", f"frequency&#x3D;30; polling-uri&#x3D;{self.base}/sitemap.xml"),
                ("name", "theme-color", "#ffffff")] + (meta or [])
        if not any(k == "property" and n == "og:title" for k, n, _ in tags):
            tags += [("property", "og:title", esc(title)), ("property", "og:type", "website")]
        meta_html = "\n".join(f'<meta {k}="{n}" content="{c}" />' for k, n, c in tags)
        link_tags = [("icon", "image/x-icon", "/assets/uploads/system/favicon.ico?v&#x3D;" + CACHE_BUSTER),
                     ("manifest", "", "/manifest.webmanifest"),
                     ("search", "application/opensearchdescription+xml", "/osd.xml")] + (links or [])
        links_html = "\n".join(f'<link rel="{r}"' + (f' type="{t}"' if t else "") + f' href="{h}" />' for r, t, h in link_tags)
        config = script_json({"relative_path": "", "upload_url": "/assets/uploads", "asset_base_url": "/assets",
                          "assetBaseUrl": "/assets", "siteTitle": f.name, "browserTitle": f.name, "titleLayout": "&#123;pageTitle&#125; | &#123;browserTitle&#125;",
                          "showSiteTitle": True, "maintenanceMode": False, "postQueue": 0, "minimumTitleLength": 3,
                          "maximumTitleLength": 255, "usePagination": False, "timeagoCutoff": 30, "userLang": "fr",
                          "defaultLang": "fr", "topicsPerPage": self.tper, "postsPerPage": self.per,
                          "cache-buster": "v=" + CACHE_BUSTER, "theme:id": "nodebb-theme-harmony",
                          "theme": {"enableQuickReply": True, "enableBreadcrumbs": True, "centerHeaderElements": False,
                                    "mobileTopicTeasers": False, "stickyToolbar": True, "autohideBottombar": True,
                                    "openSidebars": False, "chatModals": False},
                          "version": "3.12.9"}).replace("\\", "\\\\").replace("'", "\\'")
        return f"""<!DOCTYPE html>
<html lang="fr" >
<head>
<title>{esc(title)}</title>
{meta_html}
<link rel="stylesheet" type="text/css" href="/assets/client.css?v={CACHE_BUSTER}" />
{links_html}
<script>
var config = JSON.parse('{config}');
var app = {{
user: JSON.parse('{{"uid":0,"username":"[[global:guest]]","displayname":"[[global:guest]]","userslug":"","fullname":"[[global:guest]]","email":"","icon:text":"?","icon:bgColor":"#aaa","groupTitle":"","groupTitleArray":[],"status":"offline","reputation":0,"email:confirmed":false,"unreadData":{{"":{{}},"new":{{}},"watched":{{}},"unreplied":{{}}}},"isAdmin":false,"isGlobalMod":false,"isMod":false,"privileges":{{}},"blocks":[],"timeagoCode":"fr","offline":true,"lastRoomId":null,"isEmailConfirmSent":false}}')
}};
document.documentElement.style.setProperty('--panel-offset', `${{localStorage.getItem('panelOffset') || 0}}px`);
</script>
</head>
<body class="page-{template} template-{template} parent-category-{template} page-status-200 theme-harmony user-guest skin-noskin">
<a class="visually-hidden-focusable position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index: 1021;" href="#content">Aller directement au contenu</a>
<div class="layout-container d-flex justify-content-between pb-4 pb-md-0">
<nav component="sidebar/left" class="open text-dark bg-light sidebar sidebar-left start-0 border-end vh-100 d-none d-lg-flex flex-column justify-content-between sticky-top">
<ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 overflow-y-auto">
<li class="nav-item mx-2 " title="Catégories"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" href="&#x2F;categories" aria-label="Catégories"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><span class="position-relative"><i class="fa fa-fw fa-list" data-content=""></i></span><span class="nav-text small visible-open fw-semibold text-truncate">Catégories</span></span></a></li>
<li class="nav-item mx-2 " title="Récent"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" href="&#x2F;recent" aria-label="Récent"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><span class="position-relative"><i class="fa fa-fw fa-clock-o" data-content=""></i></span><span class="nav-text small visible-open fw-semibold text-truncate">Récent</span></span></a></li>
<li class="nav-item mx-2 " title="Utilisateurs"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" href="&#x2F;users" aria-label="Utilisateurs"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><span class="position-relative"><i class="fa fa-fw fa-user" data-content=""></i></span><span class="nav-text small visible-open fw-semibold text-truncate">Utilisateurs</span></span></a></li>
</ul>
</nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;">
<div class="container-lg px-md-4 brand-container">
<div class="col-12 d-flex border-bottom pb-3 ">
<div component="brand/wrapper" class="d-flex align-items-center gap-3 p-2 rounded-1 align-content-stretch ">
<a component="siteTitle" class="text-truncate align-self-stretch align-items-center d-flex" href="/">
<h1 class="fs-6 fw-bold text-body mb-0">{esc(f.name)}</h1>
</a>
</div>
</div>
</div>
<div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<noscript>
<div class="alert alert-danger">
<p>
Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished, and you have been placed in <strong>read-only mode</strong>.
</p>
<p>
Please download a browser that supports JavaScript, or enable it if it's disabled (i.e. NoScript).
</p>
</div>
</noscript>
{main}
</div><!-- /.container#content -->
</main>
</div>
<script defer src="/assets/nodebb.min.js?v={CACHE_BUSTER}"></script>
<script>
if (document.readyState !== 'loading') {{
__domContentLoaded && __domContentLoaded();
}}
</script>
</body>
</html>
"""

    # -- listings -------------------------------------------------------------------------------
    def category_item(self, cid: int, name: str, description: str, boards: list[Board]) -> str:
        """`partials/categories/item.tpl` for a parent category (children = boards) or a board (boards = [b])."""
        threads = [t for b in boards for t in b.threads]
        n_topics, n_posts = len(threads), sum(len(t.messages) for t in threads)
        children = ""
        if len(boards) > 1 or boards[0].id != cid:
            kids = "\n".join(f'<li class="category-children-item small">\n<div class="d-flex gap-1">\n'
                             f'<i class="fa fa-fw fa-caret-right text-primary" style="line-height: var(--bs-body-line-height);"></i>\n'
                             f'<a href="{self.curl(b.id, b.name)}" class="text-reset fw-semibold">{esc(b.name)}</a>\n</div>\n</li>'
                             for b in boards)
            children = f'<ul class="list-unstyled category-children row row-cols-1 row-cols-md-2 g-2 my-1 w-100">\n{kids}\n</ul>'
        last = ""
        if threads:
            t = max(threads, key=lambda t: t.messages[-1].when)
            m = t.messages[-1]
            idx = len(t.messages)
            href = f"/topic/{self.tslug(t)}" + (f"/{idx}" if idx > 1 else "")
            last = (f'<div component="category/posts" class="ps-2 text-xs d-flex flex-column h-100 gap-1">\n'
                    f'<div class="text-nowrap text-truncate">\n<a class="text-decoration-none avatar-tooltip" title="{esc(m.author)}" href="{self.user(m.author)}">{self.avatar(m.author, "18px")}</a>\n'
                    f'<a class="permalink text-muted timeago text-xs" href="{href}" title="{iso(m.when)}" aria-label="Dernier message"></a>\n</div>\n'
                    f'<div class="post-content text-xs text-break line-clamp-sm-2 lh-sm position-relative flex-fill">\n'
                    f'<a class="stretched-link" tabindex="-1" href="{href}" aria-label="Dernier message"></a>\n'
                    f'<p dir="auto">{autolink(" ".join(m.text)[:200], "nofollow ugc")}</p>\n</div>\n</div>')
        else:
            last = '<div component="category/posts" class="ps-2">\n<div class="post-content overflow-hidden text-xs">\nPas de nouveau message\n</div>\n</div>'
        color = COLORS[cid % len(COLORS)]
        return f"""<li component="categories/category" data-cid="{cid}" class="w-100 border-bottom py-3 py-lg-4 gap-lg-0 gap-2 d-flex flex-column flex-lg-row align-items-start category-{cid} ">
<meta itemprop="name" content="{esc(name)}">
<div class="d-flex col-lg-7 gap-2 gap-lg-3">
<div class="flex-shrink-0">
<span class="icon d-flex justify-content-center align-items-center align-middle rounded-1" style="color: #ffffff; background-color: {color}; border-color: {color}!important; width:40px; height: 40px; font-size: 20px;"><i class="fa fa-fw fa-comments"></i></span>
</div>
<div class="flex-grow-1 d-flex flex-wrap gap-1 me-0 me-lg-2">
<h2 class="title text-break fs-4 fw-semibold m-0 tracking-tight w-100">
<a href="{self.curl(cid, name)}" itemprop="url">{esc(name)}</a>
</h2>
{f'<div class="description text-muted text-sm w-100">{chr(10)}<p dir="auto">{esc(description)}</p>{chr(10)}</div>' if description else ""}
{children}
</div>
</div>
<div class="d-flex col-lg-5 col-12 align-content-stretch">
<div class="meta stats d-none d-lg-grid col-6 gap-1 pe-2 text-muted" style="grid-template-columns: 1fr 1fr;">
<div class="card card-header border-0 p-2 overflow-hidden rounded-1 d-flex flex-column align-items-center">
<span class="fs-5 ff-secondary lh-1" title="{n_topics}">{_number(n_topics)}</span>
<span class="d-none d-xl-flex text-lowercase text-xs">Sujets</span>
<i class="d-xl-none fa fa-fw text-xs text-muted opacity-75 fa-list"></i>
</div>
<div class="card card-header border-0 p-2 overflow-hidden rounded-1 d-flex flex-column align-items-center">
<span class="fs-5 ff-secondary lh-1" title="{n_posts}">{_number(n_posts)}</span>
<span class="d-none d-xl-flex text-lowercase text-xs">Messages</span>
<i class="d-xl-none fa fa-fw text-xs text-muted opacity-75 fa-message"></i>
</div>
</div>
<div component="topic/teaser" class="teaser col-lg-6 col-12 d-none d-lg-block">
<div class="lastpost border-start border-2 lh-sm h-100" style="border-color: {color}!important;">
{last}
</div>
</div>
</div>
</li>"""

    def index(self) -> str:
        items = "\n".join(self.category_item(cid, name, "", boards) for cid, name, boards in self.categories)
        main = f"""<div data-widget-area="header">
</div>
<div class="row py-2">
<div class="col-lg-12">
<ul class="categories-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList">
{items}
</ul>
{self.paginator("/categories", 1, 0)}
</div>
<div data-widget-area="sidebar" class="col-lg-3 col-sm-12 hidden">
</div>
</div>
<div data-widget-area="footer">
</div>"""
        return self.doc(f"Catégories | {self.f.name}", "categories", main,
                        [("name", "title", esc(self.f.name)), ("name", "description", esc(self.f.tagline)),
                         ("property", "og:title", esc(self.f.name)), ("property", "og:description", esc(self.f.tagline)),
                         ("property", "og:type", "website"), ("property", "og:url", self.base + "/")],
                        [("alternate", "application/rss+xml", "/recent.rss"), ("canonical", "", self.base + "/")])

    def parent_page(self, cid: int, name: str, boards: list[Board]) -> str:
        """A parent category: its children as category items (`partials/category/subcategory.tpl`)."""
        items = "\n".join(self.category_item(b.id, b.name, b.description, [b]) for b in boards)
        n_topics = sum(len(b.threads) for b in boards)
        n_posts = sum(len(t.messages) for b in boards for t in b.threads)
        main = f"""{self.crumbs([(None, name)])}
<div class="category-header d-flex flex-column gap-2">
<div class="d-flex gap-2 align-items-center mb-1 ">
<h1 class="tracking-tight fs-2 fw-semibold mb-0">{esc(name)}</h1>
</div>
<div class="d-flex flex-wrap gap-2 ">
<span class="badge text-body border border-gray-300 stats text-xs"><span title="{n_topics}" class="fw-bold">{_number(n_topics)}</span> <span class="text-lowercase fw-normal">Sujets</span></span>
<span class="badge text-body border border-gray-300 stats text-xs"><span title="{n_posts}" class="fw-bold">{_number(n_posts)}</span> <span class="text-lowercase fw-normal">Messages</span></span>
</div>
</div>
<div class="row mt-3">
<div class="category d-flex flex-column col-lg-12">
<div class="subcategory">
<p class="fs-5 fw-semibold tracking-tight text-secondary mb-0">Sous-catégories</p>
<ul component="category/subcategory/container" class="categories-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList">
{items}
</ul>
</div>
</div>
</div>"""
        return self.doc(f"{name} | {self.f.name}", "category", main,
                        [("name", "title", esc(name)), ("property", "og:title", esc(name)), ("property", "og:type", "website")],
                        [("canonical", "", self.base + self.curl(cid, name))])

    def board(self, b: Board, k: int) -> str:
        ts = self.latest_first[b.id]
        n = self.n_pages(len(ts), self.tper)
        rows = []
        for i, t in enumerate(ts[k * self.tper:(k + 1) * self.tper], k * self.tper):
            first, lastm = t.messages[0], t.messages[-1]
            uid = self.f.users[first.author]
            teaser = ""
            if len(t.messages) > 1:
                idx = len(t.messages)
                teaser = (f'<div class="ps-2">\n<a href="{self.user(lastm.author)}" class="text-decoration-none avatar-tooltip" title="{esc(lastm.author)}">{self.avatar(lastm.author, "18px")}</a>\n'
                          f'<a class="permalink text-muted timeago text-xs" href="/topic/{self.tslug(t)}/{idx}" title="{iso(lastm.when)}" aria-label="Dernier message"></a>\n</div>\n'
                          f'<div class="post-content text-xs ps-2 line-clamp-sm-2 lh-sm text-break position-relative flex-fill">\n'
                          f'<a class="stretched-link" tabindex="-1" href="/topic/{self.tslug(t)}/{idx}" aria-label="Dernier message"></a>\n'
                          f'<p dir="auto">{autolink(" ".join(lastm.text)[:200], "nofollow ugc")}</p>\n</div>')
            else:
                teaser = '<div class="ps-2 text-xs">\nPersonne n\'a répondu\n</div>'
            rows.append(f"""<li component="category/topic" class="category-item hover-parent border-bottom py-3 py-lg-4 d-flex flex-column flex-lg-row align-items-start " data-tid="{t.id}" data-index="{i}" data-cid="{b.id}" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
<link itemprop="url" content="/topic/{self.tslug(t)}" />
<meta itemprop="name" content="{esc(t.title)}" />
<meta itemprop="itemListOrder" content="descending" />
<meta itemprop="position" content="{i + 1}" />
<a id="{i}" data-index="{i}" component="topic/anchor"></a>
<div class="d-flex p-0 col-12 col-lg-7 gap-2 gap-lg-3 pe-1 align-items-start ">
<div class="flex-shrink-0 position-relative">
<a class="d-inline-block text-decoration-none avatar-tooltip" title="{esc(first.author)}" href="{self.user(first.author)}">
{self.avatar(first.author, "40px")}
</a>
</div>
<div class="flex-grow-1 d-flex flex-wrap gap-1 position-relative">
<h3 component="topic/header" class="title text-break fs-5 fw-semibold m-0 tracking-tight w-100 ">
<a class="text-reset" href="/topic/{self.tslug(t)}">{esc(t.title)}</a>
</h3>
<span component="topic/labels" class="d-flex flex-wrap gap-1 w-100">
<span data-tid="{t.id}" component="topic/tags" class="lh-1 tag-list hidden-xs d-flex flex-wrap gap-1 hidden">
</span>
<div class="d-flex gap-1 d-block d-lg-none w-100">
<span class="badge text-body border stats text-xs text-muted">
<i class="fa-regular fa-fw fa-message"></i>
<span component="topic/post-count" class="fw-normal">{_number(len(t.messages))}</span>
</span>
<a href="/topic/{self.tslug(t)}/{len(t.messages)}" class="border badge bg-transparent text-muted fw-normal timeago" title="{iso(lastm.when)}"></a>
</div>
<a href="/topic/{self.tslug(t)}" class="d-none d-lg-block badge bg-transparent text-muted fw-normal timeago" title="{iso(first.when)}"></a>
</span>
</div>
</div>
<div class="d-flex p-0 col-lg-5 col-12 align-content-stretch">
<div class="meta stats d-none d-lg-grid col-6 gap-1 pe-2 text-muted" style="grid-template-columns: 1fr 1fr 1fr;">
<div class="stats-votes card card-header border-0 p-2 overflow-hidden rounded-1 d-flex flex-column align-items-center">
<span class="fs-5 ff-secondary lh-1" title="0">0</span>
<span class="d-none d-xl-flex text-lowercase text-xs">Votes</span>
<i class="d-xl-none fa fa-fw text-xs text-muted opacity-75 fa-chevron-up"></i>
</div>
<div class="stats-postcount card card-header border-0 p-2 overflow-hidden rounded-1 d-flex flex-column align-items-center">
<span class="fs-5 ff-secondary lh-1" title="{len(t.messages)}">{_number(len(t.messages))}</span>
<span class="d-none d-xl-flex text-lowercase text-xs">Messages</span>
<i class="d-xl-none fa-regular fa-fw text-xs text-muted opacity-75 fa-message"></i>
</div>
<div class="stats-viewcount card card-header border-0 p-2 overflow-hidden rounded-1 d-flex flex-column align-items-center">
<span class="fs-5 ff-secondary lh-1" title="{t.views}">{_number(t.views)}</span>
<span class="d-none d-xl-flex text-lowercase text-xs">Vues</span>
<i class="d-xl-none fa fa-fw text-xs text-muted opacity-75 fa-eye"></i>
</div>
</div>
<div component="topic/teaser" class="meta teaser col-lg-6 col-12 d-none d-lg-block">
<div class="lastpost border-start border-2 lh-sm h-100 d-flex flex-column gap-1" style="border-color: {COLORS[b.id % len(COLORS)]}!important;" data-uid="{uid}">
{teaser}
</div>
</div>
</div>
</li>""")
        n_posts = sum(len(t.messages) for t in b.threads)
        pid, pname = self.parent[b.id]
        main = f"""{self.crumbs([(self.curl(pid, pname), pname), (None, b.name)])}
<div class="category-header d-flex flex-column gap-2">
<div class="d-flex gap-2 align-items-center mb-1 ">
<span class="icon d-flex justify-content-center align-items-center align-middle rounded-1 flex-shrink-0" style="color: #ffffff; background-color: {COLORS[b.id % len(COLORS)]}; width:40px; height: 40px; font-size: 20px;"><i class="fa fa-fw fa-comments"></i></span>
<h1 class="tracking-tight fs-2 fw-semibold mb-0">{esc(b.name)}</h1>
</div>
<div class="description text-secondary text-sm w-100 ">
<p dir="auto">{esc(b.description)}</p>
</div>
<div class="d-flex flex-wrap gap-2 ">
<span class="badge text-body border border-gray-300 stats text-xs">
<span title="{len(b.threads)}" class="fw-bold">{_number(len(b.threads))}</span>
<span class="text-lowercase fw-normal">Sujets</span>
</span>
<span class="badge text-body border border-gray-300 stats text-xs">
<span title="{n_posts}" class="fw-bold">{_number(n_posts)}</span>
<span class="text-lowercase fw-normal">Messages</span>
</span>
</div>
</div>
<div class="row mt-3">
<div class="category d-flex flex-column col-lg-12">
<ul component="category" class="topics-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList" data-nextstart="{(k + 1) * self.tper}" data-set="cid:{b.id}:tids">
{chr(10).join(rows)}
</ul>
</div>
<div data-widget-area="sidebar" class="col-lg-3 col-sm-12 hidden">
</div>
</div>
<div data-widget-area="footer">
</div>
<noscript>
{self.paginator(self.curl(b.id, b.name), n, k)}
</noscript>"""
        url = self.base + self.board_path(b, k)
        links = [("up", "", self.base + self.curl(pid, pname)), ("alternate", "application/rss+xml", f"{self.base}/category/{b.id}.rss"),
                 ("canonical", "", url)]
        if k:
            links.insert(0, ("prev", "", self.base + self.board_path(b, k - 1)))
        if k + 1 < n:
            links.insert(0, ("next", "", self.base + self.board_path(b, k + 1)))
        return self.doc(f"{b.name}" + (f" | Page {k + 1}" if k else "") + f" | {self.f.name}", "category", main,
                        [("name", "title", esc(b.name)), ("property", "og:title", esc(b.name)),
                         ("name", "description", esc(b.description)), ("property", "og:description", esc(b.description)),
                         ("property", "og:type", "website")], links)

    # -- topic ----------------------------------------------------------------------------------
    def post(self, t: Thread, m: Message, i: int) -> str:
        uid, us = self.f.users[m.author], self.uslug[m.author]
        parent = self.parent_of(t, m)
        classes = "topic-owner-post" if m.author == t.opener else ""
        to_pid = f' data-topid="{parent.id}"' if parent else ""
        stamp = int((to_utc(m.when) - datetime(1970, 1, 1)).total_seconds() * 1000)
        sig = (f'<div component="post/signature" data-uid="{uid}" class="text-xs text-muted mt-2"><p dir="auto">{autolink(m.signature, "nofollow ugc")}</p></div>'
               if m.signature else "")
        return f"""<li component="post" class="pt-4   {classes}" data-index="{i}" data-pid="{m.id}" data-uid="{uid}" data-timestamp="{stamp}" data-username="{esc(m.author)}" data-userslug="{us}"{to_pid} itemprop="comment" itemtype="http://schema.org/Comment" itemscope>
<a component="post/anchor" data-index="{i}" id="{i + 1}"></a>
<meta itemprop="datePublished" content="{iso(m.when)}">
<div class="d-flex align-items-start gap-3">
<div class="bg-body d-none d-sm-block rounded-circle" style="outline: 2px solid var(--bs-body-bg);">
<a class="d-inline-block position-relative text-decoration-none" href="/user/{us}" aria-label="Page de profil de {esc(m.author)}">
{self.avatar(m.author, "48px", component="user/picture")}
<span component="user/status" class="position-absolute translate-middle-y border border-white border-2 rounded-circle status offline"><span class="visually-hidden">Hors-ligne</span></span>
</a>
</div>
<div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0;">
<div class="d-flex align-items-start justify-content-between gap-1 flex-nowrap w-100 post-header" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="d-flex gap-1 flex-wrap align-items-center">
<meta itemprop="name" content="{esc(m.author)}">
<meta itemprop="url" content="/user/{us}">
<div class="bg-body d-sm-none">
<a class="d-inline-block position-relative text-decoration-none" href="/user/{us}">
{self.avatar(m.author, "20px", component="user/picture")}
<span component="user/status" class="position-absolute translate-middle-y border border-white border-2 rounded-circle status offline"><span class="visually-hidden">Hors-ligne</span></span>
</a>
</div>
<a class="fw-bold text-nowrap" href="/user/{us}" data-username="{esc(m.author)}" data-uid="{uid}">{esc(m.author)}</a>
{self.badge(m.author)}
<div class="d-flex gap-1 align-items-center">
<span class="text-muted">{self.wrote(t, m, parent)}</span>
<i component="post/edit-indicator" class="fa fa-edit text-muted edit-icon hidden" title="Édité Invalid Date"></i>
<span data-editor="" component="post/editor" class="visually-hidden">Dernière édition par  <span class="timeago" title="Invalid Date"></span></span>
</div>
</div>
<div class="d-flex align-items-center gap-1 justify-content-end">
<span class="bookmarked opacity-0 text-primary"><i class="fa fa-bookmark-o"></i></span>
<a href="/post/{m.id}" class="post-index text-muted d-none d-md-inline">#{i + 1}</a>
</div>
</div>
<div class="content text-break" component="post/content" itemprop="text">
{self.content(t, m, parent)}
</div>
<div component="post/footer" class="post-footer border-bottom pb-2">
{sig}
<div class="d-flex flex-wrap justify-content-end">
<a component="post/reply-count" data-target-component="post/replies/container" href="#" class="d-flex gap-2 align-items-center btn btn-ghost ff-secondary border rounded-1 p-1 text-muted text-decoration-none text-xs hidden">
<span component="post/reply-count/avatars" class="d-flex gap-1 "></span>
<span class="ms-2 replies-count fw-semibold text-nowrap" component="post/reply-count/text" data-replies="0">1 réponse</span>
<span class="ms-2 replies-last hidden-xs fw-semibold">Dernière réponse <span class="timeago" title=""></span></span>
<i class="fa fa-fw fa-chevron-down" component="post/replies/open"></i>
</a>
<div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools">
<a component="post/reply" href="#" class="btn btn-ghost btn-sm hidden" title="Répondre"><i class="fa fa-fw fa-reply text-primary"></i></a>
<a component="post/quote" href="#" class="btn btn-ghost btn-sm hidden" title="Citer"><i class="fa fa-fw fa-quote-right text-primary"></i></a>
<div class="d-flex votes align-items-center">
<a component="post/upvote" href="#" class="btn btn-ghost btn-sm" title="Voter pour ce message"><i class="fa fa-fw fa-chevron-up text-primary"></i></a>
<meta itemprop="upvoteCount" content="0">
<meta itemprop="downvoteCount" content="0">
<a href="#" class="px-2 mx-1 btn btn-ghost btn-sm" component="post/vote-count" data-votes="0" title="Votants">0</a>
<a component="post/downvote" href="#" class="btn btn-ghost btn-sm" title="Voter contre ce message"><i class="fa fa-fw fa-chevron-down text-primary"></i></a>
</div>
</div>
</div>
<div component="post/replies/container" class="my-2 col-11 border rounded-1 p-3 hidden-empty"></div>
</div>
</div>
</div>
</li>"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        pid, pname = self.parent[b.id]
        first = t.messages[0]
        n = self.n_pages(len(t.messages), self.per)
        posts = "\n".join(self.post(t, m, k * self.per + i) for i, m in enumerate(self.chunk(t, k)))
        posters = len({m.author for m in t.messages})
        url = self.base + self.turl(t)
        main = f"""{self.crumbs([(self.curl(pid, pname), pname), (self.curl(b.id, b.name), b.name), (None, t.title)])}
<div itemid="{url}" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="{esc(t.title)}">
<meta itemprop="text" content="{esc(t.title)}">
<meta itemprop="url" content="{url}">
<meta itemprop="datePublished" content="{iso(first.when)}">
<meta itemprop="dateModified" content="{iso(t.messages[-1].when)}">
<div itemprop="author" itemscope itemtype="https://schema.org/Person">
<meta itemprop="name" content="{esc(first.author)}">
<meta itemprop="url" content="/user/{self.uslug[first.author]}">
</div>
<div class="d-flex flex-column gap-3">
<div class="d-flex flex-wrap">
<div class="d-flex flex-column gap-3 flex-grow-1">
<h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break ">
<span class="topic-title" component="topic/title">{esc(t.title)}</span>
</h1>
<div class="topic-info d-flex gap-2 align-items-center flex-wrap ">
<span component="topic/labels" class="d-flex gap-2 hidden"></span>
<a href="{self.curl(b.id, b.name)}" class="badge px-1 text-truncate text-decoration-none border" style="color: #ffffff;background-color: {COLORS[b.id % len(COLORS)]};border-color: {COLORS[b.id % len(COLORS)]}!important; max-width: 70vw;"><i class="fa fa-fw fa-comments"></i> {esc(b.name)}</a>
<div data-tid="{t.id}" component="topic/tags" class="lh-1 tags tag-list d-flex flex-wrap hidden-xs hidden-empty gap-2"></div>
<div class="d-flex hidden-xs gap-2"><span class="badge text-body border border-gray-300 stats text-xs">
<i class="fa-regular fa-fw fa-message visible-xs-inline" title="Messages"></i>
<span component="topic/post-count" title="{len(t.messages)}" class="fw-bold">{_number(len(t.messages))}</span>
<span class="hidden-xs text-lowercase fw-normal">Messages</span>
</span>
<span class="badge text-body border border-gray-300 stats text-xs">
<i class="fa fa-fw fa-user visible-xs-inline" title="Publieurs"></i>
<span title="{posters}" class="fw-bold">{_number(posters)}</span>
<span class="hidden-xs text-lowercase fw-normal">Publieurs</span>
</span>
<span class="badge text-body border border-gray-300 stats text-xs">
<i class="fa fa-fw fa-eye visible-xs-inline" title="Vues"></i>
<span class="fw-bold" title="{t.views}">{_number(t.views)}</span>
<span class="hidden-xs text-lowercase fw-normal">Vues</span>
</span></div>
</div>
</div>
</div>
<div class="row mb-4 mb-lg-0">
<div class="topic col-lg-12">
<div class="d-flex gap-0 gap-lg-5">
<div class="posts-container" style="min-width: 0;">
<ul component="topic" class="posts timeline list-unstyled mt-sm-2 p-0 py-3" style="min-width: 0;" data-tid="{t.id}" data-cid="{b.id}">
{posts}
</ul>
</div>
</div>
</div>
<div data-widget-area="sidebar" class="col-lg-3 col-sm-12 hidden">
</div>
</div>
</div>
</div>
<div data-widget-area="footer">
</div>
<noscript>
{self.paginator(self.turl(t), n, k, topic=True)}
</noscript>"""
        desc = " ".join(first.text)[:255]
        links = [("canonical", "", url + (f"?page={k + 1}" if k else "")),
                 ("alternate", "application/rss+xml", f"{self.base}/topic/{t.id}.rss"),
                 ("up", "", self.base + self.curl(b.id, b.name)),
                 ("author", "", f"{self.base}/user/{self.uslug[first.author]}")]
        if k:
            links.insert(0, ("prev", "", self.base + self.thread_path(t, k - 1)))
        if k + 1 < n:
            links.insert(0, ("next", "", self.base + self.thread_path(t, k + 1)))
        meta = [("name", "title", esc(t.title)), ("property", "og:title", esc(t.title)), ("property", "og:type", "article"),
                ("property", "article:published_time", iso(first.when)),
                ("property", "article:modified_time", iso(t.messages[-1].when)),
                ("property", "article:section", esc(b.name)),
                ("name", "description", esc(desc)), ("property", "og:description", esc(desc)),
                ("property", "og:url", url + (f"?page={k + 1}" if k else ""))]
        return self.doc(f"{t.title}" + (f" | Page {k + 1}" if k else "") + f" | {self.f.name}", "topic", main, meta, links)

    # -- feeds ----------------------------------------------------------------------------------
    def rss(self, title: str, description: str, feed_url: str, site_url: str, items: list[tuple[str, str, str, str, datetime]],
            pub: datetime | None) -> str:
        """What the node `rss` module writes: (title, description html, url, author, date) items."""
        # titles and usernames are stored HTML-escaped by NodeBB, so its feeds carry them escaped
        rows = "".join(f"<item><title>{cdata(esc(ti))}</title><description>{cdata(de)}</description><link>{x(u)}</link>"
                       f'<guid isPermaLink="true">{x(u)}</guid><dc:creator>{cdata(esc(au))}</dc:creator><pubDate>{http_date(d)}</pubDate></item>'
                       for ti, de, u, au, d in items)
        pub_el = f"<pubDate>{http_date(pub)}</pubDate>" if pub else ""
        return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">'
                f"<channel><title>{cdata(esc(title))}</title><description>{cdata(description)}</description><link>{x(site_url)}</link>"
                f"<generator>RSS for Node</generator><lastBuildDate>{http_date(self.now)}</lastBuildDate>"
                f'<atom:link href="{x(feed_url)}" rel="self" type="application/rss+xml"/>{pub_el}<ttl>60</ttl>{rows}</channel></rss>')

    def html_of(self, t: Thread, m: Message) -> str:
        return self.content(t, m, self.parent_of(t, m))

    def topic_item(self, t: Thread) -> tuple[str, str, str, str, datetime]:
        last = t.messages[-1]
        return (t.title, self.html_of(t, last), f"{self.base}/topic/{self.tslug(t)}", last.author, last.when)

    def feeds(self) -> dict[str, str]:
        out = {}
        recent = sorted(self.f.threads(), key=lambda t: t.messages[-1].when, reverse=True)[:20]
        out["/recent.rss"] = self.rss("Sujets récemment actifs", "Une liste de sujets actifs récemment",
                                      f"{self.base}/recent.rss", f"{self.base}/recent",
                                      [self.topic_item(t) for t in recent], recent[0].messages[-1].when if recent else None)
        for b in self.f.boards:
            ts = self.latest_first[b.id][:20]
            out[f"/category/{b.id}.rss"] = self.rss(b.name, b.description, f"{self.base}/category/{b.id}.rss",
                                                    f"{self.base}/category/{b.id}", [self.topic_item(t) for t in ts],
                                                    ts[0].messages[-1].when if ts else None)
        for t in self.f.threads():
            first = t.messages[0]
            items = [(f"Reply to {t.title} on {http_date(m.when)}", self.html_of(t, m), f"{self.base}/post/{m.id}", m.author, m.when)
                     for m in t.messages[1:]]
            out[f"/topic/{t.id}.rss"] = self.rss(t.title, self.html_of(t, first), f"{self.base}/topic/{t.id}.rss",
                                                 f"{self.base}/topic/{self.tslug(t)}", items, first.when)
        return out

    def sitemaps(self) -> dict[str, str]:
        def urlset(rows: list[tuple[str, str | None, str, str]]) -> str:
            body = "".join(f"<url><loc>{x(self.base + u)}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "")
                           + f"<changefreq>{cf}</changefreq><priority>{pr}</priority></url>" for u, lm, cf, pr in rows)
            return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" '
                    'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">'
                    + body + "</urlset>")
        topics = sorted(self.f.threads(), key=lambda t: t.messages[-1].when, reverse=True)
        chunks = [topics[i:i + 500] for i in range(0, len(topics), 500)] or [[]]
        out = {"/sitemap/pages.xml": urlset([("/", None, "weekly", "0.6"), ("/recent", None, "daily", "0.4"),
                                             ("/users", None, "daily", "0.4"), ("/groups", None, "daily", "0.4")]),
               "/sitemap/categories.xml": urlset([(self.curl(b.id, b.name), None, "weekly", "0.4") for b in self.f.boards])}
        for i, chunk in enumerate(chunks, 1):
            out[f"/sitemap/topics.{i}.xml"] = urlset([(self.turl(t), iso(t.messages[-1].when), "daily", "0.6") for t in chunk])
        locs = ["/sitemap/pages.xml", "/sitemap/categories.xml"] + [f"/sitemap/topics.{i}.xml" for i in range(1, len(chunks) + 1)]
        out["/sitemap.xml"] = ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                               + "".join(f"\t<sitemap>\n\t\t<loc>{x(self.base + u)}</loc>\n\t</sitemap>\n" for u in locs) + "</sitemapindex>")
        return out


def item_pages(forum: Forum, now: datetime = NOW):
    return _NodeBB(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a NodeBB 3 forum keyed by path?query, and its 404 page."""
    v = _NodeBB(forum, now)
    last = v.last()
    out: dict[str, Page] = {}
    home = page(v.index(), modified=last)
    out["/"] = out["/categories"] = home
    for cid, name, boards in v.categories:
        out[v.curl(cid, name)] = page(v.parent_page(cid, name, boards), modified=last)
    for b in forum.boards:
        mod = max((t.messages[-1].when for t in b.threads), default=last)
        for k in range(v.n_pages(len(b.threads), v.tper)):
            out[v.board_path(b, k)] = page(v.board(b, k), modified=mod)
        out[v.board_path(b, 0) + "?page=1"] = out[v.board_path(b, 0)]
        out[f"/category/{b.id}"] = redirect(v.base + v.board_path(b, 0), 302)
    out.update(served(v, keep or {}))
    for t in forum.threads():
        out[v.turl(t) + "?page=1"] = out[v.turl(t)]
        out[f"/topic/{t.id}"] = redirect(v.base + v.turl(t), 302)
        for i, m in enumerate(t.messages):
            out[f"{v.turl(t)}/{i + 1}"] = out[v.thread_path(t, i // v.per)]
            out[f"/post/{m.id}"] = redirect(f"{v.base}{v.turl(t)}/{i + 1}", 302)
    for path, body in v.feeds().items():
        out[path] = page(body, RSS, modified=last)
    for path, body in v.sitemaps().items():
        out[path] = page(body, XML, modified=last)
    delay = f"Crawl-delay: {forum.crawl_delay}\n" if forum.crawl_delay else ""
    out["/robots.txt"] = page(f"User-agent: *\n{delay}Disallow: /admin/\nDisallow: /reset/\nDisallow: /compose\n"
                              f"Sitemap: {v.base}/sitemap.xml", TEXT)
    missing = v.doc(f"Page introuvable | {forum.name}", "404", """<div class="flex-fill">
<h2 class="fw-semibold tracking-tight text-center">Introuvable</h2>
<p class="lead text-center">Vous semblez être tombé(e) sur une page qui n'existe pas.</p>
<p class="text-center"><a href="/">Retourner à l'accueil</a></p>
</div>""")
    return out, page(missing, status=404)


IGNORED_PARAMS = {"_", "lang", "sort"}
