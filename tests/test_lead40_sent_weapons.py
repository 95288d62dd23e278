"""A weapon a verb of sending fires or launches is no target, whatever nationality names
its maker (:func:`~extract.pipeline._sent_weapon`): "Russia fired North Korean missiles at
Kharkiv" is no fire at North Korea; the "at" object stays the target. A weapon that is hit
or brought down still stands for its side ("shot down Russian drones": Russia)."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_SENT_WEAPONS = {
    "a fired or launched weapon's nationality is its maker, no target": [
        ("Russia fired North Korean missiles at Kharkiv overnight.",
         [("Russia", "fire at", "Kharkiv", False, False)], [("Russia", "North Korea")]),
        ("Hezbollah fired Iranian rockets at Haifa on Tuesday, the Israeli army said.",
         [("Hezbollah", "fire at", "Haifa", False, False)], [("Hezbollah", "Iran")]),
        ("The Houthis launched Iranian drones at Eilat on Sunday.",
         [("Houthis", "launch at", "Eilat", False, False)], [("Houthis", "Iran")]),
    ],
    "guard: a weapon hit or brought down stands for its side": [
        ("Ukrainian forces shot down Russian drones over Kyiv.",
         [("Ukraine", "shoot down", "Russia", False, False)], []),
        ("Israeli jets struck Syrian tanks near Quneitra.",
         [("Israel", "strike", "Syria", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENT_WEAPONS))
def test_a_sent_weapon_is_no_target(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
