"""Complement clauses: what an actor threatens, promises or refuses to do, and demands.

Patterns
--------
``complement``    what an actor threatens, promises or refuses to do:
                  "Israel threatened to ban voting in East Jerusalem"
``demand``        whom a demand is made of: "the PRC demanded that the US cancel ..."
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from actorgraph.extract.events import EventLexicon, default_lexicon
from actorgraph.extract.lexicon import ASPECTUAL_VERBS, DATIVE_PREPS, FAILURE_VERBS
from actorgraph.extract.rules.base import (
    CCOMP,
    NSUBJ,
    NSUBJPASS,
    OBJ_DEPS,
    TokenTriple,
    children_of,
    core,
    is_negated,
    names_something,
    place_of,
    prep_objects,
    subject_control,
    verb_lemma,
    with_conjuncts,
)
from spacy.tokens import Doc, Span, Token

__all__ = ["complement_triples", "demand_triples"]


def complement_triples(doclike: Doc | Span, *,
                       lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """What an actor threatens, promises or refuses to do (see :func:`_complement_triples`)."""
    return _complement_triples(doclike, lexicon or default_lexicon())


def _complement_triples(doclike: Iterable[Token],
                        lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """What an actor threatens, promises, agrees or refuses to do, and to whom.

    "Israel threatened to ban voting in East Jerusalem" gives Israel —threaten
    to ban→ voting and Israel —threaten to ban in→ East Jerusalem; the event
    class is the main verb's (THREATEN), else the infinitive's. The infinitive
    did not necessarily happen, so the triples are ``hedged``, except after an
    aspectual verb ("began to withdraw from X" is a withdrawal) or a verb of
    failure ("failed to reach X" is a negated reach).
    """
    for verb in doclike:
        if verb.pos_ != "VERB" or not subject_control(verb):
            continue
        matrix = verb.head
        while subject_control(matrix):
            matrix = matrix.head
        agents = core(matrix)[0]
        if not agents:
            continue
        matrix_lemma = matrix.lemma_.lower()
        inner = verb_lemma(verb)
        if matrix_lemma in ASPECTUAL_VERBS | FAILURE_VERBS:
            base, hedged = inner, False
            negated = is_negated(matrix) != (matrix_lemma in FAILURE_VERBS)
        else:
            base, hedged = f"{verb_lemma(matrix)} to {inner}", True
            negated = is_negated(matrix)
        objects = [(None, o) for o in with_conjuncts(children_of(verb, *OBJ_DEPS))]
        named_object = any(names_something(o) for _, o in objects)
        for prep, obj in prep_objects(verb):
            if names_something(obj) or prep.lower_ in DATIVE_PREPS:
                objects.append((prep.lower_, obj))
                named_object = named_object or names_something(obj)
        if not named_object:
            place = place_of(verb, [o for p, o in objects if p is None])
            if place is not None:
                objects.append(place)
        for prep, obj in objects:
            rel = base if prep is None else f"{base} {prep}"
            for agent in agents:
                yield TokenTriple(agent, verb, obj, rel, rel, "VERB", negated,
                                  "complement", hedged)


def demand_triples(doclike: Doc | Span, *,
                   lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """Whom a demand is addressed to (see :func:`_demand_triples`)."""
    return _demand_triples(doclike, lexicon or default_lexicon())


def _demand_triples(doclike: Iterable[Token], lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Whom a demand is addressed to: "the PRC demanded that the US cancel ...".

    A verb of the DEMAND class with a clause complement relates its subject to
    the subject of the clause.
    """
    for verb in doclike:
        if verb.pos_ != "VERB" or lexicon.classify(verb_lemma(verb)) != "DEMAND":
            continue
        agents = core(verb)[0]
        for clause in children_of(verb, CCOMP):
            for target in with_conjuncts(children_of(clause, NSUBJ, NSUBJPASS)):
                for agent in agents:
                    yield TokenTriple(agent, verb, target, verb_lemma(verb),
                                      verb_lemma(verb), "VERB", is_negated(verb), "demand")
