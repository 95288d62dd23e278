"""Fixes of session 43's review (review43b), each a construction, not a sentence.

* a weapon of war dropped from a list of "by" agents is still no owner the other items
  react to (:func:`~extract.rules.verbal._reactions`): "Syrian troops backed by Russian
  jets and Hezbollah fighters" gives "Hezbollah —back→ Syria", not "Hezbollah —back
  troop→ Russia";
* a counted part of a group that has left it ("two of its former lawmakers", "its retired
  officials", :data:`~extract.lexicon.FORMER_WORDS`) does not act for the body;
* "without an agreement" says the sides reached none only after a verb of ending or
  parting (:data:`~extract.lexicon.PARTING_VERBS`): not "held talks without an agreement
  being expected";
* a settling payment followed by a clause after "but"/"yet" that may undo it
  (:data:`~extract.lexicon.UNDOING_CONJUNCTIONS`) stays an aim: "agreed to pay $10 billion
  to settle claims, but a judge rejected the deal" is hedged.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction, check_labels

BACKING_LISTS = {
    "a dropped war machine is no owner of the troops": [
        ("Syrian troops backed by Russian jets and Hezbollah fighters recaptured Aleppo.",
         [("Hezbollah", "back", "Syria")], [("Hezbollah", "Russia")]),
        ("Sudanese army units supported by Turkish drones and Egyptian advisers attacked "
         "RSF positions.",
         [("Egyptian advisers", "support", "Sudanese army units")],
         [("Egyptian advisers", "Turkey")]),
        ("Iraqi forces backed by American warplanes and Kurdish militiamen retook the "
         "town of Tikrit.",
         [("Kurdish militiamen", "back", "Iraq")], [("Kurdish militiamen", "United States")]),
        ("Government troops backed by Iranian advisers and Russian warplanes shelled Idlib.",
         [("Iranian advisers", "back", "government troops")], [("Iranian advisers", "Russia")]),
    ],
    "guard: backers kept, machines dropped": [
        ("Rebels backed by Rwanda seized the town of Goma.", [("Rwanda", "back", "rebels")], []),
        ("Ethiopian soldiers backed by tanks and artillery pushed into the town of Dessie.",
         [("Ethiopia", "push into", "Dessie")], [("artillery", "Ethiopia")]),
    ],
}

FORMER_MEMBERS = {
    "members who left act not for the body": [
        ("The Conservative Party said two of its former lawmakers had joined Reform UK.",
         [], [("Conservative Party", "United Kingdom")]),
        ("Hamas said several of its former commanders had met Egyptian officials in Cairo.",
         [], [("Hamas", "Egypt")]),
        ("The Social Democrats said four of its former members of parliament had joined "
         "the Greens.",
         [], [("Social Democrats", "Greens")]),
        ("Fatah said dozens of its former fighters had joined Hamas.", [], [("Fatah", "Hamas")]),
        ("The Likud party said five of its onetime members had joined Yesh Atid.",
         [], [("Likud", "Yesh Atid")]),
    ],
    "guard: serving members act for it": [
        ("Hezbollah vowed revenge. Some of its fighters fired rockets at Haifa.",
         [("Hezbollah", "fire rocket at", "Haifa")], []),
        ("The National Union of Teachers said 40,000 of its members had walked out of "
         "schools.",
         [("National Union of Teachers", "walk out of", "schools")], []),
        ("Ukraine said its forces had shot down 20 drones.", [("Ukraine", "shoot", "drones")],
         []),
    ],
}

UNENDED_TALKS = {
    "talks going on without an agreement reach no lack of one": [
        ("The United States and Iran held indirect talks in Oman without an agreement "
         "being expected.",
         [("United States", "talk", "Iran")], [("United States", "agreement", "Iran"),
                                                ("Iran", "agreement", "United States")]),
        ("Russia and Ukraine resumed negotiations in Istanbul without a ceasefire in place.",
         [("Russia", "negotiation", "Ukraine")], [("Russia", "ceasefire", "Ukraine")]),
        ("India and China opened border talks without an agreement on the agenda.",
         [], [("India", "agreement", "China"), ("China", "agreement", "India")]),
        ("Serbia and Kosovo began a new round of talks in Brussels without a deal in sight.",
         [("Serbia", "talk", "Kosovo")], [("Serbia", "deal", "Kosovo")]),
        ("Armenia and Azerbaijan held talks in Moscow without an agreement on the table.",
         [("Armenia", "talk", "Azerbaijan")], [("Armenia", "agreement", "Azerbaijan")]),
    ],
}

ENDED_TALKS = {
    "guard: talks that ended or broke up without one": [
        ("Talks between Serbia and Kosovo broke up without an agreement on Tuesday.",
         [("Serbia", "agree", "Kosovo", True, False),
          ("Kosovo", "agree", "Serbia", True, False)], []),
        ("Armenia and Azerbaijan concluded three days of negotiations in Washington "
         "without a peace deal.",
         [("Armenia", "deal", "Azerbaijan", True, False),
          ("Azerbaijan", "deal", "Armenia", True, False)], []),
        ("The Armenian and Azerbaijani leaders parted without a deal.",
         [("Armenia", "deal", "Azerbaijan", True, False),
          ("Azerbaijan", "deal", "Armenia", True, False)], []),
        ("Negotiations between Ethiopia and Egypt collapsed without an agreement.",
         [("Ethiopia", "agree", "Egypt", True, False),
          ("Egypt", "agree", "Ethiopia", True, False)], []),
    ],
}

UNDONE_SETTLEMENTS = {
    "a later 'but' clause may undo the settling": [
        ("Bayer agreed to pay $10 billion to settle claims, but a judge rejected the deal "
         "on Friday.",
         [("Bayer", "settle", "claims", False, True)], []),
        ("Purdue agreed to pay $4 billion to settle the lawsuits, but a federal judge later "
         "blocked the settlement.",
         [("Purdue", "settle", "lawsuits", False, True)], []),
        ("Boeing paid $200 million to settle the charges, but regulators reopened the case "
         "a year later.",
         [("Boeing", "settle", "charges", False, True)], []),
        ("Meta agreed to pay $725 million to settle a privacy lawsuit, yet an appeals court "
         "threw out the agreement.",
         [("Meta", "settle", "privacy lawsuit", False, True)], []),
    ],
    "guard: nothing undoes it": [
        ("Exxon paid $5 million to settle the lawsuit, and the company said it admitted no "
         "wrongdoing.",
         [("Exxon", "settle", "lawsuit", False, False)], []),
        ("Google agreed to pay $700 million to settle claims brought by 50 states, but did "
         "not admit wrongdoing.",
         [("Google", "settle", "claims", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(BACKING_LISTS, FORMER_MEMBERS, UNENDED_TALKS))
def test_review43_labels(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(ENDED_TALKS, UNDONE_SETTLEMENTS))
def test_review43_readings(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
