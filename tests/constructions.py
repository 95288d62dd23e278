"""The shared harness of the construction tables run through the model.

A table maps a construction's name to rows ``(sentence, present, absent)``:
``present`` holds triples ``(subject label, relation lemma, object label,
negated, hedged)`` the sentence must give, ``absent`` the ``(subject,
object)`` pairs it must not give in either reading (:func:`check_construction`).
Tables of relation labels (:func:`check_labels`) and of relation verbs
(:func:`check_verbs`) use the same rows; the precision tables give wanted
``(subject, relation label, object, hedged)`` and unwanted ``(subject, relation
label, object)`` triples (:func:`check_precision`); the event-class tables give rows
``(sentence, (subject, relation label, object), class)`` (:func:`classes_by_sentence`,
:func:`check_class`).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import Extractor

from actorgraph.records import Article


def cases(*tables: dict[str, list]) -> list:
    """The rows of ``tables`` as pytest parameters named by construction."""
    return [pytest.param(sentence, present, absent, id=f"{name}: {sentence[:30]}")
            for table in tables
            for name, rows in table.items() for sentence, present, absent in rows]


def classes_by_sentence(extractor: Extractor, sentences) -> dict[str, dict]:
    """Each sentence's ``(subject, relation label, object) -> event class``, all parsed in
    one batch (for a module fixture of an event-class table)."""
    sentences = list(sentences)
    results = extractor.extract([Article(f"s{i}", s) for i, s in enumerate(sentences)])
    return {s: {(t.subject.label, t.relation.label, t.object.label): t.relation.event_class
                for t in r.triples} for s, r in zip(sentences, results, strict=True)}


def check_class(found: dict[str, dict], sentence: str, triple, wanted) -> None:
    """Assert one row of an event-class table: the triple is found, with class ``wanted``."""
    triples = found[sentence]
    assert triple in triples, sorted(triples)
    assert triples[triple] == wanted


def check_construction(extractor: Extractor, sentence: str, present, absent) -> None:
    """Assert one table row: every present triple, none reversed (but for a pair the row
    wants both ways round), no absent pair."""
    (result,) = extractor.extract([Article("t", sentence)])
    found = {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged)
             for t in result.triples}
    for triple in present:
        assert triple in found, f"{triple} not in {sorted(found)}"
        # never the other way round, unless the row wants both (a reciprocal act)
        if not any(p[0] == triple[2] and p[2] == triple[0] for p in present):
            assert not any(s == triple[2] and o == triple[0] for s, _, o, _, _ in found)
    for subject, obj in absent:
        assert not any(s == subject and o == obj for s, _, o, _, _ in found), sorted(found)


def _labels(extractor: Extractor, sentence: str) -> set[tuple[str, str, str]]:
    (result,) = extractor.extract([Article("t", sentence)])
    return {(t.subject.label, t.relation.label, t.object.label) for t in result.triples}


def check_labels(extractor: Extractor, sentence: str, present, absent) -> None:
    """Assert one row of relation labels: every present ``(subject, label, object)``;
    no absent triple, or no triple at all between an absent ``(subject, object)``."""
    found = _labels(extractor, sentence)
    for triple in present:
        assert triple in found, f"{triple} not in {sorted(found)}"
    pairs = {(s, o) for s, _, o in found}
    for triple in absent:
        assert triple not in (pairs if len(triple) == 2 else found), sorted(found)


def check_verbs(extractor: Extractor, sentence: str, wanted, unwanted) -> None:
    """Assert one row by the relation's verb: every wanted ``(subject, verb, object)``
    (the first word of the label); no unwanted ``(subject, object)`` pair, and no
    unwanted label as subject or object."""
    found = _labels(extractor, sentence)
    for subject, verb, obj in wanted:
        assert any(s == subject and r.split()[0] == verb and o == obj for s, r, o in found), \
            f"{(subject, verb, obj)} not in {sorted(found)}"
    for label in unwanted:
        if isinstance(label, tuple):  # a (subject, object) pair
            assert not any((s, o) == label for s, _, o in found), sorted(found)
        else:  # a label as subject or object
            assert not any(label in (s, o) for s, _, o in found), sorted(found)


def check_precision(extractor: Extractor, text: str, wanted, unwanted) -> None:
    """Assert one row of a precision table: every wanted ``(subject, relation label,
    object, hedged)`` with that hedge; no unwanted ``(subject, relation label, object)``."""
    result = next(extractor.extract([Article(id="t", text=text)]))
    got = {(t.subject.label, t.relation.label, t.object.label): t.hedged
           for t in result.triples}
    for subject, relation, obj, hedged in wanted:
        assert (subject, relation, obj) in got, (text, sorted(got))
        assert got[(subject, relation, obj)] is hedged, (text, subject, relation, obj)
    for triple in unwanted:
        assert triple not in got, (text, triple)
