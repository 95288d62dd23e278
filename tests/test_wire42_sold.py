"""A sale told by an agentless passive: the "to" side bought it (session 42).

"X was sold to Y" with no "by" seller (``[sold_verbs]``, "sell:buy") gives Y —buy→ X
(pattern ``converse``), as "the sale of X to Y" does for the noun; a subject described in
apposition as a unit of a named owner (``[own_unit_nouns]``: "Clearview, a unit of
Meridian, was sold to Brandt") was sold by that owner (:func:`~extract.rules.verbal.
_sold_to`). Flags follow the verb. Guards: an unnamed subject ("the shares", "the
painting") or buyer ("its managers"); a passive with its seller keeps the seller's
reading ("sold by Unilever to Nestle").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

SOLD = {
    "was sold to a named buyer": [
        ("The Plaza Hotel was sold to Donald Trump for 390 mln dlrs.",
         [("Donald Trump", "buy", "Plaza Hotel", False, False)], []),
        ("Westbury Mills was not sold to Cargill, the company said.",
         [("Cargill", "buy", "Westbury Mills", True, False)], []),
    ],
    "a unit of a named owner: the owner sells": [
        ("Lakeview Dairy Inc, a unit of Harlan Foods Corp, has been sold to Brookfield Farms "
         "Co for 40 mln dlrs, Harlan said.",
         [("Brookfield Farms Co", "buy", "Lakeview Dairy Inc", False, False),
          ("Harlan Foods Corp", "sell", "Lakeview Dairy Inc", False, False)], []),
        ("Harmon Tool Co, a subsidiary of Dexter Corp, will be sold to Kessler Group, the "
         "company said.",
         [("Kessler Group", "buy", "Harmon Tool Co", False, True),
          ("Dexter Corp", "sell", "Harmon Tool Co", False, True)], []),
    ],
    "guards: unnamed sides, a named seller": [
        ("The shares were sold to investors in Europe.", [], [("investors", "shares")]),
        ("Kessler Tool was sold to its managers.", [], [("managers", "Kessler Tool")]),
        ("Westfield Foods was sold by Unilever to Nestle last year.",
         [("Unilever", "sell", "Westfield Foods", False, False)],
         [("Nestle", "Westfield Foods")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SOLD))
def test_sold(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
