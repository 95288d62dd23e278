"""A result adjective after a gerund of keeping joins the relation (session 51).

"criticised the Riksbank for keeping mortgage rates too low": the parser may read "low"
as an adverb of "keeping" rather than its object predicate, and the relation lost its
point ("keep" rates). An adjective hung as an adverb on a verb of keeping or leaving
(:data:`~extract.lexicon.STATE_KEEPING_VERBS`) right after the object's phrase is read as
the result predicate is ("keep too low", as "kept rates too low" already is:
:func:`~extract.rules.verbal._secondary`). Guards: the predicate read as such stays, and a
verb of no keeping ("selling the shares cheap") is unchanged.

All sentences are written for these tests, not taken from any data file.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

pytestmark = pytest.mark.model

KEPT = {
    "an adjective the parser hung as an adverb": [
        ("The IMF criticised Brazil for keeping interest rates too low.",
         [("Brazil", "keep too low", "interest rates")],
         [("Brazil", "keep", "interest rates")]),
        ("Economists criticised the Riksbank for keeping mortgage rates too low.",
         [("Riksbank", "keep too low", "mortgage rates")],
         [("Riksbank", "keep", "mortgage rates")]),
        ("The minister criticised Chile for keeping copper prices too low.",
         [("Chile", "keep too low", "copper prices")],
         [("Chile", "keep", "copper prices")]),
    ],
    "guard: a predicate read as such, and no verb of keeping": [
        ("Saudi Arabia criticised Nigeria for keeping oil output too high.",
         [("Nigeria", "keep too high", "oil output")], []),
        ("Brazil kept interest rates too low last year.",
         [("Brazil", "keep too low", "interest rates")], []),
        ("Investors criticised Acme Corp for selling the shares cheap.",
         [("Acme Corp", "sell", "shares")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(KEPT))
def test_a_kept_state_joins_the_relation(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
