"""A counted part of a group as the subject (session 43).

"40,000 of its members picketed the plant", "some of its fighters fired rockets", "half of
its fighters", "two of its 400,000 members": a number, a quantity head
(:data:`~extract.lexicon.QUANTITY_HEADS`) or a part (:data:`~extract.lexicon.FRACTION_NOUNS`)
as the active subject, with a group of :data:`~extract.lexicon.MEMBER_HEADS` after "of"
owned by "its" or "their", acts for the pronoun's owner, as "its members" does
(:func:`~extract.actors._counted_subject`, :meth:`~extract.actors.ActorResolver._pronoun_owner`:
the reporter of the clause, else the pronoun's antecedent). A named owner ("dozens of
Russia's soldiers") already did. Guards: a count acted on ("expelled two of its
diplomats") or a passive subject ("two of its fighters were killed") is so many people; a
count of people who are no one's members ("two of the prisoners"), a count of named
people, a count of things that are no member head ("two of its trucks") and of a
company's employees (workers are not the company) stay as they were.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

COUNTED_GROUP = {
    "a count of its members": [
        ("Hezbollah vowed revenge. Some of its fighters fired rockets at Haifa on Tuesday.",
         [("Hezbollah", "fire rocket at", "Haifa")], [("fighters", "Haifa")]),
        ("The Taliban said dozens of their fighters had captured the district of Ghazni.",
         [("Taliban", "capture", "Ghazni")], [("fighters", "Ghazni")]),
        ("The Kurdistan Workers Party said several of its commanders had attacked a Turkish "
         "army base.",
         [("Kurdistan Workers' Party", "attack", "Turkish army base")],
         [("commanders", "Turkish army base")]),
        ("Germany said two of its soldiers had shot a gunman near Kunduz.",
         [("Germany", "shoot", "gunman")], [("soldiers", "gunman")]),
    ],
    "a count out of a total": [
        ("The Teamsters union said 300,000 of its 400,000 members would picket UPS depots.",
         [("Teamsters", "picket", "UPS depots")], [("members", "UPS depots")]),
        ("The Korean Metal Workers' Union called a strike on Monday. About 40,000 of its "
         "members picketed Hyundai Motor's plant in Ulsan.",
         [("Korean Metal Workers' Union", "picket", "Hyundai Motor")],
         [("members", "Hyundai Motor")]),
    ],
    "a part of its members": [
        ("Hamas vowed to retaliate. Half of its gunmen fired mortars at Sderot.",
         [("Hamas", "fire mortar at", "Sderot")], [("gunmen", "Sderot")]),
    ],
    "a named owner (as before)": [
        ("Dozens of Russia's soldiers attacked Ukrainian positions near Bakhmut.",
         [("Russia", "attack", "Ukrainian positions near Bakhmut")], []),
    ],
    "guard: acted on, passive, no member head": [
        ("Israel expelled two of its diplomats.",
         [("Israel", "expel", "Israel's diplomats")], [("Israel", "Israel")]),
        ("Hezbollah vowed revenge. Two of its fighters were killed by Israeli troops.",
         [("Israel", "kill", "fighters")], [("Israel", "Hezbollah")]),
        ("Hamas released 20 prisoners on Sunday. Two of the prisoners attacked a police "
         "station in Gaza.",
         [("Hamas", "release", "prisoners")], [("Hamas", "police station")]),
        ("Three of them, Ali Hassan, Omar Said and Samir Nasser, attacked the police station.",
         [("Ali Hassan", "attack", "police station"), ("Samir Nasser", "attack", "police station")],
         []),
        ("Maersk said two of its trucks hit a bus in Lagos.", [], [("Maersk", "bus")]),
        ("Air France cut 2,000 jobs. Half of its employees joined a strike against the company.",
         [("Air France", "cut", "jobs")], [("Air France", "Air France")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(COUNTED_GROUP))
def test_counted_group(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
