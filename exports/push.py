"""``actorgraph push``: load a graph into an external SPARQL server.

Uses the SPARQL 1.1 Graph Store HTTP Protocol: each graph of the dataset is
sent with ``PUT <endpoint>?graph=<article IRI>`` (the default graph with
``?default``) as N-Triples, which replaces that graph on the server. Pushing the
same graph twice leaves the server as after one push.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict

import pyoxigraph as ox
from actorgraph.exports.graphs import open_graph

__all__ = ["PushError", "graphs_of", "push"]


class PushError(Exception):
    """The server refused a graph or could not be reached."""


def graphs_of(path: str | os.PathLike) -> dict[str | None, list[ox.Triple]]:
    """The triples of each graph in a graph file, output folder or store (None: default)."""
    graphs: dict[str | None, list[ox.Triple]] = defaultdict(list)
    for q in open_graph(path).quads():
        name = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        graphs[name].append(q.triple)
    return dict(graphs)


def _put(endpoint: str, graph: str | None, triples: list[ox.Triple], timeout: float) -> None:
    query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    separator = "&" if "?" in endpoint else "?"
    request = urllib.request.Request(
        f"{endpoint}{separator}{query}", method="PUT",
        data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES),
        headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:300].decode("utf-8", errors="replace").strip()
        raise PushError(f"{endpoint} refused graph {graph or '(default)'}: "
                        f"HTTP {exc.code} {exc.reason}: {detail}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise PushError(f"cannot reach {endpoint}: {getattr(exc, 'reason', exc)}") from None


def push(path: str | os.PathLike, endpoint: str, *, timeout: float = 60.0) -> dict[str | None, int]:
    """PUT every graph of ``path`` to a Graph Store endpoint; return triples per graph."""
    if not endpoint.lower().startswith(("http://", "https://")):
        raise PushError(f"endpoint must be an http(s) URL: {endpoint!r}")
    graphs = graphs_of(path)
    order = sorted(graphs, key=lambda g: (g is not None, g or ""))
    for graph in order:
        _put(endpoint, graph, graphs[graph], timeout)
    return {graph: len(graphs[graph]) for graph in order}
