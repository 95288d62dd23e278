"""People gathered somewhere as a clause's subject: "NATO defence ministers meeting in
Brussels condemned Russia". The parser often reads "meeting" as the noun of the event,
the subject, with the people its compound, so that the meeting condemned Russia;
:func:`extract.hygiene._gathered_group` makes the gerund a reduced relative on the
people, who are the subject (session 42). Guards: a meeting of no plural people ("the
board meeting in Paris", "the summit meeting in Geneva") gets no triple of its own."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

_GATHERED_GROUPS = {
    "people meeting in a place": [
        ("Arab League foreign ministers meeting in Cairo on Sunday condemned Israel.",
         [("Arab League", "condemn", "Israel", False, False)],
         [("Arab League foreign ministers meeting", "Israel")]),
        ("OPEC oil ministers meeting in Vienna criticised Saudi Arabia.",
         [("Organization of Petroleum Exporting Countries", "criticise", "Saudi Arabia",
           False, False)],
         [("Organization of Petroleum Exporting Countries oil ministers meeting",
           "Saudi Arabia")]),
        ("NATO defence ministers meeting in Brussels condemned Russia on Thursday.",
         [("NATO", "condemn", "Russia", False, False)],
         [("NATO defence ministers meeting", "Russia")]),
    ],
    # review 43: the three rows above are one sentence with other names; the gerund of
    # another verb of gathering is read the same way
    "people gathering in a place": [
        ("EU farm ministers gathering in Luxembourg criticised Brazil.",
         [("European Union", "criticise", "Brazil", False, False)],
         [("EU farm ministers gathering", "Brazil")]),
    ],
    "guard: a meeting of no people": [
        ("The board meeting in Paris approved the merger with Renault.",
         [], [("board meeting", "merger")]),
        ("The summit meeting in Geneva ended without a deal between Iran and the United "
         "States.",
         [], [("summit meeting", "Iran"), ("summit meeting", "United States")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_GATHERED_GROUPS))
def test_people_gathered_in_a_place_are_the_subject(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
