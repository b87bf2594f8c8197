"""The ecosystem map (issue 14): a static SVG of the sites, their links and communities, drawn here
(no script, no browser) and cut down by the charts' allow-list like every other chart.

Layout (networkx, seeded, so a run always gives the same drawing): the map is laid out community by
community ("group in a box"): each community is a disc whose area follows its size, the discs placed by
a spring layout of the graph of communities (then pushed apart until none overlap), and each
community's sites laid out inside its disc by a spring layout of its own links. Layouts of a few hundred
nodes at most keep the time bounded at 2,000 sites (seconds, where one spring layout of the whole graph
takes tens of seconds); the largest communities get fewer iterations.

What the drawing shows:
- colours: the MAX_COLOURED largest communities get the palette, the others grey;
- circle area proportional to influence (0..100) for crawled sites; DISCOVERED (not crawled) sites are
  small hollow circles; sites the consultant excluded (OUT) have a dashed grey outline;
- automated sources are set apart: squares in a shaded column on the right (by community, then
  influence), so a link farm can never sit among the genuine sources; their links are drawn in red;
- links are thin translucent lines in three widths (weight terciles), only the MAX_EDGES heaviest;
- names only for the MAX_LABELS most influential sites, each placed where it overlaps no other name
  (tried right, left, above, below its circle; left out when all four collide).

Size bound: at most MAX_NODES sites (the least-cited discovered ones dropped first) and MAX_EDGES links,
links batched into six <path> elements, names in tooltips cut to TITLE_CHARS: the SVG stays under about
700 KB whatever the graph (420 KB at 2,000 sites and 20,000 links, tests/bench/ecosystem_map.py).

Crawled strings (labels) are hostile: they are escaped here and the SVG is re-parsed and cut to the
allow-list (reports/charts.py) before it reaches the report.
"""
from __future__ import annotations

import math
from html import escape

import networkx as nx
import numpy as np
from markupsafe import Markup

from reports import charts
from reports.ecosystem_i18n import strings
from reports.i18n import format_number

SEED = 42
MAX_NODES = 3000
MAX_EDGES = 4000
MAX_LABELS = 30
MAX_COLOURED = 8
LABEL_CHARS = 26
TITLE_CHARS = 80

# Drawing units (the viewBox): 900 wide prints at the A4 text width (186 mm), so 12 units is about 7 pt.
WIDTH = 900
MAP_H = 760
BAND_X = 700            # the automated sources' column starts here
MAIN_W = BAND_X - 14    # the main map's width
LEGEND_Y = MAP_H + 16
HEIGHT = LEGEND_Y + 148
FONT_SIZE = 12
CHAR_W = 0.62           # average glyph width in em (DejaVu Sans is wide; errs on the safe side)
R_MAX = 16.0            # radius of influence 100
R_MIN = 1.6             # a crawled site's smallest radius
R_DISCOVERED = 1.8

# Tableau 10 without its red (red marks automated sources) and its grey (the other communities).
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f")
GREY = "#b8bec6"
AUTOMATED = charts.VERDICT_COLOURS["automated"]
EDGE = "#5b6770"


def community_colours(nodes: list[dict]) -> dict:
    """Colour of each community: the palette for the MAX_COLOURED largest (by sites, then number),
    grey for the others (and for sites without a community)."""
    sizes: dict = {}
    for n in nodes:
        if n.get("community") is not None:
            sizes[n["community"]] = sizes.get(n["community"], 0) + 1
    ranked = sorted(sizes, key=lambda c: (-sizes[c], c))
    return {c: PALETTE[i] if i < MAX_COLOURED else GREY for i, c in enumerate(ranked)}


def _automated(n: dict) -> bool:
    return n.get("verdict") == "automated"


def _radius(n: dict) -> float:
    if not n.get("crawled"):
        return R_DISCOVERED
    influence = max(0.0, min(100.0, float(n.get("influence") or 0)))
    return max(R_MIN, R_MAX * math.sqrt(influence / 100))  # area, not radius, follows influence


def _select(nodes: list[dict], edges: list[dict]) -> tuple[list[dict], list[dict], int]:
    """The nodes and edges drawn (bounded), deterministic; returns (nodes, edges, edges in all)."""
    by_id = {}
    for n in nodes:
        by_id.setdefault(str(n["entity"]), n)
    degree: dict[str, int] = {}
    valid = [e for e in edges if str(e["source"]) in by_id and str(e["target"]) in by_id
             and str(e["source"]) != str(e["target"])]
    for e in valid:
        for k in ("source", "target"):
            degree[str(e[k])] = degree.get(str(e[k]), 0) + 1
    kept = sorted(by_id.values(), key=lambda n: (not n.get("crawled"), -float(n.get("influence") or 0),
                                                 -degree.get(str(n["entity"]), 0), str(n["entity"])))[:MAX_NODES]
    ids = {str(n["entity"]) for n in kept}
    valid = [e for e in valid if str(e["source"]) in ids and str(e["target"]) in ids]
    heaviest = sorted(valid, key=lambda e: (-float(e.get("weight") or 0), str(e["source"]), str(e["target"])))
    return sorted(kept, key=lambda n: str(n["entity"])), heaviest[:MAX_EDGES], len(valid)


# ------------------------------------------------------------------ layout

def _spring(g: nx.Graph) -> dict:
    """A seeded spring layout in [-1, 1], fewer iterations for big graphs (bounded time)."""
    n = len(g)
    if n == 1:
        return {next(iter(g)): np.zeros(2)}
    if n == 2:
        a, b = sorted(g)
        return {a: np.array([-0.5, 0.0]), b: np.array([0.5, 0.0])}
    iterations = 50 if n <= 150 else 30 if n <= 400 else 15
    pos = nx.spring_layout(g, seed=SEED, iterations=iterations, weight="weight", method="force")
    arr = np.array([pos[k] for k in g])
    arr -= arr.mean(axis=0)
    scale = np.abs(arr).max() or 1.0
    return {k: arr[i] / scale for i, k in enumerate(g)}


def _separate(centres: np.ndarray, radii: np.ndarray, rounds: int = 300) -> np.ndarray:
    """Push discs apart until none overlap (or `rounds` passes): vectorised, a few hundred discs."""
    c = centres.copy()
    gap = radii.max() * 0.08
    for _ in range(rounds):
        d = c[:, None, :] - c[None, :, :]
        dist = np.sqrt((d ** 2).sum(-1)) + np.eye(len(c))
        need = radii[:, None] + radii[None, :] + gap
        overlap = np.clip(need - dist, 0, None)
        np.fill_diagonal(overlap, 0)
        if overlap.max() <= 1e-6:
            break
        push = (d / dist[..., None]) * (overlap[..., None] / 2)
        c += push.sum(axis=1)
    return c


def _subgraph(g: nx.Graph, keep: list[str]) -> nx.Graph:
    """The induced subgraph with its nodes in sorted order (g.subgraph iterates a set: its order, and
    so the layout, would change with the interpreter's string hashing)."""
    wanted = set(keep)
    sub = nx.Graph()
    sub.add_nodes_from(sorted(wanted))
    sub.add_edges_from((u, v, d) for u, v, d in g.edges(sorted(wanted), data=True) if v in wanted)
    return sub


def _spread(pos: dict) -> dict:
    """Positions pulled into the unit disc, evenly: each node keeps its direction from the centre and
    the rank of its distance, which becomes sqrt(rank / n) (a spring layout packs a community's core
    tight and flings its leaves out; spread evenly, every circle stays visible)."""
    if len(pos) <= 2:
        return pos
    keys = list(pos)
    arr = np.array([pos[k] for k in keys], dtype=float)
    norm = np.hypot(arr[:, 0], arr[:, 1])
    rank = np.empty(len(keys))
    rank[np.lexsort((np.arange(len(keys)), norm))] = np.arange(len(keys))
    radius = np.sqrt((rank + 0.5) / len(keys))
    unit = arr / np.where(norm > 0, norm, 1)[:, None]
    return {k: unit[i] * radius[i] for i, k in enumerate(keys)}


def _group_layout(g: nx.Graph, members: dict, box: tuple[float, float, float, float]) -> dict:
    """Positions in `box` (x, y, w, h): one disc per community, placed by the communities' graph."""
    x0, y0, w, h = box
    groups = sorted(members, key=lambda c: (-len(members[c]), str(c)))
    if not groups:
        return {}
    where = {node: c for c in groups for node in members[c]}
    q = nx.Graph()
    q.add_nodes_from(groups)
    for u, v, wt in g.edges(data="weight"):
        cu, cv = where[u], where[v]
        if cu != cv:
            q.add_edge(cu, cv, weight=(q.get_edge_data(cu, cv) or {}).get("weight", 0) + wt)
    qpos = _spring(q)
    centres = np.array([qpos[c] for c in groups], dtype=float)
    radii = np.sqrt(np.array([len(members[c]) for c in groups], dtype=float))
    # Discs cover about half the box: start from positions spread to that scale, then separate.
    radii *= math.sqrt(0.55 * w * h / math.pi / (radii ** 2).sum())
    centres *= min(w, h) / 2
    centres = _separate(centres, radii)
    lo = (centres - radii[:, None]).min(axis=0)
    hi = (centres + radii[:, None]).max(axis=0)
    scale = min(w / max(hi[0] - lo[0], 1e-9), h / max(hi[1] - lo[1], 1e-9))
    off = np.array([x0 + (w - (hi[0] - lo[0]) * scale) / 2, y0 + (h - (hi[1] - lo[1]) * scale) / 2])
    pos = {}
    for i, c in enumerate(groups):
        centre = (centres[i] - lo) * scale + off
        inner = _spring(_subgraph(g, members[c]))
        r = radii[i] * scale * 0.92
        for node, p in _spread(inner).items():
            pos[node] = centre + p * r
    return pos


def _grid(ids: list[str], box: tuple[float, float, float, float], cell_max: float) -> tuple[dict, float]:
    """Positions on a grid filling `box` row by row; returns (positions, cell size)."""
    x0, y0, w, h = box
    if not ids:
        return {}, cell_max
    cell = min(cell_max, math.sqrt(w * h / len(ids)))
    cols = max(1, int(w // cell))
    while math.ceil(len(ids) / cols) * cell > h and cell > 2:
        cell *= 0.95
        cols = max(1, int(w // cell))
    return {k: np.array([x0 + cell * (i % cols + 0.5), y0 + cell * (i // cols + 0.5)])
            for i, k in enumerate(ids)}, cell


def layout(nodes: list[dict], edges: list[dict]) -> tuple[dict, float]:
    """Positions of the nodes (entity -> (x, y) in drawing units) and the automated grid's cell size."""
    colours = community_colours(nodes)
    main = [n for n in nodes if not _automated(n)]
    auto = [n for n in nodes if _automated(n)]
    main_ids = {str(n["entity"]) for n in main}
    g = nx.Graph()
    g.add_nodes_from(sorted(main_ids))
    for e in edges:
        u, v = str(e["source"]), str(e["target"])
        if u in main_ids and v in main_ids:
            g.add_edge(u, v, weight=(g.get_edge_data(u, v) or {}).get("weight", 0) + float(e.get("weight") or 1))
    # Sites without a drawn link (the mart's community is null for them) go on a strip at the bottom.
    isolated = [str(n["entity"]) for n in sorted(main, key=lambda n: (-float(n.get("influence") or 0),
                                                                        str(n["entity"])))
                if g.degree(str(n["entity"])) == 0]
    strip_h = min(MAP_H * 0.2, math.ceil(len(isolated) / (MAIN_W / 8)) * 8) if isolated else 0
    pos, _ = _grid(isolated, (0, MAP_H - strip_h, MAIN_W, strip_h), 8)
    members: dict = {}
    for n in main:
        k = str(n["entity"])
        if k not in pos:
            # (a linked site without a community, which the mart should not have, joins a grey group)
            members.setdefault(n["community"] if n.get("community") is not None else "-", []).append(k)
    gap = 28 if strip_h else 6  # room for labels between the graph and the strip
    pos.update(_group_layout(g, members, (R_MAX, 28, MAIN_W - 2 * R_MAX, MAP_H - strip_h - gap - 28)))
    rank = {c: i for i, c in enumerate(sorted(colours, key=lambda c: (colours[c] == GREY, str(c))))}
    ordered = sorted(auto, key=lambda n: (rank.get(n.get("community"), len(rank)),
                                          -float(n.get("influence") or 0), str(n["entity"])))
    band, cell = _grid([str(n["entity"]) for n in ordered], (BAND_X + 8, 30, WIDTH - BAND_X - 14, MAP_H - 38), 11)
    pos.update(band)
    return pos, cell


# ------------------------------------------------------------------ labels

def _box(x: float, y: float, text: str, where: str, r: float) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) of a label placed `where` of a circle at (x, y) of radius r."""
    w, h = len(text) * FONT_SIZE * CHAR_W + 4, FONT_SIZE * 1.25
    if where == "right":
        return (x + r + 2, y - h / 2, x + r + 2 + w, y + h / 2)
    if where == "left":
        return (x - r - 2 - w, y - h / 2, x - r - 2, y + h / 2)
    if where == "above":
        return (x - w / 2, y - r - 2 - h, x + w / 2, y - r - 2)
    return (x - w / 2, y + r + 2, x + w / 2, y + r + 2 + h)


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def place_labels(nodes: list[dict], pos: dict) -> list[dict]:
    """Names for the MAX_LABELS most influential crawled sites, none overlapping another (nor leaving
    its area: the main map, or the automated column)."""
    candidates = sorted((n for n in nodes if n.get("crawled") and float(n.get("influence") or 0) > 0
                         and str(n["entity"]) in pos),
                        key=lambda n: (-float(n["influence"]), str(n["entity"])))[:MAX_LABELS]
    placed: list[dict] = []
    for n in candidates:
        x, y = pos[str(n["entity"])]
        text = _short(n.get("label") or n["entity"])
        area = (BAND_X + 2, 24, WIDTH, MAP_H) if _automated(n) else (0, 0, MAIN_W + 10, MAP_H)
        for where in ("right", "left", "above", "below"):
            box = _box(x, y, text, where, _radius(n))
            inside = box[0] >= area[0] and box[1] >= area[1] and box[2] <= area[2] and box[3] <= area[3]
            if inside and not any(_overlaps(box, p["box"]) for p in placed):
                placed.append({"entity": str(n["entity"]), "text": text, "box": box})
                break
    return placed


# ------------------------------------------------------------------ drawing

def _f(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def _edge_paths(edges: list[dict], pos: dict, automated: set[str]) -> list[str]:
    if not edges:
        return []
    weights = np.array([float(e.get("weight") or 0) for e in edges])
    cuts = np.quantile(weights, [1 / 3, 2 / 3])
    buckets: dict[tuple[bool, int], list[str]] = {}
    for e, wt in zip(edges, weights):
        u, v = str(e["source"]), str(e["target"])
        (x1, y1), (x2, y2) = pos[u], pos[v]
        cls = int(wt > cuts[0]) + int(wt > cuts[1])
        buckets.setdefault((u in automated or v in automated, cls), []).append(
            f"M{_f(x1)} {_f(y1)}L{_f(x2)} {_f(y2)}")
    out = []
    for (auto, cls), segs in sorted(buckets.items()):
        colour, opacity = (AUTOMATED, 0.18) if auto else (EDGE, 0.22 + 0.08 * cls)
        out.append(f'<path d="{"".join(segs)}" fill="none" stroke="{colour}" stroke-opacity="{opacity}" '
                   f'stroke-width="{(0.35, 0.7, 1.3)[cls]}" stroke-linecap="round"/>')
    return out


def _node(n: dict, x: float, y: float, colour: str, title: str) -> str:
    r = _radius(n)
    t = f"<title>{escape(title)}</title>"
    if _automated(n):
        side = max(2 * r, 3.2)
        return (f'<rect x="{_f(x - side / 2)}" y="{_f(y - side / 2)}" width="{_f(side)}" height="{_f(side)}" '
                f'fill="{colour}" stroke="{AUTOMATED}" stroke-width="0.8">{t}</rect>')
    if n.get("status") == "OUT":
        return (f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{_f(max(r, 2.5))}" fill="white" stroke="{EDGE}" '
                f'stroke-width="0.8" stroke-dasharray="1.5 1.5">{t}</circle>')
    if not n.get("crawled"):
        return (f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{_f(r)}" fill="white" fill-opacity="0.6" '
                f'stroke="{colour}" stroke-width="0.7">{t}</circle>')
    return (f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{_f(r)}" fill="{colour}" fill-opacity="0.9" '
            f'stroke="white" stroke-width="0.5">{t}</circle>')


def _text(x, y, text, *, size=FONT_SIZE, anchor="start", colour=charts.INK, weight="normal") -> str:
    return (f'<text x="{_f(x)}" y="{_f(y)}" font-size="{size}" text-anchor="{anchor}" fill="{colour}" '
            f'font-weight="{weight}">{escape(text)}</text>')


def _legend(s: dict, colours: dict, nodes: list[dict], n_edges: int, total_edges: int, n_labels: int,
            total_nodes: int, language: str) -> list[str]:
    out = [f'<line x1="0" y1="{LEGEND_Y - 8}" x2="{WIDTH}" y2="{LEGEND_Y - 8}" stroke="{charts.GRID}"/>']
    y = LEGEND_Y + 10
    out.append(_text(0, y + 4, s["legend_communities"], colour=charts.MUTED))
    x = 8 + len(s["legend_communities"]) * FONT_SIZE * CHAR_W + 16
    palette = [c for c in sorted(colours, key=str) if colours[c] != GREY]
    palette.sort(key=lambda c: PALETTE.index(colours[c]))
    for c in palette:
        out.append(f'<circle cx="{x}" cy="{y}" r="6" fill="{colours[c]}"/>')
        label = s["legend_community"].format(n=c)
        out.append(_text(x + 9, y + 4, label))
        x += 22 + len(label) * FONT_SIZE * CHAR_W
    if any(v == GREY for v in colours.values()) or any(n.get("community") is None for n in nodes):
        out.append(f'<circle cx="{x}" cy="{y}" r="6" fill="{GREY}"/>')
        out.append(_text(x + 9, y + 4, s["legend_others"]))
    # shapes, left column
    y += 36  # room for the largest circle (influence 100) under the communities
    sizes = [10, 50, 100]
    x = 8
    for v in sizes:
        r = R_MAX * math.sqrt(v / 100)
        out.append(f'<circle cx="{_f(x + r)}" cy="{_f(y + 8 - r)}" r="{_f(r)}" fill="{PALETTE[0]}" '
                   f'fill-opacity="0.9" stroke="white" stroke-width="0.5"/>')
        x += 2 * r + 4
    out.append(_text(x + 4, y + 4, s["legend_crawled"]))
    out.append(_text(x + 4, y + 18, s["legend_sizes"].format(a=sizes[0], b=sizes[1], c=sizes[2]),
                     size=10, colour=charts.MUTED))
    col2 = 470
    out.append(f'<circle cx="{col2 + 6}" cy="{y}" r="3" fill="white" stroke="{PALETTE[0]}" stroke-width="0.9"/>')
    out.append(_text(col2 + 16, y + 4, s["legend_discovered"]))
    out.append(f'<rect x="{col2 + 2}" y="{y + 16}" width="8" height="8" fill="{PALETTE[1]}" '
               f'stroke="{AUTOMATED}" stroke-width="0.8"/>')
    out.append(_text(col2 + 16, y + 24, s["legend_automated"]))
    if any(n.get("status") == "OUT" for n in nodes):
        out.append(f'<circle cx="{col2 + 6}" cy="{y + 40}" r="4" fill="white" stroke="{EDGE}" '
                   f'stroke-width="0.8" stroke-dasharray="1.5 1.5"/>')
        out.append(_text(col2 + 16, y + 44, s["legend_out"]))
    y += 58
    out.append(f'<line x1="4" y1="{y}" x2="36" y2="{y}" stroke="{EDGE}" stroke-width="1.3" stroke-opacity="0.6"/>')
    out.append(f'<line x1="4" y1="{y + 6}" x2="36" y2="{y + 6}" stroke="{AUTOMATED}" stroke-width="1" '
               f'stroke-opacity="0.5"/>')
    edges_note = (s["legend_edges_cut"].format(n=format_number(n_edges, language),
                                               total=format_number(total_edges, language))
                  if total_edges > n_edges else s["legend_edges_all"].format(n=format_number(n_edges, language)))
    out.append(_text(44, y + 7, f'{s["legend_edges"]} — {edges_note}'))
    y += 22
    note = s["legend_labels"].format(n=n_labels)
    if total_nodes > len(nodes):
        note += " · " + s["legend_nodes_cut"].format(n=format_number(len(nodes), language),
                                                     total=format_number(total_nodes, language))
    out.append(_text(4, y + 4, note, size=10, colour=charts.MUTED))
    return out


def draw(nodes: list[dict], edges: list[dict], language: str) -> tuple[str, dict]:
    """The map's SVG source (before the allow-list pass) and what was drawn: counts and label boxes."""
    s = strings(language)
    total_nodes = len({str(n["entity"]) for n in nodes})
    nodes, edges, total_edges = _select(nodes, edges)
    colours = community_colours(nodes)
    pos, _ = layout(nodes, edges)
    automated = {str(n["entity"]) for n in nodes if _automated(n)}
    labels = place_labels(nodes, pos)
    parts = [f'<svg xmlns="{charts._SVG_NS}" width="{WIDTH}" height="{HEIGHT}" font-family="{charts.FONT}">',
             f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="white"/>']
    if automated:
        parts.append(f'<rect x="{BAND_X}" y="0" width="{WIDTH - BAND_X}" height="{MAP_H}" fill="#f7efec" '
                     f'stroke="{AUTOMATED}" stroke-opacity="0.4" stroke-dasharray="4 3"/>')
        parts.append(_text(BAND_X + 8, 18, s["automated_band"], colour=AUTOMATED, weight="bold"))
    parts.append("<g>" + "".join(_edge_paths(edges, pos, automated)) + "</g>")
    # Big circles first, so small ones stay visible on top of them.
    order = sorted(nodes, key=lambda n: (-_radius(n), str(n["entity"])))
    parts.append("<g>")
    for n in order:
        k = str(n["entity"])
        x, y = pos[k]
        influence = format_number(float(n.get("influence") or 0), language, 1)
        title = s["influence_title"].format(label=_short(n.get("label") or k, TITLE_CHARS), influence=influence)
        parts.append(_node(n, x, y, colours.get(n.get("community"), GREY), title))
    parts.append("</g><g>")
    for lab in labels:
        x0, y0, x1, y1 = lab["box"]
        parts.append(f'<rect x="{_f(x0)}" y="{_f(y0)}" width="{_f(x1 - x0)}" height="{_f(y1 - y0)}" rx="2" '
                     f'fill="white" fill-opacity="0.78"/>')
        parts.append(_text(x0 + 2, y1 - FONT_SIZE * 0.3, lab["text"]))
    parts.append("</g>")
    parts.extend(_legend(s, colours, nodes, len(edges), total_edges, len(labels), total_nodes, language))
    parts.append("</svg>")
    return "".join(parts), {"nodes": len(nodes), "edges": len(edges), "total_edges": total_edges,
                            "labels": labels, "automated": len(automated), "positions": pos}


def draw_map(nodes: list[dict], edges: list[dict], language: str) -> Markup:
    """The ecosystem map as inline SVG markup, safe to place in the report as is.

    `nodes`: dicts with entity, label, status, verdict, kind, community, influence, crawled;
    `edges`: dicts with source, target (entities) and weight.
    """
    svg, _ = draw(nodes, edges, language)
    cleaned = charts.clean_svg(svg)  # the charts' allow-list: whatever a label held, nothing active survives
    cleaned = cleaned.replace('class="chart"', 'class="chart ecomap"', 1)
    title = strings(language)["map_title"]
    return Markup(cleaned.replace('role="img"', f'role="img" aria-label="{escape(title)}"', 1))
