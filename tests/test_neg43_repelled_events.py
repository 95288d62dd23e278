"""A repelled attack was made (session 43).

A verb that fights off an event noun (:data:`~extract.lexicon.REPELLING_VERBS`: "repel",
"repulse") says the event was launched and failed, not that it did not happen: "Chadian
forces repelled an attack by Boko Haram on a base" states Boko Haram's attack on the base,
as the act of repelling it is stated ("repel attack" -> Boko Haram, unchanged). Verbs
that keep the event from happening at all stay :data:`~extract.lexicon.UNREALISING_VERBS`
("foiled", "thwarted", "averted", "prevented": the attack is negated), and a plan or bid
that is repelled is still not carried out ("repelled a bid to seize Ramadi": the seizing
is negated, :func:`~extract.context._thwarted`, both lists being
:data:`~extract.lexicon.FOILING_VERBS`).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

REPELLED = {
    "a repelled or repulsed attack was made, not negated": [
        ("Ukrainian troops repelled a Russian attack on Avdiivka.",
         [("Russia", "attack", "Avdiivka", False, False),
          ("Ukraine", "repel attack", "Russia", False, False)], []),
        ("Malian soldiers repulsed an attack by jihadists on the garrison in Boulkessi.",
         [("jihadists", "attack", "Boulkessi", False, False),
          ("Mali", "repulse attack", "jihadists", False, False)], []),
        ("Kurdish fighters repelled an attack by Islamic State militants on Kobani.",
         [("Islamic State", "attack", "Kobani", False, False)], []),
        ("The Sudanese army said it had repelled an RSF offensive on El Obeid.",
         [("RSF", "offensive", "El Obeid", False, False)], []),
        ("Israeli forces repulsed a Hezbollah raid on Metula.",
         [("Hezbollah", "raid", "Metula", False, False)], []),
    ],
    "guards: a foiled or thwarted event did not happen": [
        ("Kenyan police foiled an Al-Shabaab attack on the Nairobi airport.",
         [("Al-Shabaab", "attack", "Nairobi airport", True, False)], []),
        ("Turkish police thwarted an attack by Islamic State on Istanbul airport.",
         [("Islamic State", "attack", "Istanbul airport", True, False)], []),
    ],
    "guards: a repelled attempt is still not carried out": [
        ("Iraqi forces repelled the Islamic State's attempt to seize Haditha.",
         [("Islamic State", "attempt to seize", "Haditha", True, False)], []),
        ("Somali troops repulsed an al-Shabaab attempt to storm the base at Baledogle.",
         [("al-Shabaab", "attempt to storm", "base", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REPELLED))
def test_repelled_event_was_made(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
