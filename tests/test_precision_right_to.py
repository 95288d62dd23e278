"""A right or power is said by its "to" infinitive (session 22).

"The workers, who are demanding a 25 pct pay rise and the right to form an independent
union, ..." gave "workers | demand | right" (a tune-half wire article), and "DRM
actively trying to stop the right to repair" gave the object "right" (judged *partly*
by both annotators of audit sheet 13: a fragment of "right to repair"). A noun of a
right or power (``[infinitive_heads]``) keeps its short "to" infinitive, with a short
object, in its label.
"""

from __future__ import annotations

import pytest

from tests.constructions import check_precision

CASES = {
    "a right keeps what it is the right to": [
        ("The workers demanded the right to form an independent union.",
         [("workers", "demand", "right to form independent union", False)],
         [("workers", "demand", "right")]),
        ("Hong Kong protesters demanded the right to elect their leader.",
         [("Hong Kong protesters", "demand", "right to elect leader", False)],
         [("Hong Kong protesters", "demand", "right")]),
        ("Opposition parties demanded the freedom to campaign in rural areas.",
         [("opposition parties", "demand", "freedom to campaign", False)],
         [("opposition parties", "demand", "freedom")]),
        ("Congress gave the FBI the authority to monitor phone calls.",
         [("Congress", "give", "authority to monitor phone calls", False)],
         [("Congress", "give", "authority")]),
    ],
    "guard: with no infinitive the noun is unchanged": [
        ("Kenya's Supreme Court upheld the right of citizens to protest.",
         [("Supreme Court", "uphold", "right of citizens", False)], []),
    ],
}


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         [case for cases in CASES.values() for case in cases],
                         ids=[f"{name}-{i}" for name, cases in CASES.items()
                              for i in range(len(cases))])
def test_right_to(extractor, text, wanted, unwanted):
    check_precision(extractor, text, wanted, unwanted)
