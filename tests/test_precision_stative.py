"""An -ing clause of where a thing lies or what it is made of ([stative_participles]) after a
comma describes the noun before it: it is no act of the clause's subject."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

STATIVE = {
    "a place's neighbour or a region's members": [
        ("Russia massed troops in Belgorod, bordering Ukraine.",
         [("Russia", "mass", "troops", False, False)], [("Russia", "Ukraine")]),
        ("Azerbaijan shelled villages in Tavush, bordering Armenia.",
         [("Azerbaijan", "shell", "villages in Tavush", False, False)],
         [("Azerbaijan", "Armenia")]),
        ("Unilever moved its regional office to the Benelux region, comprising Belgium, "
         "the Netherlands and Luxembourg.",
         [], [("Unilever", "Belgium"), ("Unilever", "Luxembourg")]),
        ("Hamas fighters fired rockets from Beit Hanoun, overlooking the Israeli town of "
         "Sderot.",
         [], [("Hamas", "Sderot")]),
    ],
    "guards: acts in an -ing clause keep the subject": [
        ("The FBI accused Michael Flynn of lying to investigators.",
         [("Michael Flynn", "lie to", "investigators", False, True)], []),
        ("Israel struck Gaza overnight, killing 20 people.",
         [("Israel", "kill", "people", False, False)], []),
        ("Turkish jets bombed Kurdish positions in northern Syria, killing 12 fighters.",
         [("Turkey", "kill", "fighters", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(STATIVE))
def test_a_stative_participle_describes_the_noun_before_it(extractor, sentence, present,
                                                           absent):
    check_construction(extractor, sentence, present, absent)
