r"""A Medium publication (or a Medium profile) on its custom domain, as a crawler receives it (written blind).

Medium is closed source and no template of it is in the corpus. Followed: saved Medium article pages and
scrapers' fixtures and selectors in the code corpus: the server-rendered story (`article` > `section`,
`h1.pw-post-title[data-testid=storyTitle][data-selectable-paragraph]`, `h2.pw-subtitle-paragraph`, body
paragraphs `p.pw-post-body-paragraph[data-selectable-paragraph]` with four-hex ids and atomic CSS classes,
links `<a class="af …" href rel="noopener ugc nofollow" target="_blank">`, `figure.paragraph-image`), the byline
(`img[data-testid=authorPhoto]`, `a[data-testid=authorName]`, `span[data-testid=storyReadTime]` "5 min read",
`span[data-testid=storyPublishDate]` "Oct 15, 2024", `div.speechify-ignore`), the claps
(`div.pw-multi-vote-count` > `p` > `button`) and the responses count (`button[aria-label=responses]`
`span.pw-responses-count`), `article.meteredContent` and "Member-only story" for member-only stories, the head's
`og:site_name` (the publication, or "Medium"), `al:android:package` "com.medium.reader", the `<title>`
"… | by Author | Publication | Medium", tag links `a[href*="/tag/"]`, `window.__APOLLO_STATE__`. From memory
(marked so): the publication home and its `/archive/YYYY/MM` pages, the paywall's wording, `/feed` (RSS 2.0,
the 10 latest stories, full text, "was originally published in … on Medium"), `/sitemap/sitemap.xml` with
daily post sitemaps, robots.txt, the `?source=` parameters Medium adds to its internal links.

URLs: stories at `/<slug>-<12 hex>` (the canonical), `/p/<12 hex>` answers 301 to it. Locale: Medium's
interface is English whatever the story's language: dates "Mar 4, 2025" (in UTC, as the server renders them),
"min read", "Member-only story". Categories are not shown (Medium has none); the model's tags are Medium tags
(links to medium.com/tag/…). Responses (the model's comments) are loaded by script: the HTML holds only their
count (and the claps, a count Medium shows and the model has not: made from the responses, deterministic).
Varies by host: a publication (home with the latest stories, `/archive` by month, every story reachable) or a
profile (home with the latest 10 stories and `/about`: older stories only through the feed and the sitemap);
the Partner Program: on about a third of the hosts most stories are member-only, and a logged-out crawler gets
their first paragraphs and the paywall, and a feed item cut the same way.
"""
from __future__ import annotations

import hashlib
import math
import re
from datetime import datetime

from sectorweb.dates import NOW, http_date, to_utc
from sectorweb.families.common import RSS, TEXT, XML, Page, autolink, cdata, esc, page, redirect, script_json, served
from sectorweb.families.wordpress_block import host_choice, trim_words
from sectorweb.feeds import x
from sectorweb.model import Blog, Comment, Post

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
SHOWN = 10  # stories the home page renders before infinite scroll
FEED_ITEMS = 10  # Medium's feeds hold the 10 latest stories
PREVIEW_WORDS = 100  # what a logged-out reader gets of a member-only story (about)


def _hex(*parts) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()


def story_id(host: str, post: Post) -> str:
    return _hex("medium-post", host, post.id)[:12]


def permalink(host: str, post: Post) -> str:
    return f"http://{host}/{post.slug}-{story_id(host, post)}"


def feed_path(host: str) -> str:
    return "/feed"


def comment_anchor(host: str, c: Comment) -> str:  # responses are not in the HTML
    return f"response-{c.id}"


def kind_of(host: str) -> str:
    """"publication" or "profile"."""
    return "profile" if host_choice(host, "medium-kind", 3) == 0 else "publication"


def partner(host: str) -> bool:
    """The writers are in the Partner Program: most stories member-only."""
    return host_choice(host, "medium-partner", 3) == 0


def member_only(host: str, post: Post) -> bool:
    return partner(host) and host_choice(f"{host}:{post.id}", "medium-locked", 3) != 0


def shown_paragraphs(host: str, post: Post) -> list[str]:
    """The paragraphs a logged-out crawler receives."""
    if not member_only(host, post):
        return list(post.paragraphs)
    out, words = [], 0
    for para in post.paragraphs:
        out.append(para)
        words += len(para.split())
        if words >= PREVIEW_WORDS:
            break
    return out[:max(1, len(post.paragraphs) - 1)]


def handle(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())[:24] or "user"


def post_date(d: datetime) -> str:
    u = to_utc(d)
    return f"{MONTHS[u.month - 1]} {u.day}, {u.year}"


def utc_ms(d: datetime) -> str:
    return to_utc(d).strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def read_time(post: Post) -> int:
    return max(1, math.ceil(sum(len(p.split()) for p in post.paragraphs) / 265))


def claps(host: str, post: Post) -> int:
    return 0 if not post.comments else 4 * len(post.comments) + host_choice(f"{host}:{post.id}", "medium-claps", 60)


def _tag_slug(tag: str) -> str:
    from sectorweb.families import _ascii
    return "-".join(w.lower() for w in re.findall(r"[A-Za-z0-9]+", _ascii(tag))) or "tag"


class _Medium:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.host = blog.host
        self.base = f"http://{blog.host}"
        self.kind = kind_of(blog.host)
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.ordered = sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)
        self.pub_id = _hex("medium-pub", blog.host)[:12]
        self.months = sorted({(to_utc(p.when).year, to_utc(p.when).month) for p in self.posts}, reverse=True)

    def sid(self, p: Post) -> str:
        return story_id(self.host, p)

    def profile(self, name: str) -> str:
        return f"{self.base}/" if self.kind == "profile" and name == self.b.author else f"https://medium.com/@{handle(name)}"

    def source(self, where: str, p: Post, i: int = 0) -> str:
        """Medium's tracking parameter on internal links."""
        what = "collection_home" if self.kind == "publication" else "user_profile_page"
        return {"home": f"?source={what}---------{i}----------------------------",
                "archive": f"?source=collection_archive---------{i}-----------------------",
                "byline": f"?source=post_page---byline--{self.sid(p)}---------------------------------------",
                "feed": f"?source=rss----{self.pub_id}---4"}[where]

    def avatar(self, name: str, size: int, testid: bool = False) -> str:
        t = ' data-testid="authorPhoto"' if testid else ""
        return (f'<img alt="{esc(name)}" class="l fd by dd de cx" src="https://miro.medium.com/v2/resize:fill:{size * 2}:{size * 2}/'
                f'1*{_hex("avatar", name)[:22]}.png" width="{size}" height="{size}" loading="lazy"{t}/>')

    # -- frame -----------------------------------------------------------------------------------------------------
    def site_name(self) -> str:
        return self.b.name if self.kind == "publication" else "Medium"

    def doc(self, title: str, desc: str, canonical: str, main: str, head: str = "", state: dict | None = None) -> str:
        b = self.b
        apollo = script_json(state or {"ROOT_QUERY": {"__typename": "Query"}})
        brand = (f'<a href="{self.base}/" class="ag ah ai aj"><span class="publication-name">{esc(b.name)}</span></a>'
                 if self.kind == "publication" else
                 '<a href="https://medium.com/?source=post_page---top_nav_layout_nav-----------------------------------------" aria-label="Homepage">Medium</a>')
        return f"""<!doctype html><html lang="en"><head><title data-rh="true">{esc(title)}</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" name="twitter:app:name:iphone" content="Medium"/><meta data-rh="true" name="twitter:app:id:iphone" content="828256236"/><meta data-rh="true" property="al:ios:app_name" content="Medium"/><meta data-rh="true" property="al:ios:app_store_id" content="828256236"/><meta data-rh="true" property="al:android:package" content="com.medium.reader"/><meta data-rh="true" property="fb:app_id" content="542599432471018"/><meta data-rh="true" property="og:site_name" content="{esc(self.site_name())}"/><meta data-rh="true" name="description" content="{esc(desc)}"/><meta data-rh="true" property="og:description" content="{esc(desc)}"/><meta data-rh="true" property="og:url" content="{esc(canonical)}"/><meta data-rh="true" property="al:web:url" content="{esc(canonical)}"/><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large"/><meta data-rh="true" name="referrer" content="unsafe-url"/><meta data-rh="true" name="twitter:site" content="@Medium"/>{head}<link data-rh="true" rel="icon" href="https://miro.medium.com/v2/resize:fill:256:256/1*{self.pub_id}.png"/><link data-rh="true" rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml"/><link data-rh="true" rel="canonical" href="{esc(canonical)}"/><link data-rh="true" rel="alternate" type="application/rss+xml" title="RSS" href="{self.base}/feed"/></head><body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l m n o c"><div class="p q r s t u v w x y z ab ac ae"><div class="ab q af ag">{brand}</div><div class="ab q ah"><a href="https://medium.com/m/signin?operation=register&amp;redirect={esc(canonical)}" class="ai aj ak">Sign up</a><a href="https://medium.com/m/signin?operation=login&amp;redirect={esc(canonical)}" class="ai aj ak">Sign in</a></div></div></div>{main}</div></div></div><script>window.__BUILD_ID__="main-20261027-181209-0ae3f9c2f4"</script><script>window.__GRAPHQL_URI__ = "{self.base}/_/graphql"</script><script>window.__APOLLO_STATE__ = {apollo}</script><script src="https://cdn-client.medium.com/lite/static/js/manifest.4f9a1b2c.js"></script><script src="https://cdn-client.medium.com/lite/static/js/main.7b3c5d1e.js"></script></body></html>"""

    # -- story ----------------------------------------------------------------------------------------------------------
    def para_id(self, p: Post, i: int) -> str:
        return _hex("medium-para", self.host, p.id, i)[:4]

    def body_html(self, p: Post, paragraphs: list[str]) -> str:
        cls = "pw-post-body-paragraph mf mg fv mh b mi mj mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nb nc fo bj"
        out = [f'<p id="{self.para_id(p, i)}" class="{cls}" data-selectable-paragraph="">{autolink(t, "x")}</p>'
               .replace(' rel="x"', ' rel="noopener ugc nofollow" target="_blank" class="af nd"')
               for i, t in enumerate(paragraphs)]
        if len(paragraphs) == len(p.paragraphs):
            k = len(paragraphs)
            if p.links:
                out.append(f'<p id="{self.para_id(p, k)}" class="{cls}" data-selectable-paragraph="">À lire aussi : '
                           + ", ".join(f'<a class="af nd" href="{esc(u)}" rel="noopener ugc nofollow" target="_blank">{esc(a)}</a>'
                                       for u, a in p.links) + "</p>")
            if p.source:
                out.append(f'<p id="{self.para_id(p, k + 1)}" class="{cls}" data-selectable-paragraph="">Source : '
                           f'<a class="af nd" href="{esc(p.source[1])}" rel="noopener ugc nofollow" target="_blank">{esc(p.source[0])}</a></p>')
        return "".join(out)

    def byline(self, p: Post) -> str:
        prof = self.profile(p.author) + self.source("byline", p)
        pub = ""
        if self.kind == "publication":
            pub = (f'<div class="ab q"><span class="be b bf z dw">Published in</span><div class="pw-publication-name">'
                   f'<a class="af ag ah" href="{self.base}/{self.source("byline", p)}" rel="noopener follow">'
                   f'<p class="be b bf z dw">{esc(self.b.name)}</p></a></div></div>')
        return f"""<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="gi gj gk gl gm ab"><div><div class="ab gn"><div><div class="bm" aria-hidden="false"><a href="{esc(prof)}" rel="noopener follow"><div class="l go gp by gq gr">{self.avatar(p.author, 44, True)}</div></a></div></div></div></div><div class="bn bh l"><div class="ab"><div style="flex:1"><span class="be b bf z bk"><div class="gs ab q"><div class="ab q gt"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="be b gu gv bk"><a class="af ag ah ai aj ak al am an ao ap aq ar gw" data-testid="authorName" href="{esc(prof)}" rel="noopener follow">{esc(p.author)}</a></p></div></div></div><span class="gx gy" aria-hidden="true"><span class="be b bf z dw">·</span></span><p class="be b gu gv dw"><span><a class="gz ha ah ai aj ak al am an ao ap aq ar ex hb hc" href="https://medium.com/m/signin?actionUrl=follow&amp;source=post_page---byline--{self.sid(p)}" rel="noopener follow">Follow</a></span></p></div></div></span></div></div>{pub}<div class="l hd"><span class="be b bf z dw"><div class="ab cp he"><span data-testid="storyReadTime">{read_time(p)} min read</span><div class="hf hg l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dw">·</span></span></div><span data-testid="storyPublishDate">{post_date(p.when)}</span></div></span></div></div></div>{self.actions(p, "header")}</div></div>"""

    def actions(self, p: Post, where: str) -> str:
        n, c = len(p.comments), claps(self.host, p)
        count = (f'<div class="pw-multi-vote-count l hh hi hj hk hl hm hn"><div><div class="bm" aria-hidden="false">'
                 f'<p class="be b du z dw"><button class="af ag ah ai aj ak al am an ao ap aq ar ho hp">{c}</button></p></div></div></div>'
                 if c else "")
        resp = (f'<p class="be b du z dw"><span class="pw-responses-count hq hr">{n}</span></p>' if n else "")
        return f"""<div class="hs ht hu hv hw hx hy hz ia ib ic id ie if ig"><div class="h k"><div class="ih l"><div class="ab q ii ij"><div class="pw-multi-vote-icon ed ik il im in"><div><div class="bm" aria-hidden="false"><button data-testid="{where}ClapButton" class="io ip iq ir is it iu iv iw ix iy iz ja" aria-label="clap"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path fill-rule="evenodd" d="M11.37.828 12 3.282l.63-2.454zM13.916 3.953l1.523-2.112-1.184-.39zM8.589 1.84l1.522 2.112-.337-2.501zM18.523 18.92c-.86.86-1.75 1.246-2.62 1.33a6 6 0 0 0 .407-.372c2.388-2.389 2.86-4.951 1.399-7.623l-.912-1.603-.79-1.672c-.26-.56-.194-.98.203-1.288a.7.7 0 0 1 .546-.132c.283.046.546.231.728.5l2.363 4.157c.976 1.624 1.141 4.237-1.324 6.702"></path></svg></button></div></div></div>{count}</div></div><div class="ab q jb jc"><div class="bm" aria-hidden="false"><button class="af ag ah ai aj ak al am an ao ap aq ar jd" aria-label="responses"><svg width="24" height="24" viewBox="0 0 24 24" class="je"><path d="M18.006 16.803c1.533-1.456 2.234-3.325 2.234-5.321C20.24 7.357 16.709 4 12.191 4S4 7.357 4 11.482c0 4.126 3.674 7.482 8.191 7.482.817 0 1.622-.111 2.393-.327.231.2.48.391.744.559 1.06.693 2.203 1.044 3.399 1.044.224-.008.4-.112.486-.287a.49.49 0 0 0-.042-.518c-.495-.67-.845-1.364-1.04-2.057a4 4 0 0 1-.125-.598z"></path></svg>{resp}</button></div></div></div></div>"""

    def tags_html(self, p: Post) -> str:
        if not p.tags:
            return ""
        items = "".join(f'<div class="jf jg l"><a href="https://medium.com/tag/{_tag_slug(t)}{self.source("byline", p)}" rel="noopener follow">'
                        f'<div class="jh fd cx ji gk jj jk bf b bg z bk jl">{esc(t)}</div></a></div>' for t in p.tags)
        return f'<div class="ab ca"><div class="ch bg fa fb fc fd"><div class="jm jn ab jo">{items}</div></div></div>'

    def paywall(self, p: Post) -> str:
        return (f'<div class="ab ca jp"><div class="ch bg fa fb fc fd"><div class="jq jr js jt" data-testid="storyPreviewMeteredBanner">'
                f'<h2 class="be jf ju jv jw jx bk">Create an account to read the full story.</h2>'
                f'<p class="be b bf z bk">The author made this story available to Medium members only.<br/>'
                f'If you’re new to Medium, create a new account to read this story on us.</p>'
                f'<div class="ab q jy"><a class="af ag ah ai aj ak al am an ao ap aq ar jz" href="https://medium.com/m/signin?operation=register&amp;redirect={esc(self.url[id(p)])}" rel="noopener follow">Sign up</a></div>'
                f'<p class="be b du z dw">Already have an account? <a class="af ag" href="https://medium.com/m/signin?operation=login&amp;redirect={esc(self.url[id(p)])}" rel="noopener follow">Sign in</a></p>'
                f'</div></div></div>')

    def description(self, p: Post) -> str:
        words, more = trim_words(shown_paragraphs(self.host, p), 30)
        return words + ("…" if more else "")

    def state(self, p: Post) -> dict:
        uid = _hex("medium-user", p.author)[:12]
        return {"ROOT_QUERY": {"__typename": "Query", f'postResult({{"id":"{self.sid(p)}"}})': {"__ref": f"Post:{self.sid(p)}"}},
                f"Post:{self.sid(p)}": {"__typename": "Post", "id": self.sid(p), "title": p.title,
                                        "mediumUrl": self.url[id(p)], "isLocked": member_only(self.host, p),
                                        "firstPublishedAt": int(to_utc(p.when).timestamp() * 1000),
                                        "latestPublishedAt": int(to_utc(p.modified or p.when).timestamp() * 1000),
                                        "clapCount": claps(self.host, p), "postResponses": {"__typename": "PostResponses",
                                                                                             "count": len(p.comments)},
                                        "readingTime": read_time(p), "creator": {"__ref": f"User:{uid}"},
                                        "tags": [{"__ref": f"Tag:{_tag_slug(t)}"} for t in p.tags]},
                f"User:{uid}": {"__typename": "User", "id": uid, "name": p.author, "username": handle(p.author)}}

    def ld(self, p: Post) -> str:
        u = self.url[id(p)]
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "image": [], "url": u,
                "dateCreated": utc_ms(p.when), "datePublished": utc_ms(p.when), "dateModified": utc_ms(p.modified or p.when),
                "headline": p.title, "name": p.title, "description": self.description(p), "identifier": self.sid(p),
                "author": {"@type": "Person", "name": p.author, "url": self.profile(p.author)}, "creator": [p.author],
                "publisher": {"@type": "Organization", "name": self.site_name(), "url": self.base + "/"},
                "mainEntityOfPage": u, "isAccessibleForFree": not member_only(self.host, p)}
        if member_only(self.host, p):
            data["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".meteredContent"}
        return f'<script data-rh="true" type="application/ld+json">{script_json(data)}</script>'

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        locked = member_only(self.host, p)
        shown = shown_paragraphs(self.host, p)
        badge = ('<div class="ab q kb"><div class="kc kd ke"><span class="be b bf z dw">Member-only story</span></div></div>'
                 if locked else "")
        article = f"""<article{' class="meteredContent"' if locked else ''}><div class="l"><div class="l"><span class="l"></span><section><div><div class="fu fv fw fx fy"></div><div class="fz ga gb gc gd"><div class="ab ca"><div class="ch bg fa fb fc fd">{badge}<div><h1 id="{self.para_id(p, -1)}" class="pw-post-title ft fu fv be fw fx fy fz ga gb gc gd ge gf gg gh gi gj gk gl gm gn go gp gq gr gs gt gu gv bj" data-testid="storyTitle" data-selectable-paragraph="">{esc(p.title)}</h1></div><div>{self.byline(p)}</div>{self.body_html(p, shown)}</div></div></div></div></section></div></div></article>"""
        after = self.paywall(p) if locked else self.tags_html(p)
        footer = f'<div class="ab ca"><div class="ch bg fa fb fc fd">{self.actions(p, "footer")}</div></div>'
        written = (f'<div class="ab ca"><div class="ch bg fa fb fc fd"><div class="ka kf"><a href="{esc(self.profile(p.author))}" rel="noopener follow">'
                   f'{self.avatar(p.author, 48)}</a><h2 class="be kg kh ki kj bk"><span class="kk">Written by {esc(p.author)}</span></h2></div></div></div>')
        main = (f'<div class="l"><div class="l"><div class="ab"><main class="kl"><div class="l">{article}{after}{footer}{written}</div></main></div></div></div>')
        pub = f" | {self.b.name}" if self.kind == "publication" else ""
        title = f"{p.title} | by {p.author}{pub} | Medium"
        head = (f'<meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="{utc_ms(p.when)}"/>'
                f'<meta data-rh="true" property="og:title" content="{esc(p.title)}"/><meta data-rh="true" property="al:android:url" content="medium://p/{self.sid(p)}"/>'
                f'<meta data-rh="true" property="al:ios:url" content="medium://p/{self.sid(p)}"/><meta data-rh="true" name="author" content="{esc(p.author)}"/>'
                f'<meta data-rh="true" name="twitter:label1" content="Reading time"/><meta data-rh="true" name="twitter:data1" content="{read_time(p)} min read"/>'
                f'<link data-rh="true" rel="author" href="{esc(self.profile(p.author))}"/>{self.ld(p)}')
        return self.doc(title, self.description(p), u, main, head, self.state(p))

    def item_pages(self):
        for p in self.posts:
            yield (self.url[id(p)].removeprefix(self.base), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), modified=p.last_modified))

    # -- lists -------------------------------------------------------------------------------------------------------------
    def preview(self, p: Post, where: str, i: int) -> str:
        u = self.url[id(p)].removeprefix(self.base) + self.source(where, p, i)
        n = len(p.comments)
        resp = (f'<div class="ab q lb"><button class="af ag" aria-label="responses"><span class="pw-responses-count lc">{n}</span></button></div>'
                if n else "")
        star = '<span class="ld" aria-label="Member-only story">★</span>' if member_only(self.host, p) else ""
        return f"""<article class="la l" data-testid="post-preview"><div class="l"><div class="ab q le"><a href="{esc(self.profile(p.author))}" rel="noopener follow">{self.avatar(p.author, 20)}</a><p class="be b bf z bk"><a class="af ag" href="{esc(self.profile(p.author))}" rel="noopener follow">{esc(p.author)}</a></p></div><div role="link" tabindex="0" data-href="{esc(self.url[id(p)])}" class="lf"><a href="{esc(u)}" rel="noopener follow"><h2 class="be lg lh li lj bk">{esc(p.title)}</h2><h3 class="be b lk ll lm bk">{esc(self.description(p))}</h3></a></div><div class="ab q ln"><div class="ab q">{star}<span class="be b bf z dw">{post_date(p.when)}</span></div>{resp}</div></div></article>"""

    def header(self) -> str:
        b = self.b
        if self.kind == "publication":
            return (f'<div class="ab ca lo"><div class="ch bg fa fb fc fd"><div class="lp"><h1 class="be lq lr bk">{esc(b.name)}</h1>'
                    f'<p class="be b bf z dw ls">{esc(b.tagline)}</p><div class="ab q"><a class="af ag lt" href="{self.base}/about" rel="noopener follow">About</a>'
                    f'<a class="af ag lt" href="{self.base}/archive" rel="noopener follow">Archive</a></div></div></div></div>')
        return (f'<div class="ab ca lo"><div class="ch bg fa fb fc fd"><div class="lp"><h1 class="be lq lr bk">{esc(b.author)}</h1>'
                f'<p class="be b bf z dw ls">{esc(b.tagline)}</p><div class="ab q"><a class="af ag lt" href="{self.base}/" rel="noopener follow">Home</a>'
                f'<a class="af ag lt" href="{self.base}/about" rel="noopener follow">About</a></div></div></div></div>')

    def home(self) -> str:
        b = self.b
        items = "".join(self.preview(p, "home", i) for i, p in enumerate(self.ordered[:SHOWN]))
        main = f'<div class="l"><div class="ab"><main class="kl">{self.header()}<div class="ab ca"><div class="ch bg fa fb fc fd"><div class="lu">{items}</div></div></div></main></div></div>'
        title = f"{b.name}" if self.kind == "publication" else f"{b.author} – Medium"
        return self.doc(title, b.tagline, f"{self.base}/", main, '<meta data-rh="true" property="og:type" content="website"/>')

    def archive_index(self) -> str:
        years: dict[int, list[int]] = {}
        for y, m in self.months:
            years.setdefault(y, []).append(m)
        rows = "".join(f'<div class="lv"><h2 class="be lw bk"><a href="{self.base}/archive/{y}">{y}</a></h2><div class="ab q lx">'
                       + "".join(f'<a class="af ag ly" href="{self.base}/archive/{y}/{m:02d}">{MONTHS_LONG[m - 1]}</a>' for m in sorted(ms))
                       + "</div></div>" for y, ms in sorted(years.items(), reverse=True))
        main = f'<div class="l"><div class="ab"><main class="kl">{self.header()}<div class="ab ca"><div class="ch bg fa fb fc fd"><h2 class="be lw bk">Archive</h2>{rows}</div></div></main></div></div>'
        return self.doc(f"Archive of stories published by {self.b.name}", self.b.tagline, f"{self.base}/archive", main)

    def archive_year(self, y: int) -> str:
        posts = [p for p in self.ordered if to_utc(p.when).year == y]
        months = "".join(f'<a class="af ag ly" href="{self.base}/archive/{y}/{m:02d}">{MONTHS_LONG[m - 1]}</a>'
                         for yy, m in sorted(self.months) if yy == y)
        items = "".join(self.preview(p, "archive", i) for i, p in enumerate(posts[:SHOWN]))
        main = (f'<div class="l"><div class="ab"><main class="kl">{self.header()}<div class="ab ca"><div class="ch bg fa fb fc fd">'
                f'<h2 class="be lw bk">Archive of stories published by {esc(self.b.name)} in {y}</h2><div class="ab q lx">{months}</div>'
                f'<div class="lu">{items}</div></div></div></main></div></div>')
        return self.doc(f"Archive of stories published by {self.b.name} in {y}", self.b.tagline, f"{self.base}/archive/{y}", main)

    def archive_month(self, ym: tuple[int, int]) -> str:
        y, m = ym
        posts = [p for p in self.ordered if (to_utc(p.when).year, to_utc(p.when).month) == ym]
        items = "".join(self.preview(p, "archive", i) for i, p in enumerate(posts))
        main = (f'<div class="l"><div class="ab"><main class="kl">{self.header()}<div class="ab ca"><div class="ch bg fa fb fc fd">'
                f'<h2 class="be lw bk">Archive of stories published by {esc(self.b.name)} in {MONTHS_LONG[m - 1]} {y}</h2>'
                f'<div class="lu">{items}</div></div></div></main></div></div>')
        return self.doc(f"Archive of stories published by {self.b.name} in {MONTHS_LONG[m - 1]} {y}", self.b.tagline,
                        f"{self.base}/archive/{y}/{m:02d}", main)

    def about(self) -> str:
        b = self.b
        main = (f'<div class="l"><div class="ab"><main class="kl">{self.header()}<div class="ab ca"><div class="ch bg fa fb fc fd">'
                f'<div class="lz"><p class="be b ma mb bk">{esc(b.tagline)}</p><p class="be b bf z dw">'
                f'<a class="af ag" href="{esc(self.profile(b.author))}" rel="noopener follow">{esc(b.author)}</a></p></div></div></div></main></div></div>')
        return self.doc(f"About – {b.name}", b.tagline, f"{self.base}/about", main)

    def not_found(self) -> str:
        main = ('<div class="l"><div class="ab"><main class="kl"><div class="ab ca"><div class="ch bg fa fb fc fd"><div class="mc">'
                '<h1 class="be md me bk">404</h1><h2 class="be b mf mg bk">Out of nothing, something.</h2>'
                '<p class="be b bf z dw">You can find (just about) anything on Medium — apparently even a page that doesn’t exist. '
                'Maybe these stories will take you somewhere new?</p>'
                f'<a class="af ag" href="{self.base}/">Home</a></div></div></div></main></div></div>')
        return self.doc("Medium", "", f"{self.base}/", main)

    # -- feed, sitemap ---------------------------------------------------------------------------------------------------------
    def feed(self) -> str:
        b = self.b
        items = []
        for p in self.ordered[:FEED_ITEMS]:
            u = self.url[id(p)]
            shown = shown_paragraphs(self.host, p)
            body = self.body_html(p, shown)
            if len(shown) < len(p.paragraphs):
                body += f'<p><a href="{u}{self.source("feed", p)}">Continue reading on {esc(self.site_name())} »</a></p>'
            elif self.kind == "publication":
                body += (f'<hr><p><a href="{u}">{esc(p.title)}</a> was originally published in '
                         f'<a href="{self.base}">{esc(b.name)}</a> on Medium, where people are continuing the conversation '
                         f'by highlighting and responding to this story.</p>')
            cats = "".join(f"<category>{cdata(_tag_slug(t))}</category>" for t in p.tags)
            items.append(f'<item><title>{cdata(p.title)}</title><link>{x(u + self.source("feed", p))}</link>'
                         f'<guid isPermaLink="false">https://medium.com/p/{self.sid(p)}</guid>{cats}'
                         f"<dc:creator>{cdata(p.author)}</dc:creator><pubDate>{http_date(p.when)}</pubDate>"
                         f"<atom:updated>{utc_ms(p.modified or p.when)}</atom:updated>"
                         f"<content:encoded>{cdata(body)}</content:encoded></item>")
        last = max((p.when for p in self.posts), default=self.now)
        title = f"{b.name} - Medium" if self.kind == "publication" else f"Stories by {b.author} on Medium"
        return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" '
                'xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html">'
                f"<channel><title>{cdata(title)}</title><description>{cdata(b.tagline + ' - Medium')}</description>"
                f"<link>{x(self.base + '?source=rss----' + self.pub_id + '---4')}</link>"
                f"<generator>Medium</generator><lastBuildDate>{http_date(last)}</lastBuildDate>"
                f'<atom:link href="{self.base}/feed" rel="self" type="application/rss+xml"/>'
                f"<webMaster>{cdata('yourfriends@medium.com')}</webMaster>"
                f'<atom:link href="http://medium.superfeedr.com" rel="hub"/>{"".join(items)}</channel></rss>')

    def sitemap_days(self) -> dict[str, list[Post]]:
        days: dict[str, list[Post]] = {}
        for p in self.ordered:
            days.setdefault(to_utc(p.when).strftime("%Y-%m-%d"), []).append(p)
        return days

    def sitemap_index(self) -> str:
        rows = "".join(f"<sitemap><loc>{self.base}/sitemap/posts/{d[:4]}/posts-{d}.xml</loc></sitemap>"
                       for d in sorted(self.sitemap_days()))
        return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + rows + "</sitemapindex>")

    def sitemap_day(self, posts: list[Post]) -> str:
        rows = "".join(f"<url><loc>{x(self.url[id(p)])}</loc><lastmod>{to_utc(p.modified or p.when).strftime('%Y-%m-%d')}</lastmod>"
                       "<changefreq>monthly</changefreq><priority>0.7</priority></url>" for p in posts)
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + rows + "</urlset>")


def item_pages(blog: Blog, now: datetime = NOW):
    return _Medium(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Medium publication or profile on its custom domain keyed by path?query, and its 404 page."""
    m = _Medium(blog, now)
    keep = keep or {}
    last = max((p.last_modified for p in blog.posts), default=now)
    out: dict[str, Page] = {"/": page(m.home(), modified=last), "/about": page(m.about())}
    out.update(served(m, keep))
    for p in blog.posts:
        out[f"/p/{m.sid(p)}"] = redirect(m.url[id(p)])
    if m.kind == "publication":
        out["/archive"] = page(m.archive_index(), modified=last)
        for y in sorted({y for y, _ in m.months}):
            out[f"/archive/{y}"] = page(m.archive_year(y))
        for ym in m.months:
            out[f"/archive/{ym[0]}/{ym[1]:02d}"] = page(m.archive_month(ym))
    out["/feed"] = page(m.feed(), RSS, modified=last)
    out["/sitemap/sitemap.xml"] = page(m.sitemap_index(), XML, modified=last)
    for day, posts in m.sitemap_days().items():
        out[f"/sitemap/posts/{day[:4]}/posts-{day}.xml"] = page(m.sitemap_day(posts), XML)
    out["/robots.txt"] = page("User-Agent: *\nDisallow: /m/\nDisallow: /me/\nDisallow: /@me$\nDisallow: /@me/\n"
                              "Disallow: /*/edit$\nDisallow: /*/*/edit$\nDisallow: /media/\nDisallow: /p/*/share\nDisallow: /r/\n"
                              "Disallow: /trending\nDisallow: /search\nDisallow: /_/api/\n"
                              "Allow: /_/api/users/*/meta\nAllow: /_/api/users/*/profile/stream\nAllow: /_/api/posts/*/responses\n"
                              "Allow: /_/api/posts/*/responsesStream\nAllow: /_/api/posts/*/related\n\n"
                              f"Sitemap: {m.base}/sitemap/sitemap.xml\n", TEXT)
    return out, page(m.not_found(), status=404)


IGNORED_PARAMS: set[str] = {"source", "sk", "utm_source", "utm_medium", "utm_campaign", "gi"}
