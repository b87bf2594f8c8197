"""The ecosystem map at 2,000 sources (issue 14): layout time, SVG size, what is drawn, and whether it
stays readable in the HTML and in the PDF.

A synthetic ecosystem (seeded): 2,000 web entities, of which 1,400 crawled and 600 discovered, in
communities of Zipf-like sizes, plus a link farm (150 automated sites linking densely to each other and
to a few targets); about 20,000 weighted links, most inside communities. The map is drawn by
reports/ecomap.py, put into a page with the report's own CSS (the template's <style>), and printed
to PDF by WeasyPrint (reports/pdf.py). Readability: the drawn names' boxes are checked for overlaps,
and the PDF page holding the map is rendered to PNG (pdftoppm) for a person to look at.

    .venv/bin/python -m tests.bench.ecosystem_map                   # print the figures
    .venv/bin/python -m tests.bench.ecosystem_map --write docs/benchmarks.md
    .venv/bin/python -m tests.bench.ecosystem_map --png /tmp/map    # keep the PNG of the map's page
"""
from __future__ import annotations

import argparse
import random
import re
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from tests.bench.common import pdf_pages, write_section

TITLE = "## Ecosystem map at 2,000 sources (issue 14)"
_SYLLABLES = ("pa", "tri", "moi", "ne", "fi", "scal", "ver", "gé", "lo", "ren", "ta", "mi", "cour", "sé")


def _name(rng: random.Random, i: int) -> str:
    word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
    return rng.choice(("Le blog de {w}", "Forum {w}", "{w}.fr", "Les carnets de {w}", "{w} et patrimoine",
                       "{w}")).format(w=word.capitalize()) + ("" if i % 7 else f" {i}")


def synthetic(n_sources: int = 2000, n_edges: int = 20000, seed: int = 14) -> tuple[list[dict], list[dict]]:
    """Nodes and edges shaped as reports/ecomap.draw_map takes them (ecosystem_nodes and link_graph)."""
    rng = random.Random(seed)
    n_farm = max(3, n_sources * 150 // 2000)
    n_discovered = n_sources * 3 // 10
    n_communities = 14
    weights = [1 / (k + 1) ** 0.9 for k in range(n_communities)]
    nodes = []
    for i in range(n_sources):
        farm = i < n_farm
        crawled = farm or i < n_sources - n_discovered
        community = n_communities + 1 if farm else rng.choices(range(1, n_communities + 1), weights)[0]
        verdict = "automated" if farm else (rng.choice(("pertinent",) * 4 + ("undecided",)) if crawled else None)
        influence = (0.05 * rng.random() * 20 if farm else
                     min(100.0, rng.paretovariate(1.4) * 3) if crawled else rng.random() * 2)
        nodes.append({"entity": f"site-{i}.example.test", "label": _name(rng, i),
                      "status": "IN" if verdict in ("pertinent", "automated") else
                      "UNDECIDED" if crawled else "DISCOVERED",
                      "verdict": verdict, "kind": rng.choice(("blog", "forum", "news")) if crawled else None,
                      "community": community, "influence": round(influence, 2), "crawled": crawled})
    nodes[n_farm + 5]["label"] = '<script>alert(1)</script>"onload=alert(2)'
    nodes[n_farm + 5]["influence"] = 100.0
    nodes[n_farm + 9]["status"] = "OUT"
    by_comm: dict[int, list[int]] = {}
    for i, n in enumerate(nodes):
        by_comm.setdefault(n["community"], []).append(i)
    crawled = [i for i, n in enumerate(nodes) if n["crawled"] and i >= n_farm]
    edges: dict[tuple[int, int], float] = {}
    farm_targets = rng.sample(range(n_farm, n_sources), 6)
    while len(edges) < n_edges:
        roll = rng.random()
        if roll < 0.2:  # the farm: dense, reciprocal, plus links to its few clients
            a = rng.randrange(n_farm)
            b = rng.randrange(n_farm) if rng.random() < 0.85 else rng.choice(farm_targets)
        else:
            a = rng.choice(crawled)  # only crawled sources link (link_graph)
            pool = by_comm[nodes[a]["community"]] if roll < 0.88 else range(n_sources)
            b = rng.choice(pool)
        if a != b:
            edges[(a, b)] = edges.get((a, b), 0) + rng.choice((1, 1, 1, 2, 3, 5, 12))
    # Louvain-like numbering: 1 = the largest community (as the mart has it).
    sizes = sorted(by_comm, key=lambda c: -len(by_comm[c]))
    renumber = {c: k + 1 for k, c in enumerate(sizes)}
    for n in nodes:
        n["community"] = renumber[n["community"]]
    linked = {i for pair in edges for i in pair}
    for i, n in enumerate(nodes):
        if i not in linked:
            n["community"] = None
    return nodes, [{"source": nodes[a]["entity"], "target": nodes[b]["entity"], "weight": w}
                   for (a, b), w in sorted(edges.items())]


def overlaps(labels: list[dict]) -> int:
    """Pairs of drawn names whose boxes intersect."""
    boxes = [lab["box"] for lab in labels]
    return sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def _inert(svg: str) -> bool:
    """No script element and no event-handler attribute in the SVG (the hostile label is text)."""
    from lxml import etree

    root = etree.fromstring(svg.encode("utf-8"))
    return "&lt;script&gt;" in svg and not any(
        el.tag.endswith("script") or any(a.lower().startswith("on") for a in el.attrib) for el in root.iter())


def page_html(svg: str, language: str = "fr") -> str:
    """The map in a page styled by the report template's own CSS, as the report places it."""
    from reports.html import TEMPLATES

    template = (TEMPLATES / "report.html.j2").read_text(encoding="utf-8")
    style = re.search(r"<style>.*?</style>", template, re.S).group(0)
    return (f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">{style}</head><body><main>'
            f'<section id="ecomap" class="major"><h2>Carte de l\'écosystème</h2>'
            f'<figure class="chart map">{svg}</figure></section></main></body></html>')


def measure(n_sources: int, n_edges: int, workdir: Path, png: Path | None = None) -> dict:
    from reports import ecomap
    from reports.pdf import write_pdf

    nodes, edges = synthetic(n_sources, n_edges)
    t0 = time.perf_counter()
    drawn = ecomap.draw(nodes, edges, "fr")[1]
    t1 = time.perf_counter()
    svg = ecomap.draw_map(nodes, edges, "fr")
    t2 = time.perf_counter()
    html = workdir / "map.html"
    html.write_text(page_html(str(svg)), encoding="utf-8")
    pdf = write_pdf(html)
    t3 = time.perf_counter()
    png_path = None
    if shutil.which("pdftoppm"):
        stem = (png or workdir / "map")
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", str(pdf), str(stem)], check=True)
        png_path = next(iter(sorted(stem.parent.glob(stem.name + "*.png"))), None)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "n_sources": len(nodes), "n_edges": len(edges), "layout_s": t1 - t0, "map_s": t2 - t1,
        "pdf_s": t3 - t2, "total_s": t3 - t0, "svg_kb": len(str(svg).encode("utf-8")) / 1024,
        "nodes_drawn": drawn["nodes"], "edges_drawn": drawn["edges"], "total_edges": drawn["total_edges"],
        "labels": len(drawn["labels"]), "overlaps": overlaps(drawn["labels"]), "automated": drawn["automated"],
        "pdf_pages": pdf_pages(pdf), "pdf_kb": pdf.stat().st_size / 1024, "peak_mb": peak_mb,
        "png": str(png_path) if png_path else None,
        "hostile_inert": _inert(str(svg)),
    }


def _section(r: dict, seen: str) -> str:
    return f"""{TITLE}

`.venv/bin/python -m tests.bench.ecosystem_map --write docs/benchmarks.md` (`tests/bench/ecosystem_map.py`): a
synthetic ecosystem of {r['n_sources']:,} web entities (1,400 crawled, 600 discovered, 14 communities of Zipf-like
sizes, a link farm of {r['automated']} automated sites linking densely to each other) and {r['n_edges']:,} weighted
links, drawn by `reports/ecomap.py`, placed in a page with the report's CSS and printed by WeasyPrint.
Machine: 2 cores shared with other jobs (wall times vary with the load).

| measure | value |
| --- | --- |
| layout and SVG (`ecomap.draw`: networkx, group-in-a-box) | {r['layout_s']:.1f} s |
| the same with the allow-list pass (`ecomap.draw_map`) | {r['map_s']:.1f} s |
| PDF of the map's page (WeasyPrint) | {r['pdf_s']:.1f} s, {r['pdf_pages']} page, {r['pdf_kb']:,.0f} KB |
| total | {r['total_s']:.1f} s |
| SVG | {r['svg_kb']:,.0f} KB |
| sites drawn | {r['nodes_drawn']:,} of {r['n_sources']:,} ({r['automated']} automated, in the right-hand column) |
| links drawn | {r['edges_drawn']:,} of {r['total_edges']:,} (the heaviest; bound 4,000) |
| names drawn | {r['labels']} (bound 30), overlapping pairs: {r['overlaps']} |
| peak memory (ru_maxrss) | {r['peak_mb']:,.0f} MB |

Bounds: at most 3,000 sites and 4,000 links are drawn, links batched into six paths, tooltips cut to 80
characters, so the SVG stays under about 700 KB; each spring layout covers one community (fewer iterations above 150 and 400 sites),
not the whole graph (one spring layout of 2,000 nodes and 20,000 edges takes 10 to 20 s here).

Readability, the PDF's map page rendered at 110 dpi (pdftoppm) and looked at: {seen}
"""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=20000)
    ap.add_argument("--png", type=Path, help="keep the PNG of the map's PDF page under this stem")
    ap.add_argument("--seen", default="", help="what a person saw on the PNG (written into the section)")
    ap.add_argument("--write", type=Path, help="write the section into this markdown file")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-ecomap-") as tmp:
        r = measure(args.sources, args.edges, Path(tmp), args.png)
    print(" ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in r.items()))
    if args.write:
        write_section(args.write, _section(r, args.seen or "not looked at in this run."), TITLE)
        print(f"written: {args.write}")


if __name__ == "__main__":
    main()
