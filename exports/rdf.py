"""The graph as RDF, for SPARQL.

Two layers sit side by side:

* **direct triples** ``actor —relation→ actor`` for every relation stated
  positively at least once, so "who attacked whom" is a one-line pattern::

      ?s rel:attack ?o .

* **statements**, one node per relation instance, typed ``ag:Statement`` and
  ``rdf:Statement``, with ``rdf:subject``/``rdf:predicate``/``rdf:object``,
  ``ag:negated``, ``ag:hedged``, ``ag:reported`` (with ``ag:attributedTo``),
  ``ag:confidence``, ``ag:eventClass``, ``ag:place``, ``ag:timeExpression``,
  the sentence and its offsets, and ``prov:wasDerivedFrom`` the article (a
  ``schema:NewsArticle``).

The base IRI itself is a ``void:Dataset`` whose ``void:uriSpace`` is the base,
so query tools can find the data prefixes.
  Negated statements ("Israel has not commented ...") exist only here, never
  as direct triples.

Every actor, concept and relation predicate has an ``rdfs:label``; the other
names of an actor are ``skos:altLabel``. Literals are escaped by rdflib, so
any character in a name or sentence gives valid output.
"""

from __future__ import annotations

import os
from collections import Counter

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal
from rdflib.namespace import PROV, SKOS, VOID

from exports.atomic import atomic_write
from exports.vocab import AG, DEFAULT_BASE, PLOVER, SCHEMA, Minter

__all__ = ["SCHEMA_TYPES", "to_rdf", "write_rdf"]

#: schema.org class of each entity type.
SCHEMA_TYPES = {
    "PERSON": SCHEMA.Person,
    "ORG": SCHEMA.Organization,
    "NORP": SCHEMA.Organization,
    "GPE": SCHEMA.AdministrativeArea,
    "LOC": SCHEMA.Place,
    "FAC": SCHEMA.Place,
}


def _text(value: str) -> Literal:
    return Literal(value)


def to_rdf(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Graph:
    """Build the RDF graph of ``G`` with data IRIs under ``base``."""
    mint = Minter(base)
    g = Graph(bind_namespaces="none")
    for prefix, ns in (("rdf", RDF), ("rdfs", RDFS), ("xsd", XSD), ("skos", SKOS),
                       ("prov", PROV), ("void", VOID), ("schema", SCHEMA), ("ag", AG._NS),
                       ("plover", PLOVER)):
        g.bind(prefix, ns)
    for prefix, ns in mint.prefixes().items():
        g.bind(prefix, ns)
    # the dataset itself: its uriSpace tells query tools the base IRI
    dataset = mint.dataset()
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, VOID.uriSpace, Literal(mint.base)))
    g.add((dataset, RDFS.label, Literal("actorgraph knowledge graph")))

    articles = G.graph.get("articles", {})
    for doc_id in sorted(articles):
        meta = articles[doc_id]
        node = mint.article(doc_id)
        g.add((node, RDF.type, SCHEMA.NewsArticle))
        g.add((node, AG.docId, _text(doc_id)))
        g.add((node, RDFS.label, _text(meta.get("title") or doc_id)))
        if meta.get("title"):
            g.add((node, SCHEMA.headline, _text(meta["title"])))
        if meta.get("date"):
            g.add((node, SCHEMA.datePublished, _text(meta["date"])))
        if meta.get("url"):
            g.add((node, SCHEMA.url, _text(meta["url"])))

    for node_id, d in G.nodes(data=True):
        node = mint.node(node_id)
        if d["kind"] == "concept":
            g.add((node, RDF.type, AG.Concept))
        else:
            g.add((node, RDF.type, AG.Actor))
            if d["type"] in SCHEMA_TYPES:
                g.add((node, RDF.type, SCHEMA_TYPES[d["type"]]))
        g.add((node, RDFS.label, _text(d["label"])))
        g.add((node, AG.entityType, _text(d["type"])))
        g.add((node, AG.mentionCount, Literal(d["mentions"])))
        for alias in d["aliases"]:
            g.add((node, SKOS.altLabel, _text(alias)))
        for doc_id in d["articles"]:
            g.add((node, AG.mentionedIn, mint.article(doc_id)))

    numbers: Counter[str] = Counter()
    classes = set()
    for u, v, _key, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        pred = mint.relation(d["relation"])
        subj, obj = mint.node(u), mint.node(v)
        g.add((pred, RDF.type, AG.Relation))
        g.add((pred, RDF.type, RDF.Property))
        g.add((pred, RDFS.label, _text(d["relation"])))
        g.add((pred, AG.lemma, _text(d["relation"])))
        if d["event_class"]:
            classes.add(d["event_class"])
            g.add((pred, AG.eventClass, mint.event_class(d["event_class"])))
        if not d["negated"]:
            g.add((subj, pred, obj))

        numbers[d["doc_id"]] += 1
        stmt = mint.statement(d["doc_id"], numbers[d["doc_id"]])
        g.add((stmt, RDF.type, AG.Statement))
        g.add((stmt, RDF.type, RDF.Statement))
        g.add((stmt, RDF.subject, subj))
        g.add((stmt, RDF.predicate, pred))
        g.add((stmt, RDF.object, obj))
        label = f"{G.nodes[u]['label']} {'not ' if d['negated'] else ''}" \
                f"{d['relation_label']} {G.nodes[v]['label']}"
        g.add((stmt, RDFS.label, _text(label)))
        g.add((stmt, AG.lemma, _text(d["relation"])))
        g.add((stmt, AG.relationLabel, _text(d["relation_label"])))
        g.add((stmt, AG.negated, Literal(bool(d["negated"]))))
        g.add((stmt, AG.hedged, Literal(bool(d["hedged"]))))
        g.add((stmt, AG.reported, Literal(bool(d["reported"]))))
        if d["attributed_to"]:
            g.add((stmt, AG.attributedTo, mint.node(d["attributed_to"])))
        if d["place"]:
            g.add((stmt, AG.place, mint.node(d["place"])))
        if d["time"]:
            g.add((stmt, AG.timeExpression, _text(d["time"])))
        g.add((stmt, AG.confidence, Literal(d["confidence"], datatype=XSD.decimal)))
        g.add((stmt, AG.pattern, _text(d["pattern"])))
        if d["event_class"]:
            g.add((stmt, AG.eventClass, mint.event_class(d["event_class"])))
        g.add((stmt, AG.sentence, _text(d["sentence"])))
        g.add((stmt, AG.charStart, Literal(d["char_start"])))
        g.add((stmt, AG.charEnd, Literal(d["char_end"])))
        g.add((stmt, AG.subjectText, _text(d["subject_text"])))
        g.add((stmt, AG.objectText, _text(d["object_text"])))
        g.add((stmt, PROV.wasDerivedFrom, mint.article(d["doc_id"])))

    for name in sorted(classes):
        node = mint.event_class(name)
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.prefLabel, _text(name)))
        g.add((node, RDFS.label, _text(name)))
    return g


def write_rdf(G: nx.MultiDiGraph, path: str | os.PathLike, *, base: str = DEFAULT_BASE,
              format: str = "turtle") -> int:
    """Serialise ``G`` to ``path`` atomically; return the number of RDF triples."""
    g = to_rdf(G, base=base)
    data = g.serialize(format=format, encoding="utf-8")
    with atomic_write(path, binary=True) as handle:
        handle.write(data)
    return len(g)

