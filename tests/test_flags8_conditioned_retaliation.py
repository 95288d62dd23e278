"""An answer promised on a condition is aimed at the one the condition is about: "Ethiopia
warns it will respond if Egypt deploys troops" gives a hedged Ethiopia -respond-> Egypt,
"Iran vowed to hit back if Israel struck its sites" a hedged Iran -hit back-> Israel. A
denied answer, an answer with a named object of its own and a passive condition ("if it is
attacked", "if attacked by Iran": no threat to the attacker) give nothing
(extract/rules/complements.py ``conditioned_retaliation``)."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def flags(doc):
    return {(t.subject.text, t.lemma, t.object.text, t.negated, t.hedged)
            for t in all_triples(doc)}


_ENTS = {"Russia": "GPE", "Finland": "GPE", "NATO": "ORG", "Iran": "GPE", "Israel": "GPE",
         "Turkey": "GPE", "Greece": "GPE", "Athens": "GPE"}


def test_a_conditioned_answer_is_aimed_at_the_conditions_doer():
    doc = parse("Russia will respond if Finland joins NATO", """
        2 nsubj PROPN Russia NNP
        2 aux AUX will MD
        2 ROOT VERB respond VB
        5 mark SCONJ if IN
        5 nsubj PROPN Finland NNP
        2 advcl VERB join VBZ
        5 dobj PROPN NATO NNP
    """, ents=_ENTS)
    assert ("Russia", "respond", "Finland", False, True) in flags(doc)


def test_hitting_back_under_a_vow():
    doc = parse("Iran vowed to hit back if Israel struck", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB vow VBD
        3 aux PART to TO
        1 xcomp VERB hit VB
        3 prt ADP back RP
        7 mark SCONJ if IN
        7 nsubj PROPN Israel NNP
        3 advcl VERB strike VBD
    """, ents=_ENTS)
    assert ("Iran", "hit back", "Israel", False, True) in flags(doc)


def test_the_agent_of_a_passive_condition_is_not_answered():
    # "would retaliate if attacked by Iran": no threat made to the attacker (as for threats)
    doc = parse("Israel would retaliate if attacked by Iran", """
        2 nsubj PROPN Israel NNP
        2 aux AUX would MD
        2 ROOT VERB retaliate VB
        4 mark SCONJ if IN
        2 advcl VERB attack VBN
        4 agent ADP by IN
        5 pobj PROPN Iran NNP
    """, ents=_ENTS)
    assert not any(s == "Israel" and o == "Iran" for s, _, o, *_ in flags(doc))


def test_measures_taken_are_an_answer_too():
    doc = parse("Russia will take countermeasures if Finland joins NATO", """
        2 nsubj PROPN Russia NNP
        2 aux AUX will MD
        2 ROOT VERB take VB
        2 dobj NOUN countermeasure NNS
        6 mark SCONJ if IN
        6 nsubj PROPN Finland NNP
        2 advcl VERB join VBZ
        6 dobj PROPN NATO NNP
    """, ents=_ENTS)
    assert ("Russia", "take countermeasure", "Finland", False, True) in flags(doc)


def test_other_things_taken_are_no_answer():
    # "will take Kyiv if ...": a conquest, not an answer to the condition's doer
    doc = parse("Russia will take Narva if Finland joins NATO", """
        2 nsubj PROPN Russia NNP
        2 aux AUX will MD
        2 ROOT VERB take VB
        2 dobj PROPN Narva NNP
        6 mark SCONJ if IN
        6 nsubj PROPN Finland NNP
        2 advcl VERB join VBZ
        6 dobj PROPN NATO NNP
    """, ents=dict(_ENTS, Narva="GPE"))
    assert not any(s == "Russia" and o == "Finland" for s, _, o, *_ in flags(doc))


def test_a_denied_answer_gives_nothing():
    doc = parse("Russia will not respond if Finland joins NATO", """
        3 nsubj PROPN Russia NNP
        3 aux AUX will MD
        3 neg PART not RB
        3 ROOT VERB respond VB
        6 mark SCONJ if IN
        6 nsubj PROPN Finland NNP
        3 advcl VERB join VBZ
        6 dobj PROPN NATO NNP
    """, ents=_ENTS)
    assert not any(s == "Russia" and o == "Finland" for s, _, o, *_ in flags(doc))


def test_an_answer_with_its_own_object_keeps_it():
    doc = parse("Turkey will retaliate against Greece if Athens acts", """
        2 nsubj PROPN Turkey NNP
        2 aux AUX will MD
        2 ROOT VERB retaliate VB
        2 prep ADP against IN
        3 pobj PROPN Greece NNP
        7 mark SCONJ if IN
        7 nsubj PROPN Athens NNP
        2 advcl VERB act VBZ
    """, ents=_ENTS)
    found = flags(doc)
    assert ("Turkey", "retaliate against", "Greece", False, False) in found
    assert not any(o == "Athens" for _, _, o, *_ in found)


def test_a_passive_conditions_subject_is_the_one_who_answers():
    # "Iran will respond if Israel is attacked": no one is named as the attacker
    doc = parse("Iran will respond if Israel is attacked", """
        2 nsubj PROPN Iran NNP
        2 aux AUX will MD
        2 ROOT VERB respond VB
        6 mark SCONJ if IN
        6 nsubjpass PROPN Israel NNP
        6 auxpass AUX be VBZ
        2 advcl VERB attack VBN
    """, ents=_ENTS)
    assert not any(s == "Iran" and o == "Israel" for s, _, o, *_ in flags(doc))


REAL_SENTENCES = {
    "an answer on a condition": [
        ("Ethiopia warns it will respond if Egypt deploys troops to Somalia.",
         [("Ethiopia", "respond", "Egypt", False, True)], []),
        ("North Korea says it will retaliate if South Korea continues drills with the "
         "United States.", [("North Korea", "retaliate", "South Korea", False, True)], []),
        ("China warns it will take resolute countermeasures if the Philippines allows the "
         "United States to deploy missiles.",
         [("China", "take countermeasure", "Philippines", False, True)], []),
    ],
    "guards": [
        ("Russia will not respond if Finland joins NATO.", [], [("Russia", "Finland")]),
        ("Iran will respond if it is attacked.", [], [("Iran", "Iran")]),
        ("Israel said it would retaliate if attacked by Iran.", [], [("Israel", "Iran")]),
        ("China will take measures against Japan if Tokyo sends warships.", [],
         [("China", "Tokyo")]),
        # a crowd of nobody in particular answers no one
        ("Markets will react if the Federal Reserve raises rates.", [],
         [("markets", "Federal Reserve")]),
        ("Investors would respond if Apple cut its dividend.", [], [("investors", "Apple")]),
        ("Israel retaliated after Hamas fired rockets at Sderot.", [], [("Israel", "Hamas")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
