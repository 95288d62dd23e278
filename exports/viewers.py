"""The graph for desktop viewers: GEXF (Gephi) and GraphML (Cytoscape, yEd).

Both files hold the aggregated graph (one edge per relation between two nodes,
with its mention count) with the same attributes as the HTML page:

* nodes: ``label``, ``type``, ``kind`` (actor or concept), ``aliases`` (joined
  with "; "), ``mentions``, ``articles`` (how many) and ``degree``;
* edges: ``label`` (the relation as read), ``relation`` (its lemma),
  ``event_class`` (empty when none), ``family`` (cooperation, conflict, other),
  ``negated``, ``hedged``, ``count`` (mentions), ``confidence`` (the highest)
  and ``articles`` (ids joined with "; ").

GEXF nodes also carry Gephi colours and sizes. The files are reproducible: the
GEXF "last modified" date that networkx stamps is left out. (GraphML keeps data
in element text, where XML turns a ``\r\n`` line break into ``\n``.)

Examples
--------
>>> import networkx as nx
>>> H = viewer_graph(nx.MultiDiGraph(articles={}))
>>> H.number_of_nodes(), H.graph["name"]
(0, 'actorgraph')
"""

from __future__ import annotations

import os
import re

import networkx as nx
from actorgraph.exports.atomic import atomic_write
from actorgraph.exports.html import OTHER_COLOR, TYPE_COLORS
from actorgraph.graph.views import aggregate_edges

__all__ = ["viewer_graph", "write_gexf", "write_graphml"]

_MODIFIED = re.compile(r' lastmodifieddate="[^"]*"')


def _rgb(color: str) -> dict:
    return {"r": int(color[1:3], 16), "g": int(color[3:5], 16), "b": int(color[5:7], 16),
            "a": 1.0}


def viewer_graph(G: nx.MultiDiGraph, *, gephi: bool = False) -> nx.MultiDiGraph:
    """The aggregated graph with scalar attributes only (``gephi``: add colours)."""
    H = nx.MultiDiGraph(name="actorgraph")
    degree = dict(G.degree())
    for node, d in sorted(G.nodes(data=True)):
        if degree[node] == 0:
            continue
        attrs = {"label": d["label"], "type": d["type"], "kind": d["kind"],
                 "aliases": "; ".join(d["aliases"]), "mentions": int(d["mentions"]),
                 "articles": len(d["articles"]), "degree": int(degree[node])}
        if gephi:
            attrs["viz"] = {"color": _rgb(TYPE_COLORS.get(d["type"], OTHER_COLOR)),
                            "size": 5.0 + 2.0 * degree[node] ** 0.5}
        H.add_node(node, **attrs)
    for number, edge in enumerate(aggregate_edges(G)):
        H.add_edge(edge.source, edge.target, key=f"e{number}", label=edge.label,
                   relation=edge.relation, event_class=edge.event_class or "",
                   family=edge.family, negated=edge.negated, hedged=edge.hedged,
                   count=edge.count, confidence=float(edge.confidence),
                   articles="; ".join(edge.articles))
    return H


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write the GEXF 1.2 file of ``G`` atomically."""
    text = "\n".join(nx.generate_gexf(viewer_graph(G, gephi=True)))
    with atomic_write(path) as handle:
        handle.write(_MODIFIED.sub("", text, count=1) + "\n")


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write the GraphML file of ``G`` atomically."""
    text = "\n".join(nx.generate_graphml(viewer_graph(G)))
    with atomic_write(path) as handle:
        handle.write(text + "\n")
