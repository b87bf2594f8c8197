"""The ecosystem map on the evaluation web (issue 14): who comes out influential, what the map covers,
and whether the prospects are the right next sites to crawl.

    .venv/bin/python -m tests.bench.ecosystem_eval [--write docs/benchmarks.md] [--workspace DIR] [--seed N ...]

Per draw of `sectorweb.evaluation` (whose link networks and splogs link heavily to each other): a whole
audit, then a second one with `crawl.prospect_top = 5`. Measured against the draw's labels:
- of the 10 most influential crawled sources (`ecosystem_nodes.influence_rank`), how many are genuine
  (labelled pertinent), beside what a plain PageRank of the same link graph would have ranked (no
  trust, no damping, teleport anywhere): the farm resistance the formula buys;
- `ecosystem.gexf`: loads in networkx, and the share of crawled sources it holds;
- prospects: the sites two hops from the seeds (raw_sources depth 2), where they rank, and which of
  the top 5 the second run crawled.
The labels are never read by the pipeline, only here.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from tests.bench.common import write_section

COMMAND = ".venv/bin/python -m tests.bench.ecosystem_eval --write docs/benchmarks.md"
TITLE = "## Ecosystem map on the evaluation web (issue 14)"
PROSPECT_TOP = 5


def plain_pagerank_top(con, run_id: str, n: int = 10) -> list[str]:
    """The hosts a plain PageRank of the run's link graph puts first (crawled sources only)."""
    import networkx as nx

    g = nx.DiGraph()
    for a, b, w in con.execute("select from_entity, to_entity, sum(pages) from link_graph where run_id = ? "
                               "group by all", [run_id]).fetchall():
        g.add_edge(a, b, weight=float(w))
    crawled = dict(con.execute("select entity, host from entities where run_id = ? and crawled",
                               [run_id]).fetchall())
    pr = nx.pagerank(g, weight="weight") if g.number_of_nodes() else {}
    ranked = sorted((e for e in pr if e in crawled), key=lambda e: (-pr[e], e))
    return [crawled[e] for e in ranked[:n]]


def measure(run_dir: Path, warehouse: Path, run_id: str, labels: dict[str, str]) -> dict:
    """Every figure of one run, from its warehouse and run folder."""
    import duckdb
    import networkx as nx

    with duckdb.connect(str(warehouse), read_only=True) as con:
        top = [h for (h,) in con.execute(
            "select host from ecosystem_nodes where run_id = ? and influence_rank is not null "
            "order by influence_rank limit 10", [run_id]).fetchall()]
        plain = plain_pagerank_top(con, run_id)
        crawled = {h for (h,) in con.execute("select host from sources where run_id = ? and crawled",
                                             [run_id]).fetchall()}
        prospects = con.execute("select rank, host, pertinent_inlinks, inlinks from prospects where run_id = ? "
                                "order by rank", [run_id]).fetchall()
        far = {h for (h,) in con.execute("select host from raw_sources where run_id = ? and depth >= 2",
                                         [run_id]).fetchall()}
        tried = dict(con.execute("select host, crawled from raw_sources where run_id = ? "
                                 "and discovered_from = 'prospect'", [run_id]).fetchall())
        from_prospects = {h for h, ok in tried.items() if ok}
    g = nx.read_gexf(run_dir / "ecosystem.gexf")
    hosts_in_map = {d.get("host") or n for n, d in g.nodes(data=True)}
    return {
        "top": [(h, labels.get(h, "?")) for h in top],
        "plain": [(h, labels.get(h, "?")) for h in plain],
        "gexf_nodes": g.number_of_nodes(), "gexf_edges": g.number_of_edges(),
        "coverage": (len(crawled & hosts_in_map), len(crawled)),
        "prospects": prospects, "far": far, "from_prospects": from_prospects, "prospects_tried": len(tried),
    }


def run(workspace: Path, seed: int) -> dict:
    from ecoaudit.demo_audit import eval_audit
    from sectorweb.evaluation import eval_labels

    labels = {lab["host"]: lab["verdict"] for lab in eval_labels(seed)}
    ws = workspace / f"seed-{seed}"
    t0 = time.perf_counter()
    first = eval_audit(ws, run_id="map-1", seed=seed)
    second = eval_audit(ws, run_id="map-2", seed=seed, prospect_top=PROSPECT_TOP)
    warehouse = Path(first.run_dir).parent.parent / "warehouse.duckdb"
    return {"seed": seed, "seconds": time.perf_counter() - t0,
            "first": measure(Path(first.run_dir), warehouse, "map-1", labels),
            "second": measure(Path(second.run_dir), warehouse, "map-2", labels)}


def _genuine(top: list[tuple[str, str]]) -> str:
    return f"{sum(v == 'pertinent' for _, v in top)}/{len(top)}"


def markdown(runs: list[dict]) -> str:
    lines = [TITLE, "", f"Command: `{COMMAND}`", "",
             "Per draw: a whole audit of the evaluation web, then a second run with "
             f"`crawl.prospect_top = {PROSPECT_TOP}`. Genuine = labelled pertinent; the plain PageRank column "
             "ranks the same link graph without trust, damping or engagement. Run 2 requests the previous "
             "run's best prospects; those the evaluation server does not serve (the commercial sites that "
             "self-promoting blogs link to) end as error rows, the others are crawled.", "",
             "| draw | top 10 by influence: genuine | plain PageRank top 10: genuine | gexf: crawled sources "
             "covered | two-hop sites in prospects (best rank) | run 2: prospects requested, crawled | seconds |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for r in runs:
        f, s = r["first"], r["second"]
        ranks = {h: rank for rank, h, *_ in f["prospects"]}
        far_ranked = sorted(ranks[h] for h in f["far"] if h in ranks)
        covered, crawled = f["coverage"]
        lines.append(
            f"| {r['seed']} | {_genuine(f['top'])} | {_genuine(f['plain'])} | {covered}/{crawled} "
            f"({covered / max(crawled, 1):.0%}) | {len(far_ranked)}/{len(f['far'])}"
            f"{f' (rank {far_ranked[0]})' if far_ranked else ''} | "
            f"{s['prospects_tried']}, {len(s['from_prospects'])}: {', '.join(sorted(s['from_prospects'])) or '-'} | "
            f"{r['seconds']:.0f} |")
    for r in runs:
        lines += ["", f"Draw {r['seed']}, the 10 most influential (label in brackets): "
                  + ", ".join(f"{h} ({v})" for h, v in r["first"]["top"]) + ".",
                  "Plain PageRank's 10: " + ", ".join(f"{h} ({v})" for h, v in r["first"]["plain"]) + "."]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", type=Path, help="benchmarks file to update")
    ap.add_argument("--workspace", type=Path, help="keep the audit workspaces here")
    ap.add_argument("--seed", type=int, action="append", help="only this draw (repeatable)")
    args = ap.parse_args()
    from sectorweb.evaluation import HELDOUT_SEED, SEED

    with tempfile.TemporaryDirectory() as tmp:
        runs = [run(Path(args.workspace or tmp), seed) for seed in (args.seed or [SEED, HELDOUT_SEED])]
    text = markdown(runs)
    print(text)
    if args.write:
        write_section(args.write, text, TITLE)


if __name__ == "__main__":
    main()
