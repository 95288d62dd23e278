"""Triples to one merged networkx graph: one node per real actor."""

from graph.actors import Actor, merge_names
from graph.build import GraphBuilder, actors, build_graph, edge_records
from graph.ids import name_key, node_id

__all__ = [
    "Actor",
    "GraphBuilder",
    "actors",
    "build_graph",
    "edge_records",
    "merge_names",
    "name_key",
    "node_id",
]
