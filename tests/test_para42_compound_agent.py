"""An attack noun after a name of two capitalised words the NER missed, done to a name:
"the Black Kite attack on Maersk", "the Red Wolf raid on Bamako airport". The name is the
group that did it (:func:`extract.rules.nominal._missed_group_name`, session 42), as an
acronym ("an ELN ambush") or a listed organisation ("a Boko Haram raid") already was.
Guards: a date or a place the NER types ("the Easter Sunday bombing", "the Red Sea
attack") and an attack on no name ("the Charlie Hebdo attack on cartoonists") name no
agent."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

_COMPOUND_AGENTS = {
    "missed two-word name before an attack noun": [
        ("The Black Kite attack on Maersk halted shipping.",
         [("Black Kite", "attack", "Maersk", False, False)], []),
        ("The Red Wolf raid on Bamako airport killed 70 soldiers.",
         [("Red Wolf", "raid", "Bamako airport", False, False)], []),
        ("The Iron Viper attack on Colonial Pipeline caused fuel shortages.",
         [("Iron Viper", "attack", "Colonial Pipeline", False, False)], []),
        ("The Fancy Bear hack of the Democratic National Committee shocked Washington.",
         [("Fancy Bear", "hack", "Democratic National Committee", False, False)], []),
    ],
    "guard: a typed or unnamed compound": [
        ("The Easter Sunday bombing of St Anthony's Shrine killed 56 people.",
         [], [("Easter Sunday", "St Anthony's Shrine"), ("Easter", "St Anthony's Shrine")]),
        ("The Charlie Hebdo attack on cartoonists shocked France.",
         [], [("Charlie Hebdo", "cartoonists")]),
        ("The Red Sea attack on the tanker Sounion caused a spill.",
         [], [("Red Sea", "Sounion"), ("Red Sea", "tanker Sounion")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_COMPOUND_AGENTS))
def test_a_missed_name_before_an_attack_noun_did_it(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
