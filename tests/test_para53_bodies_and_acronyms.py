"""Acting bodies and names a one-sentence paraphrase loses (session 50, round 2).

* an official body's head with the kind word of a CAMEO agent phrase before it
  (:func:`~extract.vague.official_body`: "the electoral bureau", as "electoral commission")
  names a body of people who act (:func:`~extract.rules.base.actor_noun`), so the "by"
  phrase of an event noun names its doer when the NER typed no organisation: "the
  suspension of X by the electoral bureau" is the bureau's suspension of X, as "by the
  electoral commission" already was; a bare "by the bureau", or a head whose modifier is
  no kind word of the dictionary ("the travel bureau"), names no one.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

BODIES_BY = {
    "an official body as the 'by' agent of an event noun": [
        ("The suspension of Dimitrov by the electoral bureau angered his supporters on Tuesday.",
         [("electoral bureau", "suspend", "Dimitrov", False, False)], []),
        ("The arrest of Petrov by the intelligence directorate drew an angry response from "
         "Moscow.",
         [("intelligence directorate", "arrest", "Petrov", False, False)], []),
        ("Opposition parties condemned the expulsion of Markovic by the election bureau.",
         [("election bureau", "expel", "Markovic", False, False)], []),
        ("The detention of Haddad by the military directorate was criticised by rights groups.",
         [("military directorate", "detain", "Haddad", False, False)], []),
    ],
    "guard: no kind of body, or the verb's own subject": [
        ("The suspension of Dimitrov by the bureau angered his supporters on Tuesday.",
         [], [("bureau", "Dimitrov")]),
        ("The booking of Dimitrov by the travel bureau angered his supporters on Tuesday.",
         [], [("travel bureau", "Dimitrov")]),
        ("The electoral bureau suspended Dimitrov on Tuesday.",
         [("electoral bureau", "suspend", "Dimitrov", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(BODIES_BY))
def test_an_official_body_acts(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
