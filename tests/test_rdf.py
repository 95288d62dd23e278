"""RDF export: valid whatever the names, labelled, provenance queryable."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import PROV, SKOS

from exports.rdf import to_rdf, write_rdf
from exports.vocab import AG, Minter
from graph.build import build_graph
from tests.records import HOSTILE, hostile_graph, mention, result, triple


@pytest.fixture(scope="module")
def hostile_ttl(tmp_path_factory):
    path = tmp_path_factory.mktemp("rdf") / "graph.ttl"
    write_rdf(hostile_graph(), path)
    return path


def test_hostile_names_give_turtle_that_rdflib_parses_back_exactly(hostile_ttl):
    g = Graph().parse(hostile_ttl, format="turtle")
    labels = {str(o) for s, o in g.subject_objects(RDFS.label) if (s, RDF.type, AG.Actor) in g}
    assert labels == set(HOSTILE)
    sentences = {str(o) for o in g.objects(None, AG.sentence)}
    assert f"{HOSTILE[0]} attacked {HOSTILE[1]}." in sentences


def test_hostile_names_give_turtle_that_oxigraph_parses(hostile_ttl):
    store = ox.Store()
    store.load(path=str(hostile_ttl), format=ox.RdfFormat.TURTLE)
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a a <{AG.Actor}> }}")
    assert int(next(iter(rows))["n"].value) == len(HOSTILE)


def test_every_actor_and_predicate_has_a_label_and_aliases_are_alt_labels():
    G = build_graph([result("a", triple(
        mention("Antony Blinken", text="US Secretary of State Antony Blinken"), "meet",
        mention("Benjamin Netanyahu")))])
    g = to_rdf(G)
    for kind in (AG.Actor, AG.Relation):
        for node in g.subjects(RDF.type, kind):
            assert g.value(node, RDFS.label) is not None, node
    blinken = Minter().node("actor/antony-blinken")
    assert g.value(blinken, SKOS.altLabel) == Literal("US Secretary of State Antony Blinken")


def test_negated_relations_are_statements_but_never_direct_triples():
    israel = mention("Israel", "GPE")
    G = build_graph([result("a",
                            triple(israel, "comment on", mention("Hamas", "ORG"), negated=True),
                            triple(israel, "kill", mention("Fuad Shukr")))])
    g = to_rdf(G)
    mint = Minter()
    israel_iri, hamas_iri = mint.node("actor/israel"), mint.node("actor/hamas")
    assert (israel_iri, mint.relation("comment on"), hamas_iri) not in g
    assert (israel_iri, mint.relation("kill"), mint.node("actor/fuad-shukr")) in g
    negated = [s for s in g.subjects(AG.negated, Literal(True))]
    assert len(negated) == 1
    assert g.value(negated[0], RDF.predicate) == mint.relation("comment on")
    assert g.value(negated[0], RDF.subject) == israel_iri


def test_statements_link_sentence_offsets_and_article():
    sentence = "Israel killed Fuad Shukr."
    G = build_graph([result("seed", triple(mention("Israel", "GPE"), "kill",
                                           mention("Fuad Shukr"), doc="seed",
                                           sentence=sentence),
                            title="Seed story", date="2024-08-05", url="https://x.example/s")])
    g = to_rdf(G, base="https://news.example/kg/")
    (stmt,) = g.subjects(RDF.type, AG.Statement)
    assert str(stmt) == "https://news.example/kg/statement/seed/1"
    assert str(g.value(stmt, AG.sentence)) == sentence
    assert g.value(stmt, AG.charEnd).toPython() == len(sentence)
    article = Minter("https://news.example/kg/").article("seed")
    assert g.value(stmt, AG.eventClass) == Minter.event_class("ASSAULT")
    assert g.value(stmt, PROV.wasDerivedFrom) == article
    assert str(g.value(article, RDFS.label)) == "Seed story"


def test_serialisation_is_deterministic():
    first = to_rdf(hostile_graph()).serialize(format="turtle")
    second = to_rdf(hostile_graph()).serialize(format="turtle")
    assert first == second


def test_bad_base_iri_is_rejected():
    with pytest.raises(ValueError, match="base IRI"):
        to_rdf(hostile_graph(), base="no scheme/")
