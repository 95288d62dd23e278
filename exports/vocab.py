"""RDF vocabularies and the one place where IRIs are minted.

Data IRIs are ``<base><kind>/<slug>`` (see :mod:`graph.ids`): actors
``actor/antony-blinken``, concepts ``concept/...``, relation predicates
``relation/attack``, articles ``article/<doc slug>`` and relation instances
``statement/<doc slug>/<n>`` (the n-th relation found in that article).

Examples
--------
>>> mint = Minter("https://news.example/kg/")
>>> mint.node("actor/antony-blinken")
rdflib.term.URIRef('https://news.example/kg/actor/antony-blinken')
>>> mint.relation("respond to")
rdflib.term.URIRef('https://news.example/kg/relation/respond-to')
>>> mint.event_class("ASSAULT")
rdflib.term.URIRef('https://actorgraph.example/ns/plover#ASSAULT')
>>> Minter("not an iri")
Traceback (most recent call last):
...
ValueError: base IRI must be absolute and end with '/' or '#': 'not an iri'
"""

from __future__ import annotations

import re

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from graph.ids import doc_slug, slugify

__all__ = ["AG", "DEFAULT_BASE", "PLOVER", "SCHEMA", "Minter"]

DEFAULT_BASE = "https://actorgraph.example/id/"
SCHEMA = Namespace("https://schema.org/")
PLOVER = Namespace("https://actorgraph.example/ns/plover#")


class AG(DefinedNamespace):
    """The actorgraph vocabulary."""

    _NS = Namespace("https://actorgraph.example/ns#")
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
    place: URIRef  # where it happened
    via: URIRef  # how a statement's subject or object was tied to its actor
    confidence: URIRef
    pattern: URIRef
    sentence: URIRef
    charStart: URIRef
    charEnd: URIRef
    subjectText: URIRef
    objectText: URIRef
    # articles
    docId: URIRef


_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*[/#]")


class Minter:
    """Mints every data IRI of a graph from one base IRI."""

    def __init__(self, base: str = DEFAULT_BASE):
        if not _ABSOLUTE.fullmatch(base):
            raise ValueError(f"base IRI must be absolute and end with '/' or '#': {base!r}")
        self.base = base

    def dataset(self) -> URIRef:
        """IRI of the dataset (the base itself)."""
        return URIRef(self.base)

    def node(self, node_id: str) -> URIRef:
        """IRI of a graph node (an actor or concept id)."""
        return URIRef(self.base + node_id)

    def relation(self, lemma: str) -> URIRef:
        return URIRef(f"{self.base}relation/{slugify(lemma)}")

    def article(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{doc_slug(doc_id)}")

    def statement(self, doc_id: str, number: int) -> URIRef:
        return URIRef(f"{self.base}statement/{doc_slug(doc_id)}/{number}")

    @staticmethod
    def event_class(name: str) -> URIRef:
        return PLOVER[name]

    def prefixes(self) -> dict[str, str]:
        """Prefixes for readable output of data IRIs."""
        return {kind: f"{self.base}{kind}/" for kind in
                ("actor", "concept", "relation", "article")}
