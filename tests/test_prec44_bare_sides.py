"""Sides that no longer say which one (session 44, strict precision on wire news).

* an object whose possessive pronoun says whose it is, when the pronoun's owner is not
  found, is labelled by its bare head: "Colombia might sell coffee to defend *its share*"
  gave "Colombia —defend→ share", "the union would not reopen *its contract*" "reopen
  contract", which the strict judges read as partly (the graph node says neither whose
  share nor which contract). Such a triple is dropped (:func:`~extract.vague.unowned`);
  an owner found keeps it with the owner in the label ("Ghana's budget deficit"), as do a
  phrase after the head in the label and a name before it ("its Nova routers").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

UNOWNED = {
    "owner lost: purpose clause": [
        ("Peru might sell more copper on the spot market to defend its share, traders said.",
         [("Peru", "sell", "copper")], [("Peru", "defend", "share")]),
    ],
    "owner lost: -ing adjunct": [
        ("Ford said it would close a plant in Ohio, eliminating its night shift.",
         [("Ford", "close", "plant in Ohio")], [("Ford", "eliminate", "night shift")]),
    ],
    "owner lost: a person's his or her": [
        ("Prime Minister Narendra Modi defended his budget in parliament.",
         [], [("Narendra Modi", "budget")]),
        ("Senator Elizabeth Warren withdrew her amendment to the defence bill on Tuesday.",
         [], [("Elizabeth Warren", "amendment")]),
    ],
    "guard: owner found and said": [
        ("Poland had blocked the sanctions for a month before dropping its objections.",
         [("Poland", "drop", "Poland's objections")], []),
        ("Ghana agreed to cut its budget deficit.",
         [("Ghana", "agree to cut", "Ghana's budget deficit")], []),
        ("Vietnam and Laos agreed to withdraw their troops from the border.",
         [("Vietnam", "agree to withdraw", "Vietnam's troops"),
          ("Laos", "agree to withdraw", "Laos' troops")], []),
        ("Sony said it would stop selling its Walkman players in Japan.",
         [("Sony", "sell", "Sony's Walkman players")], []),
    ],
    "guard: a name says which": [
        ("Nokia is seeking damages and an injunction barring Ericsson from selling its Nova "
         "routers, which it said infringe two patents.",
         [("Ericsson", "sell", "Nova routers")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(UNOWNED))
def test_a_side_says_which(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
