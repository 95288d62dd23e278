"""Graph to files and queries: JSONL, RDF, interactive HTML and SPARQL."""

from exports.html import render_html, write_html
from exports.jsonl import write_jsonl
from exports.rdf import to_rdf, write_rdf
from exports.sparql import GraphError, QueryError, list_presets, open_store, run_query
from exports.vocab import DEFAULT_BASE

__all__ = [
    "DEFAULT_BASE",
    "GraphError",
    "QueryError",
    "list_presets",
    "open_store",
    "render_html",
    "run_query",
    "to_rdf",
    "write_html",
    "write_jsonl",
    "write_rdf",
]
