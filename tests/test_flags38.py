"""Session 38's negated and hedged flags, on real parses (one batch for the module):

- a finite time clause ("when", "once", "after", "before", "as soon as") in the present
  under a clause that is only future, expected or planned waits on what it tells, which
  is hedged: "talks will resume when Israel releases the prisoners", "a decision is
  expected when Merkel meets Macron" (a past time clause, or one under a summary's
  present, tells what happened: "talks resumed when Israel released them", "Kenya sends
  troops after gangs attack the airport").
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (sentence, (subject, relation lemma, object), hedged)
_AWAITED_TIMES = [
    ("Talks will resume when Israel releases the prisoners.",
     ("Israel", "release", "prisoners"), True),
    ("Turkey will reopen the border once Armenia signs the peace treaty.",
     ("Armenia", "sign", "peace treaty"), True),
    ("A decision is expected when Angela Merkel meets Emmanuel Macron in Paris.",
     ("Angela Merkel", "meet", "Emmanuel Macron"), True),
    ("The ceasefire will take effect as soon as Hamas frees the hostages.",
     ("Hamas", "free", "hostages"), True),
    ("The union may call off the strike after Ford raises wages.",
     ("Ford", "raise", "wages"), True),
    # guards: a past time clause, a summary's present, a past clause above
    ("Talks resumed when Israel released the prisoners.",
     ("Israel", "release", "prisoners"), False),
    ("Kenya sends troops to Haiti after gangs attack the airport.",
     ("gangs", "attack", "airport"), False),
    ("Police arrested the suspect before he boarded the plane.",
     ("police", "arrest", "suspect"), False),
]

_ALL = [row[0] for row in _AWAITED_TIMES]


@pytest.fixture(scope="module")
def found(extractor):
    """Each sentence's ``(subject, relation lemma, object, negated, hedged)`` set."""
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(_ALL)])
    return {s: {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged)
                for t in r.triples} for s, r in zip(_ALL, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple", "hedged"), _AWAITED_TIMES)
def test_a_present_time_clause_under_a_future_is_hedged(found, sentence, triple, hedged):
    got = found[sentence]
    assert (*triple, False, hedged) in got, sorted(got)
