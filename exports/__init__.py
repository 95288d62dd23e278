"""Graph to files and queries: JSONL, RDF, interactive HTML, SPARQL, store and server.

Names are imported on first use, so that a light tool (a query worker, say) does
not load the HTML or RDF libraries it does not need.
"""

from __future__ import annotations

import importlib

__all__ = [
    "DEFAULT_BASE",
    "GraphError",
    "GraphStore",
    "QueryError",
    "list_presets",
    "open_store",
    "render_html",
    "run_query",
    "serialize",
    "to_rdf",
    "write_html",
    "write_jsonl",
    "write_outputs",
    "write_rdf",
]

_WHERE = {
    "DEFAULT_BASE": "exports.vocab",
    "GraphError": "exports.sparql", "QueryError": "exports.sparql",
    "list_presets": "exports.sparql", "open_store": "exports.sparql",
    "run_query": "exports.sparql",
    "GraphStore": "exports.store",
    "render_html": "exports.html", "write_html": "exports.html",
    "write_jsonl": "exports.jsonl", "write_outputs": "exports.outputs",
    "serialize": "exports.rdf", "to_rdf": "exports.rdf", "write_rdf": "exports.rdf",
}


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'exports' has no attribute {name!r}")
