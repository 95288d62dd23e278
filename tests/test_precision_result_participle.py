"""'X did Y, giving it / them Z': what the event gave the subject is a result, not an act of
the subject: no 'X give Z' and no 'X give Z to' whatever Z names."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

RESULT = {
    "giving it / them": [
        ("The Greens secured the nomination of the Labour Party, giving it ballot access in "
         "Ohio.", [], [("Greens", "Ohio")]),
        ("The airline bought two Boeing jets, giving it access to Heathrow.",
         [], [("airline", "Heathrow")]),
        ("The rebels took the airport, giving them a supply route to Goma.",
         [], [("rebels", "Goma")]),
        ("Microsoft acquired Activision, giving it the rights to Call of Duty.",
         [("Microsoft", "acquire", "Activision", False, False)],
         [("Microsoft", "Call of Duty")]),
    ],
    "guards: what the subject gives someone else": [
        ("Ecuador sheltered Julian Assange in its London embassy, giving him asylum.",
         [("Ecuador", "give", "Julian Assange", False, False)], []),
        ("Russia sent air defence systems to Syria, giving Damascus an edge.",
         [("Russia", "give", "Damascus", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(RESULT))
def test_a_result_given_to_the_subject(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
