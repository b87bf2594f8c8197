"""JSON-LD (schema.org) metadata: the objects of a page, their types and names, the article/news/forum types."""
from __future__ import annotations

import json
import re

from .text import norm_ws


def json_ld(tree) -> list[dict]:
    """Every JSON-LD object of the page, @graph flattened; unparsable blocks skipped."""
    out: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower().strip() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > 1_000_000:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack and len(out) < 200:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                out.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))
    return out


def paywalled(tree) -> bool:
    """True when the page marks its content as not free (schema.org `isAccessibleForFree` false, in JSON-LD or
    microdata): Google's markup for paywalled and subscriber-only articles."""
    for obj in json_ld(tree):
        for part in [obj] + [p for p in (obj.get("hasPart") if isinstance(obj.get("hasPart"), list)
                                          else [obj.get("hasPart")]) if isinstance(p, dict)]:
            if str(part.get("isAccessibleForFree", "")).strip().lower() == "false":
                return True
    return any((el.get("content") or "").strip().lower() == "false"
               for el in tree.iterfind(".//*[@itemprop='isAccessibleForFree']"))


def ld_types(obj: dict) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return {x for x in t if isinstance(x, str)}
    return set()


def microdata_types(tree, limit: int = 200) -> set[str]:
    """schema.org types named by the page's microdata (`itemtype`), the first `limit` items."""
    types: set[str] = set()
    for n, el in enumerate(tree.iterfind(".//*[@itemtype]")):
        if n >= limit:
            break
        types.update(filter(None, map(schema_type, (el.get("itemtype") or "").split())))
    return types


_SCHEMA_TYPE = re.compile(r"https?://schema\.org/([A-Za-z]+)/?$")


def schema_type(itemtype: str) -> str | None:
    """The schema.org type an itemtype names ("Article"), None for another vocabulary."""
    m = _SCHEMA_TYPE.match(itemtype)
    return m.group(1) if m else None


def ld_name(value) -> str | None:
    """A schema.org author/publisher value (str, dict or list of them) as one name."""
    if isinstance(value, str):
        return norm_ws(value) or None
    if isinstance(value, dict):
        name = value.get("name")
        return norm_ws(name) if isinstance(name, str) and name.strip() else None
    if isinstance(value, list):
        names = [n for n in (ld_name(v) for v in value[:10]) if n]
        return ", ".join(names) or None
    return None


ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "Report", "TechArticle",
    "ScholarlyArticle", "LiveBlogPosting", "SocialMediaPosting", "Posting",
})
NEWS_TYPES = frozenset({"NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle"})
FORUM_TYPES = frozenset({"DiscussionForumPosting", "QAPage", "Question"})
