"""A "not" with a time up to now denies the event (session 45).

"so far", "thus far" and "as yet" say *until now*, not *how much*: "Moscow has not bought
U.S. wheat so far this season" says no wheat was bought, so the triple is negated. The "so"
of "so far" made it look like a compared degree ("did not attack so often": it attacked,
:func:`~extract.context._degree_word`), which took the negation away; and the parser hangs
the "not" of "has not as yet attacked X" on "yet", not on the verb
(:func:`~extract.rules.base.is_negated`). A real comparison keeps its degree reading:
"did not react so strongly" (it reacted), "did not send enough tanks".
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

SO_FAR = {
    "'not ... so far' / 'as yet': the event is denied": [
        ("U.S. officials said Moscow had not bought any U.S. wheat so far this season, despite "
         "an offer of subsidies.",
         [("Moscow", "buy", "United States wheat", True, False)], []),
        ("Hamas has not so far released the two Thai hostages, Qatari mediators said.",
         [("Hamas", "release", "Thai hostages", True, False)], []),
        ("Pyongyang has not tested a nuclear device so far this year, South Korean officials "
         "said.",
         [("Pyongyang", "test", "nuclear device", True, False)], []),
        ("Niger's military government has not as yet expelled the French ambassador, "
         "diplomats in Niamey said.",
         [("Niger", "expel", "French ambassador", True, False)], []),
        ("Iran has not as yet returned the seized tanker to its Greek owners.",
         [("Iran", "return", "seized tanker", True, False)], []),
    ],
    "guard: a compared degree is no denial of the event": [
        ("Germany did not send tanks to Ukraine so quickly as France.",
         [("Germany", "send", "tanks", False, False)], []),
        ("Germany did not send enough tanks to Ukraine.",
         [("Germany", "send", "enough tanks", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(SO_FAR))
def test_not_so_far_denies_the_event(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
