"""Selecting elements: CSS selectors (with the fastcss index), <meta> values, ancestry tests."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from lxml.cssselect import CSSSelector

from . import fastcss


@lru_cache(maxsize=512)
def _selector(css_expr: str) -> CSSSelector:
    return CSSSelector(css_expr)


def css(el, expr: str) -> list:
    """Elements below `el` matching a CSS selector, in document order (like querySelectorAll:
    `el` itself is not a candidate; empty list on a None element)."""
    if el is None:
        return []
    chains = fastcss.compile_selector(expr)
    if chains is not None:
        try:
            idx = fastcss.index_for(el)
            if idx is not None:
                return idx.select(el, chains)
        except Exception:  # pragma: no cover - the index is a shortcut, never a new failure
            pass
    return [n for n in _selector(expr)(el) if n is not el]


def first(el, expr: str):
    if el is None:
        return None
    chains = fastcss.compile_selector(expr)
    if chains is not None:
        try:
            idx = fastcss.index_for(el)
            if idx is not None:
                found = idx.select(el, chains, only_first=True)
                return found[0] if found else None
        except Exception:  # pragma: no cover - the index is a shortcut, never a new failure
            pass
    found = [n for n in _selector(expr)(el) if n is not el]
    return found[0] if found else None


def first_of(el, *exprs: str):
    """First match of the first selector that matches: selectors in order of preference.

    (Never chain elements with `or`: an lxml element without children is falsy.)
    """
    for expr in exprs:
        node = first(el, expr)
        if node is not None:
            return node
    return None


def first_attr(el, expr: str, attr: str) -> str | None:
    for node in css(el, expr):
        value = node.get(attr)
        if value and value.strip():
            return value.strip()
    return None


def meta(tree, *names: str) -> str | None:
    """Content of the first <meta name=|property=|itemprop=> among `names`."""
    for name in names:
        for node in tree.iter("meta"):
            key = node.get("property") or node.get("name") or node.get("itemprop")
            if key and key.lower() == name.lower():
                value = (node.get("content") or "").strip()
                if value:
                    return value
    return None


def inside(node, ancestor) -> bool:
    """True when `node` is `ancestor` or below it."""
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def within_any(node, ancestors: Iterable) -> bool:
    anc = list(ancestors)
    return any(inside(node, a) for a in anc)


def own(el, expr: str, is_boundary) -> list:
    """Matches of `expr` under `el` not lying inside a nested element for which `is_boundary` is true.

    Comments nest replies inside their parent: this keeps a comment's own parts.
    """
    out = []
    for node in css(el, expr):
        parent = node
        mine = True
        while parent is not None and parent is not el:
            if parent is not node and is_boundary(parent):
                mine = False
                break
            parent = parent.getparent()
        if mine and node is not el:
            out.append(node)
    return out


def own_first(el, expr: str, is_boundary):
    found = own(el, expr, is_boundary)
    return found[0] if found else None


def has_class(el, name: str) -> bool:
    return el is not None and name in (el.get("class") or "").split()
