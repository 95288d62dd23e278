"""Gapping remnants, prepositional phrases that are not the verb's, and relations cut short.

- Gapping: "X won 376 seats, Labour 229": what is left of an elided second clause
  ("Labour 229") is no object of the first verb (:func:`extract.rules.base.gapped_remnant`),
  and the verb's phrases after it are that clause's.
- Attachment: an apposition summing up the event makes no recipient; a phrase right
  after an object's "including" list is the list's; one between a level verb's object
  and its level is the amount's; where a verb of moving moves its object from is in the
  object's relation, no participant.
- Cut short (a level kept, "left its rate at 2.5 pct", is "leave" with the amount its
  quantity since session 40): where a thing is taken ("took
  the dispute to X"), what a means is used for, the target of a strike gone on, and
  what a speaker says someone must do belong in the relation.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_labels
from tests.docs import parse


def labels(doc):
    return {(t.subject.text, t.label, t.object.text) for t in all_triples(doc)}


def test_remnant_with_its_own_figure_is_no_object():
    doc = parse("Labour won 40 seats and the Greens 12", """
        1 nsubj PROPN Labour NNP
        1 ROOT VERB win VBD
        3 nummod NUM 40 CD
        1 dobj NOUN seat NNS
        3 cc CCONJ and CC
        6 det DET the DT
        3 conj PROPN Greens NNPS
        6 nummod NUM 12 CD
    """, ents={"Labour": "ORG", "Greens": "ORG", "40": "CARDINAL", "12": "CARDINAL"})
    found = labels(doc)
    assert ("Labour", "win", "seats") in found
    assert not any(o == "Greens" for _, _, o in found), found


def test_listed_name_without_a_figure_stays_an_object():
    doc = parse("Police held 12 students and Ali Hassan", """
        1 nsubj NOUN police NNS
        1 ROOT VERB hold VBD
        3 nummod NUM 12 CD
        1 dobj NOUN student NNS
        3 cc CCONJ and CC
        6 compound PROPN Ali NNP
        3 conj PROPN Hassan NNP
    """, ents={"Ali Hassan": "PERSON", "12": "CARDINAL"})
    assert ("Police", "hold", "Hassan") in labels(doc)


def test_remnant_repeating_the_preposition_is_no_prepositional_object():
    doc = parse("Chemical raised its rate to 8 pct and Chase to 9 pct", """
        1 nsubj PROPN Chemical NNP
        1 ROOT VERB raise VBD
        3 poss PRON its PRP$
        1 dobj NOUN rate NN
        1 prep ADP to IN
        6 nummod NUM 8 CD
        4 pobj NOUN pct NN
        6 cc CCONJ and CC
        6 conj PROPN Chase NNP
        1 prep ADP to IN
        11 nummod NUM 9 CD
        9 pobj NOUN pct NN
    """, ents={"Chemical": "ORG", "Chase": "ORG", "8 pct": "PERCENT", "9 pct": "PERCENT"})
    assert not any(o == "Chase" for _, _, o in labels(doc))


def test_phrase_after_an_including_list_is_the_lists():
    words = "Lazard studied options , including a sale of the unit to Apex"
    rows = """
        1 nsubj PROPN Lazard NNP
        1 ROOT VERB study VBD
        1 dobj NOUN option NNS
        2 punct PUNCT , ,
        2 prep VERB include VBG
        6 det DET a DT
        4 pobj NOUN sale NN
        6 prep ADP of IN
        9 det DET the DT
        7 pobj NOUN unit NN
        1 prep ADP to IN
        10 pobj PROPN Apex NNP
    """
    doc = parse(words, rows, ents={"Lazard": "ORG", "Apex": "ORG"})
    assert not any(o == "Apex" for _, _, o in labels(doc))


def test_phrase_after_a_closed_list_stays_the_verbs():
    words = "Lazard sold assets , including a unit , to Apex"
    rows = """
        1 nsubj PROPN Lazard NNP
        1 ROOT VERB sell VBD
        1 dobj NOUN asset NNS
        2 punct PUNCT , ,
        2 prep VERB include VBG
        6 det DET a DT
        4 pobj NOUN unit NN
        1 punct PUNCT , ,
        1 prep ADP to IN
        8 pobj PROPN Apex NNP
    """
    doc = parse(words, rows, ents={"Lazard": "ORG", "Apex": "ORG"})
    assert any(o == "Apex" for _, _, o in labels(doc))


_GAPPING = {
    "gapping": [
        ("The Democrats won 54 seats and the Republicans 46.",
         [("Democrats", "win", "seats")], [("Democrats", "Republicans")]),
        ("Citicorp raised its prime rate to 8.25 pct and Chase Manhattan to 8.5 pct.",
         [], [("Citicorp", "Chase Manhattan")]),
        ("Iran fired 40 missiles at Baghdad and Iraq 25 at Tehran.",
         [("Iran", "fire missile at", "Baghdad")], [("Iran", "Iraq"), ("Iran", "Tehran")]),
        ("Police detained 12 students and Ali Hassan, a union leader.",
         [("police", "detain", "Ali Hassan")], []),
    ],
}

_ATTACHMENT = {
    "summary apposition": [
        ("Thailand sold 200,000 tonnes of rice to Iraq for shipment in June, the agency's "
         "biggest sale this year.",
         [("Thailand", "sell rice to", "Iraq")],
         [("Thailand", "sell sale to", "rice"), ("Thailand", "shipment")]),
    ],
    "phrase between object and level": [
        ("Tuesday's purchases bring total Chinese wheat commitments from Canada for the "
         "season to 2.2 mln tonnes.", [], [("Tuesday's purchases", "Canada")]),
    ],
    "place moved from": [
        ("Police evacuated about 3,000 residents from homes near the port.",
         [("police", "evacuate from home", "residents")], [("police", "homes")]),
    ],
    "closed list": [
        ("Chrysler sold its assets, including the Kenosha plant, to American Motors.",
         [("Chrysler", "sell asset to", "American Motors")], []),
    ],
}

_CUT_SHORT = {
    "level kept": [
        ("The Bank of Japan left its official discount rate at 2.5 pct.",
         [("Bank of Japan", "leave", "Bank of Japan's official discount rate")],
         [("Bank of Japan", "leave at", "Bank of Japan's official discount rate"),
          ("Bank of Japan", "leave at 2.5 pct", "Bank of Japan's official discount rate")]),
        ("Saudi Arabia maintained its oil price at 18 dlrs a barrel.",
         [("Saudi Arabia", "maintain", "Saudi Arabia's oil price")],
         [("Saudi Arabia", "maintain at", "Saudi Arabia's oil price"),
          ("Saudi Arabia", "maintain at 18 dlrs", "Saudi Arabia's oil price")]),
    ],
    "taken somewhere": [
        ("Canada will seek talks and may take the dispute to the GATT council.",
         [("Canada", "take dispute to", "GATT council")], [("Canada", "take", "dispute")]),
        ("Ford said it was considering taking its offer directly to shareholders.",
         [], [("Ford", "consider taking", "offer")]),
        ("Iran took the hostages to Tehran.", [], [("Iran", "take", "hostages")]),
        ("Mining company SQM threatened to take the Chilean government to international "
         "arbitration.",
         [("SQM", "threaten to take to international arbitration", "Chile")], []),
        ("Iraq took Kuwait to the International Court of Justice.",
         [("Iraq", "take to International Court", "Kuwait")], [("Iraq", "take", "Kuwait")]),
        ("Japanese officials said they would ask for consultations and might take the "
         "dispute to the GATT council in Geneva if talks fail.",
         [("Japan", "take dispute to", "GATT council")], [("Japan", "take", "dispute")]),
    ],
    "means used for": [
        ("Texaco said it will use part of the proceeds to repay bank debt.",
         [("Texaco", "use to repay bank debt", "proceeds")], []),
        ("Russia used drones to attack the Kyiv power station.",
         [("Russia", "use to attack Kyiv power station", "drones")], []),
    ],
    "strike against": [
        ("Members of the Teamsters union went on strike against Consolidated Freightways.",
         [("Teamsters", "go on strike against", "Consolidated Freightways")],
         [("Teamsters", "strike")]),
    ],
    "said must": [
        ("Iran said the United States must withdraw its fleet from the Gulf.",
         [("Iran", "say must withdraw fleet", "United States")], []),
        ("The Red Cross said Israel should not block aid convoys.",
         [("Red Cross", "say should not block aid convoys", "Israel")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize("sentence, present, absent", cases(_GAPPING, _ATTACHMENT, _CUT_SHORT))
def test_gaps_attachment_and_cut_short_on_the_model(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
