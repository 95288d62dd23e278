"""Views of the graph for viewers: aggregated edges, relation dates, communities, an overview.

The multigraph has one edge per relation mention. Viewers (the HTML page, Gephi,
Cytoscape) want parallel mentions of the same relation between the same actors
drawn once, with a count and the list of their sources (:func:`aggregate_edges`).
Each mention has a date (:func:`relation_date`). The HTML page also colours
actors by community (:func:`communities`) and opens large graphs on their most
connected part (:func:`overview`).

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

import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass

import networkx as nx

from actorgraph.records import family

__all__ = ["COMMUNITY_SEED", "AggregatedEdge", "Community", "Source", "aggregate_edges",
           "communities", "overview", "relation_date"]

#: Seed of the Louvain community detection: the same graph gives the same communities.
COMMUNITY_SEED = 42
_ISO_DAY = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


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
    relation_date: str | None = None  # see relation_date()


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
                confidence=d["confidence"], relation_date=relation_date(d, meta)))
        yield AggregatedEdge(
            source=u, target=v, label=label, relation=items[0]["relation"], negated=negated,
            event_class=event_class, family=family(event_class), count=len(items),
            confidence=max(d["confidence"] for d in items),
            hedged=all(d["hedged"] for d in items), sources=tuple(sources))


def relation_date(edge: dict, article: dict | None = None) -> str | None:
    """The day a relation mention is dated to: its time expression's, else its article's.

    ``edge`` is the data of one multigraph edge (``when`` is the ISO date its
    time expression fixes); ``article`` the metadata of its article. Only a full
    ``YYYY-MM-DD`` day counts; anything else leaves the mention dateless.

    Examples
    --------
    >>> relation_date({"when": "2024-07-27"}, {"date": "2024-08-01"})
    '2024-07-27'
    >>> relation_date({"when": None}, {"date": "2024-08-01T10:00:00Z"})
    '2024-08-01'
    >>> relation_date({"when": None}, {"date": "August 2024"}) is None
    True
    """
    for value in (edge.get("when"), (article or {}).get("date")):
        match = _ISO_DAY.search(value or "")
        if match:
            return match.group(1)
    return None


def _ranked(G: nx.MultiDiGraph) -> dict[str, tuple]:
    """Sort key of each node: most relation mentions first, then mentions, then id."""
    return {n: (-G.degree(n), -d["mentions"], n) for n, d in G.nodes(data=True)}


def _neighbours(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    near: dict[str, set[str]] = {n: set() for n in G.nodes}
    for u, v in G.edges():
        near[u].add(v)
        near[v].add(u)
    return near


@dataclass(frozen=True)
class Community:
    """A group of densely related nodes, named after its most connected actor."""

    name: str
    hub: str  # id of the node it is named after
    members: tuple[str, ...]


def communities(G: nx.MultiDiGraph, *, seed: int = COMMUNITY_SEED) -> list[Community]:
    """Louvain communities of the nodes that have relations, largest first.

    The graph is read as undirected, each pair of nodes weighted by the relation
    mentions between them; nodes and edges enter networkx in sorted order and
    the Louvain shuffle is seeded, so the same graph always gives the same
    communities. A community is named after its member with the most relation
    mentions, preferring actors to concepts.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in "abcdef":
    ...     G.add_node(n, label=n.upper(), kind="actor", mentions=1)
    >>> G.add_edges_from([("a", "b"), ("a", "c"), ("b", "c"), ("a", "b"),
    ...                   ("d", "e"), ("e", "f"), ("d", "f"), ("c", "d")])
    [0, 0, 0, 1, 0, 0, 0, 0]
    >>> [(c.name, c.members) for c in communities(G)]
    [('A', ('a', 'b', 'c')), ('D', ('d', 'e', 'f'))]
    """
    H = nx.Graph()
    H.add_nodes_from(sorted(n for n in G.nodes if G.degree(n) > 0))
    weights: dict[tuple[str, str], int] = {}
    for u, v in G.edges():
        pair = (u, v) if u < v else (v, u)
        weights[pair] = weights.get(pair, 0) + 1
    H.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weights.items()))
    rank = _ranked(G)
    found = []
    for members in nx.community.louvain_communities(H, weight="weight", seed=seed):
        hub = min(members, key=lambda n: (G.nodes[n].get("kind") != "actor", rank[n]))
        found.append(Community(G.nodes[hub]["label"], hub, tuple(sorted(members))))
    return sorted(found, key=lambda c: (-len(c.members), rank[c.hub]))


def overview(G: nx.MultiDiGraph, limit: int) -> list[str]:
    """Up to ``limit`` of the most connected nodes, each related to another one chosen.

    The set grows from the node with the most relation mentions, always adding
    the best-ranked node related to one already chosen; when a connected
    component is exhausted it starts again from the best-ranked node left (if
    at least two places remain). So the overview of a large graph is its most
    connected part, with no isolated node.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in "abcdefg":
    ...     G.add_node(n, mentions=1)
    >>> G.add_edges_from([("a", "b"), ("a", "c"), ("a", "d"), ("e", "f"), ("e", "g"),
    ...                   ("f", "g"), ("e", "f"), ("e", "g")])
    [0, 0, 0, 0, 0, 0, 1, 1]
    >>> overview(G, 3), overview(G, 4), overview(G, 6)
    (['e', 'f', 'g'], ['e', 'f', 'g'], ['e', 'f', 'g', 'a', 'b', 'c'])
    """
    rank = _ranked(G)
    near = _neighbours(G)
    left = sorted((n for n in G.nodes if near[n]), key=rank.__getitem__)
    chosen: list[str] = []
    taken: set[str] = set()
    frontier: list[tuple] = []
    start = 0
    while len(chosen) < limit:
        if frontier:
            node = heapq.heappop(frontier)[-1]
            if node in taken:
                continue
        else:
            while start < len(left) and left[start] in taken:
                start += 1
            if start == len(left) or limit - len(chosen) < 2:
                break
            node = left[start]
        chosen.append(node)
        taken.add(node)
        for other in near[node]:
            if other not in taken:
                heapq.heappush(frontier, (*rank[other], other))
    return chosen
