"""CSS selection through a per-document index: same results as lxml's CSSSelector, far cheaper.

lxml's CSSSelector compiles a selector to XPath, and each part of a selector list then scans the
whole tree, testing `contains(concat(' ', normalize-space(@class), ' '), ' x ')` on every element:
a parser asking ~40 selectors of a page paid ~40 full scans. Here one walk of the tree records, per
element, its document position, parent, subtree end, tag, id and classes, with lists of positions
by tag, id and class. A selector then starts from the (short) list of elements its right-most
compound names and checks the rest of the chain upwards through parent positions.

Supported: type and universal selectors, `.class`, `#id`, `[attr]`, `[attr=v]`, `[attr~=v]`,
`[attr|=v]`, `[attr^=v]`, `[attr$=v]`, `[attr*=v]`, `:first-child`, `:last-child`, `:only-child`,
`:not(<compound>)`, and the descendant and child combinators. Anything else (and any selector the
index cannot answer exactly) returns None, and the caller falls back to CSSSelector.

The semantics are those of CSSSelector's XPath (`descendant-or-self::A/descendant::B` from the
context element): the left-most compound matches the context element or one of its descendants,
never one of its ancestors.

Only trees registered with `register()` (parsed documents that nothing mutates) are indexed.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import cssselect
from lxml import etree
from cssselect.parser import (Attrib, Class, CombinedSelector, Element, Hash, Negation, Pseudo,
                              SelectorError)

MAX_INDEXED = 60_000  # elements; beyond this, the index would cost more memory than it saves time

_SAFE_NAME = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_.-]*$").match
_NON_WS = re.compile(r"^[^ \t\r\n\f]+$").match
_XML_WS_SPLIT = re.compile(r"[ \t\r\n]+").split  # XPath normalize-space() separators


class Unsupported(Exception):
    pass


# ---------------------------------------------------------------- compiling

# A compound: (tag | None, id | None, classes tuple, attrs tuple, pseudo tuple, negations tuple)
# attrs: (name, op, value) with op in "exists", "=", "~=", "|=", "^=", "$=", "*=", "never"

def _compound(tree) -> tuple:
    tag = None
    ids: list[str] = []
    classes: list[str] = []
    attrs: list[tuple] = []
    pseudos: list[str] = []
    negs: list[tuple] = []
    node = tree
    while True:
        if isinstance(node, Element):
            if node.namespace is not None:
                raise Unsupported
            if node.element:
                if not _SAFE_NAME(node.element):
                    raise Unsupported
                tag = node.element
            break
        if isinstance(node, Class):
            if not _NON_WS(node.class_name):
                raise Unsupported
            classes.append(node.class_name)
        elif isinstance(node, Hash):
            ids.append(node.id)
        elif isinstance(node, Attrib):
            if node.namespace is not None or getattr(node, "flag", None) or not _SAFE_NAME(node.attrib):
                raise Unsupported
            op = node.operator
            value = None if node.value is None else node.value.value
            if op == "exists":
                attrs.append((node.attrib, "exists", None))
            elif op in ("=", "|="):
                attrs.append((node.attrib, op, value))
            elif op == "~=":
                attrs.append((node.attrib, op, value) if value and _NON_WS(value) else (node.attrib, "never", None))
            elif op in ("^=", "$=", "*="):
                attrs.append((node.attrib, op, value) if value else (node.attrib, "never", None))
            else:
                raise Unsupported
        elif isinstance(node, Pseudo):
            if node.ident not in ("first-child", "last-child", "only-child"):
                raise Unsupported
            pseudos.append(node.ident)
        elif isinstance(node, Negation):
            sub = node.subselector
            if isinstance(sub, CombinedSelector):
                raise Unsupported
            negs.append(_compound(sub))
        else:
            raise Unsupported
        node = node.selector
    # Several ids: all must hold (`#a#b` matches nothing unless a == b).
    id_ = ids[0] if ids else None
    for other in ids[1:]:
        attrs.append(("id", "=", other))
    return (tag, id_, tuple(classes), tuple(attrs), tuple(pseudos), tuple(negs))


def _chain(tree) -> tuple:
    """((compound, combinator-to-next), ..., (last compound, None)) from left to right."""
    parts: list = []
    node = tree
    while isinstance(node, CombinedSelector):
        if node.combinator not in (" ", ">"):
            raise Unsupported
        parts.append((_compound(node.subselector), node.combinator))
        node = node.selector
    parts.append((_compound(node), None))
    parts.reverse()
    # Shift: each compound with the combinator that links it to the next one.
    comps = [c for c, _ in parts]
    combs = [comb for _, comb in parts[1:]] + [None]
    return tuple(zip(comps, combs))


@lru_cache(maxsize=2048)
def compile_selector(expr: str):
    """Tuple of chains for a selector list, or None when the index cannot answer it."""
    try:
        selectors = cssselect.parse(expr)
    except SelectorError:
        return None
    try:
        chains = []
        for sel in selectors:
            if sel.pseudo_element is not None:
                return None
            chains.append(_chain(sel.parsed_tree))
        return tuple(chains)
    except (Unsupported, AttributeError):
        return None


# ---------------------------------------------------------------- index

class Index:
    """Document positions of one tree's elements, with lists of positions by tag, id and class.

    Built from a few passes that stay mostly in C; subtree ends, parents and per-tag lists are
    computed when a selector first needs them.
    """

    __slots__ = ("els", "pos", "_end", "_parent", "tags", "cls", "_by_tag", "by_id", "by_class")

    def __init__(self, root, limit: int = MAX_INDEXED):
        els = []
        for n, el in enumerate(root.iter(etree.Element)):
            if n >= limit:
                raise Unsupported
            els.append(el)
        self.els = els
        self.pos = {el: i for i, el in enumerate(els)}
        self.tags = [el.tag for el in els]
        raw = [el.get("class") for el in els]
        split = _XML_WS_SPLIT
        cls: list = [None] * len(els)
        by_class: dict[str, list[int]] = {}
        for i, c in enumerate(raw):
            if not c:
                continue
            # str.split() also splits on Unicode spaces, which normalize-space() does not.
            names = c.split() if c.isascii() and c.isprintable() else [x for x in split(c) if x]
            cls[i] = names
            for name in names:
                lst = by_class.get(name)
                if lst is None:
                    by_class[name] = [i]
                elif lst[-1] != i:
                    lst.append(i)
        by_id: dict[str, list[int]] = {}
        for i, d in enumerate([el.get("id") for el in els]):
            if d is not None:
                lst = by_id.get(d)
                if lst is None:
                    by_id[d] = [i]
                else:
                    lst.append(i)
        self.cls, self.by_class, self.by_id = cls, by_class, by_id
        self._by_tag: dict[str, list[int]] = {}
        self._end: dict[int, int] = {}
        self._parent: dict[int, int] = {}

    def by_tag(self, tag: str) -> list:
        lst = self._by_tag.get(tag)
        if lst is None:
            root = self.els[0] if self.els else None
            pos = self.pos
            lst = [pos[el] for el in root.iter(tag)] if root is not None else []
            self._by_tag[tag] = lst
        return lst

    def end(self, i: int) -> int:
        """Position of the last element of i's subtree."""
        e = self._end.get(i)
        if e is None:
            e = len(self.els) - 1
            node = self.els[i]
            root = self.els[0]
            while node is not None and node is not root:  # the root may have siblings: not ours
                nxt = node.getnext()
                while nxt is not None and not isinstance(nxt.tag, str):
                    nxt = nxt.getnext()
                if nxt is not None:
                    e = self.pos[nxt] - 1
                    break
                node = node.getparent()
            self._end[i] = e
        return e

    def parent(self, i: int) -> int:
        p = self._parent.get(i)
        if p is None:
            up = self.els[i].getparent()
            p = self.pos.get(up, -1) if up is not None else -1
            self._parent[i] = p
        return p

    # -- matching

    def match(self, i: int, comp: tuple) -> bool:
        tag, id_, classes, attrs, pseudos, negs = comp
        if tag is not None and self.tags[i] != tag:
            return False
        if classes:
            names = self.cls[i]
            if names is None:
                return False
            for c in classes:
                if c not in names:
                    return False
        el = self.els[i]
        if id_ is not None and el.get("id") != id_:
            return False
        for name, op, value in attrs:
            v = el.get(name)
            if v is None or op == "never":
                return False
            if op == "exists":
                continue
            if op == "=":
                if v != value:
                    return False
            elif op == "~=":
                if value not in _XML_WS_SPLIT(v):
                    return False
            elif op == "^=":
                if not v.startswith(value):
                    return False
            elif op == "$=":
                if not v.endswith(value):
                    return False
            elif op == "*=":
                if value not in v:
                    return False
            elif op == "|=":
                if not (v == value or v.startswith(value + "-")):
                    return False
        for pseudo in pseudos:
            if pseudo in ("first-child", "only-child"):
                if any(isinstance(s.tag, str) for s in el.itersiblings(preceding=True)):
                    return False
            if pseudo in ("last-child", "only-child"):
                if any(isinstance(s.tag, str) for s in el.itersiblings()):
                    return False
        for neg in negs:
            if self.match(i, neg):
                return False
        return True

    def _candidates(self, comp: tuple, lo: int, hi: int):
        """Positions in [lo, hi] that may match `comp` (by its most selective key), in order."""
        tag, id_, classes, _, _, _ = comp
        if id_ is not None:
            lst = self.by_id.get(id_, ())
        elif classes:
            lst = min((self.by_class.get(c, ()) for c in classes), key=len)
        elif tag is not None:
            lst = self.by_tag(tag)
        else:
            return range(lo, hi + 1)
        if not lst:
            return ()
        a = bisect_left(lst, lo)
        b = bisect_right(lst, hi)
        return lst[a:b] if (a or b < len(lst)) else lst

    def _in_ranges(self, comp: tuple, ranges: list) -> list:
        """Positions inside the (disjoint, ordered) ranges that match `comp`, in order."""
        out = []
        match = self.match
        for lo, hi in ranges:
            for i in self._candidates(comp, lo, hi):
                if match(i, comp):
                    out.append(i)
        return out

    def _chain(self, chain: tuple, c: int) -> list:
        """Positions matching a chain evaluated from context position c, as XPath does:
        `descendant-or-self::A/descendant::B/C...`, left to right through the index."""
        end = self.end
        matched = self._in_ranges(chain[0][0], [(c, end(c))])
        for k in range(1, len(chain)):
            if not matched:
                return matched
            comb = chain[k - 1][1]
            ranges = []
            last_hi = -1
            for p in matched:  # in document order: a range inside the previous one adds nothing
                if p <= last_hi:
                    continue
                lo, hi = p + 1, end(p)
                if hi >= lo:
                    ranges.append((lo, hi))
                last_hi = hi
            comp = chain[k][0]
            if comb == ">":
                parents = set(matched)
                parent = self.parent
                matched = [i for i in self._in_ranges(comp, ranges) if parent(i) in parents]
            else:
                matched = self._in_ranges(comp, ranges)
        return matched

    def select(self, ctx, chains: tuple, only_first: bool = False):
        """Elements strictly below `ctx` matching any chain, in document order (None: not indexed)."""
        c = self.pos.get(ctx)
        if c is None:
            return None
        if self.end(c) <= c:
            return []
        els = self.els
        if len(chains) == 1:
            found = self._chain(chains[0], c)
            if found and found[0] == c:
                found = found[1:]
            if only_first:
                return [els[found[0]]] if found else []
            return [els[i] for i in found]
        merged: set[int] = set()
        for chain in chains:
            merged.update(self._chain(chain, c))
        merged.discard(c)
        if only_first:
            return [els[min(merged)]] if merged else []
        return [els[i] for i in sorted(merged)]


# ---------------------------------------------------------------- registry

_registered: dict[int, tuple] = {}  # id(root) -> (root, Index | None | False)
_last: list = [None]  # the index that answered last


def register(root) -> None:
    """Allow indexing of a parsed document's tree (the last few are kept)."""
    if root is None:
        return
    if len(_registered) >= 4:
        _, old = _registered.pop(next(iter(_registered)))
        if _last[0] is not None and _last[0] is old:
            _last[0] = None
    _registered[id(root)] = (root, None)


def index_for(ctx):
    """The index of the registered tree holding `ctx`, or None."""
    last = _last[0]
    if last is not None and ctx in last.pos:
        return last
    for key, (root, idx) in reversed(_registered.items()):
        if idx is False:
            continue
        if idx is not None:
            if ctx in idx.pos:
                _last[0] = idx
                return idx
            continue
        # Not built yet: build only when ctx belongs to this tree.
        if ctx.getroottree().getroot() is not root:
            continue
        try:
            idx = Index(root)
        except Unsupported:  # too large
            _registered[key] = (root, False)
            return None
        _registered[key] = (root, idx)
        if ctx in idx.pos:
            _last[0] = idx
            return idx
    return None
