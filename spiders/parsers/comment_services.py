"""Comment services that load a post's comments in the reader's browser (Disqus, Facebook, giscus...).

Their comments are not in the page's HTML, so a post that embeds one has an unread conversation, not
none: the audit must say so rather than count zero comments as silence. Each service is known by the
container its embed code asks for or by the script it loads (from their published embed snippets:
Disqus's universal code, Facebook's comments plugin, giscus's and utterances' client.js...), never by
a word of the text: a post about Disqus does not embed it.
"""
from __future__ import annotations

from .page import Page
from .selection import first

# service -> (CSS selector of the embed's container, substrings of the script or iframe URL it loads)
SERVICES: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "Disqus": ("#disqus_thread", (".disqus.com/embed.js", "disqus.com/embed/comments")),
    "Facebook": (".fb-comments", ("facebook.com/plugins/comments",)),
    "giscus": ("giscus-widget, .giscus", ("giscus.app/client.js",)),
    "utterances": (".utterances", ("utteranc.es/client.js",)),
    "Hyvor Talk": ("hyvor-talk-comments, #hyvor-talk-view", ("talk.hyvor.com",)),
    "Commento": ("#commento", ("commento.io/js/commento.js",)),
    "Remark42": ("#remark42", ()),
    "Isso": ("#isso-thread", ()),
    "Cusdis": ("#cusdis_thread", ("cusdis.com/js/cusdis",)),
    "IntenseDebate": (None, ("intensedebate.com/js/",)),
    "GraphComment": ("#graphcomment", ("graphcomment.com/js/",)),
    "Vuukle": ("#vuukle-comments, .vuukle-comments", ("cdn.vuukle.com",)),
    "HyperComments": ("#hypercomments_widget", ("w.hypercomments.com",)),
    "OpenWeb": ("[data-spotim-module='conversation'], [data-openweb-module='conversation']",
                ("launcher.spot.im", "launcher.openweb.com")),
    "Coral": ("#coral_thread, #coral-thread", ()),  # its embed script's path is generic
    "CommentBox": (None, ("unpkg.com/commentbox.io",)),
    # Ghost's {{comments}} helper: a script carrying the site in data-ghost-comments, loading comments-ui
    "Ghost": ("script[data-ghost-comments]", ("ghost/comments-ui",)),
    # Wix Blog's comments app: an empty section.wc-comments-root[data-hook="wc-root <id>"] that its script fills
    # (saved real Wix post pages, PatriarchFlag/patriarchflag.github.io); the page shows only "N commentaires"
    "Wix": ("section.wc-comments-root, [data-hook^='wc-root']", ()),
    # Squarespace's native comments: the {squarespace-comments} tag of a blog item (Squarespace/base-template
    # collections/blog.item) prints an empty div.squarespace-comments[data-item-id] that the site's bundle fills
    "Squarespace": ("div.squarespace-comments", ()),
}

MAX_INLINE = 20_000  # characters of an inline script looked at: embed snippets are short


def comment_service(page: Page) -> str | None:
    """Name of the comment service the page embeds (first of SERVICES found), else None."""
    tree = page.tree
    if tree is None:
        return None
    # Scripts by address, and inline: Disqus's universal code adds embed.js from an inline script
    loaded = [(n.get("src") or "") + " " + (n.text or "")[:MAX_INLINE] for n in tree.iter("script", "iframe")]
    for name, (selector, scripts) in SERVICES.items():
        if selector is not None and first(tree, selector) is not None:
            return name
        if any(s in code for code in loaded for s in scripts):
            return name
    return None
