"""Event classes the CAMEO synonym sets carry along by mistake (session 45).

CAMEO's PROVIDE AID pattern [070] lists "interfere" beside "intervene", so the derived table
(``extract/data/event_classes_cameo.tsv``) gave "Western countries -interfere in-> Hong Kong"
the class AID; interfering in a country's affairs or an election is no aid. The reviewed
overrides (``extract/data/event_classes.tsv``) drop the verb's class ("!"). Guards: aid verbs
keep AID.
"""

from __future__ import annotations

import pytest

from tests.constructions import check_class, classes_by_sentence

#: (sentence, (subject, label, object), wanted class)
ROWS = [
    ("China criticised Western countries for interfering in Hong Kong.",
     ("Western countries", "interfere in", "Hong Kong"), None),
    ("Beijing warned Japan against interfering in Taiwan.",
     ("Japan", "interfere in", "Taiwan"), None),
    ("Hungary said Brussels was interfering in Poland on behalf of the opposition.",
     ("Brussels", "interfere in", "Poland"), None),
    # guards: aid verbs keep their class
    ("Japan sent food aid to North Korea.", ("Japan", "send aid", "North Korea"), "AID"),
    ("The European Union provided 50 million euros in aid to Jordan.",
     ("European Union", "provide to", "Jordan"), "AID"),
]


@pytest.fixture(scope="module")
def found(extractor):
    """(subject, relation label, object) -> event class of every sentence, parsed once."""
    return classes_by_sentence(extractor, [row[0] for row in ROWS])


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "triple", "wanted"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_class_of_the_sense(found, sentence, triple, wanted):
    check_class(found, sentence, triple, wanted)
