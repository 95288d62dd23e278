"""An -ing adjunct of harm to people ("..., killing five") takes its doer from the clause
it follows only when that clause's act is one of force: "Contra rebels attacked the town,
killing 18 soldiers" (the rebels), but not "... after lawmakers passed a bill, killing five"
(passing a bill kills no one) nor "X accused Y of shelling a village, wounding three" (an
accusation wounds no one). A verb the event lexicon gives no class keeps its subject.

The sentences were written for these tests (none is from an evaluation set or an audit
sheet).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

_ENTS = {"Managua": "GPE", "Nicaragua": "GPE", "Honduras": "GPE", "Seoul": "GPE",
         "Hamas": "ORG", "Israel": "GPE", "Contras": "NORP"}


def _doers(doc, lemma):
    return {t.subject.text for t in all_triples(doc) if t.lemma == lemma}


_NO_FORCE = [
    # (sentence, rows, the verb of harm, the subject it must not take)
    ("Crowds rioted after lawmakers passed the bill , killing five", """
        1 nsubj NOUN crowd NNS
        1 ROOT VERB riot VBD
        4 mark SCONJ after IN
        4 nsubj NOUN lawmaker NNS
        1 advcl VERB pass VBD
        6 det DET the DT
        4 dobj NOUN bill NN
        4 punct PUNCT , ,
        4 advcl VERB kill VBG
        8 dobj NUM five CD
    """, "kill", "lawmakers"),
    ("Nicaragua accused Honduras of shelling villages , wounding three", """
        1 nsubj PROPN Nicaragua NNP
        1 ROOT VERB accuse VBD
        1 dobj PROPN Honduras NNP
        1 prep ADP of IN
        3 pcomp VERB shell VBG
        4 dobj NOUN village NNS
        1 punct PUNCT , ,
        1 advcl VERB wound VBG
        7 dobj NUM three CD
    """, "wound", "Nicaragua"),
    ("Students marched in Seoul after Chun approved the plan , injuring ten", """
        1 nsubj NOUN student NNS
        1 ROOT VERB march VBD
        1 prep ADP in IN
        2 pobj PROPN Seoul NNP
        6 mark SCONJ after IN
        6 nsubj PROPN Chun NNP
        1 advcl VERB approve VBD
        8 det DET the DT
        6 dobj NOUN plan NN
        6 punct PUNCT , ,
        6 advcl VERB injure VBG
        10 dobj NUM ten CD
    """, "injure", "Chun"),
]


@pytest.mark.parametrize(("sentence", "rows", "lemma", "unwanted"), _NO_FORCE,
                         ids=[r[0][:24] for r in _NO_FORCE])
def test_harm_is_no_act_of_a_clause_of_no_force(sentence, rows, lemma, unwanted):
    doc = parse(sentence, rows, ents={**_ENTS, "Chun": "PERSON"})
    assert unwanted not in _doers(doc, lemma)


_FORCE = [
    ("The war began when Hamas invaded Israel , killing hundreds", """
        2 det DET the DT
        2 nsubj NOUN war NN
        2 ROOT VERB begin VBD
        5 advmod SCONJ when WRB
        5 nsubj PROPN Hamas NNP
        2 advcl VERB invade VBD
        5 dobj PROPN Israel NNP
        5 punct PUNCT , ,
        5 advcl VERB kill VBG
        8 dobj NOUN hundred NNS
    """, "kill", "Hamas"),
    ("Contras attacked Managua , killing hundreds", """
        1 nsubj PROPN Contras NNPS
        1 ROOT VERB attack VBD
        1 dobj PROPN Managua NNP
        1 punct PUNCT , ,
        1 advcl VERB kill VBG
        4 dobj NOUN hundred NNS
    """, "kill", "Contras"),
    # a perfect participle is the subject's own act, before the clause's
    ("Contras withdrew from Managua , having killed hundreds", """
        1 nsubj PROPN Contras NNPS
        1 ROOT VERB withdraw VBD
        1 prep ADP from IN
        2 pobj PROPN Managua NNP
        1 punct PUNCT , ,
        6 aux AUX have VBG
        1 advcl VERB kill VBN
        6 dobj NOUN hundred NNS
    """, "kill", "Contras"),
    # a verb of no class in the lexicon says nothing either way
    ("Contras set Managua ablaze , killing hundreds", """
        1 nsubj PROPN Contras NNPS
        1 ROOT VERB set VBD
        1 dobj PROPN Managua NNP
        1 oprd ADJ ablaze JJ
        1 punct PUNCT , ,
        1 advcl VERB kill VBG
        5 dobj NOUN hundred NNS
    """, "kill", "Contras"),
]


@pytest.mark.parametrize(("sentence", "rows", "lemma", "wanted"), _FORCE,
                         ids=[r[0][:24] for r in _FORCE])
def test_guard_harm_after_an_act_of_force_is_its_doers(sentence, rows, lemma, wanted):
    doc = parse(sentence, rows, ents=_ENTS)
    assert wanted in _doers(doc, lemma)


TABLE = {
    "harm after a clause of no force": [
        ("Police opened fire on protesters who stormed the parliament and set part of it "
         "ablaze after lawmakers passed a bill to raise taxes, killing at least five people.",
         [], [("lawmakers", "people")]),
        ("Nicaragua accused Honduran troops of crossing the border and shelling a village, "
         "wounding three civilians, the Foreign Ministry said.",
         [], [("Nicaragua", "civilians")]),
    ],
    "guard: harm after an act of force": [
        ("The war began when Hamas invaded Israel, killing 1,200 people.",
         [("Hamas", "kill", "people", False, False)], []),
        ("Russia launched a wave of drone attacks on Kyiv, killing nine people.",
         [("Russia", "kill", "people", False, False)], []),
        ("Sandinista troops crossed into Honduras, killing two farmers.",
         [("Sandinista troops", "kill", "farmers", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(TABLE))
def test_harm_adjuncts_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
