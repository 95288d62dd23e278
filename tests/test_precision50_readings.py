"""Readings that turned a sentence's meaning over (session 50).

* an -ing clause of a verb that lays down terms (:data:`~extract.lexicon.STIPULATING_VERBS`:
  "provide for", "envisage", "stipulate") after a thing tells that thing's terms, not an
  act of whoever signed or passed it (:func:`~extract.rules.base._stipulated`): "signed a
  treaty in 1963 providing for regular consultations" gives no "France provide for
  consultations"; a plain "providing security" after a comma and "a resolution calling
  for X" stay the subject's;
* an infinitive's own "not" with an "until" phrase is a denied act, not a delayed one
  (:func:`~extract.context.degree_negated`): "agreed not to market the drug until the
  patent expires" gives a negated "agree to market"; a finite past "did not recognise
  Israel until 1979" still tells a recognition that came;
* a denied clause with an "under" phrase of pressure denies that very circumstance
  (:func:`~extract.rules.verbal._under_event`): "the decision had not been taken under
  World Bank pressure" gives no "World Bank pressure" anyone; an affirmed one keeps it.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction, check_labels

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
         [("Pfizer", "agree to market", "drug", True, False)], []),
        ("The union decided not to strike against Ford until the contract expires.",
         [("union", "decide to strike against", "Ford", True, False)], []),
        ("Iran pledged not to enrich uranium until the sanctions are lifted.",
         [("Iran", "pledge to enrich", "uranium", True, True)], []),
        ("The rebels promised not to attack the convoy until the talks ended.",
         [("rebels", "promise to attack", "convoy", True, True)], []),
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
        ("Egypt said it did not devalue the pound under pressure from the IMF.",
         [], [("IMF", "Egypt")]),
        ("Kenya insisted that the decision was not made under pressure from Washington.",
         [], [("Washington", "decision")]),
        ("Zambia said the tax was not raised under IMF pressure.",
         [], [("IMF", "tax")]),
    ],
    "guard: pressure affirmed": [
        ("Egypt, under pressure from the IMF, cut fuel subsidies.",
         [("IMF", "pressure", "Egypt")], []),
        ("Jordan said the decision was taken under heavy pressure from Washington.",
         [("Washington", "pressure", "decision")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(STIPULATED, DENIED_PRESSURE))
def test_no_act_read_into_terms_or_denied_pressure(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence, present, absent", cases(UNTIL_DENIED))
def test_an_infinitive_denied_until_stays_denied(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
