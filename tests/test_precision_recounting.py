"""'X recalled / remembered / mentioned / described doing Y': an -ing complement of a verb of
remembering or recounting is a past experience told of, not something X threatens, plans or
undertakes: no 'recall to receive', 'remember to spot' or 'mention to meet' triple."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

RECOUNTING = {
    "an experience told of": [
        ("The former hostage recalled receiving letters from the Red Cross during his "
         "captivity.", [], [("hostage", "Red Cross")]),
        ("The pilot remembered spotting the Russian jets over the Black Sea.",
         [], [("pilot", "Russia"), ("pilot", "Black Sea")]),
        ("Merkel mentioned meeting Putin in Sochi in 2017.", [], [("Merkel", "Putin")]),
    ],
    "guards: what is threatened or refused": [
        ("Israel threatened to ban voting in East Jerusalem.",
         [("Israel", "threaten to ban", "voting", False, True)], []),
        ("Iran refused to release the British tanker.",
         [("Iran", "refuse to release", "British tanker", False, False),
          ("Iran", "release", "British tanker", True, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(RECOUNTING))
def test_recounted_experience_is_no_complement(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
