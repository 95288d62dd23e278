"""A core argument that is "not a single" or "not one" of its kind negates its clause.

"Not a single suspect has been arrested by Mexican police", "Not one refugee is accepted
by Poland": no arrest, no acceptance, as with "no suspect" (the "not" hangs on the noun or
on its "one" in the parse). Not "not all", "not only", "not one but three", which leave
some (:func:`extract.rules.base.not_one`).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.rules.base import is_negated

from tests.constructions import cases, check_construction
from tests.docs import parse


def test_not_a_single_subject_negates_the_passive():
    doc = parse("Not a single suspect was arrested by police", """
        3 neg PART not RB
        3 det DET a DT
        3 amod ADJ single JJ
        5 nsubjpass NOUN suspect NN
        5 auxpass AUX be VBD
        5 ROOT VERB arrest VBN
        5 agent ADP by IN
        6 pobj NOUN police NNS
    """)
    assert is_negated(doc[5])


def test_not_one_on_the_number_negates_the_clause():
    doc = parse("Not one refugee is accepted by Poland", """
        1 neg PART not RB
        2 nummod NUM one CD
        4 nsubjpass NOUN refugee NN
        4 auxpass AUX be VBZ
        4 ROOT VERB accept VBN
        4 agent ADP by IN
        5 pobj PROPN Poland NNP
    """)
    assert is_negated(doc[4])


def test_not_a_single_object_negates_the_clause():
    doc = parse("Russia recognises not a single passport", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB recognise VBZ
        5 neg PART not RB
        5 det DET a DT
        5 amod ADJ single JJ
        1 dobj NOUN passport NN
    """)
    assert is_negated(doc[1])


def test_guard_not_all_leaves_some():
    doc = parse("Not all refugees are accepted by Poland", """
        1 neg PART not RB
        2 det DET all DT
        4 nsubjpass NOUN refugee NNS
        4 auxpass AUX be VBP
        4 ROOT VERB accept VBN
        4 agent ADP by IN
        5 pobj PROPN Poland NNP
    """)
    assert not is_negated(doc[4])


def test_guard_not_one_but_three():
    doc = parse("Israel kills not one but three commanders", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB kill VBZ
        3 neg PART not RB
        6 nummod NUM one CD
        3 cc CCONJ but CC
        3 conj NUM three CD
        1 dobj NOUN commander NNS
    """)
    assert not is_negated(doc[1])


_NOT_ONE = {
    "not a single / not one on a core argument": [
        ("Not a single suspect has been arrested by Mexican police.",
         [("Mexico", "arrest", "not single suspect", True, False)], []),
        ("Not one refugee is accepted by Poland.",
         [("Poland", "accept", "not refugee", True, False)], []),
        ("Not one Western leader attends the inauguration of Nicolas Maduro.",
         [("not Western leader", "attend inauguration", "Nicolas Maduro", True, False)], []),
    ],
    "guard: some are left": [
        ("Israel kills not one but three Hamas commanders in Gaza.",
         [("Israel", "kill", "Hamas", False, False)], []),
        ("Not only Russia but also China blocks the resolution.",
         [("Russia", "block", "resolution", False, False),
          ("China", "block", "resolution", False, False)], []),
        ("Not all refugees are accepted by Poland.",
         [("Poland", "accept", "not refugees", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_NOT_ONE))
def test_not_one_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
