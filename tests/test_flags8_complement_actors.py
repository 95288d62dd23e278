"""What an actor refuses, fails, plans or has yet to do names the actor its object
concerns, as a plain clause does: "Boeing fails to win a contract from Turkish Airlines"
is a negated "win contract from" Turkish Airlines (the "from" of what is received),
"Russia refused to recognise the independence of Kosovo" a negated "recognise
independence of" Kosovo, "Apple plans to appeal the decision of the Commission" a hedged
"appeal decision of" the Commission (the object's short complement,
extract/rules/complements.py ``_objects``)."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def flags(doc):
    return {(t.subject.text, t.lemma, t.object.text, t.negated, t.hedged)
            for t in all_triples(doc)}


_ENTS = {"Boeing": "ORG", "Qantas": "ORG", "Russia": "GPE", "Kosovo": "GPE", "Apple": "ORG",
         "Commission": "ORG", "Hamas": "ORG", "Germany": "GPE"}


def test_what_was_not_won_from_an_actor():
    doc = parse("Boeing failed to win a contract from Qantas", """
        1 nsubj PROPN Boeing NNP
        1 ROOT VERB fail VBD
        3 aux PART to TO
        1 xcomp VERB win VB
        5 det DET a DT
        3 dobj NOUN contract NN
        5 prep ADP from IN
        6 pobj PROPN Qantas NNP
    """, ents=_ENTS)
    assert ("Boeing", "win contract from", "Qantas", True, False) in flags(doc)


def test_the_refused_object_of_an_actor():
    doc = parse("Russia refused to recognise the independence of Kosovo", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB refuse VBD
        3 aux PART to TO
        1 xcomp VERB recognise VB
        5 det DET the DT
        3 dobj NOUN independence NN
        5 prep ADP of IN
        6 pobj PROPN Kosovo NNP
    """, ents=_ENTS)
    found = flags(doc)
    assert ("Russia", "recognise independence of", "Kosovo", True, False) in found
    assert ("Russia", "refuse to recognise independence of", "Kosovo", False, False) in found


def test_the_planned_object_of_an_actor_is_hedged():
    doc = parse("Apple plans to appeal the decision of the Commission", """
        1 nsubj PROPN Apple NNP
        1 ROOT VERB plan VBZ
        3 aux PART to TO
        1 xcomp VERB appeal VB
        5 det DET the DT
        3 dobj NOUN decision NN
        5 prep ADP of IN
        8 det DET the DT
        6 pobj PROPN Commission NNP
    """, ents=_ENTS)
    assert ("Apple", "plan to appeal decision of", "Commission", False, True) in flags(doc)


def test_a_group_of_an_actor_is_no_object_of_its_own():
    # "members of Hamas" stand for Hamas: no "send member of" Hamas
    doc = parse("Germany plans to expel members of Hamas", """
        1 nsubj PROPN Germany NNP
        1 ROOT VERB plan VBZ
        3 aux PART to TO
        1 xcomp VERB expel VB
        3 dobj NOUN member NNS
        4 prep ADP of IN
        5 pobj PROPN Hamas NNP
    """, ents=_ENTS)
    assert not any(lemma.endswith(" of") for _, lemma, *_ in flags(doc))


REAL_SENTENCES = {
    "the object's actor under a refusal, failure or plan": [
        ("Boeing fails to win a $9 billion contract from Turkish Airlines.",
         [("Boeing", "win contract from", "Turkish Airlines", True, False)], []),
        ("Syria has yet to accept the resignation of Prime Minister Hussein Arnous.",
         [("Syria", "accept resignation of", "Hussein Arnous", True, False)], []),
        ("The Democrats refused to back the nomination of Pete Hegseth.",
         [("Democrats", "back nomination of", "Pete Hegseth", True, False)], []),
    ],
    "guards": [
        # a group of an actor stands for it: no "expel member of" beside it
        ("Germany plans to expel members of Hamas.",
         [("Germany", "plan to expel", "Hamas", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
