"""A counted group of a nation's state people or arms that is acted on is so many people
or things, not their state: "Canada expelled four Indian diplomats" expels diplomats, not
India (judged partly right on the tune-half wire sheets), as "30 Israelis were killed" are
people, not Israel. Uncounted, and as the doer, the group still acts for its state."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

COUNTED_GROUP = {
    "a counted group acted on": [
        ("Ottawa expelled six Indian diplomats on Monday, including the high commissioner.",
         [("Ottawa", "expel", "Indian diplomats", False, False)], [("Ottawa", "India")]),
        ("Iranian authorities detained two French diplomats on Saturday.",
         [("Iran", "detain", "French diplomats", False, False)], [("Iran", "France")]),
        ("Poland's air defences shot down three Russian drones over its eastern border.",
         [("Poland's air defences", "shoot down", "Russian drones", False, False)],
         [("Poland's air defences", "Russia")]),
        ("Three Chinese soldiers were arrested by Indian police near the frontier.",
         [("India", "arrest", "Chinese soldiers", False, False)],
         [("India", "China")]),
    ],
    "guards: the doer, and an uncounted group, stand for the state": [
        ("Two Russian warplanes violated Estonian airspace on Friday.",
         [("Russia", "violate", "Estonian airspace", False, False)], []),
        ("Israeli troops raided the Jenin refugee camp overnight.",
         [("Israel", "raid", "Jenin refugee camp", False, False)], []),
        ("Russia attacked Ukrainian troops near Pokrovsk on Tuesday.",
         [("Russia", "attack", "Ukraine", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(COUNTED_GROUP))
def test_counted_group_acted_on(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
