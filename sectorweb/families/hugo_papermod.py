r"""A static blog built by Hugo (0.146+) with the PaperMod theme, French (written blind, from
adityatelange/hugo-PaperMod as stored (August 2026): layouts/baseof.html, single.html, list.html,
taxonomy.html, 404.html, rss.xml, robots.txt, _partials/head.html, header.html, footer.html,
post_meta.html, author.html, breadcrumbs.html, post_nav_links.html, home_info.html, comments.html,
anchored_headings.html, templates/schema_json.html; i18n/fr.yaml for "Accueil", "Précédent", "Suivant",
"N min"). Hugo's own output as its documentation and embedded templates give it: the sitemap
(`_internal/_default/sitemap.xml`), pagination aliases (`/page/1/` refreshes to the list), the Disqus
internal template, html/template escaping (`&#39;`, `&#34;`), urlize'd term paths (accents kept,
percent-encoded), Goldmark's Linkify (bare URLs linked, no rel) and Typographer (’ “ ” … – —) on
content, and paragraph-based summaries of 70 words.

URLs vary by host as [permalinks] set them: `/posts/slug/` (the default), `/2025/03/slug/`,
`/posts/2025/03/04/slug/` or `/slug/`; lists paginate as `/page/2/`, `/posts/page/2/`,
`/tags/x/page/2/`; taxonomies `/tags/`, `/categories/`, terms `/tags/x/`, `/categories/x/`; feeds
`index.xml` beside each list (limit = the site's rss limit). Dates: post_meta's `<span title="2025-03-04
09:12:00 +0100 CET">4 mars 2025</span>` (Go's ":date_long" in fr), RSS pubDate in RFC 1123Z, sitemap
lastmod in ISO 8601 and the JSON-LD datePublished/dateModified. Authors are text (`params.author`):
PaperMod has no author pages. Categories exist as taxonomy pages only: the theme shows tags under the post,
not categories. Per host (site params): ShowReadingTime, ShowBreadCrumbs, ShowPostNavLinks, homeInfoParams,
the comments. Comments: PaperMod has only a hook (`partials/comments.html` is empty): most sites show
none; some override it with Hugo's internal Disqus template or a giscus script, both loaded by script,
so no comment is in the HTML. The blogroll is not rendered (PaperMod has no sidebar or links widget).
"""
from __future__ import annotations

import math
import re
from datetime import datetime
from urllib.parse import quote

from sectorweb.dates import NOW, fr_date, iso, offset, rfc822
from sectorweb.families.common import RSS, TEXT, XML, Page, autolink, script_json, page, pages_of, served
from sectorweb.families.jekyll import disqus_name
from sectorweb.families.wordpress_block import host_choice
from sectorweb.feeds import x
from sectorweb.model import Blog, Post

SCHEMES = ["section", "year_month", "section_date", "root"]
_SVG_CHEVRON = ('\n            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"\n'
                '                stroke-linecap="round" stroke-linejoin="round" class="feather feather-chevron-right">\n'
                '                <polyline points="9 18 15 12 9 6"></polyline>\n            </svg>')


def scheme_of(host: str) -> str:
    """The [permalinks] setting: Hugo's default on most sites."""
    weighted = ["section"] * 3 + SCHEMES[1:]
    return weighted[host_choice(host, "papermod-permalinks", len(weighted))]


def permalink(host: str, post: Post) -> str:
    w = post.when
    return "http://" + host + {"section": f"/posts/{post.slug}/", "year_month": f"/{w:%Y/%m}/{post.slug}/",
                               "section_date": f"/posts/{w:%Y/%m/%d}/{post.slug}/", "root": f"/{post.slug}/"}[scheme_of(host)]


def feed_path(host: str) -> str:
    return "/index.xml"


def comments_of(host: str) -> str:
    """What the site puts in the comments hook: nothing (most), Hugo's Disqus template, or giscus."""
    return ["none", "none", "none", "disqus", "giscus"][host_choice(host, "papermod-comments", 5)]


def option(host: str, name: str) -> bool:
    return host_choice(host, f"papermod-{name}", 3) != 0


def goesc(text: str) -> str:
    """html/template's escaping of a string in HTML text or a quoted attribute."""
    return (text.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&#34;"))


def typographer(text: str) -> str:
    """Goldmark's Typographer on plain text (before escaping): dashes, ellipsis, quotes and apostrophes."""
    text = text.replace("---", "—").replace("--", "–").replace("...", "…").replace("<<", "«").replace(">>", "»")
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = re.sub(r"(^|(?<=[\s(\[]))'", "‘", text)
    text = text.replace("'", "’")
    text = re.sub(r'(^|(?<=[\s(\[]))"', "“", text)
    return text.replace('"', "”")


def urlize(term: str) -> str:
    """Hugo's urlize: lower case, spaces to one hyphen, disallowed characters dropped, accents kept (escaped)."""
    out, hyphen, was = [], False, False
    for ch in term:
        if ch in "._#+~-@" or ch.isalnum():
            was = ch == "-"
            if hyphen and not was:
                out.append("-")
            hyphen = False
            out.append(ch)
        elif out and not was and ch.isspace():
            hyphen = True
    return quote("".join(out).lower(), safe="-._~+@")


def go_time(d: datetime) -> str:
    """Go's time.String(): `2025-03-04 09:12:00 +0100 CET`."""
    h = int(offset(d).total_seconds() // 3600)
    return f"{d:%Y-%m-%d %H:%M:%S} +{h:02d}00 {'CEST' if h == 2 else 'CET'}"


class _PaperMod:
    def __init__(self, blog: Blog, now: datetime = NOW):
        h = blog.host
        self.b = blog
        self.now = now
        self.base = f"http://{h}"
        self.posts = blog.posts
        self.url = {id(p): permalink(h, p) for p in self.posts}
        self.ordered = sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)  # Hugo's default sort
        self.reading = option(h, "readingtime")
        self.crumbs = option(h, "breadcrumbs")
        self.navlinks = option(h, "navlinks")
        self.home_info = not option(h, "homeinfo")
        self.comments = comments_of(h)
        self.typo = True
        self.terms: dict[str, dict[str, tuple[str, list[Post]]]] = {"tags": {}, "categories": {}}
        for p in self.ordered:
            for kind, names in (("tags", p.tags), ("categories", [p.category])):
                for name in names:
                    key = urlize(name) or "_"
                    self.terms[kind].setdefault(key, (name, []))[1].append(p)

    # -- text -------------------------------------------------------------------------------------------
    def inline(self, text: str) -> str:
        """A paragraph of Markdown source as Goldmark writes it: typographer, escaping, linkify."""
        html = autolink(typographer(text) if self.typo else text, "")
        return html.replace(' rel=""', "").replace("&quot;", "&#34;")

    def content_html(self, p: Post) -> str:
        body = [f"<p>{self.inline(t)}</p>" for t in p.paragraphs]
        if p.links:
            body.append("<p>" + self.inline("À lire aussi : ") + ", ".join(
                f'<a href="{goesc(u)}">{self.inline(a)}</a>' for u, a in p.links) + "</p>")
        if p.source:
            body.append(f'<p>{self.inline("Source : ")}<a href="{goesc(p.source[1])}">{self.inline(p.source[0])}</a></p>')
        return "\n".join(body) + "\n"

    def summary(self, p: Post) -> tuple[list[str], bool]:
        """Hugo's automatic summary: whole paragraphs up to summaryLength (70) words."""
        out, n = [], 0
        for t in p.paragraphs:
            out.append(t)
            n += len(t.split())
            if n >= 70:
                break
        return out, len(out) < len(p.paragraphs) or bool(p.links or p.source)

    def summary_text(self, p: Post) -> str:
        paras, _ = self.summary(p)
        return "\n".join(typographer(t) if self.typo else t for t in paras)

    def words(self, p: Post) -> int:
        return sum(len(t.split()) for t in p.paragraphs)

    # -- URLs ---------------------------------------------------------------------------------------------
    def term_url(self, kind: str, name: str) -> str:
        return f"{self.base}/{kind}/{urlize(name) or '_'}/"

    @staticmethod
    def paged(root: str, n: int) -> str:
        return root if n == 1 else f"{root}page/{n}/"

    def path(self, url: str) -> str:
        return url.removeprefix(self.base) or "/"

    # -- frame ----------------------------------------------------------------------------------------------
    def head(self, title: str, canonical: str, desc: str, author: str, keywords: list[str] | None, rss: str | None,
             extra: str = "") -> str:
        kw = f'\n<meta name="keywords" content="{goesc(", ".join(keywords))}">' if keywords is not None else ""
        feed = (f'\n<link rel="alternate" type="application/rss&#43;xml" href="{rss}" title="rss">' if rss else "")
        return f"""<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{title}</title>{kw}
<meta name="description" content="{goesc(desc)}">
<meta name="author" content="{goesc(author)}">
<link rel="canonical" href="{canonical}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.css" rel="preload stylesheet" as="style">
<link rel="icon" href="{self.base}/favicon.ico">
<link rel="icon" type="image/png" sizes="16x16" href="{self.base}/favicon-16x16.png">
<link rel="icon" type="image/png" sizes="32x32" href="{self.base}/favicon-32x32.png">
<link rel="apple-touch-icon" href="{self.base}/apple-touch-icon.png">
<link rel="mask-icon" href="{self.base}/safari-pinned-tab.svg">
<meta name="theme-color" content="#2e2e33">
<meta name="msapplication-TileColor" content="#2e2e33">{feed}
<noscript>
    <style>
        #theme-toggle,
        .top-link {{
            display: none;
        }}

    </style>
</noscript>
<script>
    if (localStorage.getItem("pref-theme") === "dark") {{
        document.querySelector("html").dataset.theme = 'dark';
    }} else if (localStorage.getItem("pref-theme") === "light") {{
       document.querySelector("html").dataset.theme = 'light';
    }} else if (window.matchMedia('(prefers-color-scheme: dark)').matches) {{
        document.querySelector("html").dataset.theme = 'dark';
    }} else {{
        document.querySelector("html").dataset.theme = 'light';
    }}

</script>{extra}"""

    def doc(self, head: str, main: str, is_list: bool) -> str:
        b = self.b
        return f"""<!DOCTYPE html>
<html lang="fr" dir="auto" data-theme="auto">

<head>{head}
</head>
{'<body class="list" id="top">' if is_list else '<body id="top">'}
    <header class="header">
    <nav class="header-nav">
        <div class="logo">
            <a href="{self.base}/" accesskey="h" title="{goesc(b.name)} (Alt + H)">{goesc(b.name)}</a>
            <div class="logo-switches">
                <button id="theme-toggle" class="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">
                    <svg class="moon" xmlns="http://www.w3.org/2000/svg" width="17" height="17" viewBox="0 0 24 24"
                        fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
                        stroke-linejoin="round">
                        <path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path>
                    </svg>
                </button>
            </div>
        </div>
        <ul id="menu" class="menu">
            <li>
                <a href="{self.base}/categories/" title="Catégories">
                    <span>Catégories</span>
                </a>
            </li>
            <li>
                <a href="{self.base}/tags/" title="Tags">
                    <span>Tags</span>
                </a>
            </li>
        </ul>
    </nav>
</header>
    <main class="main">{main}
    </main>
    
<footer class="footer">
        <span>&copy; {self.now.year} <a href="{self.base}/">{goesc(b.name)}</a></span> · 

    <span>
        Powered by
        <a href="https://gohugo.io/?utm_source=papermod" rel="noopener" target="_blank">Hugo</a> &
        <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
    </span>
</footer>
<a href="#top" id="top-link" class="top-link hidden" aria-label="go to top" title="Go to Top (Alt + G)" accesskey="g">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"
        stroke-linecap="round" stroke-linejoin="round" class="feather feather-chevrons-up">
        <polyline points="17 11 12 6 7 11"></polyline>
        <polyline points="17 18 12 13 7 18"></polyline>
    </svg>
</a>
</body>

</html>
"""

    def breadcrumbs(self, trail: list[tuple[str, str]]) -> str:
        if not self.crumbs:
            return ""
        out = '<nav class="breadcrumbs" role="navigation" aria-label="Breadcrumb">'
        for i, (u, name) in enumerate(trail):
            if i:
                out += _SVG_CHEVRON
            out += f'\n            <a href="{u}">{name}</a>'
        return out + _SVG_CHEVRON + "\n</nav>"

    def post_meta(self, p: Post) -> str:
        meta = [f'<span title="{go_time(p.when)}">{fr_date(p.when)}</span>']
        if self.reading:
            meta.append(f"<span>{max(1, math.ceil(self.words(p) / 213))} min</span>")
        meta.append(f"<span>{goesc(p.author)}</span>")
        return "&nbsp;·&nbsp;".join(meta)

    # -- single ---------------------------------------------------------------------------------------------
    def schema(self, p: Post) -> str:
        u = self.url[id(p)]
        trail = [{"@type": "ListItem", "position": 1, "name": "Posts", "item": f"{self.base}/posts/"},
                 {"@type": "ListItem", "position": 2, "name": p.title, "item": u}]
        crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": trail}
        plain = " ".join(typographer(t) if self.typo else t for t in p.paragraphs)
        post = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": p.title, "name": p.title,
                "description": self.summary_text(p), "keywords": p.tags, "articleBody": plain,
                "wordCount": str(self.words(p)), "inLanguage": "fr", "datePublished": iso(p.when),
                "dateModified": iso(p.modified or p.when), "author": {"@type": "Person", "name": p.author},
                "mainEntityOfPage": {"@type": "WebPage", "@id": u},
                "publisher": {"@type": "Organization", "name": self.b.name,
                              "logo": {"@type": "ImageObject", "url": f"{self.base}/favicon.ico"}}}
        return (f'\n<script type="application/ld+json">\n{script_json(crumbs)}\n</script>'
                f'\n<script type="application/ld+json">\n{script_json(post)}\n</script>')

    def nav_links(self, p: Post) -> str:
        if not self.navlinks or len(self.ordered) < 2:
            return ""
        i = self.ordered.index(p)
        out = '\n    <nav class="paginav">'
        if i + 1 < len(self.ordered):
            q = self.ordered[i + 1]
            out += (f'\n  <a class="prev" href="{self.url[id(q)]}">\n    <span class="title">« Précédent</span>\n'
                    f'    <span>{goesc(q.title)}</span>\n  </a>')
        if i > 0:
            q = self.ordered[i - 1]
            out += (f'\n  <a class="next" href="{self.url[id(q)]}">\n    <span class="title">Suivant »</span>\n'
                    f'    <span>{goesc(q.title)}</span>\n  </a>')
        return out + "\n</nav>"

    def comments_html(self, p: Post) -> str:
        if self.comments == "disqus":
            return f"""<div id="disqus_thread"></div>
<script>
    window.disqus_config = function () {{
    
    
    
    }};
    (function() {{
        if (["localhost", "127.0.0.1"].indexOf(window.location.hostname) != -1) {{
            document.getElementById('disqus_thread').innerHTML = 'Disqus comments not available by default when the website is previewed locally.';
            return;
        }}
        var d = document, s = d.createElement('script'); s.async = true;
        s.src = '//' + "{disqus_name(self.b.host)}" + '.disqus.com/embed.js';
        s.setAttribute('data-timestamp', +new Date());
        (d.head || d.body).appendChild(s);
    }})();
</script>
<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>
<a href="https://disqus.com" class="dsq-brlink">comments powered by <span class="logo-disqus">Disqus</span></a>"""
        if self.comments == "giscus":
            repo = f"{disqus_name(self.b.host)}/blog-comments"
            return f"""<script src="https://giscus.app/client.js"
        data-repo="{repo}"
        data-repo-id="R_kgDO{host_choice(self.b.host, 'giscus', 10**8):08d}"
        data-category="Announcements"
        data-category-id="DIC_kwDO{host_choice(self.b.host, 'giscus-cat', 10**8):08d}"
        data-mapping="pathname"
        data-strict="0"
        data-reactions-enabled="1"
        data-emit-metadata="0"
        data-input-position="bottom"
        data-theme="preferred_color_scheme"
        data-lang="fr"
        crossorigin="anonymous"
        async>
</script>"""
        return ""

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        b = self.b
        title = f"{goesc(p.title)} | {goesc(b.name)}"
        head = self.head(title, u, self.summary_text(p), p.author, p.tags, None, self.schema(p))
        crumbs = self.breadcrumbs([(f"{self.base}/", "Accueil"), (f"{self.base}/posts/", "Posts")])
        tags = "".join(f'\n      <li><a href="{self.term_url("tags", t)}">{goesc(t)}</a></li>' for t in p.tags)
        comments = ("\n" + self.comments_html(p)) if self.comments != "none" else ""
        main = f"""

<article class="post-single">
  <header class="post-header">
    {crumbs}
    <h1 class="post-title entry-hint-parent">
      {goesc(p.title)}
    </h1>
    <div class="post-meta">{self.post_meta(p)}
</div>
  </header> 
  <div class="post-content md-content">{self.content_html(p)}</div>

  <footer class="post-footer">
    <ul class="post-tags">{tags}
    </ul>{self.nav_links(p)}
  </footer>{comments}
</article>"""
        return self.doc(head, main, False)

    def item_pages(self):
        for p in self.posts:
            yield (self.path(self.url[id(p)]), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), modified=p.modified or p.when))

    # -- lists ------------------------------------------------------------------------------------------------
    def entry(self, p: Post, cls: str) -> str:
        paras, more = self.summary(p)
        text = goesc("\n".join(typographer(t) if self.typo else t for t in paras)) + ("..." if more else "")
        return f"""

<article class="{cls}">
  <header class="entry-header">
    <h2 class="entry-hint-parent">{goesc(p.title)}
    </h2>
  </header>
  <div class="entry-content">
    <p>{text}</p>
  </div>
  <footer class="entry-footer">{self.post_meta(p)}</footer>
  <a class="entry-link" aria-label="post link to {goesc(p.title)}" href="{self.url[id(p)]}"></a>
</article>"""

    def list_pages(self, posts: list[Post], root: str, heading: str | None, trail: list[tuple[str, str]],
                   is_home: bool, is_term: bool) -> dict[str, Page]:
        b = self.b
        chunks = pages_of(sorted(posts, key=lambda q: (q.when, q.id)), b.per_page)
        out: dict[str, Page] = {}
        for n, chunk in enumerate(chunks, 1):
            url = self.paged(root, n)
            main = ""
            if heading is not None:
                main += f'\n<header class="page-header">{self.breadcrumbs(trail)}\n  <h1>\n    {goesc(heading)}\n  </h1>\n</header>'
            if is_home and self.home_info and n == 1:
                main += (f'\n<article class="first-entry home-info">\n    <header class="entry-header">\n'
                         f'        <h1>{goesc(b.name)}</h1>\n    </header>\n    <div class="entry-content md-content">\n'
                         f'        <p>{self.inline(b.tagline)}</p>\n\n    </div>\n    <footer class="entry-footer">\n        \n    </footer>\n</article>')
            for i, p in enumerate(chunk):
                cls = ("first-entry" if is_home and n == 1 and i == 0 and not self.home_info
                       else "post-entry tag-entry" if is_term else "post-entry")
                main += self.entry(p, cls)
            if len(chunks) > 1:
                main += '\n<footer class="page-footer">\n  <nav class="pagination">'
                if n > 1:
                    main += f'\n    <a class="prev" href="{self.paged(root, n - 1)}">\n      «&nbsp;Précédent&nbsp;\n    </a>'
                if n < len(chunks):
                    main += f'\n    <a class="next" href="{self.paged(root, n + 1)}">Suivant&nbsp;&nbsp;»\n    </a>'
                main += "\n  </nav>\n</footer>"
            title = goesc(b.name) if is_home else f"{goesc(heading or '')} | {goesc(b.name)}"
            extra = ""
            if is_home:
                extra = "\n" + f'<script type="application/ld+json">\n{script_json({"@context": "https://schema.org", "@type": "Organization", "name": b.name, "url": self.base + "/", "description": b.tagline[:180], "logo": self.base + "/favicon.ico", "sameAs": []})}\n</script>'
            head = self.head(title, url, b.tagline, b.author, None if is_home else [], f"{root}index.xml", extra)
            out[self.path(url)] = page(self.doc(head, main, True))
            if n == 1 and len(chunks) > 1:
                out[self.path(f"{root}page/1/")] = page(self.alias(root))
        return out

    def alias(self, target: str) -> str:
        """Hugo's alias page for `/page/1/`."""
        return f"""<!DOCTYPE html>
<html lang="fr">
  <head>
    <title>{target}</title>
    <link rel="canonical" href="{target}">
    <meta name="robots" content="noindex">
    <meta charset="utf-8">
    <meta http-equiv="refresh" content="0; url={target}">
  </head>
</html>
"""

    def taxonomy_page(self, kind: str, heading: str) -> str:
        items = "".join(f'\n            <li>\n                <a href="{self.base}/{kind}/{key}/">{goesc(name)} <sup><strong><sup>{len(ps)}</sup></strong></sup> </a>\n            </li>'
                        for key, (name, ps) in sorted(self.terms[kind].items(), key=lambda kv: kv[1][0].lower()))
        main = f'\n<header class="page-header">\n    <h1>{heading}</h1>\n</header>\n\n<ul class="terms-tags">{items}\n</ul>'
        url = f"{self.base}/{kind}/"
        return self.doc(self.head(f"{heading} | {goesc(self.b.name)}", url, self.b.tagline, self.b.author, [], f"{url}index.xml"), main, True)

    # -- feeds, sitemap -----------------------------------------------------------------------------------------
    def rss(self, posts: list[Post], title: str, link: str) -> str:
        b = self.b
        shown = sorted(posts, key=lambda q: (q.when, q.id), reverse=True)[:b.feed_items]
        desc = f"Recent content {'in ' + title + ' ' if title != b.name else ''}on {b.name}"
        ch_title = title if title == b.name else f"{title} on {b.name}"
        last = max((p.modified or p.when for p in posts), default=self.now)
        items = "".join(f"""
    <item>
      <title>{goesc(p.title)}</title>
      <link>{self.url[id(p)]}</link>
      <pubDate>{rfc822(p.when)}</pubDate>
      <guid>{self.url[id(p)]}</guid>
      <description>{x(''.join(f'<p>{self.inline(t)}</p>' for t in self.summary(p)[0]))}</description>
    </item>""" for p in shown)
        return f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>{goesc(ch_title)}</title>
    <link>{link}</link>
    <description>{goesc(desc)}</description>
    <generator>Hugo</generator>
    <language>fr</language>
    <lastBuildDate>{rfc822(last)}</lastBuildDate>
    <atom:link href="{link}index.xml" rel="self" type="application/rss+xml" />{items}
  </channel>
</rss>
"""

    def sitemap(self, lists: list[tuple[str, list[Post]]]) -> str:
        rows = [(self.url[id(p)], p.modified or p.when) for p in self.ordered]
        rows += [(u, max((p.modified or p.when for p in ps), default=None)) for u, ps in lists]
        body = "".join(f"  <url>\n    <loc>{x(u)}</loc>" + (f"\n    <lastmod>{iso(lm)}</lastmod>" if lm else "") + "\n  </url>\n"
                       for u, lm in rows)
        return ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n'
                '  xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' + body + "</urlset>\n")

    def not_found(self) -> str:
        head = self.head(f"404 Page not found | {goesc(self.b.name)}", f"{self.base}/404.html", self.b.tagline, self.b.author, [], None)
        return self.doc(head, '\n<div class="not-found">404</div>', True)


def item_pages(blog: Blog, now: datetime = NOW):
    return _PaperMod(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Hugo / PaperMod blog (static files) keyed by path, and its 404 page."""
    m = _PaperMod(blog, now)
    keep = keep or {}
    base = m.base
    last = max((p.last_modified for p in blog.posts), default=now)
    out: dict[str, Page] = {}
    home = m.base + "/"
    out.update(m.list_pages(blog.posts, home, None, [], True, False))
    out.update(served(m, keep))
    out.update(m.list_pages(blog.posts, f"{base}/posts/", "Posts", [(home, "Accueil")], False, False))
    lists = [(home, blog.posts), (f"{base}/posts/", blog.posts)]
    out["/index.xml"] = page(m.rss(blog.posts, blog.name, home), RSS, modified=last)
    out["/posts/index.xml"] = page(m.rss(blog.posts, "Posts", f"{base}/posts/"), RSS, modified=last)
    for kind, heading in (("categories", "Categories"), ("tags", "Tags")):
        if not m.terms[kind]:
            continue
        out[f"/{kind}/"] = page(m.taxonomy_page(kind, heading))
        lists.append((f"{base}/{kind}/", [p for _, ps in m.terms[kind].values() for p in ps]))
        for key, (name, ps) in m.terms[kind].items():
            root = f"{base}/{kind}/{key}/"
            out.update(m.list_pages(ps, root, name, [(home, "Accueil"), (f"{base}/{kind}/", heading)], False, True))
            out[m.path(root + "index.xml")] = page(m.rss(ps, name, root), RSS)
            lists.append((root, ps))
    missing = m.not_found()
    out["/404.html"] = page(missing)
    out["/sitemap.xml"] = page(m.sitemap(lists), XML, modified=last)
    delay = f"Crawl-delay: {blog.crawl_delay}\n" if blog.crawl_delay else ""
    out["/robots.txt"] = page(f"User-agent: *\nDisallow:\n{delay}Sitemap: {base}/sitemap.xml\n", TEXT)
    return out, page(missing, status=404)


IGNORED_PARAMS: set[str] = {"utm_source", "utm_medium", "utm_campaign"}
