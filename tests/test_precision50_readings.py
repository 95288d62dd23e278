"""Readings that turned a sentence's meaning over (session 50).

* an -ing clause of a verb that lays down terms (:data:`~extract.lexicon.STIPULATING_VERBS`:
  "provide for", "envisage", "stipulate") after a thing tells that thing's terms, not an
  act of whoever signed or passed it (:func:`~extract.rules.base._stipulated`): "signed a
  treaty in 1963 providing for regular consultations" gives no "France provide for
  consultations"; a plain "providing security" after a comma and "a resolution calling
  for X" stay the subject's;
* an infinitive's own "not" with an "until" phrase is a denied act, not a delayed one
  (:func:`~extract.context.degree_negated`): "agreed not to market the drug until the
  patent expires" gives a negated "market" (and, since session 52, a stated "agree not to
  market": tests/test_flags52_not_to.py); a finite past "did not recognise Israel until
  1979" still tells a recognition that came;
* a denied clause with an "under" phrase of pressure denies that very circumstance
  (:func:`~extract.rules.verbal._under_event`): "the decision had not been taken under
  World Bank pressure" gives no "World Bank pressure" anyone; an affirmed one keeps it,
  and so does a denied one whose subject is an actor ("Israel did not allow aid into Gaza
  under pressure from Washington": the pressure on Israel stands);
* a nationality's "unit" with a sum of money in its sentence and no owner is a currency in
  a market report (:func:`~extract.actors._currency_unit`): "bought the U.S. unit at 145
  yen" is the dollar, no "buy United States"; a unit in a report of fighting still stands
  for its country ("A U.S. unit attacked Taliban fighters");
* a name after the comma that ends a verb's object is the object's apposition, even when
  the parser hung it on the subject across the verb
  (:func:`~extract.hygiene._object_apposition_on_subject`): "A car bomb kills the governor
  of Ghor province, Abdul Zahir, outside his office" never makes the bomb Abdul Zahir; a
  subject's own apposition before the verb stays the subject's.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import _object_apposition_on_subject

from tests.constructions import cases, check_construction, check_labels
from tests.docs import parse

STIPULATED = {
    "terms of a signed text": [
        ("France and Germany signed a treaty in 1963 providing for regular consultations.",
         [("France", "sign", "treaty")],
         [("France", "regular consultations"), ("Germany", "regular consultations")]),
        ("Poland and Lithuania signed a pact last week providing for joint military "
         "exercises.",
         [("Poland", "sign", "pact")],
         [("Poland", "joint military exercises"), ("Lithuania", "joint military exercises")]),
        ("Ecuador and Venezuela signed a deal on Tuesday providing for the sale of crude oil.",
         [], [("Ecuador", "sale of crude oil"), ("Venezuela", "sale of crude oil")]),
        ("The Soviet Union and Finland signed a protocol for 1988 envisaging trade worth 3 "
         "billion roubles.",
         [], [("Soviet Union", "trade"), ("Finland", "trade")]),
    ],
    "guard: the subject's own act": [
        ("Turkey hosted the talks, providing security for the delegates.",
         [("Turkey", "provide", "security for delegates")], []),
        ("The U.N. Security Council adopted a resolution calling for a ceasefire in Gaza.",
         [("U.N. Security Council", "call for", "ceasefire")], []),
    ],
}

UNTIL_DENIED = {
    "an infinitive's own not": [
        ("Pfizer agreed not to market the drug until the patent expires.",
         [("Pfizer", "agree not to market", "drug", False, False),
          ("Pfizer", "market", "drug", True, False)], []),
        ("The union decided not to strike against Ford until the contract expires.",
         [("union", "decide not to strike against", "Ford", False, False),
          ("union", "strike against", "Ford", True, False)], []),
        ("Iran pledged not to enrich uranium until the sanctions are lifted.",
         [("Iran", "pledge not to enrich", "uranium", False, True),
          ("Iran", "enrich", "uranium", True, True)], []),
        ("The rebels promised not to attack the convoy until the talks ended.",
         [("rebels", "promise not to attack", "convoy", False, True),
          ("rebels", "attack", "convoy", True, True)], []),
    ],
    "guard: a past act delayed": [
        ("Egypt did not recognise Israel until 1979.",
         [("Egypt", "recognise", "Israel", False, False)], []),
    ],
}

DENIED_PRESSURE = {
    "a denied clause under pressure": [
        ("Ghana said the decision had not been taken under World Bank pressure.",
         [], [("World Bank", "decision")]),
        ("Kenya insisted that the decision was not made under pressure from Washington.",
         [], [("Washington", "decision")]),
        ("Zambia said the tax was not raised under IMF pressure.",
         [], [("IMF", "tax")]),
    ],
    "guard: pressure affirmed, or on an actor": [
        ("Israel did not allow aid into Gaza under pressure from Washington.",
         [("Washington", "pressure", "Israel")], []),
        ("Egypt, under pressure from the IMF, cut fuel subsidies.",
         [("IMF", "pressure", "Egypt")], []),
        ("Jordan said the decision was taken under heavy pressure from Washington.",
         [("Washington", "pressure", "decision")], []),
    ],
}

CURRENCY_UNIT = {
    "a nationality's unit priced in money": [
        ("The Bank of Japan bought the U.S. unit at 145 yen.",
         [("Bank of Japan", "buy", "United States unit")], [("Bank of Japan", "United States")]),
        ("The Bundesbank sold the U.S. unit at 1.80 marks in Frankfurt.",
         [("Bundesbank", "sell", "United States unit")], [("Bundesbank", "United States")]),
        ("The Bank of Japan failed to push the U.S. unit above 150 yen on Tuesday.",
         [], [("Bank of Japan", "United States")]),
    ],
    "guard: a unit that fights": [
        ("A U.S. unit attacked Taliban fighters in Helmand, killing 12 of them, a NATO "
         "statement said.",
         [("United States", "attack", "Taliban")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent",
                         cases(STIPULATED, DENIED_PRESSURE, CURRENCY_UNIT))
def test_no_act_read_into_terms_or_denied_pressure(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence, present, absent", cases(UNTIL_DENIED))
def test_an_infinitive_denied_until_stays_denied(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


# (sentence, rows of the parse that hangs the name on the subject, the name, the object)
OBJECT_APPOSITIONS = [
    ("A car bomb kills the governor of Ghor province , Abdul Zahir , outside his office", """
        2 det DET a DT
        2 compound NOUN car NN
        3 nsubj NOUN bomb NN
        3 ROOT VERB kill VBZ
        5 det DET the DT
        3 dobj NOUN governor NN
        5 prep ADP of IN
        8 compound PROPN Ghor NNP
        6 pobj NOUN province NN
        3 punct PUNCT , ,
        11 compound PROPN Abdul NNP
        2 appos PROPN Zahir NNP
        11 punct PUNCT , ,
        11 prep ADP outside IN
        15 poss PRON his PRP$
        13 pobj NOUN office NN""", {"Abdul Zahir": "PERSON", "Ghor": "GPE"}, "Zahir", "governor"),
    ("Rebels shot the mayor , Omar Hassan , on Sunday", """
        1 nsubj NOUN rebel NNS
        1 ROOT VERB shoot VBD
        3 det DET the DT
        1 dobj NOUN mayor NN
        1 punct PUNCT , ,
        6 compound PROPN Omar NNP
        0 appos PROPN Hassan NNP
        6 punct PUNCT , ,
        6 prep ADP on IN
        8 pobj PROPN Sunday NNP""", {"Omar Hassan": "PERSON"}, "Hassan", "mayor"),
    ("An airstrike hit the headquarters of the militia , Kataib Hezbollah , near Baghdad", """
        1 det DET an DT
        2 nsubj NOUN airstrike NN
        2 ROOT VERB hit VBD
        4 det DET the DT
        2 dobj NOUN headquarters NN
        4 prep ADP of IN
        7 det DET the DT
        5 pobj NOUN militia NN
        2 punct PUNCT , ,
        10 compound PROPN Kataib NNP
        1 appos PROPN Hezbollah NNP
        10 punct PUNCT , ,
        10 prep ADP near IN
        12 pobj PROPN Baghdad NNP""", {"Kataib Hezbollah": "ORG", "Baghdad": "GPE"},
     "Hezbollah", "headquarters"),
]


@pytest.mark.parametrize("text, rows, ents, name, noun", OBJECT_APPOSITIONS)
def test_a_name_after_the_object_is_the_objects(text, rows, ents, name, noun):
    doc = parse(text, rows, ents=ents)
    obj = next(t for t in doc if t.dep_ == "dobj")
    _object_apposition_on_subject(obj)
    moved = next(t for t in doc if t.text == name)
    assert (moved.dep_, moved.head.text) == ("appos", noun)


def test_a_subjects_own_apposition_stays():
    doc = parse("The president , Emmanuel Macron , met the chancellor , Olaf Scholz", """
        1 det DET the DT
        6 nsubj NOUN president NN
        1 punct PUNCT , ,
        4 compound PROPN Emmanuel NNP
        1 appos PROPN Macron NNP
        1 punct PUNCT , ,
        6 ROOT VERB meet VBD
        8 det DET the DT
        6 dobj NOUN chancellor NN
        8 punct PUNCT , ,
        11 compound PROPN Olaf NNP
        8 appos PROPN Scholz NNP""", ents={"Emmanuel Macron": "PERSON", "Olaf Scholz": "PERSON"})
    _object_apposition_on_subject(doc[8])
    assert (doc[4].head.text, doc[11].head.text) == ("president", "chancellor")
