"""An infinitive of purpose right after a body or people that were set up, hired or sent
to do it says what they are to do, not what the one who set them up does: "agreed to set
up a committee to monitor production" gave "Ministers | monitor | production", "asks the
Secretary-General to send observers to verify the ceasefire" gave "Secretary-General |
verify | ceasefire". Troops and forces, who act for their state, keep the state as the
doer ("Egypt sent troops to secure the border")."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_labels
from tests.docs import parse


def pairs(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


#: (sentence, rows, entities, the infinitive's object)
_DELEGATED = [
    ("Exxon set up a committee to monitor output", """
        1 nsubj PROPN Exxon NNP
        1 ROOT VERB set VBD
        1 prt ADP up RP
        4 det DET a DT
        1 dobj NOUN committee NN
        6 aux PART to TO
        1 advcl VERB monitor VB
        6 dobj NOUN output NN
    """, {"Exxon": "ORG"}, "output"),
    ("Shell hired consultants to review refineries", """
        1 nsubj PROPN Shell NNP
        1 ROOT VERB hire VBD
        1 dobj NOUN consultant NNS
        4 aux PART to TO
        1 advcl VERB review VB
        4 dobj NOUN refinery NNS
    """, {"Shell": "ORG"}, "refineries"),
    ("Waldheim sent observers to verify the truce", """
        1 nsubj PROPN Waldheim NNP
        1 ROOT VERB send VBD
        1 dobj NOUN observer NNS
        4 aux PART to TO
        1 advcl VERB verify VB
        6 det DET the DT
        4 dobj NOUN truce NN
    """, {"Waldheim": "PERSON"}, "truce"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "obj"), _DELEGATED)
def test_the_setter_up_is_not_the_doer(sentence, rows, ents, obj):
    found = pairs(parse(sentence, rows, ents=ents))
    assert not any(o == obj for _, _, o in found), found


#: guards: (sentence, rows, entities, the triple that stays)
_KEPT = [
    ("Egypt sent troops to secure the border", """
        1 nsubj PROPN Egypt NNP
        1 ROOT VERB send VBD
        1 dobj NOUN troop NNS
        4 aux PART to TO
        1 advcl VERB secure VB
        6 det DET the DT
        4 dobj NOUN border NN
    """, {"Egypt": "GPE"}, ("Egypt", "secure", "border")),
    ("Exxon cut prices to win customers", """
        1 nsubj PROPN Exxon NNP
        1 ROOT VERB cut VBD
        1 dobj NOUN price NNS
        4 aux PART to TO
        1 advcl VERB win VB
        4 dobj NOUN customer NNS
    """, {"Exxon": "ORG"}, ("Exxon", "win", "customers")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "kept"), _KEPT)
def test_other_purposes_keep_the_subject(sentence, rows, ents, kept):
    assert kept in pairs(parse(sentence, rows, ents=ents))


DELEGATED_PURPOSE = {
    "a body or people set up to do it": [
        ("OPEC ministers agreed to set up a committee to monitor production.",
         [("Organization of Petroleum Exporting Countries", "agree to set up", "committee")],
         [("Organization of Petroleum Exporting Countries", "production")]),
        ("The Security Council asked Kurt Waldheim to send observers to verify the truce.",
         [("Kurt Waldheim", "send", "observers")], [("Kurt Waldheim", "truce")]),
        ("Shell hired a consultant to review its refineries.",
         [("Shell", "hire", "consultant")], [("Shell", "refineries")]),
        ("Exxon named a team of experts to study the spill.",
         [("Exxon", "name", "experts")], [("Exxon", "spill")]),
    ],
    "guards: troops, envoys and plain purposes": [
        ("Egypt sent troops to secure the border with Libya.",
         [("Egypt", "secure", "border")], []),
        ("Iran sent envoys to Baghdad to discuss the truce.",
         [("Iran", "discuss", "truce")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(DELEGATED_PURPOSE))
def test_delegated_purpose_on_the_model(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
