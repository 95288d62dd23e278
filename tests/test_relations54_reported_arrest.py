"""The reporting police as the doer of an agentless passive arrest (session 54).

An agentless passive of an arresting or charging verb (CAMEO 173:
:data:`~extract.lexicon.REPORTED_ARREST_VERBS`) in a clause reported by a law-enforcement
body (:data:`~extract.lexicon.LAW_ENFORCEMENT_REPORTERS`, or "security forces") has that
body as its doer, stated as the report is (the ``attribution`` pattern,
:func:`~extract.rules.verbal.reported_arrest_triples`): "Police said 12 people were
arrested" and "Twelve people were detained, police said" are police —arrest→ people.
Not when the reporter is no law-enforcement body ("officials said", "witnesses said"),
not for a verb outside the list ("were killed, police said"), not when the passive names
its own "by" agent (that agent keeps the act), not when the report is negated.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

REPORTED = {
    "police report the clause": [
        ("Police said 14 men were arrested after the riot in the port.",
         [("police", "arrest", "men", False, False)], []),
        ("Indonesian police said two suspects had been apprehended near the border.",
         [("Indonesia", "apprehend", "suspects", False, False)], []),
    ],
    "a reporting clause after it": [
        ("Eight miners were detained during the strike, police said on Monday.",
         [("police", "detain", "miners", False, False)], []),
        ("Two brothers have been charged with the robbery, prosecutors said.",
         [("prosecutors", "charge", "brothers", False, False)], []),
        ("Dozens of students were detained on the campus, security forces said.",
         [("security forces", "detain", "students", False, False)], []),
    ],
    "guard: no law-enforcement reporter": [
        ("Three reporters were arrested outside the court, witnesses said.",
         [], [("witnesses", "reporters")]),
        ("Officials said 40 protesters were detained in the capital.",
         [], [("officials", "protesters")]),
    ],
    "guard: a verb outside the list": [
        ("Police said six villagers were killed in the attack.",
         [], [("police", "villagers")]),
    ],
    "guard: a by agent of its own": [
        ("Five protesters were arrested by soldiers, police said.",
         [("soldiers", "arrest", "protesters", False, False)], [("police", "protesters")]),
    ],
    "guard: a negated report": [
        ("Police did not say whether the driver was arrested.",
         [], [("police", "driver")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(REPORTED))
def test_reporting_police_arrest(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
