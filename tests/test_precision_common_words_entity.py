"""An entity the NER made of common words only ("defense ministry" tagged ORG) is no name:
the phrase stands for its owner as any state institution does ("Taiwan's defense
ministry" is Taiwan)."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

COMMON_WORDS = {
    "a country's ministry": [
        ("Taiwan's defense ministry said it had detected 71 Chinese military aircraft "
         "around the island.",
         [("Taiwan", "detect", "China", False, False)], [("defense ministry", "China")]),
        ("South Korea's defence ministry said it would suspend the military agreement with "
         "Pyongyang.",
         [("South Korea", "suspend agreement", "Pyongyang", False, True)],
         [("defence ministry", "Pyongyang")]),
        ("Israel's defense ministry approved the sale of Arrow 3 interceptors to Germany.",
         [("Israel", "approve to", "Germany", False, False)],
         [("defense ministry", "Germany")]),
    ],
    "guards: names keep their capitals": [
        ("Japan's foreign ministry summoned the Chinese ambassador.",
         [("Japan", "summon", "Chinese ambassador", False, False)], []),
        ("The Serious Fraud Office charged three former executives with fraud.",
         [("Serious Fraud Office", "charge", "executives", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(COMMON_WORDS))
def test_common_words_are_no_name(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
