"""Precision fixes read from audit sheet 11, through the real model.

An armed subject's attack on a thing is an assault, not criticism; a purpose infinitive
after a verb whose object is someone named is not said of the verb's subject. The
sentences were written for these tests (none is from an evaluation set or a sheet).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model


def _triples(extractor, sentence):
    (result,) = extractor.extract([Article("t", sentence)])
    return {(t.subject.label, t.relation.lemma, t.object.label): t.relation.event_class
            for t in result.triples}


@pytest.mark.parametrize(("sentence", "triple", "event_class"), [
    # an armed subject: the attack on a thing is made with arms
    ("Rebel soldiers attacked the presidential palace before dawn on Friday.",
     ("rebel soldiers", "attack", "presidential palace"), "ASSAULT"),
    ("Armed militants attacked a police station in the north of the province.",
     ("armed militants", "attack", "police station"), "ASSAULT"),
    ("Armed rebels attacked the governor's residence overnight.",
     ("armed rebels", "attack", "governor's residence"), "ASSAULT"),
    # guards: words, not arms
    ("Erdogan attacked the proclamation on Monday.",
     ("Erdogan", "attack", "proclamation"), "DISAPPROVE"),
    ("The senator attacked the bill, calling it a weapon against workers.",
     ("senator", "attack", "bill"), "DISAPPROVE"),
])
def test_an_armed_subjects_attack_on_a_thing_is_an_assault(extractor, sentence, triple,
                                                             event_class):
    found = _triples(extractor, sentence)
    assert found.get(triple, "missing") == event_class, found


@pytest.mark.parametrize(("sentence", "subject", "lemma"), [
    ("The organising committee invited Qatar and India into talks to host the 2036 Games.",
     "organising committee", "host"),
    ("The African Union summoned Sudan and South Sudan to Addis Ababa to sign a border "
     "accord.", "African Union", "sign"),
    ("Macron welcomed Zelensky to Paris to discuss security guarantees.", "Macron",
     "discuss"),
])
def test_a_purpose_after_a_named_object_is_not_the_subjects(extractor, sentence, subject,
                                                            lemma):
    found = _triples(extractor, sentence)
    assert not any(s == subject and rel.split()[0] == lemma for s, rel, _ in found), found


@pytest.mark.parametrize(("sentence", "triple"), [
    # guards: the subject's own purpose, or its own agents sent
    ("Kurdish activists staged a sit-in outside the embassy to protest Turkey's offensive "
     "in Syria.", ("Kurdish", "protest", "Turkey")),
    ("Qatar sent envoys to Washington to help negotiate a ceasefire between Israel and "
     "Hamas.", ("Qatar", "negotiate", "Israel")),
])
def test_a_purpose_after_a_thing_or_own_agents_stays_the_subjects(extractor, sentence, triple):
    found = _triples(extractor, sentence)
    subject, lemma, obj = triple
    assert any(subject in s and lemma in rel and obj in o for s, rel, o in found), found
