"""Relation words and event classes on wire news, round 36: who receives goods named by a
noun of handing over ("China's shipments of textiles to the United States") or through an
amount or a part of them ("ships most of its sugar to the Soviet Union") gets the relation
of the thing given, "ship textile to", as the plain verb does; a verb of placing or keeping
keeps the state it puts its object in ("placed its loans on a non-accrual basis");
"called on" a named person with no act asked is a visit (CONSULT), no demand; and a state's
protest is an official complaint (DISAPPROVE), no demonstration; armed forces ordered to a
place are deployed (MOBILIZE), as with "deploy"; and a bare relative
clause of saying ("strikes it says are aimed at X") does not say anything to its noun.

The model tests run sentences written for these tests (none from the PLOVER, WCEP,
Wikinews or wire data) through the real extractor, parsed once for the module.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.events import asks_act

from actorgraph.records import Article
from tests.docs import parse

#: sentence -> (subject, relation label, object) triples it must give
WANTED = {
    # a noun of handing over: the thing given names the relation to the recipient
    "China's shipments of textiles and clothing to the United States rose 22 pct.":
        [("China", "ship textile to", "United States")],
    "India's exports of rice to Bangladesh doubled last year.":
        [("India", "export rice to", "Bangladesh")],
    "The UAE's supply of weapons to the RSF has been documented by investigators.":
        [("United Arab Emirates", "supply weapon to", "RSF")],
    # the "to" phrase hung on what an amount or a part counts
    "Cuba ships most of its sugar to the Soviet Union under a barter deal.":
        [("Cuba", "ship sugar to", "Soviet Union")],
    "Brazil exports part of its coffee crop to Japan.":
        [("Brazil", "export coffee crop to", "Japan")],
    "Iran sent some of its drones to Russia last year.":
        [("Iran", "send drone to", "Russia")],
    # a verb of placing or keeping and the state it puts its object in
    "The Bank of Boston placed its Peruvian loans on a cash basis.":
        [("Bank of Boston", "place on cash basis", "Bank of Boston's Peruvian loans")],
    "Britain put the Sandline contract under review.":
        [("United Kingdom", "put under review", "Sandline contract")],
    "Summit Retail Group Inc said it would keep Bayside's 142 stores under their existing "
    "name.": [("Summit Retail Group Inc", "keep under existing name", "Bayside's stores")],
    # guards: an event noun of a class after "under" is the event itself
    "Myanmar's military placed Aung San Suu Kyi under house arrest.":
        [("Myanmar", "place under arrest", "Aung San Suu Kyi")],
    "Beijing kept Liu Xiaobo under house arrest for years.":
        [("Beijing", "keep under arrest", "Liu Xiaobo")],
}

#: sentence -> (subject, relation lemma, object, event class) triples it must give
CLASSES = {
    # "called on" a named person and nothing asked: a visit
    "Marles called on President Joko Widodo at the palace in Jakarta.":
        ("Marles", "call on", "Joko Widodo", "CONSULT"),
    "The visiting Japanese foreign minister Taro Aso called on President Susilo Bambang "
    "Yudhoyono at the palace on Tuesday.":
        ("Taro Aso", "call on", "Susilo Bambang Yudhoyono", "CONSULT"),
    "Blinken called on King Abdullah in Amman before flying to Cairo.":
        ("Blinken", "call on", "Abdullah", "CONSULT"),
    # guards: an act asked is a demand, whoever is asked
    "Amnesty called on President Sisi to release the activists.":
        ("Amnesty", "call on", "Sisi", "DEMAND"),
    "The EU called on Russia to withdraw its troops.":
        ("European Union", "call on", "Russia", "DEMAND"),
    "Lee gave the instruction during a meeting with economic ministers, calling on "
    "officials to expand trade insurance.": ("Lee", "call on", "officials", "DEMAND"),
    # a state's protest is an official complaint
    "Jordan summoned the Israeli ambassador to protest against the raid on the al-Aqsa "
    "mosque.": ("Jordan", "protest against", "raid on al-Aqsa mosque", "DISAPPROVE"),
    "Japan protested to China over the incursion of coast guard ships.":
        ("Japan", "protest to", "China", "DISAPPROVE"),
    "The Chinese government protested the sale of fighter jets to Taiwan.":
        ("China", "protest sale", "Taiwan", "DISAPPROVE"),
    # guards: a country's people, and people, demonstrate
    "Thousands of Palestinians protested against the killings in Ramallah.":
        ("Palestine", "protest against", "killings", "PROTEST"),
    "Iranians protested in Tehran against the fuel price rise.":
        ("Iran", "protest against", "fuel price rise", "PROTEST"),
    "Students protested against the tuition increase.":
        ("students", "protest against", "tuition increase", "PROTEST"),
    # armed forces ordered somewhere are deployed
    "Putin ordered troops to the Ukrainian border.": ("Putin", "order", "troops", "MOBILIZE"),
    "Lai ordered warships to the Taiwan Strait.": ("Lai", "order", "warships", "MOBILIZE"),
    "President Ruto ordered soldiers into the city centre after the riots.":
        ("President Ruto", "order", "soldiers", "MOBILIZE"),
    # guard: forces ordered to act are asked to
    "Putin ordered troops to withdraw from the border.":
        ("Putin", "order", "troops", "DEMAND"),
}

UNWANTED = {
    # the recipient no longer bare: "ship" to the United States says it was shipped
    "China's shipments of textiles and clothing to the United States rose 22 pct.":
        [("China", "ship", "United States")],
    "The Bank of Boston placed its Peruvian loans on a cash basis.":
        [("Bank of Boston", "place", "Bank of Boston's Peruvian loans")],
    # a bare relative of saying says nothing to its noun, whatever the parse
    "Turkey has carried out near-daily air strikes it says are aimed at preventing Kurdish "
    "militants from regrouping.": [("Turkey", "say", "near-daily air strikes")],
    "The army destroyed tunnels it says were used by Hamas to smuggle weapons.":
        [("army", "say", "tunnels")],
    "Ukraine shot down drones it said were launched from Belarus.":
        [("Ukraine", "say", "drones")],
}


@pytest.fixture(scope="module")
def found(extractor):
    sentences = sorted({*WANTED, *CLASSES, *UNWANTED})
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(sentences)])
    return {s: result.triples for s, result in zip(sentences, results, strict=True)}


@pytest.mark.parametrize("sentence", sorted(WANTED))
def test_relation_labels(found, sentence):
    labels = {(t.subject.label, t.relation.label, t.object.label) for t in found[sentence]}
    for triple in WANTED[sentence]:
        assert triple in labels, sorted(labels)


@pytest.mark.parametrize("sentence", sorted(UNWANTED))
def test_cut_short_labels_gone(found, sentence):
    labels = {(t.subject.label, t.relation.label, t.object.label) for t in found[sentence]}
    for triple in UNWANTED[sentence]:
        assert triple not in labels, sorted(labels)


@pytest.mark.parametrize("sentence", sorted(CLASSES))
def test_visits_and_complaints(found, sentence):
    subject, lemma, obj, expected = CLASSES[sentence]
    classes = {(t.subject.label, t.relation.lemma, t.object.label): t.relation.event_class
               for t in found[sentence]}
    assert classes.get((subject, lemma, obj)) == expected, classes


def test_asks_act_reads_infinitives_and_for_phrases():
    doc = parse("Amnesty called on Sisi to act", """
        1 nsubj PROPN Amnesty NNP
        1 ROOT VERB call VBD
        1 prep ADP on IN
        2 pobj PROPN Sisi NNP
        5 aux PART to TO
        1 xcomp VERB act VB
    """)
    assert asks_act(doc[1])
    doc = parse("Khan called on Modi for talks", """
        1 nsubj PROPN Khan NNP
        1 ROOT VERB call VBD
        1 prep ADP on IN
        2 pobj PROPN Modi NNP
        1 prep ADP for IN
        4 pobj NOUN talk NNS
    """)
    assert asks_act(doc[1])
    doc = parse("Wong called on Modi in Delhi", """
        1 nsubj PROPN Wong NNP
        1 ROOT VERB call VBD
        1 prep ADP on IN
        2 pobj PROPN Modi NNP
        1 prep ADP in IN
        4 pobj PROPN Delhi NNP
    """)
    assert not asks_act(doc[1])
