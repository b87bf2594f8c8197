"""Drupal 10 with the core Olivero theme, the core comment module and the French locale (written blind,
from drupal/drupal core/themes/olivero/templates: html.html.twig, page.html.twig, node.html.twig,
node--teaser.html.twig + components/teaser, comment.html.twig, field--comment.html.twig,
field--node--field-tags.html.twig, links--comment.html.twig, pager.html.twig, views-view--frontpage,
block--system-branding-block, menu--primary-menu, feed-icon; olivero.theme for the dates).

Two kinds share the module: a personal or association blog, and a newsroom (several bylines): the same
article content type, the newsroom's categories shown as a "Rubrique" term above the tags.
URLs: per host, either core's /node/{nid} or a pathauto alias (/blog/2026/11/titre, /actualites/titre,
/article/titre), the front page view paged with ?page=N (0-based), /rss.xml, taxonomy term pages with
their own feed, /sitemap.xml as the simple_sitemap module writes it, core's robots.txt.
Dates: "4 décembre 2026" (olivero_medium, 'j F Y') in bylines; comments say "il y a 3 jours 5 heures"
(Olivero formats them as an interval) with the Unix time in data-comment-timestamp.
"""
from __future__ import annotations

import hashlib
from datetime import datetime

from sectorweb.dates import MOIS, NOW, iso, rfc822, to_utc
from sectorweb.families.common import (RSS, TEXT, XML, Page, autolink, comment_thread, esc, page, pages_of,
                                       redirect, served)
from sectorweb.feeds import urlset, x
from sectorweb.model import Blog, Comment, Post

VERSION = "10"
FRONT = ' data-drupal-link-system-path="&lt;front&gt;"'
SCHEMES = ("node", "blog_dated", "actualites", "article")
HSL = 'style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"'
# DateFormatter::formatInterval's units, French plurals as localize.drupal.org has them
UNITS = [(31536000, "1 année", "@count années"), (2592000, "1 mois", "@count mois"),
         (604800, "1 semaine", "@count semaines"), (86400, "1 jour", "@count jours"),
         (3600, "1 heure", "@count heures"), (60, "1 min", "@count min"), (1, "1 sec", "@count sec")]


def _h(text: str) -> int:
    return int(hashlib.md5(text.encode()).hexdigest()[:8], 16)


def scheme(host: str) -> str:
    return SCHEMES[_h("drupal:" + host) % len(SCHEMES)]


def node_path(host: str, post: Post) -> str:
    s = scheme(host)
    if s == "node":
        return f"/node/{post.id}"
    if s == "blog_dated":
        return f"/blog/{post.when:%Y/%m}/{post.slug}"
    return f"/{s}/{post.slug}"


def permalink(host: str, post: Post) -> str:
    return f"http://{host}{node_path(host, post)}"


def medium(d: datetime) -> str:
    """olivero_medium ('j F Y') in French: `4 décembre 2026`."""
    return f"{d.day} {MOIS[d.month - 1]} {d.year}"


def interval(seconds: int) -> str:
    """DateFormatter::formatInterval(seconds) with granularity 2, in French."""
    out, gran = [], 2
    for value, one, many in UNITS:
        if seconds >= value:
            n = seconds // value
            out.append(one if n == 1 else many.replace("@count", str(n)))
            seconds %= value
            gran -= 1
        elif out:
            break
        if gran == 0:
            break
    return " ".join(out) or "0 sec"


def timestamp(local: datetime) -> int:
    return int((to_utc(local) - datetime(1970, 1, 1)).total_seconds())


def thread(comments: list[Comment]) -> list[tuple[Comment, int]]:
    """Comments in thread order (a reply right after its parent's subtree), with their depth."""
    return comment_thread(comments)


def subject(c: Comment) -> str:
    """The subject core gives a comment left without one: its text cut at a word near 29 characters."""
    text = " ".join(" ".join(c.text).split())
    if len(text) <= 29:
        return text
    cut = text[:28]
    if " " in cut:
        cut = cut[:cut.rfind(" ")]
    return cut.rstrip() + "…"


class _Drupal:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.news = len({p.author for p in self.posts}) > 1
        self.aliased = scheme(blog.host) != "node"
        self.terms: dict[tuple[str, str], int] = {}  # (vocabulary, name) -> tid
        used: set[int] = set()
        for voc, name in sorted({("rubriques", p.category) for p in self.posts if self.news}
                                | {("tags", t) for p in self.posts for t in self.tags_of(p)}):
            tid = 1 + _h(f"{voc}:{name}") % 8999
            while tid in used:
                tid += 1
            used.add(tid)
            self.terms[(voc, name)] = tid
        self.slugs: dict[tuple[str, str], str] = {}
        taken: dict[str, set[str]] = {}
        from sectorweb.families import make_slug
        for key in sorted(self.terms):
            self.slugs[key] = make_slug("drupal", key[1], taken.setdefault(key[0], set()))

    def tags_of(self, p: Post) -> list[str]:
        return list(p.tags) if self.news else [p.category] + [t for t in p.tags if t != p.category]

    def term_path(self, voc: str, name: str) -> str:
        if self.aliased:
            return f"/{'rubrique' if voc == 'rubriques' else 'tags'}/{self.slugs[(voc, name)]}"
        return f"/taxonomy/term/{self.terms[(voc, name)]}"

    # -- frame -------------------------------------------------------------------------------
    def doc(self, title: str, content: str, body_class: str, head: str = "", sidebar: bool = True) -> str:
        b = self.b
        menu = [("/", "Accueil")]
        if self.news:
            rubs = sorted({p.category for p in self.posts})[:5]
            menu += [(self.term_path("rubriques", r), r) for r in rubs]
        menu.append(("/contact", "Contact"))
        items = "".join(
            f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">\n'
            f'<a href="{esc(u)}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"'
            f'{FRONT if u == "/" else ""}>\n'
            f'<span class="primary-nav__menu-link-inner">{esc(n)}</span>\n</a>\n</li>\n' for u, n in menu)
        aside = self.sidebar() if sidebar else ""
        main = (f'<div class="sidebar-grid grid-full">\n{content}\n{aside}\n</div>' if aside else content)
        return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" {HSL}>
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal {VERSION} (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />
{head}
    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_olivero.css?delta=0&amp;language=fr&amp;theme=olivero" />
    <link rel="preload" href="/core/themes/olivero/fonts/metropolis/Metropolis-Regular.woff2" as="font" type="font/woff2" crossorigin>
    <noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?t0" />
</noscript>
  </head>
  <body class="{body_class}">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Aller au contenu principal
    </a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="page-wrapper" class="page-wrapper">
  <div id="page">
      <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
        <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
          <div class="site-header__initial">
            <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="En-tête collant" aria-checked="false">
              <span class="sticky-header-toggle__icon">
                <span></span>
                <span></span>
                <span></span>
              </span>
            </button>
          </div>
          <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
            <div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
  <div class="site-branding__inner">
    <div class="site-branding__wrapper">
        <div class="site-branding__text">
          <div class="site-branding__name">
            <a href="/" title="Accueil" rel="home">{esc(b.name)}</a>
          </div>
        </div>
    </div>
      <div class="site-branding__slogan">{esc(b.tagline)}</div>
  </div>
</div>
                <div class="mobile-buttons" data-drupal-selector="mobile-buttons">
                  <button class="mobile-nav-button" aria-label="Basculer le menu principal" aria-controls="header-nav" aria-expanded="false">
                    <span class="mobile-nav-button__label">Menu</span>
                    <span class="mobile-nav-button__icon"></span>
                  </button>
                </div>
                <div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
  <div class="content">
      <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
  <div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
      <label for="edit-keys" class="form-item__label visually-hidden">Rechercher</label>
        <input title="Indiquer les termes à rechercher" placeholder="Rechercher par mot-clé ou expression." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" />
        </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Rechercher">
    <span class="icon--search"></span>
    <span class="visually-hidden">Rechercher</span>
</button>
</div>
</form>
  </div>
</div>
<nav  id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
            <h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Navigation principale</h2>
<ul  class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
{items}</ul>
  </nav>
<nav  id="block-olivero-account-menu" class="block block-menu navigation menu--account secondary-nav" aria-labelledby="block-olivero-account-menu-menu" role="navigation">
            <span class="visually-hidden" id="block-olivero-account-menu-menu">Menu du compte de l'utilisateur</span>
<ul class="menu secondary-nav__menu">
<li class="secondary-nav__menu-item secondary-nav__menu-item--link secondary-nav__menu-item--level-1">
<a href="/user/login" class="secondary-nav__menu-link secondary-nav__menu-link--link secondary-nav__menu-link--level-1" data-drupal-link-system-path="user/login">Se connecter</a>
</li>
</ul>
  </nav>
                </div>
            </div>
          </div>
        </div>
      </header>
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <main id="content" class="main-content " role="main">
          <a id="main-content" tabindex="-1"></a>
          <div class="main-content__container container">
{main}
          </div>
        </main>
        <div class="social-bar">
        </div>
      </div>
    </div>
    <footer class="site-footer">
      <div class="site-footer__inner container">
  <div class="region region--footer-bottom grid-full layout--pass--content-medium">
    <div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
  <span>
    Propulsé par
    <span>Drupal</span>
  </span>
</div>
  </div>
      </div>
    </footer>
    <div class="overlay"></div>
  </div>
</div>
  </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"fr"}},"pluralDelimiter":"\\u0003"}}</script>
<script src="/sites/default/files/js/js_olivero.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=olivero"></script>
  </body>
</html>
"""

    def sidebar(self) -> str:
        recent = "".join(f'<li><a href="{self.url[id(p)]}" hreflang="fr">{esc(p.title)}</a></li>\n'
                         for p in self.posts[::-1][:5])
        links = ""
        if self.b.blogroll:
            links = ('<nav id="block-liens" class="block block-menu navigation menu--liens" aria-labelledby="block-liens-menu" role="navigation">\n'
                     '<h2 class="block__title" id="block-liens-menu">Liens</h2>\n<ul class="menu menu--sidebar">\n'
                     + "".join(f'<li class="menu__item menu__item--link menu__item--level-1"><a href="{esc(u)}" class="menu__link menu__link--link menu__link--level-1">{esc(n)}</a></li>\n'
                               for u, n in self.b.blogroll)
                     + "</ul>\n</nav>\n")
        return f"""<div class="region region--sidebar">
<div class="views-element-container block block-views block-views-blockcontent-recent-block-1" id="block-olivero-views-block-content-recent-block-1">
  <h2 class="block__title">Contenu récent</h2>
    <div class="block__content"><div><div class="view view-content-recent view-id-content_recent view-display-id-block_1">
      <div class="view-content">
<div class="item-list"><ul>
{recent}</ul></div>
    </div>
</div></div></div>
</div>
{links}<div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block">
  <h2 class="block__title">Syndiquer</h2>
    <div class="block__content">
<a href="/rss.xml" class="feed-icon">
  <span class="feed-icon__label">
    Flux RSS
  </span>
  <span class="feed-icon__icon" aria-hidden="true"></span>
</a>
    </div>
</div>
</div>"""

    def region(self, inner: str, title: str | None = None) -> str:
        head = ""
        if title is not None:
            head = f"""<div id="block-olivero-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title">{title}</h1>
</div>
"""
        return f"""<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div data-drupal-messages-fallback class="hidden messages-list"></div>
{head}<div id="block-olivero-content" class="block block-system block-system-main-block">
{inner}
</div>
</div>"""

    # -- nodes -------------------------------------------------------------------------------
    def author(self, p: Post) -> str:
        return f'<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{esc(p.author)}</span></span>'

    def meta(self, p: Post) -> str:
        return f"""<div class="node__meta">
        <span>
          Par <span class="node__author">{self.author(p)}</span>, {medium(p.when)}
        </span>
      </div>"""

    def term_links(self, p: Post) -> str:
        out = ""
        if self.news:
            path = self.term_path("rubriques", p.category)
            out += f"""<div class="field field--name-field-rubrique field--type-entity-reference field--label-inline clearfix">
    <div class="field__label">Rubrique</div>
              <div class="field__item"><a href="{esc(path)}" hreflang="fr">{esc(p.category)}</a></div>
          </div>
"""
        tags = self.tags_of(p)
        if tags:
            lis = "".join(f'<li class="field--tags__item"><a href="{esc(self.term_path("tags", t))}" hreflang="fr">{esc(t)}</a></li>\n'
                          for t in tags)
            out += f"""<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">
      <h3 class="field__label field--tags__label">Étiquettes</h3>
    <ul class="links field__items field--tags__items">
{lis}    </ul>
</div>
"""
        return out

    def body(self, p: Post, teaser: bool = False) -> str:
        ps = p.paragraphs[:1] if teaser else p.paragraphs
        text = "\n".join(f"<p>{autolink(t, 'noopener')}</p>" for t in ps)
        if not teaser and p.source:
            text += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        return (f'<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">'
                f'{text}</div>\n')

    def teaser(self, p: Post) -> str:
        u = self.url[id(p)]
        n = len(p.comments)
        more = (f'<ul class="links inline">\n<li class="node-readmore"><a href="{u}" rel="tag" title="{esc(p.title)}" hreflang="fr">'
                f'Lire la suite<span class="visually-hidden"> à propos de {esc(p.title)}</span></a></li>\n')
        if n:
            more += f'<li class="comment-comments"><a href="{u}#comments" title="Aller au premier commentaire." hreflang="fr">{n} commentaire{"s" if n > 1 else ""}</a></li>\n'
        more += "</ul>"
        return f"""<div class="views-row">
<article data-history-node-id="{p.id}" class="node node--type-article node--promoted node--view-mode-teaser teaser">
  <header>
    <div class="teaser__meta">
      {self.meta(p)}
    </div>
    <div class="teaser__top">
      <div class="teaser__image"></div>
      <h2 class="node__title teaser__title">
        <a href="{u}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(p.title)}</span>
</a>
      </h2>
    </div>
  </header>
  <div class="teaser__content">
    {self.body(p, teaser=True)}{self.term_links(p)}{more}
  </div>
</article>
</div>
"""

    def comment(self, p: Post, c: Comment, depth: int, parent: Comment | None) -> str:
        path = f"/comment/{c.id}"
        if c.by_author:
            who = f'<span>{esc(c.author)}</span>'
            cls = "comment js-comment by-node-author"
        elif c.url:
            who = f'<a rel="nofollow" href="{esc(c.url)}" lang="" typeof="schema:Person" class="username">{esc(c.author)} (non vérifié)</a>'
            cls = "comment js-comment by-anonymous"
        else:
            who = f'<span lang="">{esc(c.author)} (non vérifié)</span>'
            cls = "comment js-comment by-anonymous"
        if depth == 0:
            cls = cls.replace("js-comment", "js-comment comment--level-1")
        ago = interval(max(0, int((self.now - c.when).total_seconds())))
        par = ""
        if parent is not None:
            par = (f'\n      <p class="visually-hidden">En réponse à <a href="/comment/{parent.id}#comment-{parent.id}" class="permalink" rel="bookmark" hreflang="fr">{esc(subject(parent))}</a>'
                   f" par {esc(parent.author)}</p>")
        links = ""
        if p.comments_open:
            links = (f'<ul class="comment__links"><li class="comment-reply comment__links-item">'
                     f'<a href="/comment/reply/node/{p.id}/comment/{c.id}" class="comment__links-link">Répondre</a></li>\n</ul>')
        text = "\n".join(f"<p>{autolink(t)}</p>" for t in c.text)
        return f"""<a id="comment-{c.id}"></a>
<article data-comment-user-id="{1 if c.by_author else 0}" class="{cls}" role="article" data-drupal-selector="comment">
  <span class="hidden" data-comment-timestamp="{timestamp(c.when)}"></span>
  <div class="comment__picture-wrapper">
    <div class="comment__picture">
    </div>
  </div>
  <div class="comment__text-wrapper">
    <footer class="comment__meta">
      <p class="comment__author">{who}</p>
      <p class="comment__time">il y a {ago}</p>{par}
    </footer>
    <div class="comment__content">
        <h3><a href="{path}#comment-{c.id}" class="permalink" rel="bookmark" hreflang="fr">{esc(subject(c))}</a></h3>
<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item">{text}</div>
{links}
    </div>
  </div>
</article>
"""

    def comments(self, p: Post) -> str:
        if not p.comments and not p.comments_open:
            return ""
        by_id = {c.id: c for c in p.comments}
        rows, depth_now = [], 0
        for c, depth in thread(p.comments):
            while depth_now < depth:
                rows.append('<div class="indented">')
                depth_now += 1
            while depth_now > depth:
                rows.append("</div>")
                depth_now -= 1
            rows.append(self.comment(p, c, depth, by_id.get(c.parent) if depth else None))
        rows += ["</div>"] * depth_now
        count = f'<span class="comments__count">{len(p.comments)}</span>' if p.comments else ""
        form = ""
        if p.comments_open:
            form = f"""<div class="add-comment">
      <div class="add-comment__form">
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{p.id}/comment" method="post" id="comment-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-textfield form-type--textfield js-form-item-name form-item--name">
      <label for="edit-name" class="form-item__label">Votre nom</label>
        <input data-drupal-default-value="Anonyme" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text form-element form-element--type-text form-element--api-textfield" />
        </div>
<div class="js-form-item form-item js-form-type-email form-type--email js-form-item-mail form-item--mail">
      <label for="edit-mail" class="form-item__label">Courriel</label>
        <input data-drupal-selector="edit-mail" aria-describedby="edit-mail--description" type="email" id="edit-mail" name="mail" value="" size="30" maxlength="64" class="form-email form-element form-element--type-email form-element--api-email" />
            <div id="edit-mail--description" class="form-item__description">
      Le contenu de ce champ est gardé privé et ne sera pas affiché publiquement.
    </div>
  </div>
<div class="js-form-item form-item js-form-type-url form-type--url js-form-item-homepage form-item--homepage">
      <label for="edit-homepage" class="form-item__label">Page d'accueil</label>
        <input data-drupal-selector="edit-homepage" type="url" id="edit-homepage" name="homepage" value="" size="30" maxlength="255" class="form-url form-element form-element--type-url form-element--api-url" />
        </div>
<div class="js-form-item form-item js-form-type-textfield form-type--textfield js-form-item-subject-0-value form-item--subject-0-value">
      <label for="edit-subject-0-value" class="form-item__label">Sujet</label>
        <input class="js-text-full text-full form-text form-element form-element--type-text form-element--api-textfield" data-drupal-selector="edit-subject-0-value" type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="64" placeholder="" />
        </div>
<div class="js-form-item form-item js-form-type-textarea form-type--textarea js-form-item-comment-body-0-value form-item--comment-body-0-value">
      <label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Commentaire</label>
        <div class="form-textarea-wrapper">
  <textarea class="js-text-full text-full form-textarea required resize-vertical form-element form-element--type-textarea form-element--api-textarea" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" placeholder="" required="required" aria-required="true"></textarea>
</div>
        </div>
<input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary js-form-submit form-submit" />
<input data-drupal-selector="edit-preview" type="submit" id="edit-preview" name="op" value="Aperçu" class="button js-form-submit form-submit" />
</div>
</form>
      </div>
    </div>
"""
        return f"""<div id="comments" class="layout--content-narrow">
<section data-drupal-selector="comments" class="field field--name-comment field--type-comment field--label-above comments">
    <h2 class="comments__title">Commentaires{count}</h2>
  {form}
{chr(10).join(rows)}
</section>
    </div>"""

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        node = f"""<article data-history-node-id="{p.id}" class="node node--type-article node--promoted node--view-mode-full">
  <header class="layout--content-narrow">
      {self.meta(p)}
  </header>
  <div class="node__content layout--content-narrow">
    {self.body(p)}{self.term_links(p)}
  </div>
  {self.comments(p)}
</article>"""
        title = f'<span class="field field--name-title field--type-string field--label-hidden">{esc(p.title)}</span>'
        desc = esc(" ".join(p.paragraphs[0].split())[:300]) if p.paragraphs else ""
        mod = p.modified or p.when
        head = (f'<meta name="description" content="{desc}" />\n'
                f'<link rel="canonical" href="{u}" />\n<link rel="shortlink" href="{self.base}/node/{p.id}" />\n'
                f'<meta property="og:site_name" content="{esc(self.b.name)}" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:url" content="{u}" />\n<meta property="og:title" content="{esc(p.title)}" />\n'
                f'<meta property="og:description" content="{desc}" />\n'
                f'<meta property="article:author" content="{esc(p.author)}" />\n'
                f'<meta property="article:published_time" content="{iso(p.when)}" />\n'
                f'<meta property="article:modified_time" content="{iso(mod)}" />')
        return self.doc(f"{p.title} | {self.b.name}", self.region(node, title),
                        "path-node page-node-type-article", head)

    def item_pages(self):
        for p in self.posts:
            yield (self.url[id(p)].removeprefix(self.base), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), modified=p.last_modified,
                                    headers={"X-Generator": f"Drupal {VERSION} (https://www.drupal.org)"}))

    # -- listings ----------------------------------------------------------------------------
    def pager(self, path: str, n: int, total: int) -> str:
        if total <= 1:
            return ""

        def href(k):  # k is 0-based
            return f"?page={k}"
        items = []
        if n > 0:
            items.append(f'<li class="pager__item pager__item--control pager__item--first"><a href="{href(0)}" class="pager__link" title="Aller à la première page"><span class="visually-hidden">Première page</span></a></li>')
            items.append(f'<li class="pager__item pager__item--control pager__item--previous"><a href="{href(n - 1)}" class="pager__link" title="Aller à la page précédente" rel="prev"><span class="visually-hidden">Page précédente</span></a></li>')
        lo, hi = max(0, n - 4), min(total, max(0, n - 4) + 9)
        if lo > 0:
            items.append('<li class="pager__item pager__item--ellipsis" role="presentation">&hellip;</li>')
        for k in range(lo, hi):
            if k == n:
                items.append(f'<li class="pager__item pager__item--active pager__item--number"><span class="visually-hidden">Page actuelle</span>{k + 1}</li>')
            else:
                items.append(f'<li class="pager__item pager__item--number"><a href="{href(k)}" class="pager__link" title="Aller à la page {k + 1}"><span class="visually-hidden">Page</span>{k + 1}</a></li>')
        if hi < total:
            items.append('<li class="pager__item pager__item--ellipsis" role="presentation">&hellip;</li>')
        if n < total - 1:
            items.append(f'<li class="pager__item pager__item--control pager__item--next"><a href="{href(n + 1)}" class="pager__link" title="Aller à la page suivante" rel="next"><span class="visually-hidden">Page suivante</span></a></li>')
            items.append(f'<li class="pager__item pager__item--control pager__item--last"><a href="{href(total - 1)}" class="pager__link" title="Aller à la dernière page"><span class="visually-hidden">Dernière page</span></a></li>')
        return ('<nav class="pager" role="navigation" aria-label="Pagination">\n<ul class="pager__items js-pager__items">\n'
                + "\n".join(items) + "\n</ul>\n</nav>\n")

    def listing(self, path: str, posts: list[Post], view: str, title: str | None, feed: str,
                head_title: str) -> dict[str, str]:
        chunks = pages_of(posts, self.b.per_page)
        out = {}
        for n, chunk in enumerate(chunks):
            key = path if n == 0 else f"{path}?page={n}"
            rows = "".join(self.teaser(p) for p in chunk)
            inner = f"""<div class="views-element-container"><div class="view view-{view.replace('_', '-')} view-id-{view} view-display-id-page_1 grid-full layout--pass--content-narrow">
    <div class="view-content">
{rows}    </div>
{self.pager(path, n, len(chunks))}<a href="{feed}" class="feed-icon">
  <span class="feed-icon__label">
    S'abonner à {esc(self.b.name)}
  </span>
  <span class="feed-icon__icon" aria-hidden="true"></span>
</a>
</div>
</div>"""
            canon = f"{self.base}{key}"
            head = (f'<link rel="canonical" href="{esc(canon)}" />\n'
                    f'<link rel="alternate" type="application/rss+xml" title="{esc(self.b.name)}" href="{self.base}{feed}" />\n'
                    f'<meta property="og:site_name" content="{esc(self.b.name)}" />\n<meta property="og:type" content="website" />\n'
                    f'<meta property="og:url" content="{esc(canon)}" />')
            ht = head_title if n == 0 else f"{head_title} | Page {n + 1}"
            cls = "path-frontpage" if path == "/" else "path-taxonomy"
            out[key] = self.doc(ht, self.region(inner, title), cls, head)
        return out

    def rss(self, posts: list[Post], title: str, link: str, self_url: str) -> str:
        items = []
        for p in posts[::-1][:self.b.feed_items]:
            u = self.url[id(p)]
            html = (f'<span class="field field--name-title field--type-string field--label-hidden">{esc(p.title)}</span>\n'
                    f'<span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{esc(p.author)}</span></span>\n'
                    f'<span class="field field--name-created field--type-created field--label-hidden"><time datetime="{iso(p.when)}" title="{medium(p.when)}">{medium(p.when)}</time></span>\n'
                    + self.body(p, teaser=True))
            cats = "".join(f'  <category domain="{self.base}{esc(self.term_path("tags", t))}">{x(t)}</category>\n'
                           for t in self.tags_of(p))
            items.append(f"""<item>
  <title>{x(p.title)}</title>
  <link>{u}</link>
  <description>{x(html)}</description>
{cats}  <pubDate>{rfc822(p.when)}</pubDate>
  <dc:creator>{x(p.author)}</dc:creator>
  <guid isPermaLink="false">{p.id} at {self.base}</guid>
    </item>""")
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{self.base}/" '
                f'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n'
                f'    <title>{x(title)}</title>\n    <link>{link}</link>\n    <description>{x(self.b.tagline)}</description>\n'
                f'    <language>fr</language>\n    <atom:link href="{self_url}" rel="self" type="application/rss+xml"/>\n'
                f'    {"".join(items)}\n  </channel>\n</rss>\n')


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# This file will be ignored unless it is at the root of your host:
# Used:    http://example.com/robots.txt
# Ignored: http://example.com/site/robots.txt
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
{delay}# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
Allow: /profiles/*.css$
Allow: /profiles/*.css?
Allow: /profiles/*.js$
Allow: /profiles/*.js?
Allow: /profiles/*.gif
Allow: /profiles/*.jpg
Allow: /profiles/*.jpeg
Allow: /profiles/*.png
Allow: /profiles/*.svg
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /composer/Metapackage/README.txt
Disallow: /composer/Metapackage/CoreRecommended/README.txt
Disallow: /composer/Metapackage/DevDependencies/README.txt
Disallow: /composer/Metapackage/PinnedDevDependencies/README.txt
Disallow: /composer/Plugin/ProjectMessage/README.md
Disallow: /composer/Plugin/Scaffold/README.md
Disallow: /composer/Plugin/VendorHardening/README.txt
Disallow: /composer/Template/README.txt
Disallow: /modules/README.txt
Disallow: /sites/README.txt
Disallow: /themes/README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
Disallow: /media/oembed
Disallow: /*/media/oembed
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout
Disallow: /index.php/media/oembed
Disallow: /index.php/*/media/oembed
Sitemap: {base}/sitemap.xml
"""


def item_pages(blog: Blog, now: datetime = NOW):
    return _Drupal(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Drupal 10 / Olivero site keyed by path?query, and its 404 page."""
    d = _Drupal(blog, now)
    keep = keep or {}
    posts = blog.posts
    last = max((p.last_modified for p in posts), default=now)
    gen = {"X-Generator": f"Drupal {VERSION} (https://www.drupal.org)"}
    out: dict[str, Page] = {}
    for path, html in d.listing("/", posts, "frontpage", None, "/rss.xml", blog.name).items():
        out[path] = page(html, modified=last, headers=gen)
    out["/node"] = redirect(f"{d.base}/")
    out.update(served(d, keep))
    for p in posts:
        if d.aliased:  # the redirect module sends the system path to the alias
            out[f"/node/{p.id}"] = redirect(d.url[id(p)])
        for c in p.comments:  # comment permalinks (Drupal renders the node there; here a redirect to it)
            out[f"/comment/{c.id}"] = redirect(d.url[id(p)])
    for (voc, name), tid in d.terms.items():
        tagged = [p for p in posts if (p.category == name if voc == "rubriques" else name in d.tags_of(p))]
        path = d.term_path(voc, name)
        feed = f"/taxonomy/term/{tid}/feed"
        for key, html in d.listing(path, tagged, "taxonomy_term", esc(name), feed, f"{name} | {blog.name}").items():
            out[key] = page(html, modified=max(p.last_modified for p in tagged), headers=gen)
        if d.aliased:
            out[f"/taxonomy/term/{tid}"] = redirect(d.base + path)
        out[feed] = page(d.rss(tagged, f"{blog.name} - {name}", d.base + path, d.base + feed), RSS, modified=last)
    out["/rss.xml"] = page(d.rss(posts, blog.name, f"{d.base}/", f"{d.base}/rss.xml"), RSS, modified=last)
    out["/contact"] = page(d.doc(f"Contact | {blog.name}", d.region(
        f"<p>Écrire à {esc(blog.author)} par le formulaire de contact du site.</p>", "Contact"), "path-contact"), headers=gen)
    entries = [(f"{d.base}/", iso(last))] + [(d.url[id(p)], iso(p.last_modified)) for p in posts[::-1]]
    out["/sitemap.xml"] = page(urlset(entries), XML, modified=last)
    delay = f"Crawl-delay: {blog.crawl_delay}\n" if blog.crawl_delay else ""
    out["/robots.txt"] = page(ROBOTS.format(delay=delay, base=d.base), TEXT)
    missing = d.doc(f"Page introuvable | {blog.name}", d.region(
        "<p>La page demandée n'a pas pu être trouvée.</p>", "Page introuvable"), "path-system", sidebar=False)
    return out, page(missing, status=404)


IGNORED_PARAMS: set[str] = {"utm_source", "utm_medium", "utm_campaign"}
