"""The states of a named region are a group, not the region (session 45).

"Gulf states", "Baltic states", "Sahel nations": a plural place head after a name that is
no country names several places of the region, so the side is the group as written, never
the region's name alone (:func:`~extract.actors._places_of_a_name`; "Iran threatened to
retaliate against Gulf states" gave the object "Gulf"). Such a group names its affiliation
as "Arab states" does (:func:`~extract.rules.base.named_group`), so two of them still make a
triple. Guards: a country's places stand for the country ("attacks on Ukrainian cities" are
on Ukraine), names after the head are the places themselves ("the villages of X and Y"),
"the United States" is its own name.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

REGION_STATES = {
    "the states of a named region are the group as written": [
        ("Iran threatened to retaliate against Gulf states that it says help Iraq.",
         [("Iran", "threaten to retaliate against", "Gulf states", False, True)],
         [("Iran", "Gulf")]),
        ("Russia warned the Baltic states against joining the alliance.",
         [("Russia", "warn", "Baltic states", False, False)], [("Russia", "Baltic")]),
        ("The Gulf states agreed to cut oil output by 10 pct.",
         [("Gulf states", "agree to cut", "oil output", False, False)],
         [("Gulf", "oil output")]),
        ("The Gulf states condemned Iran for the attack on the tanker.",
         [("Gulf states", "condemn", "Iran", False, False)], [("Gulf", "Iran")]),
    ],
    "guard: a country's places, names after the head, a name of its own": [
        ("Russia launched drone attacks on Ukrainian cities overnight.",
         [("Russia", "attack", "Ukraine", False, False)], []),
        ("Israel struck the villages of Aita al-Shaab and Ramyeh.",
         [("Israel", "strike", "Aita al-Shaab", False, False),
          ("Israel", "strike", "Ramyeh", False, False)], [("Israel", "villages")]),
        ("Cuba accused the United States of sabotage.",
         [("Cuba", "accuse", "United States", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(REGION_STATES))
def test_region_states_are_a_group(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
