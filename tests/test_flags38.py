"""Session 38's negated and hedged flags, on real parses (one batch for the module):

- a finite time clause ("when", "once", "after", "before", "as soon as") in the present
  under a clause that is only future, expected or planned waits on what it tells, which
  is hedged: "talks will resume when Israel releases the prisoners", "a decision is
  expected when Merkel meets Macron" (a past time clause, or one under a summary's
  present, tells what happened: "talks resumed when Israel released them", "Kenya sends
  troops after gangs attack the airport").
- a report whose author is named is that author's statement, not an unconfirmed report,
  also when the author is the agent of a participle ("according to a report released on
  Friday by Human Rights Watch") or a body named by its country or organisation
  ("according to a report by Canada's cyber security centre"); a report with no author,
  or an unnamed one ("by a rights group", "by local media"), still hedges.
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

#: (sentence, (subject, relation lemma, object), hedged)
_AUTHORED_REPORTS = [
    ("Wagner fighters executed 30 villagers near Moura, according to a report released on "
     "Friday by Human Rights Watch.", ("Wagner", "execute", "villagers"), False),
    ("Chinese hackers breached the servers of the Finance Ministry, according to a report by "
     "Canada's cyber security centre.",
     ("Chinese hackers", "breach", "servers of Finance Ministry"), False),
    ("Russian drones struck a school in Kharkiv, according to a report published in March by "
     "Amnesty International.", ("Russia", "strike", "school in Kharkiv"), False),
    ("Police detained 200 protesters in Minsk, according to a report issued by the UN's "
     "human rights office.", ("police", "detain", "protesters"), False),
    # guards: no author, or an unnamed one
    ("Police detained 200 protesters in Minsk, according to a report published on Monday.",
     ("police", "detain", "protesters"), True),
    ("Police detained 200 protesters in Minsk, according to a report published by a rights "
     "group.", ("police", "detain", "protesters"), True),
    ("Police detained 200 protesters in Minsk, according to a report by local media.",
     ("police", "detain", "protesters"), True),
]

_ALL = [row[0] for row in _AWAITED_TIMES + _AUTHORED_REPORTS]


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


@pytest.mark.parametrize(("sentence", "triple", "hedged"), _AUTHORED_REPORTS)
def test_a_report_by_a_named_author_is_stated(found, sentence, triple, hedged):
    got = found[sentence]
    assert (*triple, False, hedged) in got, sorted(got)
