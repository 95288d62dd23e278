"""RDF export: valid and round-tripping whatever the names, linked data that conforms."""

from __future__ import annotations

from dataclasses import replace

import pyoxigraph as ox
import pytest
from actorgraph.exports.rdf import FORMATS, quads, serialize, to_dataset, to_rdf
from actorgraph.exports.validate import validate
from actorgraph.exports.vocab import AG, NIF, PLOVER, SCHEMA, SEM, Minter
from actorgraph.graph.build import build_graph
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from actorgraph.records import PLOVER_CLASSES
from tests.records import HOSTILE, hostile_graph, mention, result, triple

RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig",
                 "nquads": "nquads"}
OX_FORMAT = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
             "jsonld": ox.RdfFormat.JSON_LD, "trig": ox.RdfFormat.TRIG,
             "nquads": ox.RdfFormat.N_QUADS}
DATASET_FORMATS = ("trig", "nquads")


def _term(t) -> str:
    """One spelling for a term from rdflib or pyoxigraph, for set comparison."""
    if isinstance(t, URIRef | ox.NamedNode):
        return f"<{t if isinstance(t, URIRef) else t.value}>"
    if isinstance(t, Literal):
        dt = t.datatype or "http://www.w3.org/2001/XMLSchema#string"
        return f"{t!s}^^{dt}" if not t.language else f"{t!s}@{t.language}"
    if isinstance(t, ox.Literal):
        return f"{t.value}@{t.language}" if t.language else f"{t.value}^^{t.datatype.value}"
    raise AssertionError(f"unexpected term {t!r}")


def expected(G, *, named: bool) -> set[tuple]:
    out = set()
    for q in quads(G):
        graph = "" if not named or isinstance(q.graph_name, ox.DefaultGraph) else \
            _term(q.graph_name)
        out.add((_term(q.subject), _term(q.predicate), _term(q.object), graph))
    return out


def parsed_with_rdflib(data: bytes, fmt: str) -> set[tuple]:
    if fmt in DATASET_FORMATS:
        ds = Dataset()
        ds.parse(data=data, format=RDFLIB_FORMAT[fmt])
        default = ds.default_graph.identifier
        return {(_term(s), _term(p), _term(o), "" if g in (None, default) else _term(g))
                for s, p, o, g in ds.quads((None, None, None, None))}
    g = Graph().parse(data=data, format=RDFLIB_FORMAT[fmt])
    return {(_term(s), _term(p), _term(o), "") for s, p, o in g}


def parsed_with_oxigraph(data: bytes, fmt: str) -> set[tuple]:
    out = set()
    for q in ox.parse(data, format=OX_FORMAT[fmt]):
        graph = "" if isinstance(q.graph_name, ox.DefaultGraph) else _term(q.graph_name)
        out.add((_term(q.subject), _term(q.predicate), _term(q.object), graph))
    return out


@pytest.fixture(scope="module")
def hostile():
    return hostile_graph()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_round_trips_hostile_names_with_rdflib(hostile, fmt):
    data = serialize(hostile, fmt)
    assert parsed_with_rdflib(data, fmt) == expected(hostile, named=fmt in DATASET_FORMATS)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_round_trips_hostile_names_with_oxigraph(hostile, fmt):
    data = serialize(hostile, fmt)
    assert parsed_with_oxigraph(data, fmt) == expected(hostile, named=fmt in DATASET_FORMATS)


def test_hostile_names_survive_exactly(hostile):
    g = to_rdf(hostile)
    labels = {str(o) for s, o in g.subject_objects(RDFS.label) if (s, RDF.type, AG.Actor) in g}
    assert labels == set(HOSTILE)
    anchors = {str(o) for o in g.objects(None, NIF.anchorOf)}
    assert f"{HOSTILE[0]} attacked {HOSTILE[1]}." in anchors


def test_named_graph_per_article_and_shared_data_in_the_default_graph():
    israel = mention("Israel", "GPE")
    G = build_graph([result("a", triple(israel, "kill", mention("Fuad Shukr"), doc="a")),
                     result("b", triple(israel, "strike", mention("Gaza", "GPE"), doc="b"))])
    ds = to_dataset(G)
    mint = Minter()
    graph_a = ds.graph(URIRef(mint.article("a")))
    statements_a = set(graph_a.subjects(RDF.type, AG.Statement))
    assert statements_a == {URIRef(mint.statement("a", 1))}
    assert (URIRef(mint.article("a")), RDF.type, SCHEMA.NewsArticle) in graph_a
    default = ds.default_graph
    assert (URIRef(mint.node("actor/israel")), RDF.type, AG.Actor) in default
    assert (URIRef(mint.node("actor/israel")), URIRef(mint.relation("kill")),
            URIRef(mint.node("actor/fuad-shukr"))) in default
    # no triple is in two graphs
    counts: dict = {}
    for s, p, o, _g in ds.quads((None, None, None, None)):
        counts[(s, p, o)] = counts.get((s, p, o), 0) + 1
    assert max(counts.values()) == 1


def test_every_resource_has_a_label_and_aliases_are_alt_labels():
    G = build_graph([result("a", triple(
        mention("Antony Blinken", text="US Secretary of State Antony Blinken"), "meet",
        mention("Benjamin Netanyahu")), title="Talks")])
    g = to_rdf(G)
    for kind in (AG.Actor, AG.Relation, AG.Statement, NIF.Sentence, SCHEMA.NewsArticle,
                 SKOS.Concept):
        nodes = list(g.subjects(RDF.type, kind))
        assert nodes, kind
        for node in nodes:
            assert g.value(node, RDFS.label) is not None, node
    blinken = URIRef(Minter().node("actor/antony-blinken"))
    assert g.value(blinken, SKOS.altLabel) == Literal("US Secretary of State Antony Blinken")


def test_negated_relations_are_statements_but_never_direct_triples():
    israel = mention("Israel", "GPE")
    G = build_graph([result("a",
                            triple(israel, "comment on", mention("Hamas", "ORG"), negated=True),
                            triple(israel, "kill", mention("Fuad Shukr")))])
    g = to_rdf(G)
    mint = Minter()
    israel_iri, hamas_iri = URIRef(mint.node("actor/israel")), URIRef(mint.node("actor/hamas"))
    assert (israel_iri, URIRef(mint.relation("comment on")), hamas_iri) not in g
    assert (israel_iri, URIRef(mint.relation("kill")),
            URIRef(mint.node("actor/fuad-shukr"))) in g
    (negated,) = g.subjects(AG.negated, Literal(True))
    assert g.value(negated, RDF.predicate) == URIRef(mint.relation("comment on"))


def test_statements_are_events_with_actors_place_time_and_provenance():
    sentence = "Israel killed Fuad Shukr in Beirut on July 30."
    t = replace(triple(mention("Israel", "GPE"), "kill", mention("Fuad Shukr"), doc="seed",
                       sentence=sentence),
                char_start=100, char_end=100 + len(sentence), time="on July 30",
                date="2024-08-05", when="2024-07-30", place=mention("Beirut", "GPE"),
                hedged=True, reported=True, attributed_to=mention("Hezbollah", "ORG"))
    G = build_graph([result("seed", t, title="Seed story", date="2024-08-05",
                            url="https://news.example/seed")])
    g = to_rdf(G, base="https://news.example/kg/")
    mint = Minter("https://news.example/kg/")
    (stmt,) = g.subjects(RDF.type, AG.Statement)
    assert str(stmt) == "https://news.example/kg/statement/seed-1"
    assert (stmt, RDF.type, SEM.Event) in g
    assert set(g.objects(stmt, SEM.hasActor)) == {URIRef(mint.node("actor/israel")),
                                                  URIRef(mint.node("actor/fuad-shukr"))}
    assert g.value(stmt, SEM.hasPlace) == URIRef(mint.node("actor/beirut"))
    assert g.value(stmt, SEM.hasTimeStamp).toPython().isoformat() == "2024-07-30"
    assert str(g.value(stmt, AG.timeExpression)) == "on July 30"
    assert g.value(stmt, SEM.eventType) == URIRef(Minter.event_class("ASSAULT"))
    assert g.value(stmt, AG.attributedTo) == URIRef(mint.node("actor/hezbollah"))
    assert (g.value(stmt, AG.hedged).toPython(), g.value(stmt, AG.reported).toPython()) == \
        (True, True)
    sent = g.value(stmt, PROV.wasDerivedFrom)
    assert str(sent) == "https://news.example/kg/article/seed#char=100,146"
    assert str(g.value(sent, NIF.anchorOf)) == sentence
    assert g.value(sent, NIF.beginIndex).toPython() == 100
    article = g.value(sent, NIF.referenceContext)
    assert str(g.value(article, SCHEMA.headline)) == "Seed story"
    assert g.value(article, SCHEMA.url) == URIRef("https://news.example/seed")
    assert g.value(article, SCHEMA.datePublished).toPython().isoformat() == "2024-08-05"


def test_the_dataset_references_the_ontology_and_its_base():
    g = to_rdf(hostile_graph(), base="https://news.example/kg/")
    from rdflib.namespace import DCTERMS, VOID
    dataset = URIRef("https://news.example/kg/")
    assert g.value(dataset, DCTERMS.conformsTo) == URIRef("https://actorgraph.example/ns")
    assert str(g.value(dataset, VOID.uriSpace)) == "https://news.example/kg/"


def test_shipped_ontology_parses_and_defines_every_ag_term():
    from actorgraph.exports.rdf import ontology_text
    onto = Graph().parse(data=ontology_text(), format="turtle")
    for term in ("Actor", "Concept", "Relation", "Statement", "negated", "hedged",
                 "eventClass", "confidence", "attributedTo", "timeExpression"):
        assert (AG[term], RDFS.label, None) in onto, term
    assert set(onto.subjects(SKOS.inScheme, None)) == {PLOVER[c] for c in PLOVER_CLASSES}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_serialisation_is_deterministic(fmt):
    assert serialize(hostile_graph(), fmt) == serialize(hostile_graph(), fmt)


def test_shapes_catch_a_missing_direct_triple_and_a_bad_confidence():
    G = build_graph([result("a", triple(mention("Israel", "GPE"), "kill", mention("Fuad Shukr")))])
    g = to_rdf(G)
    assert validate(g)[0] is True
    mint = Minter()
    broken = Graph()
    for t in g:
        broken.add(t)
    broken.remove((URIRef(mint.node("actor/israel")), URIRef(mint.relation("kill")),
                   URIRef(mint.node("actor/fuad-shukr"))))
    conforms, report = validate(broken)
    assert not conforms and "direct triple" in report
    broken = Graph()
    for s, p, o in g:
        broken.add((s, p, Literal("2.5", datatype=o.datatype) if p == AG.confidence else o))
    assert validate(broken)[0] is False


def test_bad_base_iri_is_rejected():
    with pytest.raises(ValueError, match="base IRI"):
        to_rdf(hostile_graph(), base="no scheme/")
