"""What a denied intention was to do is negated: "Russia denied any plans to attack
Ukraine", "Tehran denies plans to send troops to Syria", "denied any intention of invading
Syria" (the denier holds the plan it denies: [denied_intention_verbs]); a plan a critic
rejects is nobody's here ("rejected plans to build a fence"), and one not denied stays
only planned."""

from __future__ import annotations

import pytest
from actorgraph.extract.rules.complements import intention_holders

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, index of the infinitive, (holders, negated) or None)
_PLANS = [
    ("Russia denied any plans to attack Ukraine", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB deny VBD
        3 det DET any DT
        1 dobj NOUN plan NNS
        5 aux PART to TO
        3 acl VERB attack VB
        5 dobj PROPN Ukraine NNP
    """, 5, (["Russia"], True)),
    ("Tehran denies plans to send troops", """
        1 nsubj PROPN Tehran NNP
        1 ROOT VERB deny VBZ
        1 dobj NOUN plan NNS
        4 aux PART to TO
        2 acl VERB send VB
        4 dobj NOUN troop NNS
    """, 4, (["Tehran"], True)),
    ("Ankara denied any intention of invading Syria", """
        1 nsubj PROPN Ankara NNP
        1 ROOT VERB deny VBD
        3 det DET any DT
        1 dobj NOUN intention NN
        3 prep ADP of IN
        4 pcomp VERB invade VBG
        5 dobj PROPN Syria NNP
    """, 5, (["Ankara"], True)),
    # guards: a denial itself denied; a plan announced; a critic's rejection
    ("Israel did not deny plans to strike Iran", """
        3 nsubj PROPN Israel NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB deny VB
        3 dobj NOUN plan NNS
        6 aux PART to TO
        4 acl VERB strike VB
        6 dobj PROPN Iran NNP
    """, 6, (["Israel"], False)),
    ("Siemens announced plans to buy Altair", """
        1 nsubj PROPN Siemens NNP
        1 ROOT VERB announce VBD
        1 dobj NOUN plan NNS
        4 aux PART to TO
        2 acl VERB buy VB
        4 dobj PROPN Altair NNP
    """, 4, (["Siemens"], False)),
    ("Greece rejected plans to build a fence", """
        1 nsubj PROPN Greece NNP
        1 ROOT VERB reject VBD
        1 dobj NOUN plan NNS
        4 aux PART to TO
        2 acl VERB build VB
        6 det DET a DT
        4 dobj NOUN fence NN
    """, 4, None),
]


@pytest.mark.parametrize(("text", "rows", "verb", "expected"), _PLANS,
                         ids=[p[0] for p in _PLANS])
def test_intention_holders(text, rows, verb, expected):
    held = intention_holders(parse(text, rows)[verb])
    if expected is None:
        assert held is None
    else:
        _, holders, negated = held
        assert ([t.text for t in holders], negated) == expected


DENIED = {
    "a denied plan's act is negated": [
        ("Tehran denies plans to send ground forces to Syria.",
         [("Tehran", "plan to send to", "Syria", True, False)], []),
        ("Russia denied any plans to attack Ukraine.",
         [("Russia", "plan to attack", "Ukraine", True, False)], []),
        ("Turkey denied any intention of invading Syria.",
         [("Turkey", "intention to invade", "Syria", True, False)], []),
    ],
    "guards: not denied, or a critic's": [
        ("Israel did not deny plans to strike Iran.",
         [("Israel", "plan to strike", "Iran", False, True)], []),
        ("Greece rejected plans to build a fence on the border with Turkey.",
         [], [("Greece", "Turkey")]),
        ("Siemens announced plans to buy Altair Engineering.",
         [("Siemens", "plan to buy", "Altair Engineering", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(DENIED))
def test_denied_plans(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
