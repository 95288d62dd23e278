"""Assemble extraction results into one networkx multigraph.

The graph is a :class:`networkx.MultiDiGraph` with

* one node per canonical actor (or concept), keyed by its id (see
  :mod:`graph.ids`), with the attributes of :class:`graph.actors.Actor`:
  ``label``, ``type``, ``kind`` (``actor`` or ``concept``), ``aliases``,
  ``mentions`` and ``articles``;
* one edge per relation instance, in input order, carrying the flat record
  ``relation``, ``relation_label``, ``event_class``, ``negated``,
  ``confidence``, ``doc_id``, ``sentence``, ``char_start``, ``char_end``,
  ``subject_text``, ``object_text`` and ``pattern``;
* graph attributes ``articles`` (id -> title, date, url) and ``sentences``.

Examples
--------
>>> from extract.records import Article, ArticleResult, Mention, Relation, Triple
>>> def triple(s, o, doc):
...     return Triple(Mention(s, s, "PERSON", 0, len(s)), Relation("meet", "meet", "CONSULT"),
...                   Mention(o, o, "PERSON", 10, 10 + len(o)), False, 0.9, doc,
...                   f"{s} met {o}.", 0, 20, "svo")
>>> builder = GraphBuilder()
>>> for doc, name in (("a", "Antony Blinken"), ("b", "Blinken")):
...     builder.add(ArticleResult(Article(doc, "..."), 1, (triple(name, "Joe Biden", doc),), ()))
>>> G = builder.build()
>>> sorted(G.nodes)
['actor/antony-blinken', 'actor/joe-biden']
>>> G.nodes["actor/antony-blinken"]["aliases"], G.number_of_edges()
(('Blinken',), 2)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

import networkx as nx

from extract.records import CONCEPT, ArticleResult, Mention, Triple
from graph.actors import Actor, best_spelling, merge_names, vote_type
from graph.ids import ACTOR, CONCEPT_KIND, name_key, node_id

__all__ = ["GraphBuilder", "actors", "build_graph", "edge_records"]

_SPACE = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


class GraphBuilder:
    """Collects results article by article; :meth:`build` makes the graph.

    Article texts are not kept: memory grows with the triples and mentions,
    not with the text read.
    """

    def __init__(self) -> None:
        self.articles: dict[str, dict[str, str | None]] = {}
        self.sentences = 0
        self._triples: list[Triple] = []
        self._named: Counter[tuple[str, str]] = Counter()
        # (doc id, mention, is it a named-entity mention rather than an argument)
        self._mentions: list[tuple[str, Mention, bool]] = []

    def add(self, result: ArticleResult) -> None:
        """Add the triples and mentions of one article."""
        article = result.article
        self.articles[article.id] = {"title": article.title, "date": article.date,
                                     "url": article.url}
        self.sentences += result.sentences
        for mention in result.mentions:
            self._named[(mention.label, mention.type)] += 1
            self._mentions.append((article.id, mention, True))
        for triple in result.triples:
            self._triples.append(triple)
            for m in (triple.subject, triple.object):
                if not m.is_concept:
                    self._named[(m.label, m.type)] += 1
                self._mentions.append((article.id, m, False))

    def _node_key(self, mention: Mention, canon: dict[str, str]) -> tuple[str, str]:
        if mention.is_concept:
            return CONCEPT_KIND, name_key(mention.label)
        return ACTOR, canon[mention.label]

    def build(self) -> nx.MultiDiGraph:
        """The merged graph of everything added so far."""
        canon = merge_names(self._named)
        types: dict[tuple[str, str], Counter] = defaultdict(Counter)
        spellings: dict[tuple[str, str], Counter] = defaultdict(Counter)
        aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
        # distinct mention spans: named-entity mentions where there are any,
        # otherwise the arguments of triples (concepts, entities the NER missed)
        spans: dict[tuple[str, str], tuple[set, set]] = defaultdict(lambda: (set(), set()))
        for doc_id, m, is_entity in self._mentions:
            key = self._node_key(m, canon)
            types[key][m.type] += 1
            spellings[key][m.label] += 1
            aliases[key].update((_clean(m.text), m.label))
            spans[key][0 if is_entity else 1].add((doc_id, m.start))

        used = {self._node_key(m, canon) for t in self._triples for m in (t.subject, t.object)}
        G = nx.MultiDiGraph(articles=dict(self.articles), sentences=self.sentences)
        ids: dict[tuple[str, str], str] = {}
        nodes = []
        for key in used:
            kind, name = key
            label = name if kind == ACTOR else best_spelling(spellings[key])
            ids[key] = node_id(label, kind=kind)
            nodes.append(Actor(
                id=ids[key], label=label,
                type=CONCEPT if kind == CONCEPT_KIND else vote_type(types[key]),
                aliases=tuple(sorted(a for a in aliases[key] if a and a != label)),
                mentions=len(spans[key][0] or spans[key][1]),
                articles=tuple(sorted({doc for doc, _ in spans[key][0] | spans[key][1]})),
            ))
        for actor in sorted(nodes, key=lambda a: a.id):
            G.add_node(actor.id, label=actor.label, type=actor.type,
                       kind=CONCEPT_KIND if actor.is_concept else ACTOR,
                       aliases=actor.aliases, mentions=actor.mentions, articles=actor.articles)
        for i, t in enumerate(self._triples):
            G.add_edge(
                ids[self._node_key(t.subject, canon)], ids[self._node_key(t.object, canon)],
                key=i,
                relation=t.relation.lemma, relation_label=t.relation.label,
                event_class=t.relation.event_class, negated=t.negated,
                confidence=t.confidence, doc_id=t.doc_id, sentence=t.sentence,
                char_start=t.char_start, char_end=t.char_end,
                subject_text=_clean(t.subject.text), object_text=_clean(t.object.text),
                pattern=t.pattern,
            )
        return G


def build_graph(results: Iterable[ArticleResult]) -> nx.MultiDiGraph:
    """Build the graph of a stream of extraction results."""
    builder = GraphBuilder()
    for result in results:
        builder.add(result)
    return builder.build()


def actors(G: nx.MultiDiGraph) -> Iterator[Actor]:
    """The nodes of ``G`` as :class:`~graph.actors.Actor` records, by id."""
    for node, data in sorted(G.nodes(data=True)):
        yield Actor(id=node, label=data["label"], type=data["type"],
                    aliases=tuple(data["aliases"]), mentions=data["mentions"],
                    articles=tuple(data["articles"]))


def edge_records(G: nx.MultiDiGraph) -> Iterator[dict]:
    """One JSON-ready record per relation instance, in input order.

    The record format is the one of ``triples.jsonl``.
    """
    nodes = G.nodes
    for u, v, _key, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        yield {
            "subject": {"id": u, "label": nodes[u]["label"], "text": d["subject_text"],
                        "type": nodes[u]["type"]},
            "relation": {"lemma": d["relation"], "label": d["relation_label"],
                         "event_class": d["event_class"]},
            "object": {"id": v, "label": nodes[v]["label"], "text": d["object_text"],
                       "type": nodes[v]["type"]},
            "negated": d["negated"],
            "confidence": d["confidence"],
            "doc_id": d["doc_id"],
            "sentence": d["sentence"],
            "char_start": d["char_start"],
            "char_end": d["char_end"],
            "pattern": d["pattern"],
        }
