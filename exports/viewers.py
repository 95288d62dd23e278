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
import xml.etree.ElementTree as ET

import networkx as nx
from actorgraph.exports.atomic import atomic_write
from actorgraph.exports.html import OTHER_COLOR, TYPE_COLORS
from actorgraph.graph.views import aggregate_edges

__all__ = ["gexf_text", "graphml_text", "viewer_graph", "write_gexf", "write_graphml"]

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
    text = gexf_text(viewer_graph(G, gephi=True))
    with atomic_write(path) as handle:
        handle.write(_MODIFIED.sub("", text, count=1) + "\n")


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write the GraphML file of ``G`` atomically."""
    text = graphml_text(viewer_graph(G))
    with atomic_write(path) as handle:
        handle.write(text + "\n")


# -- the XML, written directly -----------------------------------------------------------
#
# networkx builds an ElementTree and serialises it in Python: a few seconds on a large
# graph. The viewer graph has one fixed set of attributes, so its XML is written here as
# text, exactly as networkx would write it: the head (namespaces, attribute declarations)
# and the tail come from networkx's own file of a two-node sample of the graph, the
# values are escaped by ElementTree's own functions, and each file is checked against
# networkx's on that sample. A graph that does not fit (attributes that differ from node
# to node or edge to edge, an empty graph) is written by networkx.


#: Node and edge attributes networkx writes in their own way (GEXF); a graph with one
#: of them is left to it.
_NODE_RESERVED = frozenset({"id", "pid", "start", "end", "parents", "spells", "slices"})
_EDGE_RESERVED = frozenset({"id", "weight", "type", "start", "end", "spells", "slices",
                            "viz", "key", "networkx_key"})


def _fits(H: nx.MultiDiGraph) -> bool:
    """Whether every node has the same attributes (names, order, plain types), every
    edge too, and nodes and keys are strings: what the direct writers handle."""
    if not H.number_of_edges():
        return False
    plain = (str, int, float, bool)
    nodes = {tuple((k, type(v)) for k, v in d.items() if k != "viz")
             for _, d in H.nodes(data=True)}
    edges = {tuple((k, type(v)) for k, v in d.items()) for *_, d in H.edges(data=True)}
    if len(nodes) != 1 or len(edges) != 1:
        return False
    node_schema, edge_schema = nodes.pop(), edges.pop()
    if any(t not in plain or k in _NODE_RESERVED for k, t in node_schema) \
            or any(t not in plain or k in _EDGE_RESERVED for k, t in edge_schema):
        return False
    for _, d in H.nodes(data=True):
        viz = d.get("viz")
        if viz is not None and not (
                isinstance(viz, dict) and viz.keys() == {"color", "size"}
                and isinstance(viz["color"], dict)
                and viz["color"].keys() == {"r", "g", "b", "a"}):
            return False
    return all(isinstance(n, str) for n in H) and all(
        isinstance(k, str) for *_, k in H.edges(keys=True))


def _sample(H: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The first edge of ``H`` with its two nodes, attributes and graph attributes."""
    u, v, key, data = next(iter(H.edges(keys=True, data=True)))
    T = nx.MultiDiGraph(**H.graph)
    for node in H:  # in the order of H
        if node in (u, v):
            T.add_node(node, **H.nodes[node])
    T.add_edge(u, v, key=key, **data)
    return T


def _ascii(text: str) -> str:
    # ElementTree writes the us-ascii encoding: every other character as a reference
    return text.encode("ascii", "xmlcharrefreplace").decode("ascii")


def _value(value) -> str:
    return str(value).lower() if isinstance(value, bool) else _GEXF_FLOATS.get(
        str(value), str(value)) if isinstance(value, float) else str(value)


_GEXF_FLOATS = {"inf": "INF", "nan": "NaN", "-inf": "-INF"}


def _gexf_body(H: nx.MultiDiGraph) -> list[str]:
    attrib = ET._escape_attrib
    out = ["    <nodes>"]
    names: dict[tuple[str, str], str] = {}

    def number(scope: str, name: str) -> str:
        return names.setdefault((scope, name), str(len(names)))

    node_keys = edge_keys = None
    for node, d in H.nodes(data=True):
        out.append(f'      <node id="{attrib(node)}" label="{attrib(str(d.get("label", node)))}">')
        viz = d.get("viz")
        if viz:
            color = viz["color"]
            out.append(f'        <viz:color r="{color["r"]}" g="{color["g"]}" b="{color["b"]}" '
                       f'a="{color.get("a", 1.0)}" />')
            out.append(f'        <viz:size value="{viz["size"]}" />')
        if node_keys is None:
            node_keys = [(k, number("node", k)) for k in d if k not in ("label", "viz")]
        out.append("        <attvalues>")
        out.extend(f'          <attvalue for="{n}" value="{attrib(_value(d[k]))}" />'
                   for k, n in node_keys)
        out.append("        </attvalues>")
        out.append("      </node>")
    out.append("    </nodes>")
    out.append("    <edges>")
    for number_, (u, v, key, d) in enumerate(H.edges(keys=True, data=True)):
        label = f' label="{attrib(str(d["label"]))}"' if "label" in d else ""
        out.append(f'      <edge source="{attrib(u)}" target="{attrib(v)}" id="{number_}"'
                   f"{label}>")
        if edge_keys is None:
            edge_keys = [(k, number("edge", k)) for k in d if k != "label"]
            edge_keys.append(("key", number("edge", "networkx_key")))
        values = dict(d, key=key)
        out.append("        <attvalues>")
        out.extend(f'          <attvalue for="{n}" value="{attrib(_value(values[k]))}" />'
                   for k, n in edge_keys)
        out.append("        </attvalues>")
        out.append("      </edge>")
    out.append("    </edges>")
    return out


_GRAPHML_GRAPH = '  <graph edgedefault="directed">'


def _graphml_body(H: nx.MultiDiGraph) -> list[str]:
    attrib, cdata = ET._escape_attrib, ET._escape_cdata
    names: dict[tuple[str, str], str] = {}

    def number(scope: str, name: str) -> str:
        return names.setdefault((scope, name), f"d{len(names)}")

    for k in H.graph:
        number("graph", k)

    def data(key: str, value) -> str:
        text = cdata(str(value))
        return f'<data key="{key}">{text}</data>' if text else f'<data key="{key}" />'

    out = [_GRAPHML_GRAPH]
    node_keys = edge_keys = None
    for node, d in H.nodes(data=True):
        if node_keys is None:
            node_keys = [(k, number("node", k)) for k in d]
        out.append(f'    <node id="{attrib(node)}">')
        out.extend(f"      {data(n, d[k])}" for k, n in node_keys)
        out.append("    </node>")
    for u, v, key, d in H.edges(keys=True, data=True):
        if edge_keys is None:
            edge_keys = [(k, number("edge", k)) for k in d]
        out.append(f'    <edge source="{attrib(u)}" target="{attrib(v)}" id="{attrib(key)}">')
        out.extend(f"      {data(n, d[k])}" for k, n in edge_keys)
        out.append("    </edge>")
    out.extend(f"    {data(number('graph', k), v)}" for k, v in H.graph.items())
    return out


def _direct(H: nx.MultiDiGraph, generate, body, first: str, last: str) -> str:
    """``"\\n".join(generate(H))``: the head and tail of the file from networkx's file of
    a sample of ``H`` (its lines before ``first`` and from ``last`` on), the rest from
    ``body``; networkx's whole file if ``H`` does not fit or the sample differs."""
    if not _fits(H):
        return "\n".join(generate(H))
    T = _sample(H)
    lines = list(generate(T))
    if first not in lines or last not in lines:
        return "\n".join(generate(H))
    head, tail = lines[:lines.index(first)], lines[lines.index(last):]

    def text(G: nx.MultiDiGraph) -> str:
        made = "\n".join([*head, _ascii("\n".join(body(G))), *tail])
        return "\n".join(made.splitlines())  # networkx's lines, joined

    if text(T) != "\n".join(lines):  # networkx writes something else: let it write
        return "\n".join(generate(H))
    return text(H)


def gexf_text(H: nx.MultiDiGraph) -> str:
    """``"\\n".join(nx.generate_gexf(H))``, written faster for a viewer graph.

    Examples
    --------
    >>> H = nx.MultiDiGraph(name="g")
    >>> H.add_node("a", label="A & B", n=1, viz={"color": _rgb("#102030"), "size": 5.0})
    >>> H.add_node("b", label="Zoë", n=2, viz={"color": _rgb("#102030"), "size": 7.5})
    >>> H.add_edge("a", "b", key="e0", label="met", sure=True, share=0.5)
    'e0'
    >>> gexf_text(H) == "\\n".join(nx.generate_gexf(H))
    True
    """
    return _direct(H, nx.generate_gexf, _gexf_body, "    <nodes>", "  </graph>")


def graphml_text(H: nx.MultiDiGraph) -> str:
    """``"\\n".join(nx.generate_graphml(H))``, written faster for a viewer graph.

    Examples
    --------
    >>> H = nx.MultiDiGraph(name="g")
    >>> H.add_node("a", label="A & B", n=1)
    >>> H.add_node("b", label="", n=2)
    >>> H.add_edge("a", "b", key="e0", label="met <today>", sure=True, share=0.5)
    'e0'
    >>> graphml_text(H) == "\\n".join(nx.generate_graphml(H))
    True
    """
    return _direct(H, nx.generate_graphml, _graphml_body, _GRAPHML_GRAPH, "  </graph>")
