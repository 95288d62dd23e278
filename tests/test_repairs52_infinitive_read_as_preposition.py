"""A verb's infinitive whose "to" the parser read as a preposition after "preparing" or
"prepared", the verb as a modifier of the name after it
(:func:`extract.hygiene._infinitive_read_as_object`, ``[scheduling_predicates]``): "the
regulator is preparing to fine Barclays" parsed "preparing | to (fine Barclays)" is read
"preparing | to fine | Barclays", a planned fine, as "plans to fine Meta" is parsed. A
name after "to" with no verb before it stays a place or a thing ("moved to Clear Lake").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_TABLE = {
    "infinitive read as a preposition": [
        ("The Competition and Markets Authority is preparing to fine Barclays over its "
         "handling of complaints.",
         [("Competition and Markets Authority", "prepare to fine", "Barclays", False, True)],
         []),
        ("The SEC is preparing to fine Goldman Sachs over its disclosures.",
         [("SEC", "prepare to fine", "Goldman Sachs", False, True)], []),
        ("Brussels is preparing to fine Alphabet over its disclosures.",
         [("Brussels", "prepare to fine", "Alphabet", False, True)],
         [("Brussels", "fine Alphabet")]),
        # guards: parsed right already, and a name after "to" with no verb in it
        ("The regulator plans to fine Meta over data breaches.",
         [("regulator", "plan to fine", "Meta", False, True)], []),
        ("Moscow is preparing to free Gershkovich as part of a swap.",
         [("Moscow", "prepare to free", "Gershkovich", False, True)], []),
        ("The Nigerian army moved its headquarters to Clear Lake last year.",
         [("Nigeria", "move to", "Clear Lake", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_infinitive_read_as_preposition(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
