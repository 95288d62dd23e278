"""Event nouns and modifiers: "Israel's strike on Gaza", "Iranian-backed Hezbollah".

Patterns
--------
``nominal``       event noun with its own agent: "Israel's strike on Gaza"
``nominal-place`` an attack whose target is only its place: "an attack by X in Y"
``nominal-cause`` the agent of an event noun that does something:
                  "an attack by Hezbollah killed twelve children"
``modifier``      a hyphenated backer: "Iranian-backed Hezbollah"
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from actorgraph.extract.events import EventLexicon, default_lexicon
from actorgraph.extract.lexicon import MODIFIER_VERBS
from actorgraph.extract.rules.base import (
    AMOD,
    NSUBJ,
    NSUBJPASS,
    OBJ_DEPS,
    TokenTriple,
    children_of,
    country_word,
    event_lemma,
    event_targets,
    find_place,
    is_negated,
    noun_agents,
    verb_lemma,
    with_conjuncts,
)
from spacy.tokens import Doc, Span, Token

__all__ = ["PLACE_TARGET_CLASSES", "modifier_triples", "nominal_triples"]

#: Event classes whose target may be given only as a place ("an attack in X").
PLACE_TARGET_CLASSES = frozenset({"ASSAULT", "FIGHT", "COERCE"})
#: Entity types that can do what a hyphenated modifier says ("Iranian-backed").
_BACKER_TYPES = frozenset({"ORG", "GPE", "PERSON"})


def nominal_triples(doclike: Doc | Span, *,
                    lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """Triples of event nouns that name their own agent (see :func:`_nominal_triples`)."""
    return _nominal_triples(doclike, lexicon or default_lexicon())


def _nominal_triples(doclike: Iterable[Token], lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Triples of event nouns that name their own agent.

    "a rocket attack by Hezbollah ... in Majdal Shams", "Israel's strike on
    Gaza", "Turkish airstrikes on Syria", "the killing of Haniyeh by Israel",
    "a mediation effort between the Emirates and Saudi Arabia": the agent
    comes from ``by``, a possessive or a nationality adjective, the target from
    ``on``/``against``/``with``/``of``/``between``; an assault with no target but
    a place is read as an attack on that place.
    """
    for noun in doclike:
        lemma = event_lemma(noun, lexicon) if noun.pos_ == "NOUN" else None
        if lemma is None:
            continue
        agents = noun_agents(noun)
        if not agents:
            continue
        negated = noun.head.pos_ == "VERB" and is_negated(noun.head)
        targets = [t for _, t in event_targets(noun, lemma) if t not in agents]
        pattern = "nominal"
        if not targets and lexicon.classify(lemma, pos="NOUN") in PLACE_TARGET_CLASSES:
            place = find_place(noun)
            if place is None and noun.dep_ in (NSUBJ, NSUBJPASS):
                place = find_place(noun.head)
            if place is not None:
                targets, pattern = [place], "nominal-place"
        for agent in agents:
            for target in targets:
                yield TokenTriple(agent, noun, target, lemma, lemma, "NOUN", negated, pattern)
        if noun.dep_ == NSUBJ and noun.head.pos_ == "VERB":
            verb = noun.head
            for patient in with_conjuncts(children_of(verb, *OBJ_DEPS)):
                for agent in agents:
                    lemma_v = verb_lemma(verb)
                    yield TokenTriple(agent, verb, patient, lemma_v, lemma_v, "VERB",
                                      is_negated(verb), "nominal-cause")


def modifier_triples(doclike: Doc | Span) -> Iterator[TokenTriple]:
    """Hyphenated modifiers: "Iranian-backed Hezbollah" -> Iran —back→ Hezbollah."""
    for tok in doclike:
        if tok.dep_ != AMOD or tok.lemma_.lower() not in MODIFIER_VERBS or tok.tag_ != "VBN":
            continue
        for child in tok.children:
            hyphen = child.i + 1 < tok.i and tok.doc[child.i + 1].text in ("-", "\u2010")
            if (child.i < tok.i and (hyphen or child.i + 1 == tok.i)
                    and (child.ent_type_ in _BACKER_TYPES or country_word(child))):
                lemma = tok.lemma_.lower()
                yield TokenTriple(child, tok, tok.head, lemma, lemma, "VERB", False,
                                  "modifier")
