"""A rise or fall says what changed with its "in" complement (session 22).

"Nordvik AB said it would cut 900 jobs after reporting a 14% drop in third-quarter
operating profit" gave the object "drop" (judged *partly* by both annotators of audit
sheet 13, a tune-half wire row: a bare head that loses the point). A noun of change
(``[change_heads]``: drop, rise, fall, increase, cut, ...) keeps a short "in"
complement in its label as "state of emergency" keeps its "of"; the words of a
hyphenated modifier count as words ("third-quarter" is two), not as tokens.
"""

from __future__ import annotations

import pytest

from tests.constructions import check_precision

CASES = {
    "a change keeps what it is in": [
        ("Swedish truckmaker Nordvik AB said on Tuesday it would cut 900 jobs after "
         "reporting a 14% drop in third-quarter operating profit.",
         [("Nordvik AB", "report", "drop in third-quarter operating profit", False)],
         [("Nordvik AB", "report", "drop")]),
        ("Heineken reported a 5% decline in first-half beer volumes.",
         [("Heineken", "report", "decline in first-half beer volumes", False)],
         [("Heineken", "report", "decline")]),
        ("The Reserve Bank of India announced a cut in interest rates on Friday.",
         [("Reserve Bank of India", "announce", "cut in interest rates", False)],
         [("Reserve Bank of India", "announce", "cut")]),
        ("Toyota posted a sharp increase in sales last month.",
         [("Toyota", "post", "sharp increase in sales", False)], []),
    ],
    "guards: no 'in' complement for other nouns, nor a date or place after a change": [
        # (a site keeps its named place: "a plant in Mexico", tests/test_labels37_sides.py)
        # (no bare "open | talks": a tie opened with no partner named, session 48's
        # vague.partnerless; the place triple stays)
        ("Ford opened talks in Mexico.", [("Ford", "open talk in", "Mexico", False)],
         [("Ford", "open", "talks in Mexico")]),
        ("Shell reported a loss in the third quarter.", [],
         [("Shell", "report", "loss in third quarter")]),
    ],
}


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         [case for cases in CASES.values() for case in cases],
                         ids=[f"{name}-{i}" for name, cases in CASES.items()
                              for i in range(len(cases))])
def test_change_in(extractor, text, wanted, unwanted):
    check_precision(extractor, text, wanted, unwanted)
