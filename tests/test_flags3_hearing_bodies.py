"""A "before" phrase with a court or a hearing body is whom the act is brought to, not a
time: "will challenge the deal before the Constitutional Tribunal" (hedged, as the clause
is), "testified before the Senate committee", "appeared before the court"; "before the
election" stays a time."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def found(doc):
    return {(t.subject.text, t.label, t.object.text) for t in all_triples(doc)}


_ENTS = {"Supreme Court": "ORG", "Morales": "PERSON", "Tribunal": "ORG", "Fauci": "PERSON",
         "Congress": "ORG", "Trump": "PERSON", "Putin": "PERSON"}

#: (sentence, rows, wanted (subject, label, object))
_BODIES = [
    ("Morales appeared before Tribunal", """
        1 nsubj PROPN Morales NNP
        1 ROOT VERB appear VBD
        1 prep ADP before IN
        2 pobj PROPN Tribunal NNP
    """, ("Morales", "appear before", "Tribunal")),
    ("Fauci testified before Congress", """
        1 nsubj PROPN Fauci NNP
        1 ROOT VERB testify VBD
        1 prep ADP before IN
        2 pobj PROPN Congress NNP
    """, ("Fauci", "testify before", "Congress")),
    ("Morales challenged ruling before Supreme Court", """
        1 nsubj PROPN Morales NNP
        1 ROOT VERB challenge VBD
        1 dobj NOUN ruling NN
        1 prep ADP before IN
        5 compound PROPN Supreme NNP
        3 pobj PROPN Court NNP
    """, ("Morales", "challenge ruling before", "Court")),
]


@pytest.mark.parametrize(("sentence", "rows", "wanted"), _BODIES)
def test_a_hearing_body_after_before_is_a_participant(sentence, rows, wanted):
    triples = found(parse(sentence, rows, ents=_ENTS))
    assert wanted in triples, sorted(triples)


def test_before_a_time_stays_a_time():
    doc = parse("Trump met Putin before summit", """
        1 nsubj PROPN Trump NNP
        1 ROOT VERB meet VBD
        1 dobj PROPN Putin NNP
        1 prep ADP before IN
        3 pobj NOUN summit NN
    """, ents=_ENTS)
    assert not any(t.object.text == "summit" for t in all_triples(doc))


REAL_SENTENCES = {
    "a court or hearing body after 'before'": [
        ("Opposition senators say they will challenge the deal before the Constitutional "
         "Tribunal.", [("opposition senators", "challenge before", "Constitutional Tribunal", False,
                        True)], []),
        ("Former president Evo Morales appears before the Constitutional Court.",
         [("Evo Morales", "appear before", "Constitutional Court", False, False)], []),
        ("Fauci testified before the Senate Health Committee.",
         [("Fauci", "testify before", "Senate Health Committee", False, False)], []),
        # guard: a time
        ("Protesters gathered in Caracas before the election.", [],
         [("protesters", "election")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
