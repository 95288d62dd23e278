"""A passive clause after a comma that follows a clause's object describes that object ("struck
a school in Gaza, run by UNRWA"), unless it says how the subject acted ("backed by X",
[subject_participles]); before the clause it is the subject's ("Shelled by X, Kramatorsk
...")."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

REDUCED_RELATIVE = {
    "after the object: the object's": [
        ("Israel struck a school in Gaza, run by UNRWA.",
         [("UNRWA", "run", "school in Gaza", False, False)], [("UNRWA", "Israel")]),
        ("Egypt hosted the talks in Cairo, mediated by Qatar.",
         [("Qatar", "mediate", "talks", False, False)], [("Qatar", "Egypt")]),
        ("The UN will send a mission to Haiti, led by Kenya.",
         [], [("Kenya", "United Nations")]),
        ("Russia seized the Zaporizhzhia plant, operated by Energoatom.",
         [("Energoatom", "operate", "Zaporizhzhia plant", False, False)],
         [("Energoatom", "Russia")]),
    ],
    "guards: how the subject acted, or before the clause": [
        ("The rebels stormed the base, backed by Rwandan troops.",
         [("Rwanda", "back", "rebels", False, False)], []),
        ("The summit took place in Geneva, chaired by Switzerland.",
         [("Switzerland", "chair", "summit", False, False)], []),
        ("Shelled by Russian forces for weeks, Kharkiv lost its power supply.",
         [("Russia", "shell", "Kharkiv", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REDUCED_RELATIVE))
def test_a_passive_clause_after_the_object(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
