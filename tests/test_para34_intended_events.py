"""Hedged paraphrase forms (issue 12, session 34): an event noun that its subject explores
or eyes is only considered, as one it weighs or mulls ("Nvidia is exploring a takeover of
Arm": hedged).

Each construction is run through the model on news-style sentences written for these
tests (none is from an evaluation set); rows as in :mod:`tests.test_forms_para`:
(sentence, present triples as (subject label, relation lemma, object label, negated,
hedged), absent (subject, object) pairs).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

CONSTRUCTIONS = {
    # "is exploring a takeover of X", "is eyeing sanctions on X": not done, only considered
    "an event noun explored or eyed": [
        ("Nvidia is exploring a takeover of Arm.",
         [("Nvidia", "explore takeover", "Arm", False, True)], []),
        ("The EU is exploring sanctions against Georgia's ruling party.",
         [("European Union", "explore sanction", "Georgia's ruling party", False, True)], []),
        ("Washington is eyeing sanctions on Chinese banks.",
         [("Washington", "eye sanction", "Chinese banks", False, True)], []),
        ("Japan is exploring a purchase of Tomahawk missiles from the United States.",
         [("Japan", "explore purchase", "Tomahawk missiles", False, True)], []),
    ],
    # guard: exploring a thing is no event
    "a thing explored": [
        ("Scientists explored the wreck of the Titanic.", [], [("scientists", "wreck")]),
        ("The army explored the cave near Tora Bora.",
         [("army", "explore", "cave", False, False)], []),
    ],
}


def test_tables_have_three_rows_each():
    assert len(CONSTRUCTIONS["an event noun explored or eyed"]) >= 3


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
