"""Subjects that act (session 43, precision of subjects on wire news).

* a weapon or vehicle of war that "backs" troops is no one who backs a side
  (:func:`~extract.rules.verbal._backing_thing`): "Sri Lankan troops backed by helicopter
  gunships launched an offensive" gives no "helicopter gunships —back troop→ Sri Lanka",
  nor does the later item of a list ("backed by tanks and artillery"); a country or a
  group that backs them still does ("rebels backed by Rwanda");
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

BACKING_THINGS = {
    "a machine of war backs no side": [
        ("Sri Lankan troops backed by helicopter gunships launched a major offensive "
         "against Tamil separatist guerrillas on the Jaffna peninsula.",
         [("Sri Lanka", "offensive", "Tamil")], [("helicopter gunships", "Sri Lanka")]),
        ("Ethiopian soldiers backed by tanks and artillery pushed into the town of Dessie "
         "on Sunday.",
         [("Ethiopia", "push into", "Dessie")], [("artillery", "Ethiopia"), ("tanks", "Ethiopia")]),
        ("Somali government troops backed by armoured vehicles recaptured the port of "
         "Kismayo from al Shabaab.",
         [], [("armoured vehicles", "Somalia")]),
    ],
    "guard: an actor backs them": [
        ("Rebels backed by Rwanda seized the town of Goma.",
         [("Rwanda", "back", "rebels")], []),
        ("Militiamen backed by Iranian advisers attacked the base.",
         [("Iranian advisers", "back", "militiamen")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(BACKING_THINGS))
def test_the_subject_acts(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
