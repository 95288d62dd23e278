"""The gerund of a denied charge: "X denies allegations / accusations / charges of V-ing Y".

"Iran denies allegations of arming the Houthis", "the Philippines rejected China's
accusations of ramming a Chinese vessel", "Moscow dismissed charges of spying on
Germany": the one who denies is who is said to have done it, and the act is denied
(negated, as "denied allegations that it armed X" is;
:func:`extract.context.charge_denier`), and, since session 46, still alleged: hedged too
(:func:`extract.context.accused_denial`). Guards: a negated or open denial ("did not deny
allegations of V-ing", "neither confirmed nor denied reports of V-ing"), a charge that is
faced ("faces allegations of V-ing": hedged), an accusation ("accused X of V-ing").
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import charge_denier
from actorgraph.extract.rules.base import is_negated

from tests.constructions import cases, check_construction
from tests.docs import parse


def test_denied_allegations_of_a_gerund():
    doc = parse("Iran denies allegations of arming Houthis", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB deny VBZ
        1 dobj NOUN allegation NNS
        2 prep ADP of IN
        3 pcomp VERB arm VBG
        4 dobj PROPN Houthis NNPS
    """)
    assert charge_denier(doc[4]) == doc[1]
    assert is_negated(doc[4])
    assert not is_negated(doc[1])


def test_possessed_charge_and_a_coordinated_gerund():
    doc = parse("Moscow rejected Berlin 's charges of spying and bribing officials", """
        1 nsubj PROPN Moscow NNP
        1 ROOT VERB reject VBD
        4 poss PROPN Berlin NNP
        2 case PART 's POS
        1 dobj NOUN charge NNS
        4 prep ADP of IN
        5 pobj VERB spy VBG
        6 cc CCONJ and CC
        6 conj VERB bribe VBG
        8 dobj NOUN official NNS
    """)
    assert charge_denier(doc[6]) == doc[1]
    assert charge_denier(doc[8]) == doc[1]


def test_guard_a_negated_denial():
    doc = parse("Iran did not deny allegations of arming Houthis", """
        3 nsubj PROPN Iran NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB deny VB
        3 dobj NOUN allegation NNS
        4 prep ADP of IN
        5 pcomp VERB arm VBG
        6 dobj PROPN Houthis NNPS
    """)
    assert charge_denier(doc[6]) is None


def test_guard_a_faced_charge():
    doc = parse("Iran faces allegations of arming Houthis", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB face VBZ
        1 dobj NOUN allegation NNS
        2 prep ADP of IN
        3 pcomp VERB arm VBG
        4 dobj PROPN Houthis NNPS
    """)
    assert charge_denier(doc[4]) is None
    assert not is_negated(doc[4])


_DENIED_CHARGES = {
    "denies / rejects / dismisses (Y's) allegations / charges / claims of V-ing": [
        ("Iran denies allegations of arming the Houthis.",
         [("Iran", "arm", "Houthis", True, True)], []),
        ("The Philippines denies China's allegations of ramming a Chinese vessel.",
         [("Philippines", "ram", "Chinese vessel", True, True)], [("China", "Chinese vessel")]),
        ("Ukraine rejected Moscow's claims of attacking the Kursk nuclear plant.",
         [("Ukraine", "attack", "Kursk nuclear plant", True, True)], []),
        ("Russia denied accusations of spying for China.",
         [("Russia", "spy for", "China", True, True)], []),
        ("Sudan's army dismissed claims of bombing the market in El Fasher.",
         [("Sudan", "bomb", "market in El Fasher", True, True)], []),
    ],
    "guard: faced, accused or not denied": [
        ("Pakistan faces allegations of arming the Taliban.",
         [("Pakistan", "arm", "Taliban", False, True)], []),
        ("Israel accused Hamas of using civilians as human shields.",
         [("Hamas", "use", "civilians", False, True)], []),
        ("Police arrested Amri on suspicion of helping the Islamic State.",
         [("Amri", "help", "Islamic State", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_DENIED_CHARGES))
def test_denied_charges_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
