"""actorgraph: turn news articles into a knowledge graph of who did what to whom.

The public Python API (see the README, "Python API"):

* :func:`build` reads article texts, files and folders and returns an
  :class:`ActorGraph`: the networkx graph, its triples, its RDF (rdflib or
  pyoxigraph), SPARQL queries, the output files and the interactive page;
* :func:`open_graph` finds the graph in a graph file, an output folder or a store.

Importing :mod:`actorgraph` is light: spaCy, networkx and the RDF libraries
load when they are first needed.

Examples
--------
>>> import actorgraph
>>> graph = actorgraph.from_results([])
>>> graph
<ActorGraph: 0 articles, 0 nodes, 0 relation mentions>
>>> actorgraph.open_graph is actorgraph.exports.graphs.open_graph
True
"""

from __future__ import annotations

from actorgraph.api import (
    ActorGraph,
    BuildError,
    BuildStats,
    NothingRead,
    WriteError,
    build,
    from_results,
)
from actorgraph.readers import InputError
from actorgraph.records import Article

__all__ = [
    "ActorGraph",
    "Article",
    "BuildError",
    "BuildStats",
    "GraphError",
    "InputError",
    "ModelError",
    "NothingRead",
    "QueryError",
    "StoreError",
    "WriteError",
    "build",
    "from_results",
    "open_graph",
]

#: Names loaded on first use, from the module that defines them (they import
#: pyoxigraph or spaCy).
_LAZY = {
    "GraphError": "actorgraph.exports.graphs",
    "open_graph": "actorgraph.exports.graphs",
    "QueryError": "actorgraph.exports.sparql",
    "StoreError": "actorgraph.exports.store",
    "ModelError": "actorgraph.extract.pipeline",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'actorgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
