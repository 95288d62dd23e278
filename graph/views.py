"""Aggregated views of the graph for viewers: one edge per relation between two nodes.

The multigraph has one edge per relation mention. Viewers (the HTML page, Gephi,
Cytoscape) want parallel mentions of the same relation between the same actors
drawn once, with a count and the list of their sources.

Examples
--------
>>> from actorgraph.records import Article, ArticleResult, Mention, Relation, Triple
>>> from actorgraph.graph.build import build_graph
>>> def t(sentence, negated=False):
...     return Triple(Mention("Israel", "Israel", "GPE", 0, 6), Relation("kill", "kill", "ASSAULT"),
...                   Mention("Shukr", "Fuad Shukr", "PERSON", 14, 19), negated, 0.9, "a",
...                   sentence, 0, len(sentence), "svo")
>>> triples = (t("One."), t("Two."), t("No.", True))
>>> G = build_graph([ArticleResult(Article("a", "..."), 2, triples, ())])
>>> [(e.label, e.count, e.negated) for e in aggregate_edges(G)]
[('kill', 2, False), ('kill', 1, True)]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import networkx as nx

from actorgraph.records import family

__all__ = ["AggregatedEdge", "Source", "aggregate_edges"]


@dataclass(frozen=True)
class Source:
    """One mention of a relation: its sentence, article and flags."""

    sentence: str
    doc_id: str
    title: str | None
    date: str | None
    url: str | None
    negated: bool
    hedged: bool
    reported: bool
    attributed_to: str | None  # label of the source, if named
    confidence: float


@dataclass(frozen=True)
class AggregatedEdge:
    """All mentions of one relation (label and polarity) from one node to another."""

    source: str
    target: str
    label: str
    relation: str
    negated: bool
    event_class: str | None
    family: str
    count: int
    confidence: float
    hedged: bool  # every mention is hedged
    sources: tuple[Source, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.doc_id for s in self.sources))


def aggregate_edges(G: nx.MultiDiGraph) -> Iterator[AggregatedEdge]:
    """Parallel mentions grouped by (source, target, relation label, negated), in input order.

    The event class is the most frequent among the mentions (ties: alphabetical).
    """
    articles = G.graph.get("articles", {})
    groups: dict[tuple, list[dict]] = {}
    for u, v, _key, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        groups.setdefault((u, v, d["relation_label"], d["negated"]), []).append(d)
    for (u, v, label, negated), items in groups.items():
        counts: dict[str, int] = {}
        for d in items:
            if d["event_class"]:
                counts[d["event_class"]] = counts.get(d["event_class"], 0) + 1
        event_class = min(counts, key=lambda c: (-counts[c], c)) if counts else None
        sources = []
        seen = set()
        for d in items:
            key = (d["doc_id"], d["char_start"])
            if key in seen:
                continue
            seen.add(key)
            meta = articles.get(d["doc_id"], {})
            source = d["attributed_to"]
            sources.append(Source(
                sentence=d["sentence"], doc_id=d["doc_id"], title=meta.get("title"),
                date=meta.get("date"), url=meta.get("url"), negated=d["negated"],
                hedged=d["hedged"], reported=d["reported"],
                attributed_to=G.nodes[source]["label"] if source else None,
                confidence=d["confidence"]))
        yield AggregatedEdge(
            source=u, target=v, label=label, relation=items[0]["relation"], negated=negated,
            event_class=event_class, family=family(event_class), count=len(items),
            confidence=max(d["confidence"] for d in items),
            hedged=all(d["hedged"] for d in items), sources=tuple(sources))
