"""A Jekyll 4.3 blog with the minima 2.5.1 theme (written blind, from jekyll/minima at tag v2.5.1:
_layouts/default.html, home.html, post.html, page.html; _includes/head.html, header.html, footer.html,
disqus_comments.html), with the plugins `jekyll new` and GitHub Pages bring: jekyll-seo-tag 2.8 ({% seo %}
output), jekyll-feed 0.17 (/feed.xml, Atom, {% feed_meta %}), jekyll-sitemap 1.4 (/sitemap.xml and its
robots.txt); jekyll-paginate (the pagination snippet of jekyllrb.com/docs/pagination/ in the site's own
index.html, as jekyll-paginate needs; paginate_path "/page:num/"). The plugins' templates are not in the
corpus: their output is written as the plugins document and generate it.

URLs: the `permalink` setting varies by host (md5 of the host): Jekyll's default "date"
`/:categories/:year/:month/:day/:title.html`, "pretty" `/:categories/:year/:month/:day/:title/` (categories
downcased and percent-escaped as Jekyll's URL.escape_path does), or a custom `/:year/:month/:day/:title/`.
Home `/`, then `/page2/`, `/page3/`... where the site paginates (some hosts keep minima's home, which lists
every post). `/about/` (the page `jekyll new` makes), `/feed.xml`, `/sitemap.xml`, `/robots.txt`, `/404.html`.
Dates: minima's "%b %-d, %Y" (Ruby's strftime, English: "Mar 4, 2025"), `<time datetime>` with
date_to_xmlschema ("2025-03-04T09:12:00+01:00"), the same in the feed and the sitemap's lastmod.
Comments: minima's Disqus include (site.disqus.shortname set where the blog takes comments): comments are
loaded by Disqus's script, no comment text is in the HTML; posts closed to comments have `comments: false`.
Minima shows no categories, tags, author pages or blogroll: only the feed carries categories and tags.
Not done: kramdown's smart quotes (quotes and apostrophes served as typed).
"""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import quote

from sectorweb.dates import _EN_MONTHS, NOW, iso
from sectorweb.families.common import ATOM, TEXT, XML, Page, esc, ld_json, page, pages_of, post_pages, served
from sectorweb.families.wordpress_block import host_choice
from sectorweb.feeds import x
from sectorweb.model import Blog, Post

JEKYLL = "4.3.3"
SEO_TAG = "2.8.0"
SCHEMES = ["date", "pretty", "custom"]
_PATH_SAFE = "-._~!$&'()*+,;=:@/"  # Addressable's PATH character class


def scheme_of(host: str) -> str:
    return SCHEMES[host_choice(host, "jekyll-permalink", len(SCHEMES))]


def paginates(host: str) -> bool:
    """Two hosts in three use jekyll-paginate; the others keep minima's home (every post on one page)."""
    return host_choice(host, "jekyll-paginate", 3) != 0


def permalink(host: str, post: Post) -> str:
    w = post.when
    scheme = scheme_of(host)
    cats = post.category.lower()
    date = f"{w:%Y/%m/%d}"
    if scheme == "custom":
        path = f"/{date}/{post.slug}/"
    else:
        path = f"/{cats}/{date}/{post.slug}" + (".html" if scheme == "date" else "/")
    path = re.sub(r"/+", "/", path)
    return f"http://{host}" + quote(path, safe=_PATH_SAFE)


def feed_path(host: str) -> str:
    return "/feed.xml"


def minima_date(d: datetime) -> str:
    return f"{_EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def fmt(text: str) -> str:
    """jekyll-seo-tag's format_string: strip_html (script and style blocks, comments, then tags),
    normalize_whitespace, escape_once (kramdown's smart quotes left out)."""
    text = re.sub(r"(?is)<script.*?</script>|<!--.*?-->|<style.*?</style>", "", text)
    text = re.sub(r"(?s)<.*?>", "", text)
    text = " ".join(text.split())
    return re.sub(r"&amp;(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);", r"&\1;", esc(text).replace("'", "&#39;"))


def disqus_name(host: str) -> str:
    label = host.removeprefix("www.").split(".")[0]
    return re.sub(r"[^a-z0-9-]", "", label.lower()) or "blog"


class _Minima:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.disqus = any(p.comments or p.comments_open for p in self.posts)
        self.ordered = sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)  # site.posts

    # -- frame ----------------------------------------------------------------------------------
    def seo(self, title: str, canonical: str, og_type: str, desc: str, ld: dict, author: str = "",
            published: datetime | None = None, page_title: str | None = None) -> str:
        """{% seo %}: `title` is the document title, `page_title` the page's own (og:title)."""
        b = self.b
        t = fmt(page_title if page_title is not None else title)
        out = (f"<!-- Begin Jekyll SEO tag v{SEO_TAG} -->\n<title>{fmt(title)}</title>\n"
               f'<meta name="generator" content="Jekyll v{JEKYLL}" />\n'
               f'<meta property="og:title" content="{t}" />\n')
        if author:
            out += f'<meta name="author" content="{fmt(author)}" />\n'
        out += (f'<meta property="og:locale" content="fr" />\n<meta name="description" content="{fmt(desc)}" />\n'
                f'<meta property="og:description" content="{fmt(desc)}" />\n<link rel="canonical" href="{esc(canonical)}" />\n'
                f'<meta property="og:url" content="{esc(canonical)}" />\n<meta property="og:site_name" content="{fmt(b.name)}" />\n'
                f'<meta property="og:type" content="{og_type}" />\n')
        if published:
            out += f'<meta property="article:published_time" content="{iso(published)}" />\n'

        def formatted(v):
            if isinstance(v, dict):
                return {k: w if k.startswith("@") or k in ("url", "datePublished", "dateModified") else formatted(w) for k, w in v.items()}
            return fmt(v) if isinstance(v, str) else v
        out += (f'<meta name="twitter:card" content="summary" />\n<meta property="twitter:title" content="{t}" />\n'
                f'<script type="application/ld+json">\n{ld_json(formatted(ld))}</script>\n<!-- End Jekyll SEO tag -->\n')
        return out

    def doc(self, seo: str, content: str) -> str:
        b = self.b
        return f"""<!DOCTYPE html>
<html lang="fr"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">{seo}<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="{self.base}/feed.xml" title="{esc(b.name)}" /></head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">{esc(b.name)}</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z M18,7.516C18,8.335,17.335,9,16.516,9H1.484C0.665,9,0,8.335,0,7.516l0,0 c0-0.82,0.665-1.484,1.484-1.484h15.032C17.335,6.031,18,6.696,18,7.516L18,7.516z M18,13.516C18,14.335,17.335,15,16.516,15H1.484 C0.665,15,0,14.335,0,13.516l0,0c0-0.82,0.665-1.483,1.484-1.483h15.032C17.335,12.031,18,12.695,18,13.516L18,13.516z"/>
            </svg>
          </span>
        </label>

        <div class="trigger"><a class="page-link" href="/about/">À propos</a></div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        {content}
      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">{esc(b.name)}</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">{esc(b.author)}</li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>{esc(b.tagline)}</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>
"""

    # -- posts -------------------------------------------------------------------------------------
    def content_html(self, p: Post) -> str:
        """kramdown's output for the post's Markdown."""
        out = [f"<p>{esc(t)}</p>" for t in p.paragraphs]
        if p.links:
            out.append("<p>À lire aussi : " + ", ".join(f'<a href="{esc(u)}">{esc(a)}</a>' for u, a in p.links) + "</p>")
        if p.source:
            out.append(f'<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>')
        return "\n\n".join(out) + "\n"

    def excerpt(self, p: Post) -> str:
        """jekyll-seo-tag's description: the post's excerpt (its first paragraph)."""
        return p.paragraphs[0] if p.paragraphs else ""

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        comments = ""
        if self.disqus and (p.comments_open or p.comments):
            comments = f"""<div id="disqus_thread"></div>
  <script>
    var disqus_config = function () {{
      this.page.url = '{esc(u)}';
      this.page.identifier = '{esc(u)}';
    }};

    (function() {{
      var d = document, s = d.createElement('script');

      s.src = 'https://{disqus_name(self.b.host)}.disqus.com/embed.js';

      s.setAttribute('data-timestamp', +new Date());
      (d.head || d.body).appendChild(s);
    }})();
  </script>
  <noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript>"""
        rel = u.removeprefix(self.base)
        content = f"""<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{esc(p.title)}</h1>
    <p class="post-meta">
      <time class="dt-published" datetime="{iso(p.when)}" itemprop="datePublished">{minima_date(p.when)}
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{esc(p.author)}</span></span></p>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    {self.content_html(p)}
  </div>{comments}<a class="u-url" href="{esc(rel)}" hidden></a>
</article>"""
        desc = self.excerpt(p)
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person", "name": p.author},
              "dateModified": iso(p.modified or p.when), "datePublished": iso(p.when), "description": desc,
              "headline": p.title, "mainEntityOfPage": {"@type": "WebPage", "@id": u}, "url": u}
        seo = self.seo(f"{p.title} | {self.b.name}", u, "article", desc, ld, p.author, p.when, p.title)
        return self.doc(seo, content)

    def item_pages(self):
        return post_pages(self)

    # -- home, feed, sitemap ----------------------------------------------------------------------------
    def home_pages(self) -> dict[str, str]:
        b = self.b
        per = b.per_page if paginates(b.host) else max(1, len(self.posts))
        chunks = pages_of(self.posts, per)
        total = len(chunks)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            lis = "".join(f"""<li><span class="post-meta">{minima_date(p.when)}</span>
        <h3>
          <a class="post-link" href="{esc(self.url[id(p)].removeprefix(self.base))}">
            {esc(p.title)}
          </a>
        </h3></li>""" for p in chunk)
            pager = ""
            if paginates(b.host) and total > 1:
                prev = (f'<a href="{"/" if n == 2 else f"/page{n - 1}/"}">&laquo; Prev</a>' if n > 1 else "<span>&laquo; Prev</span>")
                nums = "\n    ".join(f"<em>{k}</em>" if k == n else (f'<a href="/">{k}</a>' if k == 1 else f'<a href="/page{k}/">{k}</a>')
                                     for k in range(1, total + 1))
                nxt = f'<a href="/page{n + 1}/">Next &raquo;</a>' if n < total else "<span>Next &raquo;</span>"
                pager = f'\n<div class="pagination">\n    {prev}\n    {nums}\n    {nxt}\n</div>'
            lst = (f'<h2 class="post-list-heading">Posts</h2>\n    <ul class="post-list">{lis}</ul>{pager}\n\n'
                   f'    <p class="rss-subscribe">subscribe <a href="/feed.xml">via RSS</a></p>') if self.posts else ""
            path = "/" if n == 1 else f"/page{n}/"
            title = f"{b.name} | {b.tagline}" if n == 1 else f"Page {n} of {total} for {b.name} | {b.tagline}"
            ld = {"@context": "https://schema.org", "@type": "WebSite", "description": b.tagline, "headline": b.name,
                  "name": b.name, "url": f"{self.base}{path}"}
            seo = self.seo(title, f"{self.base}{path}", "website", b.tagline, ld, page_title=b.name)
            out[path] = self.doc(seo, f'<div class="home">{lst}\n\n</div>')
        return out

    def about(self) -> str:
        b = self.b
        content = f"""<article class="post">

  <header class="post-header">
    <h1 class="post-title">À propos</h1>
  </header>

  <div class="post-content">
    <p>{esc(b.tagline)}</p>

  </div>

</article>"""
        u = f"{self.base}/about/"
        ld = {"@context": "https://schema.org", "@type": "WebPage", "description": b.tagline, "headline": "À propos", "url": u}
        return self.doc(self.seo(f"À propos | {b.name}", u, "website", b.tagline, ld, page_title="À propos"), content)

    def feed(self) -> str:
        """jekyll-feed's Atom feed (posts_limit 10, or the blog's feed length)."""
        b = self.b
        last = max((p.last_modified for p in self.posts), default=self.now)
        entries = []
        for p in self.ordered[:b.feed_items]:
            u = self.url[id(p)]
            cats = "".join(f'<category term="{esc(c)}" />' for c in [p.category] + p.tags)
            entries.append(f'<entry><title type="html">{x(esc(p.title))}</title><link href="{x(u)}" rel="alternate" type="text/html" '
                           f'title="{esc(p.title)}" /><published>{iso(p.when)}</published><updated>{iso(p.modified or p.when)}</updated>'
                           f'<id>{x(u)}</id><content type="html" xml:base="{x(u)}">{x(self.content_html(p))}</content>'
                           f'<author><name>{x(p.author)}</name></author>{cats}'
                           f'<summary type="html">{x(esc(" ".join(p.paragraphs[0].split()) if p.paragraphs else ""))}</summary></entry>')
        return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">'
                f'<generator uri="https://jekyllrb.com/" version="{JEKYLL}">Jekyll</generator>'
                f'<link href="{self.base}/feed.xml" rel="self" type="application/atom+xml" />'
                f'<link href="{self.base}/" rel="alternate" type="text/html" hreflang="fr" />'
                f'<updated>{iso(last)}</updated><id>{self.base}/feed.xml</id><title type="html">{x(esc(b.name))}</title>'
                f'<subtitle>{x(b.tagline)}</subtitle><author><name>{x(b.author)}</name></author>'
                + "".join(entries) + "</feed>")

    def sitemap(self, pages: list[str]) -> str:
        rows = [(self.url[id(p)], iso(p.modified or p.when)) for p in sorted(self.posts, key=lambda q: (q.when, q.id))]
        rows += [(self.base + path, None) for path in pages]
        body = "".join(f"<url>\n<loc>{x(u)}</loc>\n" + (f"<lastmod>{lm}</lastmod>\n" if lm else "") + "</url>\n" for u, lm in rows)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" '
                'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + body + "</urlset>\n")

    def not_found(self) -> str:
        content = """<style type="text/css" media="screen">
  .container {
    margin: 10px auto;
    max-width: 600px;
    text-align: center;
  }
  h1 {
    margin: 30px 0;
    font-size: 4em;
    line-height: 1;
    letter-spacing: -1px;
  }
</style>

<div class="container">
  <h1>404</h1>

  <p><strong>Page not found :(</strong></p>
  <p>The requested page could not be found.</p>
</div>"""
        u = f"{self.base}/404.html"
        ld = {"@context": "https://schema.org", "@type": "WebPage", "description": self.b.tagline, "headline": self.b.name, "url": u}
        return self.doc(self.seo(f"{self.b.name} | {self.b.tagline}", u, "website", self.b.tagline, ld, page_title=self.b.name), content)


def item_pages(blog: Blog, now: datetime = NOW):
    return _Minima(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Jekyll / minima blog (static files) keyed by path, and its 404 page."""
    m = _Minima(blog, now)
    keep = keep or {}
    last = max((p.last_modified for p in blog.posts), default=now)
    out: dict[str, Page] = {}
    for path, html in m.home_pages().items():
        out[path] = page(html, modified=last)
    out.update(served(m, keep))
    out.setdefault("/about/", page(m.about()))
    missing = m.not_found()
    out["/404.html"] = page(missing)
    out["/feed.xml"] = page(m.feed(), ATOM, modified=last)
    listed = [p for p in out if p == "/" or re.fullmatch(r"/page\d+/", p)] + ["/about/"]
    out["/sitemap.xml"] = page(m.sitemap(listed), XML, modified=last)
    delay = f"User-agent: *\nCrawl-delay: {blog.crawl_delay}\n\n" if blog.crawl_delay else ""
    out["/robots.txt"] = page(f"{delay}Sitemap: {m.base}/sitemap.xml\n", TEXT)
    return out, page(missing, status=404)


IGNORED_PARAMS: set[str] = {"utm_source", "utm_medium", "utm_campaign"}
