"""A plural description of a pair stands for the two named just before it: "called on both
countries to withdraw" after Armenia and Azerbaijan calls on each (before: the bare group
"countries", a generic side judged partly right on the tune-half wire sheets). Only with
"both" or "the two", and only when the two are clear: the only two countries (companies)
named in the last sentences, or the last one and the one coordinated with it."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

PAIR = {
    "both / the two after a named pair": [
        ("The Security Council demanded an immediate truce between Ethiopia and Eritrea and "
         "called on both countries to pull back their troops.",
         [("UN Security Council", "call on", "Ethiopia", False, False),
          ("UN Security Council", "call on", "Eritrea", False, False)],
         [("UN Security Council", "countries")]),
        ("Serbia and Kosovo traded accusations over the border clash. Both countries blamed "
         "NATO for failing to stop it.",
         [("Serbia", "blame", "NATO", False, False),
          ("Kosovo", "blame", "NATO", False, False)],
         [("countries", "NATO")]),
        ("Boeing and Airbus reported strong orders at the Paris Air Show. The European "
         "Commission later fined the two companies for breaching state aid rules.",
         [("European Commission", "fine", "Boeing", False, False),
          ("European Commission", "fine", "Airbus", False, False)],
         [("European Commission", "companies")]),
    ],
    "guards: no pair said, or new ones": [
        ("France, Germany and Italy signed the accord. Two countries abstained in the vote.",
         [], [("Germany", "vote"), ("Italy", "vote")]),
        ("Shell, BP and Exxon reported record profits. Regulators warned both companies "
         "over their climate claims.",
         [], [("regulators", "BP"), ("regulators", "Exxon"), ("regulators", "Shell")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(PAIR))
def test_pair_description(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
