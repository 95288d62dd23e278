"""A bare state body that points back to the organisation named with its head (session 38).

"The Tajik Foreign Ministry accused Kyrgyzstan ... *the ministry* said it would summon the
envoy": the one organisation named in the last sentences whose name ends in the body's head
is meant (:meth:`ActorResolver._named_body
<actorgraph.extract.actors.ActorResolver._named_body>`), not the country named last (before:
Kyrgyzstan, Bolivia). Guards: an armed group outside a state ("the Kachin Independence
Army ... the army": not the rebels), two such names, and a ministry named by a common noun
("Russia's foreign ministry ... the ministry": Russia, as before).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_SENTENCES = {
    "a bare body takes the organisation named with its head": [
        ("The Tajik Foreign Ministry accused Kyrgyzstan of shelling Vorukh. Kyrgyz officials "
         "denied it, and the ministry said it would summon the Kyrgyz envoy.",
         [("Tajik Foreign Ministry", "summon", "Kyrgyz envoy", False, True)],
         [("Kyrgyzstan", "Kyrgyz envoy")]),
        ("The Peruvian Interior Ministry blamed Bolivia for the smuggling surge, and the "
         "ministry said it would expel two Bolivian diplomats.",
         [("Peruvian Interior Ministry", "expel", "Bolivian diplomats", False, True)],
         [("Bolivia", "Bolivian diplomats")]),
        ("The Ghanaian Health Ministry criticised Nigeria over the outbreak. Nigerian officials "
         "rejected the claim, but the ministry later accused Nigeria of hiding cases.",
         [("Ghanaian Health Ministry", "accuse", "Nigeria", False, False)], []),
    ],
    "guard: an armed group outside a state whose name ends in the head": [
        ("Myanmar troops shelled positions of the Kachin Independence Army near Laiza, and the "
         "army said it had killed twenty fighters.", [],
         [("Kachin Independence Army", "fighters")]),
        ("Rebels of the Free Syrian Army attacked Aleppo on Monday. The army said it had "
         "repelled the assault.", [], [("Free Syrian Army", "assault")]),
    ],
    "guard: two such names, a ministry named by a common noun": [
        ("The Tajik Foreign Ministry and the Kyrgyz Foreign Ministry traded accusations, and "
         "the ministry said it would summon the envoy.", [],
         [("Tajik Foreign Ministry", "envoy"), ("Kyrgyz Foreign Ministry", "envoy")]),
        ("Russia's foreign ministry summoned the Finnish ambassador on Tuesday. The ministry "
         "accused Finland of provoking tensions.",
         [("Russia", "accuse", "Finland", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
