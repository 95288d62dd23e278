"""The attributes of the graph's edges, declared once.

Each relation instance is one edge of the :class:`networkx.MultiDiGraph`. Its
attributes are listed here, each with how it is read from an extracted
:class:`~actorgraph.records.Triple` (:mod:`actorgraph.graph.build`), where it
goes in a ``triples.jsonl`` record (:func:`actorgraph.graph.build.edge_records`)
and which RDF property carries it on the statement
(:mod:`actorgraph.exports.rdf`). To add an attribute, add one :class:`Field`
to :data:`EDGE_FIELDS`: the graph, the JSON lines and the RDF follow (a new RDF
property also needs its line in ``exports/ontology.ttl`` and
``exports/shapes.ttl``).

Nodes are :class:`~actorgraph.graph.actors.Actor` records: their attributes
are the fields of that dataclass but its id, plus ``kind`` (actor or
concept). :data:`NODE_FIELDS` says how RDF writes each; a field added to
:class:`Actor` needs its line there (a test checks that none is missing).

Examples
--------
>>> len(EDGE_FIELDS), RECORD_KEYS[:4]
(26, ('subject', 'relation', 'object', 'negated'))
>>> [f.name for f in EDGE_FIELDS if f.kind == "node"]
['attributed_to', 'place']
>>> FIELDS["subject_text"].record
('subject', 'text')
>>> [(f.name, f.rdf) for f in NODE_FIELDS][:2]
[('label', ('rdfs:label',)), ('aliases', ('skos:altLabel',))]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from actorgraph.graph.actors import Actor

from actorgraph.records import Mention, Triple

__all__ = ["ARTICLE_KEYS", "EDGE_FIELDS", "FIELDS", "NODE_FIELDS", "RECORD_KEYS", "SIDES",
           "WORLD_FIELDS", "Field", "NodeField", "actor_of", "clean", "edge_attributes",
           "node_attributes"]

_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """``text`` with runs of white space as one space, trimmed."""
    return _SPACE.sub(" ", text).strip()


def _text_of(mention: Mention | None) -> str | None:
    return None if mention is None else clean(mention.text)


@dataclass(frozen=True)
class Field:
    """One edge attribute.

    Attributes
    ----------
    name : str
        The attribute's name on the edge.
    read : callable
        Its value from a triple. A ``node`` field returns the :class:`Mention`,
        which the graph builder turns into the node id.
    record : tuple of str
        Its place in a ``triples.jsonl`` record: a key, or a side (``subject``,
        ``object``, ``attributed_to``, ``place``) and a key in it.
    kind : str
        ``text``, ``bool``, ``decimal``, ``int``, ``node`` (a node id or None)
        or ``event_class`` (a PLOVER class name or None): how RDF writes it.
    rdf : tuple of str
        The properties of the statement that carry it, as prefixed names of
        the vocabulary (none: the RDF gives it another way, e.g. the sentence
        node, or not at all).
    """

    name: str
    read: Callable[[Triple], Any]
    record: tuple[str, ...]
    kind: str = "text"
    rdf: tuple[str, ...] = ()


#: Every edge attribute, in the order of a ``triples.jsonl`` record (and of the RDF statement).
EDGE_FIELDS: tuple[Field, ...] = (
    Field("subject_text", lambda t: _text_of(t.subject), ("subject", "text"),
          rdf=("ag:subjectText",)),
    Field("subject_via", lambda t: t.subject.via, ("subject", "via"), rdf=("ag:subjectVia",)),
    Field("subject_code", lambda t: t.subject.code, ("subject", "code"),
          rdf=("ag:subjectCode",)),
    Field("relation", lambda t: t.relation.lemma, ("relation", "lemma"), rdf=("ag:lemma",)),
    Field("relation_label", lambda t: t.relation.label, ("relation", "label"),
          rdf=("ag:relationLabel",)),
    Field("event_class", lambda t: t.relation.event_class, ("relation", "event_class"),
          kind="event_class", rdf=("sem:eventType", "ag:eventClass")),
    Field("object_text", lambda t: _text_of(t.object), ("object", "text"),
          rdf=("ag:objectText",)),
    Field("object_via", lambda t: t.object.via, ("object", "via"), rdf=("ag:objectVia",)),
    Field("object_code", lambda t: t.object.code, ("object", "code"), rdf=("ag:objectCode",)),
    Field("negated", lambda t: t.negated, ("negated",), kind="bool", rdf=("ag:negated",)),
    Field("hedged", lambda t: t.hedged, ("hedged",), kind="bool", rdf=("ag:hedged",)),
    Field("reported", lambda t: t.reported, ("reported",), kind="bool", rdf=("ag:reported",)),
    Field("attributed_to", lambda t: t.attributed_to, ("attributed_to", "id"), kind="node",
          rdf=("ag:attributedTo",)),
    Field("attributed_text", lambda t: _text_of(t.attributed_to), ("attributed_to", "text")),
    Field("time", lambda t: t.time, ("time",), rdf=("ag:timeExpression",)),
    # the statement's sem:hasTimeStamp is `when`, else the article's `date` (exports.rdf)
    Field("date", lambda t: t.date, ("date",)),
    Field("when", lambda t: t.when, ("when",)),
    Field("place", lambda t: t.place, ("place", "id"), kind="node", rdf=("sem:hasPlace",)),
    Field("place_text", lambda t: _text_of(t.place), ("place", "text")),
    Field("confidence", lambda t: t.confidence, ("confidence",), kind="decimal",
          rdf=("ag:confidence",)),
    # the statement's sentence node (nif:Sentence, prov:wasDerivedFrom) holds these four
    Field("doc_id", lambda t: t.doc_id, ("doc_id",)),
    Field("sentence", lambda t: t.sentence, ("sentence",)),
    Field("char_start", lambda t: t.char_start, ("char_start",), kind="int"),
    Field("char_end", lambda t: t.char_end, ("char_end",), kind="int"),
    Field("pattern", lambda t: t.pattern, ("pattern",), rdf=("ag:pattern",)),
    # the amount an argument was given with ("killed 12 children": 12), never a node
    Field("quantity", lambda t: t.quantity, ("quantity",), rdf=("ag:quantity",)),
)
#: The fields by name.
FIELDS: Mapping[str, Field] = {f.name: f for f in EDGE_FIELDS}
#: The sides of a relation in a ``triples.jsonl`` record, each a node or None.
SIDES = ("subject", "object", "attributed_to", "place")
#: Keys of a ``triples.jsonl`` record that come from the relation's article (the graph's
#: ``articles`` attribute), not from the edge: where a wire story was filed.
ARTICLE_KEYS = ("dateline",)
#: The keys of a ``triples.jsonl`` record, in order.
RECORD_KEYS = tuple(dict.fromkeys(f.record[0] for f in EDGE_FIELDS)) + ARTICLE_KEYS


@dataclass(frozen=True)
class NodeField:
    """One node attribute: a field of :class:`Actor`, and how RDF writes it.

    ``kind`` is ``text``, ``int`` or ``article`` (an article id, written as the
    article's IRI); ``many`` fields hold a tuple of values, one triple each.
    """

    name: str
    kind: str = "text"
    rdf: tuple[str, ...] = ()
    many: bool = False


#: Every node attribute but ``kind``, in the order of the RDF.
NODE_FIELDS: tuple[NodeField, ...] = (
    NodeField("label", rdf=("rdfs:label",)),
    NodeField("aliases", rdf=("skos:altLabel",), many=True),
    NodeField("type", rdf=("ag:entityType",)),
    NodeField("mentions", "int", rdf=("ag:mentionCount",)),
    NodeField("articles", "article", rdf=("ag:mentionedIn",), many=True),
)


#: Node attributes the graph builder adds beside the :class:`Actor` fields: the CAMEO
#: codes of the node's mentions and why each alias was merged (on every node), and its
#: country, ISO code, GeoNames id and coordinates where known
#: (:mod:`actorgraph.graph.places`). ``exports.rdf`` writes them (``_world``).
WORLD_FIELDS = ("codes", "via", "country", "iso", "geonames", "lat", "lon")


def edge_attributes(triple: Triple, node: Callable[[Mention | None], str | None]
                    ) -> dict[str, Any]:
    """The attributes of the edge of ``triple``; ``node`` maps a mention to its node id."""
    values = {f.name: f.read(triple) for f in EDGE_FIELDS}
    for f in EDGE_FIELDS:
        if f.kind == "node":
            values[f.name] = node(values[f.name])
    return values


def node_attributes(actor: Actor, kind: str) -> dict[str, Any]:
    """The attributes of the node of ``actor`` (``kind``: actor or concept)."""
    values = {f.name: getattr(actor, f.name) for f in dataclasses.fields(Actor)
              if f.name != "id"}
    values["kind"] = kind
    return values


def actor_of(node: str, data: Mapping[str, Any]) -> Actor:
    """The :class:`Actor` of a node of the graph (lists read back from a file become tuples)."""
    return Actor(id=node, **{f.name: tuple(data[f.name]) if isinstance(data[f.name], list)
                             else data[f.name] for f in dataclasses.fields(Actor)
                             if f.name != "id"})
