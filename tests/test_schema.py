"""The node and edge attributes are declared once (graph/schema.py), and every layer follows."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
from actorgraph.exports.rdf import ontology_text, quads
from actorgraph.exports.vocab import NAMESPACES
from actorgraph.graph.actors import Actor
from actorgraph.graph.build import actors, edge_records
from actorgraph.graph.schema import EDGE_FIELDS, NODE_FIELDS, RECORD_KEYS, WORLD_FIELDS

from tests.records import hostile_graph


def test_every_actor_field_has_its_node_field():
    assert {f.name for f in NODE_FIELDS} == {f.name for f in dataclasses.fields(Actor)} - {"id"}


def test_the_graph_carries_exactly_the_declared_edge_and_node_attributes():
    G = hostile_graph()
    assert G.number_of_edges() > 0
    for *_, d in G.edges(data=True):
        assert list(d) == [f.name for f in EDGE_FIELDS]
    for _, d in G.nodes(data=True):
        declared = {f.name for f in NODE_FIELDS} | {"kind"}
        assert declared | {"codes", "via"} <= set(d) <= declared | set(WORLD_FIELDS)
    assert [a.id for a in actors(G)] == sorted(G.nodes)


def test_every_edge_attribute_has_its_place_in_the_jsonl_record():
    G = hostile_graph()
    for record, (*_, d) in zip(edge_records(G), sorted(G.edges(keys=True, data=True),
                                                       key=lambda e: e[2]), strict=True):
        assert tuple(record) == RECORD_KEYS
        for f in EDGE_FIELDS:
            where = record[f.record[0]]
            value = where if len(f.record) == 1 else (where or {}).get(f.record[1])
            assert value == d[f.name], f.name


def test_every_declared_rdf_property_is_in_the_ontology_and_written():
    defined = {t.subject.value for t in ox.parse(ontology_text().encode(),
                                                 format=ox.RdfFormat.TURTLE)}
    written = {q.predicate.value for q in quads(hostile_graph())}
    for f in (*EDGE_FIELDS, *NODE_FIELDS):
        for name in f.rdf:
            prefix, _, local = name.partition(":")
            iri = NAMESPACES[prefix] + local
            if prefix == "ag":
                assert iri in defined, name
            if f.name not in ("attributed_to", "place", "time", "event_class", "aliases"):
                assert iri in written, name
