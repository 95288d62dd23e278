"""Session 38's paraphrase forms that did not hold, on real parses (one batch for the module):

- a body's kind said by its head and the words before it, a CAMEO agent phrase ("the
  electoral commission", "the central bank", "the legislative council"), is who acted,
  in an active clause, an -ing adjunct or a complement alike, though no word of it is an
  agent alone; the bare head ("the commission") still says nothing of which one, and a
  vehicle's phrase ("the cargo ship") is a thing (extract/vague.py ``vague_agent``).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

_BODY_KINDS = {
    "agent phrase as subject": [
        ("The election commission barred Maria Lopez from the presidential race.",
         [("election commission", "bar", "Maria Lopez", False, False)], []),
        ("The central bank fined Danske Bank for lax controls.",
         [("central bank", "fine", "Danske Bank", False, False)], []),
        ("The legislative council censured Governor Peter Mwangi over the audit.",
         [("legislative council", "censure", "Peter Mwangi", False, False)], []),
        # in an -ing adjunct of a clause that has no party of its own
        ("The electoral commission met in Accra on Monday, disqualifying Kwame Mensah over "
         "forged papers.",
         [("electoral commission", "disqualify", "Kwame Mensah", False, False)], []),
    ],
    "guard: a bare head or a vehicle": [
        ("The commission disqualified Samuel Otieno.", [], [("commission", "Samuel Otieno")]),
        ("The cargo ship rammed the Aurora Star near Dover.", [],
         [("cargo ship", "Aurora Star")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_BODY_KINDS))
def test_body_kinds(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
