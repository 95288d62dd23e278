"""Subjects that act (session 43, precision of subjects on wire news).

* a weapon or vehicle of war that "backs" troops is no one who backs a side
  (:func:`~extract.rules.verbal._backing_thing`): "Malian soldiers backed by attack
  helicopters launched an offensive" gives no "attack helicopters —back soldier→ Mali",
  nor does the later item of a list ("backed by tanks and artillery"); a country or a
  group that backs them still does ("rebels backed by Rwanda");
* the unnamed parties of a group or deal that a verb of including lists are no subject
  (:func:`~extract.vague.listed_members`): "Shareholders in the new airline will
  include Qatar Airways" gives no "shareholders —include→ Qatar Airways"; whose they are, said by a
  possessive or a "whose" clause, keeps the body ("NATO's members include Turkey": NATO).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

BACKING_THINGS = {
    "a machine of war backs no side": [
        ("Malian soldiers backed by attack helicopters launched an offensive against Tuareg "
         "rebels near Kidal.",
         [("Mali", "offensive", "Tuareg")], [("attack helicopters", "Mali")]),
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

LISTED_MEMBERS = {
    "unnamed parties listed": [
        ("Shareholders in the new airline will include Qatar Airways and Germany's "
         "Lufthansa, officials said.",
         [], [("shareholders", "Qatar Airways"), ("shareholders", "Lufthansa")]),
        ("Other bidders for the contract include Siemens AG and Alstom.",
         [], [("bidders", "Siemens AG"), ("bidders", "Alstom")]),
        ("Shareholders in the new bank will include the Kuwait Investment Authority.",
         [], [("shareholders", "Kuwait Investment Authority")]),
    ],
    "guard: whose members they are": [
        ("NATO's members include Turkey and Greece.", [("NATO", "include", "Turkey")], []),
        ("OPEC, whose members include Saudi Arabia and Iran, agreed to cut output.",
         [("Organization of Petroleum Exporting Countries", "include", "Iran")], []),
        ("The Gulf Cooperation Council's members include Kuwait and Oman.",
         [("Gulf Cooperation Council", "include", "Kuwait")], []),
        ("Halden Shipping Corp, whose creditors include Deutsche Bank, filed for bankruptcy.",
         [("Halden Shipping Corp's creditors", "include", "Deutsche Bank")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(BACKING_THINGS, LISTED_MEMBERS))
def test_the_subject_acts(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
