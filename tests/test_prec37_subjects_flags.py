"""Session 37's precision of the participle, inherited and control patterns, on real
parses (one batch for the module):

- a coordinated clause whose subject the parser hung on the clause before (a conjunct,
  a prepositional object or an apposition there, right after "and") keeps that subject,
  also when a modal or an auxiliary stands between it and the verb: "... under which
  guerrillas would surrender their arms and India would send troops" (India sends, not
  the signers of the agreement);
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (sentence, wanted (subject, relation lemma, object), unwanted (subject, relation lemma))
_SWALLOWED_SUBJECTS = [
    ("India and Sri Lanka signed an agreement aimed at ending the four-year ethnic conflict "
     "on the island, under which Tamil guerrillas would surrender their arms and India "
     "would send troops to help enforce a ceasefire.",
     ("India", "send", "troops"), ("Sri Lanka", "send")),
    ("Russia bombed the bridge on Monday and Ukraine has closed the port of Odesa.",
     ("Ukraine", "close", "Odesa"), ("Russia", "close")),
    ("The Fed raised rates in March and the European Central Bank would cut its deposit "
     "rate.",
     ("European Central Bank", "cut", "deposit rate"), ("Federal Reserve", "cut")),
]

_ALL = [row[0] for row in _SWALLOWED_SUBJECTS]


@pytest.fixture(scope="module")
def found(extractor):
    """Each sentence's ``(subject, relation lemma, object, negated, hedged)`` set."""
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(_ALL)])
    return {s: {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged)
                for t in r.triples} for s, r in zip(_ALL, results)}


@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), _SWALLOWED_SUBJECTS)
def test_a_swallowed_subject_is_the_coordinated_clause_own(found, sentence, wanted, unwanted):
    got = found[sentence]
    assert any(t[:3] == wanted for t in got), sorted(got)
    assert not any(t[:2] == unwanted for t in got), sorted(got)
