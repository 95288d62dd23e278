"""Acts of the claimant or the ruling body that the parse hung on the clause it claims or
rules are stated, not as hedged as that clause.

- "without" + a gerund of proof on a claimed clause ("Iran claimed that Israel had
  sabotaged the plant, without providing any evidence"): the claimant gives no proof
  (:func:`extract.rules.base.proof_withheld` already makes it the subject); that it gives
  none is a fact of the report, not part of the claim (negated, not hedged).
- an -ing adjunct on a ruled clause that the ruling does ("the court ruled that the state
  may hold the vote, overturning a decision of the high court",
  :func:`extract.rules.base.ruling_of_adjunct`): the modal of what is ruled does not
  qualify the overturning; not when the ruled clause is future ("decided that troops will
  withdraw, handing control to X": still to come) nor when the adjunct goes with a named
  subject of the ruled clause ("ruled that Apple may sell the phones, rejecting
  Samsung's claim": Apple's, as hedged as its selling).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, index of the predicate, hedged)
_CLAUSES = [
    ("Iran claimed Israel sabotaged the plant , without providing evidence", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB claim VBD
        3 nsubj PROPN Israel NNP
        1 ccomp VERB sabotage VBD
        5 det DET the DT
        3 dobj NOUN plant NN
        3 punct PUNCT , ,
        3 prep ADP without IN
        7 pcomp VERB provide VBG
        8 dobj NOUN evidence NN
    """, 8, False),
    # the claimed act itself stays hedged
    ("Iran claimed Israel sabotaged the plant , without providing evidence", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB claim VBD
        3 nsubj PROPN Israel NNP
        1 ccomp VERB sabotage VBD
        5 det DET the DT
        3 dobj NOUN plant NN
        3 punct PUNCT , ,
        3 prep ADP without IN
        7 pcomp VERB provide VBG
        8 dobj NOUN evidence NN
    """, 3, True),
    # guard: "without" + a gerund that is no proof stays in the claim
    ("Iran claimed Israel attacked the dam , without warning civilians", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB claim VBD
        3 nsubj PROPN Israel NNP
        1 ccomp VERB attack VBD
        5 det DET the DT
        3 dobj NOUN dam NN
        3 punct PUNCT , ,
        3 prep ADP without IN
        7 pcomp VERB warn VBG
        8 dobj NOUN civilian NNS
    """, 8, True),
    ("Court ruled that officials may use boxes , overturning the ban", """
        1 nsubj PROPN Court NNP
        1 ROOT VERB rule VBD
        5 mark SCONJ that IN
        5 nsubj NOUN official NNS
        5 aux AUX may MD
        1 ccomp VERB use VB
        5 dobj NOUN box NNS
        5 punct PUNCT , ,
        5 advcl VERB overturn VBG
        10 det DET the DT
        8 dobj NOUN ban NN
    """, 8, False),
    # guard: a future ruled clause keeps its adjunct to come
    ("Cabinet decided that troops will leave , handing control to Kabul", """
        1 nsubj PROPN Cabinet NNP
        1 ROOT VERB decide VBD
        5 mark SCONJ that IN
        5 nsubj NOUN troop NNS
        5 aux AUX will MD
        1 ccomp VERB leave VB
        5 punct PUNCT , ,
        5 advcl VERB hand VBG
        7 dobj NOUN control NN
        7 prep ADP to IN
        9 pobj PROPN Kabul NNP
    """, 7, True),
]


@pytest.mark.parametrize(("text", "rows", "predicate", "hedged"), _CLAUSES,
                         ids=[f"{c[0]} [{c[2]}]" for c in _CLAUSES])
def test_own_act_not_hedged(text, rows, predicate, hedged):
    ents = {"Court": "ORG"} if text.startswith("Court") else None
    doc = parse(text, rows, ents=ents)
    assert modality(doc[predicate]).hedged is hedged


OWN_ACTS = {
    "'without providing evidence' on a claim: the claimant's omission, stated": [
        ("Iran claimed that Israel had sabotaged the Natanz plant, without providing any "
         "evidence.",
         [("Iran", "provide", "evidence", True, False),
          ("Israel", "sabotage", "Natanz plant", False, True)], []),
        ("Moscow claimed that Kyiv had staged the attack in Bucha, without offering proof.",
         [("Moscow", "offer", "proof", True, False),
          ("Kyiv", "stage", "attack", False, True)], []),
    ],
    "an -ing adjunct done by the ruling, not by what it allows": [
        ("The Supreme Court of India ruled that the state may hold the election, "
         "overturning a decision of the Delhi High Court.",
         [("Supreme Court of India", "overturn", "decision of Delhi High Court", False,
           False)], []),
        ("The Wisconsin Supreme Court ruled that officials may use ballot drop boxes, "
         "overturning a decision it made two years ago.",
         [("Wisconsin Supreme Court", "overturn", "decision", False, False)], []),
        ("The Supreme Court ruled that the state may hold the referendum, overturning a "
         "lower court's ban.",
         [("Supreme Court", "overturn", "lower court's ban", False, False)], []),
    ],
    "guards: an adjunct of a named subject of the ruled clause, a plain report": [
        ("The court ruled that Apple may sell the phones, rejecting Samsung's claim.",
         [("Apple", "reject", "Samsung's claim", False, True)], []),
        ("The Hungarian government said Brussels had frozen the funds, without providing "
         "evidence.",
         [("Hungary", "provide", "evidence", True, False),
          ("Brussels", "freeze", "funds", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(OWN_ACTS))
def test_own_acts(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
