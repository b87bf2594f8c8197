"""Boilerplate inside a post body: share bars, related posts, author boxes, ads, forms."""
from __future__ import annotations

import re

from .selection import inside
from .text import node_text


# Share bars, related posts and ads that themes and plugins inject into the post body.
BOILERPLATE = (
    ".sharedaddy, .jp-relatedposts, .yarpp-related, .crp_related, .addtoany_share_save_container,"
    " .a2a_kit, .wpcnt, .adsbygoogle, .share-buttons, .social-share, .post-share, .related-posts,"
    " .wp-block-jetpack-sharing-buttons, .screen-reader-text, .sd-sharing-enabled, .postmetadata"
)


# What themes, plugins and CMS templates put inside the post body without being the post: named
# by their class or id words (related-posts, share-bar, author-box, newsletter-signup, ad-slot...).
_BOILER_WORD_RE = re.compile(
    r"(?:^|[-_])(?:related|share|sharing|sharedaddy|social|newsletter|subscribe|subscription|signup"
    r"|author|authors|advert|advertisement|ads?|promo|popular|recirc|recirculation|jp-relatedposts"
    r"|yarpp|donate|donation|republish|respond|modal|popup|paywall|restricted|toc|rating|ratings)(?:$|[-_])",
    re.I)

_BOILER_TAGS = frozenset({"aside", "form", "nav", "textarea"})
_BOILER_BLOCKS = frozenset({"div", "section", "ul", "footer", "header", "figure", "span"})
MAX_BOILER_SHARE = 0.5  # a "related" wrapper holding half of the body is the body's wrapper


def inner_boilerplate(container, text_len: int | None = None) -> list:
    """Outermost elements inside `container` that are not its text: asides, forms, navigation, and
    blocks whose class or id names a share bar, related posts, an author box, a newsletter form,
    an ad, a comment form, a modal, a paywall box, a table of contents or a rating widget (never
    "widget": page builders name their content blocks so). A match holding more than half of the
    container's text is kept (a wrapper)."""
    if container is None:
        return []
    total = text_len if text_len is not None else len(node_text(container))
    out: list = []
    skip_below = None
    for node in container.iterdescendants():
        if skip_below is not None:
            if inside(node, skip_below):
                continue
            skip_below = None
        tag = node.tag
        if not isinstance(tag, str):
            continue
        hit = tag in _BOILER_TAGS
        if not hit and tag in _BOILER_BLOCKS:  # not headings or paragraphs: their ids are their words
            names = (node.get("class") or "") + " " + (node.get("id") or "")
            if names.strip():
                hit = any(_BOILER_WORD_RE.search(word) for word in names.split())
        # (A <form> may wrap a whole ASP.NET page; a <textarea> is never the text of the body.)
        if hit and (tag == "textarea" or total <= 0
                    or len(node_text(node, limit=total)) <= MAX_BOILER_SHARE * total):
            out.append(node)
            skip_below = node
    return out
