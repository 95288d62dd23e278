"""A perfect participle adjunct ("having deposed X") hung on an infinitive of purpose or
intention says what was done before, not what is intended: "Sanha went on radio to
announce a council, having deposed the president hours earlier" states the deposing.
The clause the infinitive belongs to still hedges it ("Iran reportedly sent envoys to seek
talks, having expelled the ambassador").

The sentences were written for these tests (none is from an evaluation set or an audit
sheet).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality

from tests.constructions import cases, check_construction
from tests.docs import parse

_DONE_BEFORE = [
    # (sentence, rows, index of the perfect participle)
    ("Sanha went on radio to announce a council , having deposed Co", """
        1 nsubj PROPN Sanha NNP
        1 ROOT VERB go VBD
        1 prep ADP on IN
        2 pobj NOUN radio NN
        5 aux PART to TO
        1 advcl VERB announce VB
        7 det DET a DT
        5 dobj NOUN council NN
        5 punct PUNCT , ,
        10 aux AUX have VBG
        5 advcl VERB depose VBN
        10 dobj PROPN Co NNP
    """, 10),
    ("Iran plans to leave Gaza , having destroyed tunnels", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB plan VBZ
        3 aux PART to TO
        1 xcomp VERB leave VB
        3 dobj PROPN Gaza NNP
        3 punct PUNCT , ,
        7 aux AUX have VBG
        3 advcl VERB destroy VBN
        7 dobj NOUN tunnel NNS
    """, 7),
    ("Kohl flew to Paris to sign the pact , having won the vote", """
        1 nsubj PROPN Kohl NNP
        1 ROOT VERB fly VBD
        1 prep ADP to IN
        2 pobj PROPN Paris NNP
        5 aux PART to TO
        1 advcl VERB sign VB
        7 det DET the DT
        5 dobj NOUN pact NN
        5 punct PUNCT , ,
        10 aux AUX have VBG
        5 advcl VERB win VBN
        12 det DET the DT
        10 dobj NOUN vote NN
    """, 10),
]


@pytest.mark.parametrize(("sentence", "rows", "at"), _DONE_BEFORE,
                         ids=[r[0][:24] for r in _DONE_BEFORE])
def test_a_perfect_participle_on_an_infinitive_is_not_intended(sentence, rows, at):
    doc = parse(sentence, rows)
    assert not modality(doc[at]).hedged


def test_guard_a_present_participle_on_an_infinitive_is_as_intended():
    # "to announce a council, naming X": the naming is part of the purpose
    doc = parse("Sanha went on radio to announce a council , naming Co", """
        1 nsubj PROPN Sanha NNP
        1 ROOT VERB go VBD
        1 prep ADP on IN
        2 pobj NOUN radio NN
        5 aux PART to TO
        1 advcl VERB announce VB
        7 det DET a DT
        5 dobj NOUN council NN
        5 punct PUNCT , ,
        5 advcl VERB name VBG
        9 dobj PROPN Co NNP
    """)
    assert modality(doc[9]).hedged


def test_guard_the_clause_above_the_infinitive_still_hedges():
    doc = parse("Iran reportedly went to Riyadh to seek talks , having expelled Saud", """
        2 nsubj PROPN Iran NNP
        2 advmod ADV reportedly RB
        2 ROOT VERB go VBD
        2 prep ADP to IN
        3 pobj PROPN Riyadh NNP
        6 aux PART to TO
        2 advcl VERB seek VB
        6 dobj NOUN talk NNS
        6 punct PUNCT , ,
        10 aux AUX have VBG
        6 advcl VERB expel VBN
        10 dobj PROPN Saud NNP
    """)
    assert modality(doc[10]).hedged


TABLE = {
    "a perfect participle on an infinitive is stated": [
        ("Colonel Bacar Sanhá went on national radio on Friday to announce a transitional "
         "military council, having deposed President Fernando Có hours earlier.",
         [("Bacar Sanhá", "depose", "Fernando Có", False, False)], []),
    ],
    "guard: a hedge above the infinitive": [
        ("Iran reportedly sent envoys to Riyadh to seek talks, having expelled the Saudi "
         "ambassador.", [("Iran", "expel", "Saudi ambassador", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(TABLE))
def test_done_before_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
