"""An abbreviated country before a noun of armed force is who strikes (session 54).

"a U.S. airstrike near Bardere wounded three militants" reads as "an American airstrike
near Bardere" already did: the abbreviation ("U.S.", "UK", "UAE") compounded on
an event noun of force (ASSAULT or FIGHT) is the attacker even with no "on" target
(:func:`~extract.rules.base._country_attacks`). Guards: a city's name before the noun is
where ("the Kharkiv attack"), a country's full name alone may be the target ("the Syria
strikes"), a place noun between them is what was struck ("the U.S. embassy
bombing"), and nouns of no force ("U.S. aid", "U.S. sanctions on Tehran") keep their
readings.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

ABBREVIATED = {
    "abbreviation before a noun of force": [
        ("A U.S. airstrike near Bardere wounded three al-Shabaab militants, the army said.",
         [("United States", "wound", "al-Shabaab")], []),
        ("A U.K. drone strike near Raqqa killed an Islamic State commander, officials said.",
         [("United Kingdom", "kill", "Islamic State commander")], []),
        ("The UAE air raid near Mukalla hit a fuel depot.",
         [("United Arab Emirates", "hit", "fuel depot")], []),
    ],
    "guard: a nationality adjective reads as before": [
        ("An American airstrike near Bardere wounded three al-Shabaab militants, the army said.",
         [("United States", "wound", "al-Shabaab")], []),
    ],
    "guard: a place or a full name alone is not the attacker": [
        ("The Kharkiv attack killed nine people.", [], [("Kharkiv", "people")]),
        ("The Syria strikes killed dozens of people.", [], [("Syria", "people")]),
    ],
    "guard: a place noun between the abbreviation and the event noun": [
        ("The 1998 U.S. embassy bombing in Nairobi killed more than 200 people.", [],
         [("United States", "people"), ("United States", "Nairobi")]),
        ("The US consulate attack in Benghazi killed four Americans.", [],
         [("United States", "Americans")]),
        ("A U.S. base attack in Iraq wounded four soldiers.", [], [("United States", "soldiers")]),
    ],
    "guard: nouns of no force": [
        ("U.S. aid to Kyiv rose sharply last year.", [], [("United States", "Kyiv")]),
        ("U.S. sanctions on Tehran took effect on Monday.",
         [("United States", "sanction", "Tehran")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(ABBREVIATED))
def test_abbreviated_country_strikes(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
