"""A "whose" clause tells of its noun's own things, not of something done to it (session 22).

"Orchard Corp, whose shares fell 3 pct on Monday, rejected the bid" gave "shares | fall |
Orchard Corp": a bare relative clause ("the journalist it had kidnapped") takes the noun
it tells of as its object, but in a "whose" clause the noun owns the subject and is no
object of the verb (read while checking a tune-half wire article whose "Orchard, whose
shares closed at 24-3/4" lost its bidder's target).
"""

from __future__ import annotations

import pytest

from tests.constructions import check_precision

CASES = {
    "the noun of a 'whose' clause is no object of its verb": [
        ("Orchard Corp, whose shares fell 3 pct on Monday, rejected the bid.", [],
         [("shares", "fall", "Orchard Corp")]),
        ("Acme made an offer for Zenith, whose shares rose 5 pct on the New York Stock "
         "Exchange.", [], [("shares", "rise", "Zenith")]),
        ("Greece thanked Turkey, whose rescuers helped after the earthquake.",
         [("Greece", "thank", "Turkey", False)], [("rescuers", "help", "Turkey")]),
    ],
    "guard: a bare relative clause still takes its noun as object": [
        ("Hamas released the journalist it had kidnapped in March.",
         [("Hamas", "kidnap", "journalist", False)], []),
    ],
}


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         [case for cases in CASES.values() for case in cases],
                         ids=[f"{name}-{i}" for name, cases in CASES.items()
                              for i in range(len(cases))])
def test_whose(extractor, text, wanted, unwanted):
    check_precision(extractor, text, wanted, unwanted)
