"""A finite verb beside a denied gerund is not denied (session 46).

In "Rwanda denies having any soldiers in Congo and accuses Kinshasa of backing the FDLR"
the parse hangs "accuses" on the gerund "having", and the denial above the gerund reached
it: "Rwanda —accuse→ Kinshasa" came out negated. Only a gerund can be denied with a
gerund ("denied sending troops and arming the rebels"); a finite verb coordinated with one
is the subject's own act beside the denial
(:func:`~extract.context._finite_beside_gerund`), as "denied that X crossed the border
and accused Y" already was for a "that" clause. Guards: coordinated gerunds and "or"
keep the denial.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

FINITE_BESIDE_DENIAL = {
    "a finite verb beside the denied gerund is stated": [
        ("Rwanda denies having any soldiers on Congolese territory and accuses Kinshasa "
         "of backing the FDLR militia.",
         [("Rwanda", "accuse", "Kinshasa", False, False)], []),
        ("Serbia denied arming the gunmen and blamed Kosovo for the clashes.",
         [("Serbia", "arm", "gunmen", True, False),
          ("Serbia", "blame", "Kosovo", False, False)], []),
        ("Pakistan denies sheltering the militants and accuses India of staging the attack.",
         [("Pakistan", "shelter", "militants", True, False),
          ("Pakistan", "accuse", "India", False, False)], []),
        ("Tehran denied supplying missiles to the Houthis and condemned the American "
         "strikes on Yemen.",
         [("Tehran", "supply", "missiles", True, False),
          ("Tehran", "condemn", "American strikes on Yemen", False, False)], []),
    ],
    "guard: coordinated gerunds share the denial": [
        ("Rwanda denied sending troops to Congo and arming the M23 rebels.",
         [("Rwanda", "arm", "M23", True, False)], []),
        ("Russia denied shelling Kharkiv or attacking Kyiv.",
         [("Russia", "attack", "Kyiv", True, False),
          ("Russia", "shell", "Kharkiv", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(FINITE_BESIDE_DENIAL))
def test_finite_verb_beside_denied_gerund(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
