"""Vanilla Forums (open source, 2021 release line, default theme), French, as its server answers a crawler.

Written blind from the engine's real templates (vanilla/vanilla at c54714b2 and at 76c23337), not from any parser:
- `applications/dashboard/views/default.master.tpl`: `#Frame`, `.Head#Head` with `strong.SiteTitle`,
  `ul.SiteMenu`, `#Body` with `.BreadcrumbsWrapper`, `#Panel` (MeModule for guests, categories module)
  and `#Content`, `#Foot` with "Forum Software Powered by Vanilla".
- `applications/vanilla/views/discussion/index.php` and `discussion.php` (the opening post:
  `div#Discussion_N.Item.ItemDiscussion` with `.AuthorWrap span.Author` = `userPhoto` + `userAnchor`,
  `.Meta.DiscussionMeta span.MItem.DateCreated` = a permalink around `Gdn_Format::date($d, 'html')`,
  `span.MItem.Category` " dans " category link, `.Item-Body .Message.userContent`), `comments.php` and
  `helper_functions.php::writeComment` (`li.Item.ItemComment#Comment_N` with the same header, permalink
  `/discussion/comment/N/#Comment_N` named `Item_<offset>`), `h2.CommentHeading` "Réponses", the comment
  pager (`PagerModule`: `span.Previous`/`a.Previous[rel=prev]` «, `a.Pager-p.p-N`, `a.Next[rel=next]` »).
  Page 1 shows the discussion and the first comments; later pages only comments (`Vanilla.Comments.PerPage`).
- `library/Vanilla/Formatting/DateTimeFormatter.php::formatDate` with the fr locale (vanilla/locales
  `vf_fr/site_core.php`: Date.DefaultTimeFormat `g:iA`, DefaultDayFormat `%e %b`, DefaultYearFormat `%B %Y`,
  DefaultDateTimeFormat `%e %B %Y %l:%M%p`, strftime under fr_FR where %p is empty):
  `<time title="4 mars 2025 3:05" datetime="2025-03-04T14:05:00+00:00">mars 2025</time>`; guests see
  the forum's own (Paris) time, `datetime` is `gmdate('c')`.
- Posts in BBCode format (`library/core/class.bbcode.php`, Nbbc): lines as `<br />`, URLs autolinked, a
  quote made by the Quote button (`[quote="Nom;c-N"]`) as `blockquote.Quote.UserQuote` with
  `div.QuoteAuthor` ("<userAnchor> a écrit:" and a `a.QuoteLink` to the quoted comment) and `div.QuoteText`.
- Signatures addon (`plugins/Signatures/class.signatures.plugin.php`): `div.Signature.UserSignature.userContent`.
- `applications/vanilla/views/discussions/helper_functions.php::writeDiscussion` (list items: title link,
  "%s vues", "%s réponses", "Dernier message par", last date, category with its accessible label), `categories/table.php`
  (the table layout: categories under their heading categories), `discussions/index_rss.php` in
  `dashboard/views/rss.master` (`/discussions/feed.rss`, `/categories/CODE/feed.rss`: discussions, not
  comments), Sitemaps addon with its per-category discussion sitemaps (`/sitemapindex.xml`,
  `/sitemap-category-CODE-1-1000.xml`, `views/sitemapindex.php`, `views/sitemap.php`, `views/robots.php`).
- fr strings from vanilla/locales `vf_fr/site_core.php` and `dash_core.php`.
URLs: `/discussion/N/slug`, `/discussion/N/slug/p2`, `/discussions`, `/discussions/p2`, `/categories`,
`/categories/code`, `/categories/code/p2`, `/profile/Name`, `/discussion/comment/N` (redirect). The home page
is the recent discussions or the categories (Garden's DefaultController), by host.
Not rendered: reactions, user avatars' real images (the default icon), the comment form (guests).
"""
from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote as urlquote

from sectorweb.dates import NOW, iso_utc, rfc822
from sectorweb.families import make_slug
from sectorweb.families.common import HTML, RSS, TEXT, XML, Page, autolink, cdata, page, redirect
from sectorweb.families.flarum import b as h  # PHP htmlspecialchars with ENT_QUOTES, as Vanilla calls it
from sectorweb.families.forumkit import ForumView, render_forum
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread

ABMON = ["janv.", "févr.", "mars", "avril", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
       "novembre", "décembre"]
SITEMAP_LIMIT = 1000
IGNORED_PARAMS = {"Target", "TransientKey"}


def slug(text: str) -> str:
    return make_slug("vanilla", text, set())


def thread_url(host: str, thread: Thread) -> str:
    return f"http://{host}/discussion/{thread.id}/{slug(thread.title)}"


def _h12(d: datetime) -> str:
    return str(d.hour % 12 or 12)


def vshort(d: datetime, now: datetime) -> str:
    """`DateTimeFormatter::formatDate($ts)` under the fr locale: the time today, the day this year, else the month."""
    if d.date() == now.date():
        return f"{_h12(d)}:{d:%M}{'AM' if d.hour < 12 else 'PM'}"
    if d.year == now.year:
        return f"{d.day} {ABMON[d.month - 1]}"
    return f"{MON[d.month - 1]} {d.year}"


def vdate(d: datetime, now: datetime) -> str:
    """`Gdn_Format::date($ts, 'html')` under the fr locale."""
    full = f"{d.day} {MON[d.month - 1]} {d.year} {_h12(d)}:{d:%M}"
    return f'<time title="{full}" datetime="{iso_utc(d)}">{vshort(d, now)}</time>'


class _Vanilla(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.code = {b.id: slug(b.name) for b in forum.boards}
        self.parents = {}
        for _, name, boards in self.categories:
            self.parents[name] = (slug(name), boards)
        self.all = sorted(forum.threads(), key=lambda t: t.messages[-1].when, reverse=True)
        self.home_is_categories = int(hashlib.md5(forum.host.encode()).hexdigest(), 16) % 3 == 0

    # -- urls -----------------------------------------------------------------------------------
    def durl(self, t: Thread, k: int = 0) -> str:
        return f"/discussion/{t.id}/{slug(t.title)}" + (f"/p{k + 1}" if k else "")

    def thread_path(self, t: Thread, k: int) -> str:
        return self.durl(t, k)

    def board_path(self, b: Board, k: int) -> str:
        return f"/categories/{self.code[b.id]}" + (f"/p{k + 1}" if k else "")

    def profile(self, name: str) -> str:
        return f"{self.base}/profile/{urlquote(name.replace('/', '%2f').replace('&', '%26'), safe='')}"

    # -- paging: the discussion is not one of the comments ----------------------------------
    def npages(self, t: Thread) -> int:
        return self.n_pages(len(t.messages) - 1, self.per)

    def comments(self, t: Thread, k: int) -> list[Message]:
        return t.messages[1 + k * self.per:1 + (k + 1) * self.per]

    def item_pages(self):
        for t in self.f.threads():
            for k in range(self.npages(t)):
                last = (self.comments(t, k) or t.messages[:1])[-1]
                yield (self.thread_path(t, k), len(t.messages),
                       lambda t=t, k=k, last=last: page(self.thread(t, k), modified=last.when))

    # -- fragments ------------------------------------------------------------------------------
    def anchor(self, name: str, css: str = "Username") -> str:
        return (f'<a href="{h(self.profile(name))}" class="{(css + " js-userCard").strip()}" '
                f'data-userid="{self.f.users[name]}">{h(name)}</a>')

    def photo(self, name: str) -> str:
        return (f'<a title="{h(name)}" href="{h(self.profile(name))}" class="PhotoWrap js-userCard" '
                f'aria-label="{h(f"Utilisateur : « {name} »")}" data-userid="{self.f.users[name]}"><img src="{self.base}/applications/dashboard/design/images/defaulticon.png" '
                f'alt="{h(name)}" class="ProfilePhoto ProfilePhotoMedium" data-fallback="avatar" /></a>')

    def pager(self, url, k: int, n: int, client: str, wrapper: str = "div") -> str:
        """`PagerModule::toString` (numbered, range 3)."""
        if n <= 1:
            return ""
        cur = k + 1

        def purl(p: int) -> str:
            return url(p - 1)

        def cls(p: int) -> str:
            c = ("Highlight" if p == cur else "") + f" Pager-p p-{p}"
            return c + (" FirstPage" if p == 1 else " LastPage" if p == n else "")

        def num(p: int) -> str:
            rel = ' rel="prev"' if p == cur - 1 else ' rel="next"' if p == cur + 1 else ""
            cur_attr = ' aria-current="page"' if p == cur else ""
            return f'<a href="{purl(p)}" class="{cls(p)}" aria-label="Page {p}" tabindex="0"{rel}{cur_attr}>{p}</a>'

        out = ('<span class="Previous Pager-nav" aria-disabled="true">«</span>' if cur == 1 else
               f'<a href="{purl(cur - 1)}" class="Previous" rel="prev" tabindex="0" title="Page précédente" '
               f'aria-label="Page précédente">«</a>')
        show = 7 if 9 < n else n
        ell = '<span class="Ellipsis">&#8230;</span>'
        count = show + 2
        if n <= show:
            out += "".join(num(p) for p in range(1, n + 1))
        elif cur + 3 <= show + 1:
            out += "".join(num(p) for p in range(1, show + 1)) + ell + num(n)
            count += 2
        elif cur + 3 >= n - 1:
            out += num(1) + ell + "".join(num(p) for p in range(n - show + 1, n + 1))
            count += 2
        else:
            out += num(1) + ell + "".join(num(p) for p in range(cur - 3, cur + 4)) + ell + num(n)
            count += 4
        out += ('<span class="Next Pager-nav" aria-disabled="true">»</span>' if cur == n else
                f'<a href="{purl(cur + 1)}" class="Next" rel="next" tabindex="0" title="Page suivante" '
                f'aria-label="Page suivante">»</a>')
        side = "Before" if client == "less" else "After"
        where = "Haut" if client == "less" else "Bas"
        return (f'<{wrapper} role="navigation" id="Pager{side}" aria-label="Pagination - {where}" '
                f'class="Pager PagerLinkCount-{count} NumberedPager">{out}</{wrapper}>')

    def body(self, t: Thread, m: Message) -> str:
        """Nbbc's rendering of the BBCode source: line breaks as <br />, URLs autolinked, [quote]."""
        text = "<br />\n<br />\n".join(autolink(p, "nofollow") for p in m.text)
        if not m.quote:
            return text
        who, said = m.quote
        i = self.index_of[m.id]
        parent = next((p for p in reversed(t.messages[:i]) if p.author == who), None)
        user = self.anchor(who) if who in self.f.users else \
            f'<a href="/profile/{urlquote(who, safe="")}">{h(who)}</a>'
        title = f"{user} a écrit:"
        if parent is not None:
            target = f"/discussion/{t.id}" if parent is t.messages[0] else f"/discussion/comment/{parent.id}#Comment_{parent.id}"
            title += f' <a href="{target}" class="QuoteLink"><span class="ArrowLink">»</span></a>'
        return (f'\n<blockquote class="Quote UserQuote">\n<div class="QuoteAuthor">{title}</div>\n'
                f'<div class="QuoteText">{autolink(said, "nofollow")}</div>\n</blockquote>\n{text}')

    def signature(self, m: Message) -> str:
        if not m.signature:
            return ""
        return f'<div class="Signature UserSignature userContent ">{autolink(m.signature, "nofollow")}</div>'

    def header(self, name: str) -> str:
        return f"""<div class="AuthorWrap">
                <span class="Author">
                    {self.photo(name)}{self.anchor(name)}                </span>
                <span class="AuthorInfo"></span>
            </div>"""

    def category_link(self, b: Board, label: str | None = None) -> str:
        aria = h(label if label is not None else f"Catégorie: « {b.name} »")
        return f'<a href="{self.base}{self.board_path(b, 0)}" aria-label="{aria}">{h(b.name)}</a>'

    # -- page frame -----------------------------------------------------------------------------
    def crumbs(self, trail: list[tuple[str, str]]) -> str:
        items = [f'<span class="CrumbLabel HomeCrumb"><a href="{self.base}/"><span>Accueil</span></a></span>']
        for url, label in trail:
            items.append(f'<span class="CrumbLabel"><a href="{url}"><span>{h(label)}</span></a></span>')
        return '<span class="Breadcrumbs">' + ' <span class="Crumb">›</span> '.join(items) + "</span>"

    def panel(self) -> str:
        cats = "".join(f'<li class="ClearFix Heading Depth1"><span class="Aside"></span> {h(name)}</li>\n'
                       + "".join(f'<li class="ClearFix Depth2"><span class="Aside"><span class="Count">{len(b.threads)}</span></span> '
                                 f'<a href="{self.base}{self.board_path(b, 0)}" class="ItemLink">{h(b.name)}</a></li>\n'
                                 for b in boards)
                       for name, (_, boards) in self.parents.items())
        return f"""<div class="Box GuestBox">
    <h4>Salutation, Étranger !</h4>
    <p class="ButtonWrap"><a href="{self.base}/entry/signin" class="Button Primary SignInPopup" rel="nofollow">Connexion</a> <a href="{self.base}/entry/register" class="Button ApplyButton" rel="nofollow">S'inscrire</a></p>
</div>
<div class="Box BoxCategories">
    <h4><a href="{self.base}/categories">Catégories</a></h4>
    <ul class="PanelInfo PanelCategories">
<li class="ClearFix"><a href="{self.base}/discussions" class="ItemLink">Toutes les catégories</a></li>
{cats}    </ul>
</div>"""

    def doc(self, title: str, body_id: str, content: str, canonical: str, trail: list[tuple[str, str]],
            prev: str | None = None, nxt: str | None = None, feed: str | None = None, desc: str | None = None) -> str:
        f = self.f
        full = f"{title} — {f.name}" if title else f.name
        head = [f"<title>{h(full)}</title>",
                f'<link rel="stylesheet" href="{self.base}/applications/dashboard/design/style.css?v=2021.003" media="all" />',
                f'<link rel="stylesheet" href="{self.base}/applications/vanilla/design/tag.css?v=2021.003" media="all" />',
                f'<link rel="shortcut icon" href="{self.base}/themes/default/design/favicon.png" type="image/x-icon" />',
                f'<link rel="canonical" href="{h(canonical)}" />']
        if prev:
            head.append(f'<link rel="prev" href="{h(prev)}" />')
        if nxt:
            head.append(f'<link rel="next" href="{h(nxt)}" />')
        head.append(f'<link rel="alternate" type="application/rss+xml" title="{h(full)}" href="{h(feed or self.base + "/discussions/feed.rss")}" />')
        head += [f'<meta property="og:site_name" content="{h(f.name)}" />',
                 f'<meta name="twitter:title" property="og:title" content="{h(title or f.name)}" />',
                 f'<meta property="og:url" content="{h(canonical)}" />',
                 f'<meta name="description" property="og:description" content="{h(desc if desc is not None else f.tagline)}" />',
                 '<meta name="viewport" content="width=device-width, initial-scale=1" />',
                 f'<script src="{self.base}/js/library/jquery.js?v=2021.003"></script>',
                 f'<script src="{self.base}/js/global.js?v=2021.003"></script>']
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>
    <meta charset="utf-8">
    {chr(10).join("  " + x_ for x_ in head)}
</head>
<body id="{body_id}" class="Vanilla {body_id.split('_')[1].capitalize() if '_' in body_id else ''} Section-{body_id}">
    <div id="Frame">
        <div class="Head" id="Head" role="banner">
            <div class="Row">
                <strong class="SiteTitle"><a href="{self.base}/">{h(f.name)}</a></strong>
                <div class="SiteSearch" role="search"><form method="get" action="{self.base}/search"><div><input type="text" id="Form_Search" name="Search" value="" placeholder="Rechercher" accesskey="/" aria-label="Rechercher" title="Rechercher" role="searchbox" class="InputBox js-search" /><input type="submit" id="Form_Go" name="" value="Go" class="Button" aria-label="Rechercher" /></div></form></div>
                <ul class="SiteMenu">
                    <li><a href="{self.base}/discussions" class="">Discussions</a></li>
                    <li><a href="{self.base}/activity" class="">Activité</a></li>
                </ul>
            </div>
        </div>
        <div id="Body">
            <div class="Row">
                <div class="BreadcrumbsWrapper">{self.crumbs(trail)}</div>
                <div class="Column PanelColumn" id="Panel" role="complementary">
                    {self.panel()}
                </div>
                <div class="Column ContentColumn" id="Content" role="main">{content}</div>
            </div>
        </div>
        <div id="Foot" role="contentinfo">
            <div class="Row">
                <a href="https://open.vanillaforums.com" class="PoweredByVanilla" title="Community Software by Vanilla Forums">Forum Software
                    Powered by Vanilla</a>
            </div>
        </div>
    </div>
</body>
</html>
"""

    # -- listings -------------------------------------------------------------------------------
    def item(self, t: Thread) -> str:
        first, last = t.messages[0], t.messages[-1]
        b = self.board_of[t.id]
        if len(t.messages) > 1:
            by = (f' <span class="MItem LastCommentBy">Dernier message par {self.anchor(last.author, "")}</span> '
                  f' <span class="MItem LastCommentDate">{vdate(last.when, self.now)}</span>')
            label = (f"Le plus récent commentaire du {vshort(last.when, self.now)}, dans la discussion « {t.title} », "
                     f"par l'utilisateur « {last.author} »")
        else:
            by = (f' <span class="MItem LastCommentBy">Créée par {self.anchor(first.author, "")}</span> '
                  f' <span class="MItem LastCommentDate">{vdate(first.when, self.now)}</span> ')
            label = f"L'utilisateur « {first.author} » a commencé la discussion « {t.title} » le {vshort(first.when, self.now)}"
        views = f"{t.views} vue" if t.views == 1 else f"{t.views} vues"
        nc = len(t.messages) - 1
        comments = f"{nc} réponse" if nc == 1 else f"{nc} réponses"
        return f"""<li id="Discussion_{t.id}" class="Item ItemDiscussion pageBox">
    <span class="Options"></span>
    <div class="ItemContent Discussion">
        <div class="Title" role="heading" aria-level="3"><a href="{self.base}{self.durl(t)}">{h(t.title)}</a></div>
        <div class="Meta Meta-Discussion">
            <span class="MItem MCount ViewCount">{views}</span>
            <span class="MItem MCount CommentCount">{comments}</span>
{by}            <span class="MItem Category Category-{self.code[b.id]}">{self.category_link(b, label).replace(" aria-label=", ' tabindex="0" aria-label=')}</span>
        </div>
    </div>
</li>
"""

    def listing(self, threads: list[Thread], k: int, n: int, url, heading: str, desc: str = "") -> str:
        items = "".join(self.item(t) for t in threads[k * self.tper:(k + 1) * self.tper])
        d = f'\n    <div class="PageDescription">{h(desc)}</div>' if desc else ""
        return f"""<div class="pageHeadingBox PageTitle">
    <h1 class="H HomepageTitle">{h(heading)}</h1>{d}
</div>
<div class="PageControls Top">{self.pager(url, k, n, "less")}</div>
<h2 class="sr-only">Liste des discussions</h2>
<ul class="DataList Discussions pageBox">
{items}</ul>
<div class="PageControls Bottom">{self.pager(url, k, n, "more")}</div>
"""

    def recent(self, k: int) -> str:
        n = self.n_pages(len(self.all), self.tper)

        def url(p: int) -> str:
            return f"{self.base}/discussions" + (f"/p{p + 1}" if p else "")
        return self.doc("Discussions récentes", "vanilla_discussions_index",
                        self.listing(self.all, k, n, url, "Discussions récentes"), url(k), [],
                        url(k - 1) if k else None, url(k + 1) if k + 1 < n else None)

    def board(self, b: Board, k: int) -> str:
        threads = self.latest_first[b.id]
        n = self.n_pages(len(threads), self.tper)

        def url(p: int) -> str:
            return self.base + self.board_path(b, p)
        code = self.parents[b.category][0]
        return self.doc(b.name, "vanilla_categories_index",
                        self.listing(threads, k, n, url, b.name, b.description), url(k),
                        [(f"{self.base}/categories/{code}", b.category), (url(0), b.name)],
                        url(k - 1) if k else None, url(k + 1) if k + 1 < n else None,
                        feed=f"{self.base}/categories/{self.code[b.id]}/feed.rss", desc=b.description)

    def categories_page(self) -> str:
        rows = []
        for name, (code, boards) in self.parents.items():
            rows.append(f"""<h2 class="CategoryGroupTitle"><a href="{self.base}/categories/{code}">{h(name)}</a></h2>
<div class="DataTableContainer Group-{code}">
<table class="DataTable CategoryTable">
<thead><tr><td class="CategoryName"><div class="Wrap">Catégorie</div></td><td class="BigCount CountDiscussions"><div class="Wrap">Discussions</div></td><td class="BigCount CountComments"><div class="Wrap">Réponses</div></td><td class="BlockColumn LatestPost"><div class="Wrap">Dernier message</div></td></tr></thead>
<tbody>
""")
            for b in boards:
                latest = self.latest_first[b.id][:1]
                last = ""
                if latest:
                    t = latest[0]
                    m = t.messages[-1]
                    last = (f'<div class="Block Wrap">{self.photo(m.author)}<a class="BlockTitle LatestPostTitle" href="{self.base}{self.durl(t)}">{h(t.title)}</a>'
                            f'<div class="Meta">{self.anchor(m.author, "UserLink MItem")} <span class="Bullet">•</span> '
                            f'<span class="MItem">{vdate(m.when, self.now)}</span></div></div>')
                rows.append(f"""<tr id="Category_{b.id}" class="Item Depth2 Category-{self.code[b.id]}">
<td class="CategoryName"><div class="Wrap"><div class="Title" role="heading" aria-level="3"><a href="{self.base}{self.board_path(b, 0)}">{h(b.name)}</a></div><div class="CategoryDescription">{h(b.description)}</div></div></td>
<td class="BigCount CountDiscussions"><div class="Wrap"><span class="Number" title="{len(b.threads)} discussions">{len(b.threads)}</span></div></td>
<td class="BigCount CountComments"><div class="Wrap"><span class="Number">{sum(len(t.messages) - 1 for t in b.threads)}</span></div></td>
<td class="BlockColumn LatestPost">{last}</td>
</tr>
""")
            rows.append("</tbody>\n</table>\n</div>\n")
        content = f"""<div class="pageHeadingBox PageTitle"><h1 class="H HomepageTitle">Catégories</h1></div>
{"".join(rows)}"""
        return self.doc("Catégories", "vanilla_categories_index", content, self.base + "/categories", [])

    def heading_page(self, name: str) -> str:
        code, boards = self.parents[name]
        items = "".join(f"""<li id="Category_{b.id}" class="Item Category-{self.code[b.id]}"><div class="ItemContent Category"><div class="TitleWrap"><a href="{self.base}{self.board_path(b, 0)}" class="Title">{h(b.name)}</a></div><div class="CategoryDescription">{h(b.description)}</div><div class="Meta"><span class="MItem DiscussionCount">{len(b.threads)} discussions</span></div></div></li>
""" for b in boards)
        content = f"""<div class="pageHeadingBox PageTitle"><h1 class="H HomepageTitle">{h(name)}</h1></div>
<ul class="DataList CategoryList">
{items}</ul>"""
        return self.doc(name, "vanilla_categories_index", content, f"{self.base}/categories/{code}",
                        [(f"{self.base}/categories/{code}", name)])

    def index(self) -> str:
        return self.categories_page() if self.home_is_categories else self.recent(0)

    # -- discussion -----------------------------------------------------------------------------
    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        n = self.npages(t)
        first = t.messages[0]

        def url(p: int) -> str:
            return self.base + self.durl(t, p)
        disc = ""
        if k == 0:
            disc = f"""<div id="Discussion_{t.id}" class="Item ItemDiscussion pageBox">
    <div class="Discussion">
        <div class="Item-Header DiscussionHeader">
            {self.header(first.author)}
            <div class="Meta DiscussionMeta">
                <span class="MItem DateCreated">
                    <a href="{url(0)}" class="Permalink" rel="nofollow">{vdate(first.when, self.now)}</a>
                </span>
                 <span class="MItem Category"> dans {self.category_link(b)}</span> 
            </div>
        </div>
        <div class="Item-BodyWrap">
            <div class="Item-Body">
                <div class="Message userContent">
                    {self.body(t, first)}
                </div>
                {self.signature(first)}
            </div>
        </div>
    </div>
</div>"""
        lis = []
        for i, m in enumerate(self.comments(t, k)):
            off = k * self.per + i + 1
            op = " isOriginalPoster" if m.author == first.author else ""
            lis.append(f"""<li class="Item ItemComment{op} pageBox" id="Comment_{m.id}">
            <div class="Comment">
                <div class="Options"></div>
                <div class="Item-Header CommentHeader">
                    {self.header(m.author)}
                    <div class="Meta CommentMeta CommentInfo">
                        <span class="MItem DateCreated">
                           <a href="{self.base}/discussion/comment/{m.id}/#Comment_{m.id}" class="Permalink" name="Item_{off}" rel="nofollow">{vdate(m.when, self.now)}</a>
                        </span>
                    </div>
                </div>
                <div class="Item-BodyWrap">
                    <div class="Item-Body">
                        <div class="Message userContent">
                            {self.body(t, m)}
                        </div>
                        {self.signature(m)}
                    </div>
                </div>
            </div>
        </li>
""")
        heading = '<h2 class="CommentHeading">Réponses</h2>' if lis else ""
        content = f"""<div class="MessageList Discussion"><div id="Item_0" class="PageTitle pageHeadingBox"><div class="Options"></div><h1>{h(t.title)}</h1></div>{disc}</div>
<div class="CommentsWrap"><span class="BeforeCommentHeading">{self.pager(url, k, n, "less", "span")}</span><div class="DataBox DataBox-Comments">{heading}
<ul class="MessageList DataList Comments{' pageBox' if lis else ''}">
        {"".join(lis)}</ul>
</div><div class="P PagerWrap">{self.pager(url, k, n, "more")}</div></div>
<div class="Foot Closed"><div class="Note Closed SignInOrRegister"><a href="{self.base}/entry/signin?Target={urlquote(self.durl(t, k), safe='')}" class="Button Stash" rel="nofollow">Connexion</a> ou <a href="{self.base}/entry/register?Target={urlquote(self.durl(t, k), safe='')}" class="Button Stash" rel="nofollow">S'inscrire</a> pour répondre.</div></div>"""
        title = t.title
        desc = " ".join(first.text)[:160]
        return self.doc(title, "vanilla_discussion_index", content, url(k),
                        [(f"{self.base}/categories/{self.parents[b.category][0]}", b.category), (self.base + self.board_path(b, 0), b.name)],
                        url(k - 1) if k else None, url(k + 1) if k + 1 < n else None, desc=desc)

    def profile_page(self, name: str) -> str:
        joined = self.joined(name)
        role = "Administrateur" if name in self.f.admins else "Membre"
        content = f"""<div class="Profile">
<div class="User" itemscope itemtype="http://schema.org/Person">
    <h1 class="H">{h(name)}</h1>
    <div class="About P">
        <h2 class="H">À propos</h2>
        <dl class="About">
            <dt class="Name">Nom d'utilisateur</dt>
            <dd class="Name" itemprop="name">{h(name)}</dd>
            <dt class="Joined">Inscrit</dt>
            <dd class="Joined">{vdate(joined, self.now)}</dd>
            <dt class="Visits">Visites</dt>
            <dd class="Visits">{self.n_posts[name] * 3 + 1}</dd>
            <dt class="Roles">Statuts</dt>
            <dd class="Roles">{role}</dd>
            <dt class="Posts">Messages</dt>
            <dd class="Posts">{self.n_posts[name]}</dd>
        </dl>
    </div>
</div>
</div>"""
        return self.doc(name, "dashboard_profile_index", content, self.profile(name), [(self.profile(name), name)])

    # -- feeds and sitemaps ---------------------------------------------------------------------
    def feed(self, title: str, self_url: str, threads: list[Thread]) -> str:
        items = "".join(f"""    <item>
        <title>{x(t.title)}</title>
        <link>{x(self.base + self.durl(t))}</link>
        <pubDate>{rfc822(t.messages[0].when)}</pubDate>
        <category>{x(self.board_of[t.id].name)}</category>
        <dc:creator>{x(t.messages[0].author)}</dc:creator>
        <guid isPermaLink="false">{t.id}@{self.base}/discussions</guid>
        <description>{cdata(self.body(t, t.messages[0]))}
        </description>
    </item>
""" for t in threads)
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"
    xmlns:content="http://purl.org/rss/1.0/modules/content/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:atom="http://www.w3.org/2005/Atom">
    <channel>
        <title>{x(title)}</title>
        <link>{self.base}/</link>
        <pubDate>{rfc822(self.last())}</pubDate>
        <language>fr</language>
            <description>{x(title)}</description>
    <atom:link href="{x(self_url)}" rel="self" type="application/rss+xml"/>
{items}   </channel>
</rss>"""

    def sitemaps(self) -> dict[str, str]:
        out = {}
        idx = []
        for b in self.f.boards:
            if not b.threads:
                continue
            threads = self.latest_first[b.id]
            for i in range(0, len(threads), SITEMAP_LIMIT):
                name = f"/sitemap-category-{urlquote(self.code[b.id], safe='')}-{i + 1}-{i + SITEMAP_LIMIT}.xml"
                lm = f"<lastmod>{iso_utc(threads[0].messages[-1].when)}</lastmod>" if i == 0 else ""
                idx.append(f"<sitemap><loc>{self.base}{name}</loc>{lm}</sitemap>\n")
                urls = "".join(f"<url><loc>{self.base}{self.durl(t)}</loc><lastmod>{iso_utc(t.messages[-1].when)}</lastmod></url>\n"
                               for t in threads[i:i + SITEMAP_LIMIT])
                out[name] = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                             + urls + "</urlset>")
        out["/sitemapindex.xml"] = ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                    + "".join(idx) + "\n</sitemapindex>")
        return out


def item_pages(forum: Forum, now: datetime = NOW):
    return _Vanilla(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Vanilla forum keyed by path?query, and its 404 page."""
    v = _Vanilla(forum, now)
    extra: dict[str, tuple[str, str]] = {}
    n = v.n_pages(len(v.all), v.tper)
    for k in range(n):
        extra["/discussions" + (f"/p{k + 1}" if k else "")] = (v.recent(k), HTML)
    extra["/categories"] = (v.categories_page(), HTML)
    for name, (code, _) in v.parents.items():
        if f"/categories/{code}" not in {v.board_path(b, 0) for b in forum.boards}:
            extra[f"/categories/{code}"] = (v.heading_page(name), HTML)
    for name in forum.users:
        extra[v.profile(name).removeprefix(v.base)] = (v.profile_page(name), HTML)
    extra["/discussions/feed.rss"] = (v.feed(f"Discussions récentes — {forum.name}", v.base + "/discussions/feed.rss", v.all[:30]), RSS)
    for b in forum.boards:
        path = f"/categories/{v.code[b.id]}/feed.rss"
        extra[path] = (v.feed(f"{b.name} — {forum.name}", v.base + path, v.latest_first[b.id][:30]), RSS)
    for path, body in v.sitemaps().items():
        extra[path] = (body, XML)
    missing = v.doc("Page introuvable", "dashboard_home_filenotfound", """<div class="Center SplashInfo">
    <h1>Page introuvable</h1>
    <div id="Message">La page que vous recherchez n'a pu être trouvée.</div>
</div>""", v.base + "/", [])
    out, notfound = render_forum(v, ["/"], extra, "", missing, keep)
    for t in forum.threads():
        for i, m in enumerate(t.messages[1:]):  # /discussion/comment/N: Vanilla sends the reader to its page
            k = i // v.per
            out[f"/discussion/comment/{m.id}"] = redirect(f"{v.base}{v.durl(t, k)}#Comment_{m.id}", 302)
        out[f"/discussion/{t.id}"] = redirect(v.base + v.durl(t))
    delay = f"Crawl-delay: {forum.crawl_delay}\n" if forum.crawl_delay else ""
    out["/robots.txt"] = page(f"Sitemap: {v.base}/sitemapindex.xml\nUser-agent: *\n{delay}Disallow: /entry/\n"
                              f"Disallow: /messages/\nDisallow: /profile/comments/\nDisallow: /profile/discussions/\n"
                              f"Disallow: /search/\n", TEXT)
    return out, notfound
