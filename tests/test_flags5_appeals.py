"""What an appeal asks an actor to stop doing is only asked for: "Germany calls on Russia to
stop bombing Aleppo" gives Russia -bomb-> Aleppo hedged, not denied, also when the parse
makes the appeal's infinitive a purpose clause ("calls on X to stop" -advcl-> "stop";
:func:`extract.context.unsure_negation` with the appeal verbs of
:data:`~extract.lexicon.APPEAL_VERBS`). A stop that happened is a denial.

(The appeal relation itself, "Germany -call on to stop-> Russia", stays stated: the
annotated summaries list it as hedged, but the wire sets as a stated main triple; a rule
that hedged it was tried and dropped, see the session's report.)
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import unsure_negation

from tests.constructions import cases, check_construction
from tests.docs import parse

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
