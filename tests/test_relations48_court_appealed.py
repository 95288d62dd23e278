"""The court a ruling is taken before is no venue (session 48).

"Raila Odinga says he will challenge the result at the Supreme Court": "at" and "in" are
adjunct prepositions, the setting of an act, so the court was dropped and the summary's
main hedged triple (the challenge before the court) was never extracted, though "appeal
the ruling to the Supreme Court" and "contest the ban before the Constitutional Court" were.

A verb of going against a ruling (:data:`~extract.lexicon.APPEALING_VERBS`: appeal,
challenge, contest) now relates its subject to the named court of its "at" or "in" phrase
(:func:`~extract.rules.verbal.appealed_courts`), in a plain clause and in an infinitive
("vowed to challenge the fine at the General Court"). A court named by no name ("in
court", "at a federal court in Texas") stays out; another verb keeps its setting.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_labels

APPEALED_BEFORE = {
    "a ruling taken before a named court": [
        ("Raila Odinga said he would challenge the result at the Supreme Court.",
         [("Raila Odinga", "challenge result at", "Supreme Court")], []),
        ("Chevron said it would appeal the verdict at the Court of Appeal of The Hague.",
         [("Chevron", "appeal verdict at", "Court of Appeal of The Hague")], []),
        ("Greenpeace will challenge the permit in the Federal Court of Australia.",
         [("Greenpeace", "challenge permit in", "Federal Court of Australia")], []),
        ("Meta vowed to challenge the fine at the General Court of the European Union.",
         [("Meta", "vow to challenge fine at", "General Court")], []),
    ],
    "guard: no named court, another verb, another preposition": [
        # which court is not said
        ("The union said it would challenge the decision in court.",
         [], [("union", "court")]),
        ("Chevron appealed the verdict at a federal court in Texas.",
         [("Chevron", "appeal", "verdict")], [("Chevron", "federal court")]),
        # a verb of no appeal keeps the court as its setting
        ("Apple presented its defence at the General Court on Tuesday.",
         [], [("Apple", "General Court")]),
        # "to" and "before" were read already, once
        ("Apple said it would appeal the ruling to the Supreme Court.",
         [("Apple", "appeal ruling to", "Supreme Court")],
         [("Apple", "appeal ruling at", "Supreme Court")]),
        ("The Labour Party will contest the ban before the Constitutional Court.",
         [("Labour Party", "contest ban before", "Constitutional Court")], []),
    ],
}


@pytest.mark.parametrize("sentence,present,absent", cases(APPEALED_BEFORE))
def test_the_court_a_ruling_is_taken_before(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


def test_the_court_is_named_once(extractor):
    # the infinitive's "before" is a prepositional object already: no second triple
    text = "Hasina vows to challenge the decision before the International Criminal Court."
    (result,) = extractor.extract([Article("t", text)])
    labels = [(t.subject.label, t.relation.label, t.object.label) for t in result.triples]
    court = ("Hasina", "vow to challenge decision before", "International Criminal Court")
    assert labels.count(court) == 1, labels
