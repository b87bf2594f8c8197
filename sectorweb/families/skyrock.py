r"""A Skyrock blog (skyrock.com, the "Skyblog" platform, closed in August 2023), in its last design ("v5", two
sidebars), as its server answered a crawler (written blind).

Skyrock is closed source. Followed, from the corpus:
- real pages of a Skyrock blog saved by yannklein/skyblog-scraper (soph-yan.skyrock.com/: the article pages
  `<id>-<Slug>.html` byte for byte, the listing pages `N.html` as Nokogiri re-serialised them; scripts/scrape.rb:
  `ul.pagination li.last`, `.plink`, `.image-container a`): the ISO-8859-15 page, its head (og:/article: meta,
  canonical, shorturl, rel first/last/prev/next, the RSS links `rss.xml` and `<id>_comments.xml`), `#header`/
  `#nav_top`, `#global > #wrapper.blog` with `#barleft` (`ul#switchitem`, `#blogwhois` with `.blogtitle` - h1 on
  listings, h3 on articles - `.mini-profil`, "Description :" `p.description`, `#liste-actions`, `#blogprofil`,
  `#social`, `.sidebar_footer`) and `#barright` (`#bloginfo` "Infos": "Création :", "Mise à jour :" as
  "dd/mm/YYYY à HH:MM", articles, commentaires, amis; `#archives` "Ses archives (N)"; the RSS link), `#blogcontent`
  with `div#articles_container` of `div.bloc.article_item#a-<id>` (`h2.bloc_title > a.plink` - h1 on the article
  page -, `div.text-image-container[itemprop=articleBody]`, `div.article_bottom` with the kiff button and count,
  `span#comment_counter_<id>` ("hide" when 0), `a.commentadd` "Commenter", the hidden `div.comment_add`, and
  `p.created_on` "Posté le dimanche 22 janvier 2006 05:20" in `time[itemprop=dateCreated]`), five articles a page,
  `ul.pagination` (li.prev/li.first "1 ..."/a window of nine/li.last "... N"/li.next, "Précédent"/"Suivant") and
  the `form.pagination` select "Page n°2 sur 35"; the article page's `#article_secondary_content`
  ("Commentaires" / "Kiffs" / "Remix"), the anonymous visitor's `div.comment_add` ("Tu n'es pas identifié."),
  `#blogcomments` of `div.comment-item.anonyme` / `div.comment-item.identified.id_<uid>` (avatar and link to the
  commenter's own Skyrock blog) with `p.comment_info` "<strong>Nom</strong>, <strong>Posté le </strong>vendredi 10
  mars 2006 19:16" and `<p>` text, `<hr />` between them, NEWEST FIRST, twenty a page, paged with
  `?p=N&action=SHOW_COMMENTS`; "Article précédent" (older) / "Article suivant" (newer); the footer. On an article page Skyrock counts the
  comment pages where the listing counts its pages (`blog_nb_page`, and `rel="first"`/`rel="last"` pointing to
  `1.html` and `<comment pages>.html`): kept as it is. Anonymous
  visitors sign with a name and, at most, an e-mail (shown as a hex-encoded `mailto:` link): Skyrock's form has no
  website field, so the model's commenter URL is NOT shown. URLs in comments are linked, those outside Skyrock
  through `https://www.skyrock.com/r?url=<the URL, HTML-escaped then percent-encoded>` with rel="nofollow" (seen in
  the saved comments; the unwrapping rule of a URL-normaliser in the corpus names the same redirector for Skyrock
  blogs' outbound links). Text is htmlspecialchars'd with ENT_QUOTES (`&#039;`), line breaks are `<br />`.
- NicolasBizzozzero/Skyblog-Archiving src/core/skyblog_reader.py and Eric-Philippe/Skyblog_Archiver src/Scrapper.py
  (`/N.html` listing pages, `div#articles_container > div[id^=a-]`, `div.text-image-container`,
  `time[itemprop=dateCreated]`, `h1.blogtitle`, `p.description`, `ul.pagination` / `form.pagination` options);
  bohwaz/skyblog-archiver (site.js, index.html: the blog, post and comment structure from Skyrock's API);
  ArchiveTeam/skyblog-grab skyblog.lua (`<id>_comments.xml`, rss; its `/<id>` and `/article_<id>.html`
  redirects are not rendered);
  a Skyrock dump script in the corpus (`<id>-posted-on-2009-02-10` as the slug of an untitled article).
From memory (not in the corpus): the French wording of the RSS feeds and their ISO-8859-15 encoding, robots.txt,
the 404 page, the "Ses liens" sidebar module for the blog's links (routed through the same redirector), the
archives page (`/archives/`, every article newest first) and the profile page's content, the text-article
thumbnail of the archives module (`li.istext`), and what a closed article shows (no "Commenter" link, no form).
The pseudo shown is the blog author's name (a Skyrock pseudo is the blog's sub-domain; the hosts here are not on
skyrock.com); posts are shown without their own author (Skyrock blogs have one owner), categories and tags are not
shown (Skyrock articles have neither). The blog's own author answering in comments shows as an identified
member linked to the blog.

Host-dependent: the skin (`idtpl`, template CSS), the owner's gender class, whether the honours module shows, the
friends count, whether the links module is titled "Ses liens" or "Mes liens". Article ids are Skyrock's global
ids (growing with time), the slug keeps the title's case, drops accents and punctuation and keeps "&".
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from urllib.parse import quote, urlsplit

from sectorweb.dates import JOURS, MOIS, NOW, iso, rfc822
from sectorweb.families.common import _URL, Page, page, pages_of, served
from sectorweb.families.wordpress_block import host_choice
from sectorweb.model import Blog, Comment, Post

CHARSET = "ISO-8859-15"
HTML_TYPE = f"text/html; charset={CHARSET}"
RSS_TYPE = f"application/rss+xml; charset={CHARSET}"
TEXT_TYPE = "text/plain; charset=ISO-8859-15"
PER_PAGE = 5  # Skyrock's listing: five articles a page, whatever the blog
COMMENTS_PER_PAGE = 20
FEED_ITEMS = 10  # (memory)
SKINS = [15, 32, 120, 421, 87, 203]
REDIRECTOR = "https://www.skyrock.com/r?url="
_LAUNCH = date(2002, 12, 17)
_ONCLICK = 'onclick="window.open(this.href); return false;"'


def _h(*parts) -> int:
    return int(hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def esc(text: str) -> str:
    """htmlspecialchars(ENT_QUOTES) of PHP 5: &, <, >, " and ' (as `&#039;`)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#039;"))


def x(text: str) -> str:
    """XML text of the feeds."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sky_slug(title: str, when: datetime) -> str:
    """Skyrock's slug: accents dropped, case kept, every run of other characters but "&" a hyphen."""
    text = unicodedata.normalize("NFKD", re.sub(r"<[^>]*>", " ", title)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9&]+", "-", text).strip("-")
    return slug or f"posted-on-{when:%Y-%m-%d}"


def article_id(host: str, post: Post) -> int:
    """Skyrock's global article ids grow with time (335478102 in January 2006, 3356709138 in 2023)."""
    days = max(0, (post.when.date() - _LAUNCH).days)
    return 300_000_000 + days * 520_000 + _h("sky-a", host) % 1000 * 500 + post.id % 500


def comment_id(host: str, c: Comment) -> int:
    days = max(0, (c.when.date() - _LAUNCH).days)
    return 400_000_000 + days * 610_000 + _h("sky-c", host) % 1000 * 600 + c.id % 600


def user_id(name: str) -> int:
    return 1_000_000 + _h("sky-u", name.strip().lower()) % 40_000_000


def permalink(host: str, post: Post) -> str:
    return f"http://{host}/{article_id(host, post)}-{sky_slug(post.title, post.when)}.html"


def feed_path(host: str) -> str:
    return "/rss.xml"


def comment_anchor(host: str, c: Comment) -> str:
    return f"c-{comment_id(host, c)}"


def comments_url(host: str, post: Post, n: int) -> str:
    """The article page holds the first twenty comments; the next ones are on `?p=N&action=SHOW_COMMENTS`."""
    u = permalink(host, post)
    return u if n == 1 else f"{u}?p={n}&action=SHOW_COMMENTS"


def settings(host: str) -> dict:
    return {"skin": SKINS[host_choice(host, "sky-skin", len(SKINS))],
            "gender": ("girl", "boy")[host_choice(host, "sky-gender", 2)],
            "honours": host_choice(host, "sky-honours", 3) != 0,
            "friends": host_choice(host, "sky-friends", 5),
            "links_title": ("Ses liens", "Mes liens")[host_choice(host, "sky-links", 2)]}


def pseudo_slug(host: str) -> str:
    """The blog's account name as Skyrock's scripts carry it (the host's own name)."""
    labels = [lab for lab in host.split(".")[:-1] if lab not in ("www", "blog", "forum")] or [host.split(".")[0]]
    return re.sub(r"[^a-z0-9-]", "", labels[0].lower()) or "blog"


def sky_date(d: datetime) -> str:
    """"dimanche 22 janvier 2006 05:20" (strftime("%A %d %B %Y %H:%M") in fr_FR)."""
    return f"{JOURS[d.weekday()]} {d.day:02d} {MOIS[d.month - 1]} {d.year} {d:%H:%M}"


def short_date(d: datetime) -> str:
    return f"{d:%d/%m/%Y} à {d:%H:%M}"


def outbound(url: str, text: str, extra: str = "") -> str:
    """A link written by a member: Skyrock's own blogs directly, the rest through the redirector."""
    host = (urlsplit(url).hostname or "").lower()
    if host.endswith((".skyrock.com", ".skyblog.com")) or host in ("skyrock.com", "skyblog.com"):
        return f'<a href="{esc(url)}"{extra} {_ONCLICK}>{text}</a>'
    return f'<a href="{REDIRECTOR}{quote(esc(url), safe="")}" rel="nofollow"{extra} {_ONCLICK}>{text}</a>'


def linked(text: str) -> str:
    """Escaped text with its URLs linked and its line breaks as `<br />`."""
    out, pos = [], 0
    for m in _URL.finditer(text):
        out.append(esc(text[pos:m.start()]))
        out.append(outbound(m.group(0), esc(m.group(0))))
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out).replace("\n", "<br />\n")


class _Skyrock:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.host = blog.host
        self.base = f"http://{blog.host}"
        self.set = settings(blog.host)
        self.pseudo = blog.author
        self.account = pseudo_slug(blog.host)
        self.uid = user_id(self.account)
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.ordered = sorted(self.posts, key=lambda p: (p.when, p.id))  # oldest first
        self.n_comments = sum(len(p.comments) for p in self.posts)

    # -- URLs ------------------------------------------------------------------------------------------------------
    def path(self, url: str) -> str:
        return url.removeprefix(self.base) or "/"

    def page_url(self, n: int) -> str:
        return f"{self.base}/{n}.html"

    def aid(self, p: Post) -> int:
        return article_id(self.host, p)

    # -- frame -----------------------------------------------------------------------------------------------------
    def blog_title(self) -> str:
        return esc(self.b.name) if self.b.name.strip() else f"Blog de {esc(self.pseudo)}"

    def doc(self, title: str, head: str, body_class: str, left_title_tag: str, content: str, js: str,
            pub_page: str) -> str:
        s = self.set
        return f"""<!DOCTYPE html>
<html lang="fr" xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" >
<head>
<title>{title}</title><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" /><meta http-equiv="content-language" content="fr" /><meta name="robots" content="noodp" /><meta property="fb:app_id" content="143648968982612"/>
<meta property="og:site_name" content="Skyrock"/>
{head}<link rel="dns-prefetch" href="//www.skyrock.com" /><link rel="dns-prefetch" href="//static.skyrock.net" /><link rel="dns-prefetch" href="//i.skyrock.net" /><link rel="dns-prefetch" href="//wir.skyrock.net" />
<script src="https://static.skyrock.net/js/common.min.js?e4CIzHWA9-" type="text/javascript"></script><link rel="shortcut icon" href="https://static.skyrock.net/img/favicon_v5b.ico" type="image/x-icon" />
<link rel="stylesheet" type="text/css" media="screen, projection, print" href="https://static.skyrock.net/css/common.css?er9WKMvqR" /><link rel="stylesheet" type="text/css" media="screen, projection, print" href="https://static.skyrock.net/css/blogs/tpl.css?eFC2Ei1R6" /><link id="template_css" rel="stylesheet" type="text/css" media="screen, projection, print" href="https://static.skyrock.net/css/blogs/{s['skin']}.css?easHzi8OT" /><script src="https://static.skyrock.net/js/blog.min.js?emgwC62Ej" type="text/javascript"></script>

{self.alternates()}
<script type="text/javascript">// <![CDATA[
var _dont_stat=1,visitor_locale="fr_FX",pub_sky_page="{pub_page}",estat_group='blog',blog_officiel=0,blog_with_comments=1,idtpl={s['skin']},use_smileys=0,tpl_ver=3,blog_pseudo="{self.account}",blog_id_skynaute="{self.uid}",blog_is_music=0,blog_top=0,blog_spath="",www_path="https://www.skyrock.com/",www_domain="skyrock.com",page_is_popup=0,page_is_iframe=0;
// ]]></script>
</head>

<body class="v5 l_fr_FR {body_class}" id="blog"
	>
<div id="fb-root"></div>
<div id="header"><div id="nav_top"><div><a href="https://www.skyrock.com/" id="logo"  title="Retour sur https://www.skyrock.com/">Skyrock.com</a>
 <ul class="notlogged floatright clearfix"><li><a class="bouton primary floatright" href="{self.base}/?connect=1" rel="nofollow">Connecte-toi</a></li><li><a class="bouton confirm" href="https://www.skyrock.com/subscribe/?blogonly=1" rel="nofollow">Crée ton blog</a></li></ul><form id="search_form" class="floatright" method="get" action="https://www.skyrock.com/search/articles/"><p class="skyPlaceholder"><input type="text" id="quicksearchbox" name="q" class="quicksearchbox" placeholder="Rechercher dans les blogs" /><button class="bouton neutral search-submit" type="submit">Chercher</button></p></form>             </div>
        </div>
<div id="pub_up"><div id="pub_up_fixed"><script type="text/javascript">if(window.OAS_AD)OAS_AD('Top');</script></div></div>
</div><div class="clear"><!-- --></div>

<div id="global" class="skyrock">

<script type="text/javascript">// <![CDATA[
{js}
//]]></script>

<div id="wrapper" class="container clearfix blog " itemscope itemtype="http://schema.org/Blog">
{self.left(left_title_tag)}{self.right()}            <div id="blogcontent" class="submenu_container clearfix" itemprop="blogPosts">
{content}
         </div>
    </div>

<div id="pub_bottom"><script type="text/javascript">if(window.OAS_AD)OAS_AD('Bottom');</script></div>

</div> 

<div id="footer" class="clearfix" ><div id="nav_bottom"><div class="footer_logo"><a href="https://www.skyrock.com/" title="Retour sur https://www.skyrock.com/"><span>Skyrock.com</span></a></div><div class="takeATour"><a href="https://www.skyrock.com/common/r/decouvrir?ref=bottom">Découvrir</a></div><ul><li><h4>Skyrock</h4><ul><li><a href="https://www.skyrock.com/common/footer.php?page=annonceurs">Publicité</a></li><li><a href="https://www.skyrock.com/common/footer.php?page=jobs" >Jobs</a></li><li><a href="https://www.skyrock.com/common/footer.php?page=contact">Contact</a></li><li><a href="https://www.skyrock.com/sources/">Sources</a></li><li><a href="https://www.skyrock.com/developer/">Développeurs</a></li><li><a href="https://www.skyrock.com/blog/cybercop.php">Signaler un abus</a></li></ul></li><li><h4>Infos</h4><ul><li><a href="https://www.skyrock.com/ici-t-libre/">Ici T Libre</a></li><li><a href="https://www.skyrock.com/safety/minors.php">Sécurité</a></li><li><a href="https://www.skyrock.com/safety/terms.php">Conditions</a></li><li><a href="https://www.skyrock.com/safety/privacy.php">Politique de confidentialité</a></li><li><a href="https://www.skyrock.com/safety/help.php">Aide</a></li><li><a href="https://www.skyrock.com/common/footer.php?page=chiffres">En chiffres</a></li></ul></li><li><h4>Versions</h4><ul><li class="selected"><a href="https://fr.skyrock.com/">France</a></li><li><a href="https://en.skyrock.com/">International (english)</a></li><li><a href="https://skyrock.mobi/">Site mobile</a></li></ul></li></ul></div></div>

<script type="text/javascript" src="https://static.skyrock.net/stats/stats.min.js?ePp-TI0Br"></script>
</body>
</html>
"""

    def alternates(self, extra: str = "") -> str:
        return f'{extra}<link rel="alternate" type="application/rss+xml" title="RSS" href="{self.base}/rss.xml" />'

    def left(self, title_tag: str) -> str:
        s, b = self.set, self.b
        avatar = f"https://wir.skyrock.net/wir/v1/resize/?c=isi&amp;im=%2F{self.uid % 10000:04d}%2F{self.uid}%2Fpics%2Fphoto_{self.uid}_small.jpg"
        desc = ""
        if b.tagline.strip():
            desc = (f'\n                            <h4>Description :</h4>\n                <p class="description" itemprop="description">\n'
                    f'        <!-- google_ad_section_start(name=blog_decription) -->\n        \t\t\t{linked(b.tagline)}\n'
                    f'        <!-- google_ad_section_end(name=blog_decription) -->\n\t\t\t\t</p>\n')
        honours = ""
        if s["honours"]:
            honours = ('<div id="badges_sidebar" class="sidebar-info-bloc"><h3><span>Ses Honneurs</span> <span class="nb">(2)</span>'
                       '<span class="pointe_border"></span></h3><ul class="list_badges clearfix"><li  class="first">'
                       '<img src="https://static.skyrock.net/img/badges/50x50/obtained/account_birthday-5.png" alt="Old Skool"/></li>'
                       '<li class="last"><img src="https://static.skyrock.net/img/badges/50x50/obtained/blog_fan-1.png" alt="Fans 5"/></li></ul></div>')
        return f"""                <div id="barleft">
<ul id="switchitem">
        <li id="currentbp" class="donot-getstyle">
        <a title="Blog" href="{self.base}/" itemprop="url">Blog</a>
    </li>
    <li id="changebp">
        <a title="Profil" href="{self.base}/profil/">Profil</a>
    </li>
</ul>
<div class="sidebar" id="sidebar-left">
                <div id="blogwhois" class="sidebar-info-bloc">
        <!-- google_ad_section_start(name=blog_title) -->
            <{title_tag} class="blogtitle" itemprop="name">
            {self.blog_title()}
        </{title_tag}>
        <!-- google_ad_section_end(name=blog_title) -->
    <div class="mini-profil">
                <div class="mini-profil-avatar">
                    <img class="avatar" src="{avatar}" alt="Photo de {esc(self.pseudo)}" itemprop="thumbnailUrl"/>
                             <p class="infos"><a title="{esc(self.pseudo)}" class=" {s['gender']}" href="{self.base}/">{esc(self.pseudo)}</a></p>
         </div>
    </div>
{desc}        </div>
<div id="liste-actions"><ul class="liste-actions"><li><a rel="nofollow" href="https://www.skyrock.com/m/messages/write_message.php?dest={self.uid}" class="writemsg">Envoyer un message</a></li><li><a rel="nofollow" href="https://www.skyrock.com/gifts/catalogue.php?id_dest={self.uid}" class="gifts">Offrir un cadeau</a></li><li><a rel="nofollow" href="https://www.skyrock.com/m/friends/ban_add.php?user_id={self.uid}" id="add-ban-link" class="addtoban">Bloquer</a></li><li><a rel="nofollow" class="habillage" href="https://www.skyrock.com/m/blog/perso40.php?from=blog&amp;h={s['skin']}&amp;id_skynaute={self.uid}">Choisir cet habillage</a></li></ul></div>
        		{honours}
<div id="blogprofil" class="widget"><h3><a href="{self.base}/profil/">Son profil</a></h3><div class="mini-profil"><a href="{self.base}/profil/"><img src="{avatar}" class="avatar" width="100" height="100" alt="Profil de {esc(self.pseudo)}" /></a><div class="infos"><a class="donot-getstyle {s['gender']}" href="{self.base}/profil/">{esc(self.pseudo)}</a></div></div></div>
                <div class="sidebar_footer">
            <p id="designby">
            Design by <a rel="nofollow" href="https://www.skyrock.com/themes">lequipe-skyrock</a>                            <a rel="nofollow" href="https://www.skyrock.com/m/blog/perso40.php?from=blog&amp;h={s['skin']}&amp;id_skynaute={self.uid}">Choisir cet habillage</a>
                        </p>
            <p id="cybercop"><a rel="nofollow" href="https://www.skyrock.com/blog/cybercop.php?id={self.uid}&amp;url=">Signaler un abus</a></p>
        </div>

</div>
</div>"""

    def right(self) -> str:
        b = self.b
        first = min((p.when for p in self.posts), default=self.now)
        last = max((p.last_modified for p in self.posts), default=self.now)
        latest = sorted(self.posts, key=lambda p: (p.when, p.id), reverse=True)[:4]
        lis = ""
        for i, p in enumerate(latest):
            cls = "istext" + (" first" if i % 2 == 0 else " last")
            lis += (f'\n                                <li class="{cls}"><a href="{self.esc_url(self.url[id(p)])}" title="{esc(p.title)}">'
                    f'{esc(p.title)}</a></li>')
        links = ""
        if b.blogroll:
            items = "".join(f"<li>{outbound(u, esc(n))}</li>" for u, n in b.blogroll)
            links = (f'\n                <div id="liens" class="sidebar-info-bloc"><h3><span>{self.set["links_title"]}</span>'
                     f'<span class="pointe_border"></span></h3><ul class="liste-liens">{items}</ul></div>')
        friends = f'\n                                    <li><em>{self.set["friends"]}</em> amis</li>'
        return f"""        <div id="barright">
<div class="sidebar" id="sidebar-right">
        <div id="bloginfo" class="sidebar-info-bloc">
        <h3><span>Infos</span></h3>
        <ul>
            <li>Création : <em><time itemprop="dateCreated" datetime="{iso(first)}">{short_date(first)}</time></em></li>
            <li>Mise à jour : <em><time itemprop="dateModified" datetime="{iso(last)}">{short_date(last)}</time></em></li>
                                    <li><em>{len(self.posts)}</em> articles</li>
                                    <li><em>{self.n_comments}</em> commentaires<meta itemprop="interactionCount" content="UserComments:{self.n_comments}"/></li>{friends}
                                </ul>
    </div>

                                <div id="archives" class="sidebar-info-bloc">
    <h3>
    	<a href="{self.base}/archives/" >
			    			<span>Ses archives</span> <span class="nb">({len(self.posts)})</span>
    		    		    		<span class="pointe_border"></span>
    		    	</a>
    </h3>
        <ul class="liste-amis clearfix">{lis}
                </ul>
		<p class="suite">&raquo; <a href="{self.base}/archives/">Suite</a></p>
	    </div>{links}

        <div class="sidebar_footer">
                <p id="rss"><a class="rss" href="{self.base}/rss.xml"> <span>RSS</span></a></p>
    </div>
    </div>
</div>"""

    # -- articles ------------------------------------------------------------------------------------------------
    def body_html(self, p: Post) -> str:
        body = "<br />\n<br />\n".join(linked(t) for t in p.paragraphs)
        if p.links:
            body += "<br />\n<br />\nÀ lire aussi : " + ", ".join(outbound(u, esc(a)) for u, a in p.links)
        if p.source:
            body += "<br />\n<br />\nSource : " + outbound(p.source[1], esc(p.source[0]))
        return body

    def kiffs(self, p: Post) -> int:
        return _h("sky-kiff", self.host, p.id) % 9

    def article_bottom(self, p: Post, listing: bool) -> str:
        a, u = self.aid(p), self.esc_url(self.url[id(p)])
        n = len(p.comments)
        hide = "hide" if n == 0 else ""
        add = ""
        if p.comments_open:
            onclick = (f"showCommentForm({a},'Erreur lors du traitement du commentaire !');return false;" if listing
                       else f"focusCommentFormBody({a});autofocus.init('body_{a}');return false;")
            add = (f'\n                        <div class="floatright">\n                <a class="commentadd" rel="nofollow" '
                   f'href="{u}?action=ADD_COMMENT" onclick="{onclick}">Commenter</a>\n            </div>')
        form = self.comment_form(p, hidden=True) if listing and p.comments_open else ""
        return f"""        <div class="article_bottom">
        <div class="commentaires clearfix">
                        <div class="floatleft">
                    <span id="kiff-action-{a}" class="kiff_action"><a onclick="loginAndKiff({a}); return false;" title="Je kiffe" class="like_off" rel="nofollow" href="#">&#8203;</a></span>
                    <span id="kiff-{a}" class="kiff_value"><meta itemprop="interactionCount" content="UserLikes:{self.kiffs(p)}"/>{self.kiffs(p)}</span>
                <span id="comment_counter_{a}" class="{hide}">| <meta itemprop="interactionCount" content="UserComments:{n}"/><a class="commentview" rel="nofollow" href="{u}?action=SHOW_COMMENTS" itemprop="discussionUrl" id="nb_comment_{a}">{n}</a></span>
                  | <span class="remix_action"><a class="remix" href="#" title="Remixer cet article" rel="nofollow">&#8203;</a></span><span class="remix_value">0</span>
                            </div>{add}
                    </div>
{form}
                <div class="date">
        <p class="created_on"><a href="{u}" title="{esc(p.title)}" itemprop="url">#</a><span><time itemprop="dateCreated" datetime="{iso(p.when)}">Posté le {sky_date(p.when)}</time></span></p><div class="floatleft" style="position:relative; bottom: 5px; left: 3px;"></div>
        </div>
            </div>"""

    def article(self, p: Post, listing: bool, cls: str = "") -> str:
        a, u = self.aid(p), self.esc_url(self.url[id(p)])
        tag = "h2" if listing else "h1"
        container = 'class="post clearfix"' if listing else 'id="article_maxified_container" class="post clearfix"'
        maxi = "" if listing else " article_maxified"
        return f"""

<div id="a-{a}" class="bloc article_item istext{maxi}{cls}" itemscope itemtype="http://schema.org/BlogPosting">
<link itemprop="thumbnailUrl" href="https://static.skyrock.net/img/icons/text_100.png" /><div class="frontadmin-blog-article-wrapper"><!-- google_ad_section_start(name=blog_article_title) --><{tag} class="bloc_title"> \t<a class="plink" href="{u}" itemprop="name">{esc(p.title)}</a>
</{tag}><!-- google_ad_section_end(name=blog_article_title) --></div>
    <div {container}>
                    <div class="text-image-container" itemprop="articleBody">
                <!-- google_ad_section_start(name=blog_article) -->
                {self.body_html(p)}
<!-- google_ad_section_end(name=blog_article) -->
            </div>
    </div>
{self.article_bottom(p, listing)}
    </div>
"""

    def comment_form(self, p: Post, hidden: bool = False) -> str:
        a, u = self.aid(p), self.esc_url(self.url[id(p)])
        cls = " hide" if hidden else ""
        return (f'                        <div id="comment_add_{a}" class="comment_add donot-getstyle jsCommentAdd{cls}"><h2>Commenter</h2>'
                f'<p id="authinfo"><strong>Tu n&#039;es pas identifié.</strong><br /><a rel="nofollow" href="{u}?action=ADD_COMMENT&amp;connect=1">'
                'Clique ici pour poster un commentaire en étant identifié avec ton compte Skyrock</a> et un lien vers ton blog ainsi '
                'que ta photo seront automatiquement ajoutés à ton commentaire.</p>\n'
                f"<script type=\"text/javascript\">onload_funcs.push(function(){{return commentAddEvent({a},0,1,'Erreur lors de l\\'envoi du commentaire !','Pseudo',true,false);}});</script>\n</div>")

    # -- comments ------------------------------------------------------------------------------------------------
    def comment_pages(self, p: Post) -> list[list[Comment]]:
        newest = sorted(p.comments, key=lambda c: (c.when, c.id), reverse=True)
        return [newest[i:i + COMMENTS_PER_PAGE] for i in range(0, len(newest), COMMENTS_PER_PAGE)] or [[]]

    def comment_item(self, c: Comment) -> str:
        cid = comment_id(self.host, c)
        text = "<br />\n<br />\n".join(linked(t) for t in c.text)
        if c.by_author:
            cu = user_id(c.author)
            g = self.set["gender"]
            avatar = f"https://wir.skyrock.net/wir/v1/profilcrop/?im=%2F{cu % 10000:04d}%2F{cu}%2Fpics%2Fphoto_{cu}.jpg&amp;c=isi&amp;w=100&amp;h=100&amp;q=90"
            head = (f'                                    <div class="floatleft mini-profil-50 mn-card-wrapper mn-card-{cu}">\n'
                    f'                <a href="{self.base}/" {_ONCLICK} class=""><img class="avatar" src="{avatar}" alt="" /></a>\n'
                    f'            </div>\n                                <p class="comment_info">\n'
                    f'                            <strong><a href="{self.base}/" class="{g}" {_ONCLICK}>{esc(c.author)}</a></strong>, \n')
            cls = f"identified id_{cu}"
        else:
            head = (f'                                    <p class="comment_info">\n'
                    f'                            <strong>{esc(c.author)}</strong>,\n')
            cls = "anonyme"
        return f"""                <div class="comment-item {cls}" id="c-{cid}">
<div class="clearfix">
{head}                        <strong>Posté le </strong>{sky_date(c.when)}            
                    </p>
                <p> {text} </p>
    </div>

</div>


        <hr />
"""

    def comments_pager(self, p: Post, n: int, total: int) -> str:
        if total < 2:
            return ""
        items = []
        for k in range(1, total + 1):
            cur = ' class="current" ' if k == n else " "
            items.append(f'<li{cur}><a href="{self.esc_url(self.cpage(p, k))}">{k}</a></li>')
        if n > 1:
            items.insert(0, f'<li class="prev prev-icon" ><a accesskey="a" href="{self.esc_url(self.cpage(p, n - 1))}">Précédent</a></li>')
        if n < total:
            items.append(f'<li class="next next-icon" ><a accesskey="z" href="{self.esc_url(self.cpage(p, n + 1))}">Suivant</a></li>')
        return '    <ul class="pagination">' + " ".join(items) + " </ul>\n"

    def cpage(self, p: Post, k: int) -> str:
        return f"{self.url[id(p)]}?p={k}&action=SHOW_COMMENTS"

    @staticmethod
    def esc_url(u: str) -> str:
        return u.replace("&", "&amp;")

    def comments_block(self, p: Post, n: int) -> str:
        a, u = self.aid(p), self.esc_url(self.url[id(p)])
        pages = self.comment_pages(p)
        items = "".join(self.comment_item(c) for c in pages[n - 1])
        form = self.comment_form(p) if p.comments_open else ""
        return f"""			            <div id="article_secondary_content" class="bloc clearfix">
                                <div class="article_content_menu clearfix donot-getstyle">
                    <ul>
                                                                          <li><a href="{u}?action=SHOW_COMMENTS" class="title_tooltip">Commentaires<span class="pointe_border"></span></a></li>
                                                                                                                        <li>Kiffs</li>
                                                                                          	                          <li>Remix</li>
                                                                  </ul>
                </div>
                                <div id="secondary_content" class="clear_bloc clearfix">
{form}
                                                                <div id="blogcomments">
    <div >
{items}                <div class="commentaires">
                </div>
    </div>
{self.comments_pager(p, n, len(pages))}    <p class="clearfix"><a class="rss margin_top floatright" href="{self.base}/{a}_comments.xml" title="Suivre ces commentaires"> <span>RSS</span></a></p>
 
</div>
                                                    </div>
            </div>"""

    def single(self, p: Post, n: int = 1) -> str:
        a, u = self.aid(p), self.esc_url(self.url[id(p)])
        i = self.ordered.index(p)
        older = self.ordered[i - 1] if i > 0 else None
        newer = self.ordered[i + 1] if i + 1 < len(self.ordered) else None
        pages = len(self.comment_pages(p))
        canon = comments_url(self.host, p, n)
        desc = " ".join(" ".join(p.paragraphs).split())[:200]
        head = (f'<meta property="og:url" content="{self.esc_url(canon)}"/>\n<meta property="og:title" content="{esc(p.title)}"/>\n'
                f'<meta property="og:type" content="article"/>\n<meta property="article:published_time" content="{iso(p.when)}"/>\n'
                f'<meta property="article:modified_time" content="{iso(p.modified or p.when)}"/>\n'
                f'<meta property="article:author" content="{self.base}/profil/"/>\n'
                f'<meta property="og:description" content="{esc(desc)}"/>\n<meta name="twitter:card" content="summary"/>\n'
                f'<meta name="twitter:site" content="@SkyrockOfficiel"/>\n'
                f'<meta name="author" content="{esc(self.pseudo)}" /><meta name="medium" content="blog" />'
                f'<link rel="canonical" href="{self.esc_url(canon)}" /><link rel="home" href="{self.base}/" title="Blog de {esc(self.pseudo)}" />'
                f'<link rel="first" href="{self.base}/1.html" /><link rel="last" href="{self.base}/{pages}.html" />'
                + (f'<link rel="prev" href="{self.esc_url(self.url[id(older)])}" />' if older else "")
                + (f'<link rel="next" href="{self.esc_url(self.url[id(newer)])}" />' if newer else "")
                + '<link rel="search" href="https://www.skyrock.com/search/" />\n')
        nav = ""
        if older or newer:
            nav = '                                    <div class=" clearfix pagination">            \n'
            if older:
                nav += (f'\t\t\t\t\t\t\t\t\t<p id="article_previous"><a accesskey="a" href="{self.esc_url(self.url[id(older)])}" '
                        f'title="{esc(older.title)}">Article précédent</a></p>\n')
            if newer:
                nav += (f'\t\t\t\t\t\t\t\t\t\t\t\t\t<p id="article_next"><a accesskey="z" href="{self.esc_url(self.url[id(newer)])}" '
                        f'title="{esc(newer.title)}">Article suivant</a></p>\n')
            nav += '\t\t\t\t            </div>\n'
        content = (f'                    <p class="pagination" id="retour"><a href="{self.base}/">Retour au blog de {esc(self.pseudo)}</a> </p>\n'
                   + self.article(p, False) + self.comments_block(p, n) + "\n" + nav)
        js = (f'var blog_nb_page={pages},blog_cur_page={n},nb_articles={len(self.posts)},msgAntiClick="Le clic droit est désactivé.",'
              f'nb_comments={self.n_comments},has_video=0,articles_ids=new Array({a});')
        title = f"{esc(p.title)} - {self.blog_title()}"
        doc = self.doc(title, head, "consult sidebar_two content_slim", "h3", content, js, "blog/consultation/article")
        return doc.replace(self.alternates(), self.alternates(
            f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{self.base}/{a}_comments.xml" />'), 1)

    def item_pages(self):
        for p in self.posts:
            yield (self.path(self.url[id(p)]), (p.last_modified, len(p.comments)),
                   lambda p=p: self.pg(self.single(p)))

    # -- listings ------------------------------------------------------------------------------------------------
    def n_pages(self) -> int:
        return max(1, -(-len(self.posts) // PER_PAGE))

    def pager(self, n: int, total: int) -> str:
        if total < 2:
            return ""
        start = max(1, min(n - 4, total - 8))
        end = min(total, max(n + 4, 9))
        items = []
        if n > 1:
            items.append(f'<li class="prev prev-icon" ><a accesskey="a" href="{self.page_url(n - 1)}">Précédent</a></li>')
        if start == 2:
            items.append(f'<li ><a href="{self.page_url(1)}">1</a></li>')
        elif start > 2:
            items.append(f'<li class="first" ><a href="{self.page_url(1)}">1 ...</a></li>')
        for k in range(start, end + 1):
            cur = ' class="current" ' if k == n else " "
            items.append(f'<li{cur}><a href="{self.page_url(k)}">{k}</a></li>')
        if end == total - 1:
            items.append(f'<li ><a href="{self.page_url(total)}">{total}</a></li>')
        elif end < total - 1:
            items.append(f'<li class="last" ><a href="{self.page_url(total)}">... {total}</a></li>')
        if n < total:
            items.append(f'<li class="next next-icon" ><a accesskey="z" href="{self.page_url(n + 1)}">Suivant</a></li>')
        options = " ".join(f'<option{" selected" if k == n else ""} value="{k}">Page n°{k} sur {total}</option>'
                           for k in range(1, total + 1))
        return ('        <ul class="pagination">' + " ".join(items) + " </ul>\n"
                f"<script type=\"text/javascript\"> function sb_change_page_1(elm) {{ document.location = '/' + elm.value + '.html'; }} </script>"
                '<form action="#" class="pagination"><p><label for="form_pagination">Sélectionne une page :</label> '
                f'<select name="chpage" onchange="sb_change_page_1(this);" id="form_pagination">{options} </select></p></form>\n')

    def listing(self, n: int, chunk: list[Post], total: int) -> str:
        arts = ""
        for i, p in enumerate(chunk):
            cls = " clearfix last" if i == len(chunk) - 1 else ""
            arts += self.article(p, True, cls)
        content = (f'                                            \t<div id="articles_container" class="clearfix">\n{arts}\n'
                   f'{self.pager(n, total)}    </div>')
        ids = ", ".join(str(self.aid(p)) for p in chunk)
        js = (f'var blog_nb_page={total},blog_cur_page={n},nb_articles={len(self.posts)},msgAntiClick="Le clic droit est désactivé.",'
              f'nb_comments={self.n_comments},has_video=0,articles_ids=new Array({ids});')
        page_label = f" - Page {n}" if n > 1 else ""
        title = f"Blog de {esc(self.pseudo)}{page_label} - {self.blog_title()} - Skyrock.com"
        head = (f'<meta property="og:type" content="skyrock-com:blog"/>\n<meta property="og:url" content="{self.base}/"/>\n'
                f'<meta property="og:title" content="{self.blog_title()}"/>\n'
                f'<meta property="og:description" content="Blog de {esc(self.pseudo)}{page_label}"/>\n'
                f'<meta property="skyrock-com:articles" content="{len(self.posts)}"/>\n'
                f'<meta property="skyrock-com:comments" content="{self.n_comments}"/>\n'
                f'<meta name="author" content="{esc(self.pseudo)}" /><meta name="medium" content="blog" />'
                f'<link rel="home" href="{self.base}/" title="Blog de {esc(self.pseudo)}" /><link rel="first" href="{self.page_url(1)}" />'
                f'<link rel="last" href="{self.page_url(total)}" />'
                + (f'<link rel="next" href="{self.page_url(n + 1)}" />' if n < total else "")
                + (f'<link rel="prev" href="{self.page_url(n - 1)}" />' if n > 1 else "")
                + '<link rel="search" href="https://www.skyrock.com/search/" />\n')
        return self.doc(title, head, "consult sidebar_two content_slim", "h1", content, js, "blog/consultation")

    def archives(self) -> str:
        rows = "".join(f'\n<li><a href="{self.esc_url(self.url[id(p)])}">{esc(p.title)}</a> <span class="date">{short_date(p.when)}</span></li>'
                       for p in reversed(self.ordered))
        content = (f'<div class="bloc" id="archives_list"><h2 class="bloc_title">Ses archives</h2>\n'
                   f'<ul class="archives">{rows}\n</ul></div>')
        title = f"Archives - Blog de {esc(self.pseudo)} - {self.blog_title()} - Skyrock.com"
        return self.doc(title, "", "consult sidebar_two content_slim", "h3", content, "", "blog/archives")

    def profile(self) -> str:
        content = (f'<div class="bloc" id="profil"><h2 class="bloc_title">Profil de {esc(self.pseudo)}</h2>\n'
                   f'<p><a href="{self.base}/">Voir son blog</a></p></div>')
        return self.doc(f"Profil de {esc(self.pseudo)} - Skyrock.com", "", "consult profil", "h3", content, "", "profil")

    def not_found(self) -> str:
        content = ('<div class="bloc" id="error"><h2 class="bloc_title">Page introuvable</h2>\n'
                   f'<p>Cette page n&#039;existe pas ou plus. <a href="{self.base}/">Retour au blog de {esc(self.pseudo)}</a></p></div>')
        return self.doc("Page introuvable - Skyrock.com", "", "consult error404", "h3", content, "", "blog/404")

    # -- feeds ---------------------------------------------------------------------------------------------------
    def rss(self) -> str:
        items = ""
        for p in sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)[:FEED_ITEMS]:
            u = self.url[id(p)]
            items += (f"<item>\n<title>{x(p.title)}</title>\n<link>{x(u)}</link>\n<guid isPermaLink=\"true\">{x(u)}</guid>\n"
                      f"<pubDate>{rfc822(p.when)}</pubDate>\n<description>{x(self.body_html(p))}</description>\n</item>\n")
        last = max((p.when for p in self.posts), default=self.now)
        return (f'<?xml version="1.0" encoding="{CHARSET}"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
                f"<title>Blog de {x(self.pseudo)} - {x(self.b.name)} - Skyrock.com</title>\n<link>{self.base}/</link>\n"
                f"<description>{x(self.b.tagline)}</description>\n<language>fr</language>\n<lastBuildDate>{rfc822(last)}</lastBuildDate>\n"
                f'<atom:link href="{self.base}/rss.xml" rel="self" type="application/rss+xml" />\n{items}</channel>\n</rss>\n')

    def comments_rss(self, p: Post) -> str:
        u = self.url[id(p)]
        items = ""
        for c in sorted(p.comments, key=lambda c: (c.when, c.id), reverse=True)[:COMMENTS_PER_PAGE]:
            text = "<br />\n<br />\n".join(linked(t) for t in c.text)
            items += (f"<item>\n<title>{x(c.author)}</title>\n<link>{x(u)}#c-{comment_id(self.host, c)}</link>\n"
                      f"<guid isPermaLink=\"false\">c-{comment_id(self.host, c)}</guid>\n<pubDate>{rfc822(c.when)}</pubDate>\n"
                      f"<description>{x(text)}</description>\n</item>\n")
        return (f'<?xml version="1.0" encoding="{CHARSET}"?>\n<rss version="2.0">\n<channel>\n'
                f"<title>Commentaires de l'article {x(p.title)} - Blog de {x(self.pseudo)} - Skyrock.com</title>\n"
                f"<link>{x(u)}</link>\n<description>Les derniers commentaires de l'article {x(p.title)}</description>\n"
                f"<language>fr</language>\n{items}</channel>\n</rss>\n")

    @staticmethod
    def pg(body: str, content_type: str = HTML_TYPE, status: int = 200) -> Page:
        return page(body.encode(CHARSET, "xmlcharrefreplace"), content_type, status)


def item_pages(blog: Blog, now: datetime = NOW):
    return _Skyrock(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Skyrock blog keyed by path?query, and its 404 page."""
    t = _Skyrock(blog, now)
    keep = keep or {}
    out: dict[str, Page] = {}
    chunks = [sorted(c, key=lambda p: (p.when, p.id), reverse=True) for c in pages_of(
        sorted(blog.posts, key=lambda p: (p.when, p.id)), PER_PAGE)]
    for n, chunk in enumerate(chunks, 1):
        out[f"/{n}.html"] = t.pg(t.listing(n, chunk, len(chunks)))
    out["/"] = out["/1.html"]
    out.update(served(t, keep))
    for p in blog.posts:
        path = t.path(t.url[id(p)])
        out[f"{path}?action=SHOW_COMMENTS"] = out[path]
        out[f"{path}?p=1&action=SHOW_COMMENTS"] = out[path]
        for n in range(2, len(t.comment_pages(p)) + 1):
            out[f"{path}?p={n}&action=SHOW_COMMENTS"] = t.pg(t.single(p, n))
        out[f"/{t.aid(p)}_comments.xml"] = t.pg(t.comments_rss(p), RSS_TYPE)
    out["/archives/"] = t.pg(t.archives())
    out["/profil/"] = t.pg(t.profile())
    out["/rss.xml"] = t.pg(t.rss(), RSS_TYPE)
    out["/robots.txt"] = t.pg("User-agent: *\nDisallow: /common/\nDisallow: /*action=ADD_COMMENT\nDisallow: /*connect=1\n", TEXT_TYPE)
    return out, t.pg(t.not_found(), status=404)


IGNORED_PARAMS: set[str] = {"connect", "utm_source", "utm_medium", "utm_campaign"}
