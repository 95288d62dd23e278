"""A self-contained interactive HTML page of the graph, built with pyvis.

pyvis holds the network (nodes, edges, options) and renders it through
actorgraph's own Jinja template, which inlines the vis-network library that
pyvis ships, so the page makes no network request at all: its Content Security
Policy forbids every fetch, and only the two inline scripts whose SHA-256
hashes it lists may run. Article text reaches the page only inside a JSON data
block (``<``, ``>``, ``&`` and ``'`` escaped) and is shown as text.

The page shows actors coloured by type (with a legend that filters them) and
sized by mentions; relations labelled and coloured by event family
(cooperation, conflict, other; negated ones dashed), parallel mentions drawn
once with a count. Clicking an actor or a relation lists its sources: each
sentence with its article (linked when it has a URL), date and flags. A search
box finds an actor by name or alias; a menu keeps one event class; concepts can
be hidden. Large graphs open with their :data:`VISIBLE_LIMIT` most connected
nodes and say how many are hidden, with a button to show all.
"""

from __future__ import annotations

import base64
import hashlib
import math
import os
from collections import Counter
from importlib import resources
from pathlib import Path

import networkx as nx
import pyvis
from actorgraph.exports.atomic import atomic_write
from actorgraph.graph.views import AggregatedEdge, aggregate_edges
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

__all__ = ["FAMILY_COLORS", "TYPE_COLORS", "VISIBLE_LIMIT", "build_network", "render_html",
           "write_html"]

#: Node colour of each actor type.
TYPE_COLORS = {
    "PERSON": "#4e79a7",
    "ORG": "#f28e2b",
    "GPE": "#59a14f",
    "NORP": "#b07aa1",
    "LOC": "#76b7b2",
    "FAC": "#9c755f",
    "CONCEPT": "#d0d0d0",
}
OTHER_COLOR = "#bab0ac"
#: Edge colour of each event family.
FAMILY_COLORS = {"conflict": "#d62728", "cooperation": "#2c7fb8", "other": "#8c8c8c"}
#: Nodes shown when a page opens; the rest wait for "show all" (or a search).
VISIBLE_LIMIT = 400
#: Sentences listed in an edge's hover tooltip (all of them are in the details panel).
TOOLTIP_SENTENCES = 3
#: Layout iterations after "show all": new nodes start beside their placed neighbours.
RELAYOUT_ITERATIONS = 60
_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def _options(visible: int) -> dict:
    """vis-network options; big graphs get the cheaper layout."""
    big = visible > 150
    physics = {"stabilization": {"enabled": True, "iterations": 200 if big else 400,
                                 "fit": True, "updateInterval": 50}}
    if big:
        physics.update(solver="barnesHut", barnesHut={
            "gravitationalConstant": -6000, "springLength": 140, "avoidOverlap": 0.2})
    else:
        physics.update(solver="forceAtlas2Based", forceAtlas2Based={
            "gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.4})
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": not big},
        "physics": physics,
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big},
        "nodes": {"shape": "dot", "font": {"size": 14, "face": "system-ui, sans-serif"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "font": {"size": 11, "align": "middle", "color": "#444",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "smooth": {"enabled": not big, "type": "dynamic"}},
    }


def _node_title(d: dict, degree: int) -> str:
    lines = [d["label"], f"{d['type']} \u00b7 {d['mentions']} mention"
             f"{'s' if d['mentions'] != 1 else ''} \u00b7 {degree} relation"
             f"{'s' if degree != 1 else ''}"]
    if d["aliases"]:
        lines.append("Also: " + "; ".join(d["aliases"][:6]) +
                     (" \u2026" if len(d["aliases"]) > 6 else ""))
    n_articles = len(d["articles"])
    lines.append(f"In {n_articles} article{'s' if n_articles != 1 else ''}")
    return "\n".join(lines)


def _edge_title(G: nx.MultiDiGraph, e: AggregatedEdge) -> str:
    head = (f"{G.nodes[e.source]['label']} \u2014 {'not ' if e.negated else ''}{e.label} "
            f"\u2192 {G.nodes[e.target]['label']} ({e.event_class or 'no event class'}; "
            f"{e.count} mention{'s' if e.count != 1 else ''})")
    lines = [head]
    for s in e.sources[:TOOLTIP_SENTENCES]:
        marks = "".join(f"[{m}] " for m, on in (("negated", s.negated), ("hedged", s.hedged))
                        if on)
        where = s.title or s.doc_id
        lines.append(f"\u2022 {marks}\u201c{s.sentence}\u201d \u2014 {where}"
                     + (f", {s.date}" if s.date else ""))
    if len(e.sources) > TOOLTIP_SENTENCES:
        lines.append(f"\u2026 {len(e.sources) - TOOLTIP_SENTENCES} more: click for all")
    return "\n".join(lines)


def build_network(G: nx.MultiDiGraph, *, limit: int = VISIBLE_LIMIT) -> Network:
    """A pyvis network of ``G``: aggregated edges, rich node and edge data.

    Node and edge dicts are filled directly: pyvis's ``add_edge`` scans every
    edge for duplicates, which is quadratic on large graphs.
    """
    net = Network(directed=True, height="100%", width="100%", cdn_resources="remote")
    degree = dict(G.degree())
    ranked = sorted((n for n in G.nodes if degree[n] > 0),
                    key=lambda n: (-degree[n], -G.nodes[n]["mentions"], n))
    top = set(ranked[:limit])
    for node_id in sorted(ranked):
        d = G.nodes[node_id]
        concept = d["kind"] == "concept"
        net.nodes.append({
            "id": node_id,
            "label": d["label"],
            "title": _node_title(d, degree[node_id]),
            "color": TYPE_COLORS.get(d["type"], OTHER_COLOR),
            "shape": "box" if concept else "dot",
            "size": round(10 + 4 * math.sqrt(max(d["mentions"], degree[node_id])), 1),
            "type": d["type"],
            "kind": d["kind"],
            "aliases": list(d["aliases"]),
            "mentions": d["mentions"],
            "articles": list(d["articles"]),
            "top": node_id in top,
        })
        net.node_ids.append(node_id)
        net.node_map[node_id] = net.nodes[-1]
    for number, e in enumerate(aggregate_edges(G)):
        color = FAMILY_COLORS[e.family]
        net.edges.append({
            "id": f"e{number}",
            "from": e.source,
            "to": e.target,
            "label": ("not " if e.negated else "") + e.label +
                     (f" \u00d7{e.count}" if e.count > 1 else ""),
            "title": _edge_title(G, e),
            "relation": e.label,
            "event_class": e.event_class,
            "family": e.family,
            "negated": e.negated,
            "hedged": e.hedged,
            "count": e.count,
            "width": round(1 + math.log2(e.count), 2),
            "dashes": e.negated or e.hedged,
            "color": {"color": color, "highlight": color, "hover": color,
                      "opacity": 0.55 if e.hedged else 1.0},
            "sources": [{"sentence": s.sentence, "doc": s.doc_id, "negated": s.negated,
                         "hedged": s.hedged, "reported": s.reported, "by": s.attributed_to}
                        for s in e.sources],
        })
    net.options = _options(len(top))
    return net


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _static(name: str) -> str:
    return (resources.files("actorgraph.exports") / "templates" / name).read_text(encoding="utf-8")


def render_html(G: nx.MultiDiGraph, *, title: str = "actorgraph",
                limit: int = VISIBLE_LIMIT) -> str:
    """The HTML page of ``G`` as a string."""
    net = build_network(G, limit=limit)
    template_dir = str(resources.files("actorgraph.exports") / "templates")
    net.set_template_dir(template_dir, "graph.html")
    net.templateEnv = Environment(loader=FileSystemLoader(template_dir),
                                  autoescape=select_autoescape(["html"]))
    vis_js = (_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    page_js = _static("graph.js")
    types = Counter(n["type"] for n in net.nodes)
    n_concepts = types.get("CONCEPT", 0)
    classes = Counter(e["event_class"] for e in net.edges)
    unclassified = classes.pop(None, 0)
    articles = G.graph.get("articles", {})
    n_articles = len(articles)
    summary = (f"{n_articles} article{'s' if n_articles != 1 else ''} \u00b7 "
               f"{len(net.nodes) - n_concepts} actors \u00b7 {n_concepts} concepts \u00b7 "
               f"{G.number_of_edges()} relation mentions in {len(net.edges)} relations")
    net.templateEnv.globals.update(
        page_title=title,
        summary=summary,
        legend=[{"type": t, "color": TYPE_COLORS.get(t, OTHER_COLOR), "count": types[t]}
                for t in sorted(types, key=lambda t: (-types[t], t))],
        families=[{"name": name, "color": color, "dashed": False}
                  for name, color in FAMILY_COLORS.items()] +
                 [{"name": "negated or hedged", "color": "#888888", "dashed": True}],
        classes=[{"name": c, "count": classes[c]} for c in sorted(classes)],
        unclassified=unclassified,
        graph_data={"nodes": net.nodes, "edges": net.edges, "options": net.options,
                    "limit": limit, "relayoutIterations": RELAYOUT_ITERATIONS,
                    "articles": {doc: {"title": m.get("title"), "date": m.get("date"),
                                       "url": m.get("url")} for doc, m in articles.items()}},
        vis_js=vis_js,
        vis_css=(_VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
        page_js=page_js,
        page_css=_static("graph.css"),
        script_hashes=" ".join((_sha256(vis_js), _sha256(page_js))),
    )
    return net.generate_html(name="graph.html")


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike, *,
               title: str = "actorgraph") -> None:
    """Write the page of ``G`` to ``path`` atomically."""
    html = render_html(G, title=title)
    with atomic_write(path) as handle:
        handle.write(html)
