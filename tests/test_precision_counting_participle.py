"""An -ing clause of counting, bearing on or coming after ('totaling 412 seats', 'numbering
2,000 people', 'pertaining to his lobbying', 'following the landslide') describes a count,
a topic or a time, not an act of the clause's subject: no 'X total seats', 'X pertain to
lobbying' or 'X follow landslide'."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

COUNTING = {
    "count, topic or time of an -ing clause": [
        ("Ethiopia's health ministry reported 300 new infections, totaling more than 4,000 "
         "cases since March.", [("Ethiopia", "report", "infections", False, False)],
         [("Ethiopia", "cases")]),
        ("The World Health Organization recorded 200 new cases in Congo, numbering 3,400 "
         "infections this year.", [("World Health Organization", "record", "cases", False,
                                    False)],
         [("World Health Organization", "infections")]),
        ("Manafort faced 18 counts of fraud pertaining to his lobbying for Ukraine.",
         [], [("Manafort", "lobbying")]),
        ("The Philippine army increased the death toll to nine following the landslide "
         "caused by the typhoon.", [], [("Philippines", "landslide")]),
    ],
    "guards: an act in the -ing clause": [
        ("Russia launched a wave of drone attacks on Ukrainian cities overnight, killing at "
         "least nine people.", [("Russia", "kill", "people", False, False)], []),
        ("Kenyan police fired tear gas at protesters in Nairobi, following them into a market.",
         [("Kenya", "fire at", "protesters", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(COUNTING))
def test_counting_participle_is_no_act(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
