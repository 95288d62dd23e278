"""Wire main triples missed (session 50): "cut its money market dealing rates".

The parser reads the -ing word of a rate's name as a clause ("cut [its money market]
[dealing rates]", as "saw the market dealing ...", or a gerund phrase "its money market
dealing" with the rates its object), so the verb's object became "its money market".
:func:`~extract.hygiene._gerund_compound_read_as_clause` makes the rates the object of a
verb of a level (:data:`~extract.lexicon.LEVEL_VERBS`), the -ing word and the noun before it
their compounds, as "its base lending rate" is parsed. Guards: a participle after a comma
("raised tariffs, hurting American farmers") keeps its clause; a verb that keeps a state
("kept the mine running") keeps its small clause.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

DEALING_RATES = {
    "cut its money market dealing rates": [
        ("The Bank of Canada cut its money market dealing rates by a quarter point on "
         "Tuesday, dealers said.",
         [("Bank of Canada", "cut", "Bank of Canada's money market dealing rates",
           False, False)],
         [("Bank of Canada", "Bank of Canada's money market")]),
        ("The Bank of France raised its money market dealing rates by half a point, "
         "signalling higher base rates.",
         [("Bank of France", "raise", "Bank of France's money market dealing rates",
           False, False)],
         [("Bank of France", "Bank of France's money market")]),
        ("The Reserve Bank of India lowered its money market dealing rates to 6 pct.",
         [("Reserve Bank of India", "lower", "Reserve Bank of India's money market dealing rates",
           False, False)],
         [("Reserve Bank of India", "Reserve Bank of India's money market")]),
    ],
    "guard: a participle after a comma keeps its clause": [
        ("Japan raised tariffs, hurting American farmers.",
         [("Japan", "raise", "tariffs", False, False),
          ("Japan", "hurt", "American farmers", False, False)], []),
    ],
    "guard: the base rates parsed right stay": [
        ("The Reserve Bank of New Zealand lowered its overnight lending rates by 50 basis points.",
         [("Reserve Bank of New Zealand", "lower",
           "Reserve Bank of New Zealand's overnight lending rates", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(DEALING_RATES))
def test_dealing_rates(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
