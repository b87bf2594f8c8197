"""XenForo 2.2 with its default style, French.

Follows the XenForo 2 public templates `thread_view` and the `post_macros` / `message_macros`
(`article.message.message--post.js-post[data-author][data-content=post-N]#js-post-N` with schema.org
`Comment` microdata; `section.message-user` > `h4.message-name > a.username`; `header.message-attribution`
with `time.u-dt[datetime=2025-03-04T10:12:00+0100][data-date-string]` and `#N`; the text in
`article.message-body > div[itemprop=text] > div.bbWrapper`; quotes as
`blockquote.bbCodeBlock--quote[data-quote]` with "X a dit :" in `.bbCodeBlock-title`; signature in
`aside.message-signature`), `forum_view` / `thread_list_macros` (`div.structItem--thread[data-author]`,
`.structItem-title a`), `forum_list` / `node_list_forum` (`h3.node-title a`), `page_nav` and
`PAGE_CONTAINER` (`html#XF`, `h1.p-title-value`, breadcrumbs, "Logiciel de forum par XenForo").
URLs: `/threads/slug.N/`, `/threads/slug.N/page-2`, `/forums/slug.N/`, `/members/name.N/`;
feeds `/forums/-/index.rss` and `/forums/slug.N/index.rss`.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import NOW, fr_date, offset, to_utc
from sectorweb.families import make_slug, thread_url
from sectorweb.families.common import Page, autolink, esc
from sectorweb.families.forumkit import ForumView, render_forum, rss
from sectorweb.model import Board, Forum, Message, Thread


def xftime(d: datetime, extra: str = "") -> str:
    """`<time class="u-dt" datetime="2025-03-04T10:12:00+0100" ...>4 mars 2025</time>` as XenForo writes it."""
    h = int(offset(d).total_seconds() // 3600)
    stamp = int((to_utc(d) - datetime(1970, 1, 1)).total_seconds())
    return (f'<time class="u-dt" dir="auto" datetime="{d:%Y-%m-%dT%H:%M:%S}+{h:02d}00" data-time="{stamp}" '
            f'data-date-string="{fr_date(d)}" data-time-string="{d:%H:%M}" title="{fr_date(d)} à {d:%H:%M}"{extra}>{fr_date(d)}</time>')


class _XF(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.node = {b.id: f"{make_slug('xenforo', b.name, set())}.{b.id}" for b in forum.boards}

    def turl(self, t: Thread) -> str:
        return thread_url("xenforo", self.f.host, t).removeprefix(self.base)

    def board_path(self, b: Board, k: int) -> str:
        return f"/forums/{self.node[b.id]}/" + (f"page-{k + 1}" if k else "")

    def thread_path(self, t: Thread, k: int) -> str:
        return self.turl(t) + (f"page-{k + 1}" if k else "")

    def member(self, name: str) -> str:
        return f"/members/{make_slug('xenforo', name, set())}.{self.f.users[name]}/"

    def username(self, name: str, inner: str | None = None) -> str:
        return (f'<a href="{self.member(name)}" class="username " dir="auto" data-user-id="{self.f.users[name]}" '
                f'data-xf-init="member-tooltip">{inner or esc(name)}</a>')

    def doc(self, title: str, template: str, main: str, crumbs: list[tuple[str, str]], h1: str | None,
            head: str = "", description: str = "") -> str:
        f = self.f
        crumb = "".join(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{h}" itemprop="item"><span itemprop="name">{esc(n)}</span></a><meta itemprop="position" content="{i}"></li>'
                        for i, (h, n) in enumerate([("/", "Accueil"), ("/forums/", "Forums")] + crumbs, 1))
        title_block = (f'<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">{esc(h1)}</h1></div>{description}</div>'
                       if h1 else "")
        return f"""<!DOCTYPE html>
<html id="XF" lang="fr-FR" dir="LTR" data-app="public" data-template="{template}" data-container-key="" data-content-key="" data-logged-in="false" data-cookie-prefix="xf_" data-csrf="1741079520,8f1e2d3c" class="has-no-js template-{template}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{esc(title)}</title>
<link rel="manifest" href="/webmanifest.php">
<meta name="theme-color" content="#185886">
<meta property="og:site_name" content="{esc(f.name)}">
{head}<link rel="alternate" type="application/rss+xml" title="Flux RSS pour {esc(f.name)}" href="/forums/-/index.rss">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=2&amp;d=1700000000&amp;k=3b2a">
<script src="/js/xf/preamble.min.js?_v=4a1b2c3d"></script>
</head>
<body data-template="{template}">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/default/xenforo/xenforo-logo.png" alt="{esc(f.name)}" width="100" height="36"></a></div>
</div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
<li><div class="p-navEl is-selected"><a href="/" class="p-navEl-link" data-nav-id="forums">Forums</a></div></li>
<li><div class="p-navEl"><a href="/whats-new/" class="p-navEl-link" data-nav-id="whatsNew">Quoi de neuf ?</a></div></li>
<li><div class="p-navEl"><a href="/members/" class="p-navEl-link" data-nav-id="members">Membres</a></div></li>
</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" rel="nofollow" data-xf-click="overlay"><span class="p-navgroup-linkText">Connexion</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" rel="nofollow" data-xf-click="overlay"><span class="p-navgroup-linkText">S'inscrire</span></a></div></div>
</div></nav></div>
<div class="p-body"><div class="p-body-inner">
<div class="p-breadcrumbs--parent"><ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">{crumb}</ul></div>
{title_block}
<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent">
{main}
</div></div></div>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner">
<div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
<li><a href="/misc/contact" data-xf-click="overlay">Nous contacter</a></li>
<li><a href="/help/terms/">Conditions générales d'utilisation</a></li>
<li><a href="/help/privacy-policy/">Politique de confidentialité</a></li>
<li><a href="/help/">Aide</a></li>
<li><a href="/">Accueil</a></li>
<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss" aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li>
</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Logiciel de forum par XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2023 XenForo Ltd.</span></a> | Traduction par : <a href="https://xenfrench.net" class="u-concealed" target="_blank" rel="noopener">XenFrench</a></div>
</div></footer>
</div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer"><li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility=""><div class="notice-content"><div class="u-alignCenter">Ce site utilise des cookies pour personnaliser le contenu, adapter votre expérience et vous garder connecté si vous vous enregistrez.<br>En continuant à utiliser ce site, vous consentez à notre utilisation de cookies.</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span class="button-text">Accepter</span></a></div></div></li></ul></div>
</body>
</html>
"""

    def page_nav(self, path_of, n_pages: int, k: int) -> str:
        if n_pages <= 1:
            return ""
        pages = "".join(f'<li class="pageNav-page {"pageNav-page--current " if i == k else ""}"><a href="{path_of(i)}">{i + 1}</a></li>'
                        for i in range(n_pages))
        prev = f'<a href="{path_of(k - 1)}" class="pageNav-jump pageNav-jump--prev">Précédent</a>' if k else ""
        nxt = f'<a href="{path_of(k + 1)}" class="pageNav-jump pageNav-jump--next">Suivant</a>' if k + 1 < n_pages else ""
        return (f'<div class="block-outer"><div class="block-outer-main"><nav class="pageNavWrapper pageNavWrapper--mixed ">'
                f'<div class="pageNav  ">{prev}<ul class="pageNav-main">{pages}</ul>{nxt}</div></nav></div></div>')

    def index(self) -> str:
        nodes = []
        for b in self.f.boards:
            last = ""
            if b.threads:
                t = max(b.threads, key=lambda t: t.messages[-1].when)
                m = t.messages[-1]
                last = (f'<div class="node-extra"><div class="node-extra-row"><a href="{self.turl(t)}post-{m.id}" class="node-extra-title" title="{esc(t.title)}">{esc(t.title)}</a></div>'
                        f'<div class="node-extra-row"><ul class="listInline listInline--bullet"><li class="node-extra-date">{xftime(m.when)}</li><li class="node-extra-user">{self.username(m.author)}</li></ul></div></div>')
            n_msgs = sum(len(t.messages) for t in b.threads)
            nodes.append(f"""<div class="node node--id{b.id} node--depth2 node--forum node--read">
<div class="node-body">
<span class="node-icon" aria-hidden="true"><i class="fa--xf far fa-comments" aria-hidden="true"></i></span>
<div class="node-main js-nodeMain"><h3 class="node-title"><a href="{self.board_path(b, 0)}" data-xf-init="element-tooltip" data-shortcut="node-description">{esc(b.name)}</a></h3>
<div class="node-description node-description--tooltip js-nodeDescTooltip">{esc(b.description)}</div></div>
<div class="node-stats"><dl class="pairs pairs--rows"><dt>Discussions</dt><dd>{len(b.threads)}</dd></dl><dl class="pairs pairs--rows"><dt>Messages</dt><dd>{n_msgs}</dd></dl></div>
{last}
</div>
</div>""")
        total = sum(len(t.messages) for t in self.f.threads())
        main = f"""<div class="block block--category block--category1"><div class="block-container">
<h2 class="block-header"><a href="/#forums.1">Forums</a></h2>
<div class="block-body">
{chr(10).join(nodes)}
</div></div></div>
<div class="block" data-widget-id="9" data-widget-key="forum_overview_forum_statistics"><div class="block-container"><h3 class="block-minorHeader">Statistiques du forum</h3><div class="block-body block-row">
<dl class="pairs pairs--justified count--threads"><dt>Discussions</dt><dd>{len(self.f.threads())}</dd></dl>
<dl class="pairs pairs--justified count--messages"><dt>Messages</dt><dd>{total}</dd></dl>
<dl class="pairs pairs--justified count--users"><dt>Membres</dt><dd>{len(self.f.users)}</dd></dl>
</div></div></div>"""
        return self.doc(self.f.name, "forum_list", main, [], self.f.name, description=f'<div class="p-description">{esc(self.f.tagline)}</div>')

    def board(self, b: Board, k: int) -> str:
        items = []
        for t in b.threads[k * self.tper:(k + 1) * self.tper]:
            first, lastm = t.messages[0], t.messages[-1]
            pages = self.n_pages(len(t.messages), self.per)
            jump = ""
            if pages > 1:
                jump = ('<span class="structItem-pageJump">' + "".join(f'<a href="{self.thread_path(t, i)}">{i + 1}</a>' for i in range(pages)) + "</span>")
            items.append(f"""<div class="structItem structItem--thread js-inlineModContainer js-threadListItem-{t.id}" data-author="{esc(first.author)}">
<div class="structItem-cell structItem-cell--icon"><div class="structItem-iconContainer"><a href="{self.member(first.author)}" class="avatar avatar--s avatar--default avatar--default--dynamic" data-user-id="{self.f.users[first.author]}" data-xf-init="member-tooltip"><span class="avatar-u{self.f.users[first.author]}-s" role="img" aria-label="{esc(first.author)}">{esc(first.author[:1].upper())}</span></a></div></div>
<div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy">
<div class="structItem-title"><a href="{self.turl(t)}" class="" data-tp-primary="on" data-xf-init="preview-tooltip" data-preview-url="{self.turl(t)}preview">{esc(t.title)}</a></div>
<div class="structItem-minor"><ul class="structItem-parts"><li>{self.username(first.author)}</li><li class="structItem-startDate"><a href="{self.turl(t)}" rel="nofollow">{xftime(first.when)}</a></li></ul>{jump}</div>
</div>
<div class="structItem-cell structItem-cell--meta" title="Nombre de réactions au premier message : 0"><dl class="pairs pairs--justified"><dt>Réponses</dt><dd>{len(t.messages) - 1}</dd></dl><dl class="pairs pairs--justified structItem-minor"><dt>Affichages</dt><dd>{t.views}</dd></dl></div>
<div class="structItem-cell structItem-cell--latest"><a href="{self.turl(t)}latest" rel="nofollow">{xftime(lastm.when, ' class="structItem-latestDate"')}</a><div class="structItem-minor">{self.username(lastm.author)}</div></div>
</div>""")
        nav = self.page_nav(lambda i: self.board_path(b, i), self.n_pages(len(b.threads), self.tper), k)
        main = f"""{nav}
<div class="block" data-xf-init="" data-type="thread" data-href="/inline-mod/">
<div class="block-container"><div class="block-body"><div class="structItemContainer">
<div class="structItemContainer-group js-threadList">
{chr(10).join(items)}
</div></div></div></div>
</div>
{nav}"""
        title = f"{b.name} | {self.f.name}" + (f" | Page {k + 1}" if k else "")
        head = f'<link rel="canonical" href="{self.base}{self.board_path(b, k)}">\n<link rel="alternate" type="application/rss+xml" title="Flux RSS pour {esc(b.name)}" href="/forums/{self.node[b.id]}/index.rss">\n'
        return self.doc(title, "forum_view", main, [(self.board_path(b, 0), b.name)], b.name, head,
                        f'<div class="p-description">{esc(b.description)}</div>')

    def post(self, t: Thread, m: Message, pos: int) -> str:
        uid = self.f.users[m.author]
        url = f"{self.turl(t)}post-{m.id}"

        def quote(who: str, text: str) -> str:
            return (f'<blockquote data-attributes="member: {self.f.users.get(who, 0)}" data-quote="{esc(who)}" data-source="post: {m.id}" '
                    f'class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">'
                    f'<div class="bbCodeBlock-title"><a href="/goto/post?id={m.id}" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" data-content-selector="#post-{m.id}">{esc(who)} a dit :</a></div>'
                    f'<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">{text}</div>'
                    f'<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Cliquez pour agrandir...</a></div></div></blockquote>')
        body = "<br>\n<br>\n".join(p.removeprefix("<p>").removesuffix("</p>") for p in self.body(m, quote).split("</p><p>"))
        sig = (f'<aside class="message-signature"><div class="bbWrapper">{autolink(m.signature, "nofollow")}</div></aside>' if m.signature else "")
        micro = (f' itemscope itemtype="https://schema.org/Comment" itemid="{self.base}/posts/{m.id}/"' if pos else "")
        parent = f'<meta itemprop="parentItem" itemscope itemid="{self.base}{self.turl(t)}">' if pos else ""
        author_micro = ' itemprop="author" itemscope itemtype="https://schema.org/Person"' if pos else ""
        name = f'<span itemprop="name">{esc(m.author)}</span>' if pos else esc(m.author)
        date_prop = ' itemprop="datePublished"' if pos else ""
        text_prop = ' itemprop="text"' if pos else ""
        title = "Administrateur" if m.author in self.f.admins else "Membre"
        return f"""<article class="message message--post js-post js-inlineModContainer  " data-author="{esc(m.author)}" data-content="post-{m.id}" id="js-post-{m.id}"{micro}>
{parent}<span class="u-anchorTarget" id="post-{m.id}"></span>
<div class="message-inner">
<div class="message-cell message-cell--user">
<section class="message-user"{author_micro}>
<div class="message-avatar "><div class="message-avatar-wrapper"><a href="{self.member(m.author)}" class="avatar avatar--m avatar--default avatar--default--dynamic" data-user-id="{uid}" data-xf-init="member-tooltip"><span class="avatar-u{uid}-m" role="img" aria-label="{esc(m.author)}">{esc(m.author[:1].upper())}</span></a></div></div>
<div class="message-userDetails"><h4 class="message-name">{self.username(m.author, name)}</h4><h5 class="userTitle message-userTitle" dir="auto">{title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Inscrit</dt><dd>{fr_date(self.joined(m.author))}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>{self.n_posts[m.author]}</dd></dl></div>
<span class="message-userArrow"></span>
</section>
</div>
<div class="message-cell message-cell--main">
<div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline ">
<li class="u-concealed"><a href="{url}" rel="nofollow">{xftime(m.when, date_prop)}</a></li>
</ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="{url}" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/{m.id}/share" aria-label="Partager" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="{url}" rel="nofollow">#{pos + 1}</a></li></ul>
</header>
<div class="message-content js-messageContent">
<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{m.id}" data-lb-caption-desc="{esc(m.author)} &middot; {fr_date(m.when)} à {m.when:%H:%M}">
<article class="message-body js-selectToQuote">
<div{text_prop}><div class="bbWrapper">{body}</div></div>
<div class="js-selectToQuoteEnd">&nbsp;</div>
</article>
</div>
{sig}
</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="{url}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" data-xf-init="reaction" data-reaction-list="&lt; .js-post | .js-reactionsList" rel="nofollow"><i aria-hidden="true"></i><span class="reaction-text js-reactionText"><bdi>J'aime</bdi></span></a></div></div><div class="reactionsBar js-reactionsList "></div></footer>
</div>
</div>
</div>
</article>"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        first = t.messages[0]
        nav = self.page_nav(lambda i: self.thread_path(t, i), self.n_pages(len(t.messages), self.per), k)
        posts = "\n".join(self.post(t, m, k * self.per + i) for i, m in enumerate(self.chunk(t, k)))
        desc = (f'<div class="p-description"><ul class="listInline listInline--bullet">'
                f'<li><i class="fa--xf far fa-user" aria-hidden="true" title="Auteur de la discussion"></i><span class="u-srOnly">Auteur de la discussion</span>{self.username(first.author)}</li>'
                f'<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Date de début"></i><span class="u-srOnly">Date de début</span><a href="{self.turl(t)}" class="u-concealed">{xftime(first.when)}</a></li></ul></div>')
        main = f"""<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
{nav}
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-{t.id}">
<div class="block-body js-replyNewMessageContainer">
{posts}
</div>
</div>
{nav}
</div>"""
        url = self.base + self.thread_path(t, k)
        head = (f'<link rel="canonical" href="{url}">\n<meta property="og:type" content="website">\n'
                f'<meta property="og:title" content="{esc(t.title)}">\n<meta property="og:url" content="{url}">\n'
                f'<meta name="description" content="{esc(" ".join(first.text[0].split()[:30]))}">\n')
        title = f"{t.title} | {self.f.name}" + (f" | Page {k + 1}" if k else "")
        return self.doc(title, "thread_view", main, [(self.board_path(b, 0), b.name)], t.title, head, desc)


def item_pages(forum: Forum, now: datetime = NOW):
    return _XF(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a XenForo 2 forum keyed by path?query, and its 404 page."""
    v = _XF(forum, now)
    extra = {"/forums/-/index.rss": rss(v, forum.name, f"{v.base}/forums/", f"{v.base}/forums/-/index.rss",
                                        [(m, t, v.base + v.turl(t)) for m, t in v.newest(20, topics=True)])}
    for b in forum.boards:
        extra[f"/forums/{v.node[b.id]}/index.rss"] = rss(v, b.name, v.base + v.board_path(b, 0), f"{v.base}/forums/{v.node[b.id]}/index.rss",
                                                          [(t.messages[0], t, v.base + v.turl(t)) for t in b.threads[:20]])
    missing = '<div class="blockMessage">La discussion demandée est introuvable.</div>'
    out, not_found = render_forum(v, ["/", "/forums/"], extra,
                                  "Disallow: /whats-new/\nDisallow: /account/\nDisallow: /attachments/\nDisallow: /goto/\n"
                                  "Disallow: /posts/\nDisallow: /login/\nDisallow: /members/\nDisallow: /search/\n",
                                  v.doc(f"Oups ! Nous avons rencontré un problème. | {forum.name}", "error", missing, [],
                                        "Oups ! Nous avons rencontré un problème."), keep)
    for mid, (t, k) in v.where.items():  # /threads/slug.N/post-M answers with the page holding message M
        out[f"{v.turl(t)}post-{mid}"] = out[v.thread_path(t, k)]
    return out, not_found


IGNORED_PARAMS = {"_xfToken", "_xfRequestUri"}
