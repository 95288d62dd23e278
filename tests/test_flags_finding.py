"""A finding reported by an organisation referred to as "it" is stated, not hedged: "the
regulator fined X after it found that X misled shoppers" ("it" is the regulator). Only an
impersonal, passive "it" hedges: "it is believed that ...".

The model tests run sentences written for these tests (none from the PLOVER, WCEP,
Wikinews or wire data) through the real extractor.
"""

from __future__ import annotations

import pytest

FOUND = [  # (sentence, subject, relation label, object, hedged)
    ("The regulator fined Carrefour after it found that the retailer misled shoppers.",
     "Carrefour", "mislead", "shoppers", False),
    ("Kenya's competition regulator said it found that Carrefour misled shoppers.",
     "Carrefour", "mislead", "shoppers", False),
    ("The watchdog said it had concluded that Barclays misled investors.", "Barclays",
     "mislead", "investors", False),
    # guards: impersonal
    ("It is believed that Russia supplied the missiles to the rebels.", "Russia", "supply",
     "missiles", True),
    ("It was reported that Iran armed the Houthis.", "Iran", "arm", "Houthis", True),
]


@pytest.fixture(scope="module")
def extract(extract):
    """The triples of a text by (subject, relation label, object)."""
    return lambda text: {(t.subject.label, t.relation.label, t.object.label): t.hedged
                          for t in extract(text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "label", "obj", "hedged"), FOUND)
def test_what_an_organisation_found_is_stated(extract, text, subject, label, obj, hedged):
    found = extract(text)
    assert found.get((subject, label, obj)) is hedged, found
