"""Language of a page: declared (<html lang>, content-language, og:locale), else French/English stopwords; a text
plainly in the other language wins over the declaration."""
from __future__ import annotations

import re

from .selection import meta


_FR = frozenset("le la les des est et une un du pour dans que qui sur pas avec au aux ce cette sont nous"
                " vous il elle mais ou par plus".split())
_EN = frozenset("the and of to is in that for with on are this it be as was at by from have not you".split())
_WORD_RE = re.compile(r"[a-zà-ÿ']+")


def detect_language(tree, text: str | None) -> str | None:
    """<html lang> (or content-language / og:locale), else a French/English stopword count. A text that says
    plainly it is in the other of the two (STOPWORDS_MIN stopwords, CLEAR_RATIO times as many of one language)
    wins over the declaration: a platform's interface language (Medium's lang="en" over a French story) or a
    theme left at "en-US" is not the writer's."""
    declared = _declared(tree) if tree is not None else None
    counted = _counted(text)
    if declared in ("fr", "en") and counted and counted[0] != declared and counted[1]:
        return counted[0]
    if declared:
        return declared
    return counted[0] if counted else None


STOPWORDS_MIN, CLEAR_RATIO = 30, 3


def _declared(tree) -> str | None:
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
    return None


def _counted(text: str | None) -> tuple[str, bool] | None:
    """(fr or en, whether the count is plain), or None when the text holds too few stopwords to say."""
    if not text:
        return None
    words = _WORD_RE.findall(text[:20000].lower())
    fr = sum(w in _FR for w in words)
    en = sum(w in _EN for w in words)
    if max(fr, en) < 3:
        return None
    plain = max(fr, en) >= STOPWORDS_MIN and max(fr, en) >= CLEAR_RATIO * min(fr, en)
    return ("fr" if fr >= en else "en"), plain
