"""Wire main triples missed (session 50): a group its possessive names, retaking, and
leaving a thing unchanged.

"Tehran said its coastal batteries fired on a tanker" says what "Iranian coastal batteries
fired on a tanker" says: a plural or group noun whose "its" or "their" stands for a named
actor acts for that actor (:func:`~extract.pipeline._owned_group`), so its act on a thing
is kept, as a named group's is, only for an event of a class. Guards: a pronoun that stands
for a common noun ("the company said its shareholders ...") or is left unresolved names no
side; others the side deals with ("its partners", :data:`~extract.lexicon.OUTSIDE_PARTIES`)
are not its body; an act of no class says nothing.

"Government forces retook the town" is fighting, as "recaptured" is (CAMEO 19x; a row of
``extract/data/event_classes.tsv`` for the verb, with the objects of "recapture"). Guards:
retaking a lead or an exam is no fight. Blowing up or dynamiting electricity pylons is
fighting too: a pylon is infrastructure an armed group targets (``@target``, beside the grid,
pipelines and substations); painting pylons is nothing. So are a shipyard, a prison or jail
and a hotel that is stormed or raided (a prison kitchen is no prison).

"The Bundesbank left its discount rate unchanged" says it did not change the rate: beside
"leave unchanged", a verb of keeping (:data:`~extract.lexicon.STATE_KEEPING_VERBS`) with a
state of :data:`~extract.lexicon.UNCHANGED_STATES` gives "change", negated (hedged when the
keeping is only intended). Guards: another state ("kept the border closed") says no change;
a denied keeping ("did not leave its rate unchanged") is no unchanged rate.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_class, check_construction, classes_by_sentence

OWNED_GROUPS = {
    "its air defences shot down": [
        ("Damascus said its air defences shot down an Israeli missile over Homs.",
         [("Damascus' air defences", "shoot down", "Israeli missile over Homs", False, False)],
         []),
        ("Eritrea said its air defences had shot down an Ethiopian fighter jet.",
         [("Eritrea's air defences", "shoot down", "Ethiopian fighter jet", False, False)], []),
    ],
    "its gunners shot down": [
        ("Ukraine said its gunners shot down a Russian helicopter near Bakhmut.",
         [("Ukraine's gunners", "shoot down", "Russian helicopter", False, False)], []),
    ],
    "its batteries fired on": [
        ("Tehran said its coastal batteries fired on a British tanker in the Strait of Hormuz.",
         [("Tehran's coastal batteries", "fire on", "British tanker", False, False)], []),
    ],
    "guard: others the side deals with are no body of its own": [
        ("Britain had pressed its partners to impose an arms embargo.",
         [("United Kingdom", "press", "United Kingdom's partners", False, False)],
         [("United Kingdom's partners", "arms embargo")]),
    ],
}

UNCHANGED = {
    "left its rate unchanged": [
        ("The Reserve Bank of Australia left its cash rate unchanged at 4.35 percent on Tuesday.",
         [("Reserve Bank of Australia", "leave", "Reserve Bank of Australia's cash rate",
           False, False),
          ("Reserve Bank of Australia", "change", "Reserve Bank of Australia's cash rate",
           True, False)], []),
        ("The Fed left the discount rate unchanged but raised margin requirements.",
         [("Federal Reserve", "change", "discount rate", True, False)], []),
    ],
    "kept its rate unchanged": [
        ("The European Central Bank kept its deposit rate unchanged for a fourth straight "
         "meeting.",
         [("European Central Bank", "change", "European Central Bank's deposit rate",
           True, False)], []),
        ("Saudi Aramco will keep its official selling prices for Asia unchanged in March, "
         "traders said.",
         [("Saudi Aramco", "change", "Saudi Aramco's official selling prices for Asia",
           True, True)], []),
    ],
}

UNCHANGED_GUARDS = [
    "The ministry kept the border closed.",
    "The Bank of Canada did not leave its policy rate unchanged.",
]


# sentences that must give no triple at all
NOTHING = [
    # "its" stands for a common noun, "their" for unnamed people
    "The company said its shareholders approved the merger.",
    "Officials said their guards fired on the crowd.",
    # no event of a class
    "Analysts said their models predicted a recession.",
    # retaking a lead is no fight
    "The champion retook the lead in the final lap.",
    # painting pylons is no act on anyone
    "Engineers painted the pylons along the motorway.",
    # a prison kitchen is no prison; a hotel industry no hotel
    "Inmates stormed the prison kitchen.",
    "The minister attacked the hotel industry for raising prices.",
]

RETAKING = [
    ("Government forces retook the town of Kidal from Tuareg rebels on Thursday.",
     ("government forces", "retake", "Kidal"), "FIGHT"),
    ("The rebels said they had retaken the airport at Goma after a day of fighting.",
     ("rebels", "retake", "airport at Goma"), "FIGHT"),
    ("Ukrainian troops retook the village of Robotyne, the general staff said.",
     ("Ukraine", "retake", "Robotyne"), "FIGHT"),
    # guard: retaking an exam is no fight
    ("Dimitrov retook the exam in June.", ("Dimitrov", "retake", "exam"), None),
    ("Rebels blew up three electricity pylons near Bujumbura on Sunday.",
     ("rebels", "blow up", "electricity pylons"), "FIGHT"),
    ("Maoist guerrillas dynamited two power pylons in Bihar overnight.",
     ("Maoist guerrillas", "dynamite", "power pylons"), "FIGHT"),
    ("Separatists blew up a pylon on the line feeding the port of Odesa, officials said.",
     ("separatists", "blow up", "pylon"), "FIGHT"),
    ("Riot police stormed the Hanjin shipyard in Busan on Sunday.",
     ("Riot police", "storm", "Hanjin shipyard"), "FIGHT"),
    ("Gunmen stormed a hotel in Mogadishu on Friday night.",
     ("gunmen", "storm", "hotel in Mogadishu"), "FIGHT"),
    ("Police raided a jail in Lagos.", ("police", "raid", "jail in Lagos"), "COERCE"),
]


@pytest.fixture(scope="module")
def retaking(extractor):
    return classes_by_sentence(extractor, (s for s, _, _ in RETAKING))


@pytest.mark.parametrize("sentence, present, absent", cases(OWNED_GROUPS))
def test_owned_groups(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence", NOTHING)
def test_nothing(extractor, sentence):
    (result,) = extractor.extract([Article("t", sentence)])
    assert not result.triples, [(t.subject.label, t.relation.lemma, t.object.label)
                                for t in result.triples]


@pytest.mark.parametrize("sentence, triple, wanted", RETAKING)
def test_retaking(retaking, sentence, triple, wanted):
    check_class(retaking, sentence, triple, wanted)


@pytest.mark.parametrize("sentence, present, absent", cases(UNCHANGED))
def test_unchanged(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence", UNCHANGED_GUARDS)
def test_unchanged_guards(extractor, sentence):
    (result,) = extractor.extract([Article("t", sentence)])
    assert not any(t.relation.lemma == "change" for t in result.triples)
