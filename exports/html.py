"""A self-contained interactive HTML page of the graph, built with pyvis.

pyvis holds the network (nodes, edges) and renders it through
actorgraph's own Jinja template, which inlines the vis-network library that
pyvis ships. The page makes no network request at all: its Content Security
Policy forbids every fetch, and only the two inline scripts whose SHA-256
hashes it lists may run. Article text reaches the page only inside a JSON
data block (``<``, ``>``, ``&`` and ``'`` escaped) and is shown as text.

Parallel mentions of the same relation between the same actors are drawn as
one edge with a count; its tooltip lists each source sentence with its
article title and date.
"""

from __future__ import annotations

import base64
import hashlib
import math
import os
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from exports.atomic import atomic_write

__all__ = ["TYPE_COLORS", "build_network", "render_html", "write_html"]

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
_OTHER_COLOR = "#bab0ac"
#: Edge colour of negated relations.
NEGATED_COLOR = "#d62728"
_EDGE_COLOR = "#8c8c8c"
#: Sentences listed in one edge tooltip before "and N more".
MAX_SENTENCES = 8
_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

OPTIONS = {
    "autoResize": True,
    "layout": {"randomSeed": 7, "improvedLayout": True},
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120,
                             "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": 400, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
    "nodes": {"shape": "dot", "font": {"size": 14, "face": "system-ui, sans-serif"}},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
              "font": {"size": 11, "align": "middle", "color": "#444",
                       "strokeWidth": 3, "strokeColor": "#ffffff"},
              "smooth": {"enabled": True, "type": "dynamic"}},
}


def _node_title(d: dict, articles: dict) -> str:
    lines = [d["label"], f"Type: {d['type']}"]
    if d["aliases"]:
        lines.append("Also: " + "; ".join(d["aliases"]))
    n_articles = len(d["articles"])
    lines.append(f"Mentions: {d['mentions']} in {n_articles} "
                 f"article{'s' if n_articles != 1 else ''}")
    for doc_id in d["articles"][:MAX_SENTENCES]:
        lines.append("\u2022 " + (articles.get(doc_id, {}).get("title") or doc_id))
    if n_articles > MAX_SENTENCES:
        lines.append(f"\u2026 and {n_articles - MAX_SENTENCES} more")
    return "\n".join(lines)


def _source_line(d: dict, articles: dict) -> str:
    meta = articles.get(d["doc_id"], {})
    where = meta.get("title") or d["doc_id"]
    if meta.get("date"):
        where += f", {meta['date']}"
    if meta.get("url"):
        where += f" <{meta['url']}>"
    mark = "[negated] " if d["negated"] else ""
    return f"\u2022 {mark}\u201c{d['sentence']}\u201d \u2014 {where}"


def build_network(G: nx.MultiDiGraph) -> Network:
    """A pyvis network of ``G`` with parallel relation mentions aggregated.

    Node and edge dicts are filled directly: pyvis's ``add_edge`` scans every
    edge for duplicates, which is quadratic on large graphs.
    """
    articles = G.graph.get("articles", {})
    net = Network(directed=True, height="100%", width="100%", cdn_resources="remote")
    degree = dict(G.degree())
    for node_id, d in sorted(G.nodes(data=True)):
        if degree[node_id] == 0:
            continue  # only a place or a source of relations: shown in their tooltips
        concept = d["kind"] == "concept"
        net.nodes.append({
            "id": node_id,
            "label": d["label"],
            "title": _node_title(d, articles),
            "color": TYPE_COLORS.get(d["type"], _OTHER_COLOR),
            "shape": "box" if concept else "dot",
            "size": round(10 + 4 * math.sqrt(max(d["mentions"], degree[node_id])), 1),
            "type": d["type"],
            "kind": d["kind"],
            "aliases": list(d["aliases"]),
            "mentions": d["mentions"],
        })
        net.node_ids.append(node_id)
        net.node_map[node_id] = net.nodes[-1]

    groups: dict[tuple, list[dict]] = defaultdict(list)
    for u, v, _key, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        groups[(u, v, d["relation_label"], d["negated"])].append(d)
    for number, ((u, v, label, negated), items) in enumerate(groups.items()):
        sources = list(dict.fromkeys(_source_line(d, articles) for d in items))
        head = (f"{G.nodes[u]['label']} \u2014 {'not ' if negated else ''}{label} \u2192 "
                f"{G.nodes[v]['label']}")
        classes = sorted({d["event_class"] for d in items if d["event_class"]})
        head += f" ({', '.join(classes) if classes else 'no event class'}; " \
                f"{len(items)} mention{'s' if len(items) != 1 else ''})"
        shown = sources[:MAX_SENTENCES]
        if len(sources) > MAX_SENTENCES:
            shown.append(f"\u2026 and {len(sources) - MAX_SENTENCES} more")
        net.edges.append({
            "id": f"e{number}",
            "from": u,
            "to": v,
            "label": ("not " if negated else "") + label + (f" \u00d7{len(items)}"
                                                           if len(items) > 1 else ""),
            "title": "\n".join([head, *shown]),
            "relation": label,
            "event_class": classes[0] if classes else None,
            "negated": negated,
            "count": len(items),
            "width": round(1 + math.log2(len(items)), 2),
            "dashes": negated,
            "color": {"color": NEGATED_COLOR if negated else _EDGE_COLOR},
        })
    net.options = OPTIONS
    return net


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _static(name: str) -> str:
    return (resources.files("exports") / "templates" / name).read_text(encoding="utf-8")


def render_html(G: nx.MultiDiGraph, *, title: str = "actorgraph") -> str:
    """The HTML page of ``G`` as a string."""
    net = build_network(G)
    template_dir = str(resources.files("exports") / "templates")
    net.set_template_dir(template_dir, "graph.html")
    net.templateEnv = Environment(loader=FileSystemLoader(template_dir),
                                  autoescape=select_autoescape(["html"]))
    vis_js = (_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    page_js = _static("graph.js")
    types = Counter(n["type"] for n in net.nodes)
    n_concepts = types.get("CONCEPT", 0)
    n_articles = len(G.graph.get("articles", {}))
    summary = (f"{n_articles} article{'s' if n_articles != 1 else ''} \u00b7 "
               f"{len(net.nodes) - n_concepts} actors \u00b7 {n_concepts} concepts \u00b7 "
               f"{G.number_of_edges()} relation mentions in {len(net.edges)} edges")
    net.templateEnv.globals.update(
        page_title=title,
        summary=summary,
        legend=[{"type": t, "color": TYPE_COLORS.get(t, _OTHER_COLOR), "count": types[t]}
                for t in sorted(types, key=lambda t: (-types[t], t))],
        graph_data={"nodes": net.nodes, "edges": net.edges, "options": net.options},
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
