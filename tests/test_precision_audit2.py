"""Second precision pass of issue 12 through the real model: names that cross "and"
and a speaker's own side that "must" act.

The sentences were written for these tests (none is from an evaluation set). Each
row: a sentence, the triples it must give as (subject label, relation label, object
label), and the triples it must not give: (subject label, relation label, object label),
or (subject label, object label) for no triple at all between the two.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import Extractor

from actorgraph.records import Article
from tests.constructions import cases, check_labels

pytestmark = pytest.mark.model

CONSTRUCTIONS = {
    "a listed name that crosses 'and' is one actor": [
        ("Trinidad and Tobago expelled two Venezuelan diplomats on Friday.",
         [("Trinidad and Tobago", "expel", "Venezuelan diplomats")],
         [("Trinidad", "Venezuelan diplomats"), ("Tobago", "Venezuelan diplomats")]),
        ("The Bill and Melinda Gates Foundation pledged $50 million to the vaccine "
         "alliance.",
         [("Bill and Melinda Gates Foundation", "pledge money to", "vaccine alliance")],
         [("Bill", "vaccine alliance"), ("Melinda Gates Foundation", "vaccine alliance")]),
        ("Antigua and Barbuda criticised the new visa rules imposed by Canada.",
         [("Antigua and Barbuda", "criticise", "visa rules imposed by Canada")],
         [("Antigua", "visa rules imposed by Canada"),
          ("Barbuda", "visa rules imposed by Canada")]),
    ],
    "a name the NER cut at 'and' whose words modify one head noun is one actor": [
        ("Avon and Somerset Police arrested three men after the robbery.",
         [("Avon and Somerset Police", "arrest", "men")], [("Somerset Police", "men")]),
        ("Lagos Waste and Sanitation Authority fined the market traders.",
         [("Lagos Waste and Sanitation Authority", "fine", "market traders")],
         [("Sanitation Authority", "market traders")]),
        ("Nevada Gaming and Racing Commission fined the casino.",
         [("Nevada Gaming and Racing Commission", "fine", "casino")],
         [("Racing Commission", "casino")]),
        ("Cornwall Fire and Rescue Service rescued two surfers near Newquay.",
         [("Cornwall Fire and Rescue Service", "rescue", "surfers")],
         [("Rescue Service", "surfers")]),
    ],
    "two actors joined by 'and' stay two": [
        ("Apple and Google sued the regulator.",
         [("Apple", "sue", "regulator"), ("Google", "sue", "regulator")], []),
        ("Russia and China vetoed the draft resolution on Syria.",
         [("Russia", "veto", "draft resolution on Syria"),
          ("China", "veto", "draft resolution on Syria")], []),
        ("Egypt and Qatar condemned the attack on the convoy.",
         [("Egypt", "condemn attack", "convoy"), ("Qatar", "condemn attack", "convoy")], []),
        ("Tanzania and Kenya signed a border agreement in Arusha.",
         [("Tanzania", "sign agreement", "Kenya")], []),
    ],
    # (a demand's label names what is demanded: "say must withdraw troops")
    "a speaker saying their own country must act makes no demand on it": [
        ("French President Emmanuel Macron said France must rearm faster.",
         [], [("Emmanuel Macron", "say must rearm", "France")]),
        ("The Pentagon said the United States must keep its troops in Syria.",
         [], [("Pentagon", "say must keep troops", "United States")]),
        ("Turkish President Recep Tayyip Erdogan visited Ankara. Erdogan said Turkey "
         "should double its military spending.",
         [], [("Recep Tayyip Erdogan", "say should double military spending", "Turkey")]),
    ],
    "a listed person's own country, at any date, is their side": [
        ("Chancellor Olaf Scholz said Germany should spend more on defence.",
         [], [("Olaf Scholz", "say should spend more", "Germany")]),
        ("Prime Minister Fumio Kishida said Japan must double its defence budget.",
         [], [("Fumio Kishida", "say must double defence budget", "Japan")]),
        ("Malcolm Turnbull said Australia should become a republic.",
         [], [("Malcolm Turnbull", "say should become republic", "Australia")]),
        ("Vladimir Putin said Russia must strengthen its nuclear forces.",
         [], [("Vladimir Putin", "say must strengthen nuclear forces", "Russia")]),
        ("Angela Merkel said Germany must take in more refugees.",
         [], [("Angela Merkel", "say must take in more refugees", "Germany")]),
    ],
    "a speaker saying another side must act still demands it": [
        ("Vladimir Putin said Ukraine must withdraw its troops.",
         [("Vladimir Putin", "say must withdraw troops", "Ukraine")], []),
        ("Erdogan said Sweden must crack down on Kurdish militants.",
         [("Erdogan", "say must crack down on Kurdish militants", "Sweden")], []),
        ("The Red Cross said US forces must ensure the security of civilians.",
         [("Red Cross", "say must ensure security of civilians", "United States")], []),
        ("French President Emmanuel Macron said Russia must withdraw its troops.",
         [("Emmanuel Macron", "say must withdraw troops", "Russia")], []),
    ],
    "a place is no participant of a verb whose object is a name the NER left untyped": [
        ("Glawischnig-Piesczek sued Facebook in Austria.",
         [("Glawischnig-Piesczek", "sue", "Facebook")], [("Glawischnig-Piesczek", "Austria")]),
        ("Lopez-Obrador criticised Facebook in Mexico City.",
         [], [("Lopez-Obrador", "Mexico City")]),
        ("Al-Masri sued Uber in Egypt.", [], [("Al-Masri", "Egypt")]),
    ],
    "a place in the verb's own preposition after its object phrase is no participant": [
        ("Boeing invested in research in Texas.", [], [("Boeing", "Texas")]),
        ("Amazon invested in logistics in Poland.", [], [("Amazon", "Poland")]),
        ("China invested in infrastructure in Kenya.", [], [("China", "Kenya")]),
        ("Toyota invested in Kentucky.", [("Toyota", "invest in", "Kentucky")], []),
        ("Biden campaigned in Michigan.", [("Biden", "campaign in", "Michigan")], []),
    ],
    "a place stays a participant of a verb whose object is no name": [
        ("Governor Mike DeWine postponed the primary election in Ohio.",
         [("Mike DeWine", "postpone election in", "Ohio")], []),
        ("The Libertarian Party held its convention in Orlando.",
         [("Libertarian Party", "hold convention in", "Orlando")], []),
        ("Saudi Arabia extended the curfew in Medina.",
         [("Saudi Arabia", "extend curfew in", "Medina")], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor: Extractor, sentence: str, present, absent) -> None:
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "relation", "expected"), [
    ("Arizona certified its election results on Monday.", "certify", None),
    ("Pennsylvania Governor Tom Wolf certified the presidential vote.", "certify", None),
    ("The Bolivian parliament ratified the new mining code.", "ratify", None),
    ("Uruguay ratified the Paris Agreement in 2016.", "ratify", "AGREE"),
    ("The Senate ratified the treaty with Canada.", "ratify treaty", "AGREE"),
])
def test_certifying_or_ratifying_is_an_agreement_only_for_a_pact_or_a_party(
        extractor: Extractor, sentence: str, relation: str, expected) -> None:
    (result,) = extractor.extract([Article("t", sentence)])
    classes = {t.relation.event_class for t in result.triples if t.relation.label == relation}
    assert classes == {expected}, sorted(
        (t.relation.label, t.relation.event_class) for t in result.triples)
