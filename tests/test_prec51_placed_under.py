"""The state or authority a verb of placing puts its object under, named by a word before
its noun, joins the relation (session 51).

"considering placing the tankers under the U.S. flag" lost "under flag": the "under"
phrase of a verb of placing (:data:`~extract.lexicon.PLACING_VERBS`, :func:`~extract.
rules.verbal._put_in_state`) joined the relation only when no name was in it, and "U.S."
made "flag" read as a named party. A common noun a name only modifies (a compound or an
adjective: "U.S. flag", "United Nations command", "Turkish protection") that is no actor
is a state (:func:`~extract.rules.verbal._named_state`). Guards: a named group or actor
noun ("under Iraqi troops") is no state, and an unnamed state keeps its reading.

All sentences are written for these tests, not taken from any data file.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

pytestmark = pytest.mark.model

PLACED = {
    "a state a name modifies": [
        ("Washington was considering placing the Kuwaiti tankers under the U.S. flag.",
         [("Washington", "consider placing under U.S. flag", "Kuwaiti tankers")],
         [("Washington", "consider placing", "Kuwaiti tankers")]),
        ("Japan put its troops under United Nations command.",
         [("Japan", "put under United Nations command", "Japan's troops")],
         [("Japan", "put", "Japan's troops")]),
        ("The UN placed the refugees under Turkish protection.",
         [("United Nations", "place under Turkish protection", "refugees")],
         [("United Nations", "place", "refugees")]),
    ],
    "guard: an actor noun, and an unnamed state": [
        ("Baghdad placed the oilfields under Iraqi troops.",
         [("Baghdad", "place", "oilfields")], []),
        ("The regulator decided to place Banco Sur under administration.",
         [("regulator", "decide to place under administration", "Banco Sur")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(PLACED))
def test_a_named_state_joins_the_relation(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
