"""An -ing word that says a holder is in office is an adjective before the title, never a
verb taking the title's holder as object ([office_participles]): "signed by acting
President Tokayev" is signed by Tokayev; "misconduct by sitting President Trump" is no
act of sitting. A verb of ruling before a place stays a verb ("ruling Syria")."""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import repair_verbs
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, participle index, holder index, the holder's new head)
_READ_AS_VERBS = [
    ("decree signed by acting President Tokayev", """
        1 nsubjpass NOUN decree NN
        1 ROOT VERB sign VBN
        1 agent ADP by IN
        2 pcomp VERB act VBG
        5 compound PROPN President NNP
        3 dobj PROPN Tokayev NNP
    """, 3, 5, "by"),
    ("House investigated misconduct by sitting President Trump", """
        1 nsubj PROPN House NNP
        1 ROOT VERB investigate VBD
        1 dobj NOUN misconduct NN
        1 prep ADP by IN
        3 pcomp VERB sit VBG
        6 compound PROPN President NNP
        4 dobj PROPN Trump NNP
    """, 4, 6, "by"),
    ("Senate rejected outgoing Governor Cuomo", """
        1 nsubj PROPN Senate NNP
        1 ROOT VERB reject VBD
        1 dobj VERB outgo VBG
        4 compound PROPN Governor NNP
        2 dobj PROPN Cuomo NNP
    """, 2, 4, "rejected"),
]


@pytest.mark.parametrize(("sentence", "rows", "participle", "holder", "head"), _READ_AS_VERBS)
def test_an_office_participle_is_an_adjective_of_the_holder(sentence, rows, participle,
                                                            holder, head):
    doc = parse(sentence, rows, ents={"Tokayev": "PERSON", "Trump": "PERSON",
                                      "Cuomo": "PERSON", "House": "ORG", "Senate": "ORG"})
    repair_verbs(doc)
    assert doc[participle].pos_ == "ADJ" and doc[participle].head.i == holder
    assert doc[holder].head.text == head
    # no relation of the participle's own is left
    assert not any(t.predicate.i == participle for t in all_triples(doc))


def test_a_verb_of_ruling_before_a_place_stays_a_verb():
    doc = parse("Assad accused of ruling Syria", """
        1 nsubjpass PROPN Assad NNP
        1 ROOT VERB accuse VBN
        1 prep ADP of IN
        2 pcomp VERB rule VBG
        3 dobj PROPN Syria NNP
    """, ents={"Assad": "PERSON", "Syria": "GPE"})
    repair_verbs(doc)
    assert doc[3].pos_ == "VERB" and doc[4].head.i == 3


REAL_SENTENCES = {
    "an office participle before a title": [
        ("The decree was signed by acting President Kassym-Jomart Tokayev.",
         [("Kassym-Jomart Tokayev", "sign", "decree", False, False)], []),
        ("The House opened an inquiry into misconduct by sitting President Donald Trump.",
         [], [("United States House", "Donald Trump")]),
        ("The bill was vetoed by outgoing Prime Minister Mark Rutte.",
         [("Mark Rutte", "veto", "bill", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
