"""The shared harness of the construction tables run through the model.

A table maps a construction's name to rows ``(sentence, present, absent)``:
``present`` holds triples ``(subject label, relation lemma, object label,
negated, hedged)`` the sentence must give, ``absent`` the ``(subject,
object)`` pairs it must not give in either reading.
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


def check_construction(extractor: Extractor, sentence: str, present, absent) -> None:
    """Assert one table row: every present triple, none reversed, no absent pair."""
    (result,) = extractor.extract([Article("t", sentence)])
    found = {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged)
             for t in result.triples}
    for triple in present:
        assert triple in found, f"{triple} not in {sorted(found)}"
        # never the other way round
        assert not any(s == triple[2] and o == triple[0] for s, _, o, _, _ in found)
    for subject, obj in absent:
        assert not any(s == subject and o == obj for s, _, o, _, _ in found), sorted(found)
