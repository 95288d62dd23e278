"""What a concluded deal's infinitive says is the act of the party that concluded it
([deal_nouns], [deal_verbs]): "Samsung signed a deal to supply chips to Nvidia" is Samsung
supplying Nvidia, "Pfizer reached an agreement to buy Seagen" Pfizer buying Seagen; the act
is still to be done, so hedged (tests/test_precision_wire_flags.py). A deal made with a
partner ("signed a deal with Airbus to supply engines") does not say which side acts, and a
deal that is only talked about ("reviewed a deal to buy X") is no one's act."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def pairs(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


def test_an_agreements_infinitive_is_the_signers_act():
    doc = parse("Pfizer reached an agreement to buy Seagen", """
        1 nsubj PROPN Pfizer NNP
        1 ROOT VERB reach VBD
        3 det DET an DT
        1 dobj NOUN agreement NN
        5 aux PART to TO
        3 acl VERB buy VB
        5 dobj PROPN Seagen NNP
    """, ents={"Pfizer": "ORG", "Seagen": "ORG"})
    assert ("Pfizer", "buy", "Seagen") in pairs(doc)


def test_an_infinitive_read_as_a_relative_is_the_signers_act_too():
    doc = parse("Samsung signed a deal to supply chips to Nvidia", """
        1 nsubj PROPN Samsung NNP
        1 ROOT VERB sign VBD
        3 det DET a DT
        1 dobj NOUN deal NN
        5 aux PART to TO
        3 relcl VERB supply VB
        5 dobj NOUN chip NNS
        5 prep ADP to IN
        7 pobj PROPN Nvidia NNP
    """, ents={"Samsung": "ORG", "Nvidia": "ORG"})
    found = {(s, o) for s, _, o in pairs(doc)}
    assert ("Samsung", "chips") in found and ("Samsung", "Nvidia") in found


def test_a_struck_contract_is_the_strikers():
    doc = parse("Toyota struck a contract to acquire Daihatsu", """
        1 nsubj PROPN Toyota NNP
        1 ROOT VERB strike VBD
        3 det DET a DT
        1 dobj NOUN contract NN
        5 aux PART to TO
        3 acl VERB acquire VB
        5 dobj PROPN Daihatsu NNP
    """, ents={"Toyota": "ORG", "Daihatsu": "ORG"})
    assert ("Toyota", "acquire", "Daihatsu") in pairs(doc)


def test_a_deal_with_a_partner_says_no_side():
    doc = parse("Boeing signed a deal with Airbus to supply engines", """
        1 nsubj PROPN Boeing NNP
        1 ROOT VERB sign VBD
        3 det DET a DT
        1 dobj NOUN deal NN
        3 prep ADP with IN
        4 pobj PROPN Airbus NNP
        7 aux PART to TO
        3 acl VERB supply VB
        7 dobj NOUN engine NNS
    """, ents={"Boeing": "ORG", "Airbus": "ORG"})
    found = {(s, o) for s, _, o in pairs(doc)}
    assert ("Boeing", "engines") not in found and ("Airbus", "engines") not in found


def test_a_deal_only_reviewed_is_no_ones_act():
    doc = parse("Exxon reviewed a deal to buy Chevron", """
        1 nsubj PROPN Exxon NNP
        1 ROOT VERB review VBD
        3 det DET a DT
        1 dobj NOUN deal NN
        5 aux PART to TO
        3 acl VERB buy VB
        5 dobj PROPN Chevron NNP
    """, ents={"Exxon": "ORG", "Chevron": "ORG"})
    assert ("Exxon", "buy", "Chevron") not in pairs(doc)


_SENTENCES = {
    "a concluded deal's infinitive": [
        ("Pfizer reached an agreement to buy Seagen.",
         [("Pfizer", "buy", "Seagen", False, True)], []),
        ("Samsung has signed a deal to supply memory chips to Nvidia.",
         [("Samsung", "supply", "memory chips", False, True)], []),
        # the stake's company is the party ("acquire stake in" Suzuki), never the bare
        # stake (tests/test_quant_counted_sides.py)
        ("Toyota struck a deal to acquire a stake in Suzuki.",
         [("Toyota", "acquire stake", "Suzuki", False, True)], [("Toyota", "stake")]),
        ("Pfizer will sign an agreement to buy Seagen.",
         [("Pfizer", "buy", "Seagen", False, True)], []),
        ("Boeing signed a deal with Airbus to supply engines.", [], [("Boeing", "engines")]),
        ("The union rejected a contract to cut wages.", [], [("union", "wages")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
