"""The graph as linked data: a deterministic stream of RDF quads, in any format.

Layout (see ``exports/ontology.ttl``):

* **default graph**: the dataset (``void:Dataset``, ``dcterms:conformsTo`` the
  ontology); the actors (``ag:Actor`` and a schema.org class, ``rdfs:label``,
  ``skos:altLabel`` for every other name, ``ag:entityType``,
  ``ag:mentionCount``, ``ag:mentionedIn``; the event-data codes
  ``ag:cameoCode`` and ``ag:cameoCountry``; for places ``owl:sameAs`` their
  GeoNames feature and ``schema:geo`` their ``schema:GeoCoordinates``; for
  countries ``ag:isoCountryCode``) and concepts; the relation
  predicates (``ag:Relation``); the **direct triples** ``actor —relation→
  actor`` for every relation stated positively at least once, so "who attacked
  whom" is one triple pattern; the PLOVER classes used (SKOS concepts).
* **one named graph per article** (the article's IRI): the article
  (``schema:NewsArticle``; a wire dateline as ``ag:dateline`` and its place as
  ``schema:locationCreated``), its sentences (``nif:Sentence`` with character
  offsets) and its **statements**: one ``ag:Statement`` (a ``sem:Event`` and
  an ``rdf:Statement``) per relation instance with ``rdf:subject``,
  ``rdf:predicate``, ``rdf:object``, ``sem:hasActor``, ``sem:eventType``,
  ``sem:hasPlace``, ``sem:hasTimeStamp``, ``ag:subjectCode`` and
  ``ag:objectCode`` (CAMEO), negation, modality, confidence and
  ``prov:wasDerivedFrom`` its sentence. Negated claims exist only here.

No triple is in two graphs, so the union of the graphs (what Turtle,
N-Triples and JSON-LD hold) has no duplicates. Quads come out in a fixed order:
the same graph always gives byte-identical files. Literals are escaped by the
serialisers, so any character in a name or a sentence gives valid output.

Examples
--------
>>> from actorgraph.records import Article, ArticleResult, Mention, Relation, Triple
>>> from actorgraph.graph.build import build_graph
>>> t = Triple(Mention("Israel", "Israel", "GPE", 0, 6), Relation("kill", "kill", "ASSAULT"),
...            Mention("Shukr", "Fuad Shukr", "PERSON", 14, 19), False, 0.9, "a",
...            "Israel killed Shukr.", 0, 20, "svo")
>>> G = build_graph([ArticleResult(Article("a", "Israel killed Shukr."), 1, (t,), ())])
>>> data = serialize(G, "nt").decode()
>>> "<https://actorgraph.example/id/actor/israel> <https://actorgraph.example/id/relation/kill> " \\
...     "<https://actorgraph.example/id/actor/fuad-shukr> ." in data
True
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterator
from importlib import resources
from typing import TYPE_CHECKING, Any

import networkx as nx
import pyoxigraph as ox
from actorgraph.exports.atomic import atomic_write
from actorgraph.exports.formats import RDF_FORMATS, format_of
from actorgraph.exports.vocab import DEFAULT_BASE, NAMESPACES, ONTOLOGY, Minter
from actorgraph.graph.schema import EDGE_FIELDS, NODE_FIELDS

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

__all__ = [
    "FORMATS",
    "SCHEMA_TYPES",
    "format_of",
    "ontology_text",
    "quads",
    "serialize",
    "to_dataset",
    "to_rdf",
    "write_rdf",
]

_RDF = NAMESPACES["rdf"]
_RDFS = NAMESPACES["rdfs"]
_XSD = NAMESPACES["xsd"]
_SKOS = NAMESPACES["skos"]
_PROV = NAMESPACES["prov"]
_VOID = NAMESPACES["void"]
_DCTERMS = NAMESPACES["dcterms"]
_OWL = NAMESPACES["owl"]
_AG = NAMESPACES["ag"]
_SCHEMA = NAMESPACES["schema"]
_SEM = NAMESPACES["sem"]
_NIF = NAMESPACES["nif"]

_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
               "jsonld": None, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
#: Output formats: name -> (file suffix, pyoxigraph format or None for rdflib JSON-LD).
FORMATS = {name: (suffix, _OX_FORMATS[name]) for name, suffix in RDF_FORMATS.items()}

#: schema.org class of each entity type.
SCHEMA_TYPES = {
    "PERSON": _SCHEMA + "Person",
    "ORG": _SCHEMA + "Organization",
    "NORP": _SCHEMA + "Organization",
    "GPE": _SCHEMA + "AdministrativeArea",
    "LOC": _SCHEMA + "Place",
    "FAC": _SCHEMA + "Place",
}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_HTTP_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+", re.I)


@functools.cache
def ontology_text() -> str:
    """The actorgraph ontology, in Turtle."""
    return (resources.files("actorgraph.exports") / "ontology.ttl").read_text(encoding="utf-8")


# -- terms -----------------------------------------------------------------------------

@functools.lru_cache(maxsize=1 << 16)
def _iri(value: str) -> ox.NamedNode:
    # the same predicates, classes and nodes recur on every statement: parse each IRI once
    return ox.NamedNode(value)


def _text(value: str) -> ox.Literal:
    return ox.Literal(value)


def _bool(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=_iri(_XSD + "boolean"))


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_iri(_XSD + "integer"))


def _decimal(value: float) -> ox.Literal:
    lexical = f"{value:.3f}".rstrip("0")
    lexical = lexical + "0" if lexical.endswith(".") else lexical
    return ox.Literal(lexical, datatype=_iri(_XSD + "decimal"))


def _date(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=_iri(_XSD + "date"))


def _url(value: str) -> ox.NamedNode | ox.Literal:
    if _HTTP_URL.fullmatch(value):
        try:
            return ox.NamedNode(value)
        except ValueError:
            pass
    return ox.Literal(value, datatype=_iri(_XSD + "anyURI"))


#: How each kind of node or edge attribute (:mod:`actorgraph.graph.schema`) is written.
_TERMS = {
    "text": lambda value, _mint: _text(value),
    "bool": lambda value, _mint: _bool(value),
    "int": lambda value, _mint: _int(value),
    "decimal": lambda value, _mint: _decimal(value),
    "node": lambda value, mint: _iri(mint.node(value)),
    "event_class": lambda value, _mint: _iri(Minter.event_class(value)),
    "article": lambda value, mint: _iri(mint.article(value)),
}


def _curie(name: str) -> str:
    """The IRI of a prefixed name of the vocabulary (``ag:negated``)."""
    prefix, _, local = name.partition(":")
    return NAMESPACES[prefix] + local


# -- quads -----------------------------------------------------------------------------

class _Writer:
    """Collects triples of one graph in order."""

    def __init__(self, graph: ox.NamedNode | ox.DefaultGraph):
        self.graph = graph
        self.out: list[ox.Quad] = []

    def add(self, s: ox.NamedNode, p: str, o: Any) -> None:
        self.out.append(ox.Quad(s, _iri(p), o, self.graph))


def _default_graph(G: nx.MultiDiGraph, mint: Minter) -> list[ox.Quad]:
    w = _Writer(ox.DefaultGraph())
    dataset = _iri(mint.dataset())
    w.add(dataset, _RDF + "type", _iri(_VOID + "Dataset"))
    w.add(dataset, _RDFS + "label", _text("actorgraph knowledge graph"))
    w.add(dataset, _DCTERMS + "conformsTo", _iri(ONTOLOGY))
    w.add(dataset, _VOID + "uriSpace", _text(mint.base))
    for prefix in ("ag", "schema", "sem", "nif", "prov", "skos"):
        w.add(dataset, _VOID + "vocabulary", _iri(NAMESPACES[prefix]))

    for node_id, d in sorted(G.nodes(data=True)):
        node = _iri(mint.node(node_id))
        if d["kind"] == "concept":
            w.add(node, _RDF + "type", _iri(_AG + "Concept"))
        else:
            w.add(node, _RDF + "type", _iri(_AG + "Actor"))
            if d["type"] in SCHEMA_TYPES:
                w.add(node, _RDF + "type", _iri(SCHEMA_TYPES[d["type"]]))
        for field in NODE_FIELDS:
            values = d[field.name] if field.many else (d[field.name],)
            for value in values:
                term = _TERMS[field.kind](value, mint)
                for prop in field.rdf:
                    w.add(node, _curie(prop), term)
        _world(w, mint, node_id, node, d)

    edges = sorted(G.edges(keys=True, data=True), key=lambda e: e[2])
    for lemma in sorted({d["relation"] for *_, d in edges}):
        pred = _iri(mint.relation(lemma))
        w.add(pred, _RDF + "type", _iri(_AG + "Relation"))
        w.add(pred, _RDF + "type", _iri(_RDF + "Property"))
        w.add(pred, _RDFS + "label", _text(lemma))
        w.add(pred, _AG + "lemma", _text(lemma))
    direct = sorted({(u, d["relation"], v) for u, v, _, d in edges if not d["negated"]})
    for u, lemma, v in direct:
        w.add(_iri(mint.node(u)), mint.relation(lemma), _iri(mint.node(v)))

    classes = sorted({d["event_class"] for *_, d in edges if d["event_class"]})
    if classes:
        scheme = _iri(Minter.event_class("scheme"))
        w.add(scheme, _RDF + "type", _iri(_SKOS + "ConceptScheme"))
        w.add(scheme, _RDFS + "label", _text("PLOVER event classes"))
    for name in classes:
        node = _iri(Minter.event_class(name))
        w.add(node, _RDF + "type", _iri(_SKOS + "Concept"))
        w.add(node, _RDF + "type", _iri(_SEM + "EventType"))
        w.add(node, _RDFS + "label", _text(name))
        w.add(node, _SKOS + "prefLabel", _text(name))
        w.add(node, _SKOS + "inScheme", scheme)
    return w.out


def _world(w: _Writer, mint: Minter, node_id: str, node: ox.NamedNode, d: dict) -> None:
    """Event-data codes, GeoNames link, coordinates and ISO code of a node."""
    for code in d.get("codes", ()):
        w.add(node, _AG + "cameoCode", _text(code))
    if d.get("country"):
        w.add(node, _AG + "cameoCountry", _text(d["country"]))
    if d.get("iso"):
        w.add(node, _AG + "isoCountryCode", _text(d["iso"]))
    if d.get("geonames") is not None:
        w.add(node, _OWL + "sameAs", _iri(Minter.geonames(d["geonames"])))
    if d.get("lat") is not None and d.get("lon") is not None:
        geo = _iri(mint.geo(node_id))
        w.add(node, _SCHEMA + "geo", geo)
        w.add(geo, _RDF + "type", _iri(_SCHEMA + "GeoCoordinates"))
        w.add(geo, _SCHEMA + "latitude", _coordinate(d["lat"]))
        w.add(geo, _SCHEMA + "longitude", _coordinate(d["lon"]))


def _coordinate(value: float) -> ox.Literal:
    return ox.Literal(f"{float(value):.5f}", datatype=_iri(_XSD + "decimal"))


def _article_graph(G: nx.MultiDiGraph, mint: Minter, doc_id: str, meta: dict,
                   edges: list[tuple]) -> list[ox.Quad]:
    article = _iri(mint.article(doc_id))
    w = _Writer(article)
    w.add(article, _RDF + "type", _iri(_SCHEMA + "NewsArticle"))
    w.add(article, _RDF + "type", _iri(_NIF + "Context"))
    w.add(article, _RDFS + "label", _text(meta.get("title") or doc_id))
    w.add(article, _AG + "docId", _text(doc_id))
    if meta.get("title"):
        w.add(article, _SCHEMA + "headline", _text(meta["title"]))
    if meta.get("date") and _ISO_DATE.fullmatch(meta["date"]):  # never a non-date
        w.add(article, _SCHEMA + "datePublished", _date(meta["date"]))
    if meta.get("url"):
        w.add(article, _SCHEMA + "url", _url(meta["url"]))
    dateline = meta.get("dateline")
    if dateline:  # where a wire story was filed: metadata, never a participant
        if dateline.get("place"):
            w.add(article, _SCHEMA + "locationCreated", _text(dateline["place"]))
        w.add(article, _AG + "dateline", _text(dateline["text"]))

    sentences = sorted({(d["char_start"], d["char_end"], d["sentence"]) for *_, d in edges})
    for start, end, text in sentences:
        node = _iri(mint.sentence(doc_id, start, end))
        w.add(node, _RDF + "type", _iri(_NIF + "Sentence"))
        w.add(node, _RDF + "type", _iri(_NIF + "RFC5147String"))
        w.add(node, _RDFS + "label", _text(f"{doc_id} characters {start}-{end}"))
        w.add(node, _NIF + "anchorOf", _text(text))
        w.add(node, _NIF + "beginIndex", _int(start))
        w.add(node, _NIF + "endIndex", _int(end))
        w.add(node, _NIF + "referenceContext", article)

    for number, (u, v, _key, d) in enumerate(edges, start=1):
        stmt = _iri(mint.statement(doc_id, number))
        subj, obj = _iri(mint.node(u)), _iri(mint.node(v))
        w.add(stmt, _RDF + "type", _iri(_AG + "Statement"))
        w.add(stmt, _RDF + "type", _iri(_SEM + "Event"))
        w.add(stmt, _RDF + "type", _iri(_RDF + "Statement"))
        label = (f"{G.nodes[u]['label']} {'not ' if d['negated'] else ''}"
                 f"{d['relation_label']} {G.nodes[v]['label']}")
        w.add(stmt, _RDFS + "label", _text(label))
        w.add(stmt, _RDF + "subject", subj)
        w.add(stmt, _RDF + "predicate", _iri(mint.relation(d["relation"])))
        w.add(stmt, _RDF + "object", obj)
        w.add(stmt, _SEM + "hasActor", subj)
        w.add(stmt, _SEM + "hasActor", obj)
        for field in EDGE_FIELDS:
            value = d[field.name]
            if field.rdf and value is not None and value != "":
                term = _TERMS[field.kind](value, mint)
                for prop in field.rdf:
                    w.add(stmt, _curie(prop), term)
        when = d["when"] or d["date"]
        if when and _ISO_DATE.fullmatch(when):
            w.add(stmt, _SEM + "hasTimeStamp", _date(when))
        w.add(stmt, _PROV + "wasDerivedFrom",
              _iri(mint.sentence(doc_id, d["char_start"], d["char_end"])))
    return w.out


def quads(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Iterator[ox.Quad]:
    """All quads of ``G`` in a fixed order: the default graph, then each article's."""
    mint = Minter(base)
    yield from _default_graph(G, mint)
    by_doc: dict[str, list[tuple]] = {}
    for edge in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        by_doc.setdefault(edge[3]["doc_id"], []).append(edge)
    articles = G.graph.get("articles", {})
    for doc_id in sorted(set(articles) | set(by_doc)):
        yield from _article_graph(G, mint, doc_id, articles.get(doc_id, {}),
                                  by_doc.get(doc_id, []))


# -- rdflib views ----------------------------------------------------------------------

@functools.cache
def _rdflib():
    """rdflib, imported when first needed: writing the output files does not need it."""
    import rdflib

    return rdflib


def _to_rdflib(term):
    rdflib = _rdflib()
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == _XSD + "string":
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))


def _bind(g: Graph, base: str) -> None:
    for prefix, ns in Minter(base).prefixes().items():
        g.bind(prefix, ns, override=True, replace=True)


def to_rdf(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Graph:
    """The union of all graphs as an rdflib ``Graph``."""
    g = _rdflib().Graph(bind_namespaces="none")
    _bind(g, base)
    for q in quads(G, base=base):
        g.add((_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object)))
    return g


def to_dataset(G: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Dataset:
    """All quads as an rdflib ``Dataset`` (one named graph per article)."""
    rdflib = _rdflib()
    ds = rdflib.Dataset()
    _bind(ds, base)
    for q in quads(G, base=base):
        graph = None if isinstance(q.graph_name, ox.DefaultGraph) else \
            rdflib.URIRef(q.graph_name.value)
        ds.add((_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object),
                graph or ds.default_graph.identifier))
    return ds


# -- files -----------------------------------------------------------------------------

def _context(base: str) -> dict:
    return {prefix: ns for prefix, ns in Minter(base).prefixes().items()}


def _ordered(value: Any, key: str = "") -> Any:
    """A JSON-LD value with every unordered array sorted (an ``@list`` keeps its order)."""
    if isinstance(value, dict):
        return {k: _ordered(v, k) for k, v in value.items()}
    if isinstance(value, list):
        items = [_ordered(v) for v in value]
        if key == "@list":
            return items
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _jsonld(g: Graph, base: str) -> bytes:
    """JSON-LD of a graph, byte for byte the same whatever the hash seed or the machine.

    rdflib's serializer lists nodes and values in the order of its store's sets (which
    depends on ``PYTHONHASHSEED``) and formats with ``orjson`` where that is installed;
    here every unordered array is sorted and the text is written by :mod:`json`. Native
    JSON numbers and booleans are kept, as rdflib's serializer writes them.

    Examples
    --------
    >>> from rdflib import Graph, Literal, URIRef
    >>> g = Graph()
    >>> for o in ("b", "a"):
    ...     _ = g.add((URIRef("urn:x"), URIRef("urn:p"), Literal(o)))
    >>> import json
    >>> document = json.loads(_jsonld(g, DEFAULT_BASE))
    >>> {k: v for k, v in document.items() if k != "@context"}
    {'@id': 'urn:x', 'urn:p': ['a', 'b']}
    """
    from rdflib.plugins.serializers.jsonld import from_rdf

    document = from_rdf(g, _context(base), None, use_native_types=True)
    return json.dumps(_ordered(document), indent=1, sort_keys=True,
                      ensure_ascii=False).encode("utf-8")


def _serialize(G: nx.MultiDiGraph, format: str, base: str) -> tuple[bytes, int]:
    name = format_of(format)
    _, ox_format = FORMATS[name]
    if ox_format is None:
        g = to_rdf(G, base=base)
        return _jsonld(g, base), len(g)
    count = 0

    def counted() -> Iterator:
        nonlocal count
        for q in quads(G, base=base):
            count += 1
            yield q.triple if name in ("turtle", "ntriples") else q

    if name in ("ntriples", "nquads"):
        return ox.serialize(counted(), format=ox_format), count
    data = ox.serialize(counted(), format=ox_format, prefixes=Minter(base).prefixes())
    return _sorted_prefixes(data), count


def _sorted_prefixes(data: bytes) -> bytes:
    """Put the ``@prefix`` lines of Turtle or TriG in alphabetical order."""
    head, rest = [], data
    while rest.startswith(b"@prefix "):
        line, _, rest = rest.partition(b"\n")
        head.append(line)
    return b"".join(line + b"\n" for line in sorted(head)) + rest


def serialize(G: nx.MultiDiGraph, format: str = "turtle", *,
              base: str = DEFAULT_BASE) -> bytes:
    """``G`` serialised in one of :data:`FORMATS`."""
    return _serialize(G, format, base)[0]


def write_rdf(G: nx.MultiDiGraph, path: str | os.PathLike, *, base: str = DEFAULT_BASE,
              format: str = "turtle") -> int:
    """Write ``G`` to ``path`` atomically in ``format``; return the number of triples."""
    data, count = _serialize(G, format, base)
    with atomic_write(path, binary=True) as handle:
        handle.write(data)
    return count
