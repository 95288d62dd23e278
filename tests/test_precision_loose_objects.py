"""Noun phrases the parser hangs on a verb as its object though they are not: a second
direct object after a comma is an apposition summing up the event ("raised its rate to
6 pct, the first increase in three years": nothing raised an increase), one opened by a
participle is that participle's object ("sued Apex in court alleging violations": the
violations are alleged, not sued), and a relative pronoun read as the object of a verb
whose "to" infinitive hangs elsewhere in the clause is the infinitive's ("the treaty,
which Congress tried for years to block": Congress tried to block it, it did not try
the treaty)."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def pairs(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


def test_an_apposition_after_a_comma_is_no_second_object():
    doc = parse("Bundesbank raised rate to 4 pct , the first increase", """
        1 nsubj PROPN Bundesbank NNP
        1 ROOT VERB raise VBD
        1 dobj NOUN rate NN
        1 prep ADP to IN
        5 nummod NUM 4 CD
        3 pobj NOUN pct NN
        5 punct PUNCT , ,
        9 det DET the DT
        9 amod ADJ first JJ
        1 dobj NOUN increase NN
    """, ents={"Bundesbank": "ORG"})
    found = pairs(doc)
    assert ("Bundesbank", "raise", "rate") in found
    assert not any(o == "increase" for _, _, o in found)


def test_an_object_opened_by_a_participle_is_the_participles():
    doc = parse("Northwind sued Zenith in court alleging violations of law", """
        1 nsubj PROPN Northwind NNP
        1 ROOT VERB sue VBD
        1 dobj PROPN Zenith NNP
        1 prep ADP in IN
        3 pobj NOUN court NN
        6 amod VERB allege VBG
        1 dobj NOUN violation NNS
        6 prep ADP of IN
        7 pobj NOUN law NN
    """, ents={"Northwind": "ORG", "Zenith": "ORG"})
    found = pairs(doc)
    assert ("Northwind", "sue", "Zenith") in found
    assert not any(v == "sue" and o != "Zenith" for _, v, o in found)


def test_a_list_of_objects_after_a_comma_is_kept():
    # "visited Berlin in 2001, Paris in 2005 and Rome in 2009": list members
    doc = parse("Merkel visited Berlin in 2001 , Paris in 2005 and Rome", """
        1 nsubj PROPN Merkel NNP
        1 ROOT VERB visit VBD
        1 dobj PROPN Berlin NNP
        1 prep ADP in IN
        3 pobj NUM 2001 CD
        1 punct PUNCT , ,
        1 dobj PROPN Paris NNP
        6 prep ADP in IN
        7 pobj NUM 2005 CD
        6 cc CCONJ and CC
        6 conj PROPN Rome NNP
    """, ents={"Merkel": "PERSON", "Berlin": "GPE", "Paris": "GPE", "Rome": "GPE",
               "2001": "DATE", "2005": "DATE"})
    assert ("Merkel", "visit", "Paris") in pairs(doc)


def test_an_apposition_putting_an_amount_on_the_object_is_kept():
    # "offered 40 dlrs a share, a premium of 20 pct": a premium is offered
    doc = parse("Harlow offered 40 dlrs , a premium of 20 pct", """
        1 nsubj PROPN Harlow NNP
        1 ROOT VERB offer VBD
        3 nummod NUM 40 CD
        1 dobj NOUN dlrs NNS
        1 punct PUNCT , ,
        6 det DET a DT
        1 dobj NOUN premium NN
        6 prep ADP of IN
        9 nummod NUM 20 CD
        7 pobj NOUN pct NN
    """, ents={"Harlow": "ORG"})
    assert ("Harlow", "offer", "premium") in pairs(doc)


def test_a_relative_object_of_a_verb_with_a_stray_infinitive_is_the_infinitives():
    doc = parse("treaty , which Congress tried for years to block , took effect", """
        9 nsubj NOUN treaty NN
        0 punct PUNCT , ,
        4 dobj PRON which WDT
        4 nsubj PROPN Congress NNP
        0 relcl VERB try VBD
        4 prep ADP for IN
        5 pobj NOUN year NNS
        8 aux PART to TO
        6 relcl VERB block VB
        0 punct PUNCT , ,
        9 ROOT VERB take VBD
        9 dobj NOUN effect NN
    """, ents={"Congress": "ORG"})
    assert not any(v == "try" for _, v, _ in pairs(doc))


def test_the_same_with_the_infinitive_an_adverbial():
    doc = parse("fund , which Brussels struggled for months to rescue , closed", """
        9 nsubj NOUN fund NN
        0 punct PUNCT , ,
        4 dobj PRON which WDT
        4 nsubj PROPN Brussels NNP
        0 relcl VERB struggle VBD
        4 prep ADP for IN
        5 pobj NOUN month NNS
        8 aux PART to TO
        4 advcl VERB rescue VB
        0 punct PUNCT , ,
        9 ROOT VERB close VBD
    """, ents={"Brussels": "GPE"})
    assert not any(v == "struggle" for _, v, _ in pairs(doc))


def test_a_relative_object_with_the_infinitive_on_its_verb_is_left_alone():
    # "the plant, which Toyota sold to raise cash": the plant was sold
    doc = parse("plant , which Toyota sold to raise cash , closed", """
        8 nsubj NOUN plant NN
        0 punct PUNCT , ,
        4 dobj PRON which WDT
        4 nsubj PROPN Toyota NNP
        0 relcl VERB sell VBD
        6 aux PART to TO
        4 advcl VERB raise VB
        6 dobj NOUN cash NN
        0 punct PUNCT , ,
        8 ROOT VERB close VBD
    """, ents={"Toyota": "ORG"})
    assert ("Toyota", "sell", "plant") in pairs(doc)


REAL_SENTENCES = {
    "an apposition after a comma: no second object": [
        ("The Bank of England raised its base rate to 11 pct from 10 pct, the first "
         "increase in a year, citing a weaker pound.",
         [("Bank of England", "raise", "Bank of England's base rate", False, False)],
         [("Bank of England", "increase")]),
        ("Citibank cut its prime rate to 7.5 pct from 7.75 pct, the second cut this month.",
         [], [("Citibank", "cut")]),
    ],
    "a relative pronoun and a stray infinitive": [
        ("The reform, which British officials had tried for months to stop, passed the "
         "senate.", [], [("United Kingdom", "reform")]),
        ("His appointment, which French diplomats had tried for weeks to prevent, was "
         "announced on Monday.", [], [("France", "appointment")]),
    ],
    "guards: the infinitive on the verb itself": [
        ("Siemens signed the contract, which Alstom had also sought to win.",
         [("Siemens", "sign", "contract", False, False)], []),
        ("Greenfield Corp sued Harbor Bank in federal court in Boston alleging violations "
         "of banking laws.", [("Greenfield Corp", "sue", "Harbor Bank", False, False)],
         [("Greenfield Corp", "banking laws")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
