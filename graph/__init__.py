"""Triples to one merged networkx graph: one node per real actor."""

from actorgraph.graph.actors import Actor, merge_actors, merge_names
from actorgraph.graph.build import GraphBuilder, actors, build_graph, edge_records
from actorgraph.graph.ids import name_key, node_id

__all__ = [
    "Actor",
    "GraphBuilder",
    "actors",
    "build_graph",
    "edge_records",
    "merge_actors",
    "merge_names",
    "name_key",
    "node_id",
]
