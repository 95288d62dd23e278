"""Precision of the ``nominal`` and ``recipient`` patterns on wire text.

A recipient that names no second party gives no triple: a market or an audience
("sold two mln shares to the public", "Acme's offer to shareholders"), anyone at all
("never provided weapons to any party") or the giver's own unit ("sold its chemicals unit
to its Canadian subsidiary"). What a noun of money or goods is "for" is its recipient only
when it can receive ("aid for Ukraine", not "a loan for the shares"). An event noun done
to money or a security names no target ("Brazil's suspension of interest payments"), a
state given up is not held ("relinquished control of Hong Kong"), a thing is no giver ("the
deal gives Crestline a foothold"), two names are no one given something ("polls showed
Biden leading Trump"), and what a non-violent event noun does to a thing is no deed of its
agent's ("the Bank of Japan's purchase of dollars supported the currency"). A measure of
goods names what is given by its "of" phrase ("sold large volumes of wheat to X" is "sell
wheat to").
"""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def pairs(doc):
    return {(t.subject.text, t.object.text) for t in all_triples(doc)}


#: a generic recipient of a verb of giving: (sentence, rows, ents, giver, recipient)
_GENERIC = [
    ("Acme sold shares to the public", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB sell VBD
        1 dobj NOUN share NNS
        1 prep ADP to IN
        5 det DET the DT
        3 pobj NOUN public NN
    """, {"Acme": "ORG"}, "Acme", "public"),
    ("Zenith offered stock to investors", """
        1 nsubj PROPN Zenith NNP
        1 ROOT VERB offer VBD
        1 dobj NOUN stock NN
        1 prep ADP to IN
        3 pobj NOUN investor NNS
    """, {"Zenith": "ORG"}, "Zenith", "investors"),
    ("China provided weapons to any party", """
        1 nsubj PROPN China NNP
        1 ROOT VERB provide VBD
        1 dobj NOUN weapon NNS
        1 prep ADP to IN
        5 det DET any DT
        3 pobj NOUN party NN
    """, {"China": "GPE"}, "China", "party"),
    ("Acme sold the unit to its subsidiary", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB sell VBD
        3 det DET the DT
        1 dobj NOUN unit NN
        1 prep ADP to IN
        6 poss PRON its PRP$
        4 pobj NOUN subsidiary NN
    """, {"Acme": "ORG"}, "Acme", "subsidiary"),
    ("Acme 's offer to shareholders expired", """
        2 poss PROPN Acme NNP
        0 case PART 's POS
        5 nsubj NOUN offer NN
        2 prep ADP to IN
        3 pobj NOUN shareholder NNS
        5 ROOT VERB expire VBD
    """, {"Acme": "ORG"}, "Acme", "shareholders"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "giver", "recipient"), _GENERIC)
def test_a_generic_recipient_is_no_party(sentence, rows, ents, giver, recipient):
    assert (giver, recipient) not in pairs(parse(sentence, rows, ents=ents))


def test_a_named_recipient_stays():
    doc = parse("Acme sold shares to Beta", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB sell VBD
        1 dobj NOUN share NNS
        1 prep ADP to IN
        3 pobj PROPN Beta NNP
    """, ents={"Acme": "ORG", "Beta": "ORG"})
    assert ("Acme", "Beta") in pairs(doc)


#: an event noun's target that is money or what is paid for: (sentence, rows, ents,
#: agent, target)
_NO_TARGET = [
    ("Brazil 's suspension of payments angered banks", """
        2 poss PROPN Brazil NNP
        0 case PART 's POS
        5 nsubj NOUN suspension NN
        2 prep ADP of IN
        3 pobj NOUN payment NNS
        5 ROOT VERB anger VBD
        5 dobj NOUN bank NNS
    """, {"Brazil": "GPE"}, "Brazil", "payments"),
    ("the IMF 's loan for the shares was repaid", """
        1 det DET the DT
        3 poss PROPN IMF NNP
        1 case PART 's POS
        8 nsubjpass NOUN loan NN
        3 prep ADP for IN
        6 det DET the DT
        4 pobj NOUN share NNS
        8 auxpass AUX be VBD
        8 ROOT VERB repay VBN
    """, {"IMF": "ORG"}, "IMF", "shares"),
    ("the bank 's purchase of dollars supported the currency", """
        2 det DET the DT
        3 poss NOUN bank NN
        2 case PART 's POS
        6 nsubj NOUN purchase NN
        3 prep ADP of IN
        4 pobj NOUN dollar NNS
        6 ROOT VERB support VBD
        8 det DET the DT
        6 dobj NOUN currency NN
    """, {}, "bank", "currency"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "agent", "target"), _NO_TARGET)
def test_no_party_target_of_an_event_noun(sentence, rows, ents, agent, target):
    assert (agent, target) not in pairs(parse(sentence, rows, ents=ents))


def test_a_state_given_up_is_not_held():
    # "The British relinquished control of X" with the verb swallowed as the noun's
    # modifier (as the model parses it): no "control" of X; as the verb's object, the
    # verb's own "relinquish control" may stay, not a bare "control"
    swallowed = parse("British relinquished control of Gibraltar", """
        2 amod ADJ british JJ
        2 amod VERB relinquish VBD
        2 ROOT NOUN control NN
        2 prep ADP of IN
        3 pobj PROPN Gibraltar NNP
    """, ents={"British": "NORP", "Gibraltar": "GPE"})
    stated = parse("Britain relinquished control of Gibraltar", """
        1 nsubj PROPN Britain NNP
        1 ROOT VERB relinquish VBD
        1 dobj NOUN control NN
        2 prep ADP of IN
        3 pobj PROPN Gibraltar NNP
    """, ents={"Britain": "GPE", "Gibraltar": "GPE"})
    for doc in (swallowed, stated):
        assert not any(t.label == "control" for t in all_triples(doc))


def test_a_loan_to_a_country_and_a_held_control_stay():
    doc = parse("the IMF 's loan to Brazil was approved", """
        1 det DET the DT
        3 poss PROPN IMF NNP
        1 case PART 's POS
        7 nsubjpass NOUN loan NN
        3 prep ADP to IN
        4 pobj PROPN Brazil NNP
        7 auxpass AUX be VBD
        7 ROOT VERB approve VBN
    """, ents={"IMF": "ORG", "Brazil": "GPE"})
    assert ("IMF", "Brazil") in pairs(doc)
    doc = parse("Israel 's control of Gaza angered Egypt", """
        2 poss PROPN Israel NNP
        0 case PART 's POS
        5 nsubj NOUN control NN
        2 prep ADP of IN
        3 pobj PROPN Gaza NNP
        5 ROOT VERB anger VBD
        5 dobj PROPN Egypt NNP
    """, ents={"Israel": "GPE", "Gaza": "GPE", "Egypt": "GPE"})
    assert ("Israel", "Gaza") in pairs(doc)


@pytest.mark.parametrize(("sentence", "rows", "ents", "recipient"), [
    ("polls showed Quill Reyes", """
        1 nsubj NOUN poll NNS
        1 ROOT VERB show VBD
        1 dative PROPN Quill NNP
        1 dobj PROPN Reyes NNP
    """, {"Quill": "PERSON", "Reyes": "PERSON"}, "Quill"),
    ("Trump wins re - election", """
        1 nsubj PROPN Trump NNP
        1 ROOT VERB win VBZ
        1 dative NOUN re NN
        1 dobj PUNCT - HYPH
        1 dobj NOUN election NN
    """, {"Trump": "PERSON"}, "re"),
])
def test_a_name_or_a_mark_is_no_thing_given(sentence, rows, ents, recipient):
    # "polls showed Biden leading Trump", "if Trump wins re-election" read as two objects
    found = {(t.object.text, t.pattern) for t in all_triples(parse(sentence, rows, ents=ents))}
    assert (recipient, "recipient") not in found


def test_a_thing_gives_nothing_but_a_person_does():
    rows = """
        2 det DET the DT
        2 {dep} NOUN {lemma} NN
        2 ROOT VERB give VBZ
        2 dative PROPN Crestline NNP
        5 det DET a DT
        2 dobj NOUN foothold NN
    """
    found = pairs(parse("the deal gives Crestline a foothold",
                        rows.format(dep="nsubj", lemma="deal"), ents={"Crestline": "ORG"}))
    assert ("deal", "Crestline") not in found
    found = pairs(parse("the minister gives Crestline a foothold",
                        rows.format(dep="nsubj", lemma="minister"), ents={"Crestline": "ORG"}))
    assert ("minister", "Crestline") in found


#: real sentences written for these constructions, run on the model
REAL_SENTENCES = {
    "a market or an audience is no recipient": [
        ("Halvorsen Logistics sold two mln shares to the public last month.", [],
         [("Halvorsen Logistics", "public")]),
        ("The Treasury will offer the new bonds to institutional investors next week.", [],
         [("Treasury", "institutional investors")]),
        ("Meridian Corp's offer to shareholders expires on Friday.", [],
         [("Meridian Corp", "shareholders")]),
    ],
    "the giver's own unit is no second party": [
        ("Corvane Industries said it sold its chemicals unit to its Canadian subsidiary "
         "for 50 mln dlrs.", [], [("Corvane Industries", "Canadian subsidiary")]),
    ],
    "a thing or money is no target": [
        ("Brazil's suspension of interest payments to foreign banks hurt its credit.", [],
         [("Brazil", "interest payments"), ("Brazil", "credit")]),
        ("The Bank of Japan's purchase of dollars supported the currency.", [],
         [("Bank of Japan", "currency")]),
        ("The World Bank's loan for the new port was approved on Tuesday.", [],
         [("World Bank", "port")]),
        ("The British relinquished control of Hong Kong to China in 1997.", [],
         [("United Kingdom", "Hong Kong")]),
    ],
    "a thing gives nothing, two names are no gift": [
        ("The merger, which both boards have approved, gives Crestline a foothold in the "
         "Asian market.", [], [("merger", "Crestline")]),
    ],
    "guards: parties that stay": [
        ("Scottish whisky distillers ship most of their output to India.",
         [("Scottish whisky distillers", "ship", "India", False, False)], []),
        ("The court found that Orvex had denied customers the promised refunds.",
         [("Orvex", "deny refund", "customers", False, False)], []),
        ("Halvorsen Logistics sold four older tankers to Greek owner Atlas Maritime.",
         [("Halvorsen Logistics", "sell", "Atlas Maritime", False, False)], []),
        ("Trump granted Milken a full and unconditional pardon.",
         [("Trump", "grant", "Milken", False, False)], []),
        ("The IMF's loan to Brazil was approved in June.",
         [("IMF", "loan", "Brazil", False, False)], []),
        ("Japan's aid for refugees in Sudan rose sharply.",
         [("Japan", "aid", "refugees", False, False)], []),
        ("Mark Amodei has publicly voiced support for the impeachment inquiry.",
         [("Mark Amodei", "support", "impeachment inquiry", False, False)], []),
        ("An Israeli air strike on a village in Lebanon killed five people.",
         [("Israel", "kill", "people", False, False)], []),
        ("Israel's control of the West Bank angered the Palestinians.",
         [("Israel", "control", "West Bank", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


LABELS = [
    ("The European Community has sold large volumes of wheat to Egypt.",
     "sell wheat to"),
    ("UNICEF delivered 105,000 doses of vaccine to Samoa.", "deliver vaccine to"),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "label"), LABELS)
def test_a_measure_of_goods_is_named_by_its_of_phrase(extractor, sentence, label):
    from actorgraph.records import Article
    (result,) = extractor.extract([Article("t", sentence)])
    assert label in {t.relation.label for t in result.triples
                     if t.pattern == "recipient"}, [t.relation.label for t in result.triples]
