"""Rule-based subject-relation-object extraction over a dependency parse.

Each extractor is a small generator ``Doc | Span -> Iterator[TokenTriple]``
working on head tokens only; turning head tokens into canonical actors is the
job of :mod:`extract.actors`. The extractors live in :mod:`extract.rules`, one
module per construction family; every pattern they yield is declared once in
:mod:`extract.rules.registry` (name, confidence, stative or not, example).
:func:`all_triples` runs them all: :data:`EXTRACTORS` says which tokens each
one reads, so one pass over the tokens feeds them all.

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Shukr", "was", "killed", "by", "Israel"],
...           heads=[2, 2, 2, 2, 3], deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
...           pos=["PROPN", "AUX", "VERB", "ADP", "PROPN"],
...           lemmas=["Shukr", "be", "kill", "by", "Israel"])
>>> [(t.subject.text, t.lemma, t.object.text, t.pattern) for t in all_triples(doc)]
[('Israel', 'kill', 'Shukr', 'passive')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from actorgraph.extract.coref import pair_types
from actorgraph.extract.deps import AMOD, APPOS, COMPOUND, NSUBJ, POBJ
from actorgraph.extract.events import EventLexicon, default_lexicon
from actorgraph.extract.lexicon import ANSWERABLE_WORDS, REPORTED_ARREST_VERBS
from actorgraph.extract.rules.base import TokenTriple
from actorgraph.extract.rules.complements import (
    _complement_triples,
    _demand_triples,
    complement_triples,
    demand_triples,
)
from actorgraph.extract.rules.nominal import (
    _nominal_triples,
    gerund_events,
    modifier_triples,
    nominal_triples,
    stance_events,
)
from actorgraph.extract.rules.roles import LEADER_OF, MEMBER_OF, role_triples
from actorgraph.extract.rules.verbal import (
    _verb_triples,
    answerable_triples,
    joint_triples,
    reported_arrest_triples,
    verb_triples,
)
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

__all__ = [
    "EXTRACTORS",
    "LEADER_OF",
    "MEMBER_OF",
    "Extractor",
    "TokenTriple",
    "all_triples",
    "complement_triples",
    "demand_triples",
    "modifier_triples",
    "nominal_triples",
    "role_triples",
    "verb_triples",
]


# the selectors compare the ids of labels, not their strings (every token is asked)
_VERB, _NOUN, _VBN, _PERSON = (get_string_id(s) for s in ("VERB", "NOUN", "VBN", "PERSON"))
_AMOD, _APPOS, _COMPOUND = (get_string_id(s) for s in (AMOD, APPOS, COMPOUND))


def _verb(tok: Token) -> bool:
    return tok.pos == _VERB


def _noun(tok: Token) -> bool:
    return tok.pos == _NOUN


def _participle_modifier(tok: Token) -> bool:
    return tok.dep == _AMOD and tok.tag == _VBN


def _answerable(tok: Token) -> bool:
    return tok.lower_ in ANSWERABLE_WORDS


def _reported_arrest(tok: Token) -> bool:
    return tok.tag == _VBN and tok.lemma_.lower() in REPORTED_ARREST_VERBS


def _role_candidate(tok: Token) -> bool:
    dep = tok.dep
    return dep == _APPOS or (dep != _COMPOUND and tok.ent_type == _PERSON)


@dataclass(frozen=True)
class Extractor:
    """One extractor: its family (a module of :mod:`extract.rules`), the tokens it
    reads (``selects``) and how it runs over them."""

    family: str
    selects: Callable[[Token], bool]
    run: Callable[[list[Token], EventLexicon], Iterable[TokenTriple]]


#: The extractors in the order :func:`all_triples` runs them.
EXTRACTORS = (
    Extractor("verbal", _verb, _verb_triples),
    Extractor("verbal", _verb, joint_triples),
    Extractor("verbal", _answerable, answerable_triples),
    Extractor("verbal", _reported_arrest, reported_arrest_triples),
    Extractor("complements", _verb, _complement_triples),
    Extractor("complements", _verb, _demand_triples),
    Extractor("nominal", _noun, _nominal_triples),
    Extractor("nominal", _verb, gerund_events),
    Extractor("nominal", _verb, stance_events),
    Extractor("nominal", _participle_modifier, lambda toks, _: modifier_triples(toks)),
    Extractor("roles", _role_candidate, lambda toks, _: role_triples(toks)),
)
_SELECTORS = tuple(dict.fromkeys(e.selects for e in EXTRACTORS))


def all_triples(doclike: Doc | Span, *,
                lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """All triples of ``doclike``, each (subject, relation, object) once.

    One pass sorts the tokens for the extractors, which then run in turn.
    """
    lexicon = lexicon or default_lexicon()
    buckets: dict[Callable[[Token], bool], list[Token]] = {s: [] for s in _SELECTORS}
    for tok in doclike:
        for selects, bucket in buckets.items():
            if selects(tok):
                bucket.append(tok)
    seen: set[tuple[int, str, int]] = set()
    found: list[TokenTriple] = []
    for extractor in EXTRACTORS:
        for triple in extractor.run(buckets[extractor.selects], lexicon):
            key = (triple.subject.i, triple.lemma, triple.object.i)
            if key in seen or (triple.subject.i == triple.object.i
                               and not _sides_among_themselves(triple)):
                continue
            seen.add(key)
            found.append(triple)
    said_more = _said_more_fully(found)
    yield from (t for i, t in enumerate(found) if i not in said_more)


def _sides_among_themselves(triple: TokenTriple) -> bool:
    """Whether a triple with one token for both sides is an event between the ones a
    plural stands for: "talks between the two countries" (extract/rules/nominal.py
    ``_between``), or a reciprocal act of a subject that describes a pair: "the two
    countries met in Geneva", "both sides agreed to a truce"
    (:func:`~actorgraph.extract.rules.verbal.joint_triples`); each resolved party with each
    other one; any other is no triple."""
    side = triple.subject
    if side.dep_ == NSUBJ and pair_types(side):
        return True
    return (triple.pattern == "nominal" and side.dep_ == POBJ and side.head.lower_ == "between"
            and side.head.head.i == triple.predicate.i)


def _said_more_fully(triples: list[TokenTriple]) -> set[int]:
    """The positions of triples that another triple of the same subject, object and flags
    says more fully: its relation's reading starts with all their words and goes on, and
    its predicate is theirs or hangs below it ("placed Mugabe under house arrest" read both
    as "place" on the verb and as "place under arrest" on the noun: only the second is
    kept).

    Examples
    --------
    >>> from types import SimpleNamespace as T
    >>> placed = T(i=1, ancestors=())
    >>> arrest = T(i=3, ancestors=(placed,))
    >>> def tt(label, predicate):
    ...     return T(subject=T(i=0), predicate=predicate, object=T(i=2), label=label,
    ...              negated=False, hedged=False)
    >>> _said_more_fully([tt("place", placed), tt("place under arrest", arrest)])
    {0}
    >>> _said_more_fully([tt("place under arrest", placed), tt("place", arrest)])
    set()
    """
    groups: dict[tuple, list[int]] = {}
    for i, t in enumerate(triples):
        groups.setdefault((t.subject.i, t.object.i, t.negated, t.hedged), []).append(i)
    shorter: set[int] = set()
    for members in groups.values():
        for i in members if len(members) > 1 else ():
            short = triples[i]
            words = short.label.split()
            for j in members:
                long = triples[j]
                other = long.label.split()
                if (len(other) > len(words) and other[:len(words)] == words
                        and (long.predicate.i == short.predicate.i
                             or short.predicate in long.predicate.ancestors)):
                    shorter.add(i)
                    break
    return shorter
