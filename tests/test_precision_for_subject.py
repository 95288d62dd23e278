"""'X pays for Y to do Z' parsed with 'for Y' a prepositional object of the clause above:
Y is the infinitive's own subject, never X. Y does it when Y names an actor (a name, an
agent noun, a group with its nationality); otherwise no one is said to do it. A span of
time is no such subject ('waited for weeks to extradite X': who waited)."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

FOR_SUBJECT = {
    "for Y to do: not the payer's or proposer's act": [
        ("The European Space Agency pays for Russian capsules to carry its astronauts to the "
         "station.", [], [("European Space Agency", "astronauts"),
                          ("European Space Agency", "station")]),
        ("Brazil paid for Chinese engineers to build the bridge.", [], [("Brazil", "bridge")]),
        ("Johnson proposed a new system for border patrol personnel to track the smugglers.",
         [], [("Johnson", "smugglers")]),
        ("Currently, Britain pays for French boats to patrol the Channel.",
         [("French boats", "patrol", "Channel", False, True)],
         [("United Kingdom", "Channel")]),
    ],
    "guards: the subject's own infinitive": [
        ("Germany is ready to send troops to Lithuania.",
         [("Germany", "ready to send", "troops", False, True)], []),
        ("Ecuador waited for weeks to extradite the suspect.",
         [("Ecuador", "extradite", "suspect", False, True)], []),
        ("Washington has pushed for Ukrainian troops to withdraw from Kursk.",
         [("Ukraine", "withdraw from", "Kursk", False, True)], [("Washington", "Kursk")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(FOR_SUBJECT))
def test_for_phrase_subject_of_infinitive(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
