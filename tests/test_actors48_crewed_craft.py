"""A vessel or aircraft of a body that acts is its crew (session 48).

The summaries of sea incidents name the craft, not the body: "a Chinese Coast Guard cutter
rams a Philippine Coast Guard patrol boat". Both sides are common noun phrases, so the
triple passed the two-concepts gate only when the head itself was a group noun or the
agent noun sat right on it ("Iranian navy boats", "an Israeli navy vessel"); when the
agent phrase is a name or a compound one step further in ("Chinese Coast Guard cutter",
"Venezuelan navy patrol boat") the main event of the summary was dropped.

A craft (:data:`~extract.lexicon.CREWED_CRAFT`) whose modifiers name a body of an acting
sector (:func:`~extract.rules.base.crewed_craft`: coast guard, navy, border guard, police)
now acts for it, still only for an event of a class. A craft that names no such body ("a
Chinese cargo ship", "a fishing boat") stays a thing, and a named body keeps its name.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

CREWED_CRAFT = {
    "a craft of an acting body": [
        ("A Chinese Coast Guard cutter rammed a Philippine patrol boat near Scarborough Shoal "
         "on Saturday.",
         [("Chinese Coast Guard cutter", "ram", "Philippine patrol boat")], []),
        ("A Chinese coast guard vessel fired water cannon at a Philippine supply boat on "
         "Sunday.",
         [("Chinese coast guard vessel", "fire water cannon at", "Philippine supply boat")], []),
        ("A Venezuelan navy patrol boat rammed a Guyanese fishing vessel off the Essequibo "
         "coast.",
         [("Venezuelan navy patrol boat", "ram", "Guyanese fishing vessel")], []),
    ],
    "guard: no acting body, or one already read": [
        # a cargo ship or a fishing boat is a thing: no actor
        ("A Chinese cargo ship collided with a Panamanian tanker off Singapore.",
         [], [("Chinese cargo ship", "Panamanian tanker")]),
        ("A Chinese fishing boat rammed two Japanese patrol vessels near the Senkaku Islands.",
         [], [("Chinese fishing boat", "Japanese patrol vessels")]),
        ("A Russian cargo vessel damaged a Finnish undersea cable.",
         [], [("Russian cargo vessel", "Finnish undersea cable")]),
        # the agent noun right on the craft was read before, unchanged
        ("An Israeli navy vessel opened fire on a Palestinian fishing boat off Gaza City.",
         [("Israeli navy vessel", "open fire", "Palestinian fishing boat")], []),
        # a named body keeps its name
        ("The Chinese Coast Guard rammed a Philippine supply boat near Second Thomas Shoal.",
         [("Chinese Coast Guard", "ram", "Philippine supply boat")], []),
    ],
}


@pytest.mark.parametrize("sentence,present,absent", cases(CREWED_CRAFT))
def test_a_craft_of_an_acting_body(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


def test_a_craft_without_an_event_class_stays_out(extractor):
    # the gate is for an event of a class only: towing a boat is none
    check_labels(extractor, "An Indonesian navy vessel towed a Vietnamese fishing boat to port.",
                 [], [("Indonesian navy vessel", "Vietnamese fishing boat")])
