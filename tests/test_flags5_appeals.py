"""An appeal to an actor to do something is hedged: the event-summary guidelines list the
relation from who appeals to whom it asks ("the UN calls on the RSF to allow aid convoys
through": UN -call|allow|urge-> RSF) with what is asked, which has not happened
(:func:`extract.context.asked_of`). An appeal with no act asked for, an order, a question
and a name ("called the process a coup") stay stated."""

from __future__ import annotations

import pytest
from actorgraph.extract.context import asked_of, unsure_negation

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, index of the appeal, index of the object, asked of it)
_APPEALS = [
    ("Egypt calls on Hamas to release hostages", """
        1 nsubj PROPN Egypt NNP
        1 ROOT VERB call VBZ
        1 prep ADP on IN
        2 pobj PROPN Hamas NNP
        5 aux PART to TO
        1 xcomp VERB release VB
        5 dobj NOUN hostage NNS
    """, 1, 3, True),
    ("Norway urged Sudan to open the border", """
        1 nsubj PROPN Norway NNP
        1 ROOT VERB urge VBD
        1 dobj PROPN Sudan NNP
        4 aux PART to TO
        1 xcomp VERB open VB
        6 det DET the DT
        4 dobj NOUN border NN
    """, 1, 2, True),
    ("Chile demanded that Peru withdraw its troops", """
        1 nsubj PROPN Chile NNP
        1 ROOT VERB demand VBD
        4 mark SCONJ that IN
        4 nsubj PROPN Peru NNP
        1 ccomp VERB withdraw VB
        6 poss PRON its PRP$
        4 dobj NOUN troop NNS
    """, 1, 3, True),
    ("Kenya appealed to Uganda to free the activists", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB appeal VBD
        1 prep ADP to IN
        2 pobj PROPN Uganda NNP
        5 aux PART to TO
        1 advcl VERB free VB
        7 det DET the DT
        5 dobj NOUN activist NNS
    """, 1, 3, True),
    ("Chile called for Peru to withdraw", """
        1 nsubj PROPN Chile NNP
        1 ROOT VERB call VBD
        5 mark SCONJ for IN
        5 nsubj PROPN Peru NNP
        5 aux PART to TO
        1 advcl VERB withdraw VB
    """, 1, 3, True),
    ("Ankara demands the extradition of Gulen from Washington", """
        1 nsubj PROPN Ankara NNP
        1 ROOT VERB demand VBZ
        3 det DET the DT
        1 dobj NOUN extradition NN
        3 prep ADP of IN
        4 pobj PROPN Gulen NNP
        3 prep ADP from IN
        6 pobj PROPN Washington NNP
    """, 1, 7, True),
    # guards: no act asked for; an order; a question; a name; a halt called; the appealer;
    # a "from" with nothing asked ("Egypt received a loan from X" is no appeal either)
    ("Iran requested from Iraq", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB request VBD
        1 prep ADP from IN
        2 pobj PROPN Iraq NNP
    """, 1, 3, False),
    ("Obama urged Netanyahu on Monday", """
        1 nsubj PROPN Obama NNP
        1 ROOT VERB urge VBD
        1 dobj PROPN Netanyahu NNP
        1 prep ADP on IN
        3 pobj PROPN Monday NNP
    """, 1, 2, False),
    ("Peru ordered Chile to withdraw", """
        1 nsubj PROPN Peru NNP
        1 ROOT VERB order VBD
        1 dobj PROPN Chile NNP
        4 aux PART to TO
        1 xcomp VERB withdraw VB
    """, 1, 2, False),
    ("Trump asked why Biden did not act", """
        1 nsubj PROPN Trump NNP
        1 ROOT VERB ask VBD
        6 advmod ADV why WRB
        6 nsubj PROPN Biden NNP
        6 aux AUX do VBD
        6 neg PART not RB
        1 ccomp VERB act VB
    """, 1, 3, False),
    ("Spano called the inquiry a coup to unseat Trump", """
        1 nsubj PROPN Spano NNP
        1 ROOT VERB call VBD
        3 det DET the DT
        1 dobj NOUN inquiry NN
        5 det DET a DT
        1 oprd NOUN coup NN
        7 aux PART to TO
        1 advcl VERB unseat VB
        7 dobj PROPN Trump NNP
    """, 1, 3, False),
    ("Zinichev called a halt to rescue work", """
        1 nsubj PROPN Zinichev NNP
        1 ROOT VERB call VBD
        3 det DET a DT
        1 dobj NOUN halt NN
        5 aux PART to TO
        1 xcomp VERB rescue VB
        5 dobj NOUN work NN
    """, 1, 3, False),
    ("Egypt calls on Hamas to release hostages", """
        1 nsubj PROPN Egypt NNP
        1 ROOT VERB call VBZ
        1 prep ADP on IN
        2 pobj PROPN Hamas NNP
        5 aux PART to TO
        1 xcomp VERB release VB
        5 dobj NOUN hostage NNS
    """, 1, 0, False),
]


@pytest.mark.parametrize(("text", "rows", "appeal", "obj", "expected"), _APPEALS,
                         ids=[f"{a[0]} ({a[3]})" for a in _APPEALS])
def test_asked_of(text, rows, appeal, obj, expected):
    doc = parse(text, rows)
    assert asked_of(doc[appeal], doc[obj]) is expected


APPEALS = {
    "an appeal to an actor to act is hedged": [
        ("Sudan's army calls on the African Union to send peacekeepers to Darfur.",
         [("Sudan", "call on", "African Union", False, True),
          ("African Union", "send", "Darfur", False, True)], []),
        ("The Arab League urged Iraq to release the detained Kuwaiti diplomats.",
         [("Arab League", "urge", "Iraq", False, True)], []),
        ("Ghana calls on Togo to hand over the suspects.",
         [("Ghana", "call on", "Togo", False, True)], []),
        ("Kazakhstan demands that Russia return the seized cargo ships.",
         [("Kazakhstan", "demand", "Russia", False, True)], []),
        ("The Security Council called for Israel to halt settlement construction.",
         [("UN Security Council", "call for", "Israel", False, True)], []),
        ("Turkey demands the extradition of Fethullah Gulen from the United States.",
         [("Turkey", "demand", "United States", False, True)], []),
    ],
}

GUARDS = {
    "an appeal with no act, an order, a question, a naming stay stated": [
        ("Finland urged Estonia on Tuesday.",
         [("Finland", "urge", "Estonia", False, False)], []),
        ("The court ordered Israel to withdraw from the village.",
         [("court", "order", "Israel", False, False)], []),
        ("Greece asks the European Union for emergency aid for its islands.",
         [("Greece", "ask", "European Union", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(APPEALS, GUARDS))
def test_appeals(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


#: (sentence, rows, index of the predicate, the negating word or None)
_STOPS = [
    # the parse makes the appeal's infinitive a purpose clause: the stop is only asked for
    ("Egypt calls on Israel to stop bombing Gaza", """
        1 nsubj PROPN Egypt NNP
        1 ROOT VERB call VBZ
        1 prep ADP on IN
        2 pobj PROPN Israel NNP
        5 aux PART to TO
        1 advcl VERB stop VB
        5 xcomp VERB bomb VBG
        6 dobj PROPN Gaza NNP
    """, 6, "stop"),
    ("Qatar appealed to Iran to stop arming the Houthis", """
        1 nsubj PROPN Qatar NNP
        1 ROOT VERB appeal VBD
        1 prep ADP to IN
        2 pobj PROPN Iran NNP
        5 aux PART to TO
        1 advcl VERB stop VB
        5 xcomp VERB arm VBG
        8 det DET the DT
        6 dobj PROPN Houthis NNPS
    """, 6, "stop"),
    ("Turkey called on Sweden to stop harbouring militants", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB call VBD
        1 prep ADP on IN
        2 pobj PROPN Sweden NNP
        5 aux PART to TO
        1 xcomp VERB stop VB
        5 xcomp VERB harbour VBG
        6 dobj NOUN militant NNS
    """, 6, "stop"),
    # guards: a stop that happened, for a purpose; a purpose clause of another verb
    ("Russia stopped bombing Aleppo to allow convoys in", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB stop VBD
        1 xcomp VERB bomb VBG
        2 dobj PROPN Aleppo NNP
        5 aux PART to TO
        1 advcl VERB allow VB
        5 dobj NOUN convoy NNS
        5 prt ADP in RP
    """, 2, None),
    ("Chad sent troops to stop arming rebels", """
        1 nsubj PROPN Chad NNP
        1 ROOT VERB send VBD
        1 dobj NOUN troop NNS
        4 aux PART to TO
        1 advcl VERB stop VB
        4 xcomp VERB arm VBG
        5 dobj NOUN rebel NNS
    """, 5, None),
]


@pytest.mark.parametrize(("text", "rows", "predicate", "negator"), _STOPS,
                         ids=[s[0] for s in _STOPS])
def test_an_appeal_to_stop_is_no_denial(text, rows, predicate, negator):
    found = unsure_negation(parse(text, rows)[predicate])
    assert (found.text if found is not None else None) == negator


STOPS = {
    "an appeal to stop doing something: the doing is hedged, not denied": [
        ("Germany calls on Russia to stop bombing rebel positions in Aleppo.",
         [("Russia", "bomb", "rebel positions", False, True)], []),
        ("The Pope appealed to Israel to stop shelling Gaza.",
         [("Israel", "shell", "Gaza", False, True)], []),
        ("Ankara called on Stockholm to stop harbouring Kurdish militants.",
         [("Stockholm", "harbour", "Kurdish militants", False, True)], []),
    ],
    "guards: a stop that happened is a denial": [
        ("Russia stopped bombing Aleppo to allow aid convoys in.",
         [("Russia", "bomb", "Aleppo", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(STOPS))
def test_appeals_to_stop(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
