"""Invision Community 4.6/4.7 (IPS) forums, default theme, French language pack.

Written blind from the engine's real templates and code (the IPS 4 developer tree held in the public
repository mickpurple/invision-moneymotion), not from the crawler's parsers:
- `applications/forums/dev/html/front/topics/postContainer.phtml`: each post is
  `<a id='comment-PID'>` then `article#elComment_PID.cPost.ipsBox.ipsComment…` with the author pane
  `aside.ipsComment_author.cAuthorPane` (`h3.cAuthorPane_author > strong > a` from `global/userLink.phtml`,
  `ul.cAuthorPane_info`: photo `global/userPhoto.phtml` (letter avatar SVG), `li[data-role=group]`, the
  post count in `li[data-role=stats]`), and `topics/post.phtml`: `div#comment-PID_wrap[data-commentID]
  [data-quoteData]`, `div.ipsComment_meta` with `$comment->dateLine()` ("Publié(e) le" + `DateTime::html()`:
  `<time datetime='…Z' title='04/12/2026 10:15' data-short='…'>4 décembre</time>`, relative as
  `DateTime::relative` writes it: "il y a 3 heures", "hier à 10:15", "4 décembre", "4 décembre 2025"),
  `div.cPost_contentWrap > div[data-role=commentContent].ipsType_richText`, quote/multiquote controls, and
  the signature (`global/signature.phtml`, `div[data-role=memberSignature]`). Quotes are the stored
  editor HTML `blockquote.ipsQuote[data-ipsquote-username][data-ipsquote-contentcommentid]…` with
  `div.ipsQuote_citation` and `div.ipsQuote_contents`.
- `topics/topic.phtml` (`div.ipsPageHeader`, `h1.ipsType_pageTitle`, byline "Par X", `#comments`,
  `#elPostFeed[data-role=commentFeed]`), `forums/topicRow.phtml` (`li.ipsDataItem[data-rowID]`,
  `h4.ipsDataItem_title a`, byline, `ul.ipsDataItem_stats` réponses/vues, `ul.ipsDataItem_lastPoster`),
  `index/index.phtml` + `index/forumRow.phtml` (`ol.cForumList > li.cForumRow[data-categoryID]` with
  `h2.cForumTitle`, `ol.ipsDataList` of forums with post counts and last post),
  `global/global/pagination.phtml` (`ul.ipsPagination`, `/page/N/`), `globalTemplate.phtml`.
- The topic controller's JSON-LD `DiscussionForumPosting` with its page's `comment`s
  (`modules/front/forums/topic.php`), the forum RSS `forum/{id}-{slug}.xml` (`data/furl.json`),
  `/sitemap.php` and the robots.txt `Dispatcher\\Front::robotsTxtRules()` writes.
URLs: `/forums/forum/ID-slug/`, `/forums/topic/ID-slug/`, `…/page/2/`, `/profile/ID-name/`,
`/forums/topic/ID-slug/?do=findComment&comment=PID` (redirects to the page holding it).
"""
from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote as urlquote

from sectorweb.dates import JOURS, MOIS, NOW, rfc822, to_utc
from sectorweb.families import make_slug
from sectorweb.families.common import RSS, TEXT, XML, Page, autolink, cdata, esc, page, redirect, script_json, served
from sectorweb.families.forumkit import ForumView
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread

MOIS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
BG = ["c4a562", "62c4b5", "7b62c4", "c46283", "62a0c4", "8dc462", "c48162", "6275c4"]


def slug(text: str) -> str:
    return make_slug("invision", text, set())


def thread_url(host: str, thread: Thread) -> str:
    return f"http://{host}/forums/topic/{thread.id}-{slug(thread.title)}/"


def q(text: str) -> str:
    """IPS output escaping (htmlspecialchars, ENT_QUOTES): safe in its single-quoted attributes too."""
    return esc(text).replace("'", "&#039;")


def rfc3339(d: datetime) -> str:
    return to_utc(d).strftime("%Y-%m-%dT%H:%M:%SZ")


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


class _IPS(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)

    # -- urls -----------------------------------------------------------------------------------
    def turl(self, t: Thread) -> str:
        return f"/forums/topic/{t.id}-{slug(t.title)}/"

    def furl(self, b: Board) -> str:
        return f"/forums/forum/{b.id}-{slug(b.name)}/"

    def board_path(self, b: Board, k: int) -> str:
        return self.furl(b) + (f"page/{k + 1}/" if k else "")

    def thread_path(self, t: Thread, k: int) -> str:
        return self.turl(t) + (f"page/{k + 1}/" if k else "")

    def profile(self, name: str) -> str:
        return f"{self.base}/profile/{self.f.users[name]}-{slug(name)}/"

    # -- dates ----------------------------------------------------------------------------------
    def relative(self, d: datetime, short: bool = False) -> str:
        """`DateTime::relative()` with the French pack (lower-case forms, as in a sentence)."""
        now = self.now
        diff = now - d
        if short and now.year != d.year:
            years = (now - d).days // 365
            return _plural(years, "an", "ans") if years else f"{d.day} {MOIS_ABBR[d.month - 1]}"
        if now.year == d.year and diff.total_seconds() >= 0:
            if diff.days >= 6:
                return f"{d.day} {MOIS_ABBR[d.month - 1]}" if short else f"{d.day} {MOIS[d.month - 1]}"
            if diff.days:
                if short:
                    return f"{diff.days} j"
                if (d.date() - now.date()).days == -1:
                    return f"hier à {d:%H:%M}"
                return f"{JOURS[d.weekday()]} à {d:%H:%M}"
            hours, minutes = diff.seconds // 3600, diff.seconds // 60 % 60
            if hours:
                return f"{hours} h" if short else "il y a " + _plural(hours, "heure", "heures")
            if minutes:
                return f"{minutes} min" if short else "il y a " + _plural(minutes, "minute", "minutes")
            return "1 min" if short else "à l'instant"
        return f"{d.day} {MOIS[d.month - 1]} {d.year}"

    def time(self, d: datetime) -> str:
        """`DateTime::html()`."""
        return (f"<time datetime='{rfc3339(d)}' title='{d:%d/%m/%Y %H:%M} ' data-short='{self.relative(d, True)}'>"
                f"{self.relative(d)}</time>")

    # -- pieces ---------------------------------------------------------------------------------
    def photo_src(self, name: str) -> str:
        letter = urlquote(name[:1].upper(), safe="")
        bg = BG[self.f.users[name] % len(BG)]
        return ("data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20viewBox%3D%220%200%201024%201024%22"
                f"%20style%3D%22background%3A%23{bg}%22%3E%3Cg%3E%3Ctext%20text-anchor%3D%22middle%22%20dy%3D%22.35em%22%20x%3D%22512%22"
                "%20y%3D%22512%22%20fill%3D%22%23ffffff%22%20font-size%3D%22700%22%20font-family%3D%22-apple-system%2C%20BlinkMacSystemFont"
                f"%2C%20Roboto%2C%20Helvetica%2C%20Arial%2C%20sans-serif%22%3E{letter}%3C%2Ftext%3E%3C%2Fg%3E%3C%2Fsvg%3E")

    def user_photo(self, name: str, size: str) -> str:
        u = self.profile(name)
        return (f'<a href="{u}" rel="nofollow" data-ipsHover data-ipsHover-width="370" data-ipsHover-target="{u}?do=hovercard" '
                f'class="ipsUserPhoto ipsUserPhoto_{size}" title="Aller sur le profil de {q(name)}">\n'
                f"<img src='{self.photo_src(name)}' alt='{q(name)}' loading=\"lazy\">\n</a>")

    def user_link(self, name: str) -> str:
        u = self.profile(name)
        return (f"<a href='{u}' rel=\"nofollow\" data-ipsHover data-ipsHover-width='370' data-ipsHover-target='{u}?do=hovercard' "
                f'title="Aller sur le profil de {q(name)}" class="ipsType_break">{q(name)}</a>')

    def content(self, t: Thread, m: Message) -> str:
        text = "\n\n".join(f"<p>\n\t{autolink(p, 'external nofollow')}\n</p>" for p in m.text)
        if not m.quote:
            return text
        who, said = m.quote
        i = self.index_of[m.id]
        src = next((p for p in reversed(t.messages[:i]) if p.author == who), None)
        attrs = ('data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-contentclass="forums_Topic" '
                 + (f'data-ipsquote-contentcommentid="{src.id}" ' if src else "")
                 + f'data-ipsquote-contentid="{t.id}" data-ipsquote-contenttype="forums" '
                 + (f'data-ipsquote-timestamp="{int((to_utc(src.when) - datetime(1970, 1, 1)).total_seconds())}" ' if src else "")
                 + (f'data-ipsquote-userid="{self.f.users[who]}" ' if who in self.f.users else "")
                 + f'data-ipsquote-username="{q(who)}"')
        return (f'<blockquote class="ipsQuote" {attrs}>\n\t<div class="ipsQuote_citation">\n\t\t{q(who)} a dit :\n\t</div>\n\n'
                f'\t<div class="ipsQuote_contents ipsClearfix" data-gramm="false">\n\t\t<p>\n\t\t\t{autolink(said, "external nofollow")}\n\t\t</p>\n\t</div>\n'
                f"</blockquote>\n\n{text}")

    def pagination(self, path_of, pages: int, k: int) -> str:
        """`global/global/pagination.phtml` (active page ±5 around, prev/next/first/last, page jump)."""
        if pages <= 1:
            return ""
        a = k + 1
        ident = "elPagination_" + hashlib.md5(path_of(0).encode()).hexdigest()
        li = []
        if a != 1:
            li.append(f"<li class='ipsPagination_first'><a href='{path_of(0)}' rel=\"first\" data-page='1' data-ipsTooltip title='Première page'><i class='fa fa-angle-double-left'></i></a></li>")
            li.append(f"<li class='ipsPagination_prev'><a href='{path_of(k - 1)}' rel=\"prev\" data-page='{a - 1}' data-ipsTooltip title='Page précédente'>Précédent</a></li>")
            li += [f"<li class='ipsPagination_page'><a href='{path_of(i - 1)}' data-page='{i}'>{i}</a></li>" for i in range(max(1, a - 5), a)]
        else:
            li.append(f"<li class='ipsPagination_first ipsPagination_inactive'><a href='{path_of(0)}' rel=\"first\" data-page='1' data-ipsTooltip title='Première page'><i class='fa fa-angle-double-left'></i></a></li>")
            li.append(f"<li class='ipsPagination_prev ipsPagination_inactive'><a href='{path_of(0)}' rel=\"prev\" data-page='0' data-ipsTooltip title='Page précédente'>Précédent</a></li>")
        li.append(f"<li class='ipsPagination_page ipsPagination_active'><a href='{path_of(k)}' data-page='{a}'>{a}</a></li>")
        if a != pages:
            li += [f"<li class='ipsPagination_page'><a href='{path_of(i - 1)}' data-page='{i}'>{i}</a></li>" for i in range(a + 1, min(pages, a + 5) + 1)]
            li.append(f"<li class='ipsPagination_next'><a href='{path_of(k + 1)}' rel=\"next\" data-page='{a + 1}' data-ipsTooltip title='Page suivante'>Suivant</a></li>")
            li.append(f"<li class='ipsPagination_last'><a href='{path_of(pages - 1)}' rel=\"last\" data-page='{pages}' data-ipsTooltip title='Dernière page'><i class='fa fa-angle-double-right'></i></a></li>")
        else:
            li.append(f"<li class='ipsPagination_next ipsPagination_inactive'><a href='{path_of(pages - 1)}' rel=\"next\" data-page='{pages}' data-ipsTooltip title='Page suivante'>Suivant</a></li>")
            li.append(f"<li class='ipsPagination_last ipsPagination_inactive'><a href='{path_of(pages - 1)}' rel=\"last\" data-page='{pages}' data-ipsTooltip title='Dernière page'><i class='fa fa-angle-double-right'></i></a></li>")
        li.append(f"<li class='ipsPagination_pageJump'><a href='#' data-ipsMenu data-ipsMenu-closeOnClick='false' data-ipsMenu-appendTo='#{ident}' id='{ident}_jump'>Page {a} sur {pages} &nbsp;<i class='fa fa-caret-down'></i></a></li>")
        return (f"<ul class='ipsPagination' id='{ident}' data-ipsPagination-seoPagination='true' data-pages='{pages}' >\n"
                + "\n".join(li) + "\n</ul>")

    def crumbs(self, items: list[tuple[str, str]]) -> str:
        lis = [f"<li>\n<a title=\"Accueil\" href='{self.base}/'>\n<span><i class='fa fa-home'></i> Accueil <i class='fa fa-angle-right'></i></span>\n</a>\n</li>"]
        for i, (u, text) in enumerate(items):
            arrow = "" if i == len(items) - 1 else " <i class='fa fa-angle-right'></i>"
            lis.append(f"<li>\n<a href='{self.base}{u}'>\n<span>{q(text)}{arrow}</span>\n</a>\n</li>")
        return ("<nav class='ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover'>\n<ul data-role=\"breadcrumbList\">\n"
                + "\n".join(lis) + "\n</ul>\n</nav>")

    def doc(self, title: str, body_classes: str, main: str, crumbs: str, head: str = "", ld: list[dict] | None = None) -> str:
        f = self.f
        lds = [{"@context": "http://www.schema.org", "publisher": self.base + "/#organization", "@type": "WebSite",
                "@id": self.base + "/#website", "mainEntityOfPage": self.base + "/", "name": f.name, "url": self.base + "/",
                "potentialAction": {"type": "SearchAction", "query-input": "required name=query",
                                    "target": self.base + "/search/?q={query}"}, "inLanguage": [{"@type": "Language", "name": "Français", "alternateName": "fr-FR"}]},
               {"@context": "http://www.schema.org", "@type": "Organization", "@id": self.base + "/#organization",
                "mainEntityOfPage": self.base + "/", "name": f.name, "url": self.base + "/"}] + (ld or [])
        ld_html = "\n".join(f"<script type='application/ld+json'>\n{script_json(d)}\n</script>" for d in lds)
        return f"""<!DOCTYPE html>
<html lang="fr-FR" dir="ltr">
<head>
<meta charset="utf-8">
<title>{q(title)}</title>
<!--[if lt IE 9]>
<script src="{self.base}/applications/core/interface/html5shiv/html5shiv.js"></script>
<![endif]-->
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{q(f.name)}">
<meta property="og:locale" content="fr_FR">
{head}<link rel="manifest" href="{self.base}/manifest.webmanifest/">
<link rel='stylesheet' href='{self.base}/uploads/css_built_1/341e4a57816af3ba440d891ca87450ff_framework.css?v=9f3a2c1b7e' media='all'>
<link rel='stylesheet' href='{self.base}/uploads/css_built_1/05e81b71abe4f22d6eb8d1a929494829_responsive.css?v=9f3a2c1b7e' media='all'>
<link rel='stylesheet' href='{self.base}/uploads/css_built_1/90eb5adf50a8c640f633d47fd7eb1778_core.css?v=9f3a2c1b7e' media='all'>
<link rel='stylesheet' href='{self.base}/uploads/css_built_1/76e62c573090645fb99a15a363d8620e_forums.css?v=9f3a2c1b7e' media='all'>
</head>
<body class='ipsApp ipsApp_front ipsJS_none ipsClearfix {body_classes}' data-message="" data-pageApp='forums' data-pageLocation='front' data-pageModule='forums' data-pageController='{body_classes.split()[0].removeprefix("cPage_")}'>
<a href='#ipsLayout_mainArea' class='ipsHide' title='Aller au contenu principal de cette page' accesskey='m'>Aller au contenu</a>
<div id='ipsLayout_header' class='ipsClearfix'>
<header>
<div class='ipsLayout_container'>
<a href='{self.base}/' id='elSiteTitle' accesskey='1'>{q(f.name)}</a>
<ul id='elUserNav' class='ipsList_inline cSignedOut ipsResponsive_showDesktop'>
<li id='elSignInLink'><a href='{self.base}/login/' data-ipsMenu-closeOnClick="false" data-ipsMenu id='elUserSignIn'>Vous avez déjà un compte ? Connexion &nbsp;<i class='fa fa-caret-down'></i></a></li>
<li><a href='{self.base}/register/' data-ipsDialog data-ipsDialog-size='narrow' data-ipsDialog-title='S&#039;inscrire' id='elRegisterButton' class='ipsButton ipsButton_normal ipsButton_primary'>S&#039;inscrire</a></li>
</ul>
</div>
</header>
<nav data-controller='core.front.core.navBar' class=' ipsResponsive_showDesktop'>
<div class='ipsNavBar_primary ipsLayout_container '>
<ul data-role="primaryNavBar" class='ipsClearfix'>
<li id='elNavSecondary_1' data-role="navBarItem" data-navApp="core" data-navExt="CustomItem"><a href="{self.base}/" data-navItem-id="1" data-navDefault>Parcourir</a>
<ul class='ipsNavBar_secondary ' data-role='secondaryNavBar'>
<li id='elNavSecondary_10' data-role="navBarItem" data-navApp="forums" data-navExt="Forums"><a href="{self.base}/forums/" data-navItem-id="10" data-navDefault>Forums</a></li>
<li id='elNavSecondary_12' data-role="navBarItem" data-navApp="core" data-navExt="StaffDirectory"><a href="{self.base}/staff/" data-navItem-id="12">Équipe</a></li>
<li id='elNavSecondary_14' data-role="navBarItem" data-navApp="core" data-navExt="OnlineUsers"><a href="{self.base}/online/" data-navItem-id="14">Utilisateurs en ligne</a></li>
</ul>
</li>
<li id='elNavSecondary_2' data-role="navBarItem" data-navApp="core" data-navExt="CustomItem"><a href="{self.base}/discover/" data-navItem-id="2">Activité</a></li>
</ul>
</div>
</nav>
</div>
<main id='ipsLayout_body' class='ipsLayout_container'>
<div id='ipsLayout_contentArea'>
<div id='ipsLayout_contentWrapper'>
{crumbs}
<div id='ipsLayout_mainArea'>
<a id='elContent'></a>
{main}
</div>
</div>
</div>
</main>
<footer id='ipsLayout_footer' class='ipsClearfix'>
<div class='ipsLayout_container'>
{crumbs.replace("ipsBreadcrumb_top", "ipsBreadcrumb_bottom")}
<ul class='ipsList_inline ipsType_center ipsSpacer_top' id="elFooterLinks">
<li><a href='{self.base}/privacy/'>Politique de confidentialité</a></li>
<li><a rel="nofollow" href='{self.base}/contact/' data-ipsdialog data-ipsDialog-remoteSubmit data-ipsDialog-flashMessage='Merci, votre message a été envoyé aux administrateurs.' data-ipsdialog-title="Nous contacter">Nous contacter</a></li>
<li><a rel="nofollow" href='{self.base}/cookies/'>Cookies</a></li>
</ul>
<p id='elCopyright'>
<span id='elCopyright_userLine'>{q(f.name)}</span>
<a rel='nofollow' title='Invision Community' href='https://www.invisioncommunity.com/'>Propulsé par Invision Community</a>
</p>
</div>
</footer>
{ld_html}
<script type='text/javascript' src='{self.base}/uploads/javascript_global/root_library.js?v=9f3a2c1b7e' data-ips></script>
</body>
</html>
"""

    # -- index ----------------------------------------------------------------------------------
    def forum_row(self, b: Board) -> str:
        n_posts = sum(len(t.messages) for t in b.threads)
        last = ""
        if b.threads:
            t = self.latest_first[b.id][0]
            m = t.messages[-1]
            last = (f"<li>{self.user_photo(m.author, 'tiny')}</li>\n"
                    f"<li class='ipsDataItem_lastPoster__title'><a href=\"{self.base}{self.turl(t)}\" title='{q(t.title)}'>{q(t.title)}</a></li>\n"
                    f"<li class='ipsType_light ipsType_blendLinks'>Par {self.user_link(m.author)}</li>\n"
                    f"<li class='ipsType_light'><a href='{self.base}{self.turl(t)}?do=getLastComment' title='Aller au dernier message' class='ipsType_blendLinks'>{self.time(m.when)}</a></li>")
        else:
            last = "<li class='ipsType_light ipsResponsive_showDesktop'>Aucun message</li>"
        return f"""<li class="cForumRow ipsDataItem ipsDataItem_responsivePhoto  ipsClearfix" data-forumID="{b.id}">
<div class="ipsDataItem_icon ipsDataItem_category">
<span class='ipsItemStatus ipsItemStatus_large cForumIcon_normal ipsItemStatus_read'>
<i class="fa fa-comments"></i>
</span>
</div>
<div class="ipsDataItem_main">
<h4 class="ipsDataItem_title ipsType_large ipsType_break">
<a href="{self.base}{self.furl(b)}">{q(b.name)}</a>
</h4>
<div class='ipsType_richText ipsDataItem_meta ipsContained' data-controller='core.front.core.lightboxedImages' >
<p>
\t{q(b.description)}
</p>
</div>
</div>
<div class="ipsDataItem_stats ipsDataItem_statsLarge">
<dl>
<dt class="ipsDataItem_stats_number">{n_posts}</dt>
<dd class="ipsDataItem_stats_type ipsType_light">{"message" if n_posts == 1 else "messages"}</dd>
</dl>
</div>
<ul class="ipsDataItem_lastPoster ipsDataItem_withPhoto">
{last}
</ul>
</li>"""

    def index(self) -> str:
        cats = []
        for cid, name, boards in self.categories:
            rows = "\n".join(self.forum_row(b) for b in boards)
            cats.append(f"""<li data-categoryID='{cid}' class='cForumRow ipsBox ipsSpacer_bottom ipsResponsive_pull'>
<h2 class="ipsType_sectionTitle ipsType_reset cForumTitle">
<a href='#' class='ipsPos_right ipsJS_show ipsType_noUnderline cForumToggle' data-action='toggleCategory' data-ipsTooltip title='Changer cette catégorie'></a>
<a href='{self.base}/forums/forum/{cid}-{slug(name)}/'>{q(name)}</a>
</h2>
<ol class="ipsDataList ipsDataList_large ipsDataList_zebra" data-role="forums">
{rows}
</ol>
</li>""")
        main = f"""<div class='ipsPageHeader ipsClearfix ipsMargin_bottom'>
<h1 class='ipsType_pageTitle'>Forums</h1>
</div>
<section>
<ol class='ipsList_reset cForumList' data-controller='core.global.core.table, forums.front.forum.forumList' data-baseURL=''>
{chr(10).join(cats)}
</ol>
</section>"""
        head = (f'<meta property="og:title" content="Forums">\n<meta property="og:type" content="website">\n'
                f'<meta property="og:url" content="{self.base}/">\n<meta name="description" content="{q(self.f.tagline)}">\n'
                f'<meta property="og:description" content="{q(self.f.tagline)}">\n<link rel="canonical" href="{self.base}/">\n')
        return self.doc(f"Forums - {self.f.name}", "cPage_index", main, self.crumbs([("/forums/", "Forums")]), head)

    def category_page(self, cid: int, name: str, boards: list[Board]) -> str:
        rows = "\n".join(self.forum_row(b) for b in boards)
        main = f"""<div class='ipsPageHeader ipsClearfix ipsMargin_bottom'>
<h1 class='ipsType_pageTitle'>{q(name)}</h1>
</div>
<div class='ipsBox'>
<ol class="ipsDataList ipsDataList_large ipsDataList_zebra" data-role="forums">
{rows}
</ol>
</div>"""
        return self.doc(f"{name} - {self.f.name}", "cPage_forums", main,
                        self.crumbs([("/forums/", "Forums"), (f"/forums/forum/{cid}-{slug(name)}/", name)]),
                        f'<link rel="canonical" href="{self.base}/forums/forum/{cid}-{slug(name)}/">\n')

    # -- forum ----------------------------------------------------------------------------------
    def topic_row(self, t: Thread) -> str:
        first, lastm = t.messages[0], t.messages[-1]
        replies = len(t.messages) - 1
        pages = self.n_pages(len(t.messages), self.per)
        mini = ""
        if pages > 1:
            mini = ("<ul class='ipsMiniPagination' id='elPagination_topic_" + str(t.id) + "'>"
                    + "".join(f"<li><a href='{self.base}{self.thread_path(t, i)}' title='Page {i + 1}' data-ipsTooltip>{i + 1}</a></li>"
                              for i in range(min(pages, 4)))
                    + (f"<li class='ipsMiniPagination_last'><a href='{self.base}{self.thread_path(t, pages - 1)}' title='Aller à la dernière page' data-ipsTooltip>{pages} <i class='fa fa-caret-right'></i></a></li>" if pages > 4 else "")
                    + "</ul>")
        who = lastm if replies else first
        return f"""<li class="ipsDataItem ipsDataItem_responsivePhoto     " data-rowID='{t.id}'  data-location='' data-controller='forums.front.forum.topicRow'>
<div class='ipsDataItem_main'>
<h4 class='ipsDataItem_title ipsContained_container'>
<span class='ipsType_break ipsContained'>
<a href='{self.base}{self.turl(t)}' class='' title='{q(t.title)} '  data-ipsHover data-ipsHover-target='{self.base}{self.turl(t)}?preview=1' data-ipsHover-timeout='1.5' >
<span>
{q(t.title)}
</span>
</a>
</span>
{mini}
</h4>
<span data-role="activeUsers"></span>
<div class='ipsDataItem_meta ipsType_reset ipsType_light ipsType_blendLinks'>
<span>
Par <span itemprop='name'>{self.user_link(first.author)}</span>,
</span>{self.time(first.when)}
</div>
</div>
<ul class='ipsDataItem_stats'>
<li  data-statType='forums_comments'>
<span class='ipsDataItem_stats_number'>{replies}</span>
<span class='ipsDataItem_stats_type'>{"réponse" if replies <= 1 else "réponses"}</span>
</li>
<li class='ipsType_light' data-statType='num_views'>
<span class='ipsDataItem_stats_number'>{t.views}</span>
<span class='ipsDataItem_stats_type'>{"vue" if t.views <= 1 else "vues"}</span>
</li>
</ul>
<ul class='ipsDataItem_lastPoster ipsDataItem_withPhoto ipsType_blendLinks'>
<li>
{self.user_photo(who.author, 'tiny')}
</li>
<li>
{self.user_link(who.author)}
</li>
<li class="ipsType_light">
<a href='{self.base}{self.turl(t)}?do=getLastComment' title='Aller au dernier message' class='ipsType_blendLinks'>
{self.time(who.when)}
</a>
</li>
</ul>
</li>"""

    def board(self, b: Board, k: int) -> str:
        ts = self.latest_first[b.id]
        n = self.n_pages(len(ts), self.tper)
        rows = "\n".join(self.topic_row(t) for t in ts[k * self.tper:(k + 1) * self.tper])
        pag = self.pagination(lambda i: self.base + self.board_path(b, i), n, k)
        main = f"""<div class="ipsPageHeader ipsClearfix">
<header class='ipsSpacer_bottom'>
<h1 class="ipsType_pageTitle">{q(b.name)}</h1>
<div class='ipsType_richText ipsType_normal' data-controller='core.front.core.lightboxedImages' >
<p>
\t{q(b.description)}
</p>
</div>
</header>
</div>
<div class='ipsBox' data-baseurl='{self.base}{self.furl(b)}' data-resort='listResort' data-tableID='topics'  data-controller='core.global.core.table'>
<h2 class='ipsType_sectionTitle ipsHide ipsType_medium ipsType_reset ipsClear'>{_plural(len(ts), "sujet", "sujets")} dans ce forum</h2>
<div class="ipsButtonBar ipsPad_half ipsClearfix ipsClear">
{pag}
</div>
<ol class='ipsClear ipsDataList cForumTopicTable  cTopicList ' id='elTable_{b.id}' data-role="tableRows">
{rows}
</ol>
<div class="ipsButtonBar ipsPad_half ipsClearfix ipsClear">
{pag}
</div>
</div>"""
        url = self.base + self.board_path(b, k)
        head = (f'<meta property="og:title" content="{q(b.name)}">\n<meta property="og:type" content="website">\n'
                f'<meta property="og:url" content="{url}">\n<meta name="description" content="{q(b.description)}">\n'
                f'<meta property="og:description" content="{q(b.description)}">\n<link rel="canonical" href="{url}">\n'
                + (f'<link rel="prev" href="{self.base}{self.board_path(b, k - 1)}">\n' if k else "")
                + (f'<link rel="next" href="{self.base}{self.board_path(b, k + 1)}">\n' if k + 1 < n else "")
                + f'<link rel="alternate" type="application/rss+xml" title="{q(b.name)} Derniers sujets" href="{self.base}/forums/forum/{b.id}-{slug(b.name)}.xml/">\n')
        title = f"{b.name}" + (f" - Page {k + 1}" if k else "") + f" - {self.f.name}"
        cid = next(c for c, _, bs in self.categories if b in bs)
        cname = next(nm for c, nm, _ in self.categories if c == cid)
        return self.doc(title, "cPage_forums", main,
                        self.crumbs([("/forums/", "Forums"), (f"/forums/forum/{cid}-{slug(cname)}/", cname), (self.furl(b), b.name)]), head)

    # -- topic ----------------------------------------------------------------------------------
    def post(self, t: Thread, m: Message) -> str:
        uid = self.f.users[m.author]
        group = "Administrateurs" if m.author in self.f.admins else "Membres"
        link = f"{self.base}{self.turl(t)}?do=findComment&amp;comment={m.id}"
        quote_data = script_json({"userid": uid, "username": m.author, "timestamp": int((to_utc(m.when) - datetime(1970, 1, 1)).total_seconds()),
                              "contentapp": "forums", "contenttype": "forums", "contentid": t.id,
                              "contentclass": "forums_Topic", "contentcommentid": m.id})
        author_badge = ('<li><strong class="ipsBadge ipsBadge_large ipsComment_authorBadge">Auteur</strong></li>'
                        if m is not t.messages[0] and m.author == t.opener else "")
        sig = ""
        if m.signature:
            sig = (f"<div data-role=\"memberSignature\" class='ipsResponsive_hidePhone ipsBorder_top ipsPadding_vertical'>\n"
                   f"<div class='ipsType_light ipsType_richText' data-ipsLazyLoad>\n<p>\n\t{autolink(m.signature, 'external nofollow')}\n</p>\n</div>\n</div>")
        n = self.n_posts[m.author]
        return f"""<a id='findComment-{m.id}'></a>
<a id='comment-{m.id}'></a>
<article  id='elComment_{m.id}' class='cPost ipsBox ipsResponsive_pull  ipsComment  ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone    '>
<div class='cAuthorPane_mobile ipsResponsive_showPhone'>
<div class='cAuthorPane_photo'>
<div class='cAuthorPane_photoWrap'>
{self.user_photo(m.author, 'large')}
</div>
</div>
<div class='cAuthorPane_content'>
<h3 class='ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:center'>
{self.user_link(m.author)}
</h3>
<div class='ipsType_light ipsType_reset'>
<a href='{link}' rel="nofollow" class='ipsType_blendLinks'>Publié(e) le {self.time(m.when)}</a>
</div>
</div>
</div>
<aside class='ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone'>
<h3 class='ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break'><strong>{self.user_link(m.author)}</strong>
</h3>
<ul class='cAuthorPane_info ipsList_reset'>
<li data-role='photo' class='cAuthorPane_photo'>
<div class='cAuthorPane_photoWrap'>
{self.user_photo(m.author, 'large')}
</div>
</li>
<li data-role='group'>{group}</li>
<li data-role='stats' class='ipsMargin_top'>
<ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats">
<li>
<a href="{self.profile(m.author)}content/" rel="nofollow" title="{_plural(n, "message", "messages")}" data-ipsTooltip class="ipsType_blendLinks">
<i class="fa fa-comment"></i> {n}
</a>
</li>
</ul>
</li>
</ul>
</aside>
<div class='ipsColumn ipsColumn_fluid ipsMargin:none'>
<div id='comment-{m.id}_wrap' data-controller='core.front.core.comment' data-commentApp='forums' data-commentType='forums' data-commentID="{m.id}" data-quoteData='{q(quote_data)}' class='ipsComment_content ipsType_medium'>
<div class='ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse'>
<div class='ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap'>
<div class='ipsResponsive_hidePhone ipsComment_badges'>
<ul class='ipsList_reset ipsFlex ipsFlex-jc:end ipsFlex-fw:wrap ipsGap:2 ipsGap_row:1'>
{author_badge}
</ul>
</div>
<ul class='ipsList_reset ipsComment_tools'>
<li>
<a href='#elControls_{m.id}_menu' class='ipsComment_ellipsis' id='elControls_{m.id}' title='Plus d&#039;options…' data-ipsMenu data-ipsMenu-appendTo='#comment-{m.id}_wrap'><i class='fa fa-ellipsis-h'></i></a>
<ul id='elControls_{m.id}_menu' class='ipsMenu ipsMenu_narrow ipsHide'>
<li class='ipsMenu_item'><a href='{link}' rel="nofollow" title='Partager ce message' data-ipsDialog data-ipsDialog-size='narrow' data-ipsDialog-content='#elShareComment_{m.id}_menu' data-ipsDialog-title="Partager ce message" id='elSharePost_{m.id}' data-role='shareComment'>Partager</a></li>
</ul>
</li>
</ul>
</div>
<div class='ipsType_reset ipsResponsive_hidePhone'>
<a href='{link}' rel="nofollow" class='ipsType_blendLinks'>
Publié(e) le {self.time(m.when)}
</a>
<span class='ipsResponsive_hidePhone'>
</span>
</div>
</div>
<div class='cPost_contentWrap'>
<div data-role='commentContent' class='ipsType_normal ipsType_richText ipsPadding_bottom ipsContained' data-controller='core.front.core.lightboxedImages'>
{self.content(t, m)}
</div>
<div class='ipsItemControls'>
<ul class='ipsComment_controls ipsClearfix ipsItemControls_left' data-role="commentControls">
<li data-ipsQuote-editor='topic_comment' data-ipsQuote-target='#comment-{m.id}' class='ipsJS_show'>
<button class='ipsButton ipsButton_light ipsButton_verySmall ipsButton_narrow cMultiQuote ipsHide' data-action='multiQuoteComment' data-ipsTooltip data-ipsQuote-multiQuote data-mqId='mq{m.id}' title='Multi-citation'><i class='fa fa-plus'></i></button>
</li>
<li data-ipsQuote-editor='topic_comment' data-ipsQuote-target='#comment-{m.id}' class='ipsJS_show'>
<a href='#' data-action='quoteComment' data-ipsQuote-singleQuote>Citer</a>
</li>
<li class='ipsHide' data-role='commentLoading'>
<span class='ipsLoading ipsLoading_tiny ipsLoading_noAnim'></span>
</li>
</ul>
</div>
{sig}
</div>
</div>
</div>
</article>"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        first = t.messages[0]
        n = self.n_pages(len(t.messages), self.per)
        chunk = self.chunk(t, k)
        pag = self.pagination(lambda i: self.base + self.thread_path(t, i), n, k)
        posts = "\n".join(self.post(t, m) for m in chunk)
        pag_box = f"<div class='ipsBox ipsPadding:half ipsMargin_top ipsClearfix ipsClear'>\n{pag}\n</div>" if pag else ""
        main = f"""<div class='ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom'>
<div class='ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4'>
<div class='ipsFlex-flex:11'>
<h1 class='ipsType_pageTitle ipsContained_container'>
<span class='ipsType_break ipsContained'>
<span>{q(t.title)}</span>
</span>
</h1>
</div>
</div>
<hr class='ipsHr'>
<div class='ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3'>
<div class='ipsFlex-flex:11'>
<div class='ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix'>
{self.user_photo(first.author, 'mini')}
<div>
<p class='ipsType_reset ipsType_blendLinks'>
<span class='ipsType_normal'>
<strong>Par {self.user_link(first.author)}</strong><br />
<span class='ipsType_light'>{self.time(first.when)} dans <a href="{self.base}{self.furl(b)}">{q(b.name)}</a></span>
</span>
</p>
</div>
</div>
</div>
</div>
</div>
<div class='ipsClearfix'>
<ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both ipsResponsive_hidePhone">
</ul>
</div>
<div id='comments' data-controller='core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments' data-baseURL='{self.base}{self.turl(t)}' {"data-lastPage " if k + 1 == n else ""}data-feedID='topic-{t.id}' class='cTopic ipsClear ipsSpacer_top'>
<div class="ipsBox ipsResponsive_pull ipsPadding:half ipsClearfix ipsClear ipsMargin_bottom">
{pag}
</div>
<div id="elPostFeed" data-role='commentFeed' data-controller='core.front.core.moderation' >
<form action="{self.base}{self.turl(t)}?csrfKey=c2f1b8a4d7e6&amp;do=multimodComment" method="post" data-ipsPageAction data-role='moderationTools'>
{posts}
</form>
</div>
{pag_box}
</div>"""
        url = self.base + self.thread_path(t, k)
        desc = " ".join(first.text)[:300]
        head = (f'<meta name="description" content="{q(desc)}">\n<meta property="og:title" content="{q(t.title)}">\n'
                f'<meta property="og:type" content="website">\n<meta property="og:url" content="{url}">\n'
                f'<meta property="og:description" content="{q(desc)}">\n<meta property="og:updated_time" content="{rfc3339(t.messages[-1].when)}">\n'
                f'<link rel="canonical" href="{url}">\n'
                + (f'<link rel="prev" href="{self.base}{self.thread_path(t, k - 1)}">\n' if k else "")
                + (f'<link rel="next" href="{self.base}{self.thread_path(t, k + 1)}">\n' if k + 1 < n else "")
                + f'<link rel="alternate" type="application/rss+xml" title="{q(b.name)} Derniers sujets" href="{self.base}/forums/forum/{b.id}-{slug(b.name)}.xml/">\n')
        topic_url = self.base + self.turl(t)
        ld: dict = {"@context": "http://schema.org", "@type": "DiscussionForumPosting", "@id": topic_url,
                    "isPartOf": {"@id": self.base + "/#website"}, "publisher": {"@id": self.base + "/#organization"},
                    "url": topic_url, "discussionUrl": topic_url, "mainEntityOfPage": {"@type": "WebPage", "@id": topic_url},
                    "pageStart": 1, "pageEnd": n}
        if len(t.messages) > 1:
            ld["comment"] = [{"@type": "Comment", "@id": f"{url}#comment-{m.id}", "url": f"{url}#comment-{m.id}",
                              "author": {"@type": "Person", "name": m.author, "image": self.photo_src(m.author),
                                         "url": self.profile(m.author)},
                              "dateCreated": rfc3339(m.when).replace("Z", "+0000"), "text": " ".join(m.text)[:500], "upvoteCount": 0}
                             for m in chunk if m is not first]
        ld.update({"name": t.title, "headline": t.title, "text": " ".join(first.text)[:500], "dateCreated": rfc3339(first.when).replace("Z", "+0000"),
                   "datePublished": rfc3339(first.when).replace("Z", "+0000"), "author": {"@type": "Person", "name": first.author,
                                                                                          "image": self.photo_src(first.author), "url": self.profile(first.author)},
                   "interactionStatistic": [{"@type": "InteractionCounter", "interactionType": "http://schema.org/ViewAction", "userInteractionCount": t.views},
                                            {"@type": "InteractionCounter", "interactionType": "http://schema.org/CommentAction", "userInteractionCount": len(t.messages) - 1}]})
        title = f"{t.title}" + (f" - Page {k + 1}" if k else "") + f" - {b.name} - {self.f.name}"
        cid = next(c for c, _, bs in self.categories if b in bs)
        cname = next(nm for c, nm, _ in self.categories if c == cid)
        return self.doc(title, "cPage_topic", main,
                        self.crumbs([("/forums/", "Forums"), (f"/forums/forum/{cid}-{slug(cname)}/", cname), (self.furl(b), b.name), (self.turl(t), t.title)]),
                        head, [ld])

    # -- feeds, sitemap -------------------------------------------------------------------------
    def rss(self, title: str, link: str, desc: str, threads: list[Thread]) -> str:
        items = "".join(f"<item><title>{x(t.title)}</title><link>{x(self.base + self.turl(t))}</link>"
                        f"<description>{cdata(self.content(t, t.messages[0]))}</description>"
                        f'<guid isPermaLink="false">{t.id}</guid><pubDate>{rfc822(t.messages[0].when)}</pubDate></item>\n'
                        for t in threads)
        return (f'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>{x(title)}</title><link>{x(link)}</link>'
                f"<description>{x(desc)}</description><language>fr</language>\n{items}</channel></rss>\n")

    def sitemaps(self) -> dict[str, str]:
        def urlset(rows):
            return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    + "".join(f"<url><loc>{x(u)}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "") + "</url>" for u, lm in rows)
                    + "</urlset>\n")
        topics = sorted(self.f.threads(), key=lambda t: t.messages[-1].when, reverse=True)
        files = {"sitemap_core_misc": urlset([(self.base + "/", None), (self.base + "/forums/", None)]),
                 "sitemap_content_forums_Forum": urlset([(self.base + self.furl(b), None) for b in self.f.boards]),
                 "sitemap_content_forums_Topic_1": urlset([(self.base + self.turl(t), rfc3339(t.messages[-1].when).replace("Z", "+00:00")) for t in topics])}
        out = {f"/sitemap.php?file={name}": body for name, body in files.items()}
        out["/sitemap.php"] = ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                               + "".join(f"<sitemap><loc>{x(self.base)}/sitemap.php?file={name}</loc><lastmod>{rfc3339(self.last()).replace('Z', '+00:00')}</lastmod></sitemap>"
                                         for name in files) + "</sitemapindex>\n")
        return out


def item_pages(forum: Forum, now: datetime = NOW):
    return _IPS(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of an Invision Community 4 forum keyed by path?query, and its 404 page."""
    v = _IPS(forum, now)
    last = v.last()
    out: dict[str, Page] = {}
    out["/"] = out["/forums/"] = page(v.index(), modified=last)
    for cid, name, boards in v.categories:
        out[f"/forums/forum/{cid}-{slug(name)}/"] = page(v.category_page(cid, name, boards), modified=last)
    for b in forum.boards:
        mod = max((t.messages[-1].when for t in b.threads), default=last)
        for k in range(v.n_pages(len(b.threads), v.tper)):
            out[v.board_path(b, k)] = page(v.board(b, k), modified=mod)
        out[f"/forums/forum/{b.id}-{slug(b.name)}.xml/"] = page(
            v.rss(f"{b.name} Derniers sujets", v.base + v.furl(b), b.description, v.latest_first[b.id][:25]), RSS, modified=mod)
    out.update(served(v, keep or {}))
    for t in forum.threads():
        for i, m in enumerate(t.messages):
            target = f"{v.base}{v.thread_path(t, i // v.per)}#comment-{m.id}"
            out[f"{v.turl(t)}?do=findComment&comment={m.id}"] = redirect(target)
        lp = len(t.messages) - 1
        out[f"{v.turl(t)}?do=getLastComment"] = redirect(f"{v.base}{v.thread_path(t, lp // v.per)}#comment-{t.messages[lp].id}")
    recent = sorted(forum.threads(), key=lambda t: t.messages[0].when, reverse=True)[:25]
    out[f"/rss/1-{slug(forum.name)}.xml/"] = page(v.rss(forum.name, v.base + "/", forum.tagline, recent), RSS, modified=last)
    for path, body in v.sitemaps().items():
        out[path] = page(body, XML, modified=last)
    rules = f"""# Rules for Invision Community (https://invisioncommunity.com)
User-Agent: *
{f"Crawl-delay: {forum.crawl_delay}{chr(10)}" if forum.crawl_delay else ""}# Block pages with no unique content
Disallow: /startTopic/
Disallow: /discover/unread/
Disallow: /markallread/
Disallow: /staff/
Disallow: /cookies/
Disallow: /online/
Disallow: /discover/
Disallow: /leaderboard/
Disallow: /search/
Disallow: /tags/
Disallow: /*?advancedSearchForm=
Disallow: /register/
Disallow: /lostpassword/
Disallow: /login/
Disallow: /*currency=

# Block faceted pages and 301 redirect pages
Disallow: /*?sortby=
Disallow: /*?filter=
Disallow: /*?tab=
Disallow: /*?do=
Disallow: /*ref=
Disallow: /*?forumId*
Disallow: /*?&controller=embed

# Sitemap URL
Sitemap: {v.base}/sitemap.php"""
    out["/robots.txt"] = page(rules, TEXT)
    missing = v.doc(f"Désolé, nous n'avons pas pu trouver cela ! - {forum.name}", "cPage_error", """<div class='ipsBox ipsPadding'>
<div class='ipsType_center ipsType_large'>
<h1 class='ipsType_pageTitle'>Désolé, nous n'avons pas pu trouver cela !</h1>
<p class='ipsType_normal'>Code d'erreur : 2F173/C</p>
</div>
</div>""", v.crumbs([]))
    return out, page(missing, status=404)


IGNORED_PARAMS = {"sortby", "sortdirection", "csrfKey", "_fromLogin", "_fromLogout", "tab"}
