"""Assemble extraction results into one networkx multigraph.

The graph is a :class:`networkx.MultiDiGraph` with

* one node per canonical actor (or concept), keyed by its id (see
  :mod:`graph.ids`), with the attributes of :class:`graph.actors.Actor`:
  ``label``, ``type``, ``kind`` (``actor`` or ``concept``), ``aliases``,
  ``mentions`` and ``articles``; ``codes`` (sorted CAMEO codes of its
  mentions), ``via`` (alias -> why it was merged: ``dictionary``, ``acronym``,
  ``surname``, ``spelling`` or ``article``) and, when known, ``country`` (CAMEO
  country code), ``iso`` (ISO 3166 alpha-2 code of a country node),
  ``geonames`` (GeoNames id), ``lat`` and ``lon`` (see :mod:`graph.places`);
* one edge per relation instance, in input order, carrying the flat record
  declared in :mod:`actorgraph.graph.schema` (``relation``, ``event_class``,
  ``negated``, ``attributed_to`` and ``place`` as node ids, ``confidence``,
  ``doc_id``, ``sentence``, ``subject_code``, ``object_code``, ...);
* graph attributes ``articles`` (id -> title, date, url and, for a wire story, its
  ``dateline``: place, date, agency, text, start) and ``sentences``.

Examples
--------
>>> from actorgraph.records import Article, ArticleResult, Mention, Relation, Triple
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

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

import networkx as nx
from actorgraph.extract.dictionary import (
    bare_body,
    country_code,
    country_name,
    is_country_code,
    lookup,
    phrase_key,
)
from actorgraph.extract.lexicon import STATE_BODY_SECTORS
from actorgraph.graph import places
from actorgraph.graph.actors import Actor, best_spelling, firm_words, merge_actors, vote_type
from actorgraph.graph.ids import ACTOR, CONCEPT_KIND, name_key, node_id
from actorgraph.graph.schema import (
    ARTICLE_KEYS,
    EDGE_FIELDS,
    RECORD_KEYS,
    SIDES,
    actor_of,
    clean,
    edge_attributes,
    node_attributes,
)

from actorgraph.records import CONCEPT, ArticleResult, Mention, Triple

__all__ = ["GraphBuilder", "actors", "build_graph", "edge_records"]

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
        self._acronyms: dict[str, set[str]] = defaultdict(set)
        # one-word names an article also uses as the first word of a firm's name
        self._firm_words: set[str] = set()
        self._reasons: dict[str, str] = {}
        # doc id -> ISO alpha-2 codes of the countries its mentions are coded with
        self._countries: dict[str, set[str]] = defaultdict(set)
        self._concept_keys: dict[str, tuple[str, str]] = {}
        # (doc id, name) -> the name of another country's body of that name (build)
        self._owned: dict[tuple[str, str], str] = {}
        # name -> whether it is a body named only by its kind (asked once per name)
        self._bare: dict[str, bool] = {}
        self._bare_owners: dict[tuple[str, str], str] = {}
        # doc id -> the country of its dateline (build)
        self._datelines: dict[str | None, str | None] = {}

    def add(self, result: ArticleResult) -> None:
        """Add the triples and mentions of one article."""
        article = result.article
        self.articles[article.id] = {"title": article.title, "date": article.date,
                                     "url": article.url}
        if article.dateline is not None:  # where the wire story was filed: no participant
            self.articles[article.id]["dateline"] = article.dateline.as_dict()
        self.sentences += result.sentences
        for mention in result.mentions:
            self._named[(mention.label, mention.type)] += 1
            self._mentions.append((article.id, mention, True))
            self._note_country(article.id, mention)
        for short, full in result.short_forms:
            self._acronyms[short].add(full)
        self._firm_words |= firm_words(
            {(m.label, m.type) for m in result.mentions}
            | {(m.label, m.type) for t in result.triples for m in _arguments(t)
               if not m.is_concept})
        for triple in result.triples:
            self._triples.append(triple)
            for m in _arguments(triple):
                if not m.is_concept:
                    self._named[(m.label, m.type)] += 1
                self._mentions.append((article.id, m, False))
                self._note_country(article.id, m)

    def _note_country(self, doc_id: str, mention: Mention) -> None:
        if mention.code and is_country_code(mention.code[:3]):
            iso = places.alpha2(mention.code[:3])
            if iso:
                self._countries[doc_id].add(iso)

    def _node_key(self, mention: Mention, canon: dict[str, str],
                  doc_id: str | None = None) -> tuple[str, str]:
        if mention.is_concept:
            key = self._concept_keys.get(mention.label)
            if key is None:  # the same concepts recur: each label's key is made once
                key = self._concept_keys[mention.label] = (CONCEPT_KIND,
                                                           name_key(mention.label))
            return key
        name = canon[mention.label]
        owned = self._owned.get((doc_id, name))
        if owned is not None:
            return ACTOR, owned
        if self._is_bare(name):
            # a body named only by its kind ("Foreign Ministry") is one country's, never a
            # node of every country's: named with the owner its article gives it, or kept
            # to its article without one
            code = mention.code
            country = code[:3] if code and is_country_code(code[:3]) else None
            # a mention with no owner of its own ("MITI officials") takes the one owner
            # its article gives the name
            country = country or self._bare_owners.get((doc_id, name)) or (
                None if _STATE_WORD.search(mention.text) else self._dateline_country(doc_id))
            if country is not None:
                return ACTOR, _with_country(name, country)
            return f"{_IN_ARTICLE}{doc_id}", name
        return ACTOR, name

    def _is_bare(self, name: str) -> bool:
        """Whether a name is a body named only by its kind
        (:func:`~extract.dictionary.bare_body`) that the dictionaries give to no one
        country's state; asked once per name."""
        if name not in self._bare:
            self._bare[name] = bare_body(name) and _state_of(name) is None
        return self._bare[name]

    def _body_owners(self, canon: dict[str, str]) -> tuple[dict[tuple[str, str], str],
                                                           dict[tuple[str, str], str]]:
        """Owners articles give state bodies, from the country codes of their mentions (one
        pass over them):

        * ``(doc id, name) -> name with its country`` for the articles whose body of a name
          the dictionaries give to one country's state ("Senate": USAGOVLEG) is coded as
          another country's, as the article says it is ("Argentina's Senate": ARGGOVLEG,
          by :func:`~extract.coding.owned_body`): that body is a node of its own, named
          with its country ("Senate (Argentina)");
        * ``(doc id, name) -> country`` of the bodies named only by their kind
          (:meth:`_is_bare`) whose coded mentions in an article all give one country
          ("Foreign Ministry": RUSGOV), for its other mentions.
        """
        coded: dict[tuple[str, str], set[str]] = defaultdict(set)
        as_state: dict[tuple[str, str], set[str]] = defaultdict(set)
        for doc_id, m, _ in self._mentions:
            code = m.code
            if m.is_concept or not code or not is_country_code(code[:3]):
                continue
            key = (doc_id, canon[m.label])
            coded[key].add(code[:3])
            if code[3:6] in STATE_BODY_SECTORS:
                as_state[key].add(code[:3])
        owned: dict[tuple[str, str], str] = {}
        for (doc_id, name), countries in as_state.items():
            home = _state_of(name)
            if home is not None and len(countries) == 1 and home not in countries:
                (country,) = countries
                owned[(doc_id, name)] = _with_country(name, country)
        bare = {key: next(iter(countries)) for key, countries in coded.items()
                if len(countries) == 1 and self._is_bare(key[1])}
        return owned, bare

    def _dateline_country(self, doc_id: str | None) -> str | None:
        """The country of an article's dateline (:meth:`_read_dateline`), asked once per
        article."""
        if doc_id not in self._datelines:
            self._datelines[doc_id] = self._read_dateline(doc_id)
        return self._datelines[doc_id]

    def _read_dateline(self, doc_id: str | None) -> str | None:
        """The country of an article's dateline ("ISLAMABAD, April 14 -": PAK) when the
        article names that country's actors too, or None: the owner of a body the article
        names only by its kind and gives no owner ("a Foreign Ministry spokesman said").
        On the readable wire this is right for 34 of the 35 such bodies; the one miss, "the
        state Supreme Court" of an Ohio utility (COLUMBUS), is a state's court, left out by
        the word "state"."""
        dateline = self.articles.get(doc_id, {}).get("dateline") if doc_id else None
        place = (dateline or {}).get("place") or ""
        for part in (place, *reversed(place.split(","))):
            entry = lookup(part.strip()) if part.strip() else None
            code = entry.code() if entry is not None and entry.kind in (
                "country", "place") else None
            if code and is_country_code(code[:3]):
                iso = places.alpha2(code[:3])
                return code[:3] if iso and iso in self._countries[doc_id] else None
        return None

    def _canonical_names(self) -> dict[str, str]:
        """Names across articles, with acronyms defined in any article expanded."""
        acronyms = {short: next(iter(full)) for short, full in self._acronyms.items()
                    if len(full) == 1}
        merged = merge_actors(self._named, acronyms, self._firm_words)
        self._reasons = {name: via for name, (_, via) in merged.items() if via != "name"}
        return {name: found[0] for name, found in merged.items()}

    def build(self) -> nx.MultiDiGraph:
        """The merged graph of everything added so far."""
        canon = self._canonical_names()
        self._owned, self._bare_owners = self._body_owners(canon)
        self._datelines = {}
        types: dict[tuple[str, str], Counter] = defaultdict(Counter)
        spellings: dict[tuple[str, str], Counter] = defaultdict(Counter)
        aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
        # distinct mention spans: named-entity mentions where there are any,
        # otherwise the arguments of triples (concepts, entities the NER missed)
        spans: dict[tuple[str, str], tuple[set, set]] = defaultdict(lambda: (set(), set()))
        codes: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for doc_id, m, is_entity in self._mentions:
            key = self._node_key(m, canon, doc_id)
            types[key][m.type] += 1
            spellings[key][m.label] += 1
            if m.code:
                codes[key][m.code] += 1
            # other names: what the text calls it, not a pronoun or a group for it
            aliases[key].add(m.label)
            if m.via == "name":
                aliases[key].add(clean(m.text))
            spans[key][0 if is_entity else 1].add((doc_id, m.start))

        # a relation whose two sides turn out to be one actor ("Antony Blinken met
        # Blinken") says nothing about relations between actors: it is left out
        kept = [(i, t) for i, t in enumerate(self._triples)
                if self._node_key(t.subject, canon, t.doc_id)
                != self._node_key(t.object, canon, t.doc_id)]
        used = {self._node_key(m, canon, t.doc_id) for _, t in kept for m in _arguments(t)}
        G = nx.MultiDiGraph(articles=dict(self.articles), sentences=self.sentences)
        ids: dict[tuple[str, str], str] = {}
        nodes = []
        for key in used:
            kind, name = key
            if kind.startswith(_IN_ARTICLE):  # a bare body of one article: its own id
                label = name
                ids[key] = node_id(f"{label} {kind[len(_IN_ARTICLE):]}", kind=ACTOR)
            else:
                label = name if kind == ACTOR else best_spelling(spellings[key])
                ids[key] = node_id(label, kind=kind)
            nodes.append(Actor(
                id=ids[key], label=label,
                type=CONCEPT if kind == CONCEPT_KIND else vote_type(types[key]),
                aliases=tuple(sorted(a for a in aliases[key] if a and a != label)),
                mentions=len(spans[key][0] or spans[key][1]),
                articles=tuple(sorted({doc for doc, _ in spans[key][0] | spans[key][1]})),
            ))
        keys = {ids[key]: key for key in used}
        nodes = [self._dateline_place(a) for a in nodes]
        places.prefetch(a.label for a in nodes if a.type in _PLACE_TYPES)
        for actor in sorted(nodes, key=lambda a: a.id):
            G.add_node(actor.id, **node_attributes(
                actor, CONCEPT_KIND if actor.is_concept else ACTOR),
                codes=sorted(codes[keys[actor.id]]),
                via={a: self._why(a, actor.label) for a in actor.aliases},
                **self._world(actor, codes[keys[actor.id]]))

        def node_in(doc: str):
            def node(mention: Mention | None) -> str | None:
                return None if mention is None else ids[self._node_key(mention, canon, doc)]
            return node

        for i, t in kept:
            node = node_in(t.doc_id)
            G.add_edge(node(t.subject), node(t.object), key=i, **edge_attributes(t, node))
        return G

    def _why(self, alias: str, label: str) -> str:
        """Why a name is an alias of a node: how its mentions were merged."""
        if name_key(phrase_key(alias)) == name_key(phrase_key(label)):
            return "spelling"  # case, spacing, hyphens, "the", a possessive
        if alias in self._reasons and self._reasons[alias] != "spelling":
            return self._reasons[alias]
        # imported here: the graph (and the SPARQL server, which imports it) needs no spaCy
        from actorgraph.extract.actors import known_variant

        if known_variant(alias) is not None:
            return "dictionary"
        return "article"  # a short form or title the article itself ties to the name

    @staticmethod
    def _dateline_place(actor: Actor) -> Actor:
        """An all-capitals name typed ORG, GPE or LOC that GeoNames knows as a city or
        country ("BONN", "RIO DE JANEIRO": a dateline) is a place, named as GeoNames
        names it."""
        if (actor.type not in ("ORG", "GPE", "LOC") or not actor.label.isupper()
                or len(actor.label) < 4):
            return actor
        entry = lookup(actor.label)
        if entry is not None and entry.kind not in ("country", "place"):
            return actor  # an organisation the dictionaries know ("NATO")
        if not places.is_place_name(actor.label):
            return actor
        found = places.locate(actor.label)
        # the same name in GeoNames' case ("RIO DE JANEIRO" -> "Rio de Janeiro"); the
        # node id, made from the name, does not change
        label = found.name if found is not None and name_key(found.name) == name_key(
            actor.label) else actor.label
        aliases = tuple(sorted(set(actor.aliases) | {actor.label} - {label}))
        typ = "GPE" if actor.type == "ORG" else actor.type
        return dataclasses.replace(actor, type=typ, label=label, aliases=aliases)

    def _world(self, actor: Actor, codes: Counter) -> dict:
        """``country``, ``iso``, ``geonames``, ``lat`` and ``lon`` of a node, where known."""
        out: dict = {}
        countries = Counter()
        for code, count in codes.items():
            if is_country_code(code[:3]):
                countries[code[:3]] += count
        if countries:
            out["country"] = min(countries, key=lambda c: (-countries[c], c))
        own = country_code(actor.label)
        if own is not None:
            out["country"] = own
        if actor.type not in _PLACE_TYPES and own is None:
            return out
        around = set().union(*(self._countries.get(doc, set()) for doc in actor.articles))
        place = places.locate(actor.label, countries=sorted(around), country_code=own,
                              min_population=places.TOWN_POPULATION
                              if actor.type == "LOC" else 0)
        if place is None:
            return out
        out["geonames"] = place.geonames
        if place.lat is not None:
            out["lat"], out["lon"] = place.lat, place.lon
        if place.kind == "country":
            out["iso"] = place.iso
            out.setdefault("country", places.alpha3(place.iso))
        elif "country" not in out and is_country_code(places.alpha3(place.country)):
            out["country"] = places.alpha3(place.country)
        return out


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


#: "the state Supreme Court": a body of a state of a federation, not of the dateline's country
_STATE_WORD = re.compile(r"\bstate\b", re.IGNORECASE)
#: The kind, in a node's key, of a body named only by its kind whose owner its article does
#: not give, followed by the article's id: ``("actor of article wire5-07", "Cabinet")``. The
#: kind is never ``ACTOR`` nor ``CONCEPT_KIND``, so the key is no other node's whatever
#: characters the name or the id hold (a separator inside the name could be forged by text)
_IN_ARTICLE = "actor of article "


def _with_country(name: str, country: str) -> str:
    """A state body's name with its owner's: "Senate (Argentina)", "Foreign Ministry
    (Pakistan)"."""
    return f"{name} ({country_name(country) or country})"


def _state_of(name: str) -> str | None:
    """The country whose state body the dictionaries say a name is ("Senate": USA,
    "Joint Chiefs of Staff": USA), or None (another kind of name, or several countries)."""
    entry = lookup(name)
    if entry is None:
        return None
    states = {code[:3] for code, _, _ in entry.codes
              if is_country_code(code[:3]) and code[3:6] in STATE_BODY_SECTORS}
    return next(iter(states)) if len(states) == 1 else None


def _arguments(triple: Triple) -> Iterator[Mention]:
    """Every mention a triple refers to: its sides, its source and its place."""
    yield triple.subject
    yield triple.object
    if triple.attributed_to is not None:
        yield triple.attributed_to
    if triple.place is not None:
        yield triple.place


def build_graph(results: Iterable[ArticleResult]) -> nx.MultiDiGraph:
    """Build the graph of a stream of extraction results."""
    builder = GraphBuilder()
    for result in results:
        builder.add(result)
    return builder.build()


def actors(G: nx.MultiDiGraph) -> Iterator[Actor]:
    """The nodes of ``G`` as :class:`~graph.actors.Actor` records, by id."""
    for node, data in sorted(G.nodes(data=True)):
        yield actor_of(node, data)


def _side(G: nx.MultiDiGraph, values: dict) -> dict | None:
    """A side of a record: the node's id, label, text and type (and how it was found)."""
    node = values.get("id")
    if node is None:
        return None
    data = G.nodes[node]
    side = {"id": node, "label": data["label"], "text": values.get("text"),
            "type": data["type"]}
    if "via" in values:
        side["via"] = values["via"]
    if "code" in values:
        side["code"] = values["code"]
    return side


def edge_records(G: nx.MultiDiGraph) -> Iterator[dict]:
    """One JSON-ready record per relation instance, in input order.

    The record format is the one of ``triples.jsonl``: the edge attributes
    placed as :data:`~actorgraph.graph.schema.EDGE_FIELDS` say, each side a
    node with its label and type.
    """
    articles = G.graph.get("articles", {})
    for u, v, _key, d in sorted(G.edges(keys=True, data=True), key=lambda e: e[2]):
        parts: dict[str, dict] = {"subject": {"id": u}, "object": {"id": v}}
        record: dict = {}
        for f in EDGE_FIELDS:
            if len(f.record) == 1:
                record[f.record[0]] = d[f.name]
            else:
                parts.setdefault(f.record[0], {})[f.record[1]] = d[f.name]
        for key in parts:
            record[key] = _side(G, parts[key]) if key in SIDES else parts[key]
        article = articles.get(d["doc_id"], {})
        for key in ARTICLE_KEYS:
            record[key] = article.get(key)
        yield {key: record[key] for key in RECORD_KEYS}
