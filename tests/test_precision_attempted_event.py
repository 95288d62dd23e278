"""An event that an attempted verb would bring about is only attempted: "tried to arrange a
meeting between X and Y" does not say that X and Y met, so the meeting's own triple is
hedged (the verb's triple, "try to arrange meeting", says what was tried and is not). An
event that is there to be acted on is not: a definite or possessed one ("tried to stop
the fighting between X and Y") or one that is ended or prevented. "Working to" do
something is trying to ([attempt_verbs])."""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, entities, index of the event noun, hedged)
_EVENTS = [
    ("Volker tried to arrange a meeting between Zelensky and Trump", """
        1 nsubj PROPN Volker NNP
        1 ROOT VERB try VBD
        3 aux PART to TO
        1 xcomp VERB arrange VB
        5 det DET a DT
        3 dobj NOUN meeting NN
        5 prep ADP between IN
        6 pobj PROPN Zelensky NNP
        7 cc CCONJ and CC
        7 conj PROPN Trump NNP
    """, 5, True),
    ("Egypt worked to organise talks between Israel and Hamas", """
        1 nsubj PROPN Egypt NNP
        1 ROOT VERB work VBD
        3 aux PART to TO
        1 xcomp VERB organise VB
        3 dobj NOUN talk NNS
        4 prep ADP between IN
        5 pobj PROPN Israel NNP
        6 cc CCONJ and CC
        6 conj PROPN Hamas NNP
    """, 4, True),
    ("Turkey attempted to host a summit between Putin and Zelensky", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB attempt VBD
        3 aux PART to TO
        1 xcomp VERB host VB
        5 det DET a DT
        3 dobj NOUN summit NN
        5 prep ADP between IN
        6 pobj PROPN Putin NNP
        7 cc CCONJ and CC
        7 conj PROPN Zelensky NNP
    """, 5, True),
    # guard: a definite event is there to be acted on
    ("Qatar tried to stop the fighting between Israel and Hamas", """
        1 nsubj PROPN Qatar NNP
        1 ROOT VERB try VBD
        3 aux PART to TO
        1 xcomp VERB stop VB
        5 det DET the DT
        3 dobj NOUN fighting NN
        5 prep ADP between IN
        6 pobj PROPN Israel NNP
        7 cc CCONJ and CC
        7 conj PROPN Hamas NNP
    """, 5, False),
    # guard: an arranged meeting took place
    ("Macron arranged a meeting between Putin and Zelensky", """
        1 nsubj PROPN Macron NNP
        1 ROOT VERB arrange VBD
        3 det DET a DT
        1 dobj NOUN meeting NN
        3 prep ADP between IN
        4 pobj PROPN Putin NNP
        5 cc CCONJ and CC
        5 conj PROPN Zelensky NNP
    """, 3, False),
]

_ENTS = {"Volker": "PERSON", "Zelensky": "PERSON", "Trump": "PERSON", "Egypt": "GPE",
         "Israel": "GPE", "Hamas": "ORG", "Turkey": "GPE", "Putin": "PERSON",
         "Qatar": "GPE", "Macron": "PERSON"}


@pytest.mark.parametrize(("sentence", "rows", "noun", "hedged"), _EVENTS)
def test_an_attempted_event_is_hedged(sentence, rows, noun, hedged):
    doc = parse(sentence, rows, ents=_ENTS)
    assert modality(doc[noun]).hedged is hedged


def test_the_attempt_itself_is_stated():
    doc = parse("Russia tried to seize Kyiv", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB try VBD
        3 aux PART to TO
        1 xcomp VERB seize VB
        3 dobj PROPN Kyiv NNP
    """, ents={"Russia": "GPE", "Kyiv": "GPE"})
    assert not modality(doc[3]).hedged


REAL_SENTENCES = {
    "an event an attempted verb would bring about": [
        ("Volker tried to arrange a meeting between Zelensky and Trump.",
         [("Zelensky", "meet", "Trump", False, True),
          ("Trump", "meet", "Zelensky", False, True)], []),
        ("Egypt tried to organise talks between Israel and Hamas.",
         [("Israel", "talk", "Hamas", False, True),
          ("Hamas", "talk", "Israel", False, True)], []),
        ("Norway worked to arrange a meeting between Israel and Hamas.",
         [("Israel", "meet", "Hamas", False, True),
          ("Hamas", "meet", "Israel", False, True)], []),
        ("Qatar tried to stop the fighting between Israel and Hamas.",
         [("Israel", "fight", "Hamas", False, False),
          ("Hamas", "fight", "Israel", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
