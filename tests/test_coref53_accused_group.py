""""The group" acted on in an accusation is neither the accused nor the accuser
(session 50, desc53).

In "A accuses B of sheltering *the group*" the group is a third party: no one is said to
arm, shelter or train itself, and an accuser speaking of itself would say "it" or "its
members". Every name in the accused one's phrase ("Afghanistan's Taliban government") and
in the accuser's is taken out of the organisations the description may point back to
(coref ``Coreference._accused_names``); the one left, nearest first, is the group. With two
left, none is chosen (the article's main subject is not guessed there).

Guards: the accused one is the only organisation named before; the accuser is the only
one ("Hamas accused Israel of attacking the group": left unresolved rather than guessed);
two other organisations named before.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

#: (sentence, present (subject, relation lemma, object, negated, hedged), absent pairs)
_SENTENCES = {
    "the group is the one organisation named before that is neither party": [
        ("The Kurdistan Workers' Party attacked a police post in Hakkari. Turkey accused the "
         "Syrian Democratic Forces of sheltering the group.",
         [("Syrian Democratic Forces", "shelter", "Kurdistan Workers' Party", False, True)],
         [("Syrian Democratic Forces", "Syrian Democratic Forces")]),
        ("Gunmen from the Allied Democratic Forces killed 20 villagers in Beni on Sunday. "
         "Kinshasa accused Uganda's ruling National Resistance Movement of arming the group.",
         [("National Resistance Movement", "arm", "Allied Democratic Forces", False, True)],
         [("National Resistance Movement", "National Resistance Movement")]),
        ("Al-Shabaab fighters attacked an army base near Kismayo on Friday. Mogadishu "
         "accused the Ras Kamboni Brigades of supplying the group with weapons.",
         [("Ras Kamboni Brigades", "supply", "Al-Shabaab", False, True)],
         [("Ras Kamboni Brigades", "Ras Kamboni Brigades")]),
    ],
    "guard: the accused or the accuser is the only one named, or two others are": [
        ("The Syrian Democratic Forces captured Raqqa on Tuesday. Turkey accused the Syrian "
         "Democratic Forces of arming the group.", [],
         [("Syrian Democratic Forces", "Syrian Democratic Forces")]),
        ("Hamas fired rockets at Ashkelon on Monday. Hamas accused Israel of attacking the "
         "group.", [], [("Israel", "Hamas")]),
        ("The Lord's Resistance Army raided villages in Haut-Uele last week. Kampala accused "
         "the Sudan People's Liberation Movement of harbouring the group.", [],
         [("Sudan People's Liberation Movement", "Kampala")]),
        ("The Kurdistan Workers' Party and the Syrian Democratic Forces met in Qamishli on "
         "Monday. Turkey accused Iran of arming the group.", [],
         [("Iran", "Kurdistan Workers' Party"), ("Iran", "Syrian Democratic Forces")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
