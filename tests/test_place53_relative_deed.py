"""An attack noun whose relative clause says where it struck (session 53).

An attack noun with a named agent and no target of its own is read as an attack on
the place where it happened (the ``nominal-place`` pattern). When the noun is the
subject of a clause ("an Israeli air strike killed 14 people in Rafah") that place is
the clause's; the same holds when the noun is the subject of its own relative clause
("an Israeli strike that killed two fighters in southern Lebanon"), so long as the
relative clause tells a deed of force (:func:`~extract.rules.nominal._relative_deed`):
a place where the attack was condemned, described or announced is a place of talk, no
target, and a named target of the noun ("a strike on the Zaporizhzhia nuclear plant")
stays the target.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

RELATIVE_DEED = {
    "a relative clause of force": [
        ("The army condemned a Russian missile strike that killed 12 civilians in Kharkiv.",
         [("Russia", "strike", "Kharkiv")], []),
        ("Protests followed an Israeli air raid that killed a family in Deir al-Balah.",
         [("Israel", "raid", "Deir al-Balah")], []),
        ("Residents buried the victims of a Saudi air strike which wounded 30 people in "
         "the town of Saada.",
         [("Saudi Arabia", "strike", "Saada")], []),
        ("Kyiv denounced a Russian drone attack that damaged apartment blocks in Odesa.",
         [("Russia", "attack", "Odesa")], []),
    ],
    "guard: a named victim": [
        ("Hamas condemned an Israeli strike that killed a Hamas commander in Gaza City.",
         [], [("Israel", "Gaza City")]),
    ],
    "guard: a place of talk": [
        ("The minister spoke of a Taliban attack that was condemned in Paris.",
         [], [("Taliban", "Paris")]),
        ("Diplomats discussed a Houthi attack that they described in Geneva as reckless.",
         [], [("Houthis", "Geneva"), ("Houthi", "Geneva")]),
        ("The general praised an Israeli raid that officials announced in Jerusalem on "
         "Monday.",
         [], [("Israel", "Jerusalem")]),
        ("Jordan protested against an Israeli raid that drew crowds in Amman.",
         [], [("Israel", "Amman")]),
        ("Nigeria recalled a Boko Haram attack which it discussed at talks in Abuja.",
         [], [("Boko Haram", "Abuja")]),
    ],
    "guard: a named target stays": [
        ("Ukraine condemned a Russian strike on the Zaporizhzhia nuclear plant that killed "
         "two workers in Enerhodar.",
         [("Russia", "strike", "Zaporizhzhia nuclear plant")],
         [("Russia", "Enerhodar")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(RELATIVE_DEED))
def test_relative_deed_places_the_attack(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


#: Forces put along or near a shared border face the named place across it (the
#: ``place`` pattern through :func:`~extract.rules.base._border_side`); the label keeps
#: the border, so the troops are not said to be in the neighbour's land.
BORDER_SIDE = {
    "forces at a border with a named place": [
        ("Venezuela massed troops along its border with Guyana.",
         [("Venezuela", "mass troop along border with", "Guyana")], []),
        ("Belarus stationed soldiers near its frontier with Lithuania.",
         [("Belarus", "station soldier near frontier with", "Lithuania")], []),
        ("Turkey amassed tanks along its border with Syria.",
         [("Turkey", "amass tank along border with", "Syria")], []),
        ("Russia has massed about 100,000 soldiers near its border with Ukraine, NATO said.",
         [("Russia", "mass soldier near border with", "Ukraine")], []),
    ],
    "guard: no forces, or no named side": [
        ("China held talks at its border with India.", [], [("China", "India")]),
        ("The governor visited the border with Mexico on Friday.",
         [], [("governor", "Mexico")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(BORDER_SIDE))
def test_forces_face_the_named_side_of_a_border(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
