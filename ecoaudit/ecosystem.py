"""Transform stage, right after the SQL models: the ecosystem's communities and influence.

Reads the run's marts `link_graph`, `entities` and `sources` and the seed `seed_influence`
(sql/seeds/influence.csv), and writes the mart `ecosystem_nodes` (one row per entity of the run;
contract in sql/marts/_ecosystem_nodes.yml).

Influence (TrustRank-style personalised PageRank on the directed entity graph):
- link weight u -> v = sum over link kinds of kind_weight[kind] * pages, times the trust of u (by its
  verdict: pertinent 1, undecided 0.5, automated 0.05; not crawled or excluded 0), times
  `mutual_damping` when v also links to u (reciprocal pairs are what link farms are made of);
- a step from u follows each link with probability (its weight / u's undamped, untrusted weight), so
  what trust and damping take away goes back to the teleport instead of being re-spread over u's other
  links (plain PageRank normalises out-weights, which would cancel a per-source trust);
- the teleport (and a dangling entity's step) goes only to the pertinent crawled sources (status IN);
  `alpha` of each step follows links;
- pr_norm = pagerank / max pagerank; engagement = log1p(blog comments + forum messages) / its max over
  the crawled sources; influence = 100 * ((1 - e) * pr_norm + e * engagement), e = engagement_share for
  crawled sources (0 for the others), times trust_automated for a crawled automated source.
Communities: Louvain (networkx, fixed seed, weight = linking pages summed both ways) on the undirected
graph of the crawled and discovered entities; 1 is the largest, null for an entity with no link there.

The pure part (nodes and links in, scores out) needs no warehouse; `compute` reads and writes it.
"""
from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

import duckdb
import networkx as nx
import numpy as np
import polars as pl

from ecoaudit.errors import StageError
from ecoaudit.resources import sql_dir
from ecoaudit.warehouse import table_exists

KINDS = ("content", "forum_post", "blogroll", "comment")  # weighted one by one in the seed
SEED = "influence"  # sql/seeds/influence.csv -> seed_influence
TABLE = "ecosystem_nodes"
COLUMNS = {  # the mart, in order (sql/marts/_ecosystem_nodes.yml)
    "run_id": "varchar", "entity": "varchar", "host": "varchar", "url": "varchar", "label": "varchar",
    "status": "varchar", "verdict": "varchar", "kind": "varchar", "crawled": "boolean",
    "score": "double", "posts": "bigint", "comments": "bigint", "inlinks": "bigint",
    "pertinent_inlinks": "bigint", "community": "bigint", "pagerank": "double", "engagement": "double",
    "influence": "double", "influence_rank": "bigint",
}
_POLARS = {"varchar": pl.String, "boolean": pl.Boolean, "double": pl.Float64, "bigint": pl.Int64}


@dataclass(frozen=True)
class Params:
    """The parameters of sql/seeds/influence.csv (every one required: thresholds are data)."""

    kind_content: float
    kind_forum_post: float
    kind_blogroll: float
    kind_comment: float
    kind_other: float
    trust_pertinent: float
    trust_undecided: float
    trust_automated: float
    trust_not_crawled: float
    trust_out: float
    mutual_damping: float
    alpha: float
    engagement_share: float
    max_iter: float
    tolerance: float
    louvain_seed: float
    louvain_resolution: float

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, object]], origin: str = f"seed_{SEED}") -> Params:
        values = {str(k).strip(): v for k, v in rows}
        missing = [f.name for f in fields(cls) if f.name not in values]
        if missing:
            raise StageError(f"{origin}: missing influence parameter(s) {', '.join(missing)}")
        try:
            return cls(**{f.name: float(values[f.name]) for f in fields(cls)})
        except (TypeError, ValueError) as exc:
            raise StageError(f"{origin}: influence parameters must be numbers ({exc})") from None

    def kind_weight(self, kind: str | None) -> float:
        """The weight of one linking page of that link kind (vocabulary link_context)."""
        return getattr(self, f"kind_{kind}") if kind in KINDS else self.kind_other


def read_params(path: Path | None = None) -> Params:
    """The parameters from the seed CSV (by default the shipped sql/seeds/influence.csv)."""
    path = Path(path or sql_dir() / "seeds" / f"{SEED}.csv")
    with path.open(encoding="utf-8", newline="") as f:
        return Params.from_rows(((r["param"], r["value"]) for r in csv.DictReader(f)), origin=str(path))


@dataclass(frozen=True)
class Node:
    """An entity as the computation needs it."""

    entity: str
    crawled: bool = False
    status: str | None = None  # IN, OUT, UNDECIDED, DISCOVERED
    verdict: str | None = None  # pertinent, automated, undecided; null when not crawled
    conversation: int = 0  # blog comments + forum messages (crawled sources)


@dataclass(frozen=True)
class Link:
    """Links of one kind from one entity to another: `pages` distinct linking pages."""

    source: str
    target: str
    kind: str
    pages: int


@dataclass(frozen=True)
class Score:
    """An entity's results: the columns of ecosystem_nodes that `scores` computes."""

    pagerank: float
    engagement: float | None
    influence: float
    community: int | None
    influence_rank: int | None


# --------------------------------------------------------------------------- the pure part


def trust(node: Node, p: Params) -> float:
    """How much an entity's links count: by its verdict; nothing for excluded or uncrawled ones."""
    if node.status == "OUT":
        return p.trust_out
    if not node.crawled:
        return p.trust_not_crawled
    return {"pertinent": p.trust_pertinent, "automated": p.trust_automated}.get(node.verdict,
                                                                                  p.trust_undecided)


def is_trusted_seed(node: Node) -> bool:
    """Teleport targets: the pertinent crawled sources (status IN)."""
    return node.crawled and node.status == "IN" and node.verdict == "pertinent"


def influence_graph(nodes: Iterable[Node], links: Iterable[Link], p: Params) -> nx.DiGraph:
    """The directed entity graph: edge attributes `raw` (kind-weighted pages) and `weight` (raw times
    the source's trust, times the mutual damping for a reciprocal pair). Links to or from an entity
    not among `nodes` are left out; nodes are added in entity order (determinism)."""
    by_entity = {n.entity: n for n in nodes}
    raw: dict[tuple[str, str], float] = {}
    for link in links:
        if link.source == link.target or link.source not in by_entity or link.target not in by_entity:
            continue
        key = (link.source, link.target)
        raw[key] = raw.get(key, 0.0) + p.kind_weight(link.kind) * max(int(link.pages or 0), 0)
    g = nx.DiGraph()
    for entity in sorted(by_entity):
        g.add_node(entity)
    for (u, v) in sorted(raw):
        if raw[(u, v)] <= 0:
            continue
        damping = p.mutual_damping if raw.get((v, u), 0.0) > 0 else 1.0
        g.add_edge(u, v, raw=raw[(u, v)], weight=raw[(u, v)] * trust(by_entity[u], p) * damping)
    return g


def trustrank(g: nx.DiGraph, nodes: Iterable[Node], p: Params) -> dict[str, float]:
    """Personalised PageRank (sums to 1) where a step from u follows v with probability
    weight(u, v) / raw out-weight of u; the rest of the step (trust, damping, no link) teleports."""
    order = list(g.nodes)
    if not order:
        return {}
    by_entity = {n.entity: n for n in nodes}
    teleport = np.array([1.0 if is_trusted_seed(by_entity[e]) else 0.0 for e in order])
    if not teleport.any():  # no pertinent source yet: the crawled sources kept, then every entity
        teleport = np.array([1.0 if by_entity[e].crawled and by_entity[e].status != "OUT" else 0.0
                             for e in order])
    if not teleport.any():
        teleport = np.ones(len(order))
    teleport /= teleport.sum()
    weights = nx.to_scipy_sparse_array(g, nodelist=order, weight="weight", format="csr")
    raw_out = np.asarray(nx.to_scipy_sparse_array(g, nodelist=order, weight="raw", format="csr").sum(axis=1))
    scale = np.divide(1.0, raw_out, out=np.zeros_like(raw_out, dtype=float), where=raw_out > 0)
    step = (weights.multiply(scale[:, None])).tocsr()  # row-substochastic
    x = teleport.copy()
    tolerance = p.tolerance * len(order)
    for _ in range(int(p.max_iter)):
        followed = x @ step
        lost = 1.0 - followed.sum()  # trust, damping and dangling entities: back to the teleport
        nxt = p.alpha * followed + (p.alpha * lost + (1.0 - p.alpha)) * teleport
        done = np.abs(nxt - x).sum() < tolerance
        x = nxt
        if done:
            break
    return dict(zip(order, (float(v) for v in x)))


def communities(nodes: Iterable[Node], links: Iterable[Link], p: Params) -> dict[str, int]:
    """Louvain communities of the crawled and discovered entities (undirected, weight = linking pages
    summed both ways): entity -> community, 1 the largest; entities with no link there are absent."""
    kept = {n.entity for n in nodes if n.crawled or n.status == "DISCOVERED"}
    pages: dict[tuple[str, str], int] = {}
    for link in links:
        if link.source == link.target or link.source not in kept or link.target not in kept:
            continue
        key = tuple(sorted((link.source, link.target)))
        pages[key] = pages.get(key, 0) + max(int(link.pages or 0), 0)
    g = nx.Graph()
    for (u, v), w in sorted(pages.items()):
        if w > 0:
            g.add_edge(u, v, weight=w)
    if not g.number_of_edges():
        return {}
    found = nx.community.louvain_communities(g, weight="weight", resolution=p.louvain_resolution,
                                             seed=int(p.louvain_seed))
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return {entity: rank for rank, members in enumerate(ordered, start=1) for entity in members}


def scores(nodes: Iterable[Node], links: Iterable[Link], p: Params) -> dict[str, Score]:
    """Every entity's PageRank, engagement, influence (0..100), community and influence rank (crawled
    sources only: 1 the most influential, ties by entity)."""
    nodes = sorted(nodes, key=lambda n: n.entity)
    links = sorted(links, key=lambda lk: (lk.source, lk.target, lk.kind))
    ranks = trustrank(influence_graph(nodes, links, p), nodes, p)
    groups = communities(nodes, links, p)
    top = max(ranks.values(), default=0.0)
    most_talk = max((math.log1p(max(n.conversation or 0, 0)) for n in nodes if n.crawled), default=0.0)
    found: dict[str, tuple[float, float | None, float]] = {}
    for n in nodes:
        pr_norm = ranks.get(n.entity, 0.0) / top if top > 0 else 0.0
        if n.crawled:
            engagement = math.log1p(max(n.conversation or 0, 0)) / most_talk if most_talk > 0 else 0.0
            influence = 100 * ((1 - p.engagement_share) * pr_norm + p.engagement_share * engagement)
            if n.verdict == "automated":  # an automated source is not an influencer
                influence *= p.trust_automated
        else:
            engagement, influence = None, 100 * pr_norm
        found[n.entity] = (ranks.get(n.entity, 0.0), engagement, influence)
    ranked = sorted((n.entity for n in nodes if n.crawled), key=lambda e: (-found[e][2], e))
    rank_of = {e: i for i, e in enumerate(ranked, start=1)}
    return {e: Score(pr, None if eng is None else round(eng, 4), round(inf, 2), groups.get(e), rank_of.get(e))
            for e, (pr, eng, inf) in found.items()}


# --------------------------------------------------------------------------- the warehouse


def _params(con: duckdb.DuckDBPyConnection) -> Params:
    """seed_influence as the transform loaded it, else the shipped CSV."""
    if table_exists(con, f"seed_{SEED}"):
        return Params.from_rows(con.execute(f"select param, value from seed_{SEED}").fetchall())
    return read_params()


def _require(con: duckdb.DuckDBPyConnection, *names: str) -> None:
    missing = [n for n in names if not table_exists(con, n)]
    if missing:
        raise StageError(f"ecosystem: mart(s) {', '.join(missing)} missing: run the SQL models first")


# One row per entity of the run; a crawled entity gets its source's row (same host).
_NODES_SQL = """
select
    e.entity, e.host, e.url, e.status, e.verdict, e.kind, coalesce(e.crawled, false) as crawled,
    e.inlinks, e.pertinent_inlinks,
    coalesce(nullif(trim(s.site_name), ''), e.entity) as label,
    s.score, s.posts, s.comments,
    -- the conversation a source hosts: a forum's messages, a blog's comments
    case when s.kind = 'forum' then coalesce(s.forum_posts, 0)
         else coalesce(s.comments, 0) + coalesce(s.forum_posts, 0) end as conversation
from entities as e
left join sources as s on s.run_id = e.run_id and s.host = e.host and e.crawled
where e.run_id = ?
qualify row_number() over (partition by e.entity order by s.score nulls last, s.host) = 1
order by e.entity
"""

_LINKS_SQL = """
select from_entity, to_entity, link_kind, sum(pages)::bigint as pages
from link_graph
where run_id = ?
group by all
order by all
"""


def node_frame(con: duckdb.DuckDBPyConnection, run_id: str) -> pl.DataFrame:
    """The run's entities with their source's figures (the inputs of `scores`)."""
    return con.sql(_NODES_SQL, params=[run_id]).pl()


def ensure_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create the mart empty when missing (explicit types: an empty first run still has them)."""
    columns = ", ".join(f"{name} {dtype}" for name, dtype in COLUMNS.items())
    con.execute(f"create table if not exists {TABLE} ({columns})")


def compute(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """Write the run's rows of `ecosystem_nodes` (replacing them: idempotent); returns their number."""
    _require(con, "link_graph", "entities", "sources")
    p = _params(con)
    frame = node_frame(con, run_id)
    rows = frame.to_dicts()
    nodes = [Node(r["entity"], bool(r["crawled"]), r["status"], r["verdict"], int(r["conversation"] or 0))
             for r in rows]
    links = [Link(u, v, k, int(n or 0)) for u, v, k, n in con.execute(_LINKS_SQL, [run_id]).fetchall()]
    found = scores(nodes, links, p)
    records = []
    for r in rows:
        s = found[r["entity"]]
        records.append({**r, "run_id": run_id, "pagerank": s.pagerank, "engagement": s.engagement,
                        "influence": s.influence, "community": s.community, "influence_rank": s.influence_rank})
    schema = {c: _POLARS[t] for c, t in COLUMNS.items()}
    out = pl.DataFrame([{c: rec.get(c) for c in COLUMNS} for rec in records], schema=schema)
    ensure_table(con)
    con.execute("begin transaction")
    try:
        con.execute(f"delete from {TABLE} where run_id = ?", [run_id])
        if out.height:
            con.register("__ecosystem_nodes", out)
            con.execute(f"insert into {TABLE} by name select * from __ecosystem_nodes")
            con.unregister("__ecosystem_nodes")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return out.height

