"""ecosystem.gexf: the run's entity graph for Gephi (and Hyphe's and médialab's tools), by networkx.

Nodes: the rows of the mart `ecosystem_nodes` (every entity of the run: the crawled sources and the
entities they link to), labelled with the site name, with the attributes kind, verdict, status, score,
influence, community, posts and the others of the mart. Edges: the mart `link_graph` summed over link
kinds, `weight` = distinct linking pages, and the pages of each kind (content, blogroll, comment,
forum_post) and the link rows (`links`) as attributes.

Crawled strings are hostile: characters XML 1.0 forbids are removed from ids, labels and attributes
(the writer escapes the rest); a missing value is left out of the node rather than written as "None".
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import networkx as nx

from ecoaudit.contract import vocabulary
from ecoaudit.warehouse import table_exists

NODE_ATTRIBUTES = ("host", "url", "status", "verdict", "kind", "crawled", "score", "posts", "comments",
                   "inlinks", "pertinent_inlinks", "community", "pagerank", "engagement", "influence",
                   "influence_rank")
LINK_KINDS = vocabulary("link_context")  # content, comment, blogroll, forum_post

# Characters XML 1.0 does not allow (C0 controls but tab/newline/CR, surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    """The string without the characters an XML 1.0 document cannot hold."""
    return _NOT_XML.sub("", value)


def _clean(value):
    return xml_text(value) if isinstance(value, str) else value


def ecosystem_graph(con: duckdb.DuckDBPyConnection, run_id: str) -> nx.DiGraph:
    """The run's entity graph (empty for a run from before the ecosystem map)."""
    g = nx.DiGraph()
    if not table_exists(con, "ecosystem_nodes"):
        return g
    cols = ", ".join(("entity", "label") + NODE_ATTRIBUTES)
    ids: dict[str, str] = {}
    for row in con.execute(f"select {cols} from ecosystem_nodes where run_id = ? order by entity",
                           [run_id]).fetchall():
        entity, label, *values = row
        node = xml_text(entity)
        if not node or node in g:  # an id only control characters told apart: keep the first
            continue
        ids[entity] = node
        attrs = {k: _clean(v) for k, v in zip(NODE_ATTRIBUTES, values) if v is not None}
        g.add_node(node, label=xml_text(label or entity) or node, **attrs)
    if not table_exists(con, "link_graph"):
        return g
    per_kind = ", ".join(f"sum(pages) filter (where link_kind = '{k}')::bigint" for k in LINK_KINDS)
    rows = con.execute(
        f"select from_entity, to_entity, sum(pages)::bigint, sum(links)::bigint, {per_kind} "
        "from link_graph where run_id = ? group by all order by all", [run_id]).fetchall()
    for source, target, pages, links, *kinds in rows:
        u, v = ids.get(source), ids.get(target)
        if u is None or v is None or u == v:
            continue
        g.add_edge(u, v, weight=int(pages or 0), links=int(links or 0),
                   **{k: int(n or 0) for k, n in zip(LINK_KINDS, kinds)})
    return g


def write_gexf(con: duckdb.DuckDBPyConnection, run_id: str, path) -> Path:
    """Write the run's ecosystem.gexf; returns its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(ecosystem_graph(con, run_id), path, encoding="utf-8", prettyprint=False)
    return path
