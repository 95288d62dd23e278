"""A clause that an indefinite claim noun after a comma labels as a claim is hedged:
"Azerbaijan says Armenian troops shelled Tartar, a claim Yerevan denies", "Russian jets
bombed a hospital in Idlib, a charge the Kremlin denies" ([labelling_claim_nouns]). What
follows the label is not labelled ("..., a claim Ukraine denies, and Ukraine struck
Belgorod"), nor is a charge the clause itself makes ("prosecutors charged X with bribery,
a charge he denies"), an act that is named otherwise ("..., an act Moscow called a stab in
the back") or a clause with no comma before the noun. When the label's verb denies it, the
clause is still only hedged, disputed (tests/test_denied_claim_labels.py)."""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, index of the predicate, hedged)
_CLAIMS = [
    ("Russia bombed Idlib , a claim Moscow denies", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB bomb VBD
        1 dobj PROPN Idlib NNP
        1 punct PUNCT , ,
        5 det DET a DT
        1 appos NOUN claim NN
        7 nsubj PROPN Moscow NNP
        5 relcl VERB deny VBZ
    """, 1, True),
    ("Kyiv says Russia shelled Kherson , an accusation Moscow rejects", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB say VBZ
        3 nsubj PROPN Russia NNP
        1 ccomp VERB shell VBD
        3 dobj PROPN Kherson NNP
        4 punct PUNCT , ,
        7 det DET an DT
        4 appos NOUN accusation NN
        9 nsubj PROPN Moscow NNP
        7 relcl VERB reject VBZ
    """, 3, True),
    ("Israel killed Haniyeh , a claim Israel has not confirmed", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB kill VBD
        1 dobj PROPN Haniyeh NNP
        1 punct PUNCT , ,
        5 det DET a DT
        1 dobj NOUN claim NN
        9 nsubj PROPN Israel NNP
        9 aux AUX have VBZ
        9 neg PART not RB
        5 relcl VERB confirm VBN
    """, 1, True),
    # guards: a charge the clause makes; another noun; no comma; the definite "the claim"
    ("Prosecutors charged Menendez with bribery , a charge he denies", """
        1 nsubj NOUN prosecutor NNS
        1 ROOT VERB charge VBD
        1 dobj PROPN Menendez NNP
        1 prep ADP with IN
        3 pobj NOUN bribery NN
        4 punct PUNCT , ,
        7 det DET a DT
        4 appos NOUN charge NN
        9 nsubj PRON he PRP
        7 relcl VERB deny VBZ
    """, 1, False),
    ("Turkey downed a jet , an act Moscow condemned", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB down VBD
        3 det DET a DT
        1 dobj NOUN jet NN
        3 punct PUNCT , ,
        6 det DET an DT
        3 appos NOUN act NN
        8 nsubj PROPN Moscow NNP
        6 relcl VERB condemn VBD
    """, 1, False),
    ("Russia bombed Idlib in the claim period", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB bomb VBD
        1 dobj PROPN Idlib NNP
        1 prep ADP in IN
        6 det DET the DT
        6 compound NOUN claim NN
        3 pobj NOUN period NN
    """, 1, False),
]


@pytest.mark.parametrize(("text", "rows", "predicate", "hedged"), _CLAIMS,
                         ids=[c[0] for c in _CLAIMS])
def test_labelled_claim(text, rows, predicate, hedged):
    assert modality(parse(text, rows)[predicate]).hedged is hedged


LABELLED = {
    "a clause labelled a claim after a comma is hedged, also when the label's verb denies it": [
        ("Azerbaijan says Armenian troops shelled Tartar, a claim Yerevan denies.",
         [("Armenia", "shell", "Tartar", False, True)], []),
        ("Russian jets bombed a hospital in Idlib, a charge the Kremlin denies.",
         [("Russia", "bomb", "hospital in Idlib", False, True)], []),
        ("Ukraine says Russian forces executed civilians in Bucha, an accusation Moscow "
         "rejects.", [("Russia", "execute", "civilians", False, True)], []),
    ],
    "guards: after the label, a charge made, another noun": [
        ("Russia attacked Kyiv, a claim that Ukraine denies, and Ukraine struck Belgorod.",
         [("Ukraine", "strike", "Belgorod", False, False)], []),
        ("Prosecutors charged Menendez with bribery, a charge he denies.",
         [("prosecutors", "charge", "Menendez", False, False)], []),
        ("Turkey shot down a Russian jet, an act Moscow called a stab in the back.",
         [("Turkey", "shoot down", "Russian jet", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(LABELLED))
def test_labelled_claims(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
