"""A self-contained interactive HTML page of the graph, made to explore large graphs.

How the page is made, and why not through pyvis's ``Network``: pyvis is the
Python package of vis-network, and it ships the library's JavaScript and CSS in
its package data. That is what this module takes from it: the newest
``vis-network.min.js``/``vis-network.css`` found under ``pyvis/templates/lib``
(:func:`vis_network`). pyvis's ``Network`` object is not used: its public API
renders pyvis's own template and variables, so a page with its own data block,
controls and Content Security Policy could only be made through its internals
(``templateEnv``, ``node_map``), and its ``add_edge`` scans every edge, which is
quadratic on large graphs. So the page's data is built here as plain
dicts (:func:`page_data`) and actorgraph's own template is rendered directly
with jinja2; vis-network is inlined, and the page makes no network request at
all: its Content Security Policy forbids every fetch, and only the two inline
scripts whose SHA-256 hashes it lists may run. Article text reaches the page
only inside a JSON data block (``<``, ``>``, ``&`` and ``'`` escaped) and is
shown as text.

What the page offers (``exports/templates/graph.js``): actors coloured by type
or by community (Louvain, computed here, see :func:`actorgraph.graph.views.communities`)
and sized by mentions or by degree; relations labelled and coloured by event
family (negated or hedged ones dashed), parallel mentions drawn once with a
count; a details panel with the sources of an actor or a relation (and an
actor's CAMEO codes and place when the graph has them); search; filters by
type, event class, country code and confidence; focus on an actor with 1 to 3
hops, expand, back, and the view kept in the URL fragment; a timeline of
mentions with a range brush; shortest paths between two actors; a geographic
layout for located actors. Large graphs open on their most connected part
(:func:`actorgraph.graph.views.overview`, at most :data:`VISIBLE_LIMIT` nodes).
``window.actorgraph`` offers the same moves to scripts (see the README).

Examples
--------
>>> from actorgraph.records import Article, ArticleResult, Mention, Relation, Triple
>>> from actorgraph.graph.build import build_graph
>>> warn = Triple(Mention("Iran", "Iran", "GPE", 0, 4), Relation("warn", "warn", "THREATEN"),
...               Mention("Israel", "Israel", "GPE", 12, 18), False, 0.9, "a",
...               "Iran warned Israel.", 0, 19, "svo")
>>> G = build_graph([ArticleResult(Article("a", "...", date="2024-08-01"), 1, (warn,), ())])
>>> data = page_data(G)
>>> [n["id"] for n in data["nodes"]], data["edges"][0]["sources"][0]["date"]
(['actor/iran', 'actor/israel'], '2024-08-01')
>>> render_html(G) == render_html(G)
True
"""

from __future__ import annotations

import base64
import functools
import hashlib
import importlib.util
import math
import os
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import networkx as nx
from actorgraph.exports.atomic import atomic_write
from actorgraph.graph.views import aggregate_edges, communities, overview
from jinja2 import Environment, FileSystemLoader, select_autoescape

__all__ = ["COMMUNITY_COLORS", "FAMILY_COLORS", "LABELLED", "TYPE_COLORS", "VISIBLE_LIMIT",
           "page_data", "render_html", "vis_network", "write_html"]

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
#: Colours of the largest communities; the others share ``OTHER_COMMUNITY_COLOR``.
COMMUNITY_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                    "#e377c2", "#17becf", "#bcbd22", "#393b79", "#ad494a", "#637939")
OTHER_COMMUNITY_COLOR = "#c7c7c7"
#: Edge colour of each event family.
FAMILY_COLORS = {"conflict": "#d62728", "cooperation": "#2c7fb8", "other": "#8c8c8c"}
#: Nodes shown when a page opens; the rest wait for "show all", a focus or a search.
VISIBLE_LIMIT = 300
#: Nodes labelled at every zoom level (the largest shown); the others as the zoom allows.
LABELLED = 25
#: Sentences listed in an edge's hover tooltip (all of them are in the details panel).
TOOLTIP_SENTENCES = 3
#: Seed of the opening view's layout, computed here for large graphs.
LAYOUT_SEED = 7
#: Layout iterations in the browser on the opening view laid out here.
POLISH_ITERATIONS = 30
#: Layout iterations after nodes are added beside placed neighbours.
RELAYOUT_ITERATIONS = 60
_VIS_VERSION = re.compile(r"vis-(\d+)\.(\d+)\.(\d+)")
_CODE = re.compile(r"[A-Z0-9]{2,12}")


@functools.cache
def vis_network() -> tuple[str, str, str]:
    """``(version, javascript, css)`` of the newest vis-network that pyvis ships.

    Examples
    --------
    >>> version, js, css = vis_network()
    >>> version.count("."), "vis" in js, len(css) > 0
    (2, True, True)
    """
    # found, not imported: importing pyvis imports IPython (about 0.15 s)
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed")
    lib = Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib"
    found = [(tuple(int(g) for g in match.groups()), folder) for folder in lib.iterdir()
             if (match := _VIS_VERSION.fullmatch(folder.name))
             and (folder / "vis-network.min.js").is_file()]
    if not found:
        raise RuntimeError(f"pyvis ships no vis-network under {lib}")
    version, folder = max(found)
    return (".".join(map(str, version)),
            (folder / "vis-network.min.js").read_text(encoding="utf-8"),
            (folder / "vis-network.css").read_text(encoding="utf-8"))


def _options(visible: int) -> dict:
    """vis-network options; big graphs get the cheaper layout."""
    big = visible > 150
    physics = {"stabilization": {"enabled": True, "iterations": 150 if big else 400,
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
        # labels too small to read are not drawn (the largest nodes' are drawn by the page)
        "nodes": {"shape": "dot", "font": {"size": 14, "face": "system-ui, sans-serif"},
                  "scaling": {"label": {"drawThreshold": 9}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "font": {"size": 11, "align": "middle", "color": "#444",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "smooth": {"enabled": not big, "type": "dynamic"}},
    }


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _number(value, kind):
    """``value`` as a finite ``kind`` (int or float), or None."""
    if isinstance(value, bool):
        return None
    try:
        number = kind(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _place(d: dict) -> dict:
    """The actor-dictionary attributes of a node (codes, country, GeoNames place), if any."""
    place = {}
    country = d.get("country")
    if isinstance(country, str) and _CODE.fullmatch(country):
        place["country"] = country
    codes = [c for c in d.get("codes") or () if isinstance(c, str) and _CODE.fullmatch(c)]
    if codes:
        place["codes"] = codes
    if isinstance(d.get("iso"), str) and _CODE.fullmatch(d["iso"]):
        place["iso"] = d["iso"]
    geonames = _number(d.get("geonames"), int)
    if geonames is not None and geonames > 0:
        place["geonames"] = geonames
    lat, lon = _number(d.get("lat"), float), _number(d.get("lon"), float)
    if lat is not None and lon is not None and abs(lat) <= 90 and abs(lon) <= 180:
        place["lat"], place["lon"] = round(lat, 5), round(lon, 5)
    return place


def _opening_layout(G: nx.MultiDiGraph, top: set[str]) -> dict[str, tuple[float, float]]:
    """Positions of the opening view of a large graph, so that it opens without a layout run.

    networkx's spring layout (Fruchterman-Reingold, seeded: the same graph gives
    the same page) on the opening nodes, in vis-network's pixels; the page then
    only polishes it with a short run of its own layout.
    """
    H = nx.Graph()
    H.add_nodes_from(sorted(top))
    H.add_edges_from(sorted((u, v) if u < v else (v, u) for u, v in G.edges()
                            if u in top and v in top and u != v))
    positions = spring_layout(H, seed=LAYOUT_SEED, iterations=50, scale=60 * math.sqrt(len(H)))
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in positions.items()}


#: Largest graph :func:`spring_layout` lays out itself (networkx's dense
#: Fruchterman-Reingold: below 500 nodes); a larger one is left to networkx.
_DENSE_LAYOUT_LIMIT = 500


def spring_layout(H: nx.Graph, *, seed: int, iterations: int = 50, scale: float = 1.0,
                  threshold: float = 1e-4) -> dict:
    """``nx.spring_layout(H, seed=seed, iterations=iterations, scale=scale)``, bit for bit,
    in a third of the time on an opening view of 300 nodes (0.15 -> 0.05 s).

    networkx's dense Fruchterman-Reingold makes each iteration's node-to-node
    differences by broadcasting two-element rows and their distances by a reduction
    over those two elements, numpy's slowest way for both. Here each coordinate's
    differences are written into the same array in one pass each and the distance is
    ``sqrt(dx*dx + dy*dy)``: the same floating-point operations on the same numbers
    (a sum of two squares is one addition either way), and every other step is
    networkx's own (the forces are summed by the same ``einsum``, whose order of
    summation another way of writing it would change). Graphs of fewer than 2 or of
    500 nodes or more go to networkx itself.

    Examples
    --------
    >>> H = nx.cycle_graph(["a", "b", "c", "d", "e"])
    >>> mine, theirs = spring_layout(H, seed=7, scale=10), nx.spring_layout(H, seed=7, scale=10)
    >>> all((mine[n] == theirs[n]).all() for n in H) and list(mine) == list(theirs)
    True
    """
    import numpy as np

    n = len(H)
    if not 2 <= n < _DENSE_LAYOUT_LIMIT:
        return nx.spring_layout(H, seed=seed, iterations=iterations, scale=scale,
                                threshold=threshold)
    # as nx.spring_layout and its _fruchterman_reingold do, step by step
    A = nx.to_numpy_array(H, weight="weight")
    pos = np.asarray(np.random.RandomState(seed).rand(n, 2), dtype=A.dtype)
    k = np.sqrt(1.0 / n)
    t = max(max(pos.T[0]) - min(pos.T[0]), max(pos.T[1]) - min(pos.T[1])) * 0.1
    dt = t / (iterations + 1)
    delta = np.empty((n, n, 2), dtype=A.dtype)  # pos[:, newaxis, :] - pos[newaxis, :, :]
    dx, dy = delta[..., 0], delta[..., 1]
    # each step's n-by-n arrays written into the same two (no new ones each iteration)
    distance, force = np.empty((n, n), dtype=A.dtype), np.empty((n, n), dtype=A.dtype)
    # the pairs with an edge: "A * distance / k" is 0 at every other one, and the force
    # there k * k / distance**2 - 0, the same number
    linked = np.nonzero(A)
    weights = A[linked]
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        np.subtract(x[:, np.newaxis], x[np.newaxis, :], out=dx)
        np.subtract(y[:, np.newaxis], y[np.newaxis, :], out=dy)
        # distance = sqrt(dx * dx + dy * dy), as np.linalg.norm(delta, axis=-1)
        np.multiply(dx, dx, out=distance)
        np.multiply(dy, dy, out=force)
        np.add(distance, force, out=distance)
        np.sqrt(distance, out=distance)
        np.clip(distance, 0.01, None, out=distance)
        # force = k * k / distance**2 - A * distance / k
        np.square(distance, out=force)
        np.divide(k * k, force, out=force)
        force[linked] -= weights * distance[linked] / k
        displacement = np.einsum("ijk,ij->ik", delta, force)
        length = np.linalg.norm(displacement, axis=-1)
        length = np.clip(length, a_min=0.01, a_max=None)
        delta_pos = np.einsum("ij,i->ij", displacement, t / length)
        pos += delta_pos
        t -= dt
        if (np.linalg.norm(delta_pos) / n) < threshold:
            break
    # nx.rescale_layout, then the centre (0, 0) added
    pos -= pos.mean(axis=0)
    lim = np.abs(pos).max()
    if lim > 0:
        pos *= scale / lim
    return dict(zip(H, pos + np.zeros(2), strict=True))


def _size(value: int) -> float:
    return round(10 + 4 * math.sqrt(value), 1)


def page_data(G: nx.MultiDiGraph, *, limit: int = VISIBLE_LIMIT) -> dict:
    """The JSON data of the page of ``G``: nodes, aggregated edges, communities, articles.

    Nodes without relations are left out. Each node has its sizes by mentions
    and by degree (relation mentions), its community number and whether it is
    in the opening view (``top``), with its position there (``x``, ``y``) when
    the graph is large; each edge its sources, with the date of each mention
    (:func:`actorgraph.graph.views.relation_date`).
    """
    degree = dict(G.degree())
    shown = [n for n in sorted(G.nodes) if degree[n] > 0]
    big = len(shown) > limit
    top = set(overview(G, limit)) if big else set(shown)
    where = _opening_layout(G, top) if big else {}
    found = communities(G)
    community = {n: number for number, c in enumerate(found) for n in c.members}
    nodes = []
    for node_id in shown:
        d = G.nodes[node_id]
        nodes.append({
            "id": node_id,
            "label": d["label"],
            "color": TYPE_COLORS.get(d["type"], OTHER_COLOR),
            "shape": "box" if d["kind"] == "concept" else "dot",
            "size": _size(d["mentions"]),
            "sizes": {"mentions": _size(d["mentions"]), "degree": _size(degree[node_id])},
            "type": d["type"],
            "kind": d["kind"],
            "aliases": list(d["aliases"]),
            "mentions": d["mentions"],
            "degree": degree[node_id],
            "articles": list(d["articles"]),
            "community": community[node_id],
            "top": node_id in top,
            **_place(d),
        })
        if node_id in where:
            nodes[-1]["x"], nodes[-1]["y"] = where[node_id]
    edges = []
    for number, e in enumerate(aggregate_edges(G)):
        edges.append({
            "id": f"e{number}",
            "from": e.source,
            "to": e.target,
            "label": ("not " if e.negated else "") + e.label +
                     (f" \u00d7{e.count}" if e.count > 1 else ""),
            "relation": e.label,
            "event_class": e.event_class,
            "family": e.family,
            "negated": e.negated,
            "hedged": e.hedged,
            "count": e.count,
            "confidence": e.confidence,
            "width": round(1 + math.log2(e.count), 2),
            "dashes": e.negated or e.hedged,
            "sources": [{"sentence": s.sentence, "doc": s.doc_id, "negated": s.negated,
                         "hedged": s.hedged, "reported": s.reported, "by": s.attributed_to,
                         "date": s.relation_date, "confidence": s.confidence}
                        for s in e.sources],
        })
    articles = G.graph.get("articles", {})
    return {
        "nodes": nodes,
        "edges": edges,
        "options": _options(len(top)),
        "limit": limit,
        "labelled": LABELLED,
        "tooltipSentences": TOOLTIP_SENTENCES,
        "familyColors": FAMILY_COLORS,
        "relayoutIterations": RELAYOUT_ITERATIONS,
        "polishIterations": POLISH_ITERATIONS,
        "typeColors": {t: TYPE_COLORS.get(t, OTHER_COLOR) for t in sorted({n["type"]
                                                                         for n in nodes})},
        "communities": [{"name": c.name, "hub": c.hub, "size": len(c.members),
                         "color": COMMUNITY_COLORS[i] if i < len(COMMUNITY_COLORS)
                         else OTHER_COMMUNITY_COLOR} for i, c in enumerate(found)],
        "articles": {doc: {"title": m.get("title"), "date": m.get("date"), "url": m.get("url")}
                     for doc, m in articles.items()},
    }


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _template_dir():
    return resources.files("actorgraph.exports") / "templates"


def _static(name: str) -> str:
    return (_template_dir() / name).read_text(encoding="utf-8")


def render_html(G: nx.MultiDiGraph, *, title: str = "actorgraph",
                limit: int = VISIBLE_LIMIT) -> str:
    """The HTML page of ``G`` as a string."""
    data = page_data(G, limit=limit)
    _version, vis_js, vis_css = vis_network()
    page_js = _static("graph.js")
    nodes, edges = data["nodes"], data["edges"]
    types = Counter(n["type"] for n in nodes)
    n_concepts = types.get("CONCEPT", 0)
    classes = Counter(e["event_class"] for e in edges)
    unclassified = classes.pop(None, 0)
    countries = Counter(n["country"] for n in nodes if "country" in n)
    n_articles = len(data["articles"])
    summary = (f"{_plural(n_articles, 'article')} \u00b7 {len(nodes) - n_concepts} actors "
               f"\u00b7 {n_concepts} concepts \u00b7 {G.number_of_edges()} relation mentions "
               f"in {len(edges)} relations")
    env = Environment(loader=FileSystemLoader(str(_template_dir())),
                      autoescape=select_autoescape(["html"]))
    return env.get_template("graph.html").render(
        page_title=title,
        summary=summary,
        legend=[{"type": t, "color": TYPE_COLORS.get(t, OTHER_COLOR), "count": types[t]}
                for t in sorted(types, key=lambda t: (-types[t], t))],
        families=[{"name": name, "color": color, "dashed": False}
                  for name, color in FAMILY_COLORS.items()] +
                 [{"name": "negated or hedged", "color": "#888888", "dashed": True}],
        classes=[{"name": c, "count": classes[c]} for c in sorted(classes)],
        unclassified=unclassified,
        countries=[{"code": c, "count": countries[c]} for c in sorted(countries)],
        located=sum(1 for n in nodes if "lat" in n),
        graph_data=data,
        vis_js=vis_js,
        vis_css=vis_css,
        page_js=page_js,
        page_css=_static("graph.css"),
        script_hashes=" ".join((_sha256(vis_js), _sha256(page_js))),
    )


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike, *,
               title: str = "actorgraph") -> None:
    """Write the page of ``G`` to ``path`` atomically."""
    html = render_html(G, title=title)
    with atomic_write(path) as handle:
        handle.write(html)
