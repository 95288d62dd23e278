"""RDF vocabularies and the one place where IRIs are minted.

Data IRIs are ``<base><kind>/<slug>`` (see :mod:`graph.ids`): actors
``actor/antony-blinken``, concepts ``concept/...``, relation predicates
``relation/attack``, articles ``article/<doc slug>``, sentences
``article/<doc slug>#char=<start>,<end>`` (NIF, RFC 5147 offsets) and relation
instances ``statement/<doc slug>/<n>`` (the n-th relation found in that article).

The actorgraph vocabulary (``ag:``) is described in ``exports/ontology.ttl``;
it reuses schema.org, the Simple Event Model, NIF, PROV-O and SKOS.

Examples
--------
>>> mint = Minter("https://news.example/kg/")
>>> mint.node("actor/antony-blinken")
'https://news.example/kg/actor/antony-blinken'
>>> mint.relation("respond to")
'https://news.example/kg/relation/respond-to'
>>> mint.sentence("blinken-ceasefire", 10, 52)
'https://news.example/kg/article/blinken-ceasefire#char=10,52'
>>> mint.event_class("ASSAULT")
'https://actorgraph.example/ns/plover#ASSAULT'
>>> Minter.geonames(167444), mint.geo("actor/majdal-shams")
('https://sws.geonames.org/167444/', 'https://news.example/kg/actor/majdal-shams#geo')
>>> Minter("not an iri")
Traceback (most recent call last):
...
ValueError: base IRI must be absolute and end with '/' or '#': 'not an iri'
"""

from __future__ import annotations

from actorgraph.exports.formats import DEFAULT_BASE, check_base
from actorgraph.graph.ids import doc_slug, slugify

__all__ = [
    "AG",  # noqa: F822 (made on first use: __getattr__)
    "DEFAULT_BASE",
    "NAMESPACES",
    "NIF",  # noqa: F822 (made on first use: __getattr__)
    "ONTOLOGY",
    "PLOVER",  # noqa: F822 (made on first use: __getattr__)
    "SCHEMA",  # noqa: F822 (made on first use: __getattr__)
    "SEM",  # noqa: F822 (made on first use: __getattr__)
    "Minter",
]

#: IRI of the actorgraph ontology (exports/ontology.ttl).
ONTOLOGY = "https://actorgraph.example/ns"
#: The vocabularies given as rdflib namespaces (``SCHEMA.Person``), made when first asked
#: for (:func:`__getattr__`): writing the output files needs only their IRIs
#: (:data:`NAMESPACES`), and rdflib takes a twentieth of a second to import.
_RDFLIB_NAMESPACES = {
    "SCHEMA": "https://schema.org/",
    "PLOVER": "https://actorgraph.example/ns/plover#",
    "SEM": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "NIF": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
}


def __getattr__(name: str):
    """``SCHEMA``, ``PLOVER``, ``SEM``, ``NIF`` (rdflib ``Namespace``) and ``AG`` (the
    actorgraph vocabulary, an rdflib ``DefinedNamespace``), made on first use."""
    if name == "AG":
        made = _defined_ag()
    elif name in _RDFLIB_NAMESPACES:
        from rdflib import Namespace

        made = Namespace(_RDFLIB_NAMESPACES[name])
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = made
    return made


def _defined_ag():
    """The actorgraph vocabulary as an rdflib ``DefinedNamespace`` (``AG.Actor``; a term
    it does not declare raises)."""
    from rdflib import Namespace, URIRef
    from rdflib.namespace import DefinedNamespace

    class AG(DefinedNamespace):
        """The actorgraph vocabulary (see exports/ontology.ttl)."""

        _NS = Namespace(ONTOLOGY + "#")
        _fail = True

        # classes
        Actor: URIRef  # a named actor: person, organisation, country, place, group
        Concept: URIRef  # a non-named participant ("105 civilians")
        Relation: URIRef  # a relation predicate ("attack")
        Statement: URIRef  # one relation instance found in one sentence
        # actors
        entityType: URIRef  # spaCy entity type (PERSON, ORG, GPE, ... or CONCEPT)
        mentionCount: URIRef
        mentionedIn: URIRef
        # relations and statements
        lemma: URIRef  # normalised relation ("attack", "respond to")
        relationLabel: URIRef  # reading of one statement's relation ("order attack")
        eventClass: URIRef
        negated: URIRef
        hedged: URIRef  # uncertain or not (yet) realised: "reportedly", "threatened to"
        reported: URIRef  # attributed to a source: "X said that ..."
        attributedTo: URIRef  # who reported it
        timeExpression: URIRef  # the date expression of the clause ("on July 27")
        confidence: URIRef
        pattern: URIRef
        subjectText: URIRef
        objectText: URIRef
        subjectVia: URIRef  # how the subject was tied to its actor: name, pronoun, ...
        objectVia: URIRef
        quantity: URIRef  # the amount an argument was given with ("3,000 tonnes")
        # event-data codes and places
        cameoCode: URIRef  # a CAMEO actor code of an actor's mentions ("ISRMIL")
        cameoCountry: URIRef  # the actor's CAMEO country code ("ISR")
        isoCountryCode: URIRef  # ISO 3166-1 alpha-2 code of a country ("IL")
        subjectCode: URIRef  # CAMEO code of the subject in one statement
        objectCode: URIRef
        # articles
        docId: URIRef
        dateline: URIRef  # the wire dateline as written ("LONDON, March 2 (Reuters) -")

    return AG


#: Prefixes of the vocabularies used in the output.
NAMESPACES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "void": "http://rdfs.org/ns/void#",
    "schema": _RDFLIB_NAMESPACES["SCHEMA"],
    "sem": _RDFLIB_NAMESPACES["SEM"],
    "nif": _RDFLIB_NAMESPACES["NIF"],
    "ag": ONTOLOGY + "#",
    "plover": _RDFLIB_NAMESPACES["PLOVER"],
}


class Minter:
    """Mints every data IRI of a graph from one base IRI (as strings)."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = check_base(base)
        # slugs recur on every statement of a graph: each is made once
        self._relations: dict[str, str] = {}
        self._docs: dict[str, str] = {}

    def _doc(self, doc_id: str) -> str:
        slug = self._docs.get(doc_id)
        if slug is None:
            slug = self._docs[doc_id] = doc_slug(doc_id)
        return slug

    def dataset(self) -> str:
        """IRI of the dataset (the base itself)."""
        return self.base

    def node(self, node_id: str) -> str:
        """IRI of a graph node (an actor or concept id)."""
        return self.base + node_id

    def relation(self, lemma: str) -> str:
        iri = self._relations.get(lemma)
        if iri is None:
            iri = self._relations[lemma] = f"{self.base}relation/{slugify(lemma)}"
        return iri

    def article(self, doc_id: str) -> str:
        return f"{self.base}article/{self._doc(doc_id)}"

    def sentence(self, doc_id: str, start: int, end: int) -> str:
        return f"{self.article(doc_id)}#char={start},{end}"

    def statement(self, doc_id: str, number: int) -> str:
        return f"{self.base}statement/{self._doc(doc_id)}-{number}"

    @staticmethod
    def event_class(name: str) -> str:
        return NAMESPACES["plover"] + name

    @staticmethod
    def geonames(geonames_id: int) -> str:
        """IRI of a GeoNames feature (the linked-data IRI GeoNames gives its features)."""
        return f"https://sws.geonames.org/{int(geonames_id)}/"

    def geo(self, node_id: str) -> str:
        """IRI of the coordinates (``schema:GeoCoordinates``) of a located node."""
        return f"{self.node(node_id)}#geo"

    def prefixes(self) -> dict[str, str]:
        """Prefixes for readable output: the vocabularies and the data IRIs."""
        found = dict(NAMESPACES)
        found.update({kind: f"{self.base}{kind}/" for kind in
                      ("actor", "concept", "relation", "article", "statement")})
        return found
