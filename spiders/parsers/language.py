"""Language of a page: declared (<html lang>, content-language, og:locale), else French/English stopwords."""
from __future__ import annotations

import re

from .selection import meta


_FR = frozenset("le la les des est et une un du pour dans que qui sur pas avec au aux ce cette sont nous"
                " vous il elle mais ou par plus".split())
_EN = frozenset("the and of to is in that for with on are this it be as was at by from have not you".split())
_WORD_RE = re.compile(r"[a-zà-ÿ']+")


def detect_language(tree, text: str | None) -> str | None:
    """<html lang> (or content-language / og:locale), else a French/English stopword count."""
    if tree is not None:
        lang = tree.get("lang") or tree.get("xml:lang") or meta(tree, "og:locale")
        if not lang:
            for node in tree.iter("meta"):
                if (node.get("http-equiv") or "").lower() == "content-language":
                    lang = node.get("content")
                    break
        if lang:
            code = re.split(r"[-_,; ]", lang.strip().lower())[0]
            if re.fullmatch(r"[a-z]{2,3}", code):
                return code
    if not text:
        return None
    words = _WORD_RE.findall(text[:20000].lower())
    fr = sum(w in _FR for w in words)
    en = sum(w in _EN for w in words)
    if max(fr, en) < 3:
        return None
    return "fr" if fr >= en else "en"
