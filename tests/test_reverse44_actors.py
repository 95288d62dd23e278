"""Wrong actors of two constructions (session 44).

* "who" after a place the parser hung on an earlier noun
  (:func:`~extract.rules.base._relative_antecedent`): "drew a defiant response from his
  supporters in Islamabad, who blocked the highway" hangs "in Islamabad" on "response",
  so the clause was said of the city (Islamabad block highway); the people are the noun
  right before the preposition. A place that is a clause's own antecedent keeps it
  ("officials in Kabul, which is controlled by the Taliban"; "Goma in Congo, which accused
  Rwanda").
* a noun of people names no event by its compound (:func:`~extract.rules.base.event_lemma`):
  "abducted three aid workers on a highway" is no "abduct aid" aimed at the highway (nor,
  with "to Gao", a missing triple); the workers are abducted. A noun of an event keeps its
  compound's event ("sent aid to Syria", "launched a rescue mission").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction, check_labels

WHO_AFTER_A_PLACE = {
    "'who' after a place hung on an earlier noun: the people before it": [
        ("The verdict drew a defiant response from his supporters in Islamabad, who blocked "
         "the main highway to the capital.",
         [], [("Islamabad", "main highway")]),
        ("The ban provoked a furious reaction from fishermen in Senegal, who blocked the "
         "port of Dakar.",
         [("fishermen", "block", "Dakar")], [("Senegal", "Dakar")]),
        ("The closure drew a defiant response from the clergy in Nicaragua, who accused "
         "Ortega of persecuting the church.",
         [("clergy", "accuse", "Ortega")], [("Nicaragua", "Ortega")]),
        ("The excommunication drew a defiant response from his followers in Arequipa, who "
         "packed a hall for a rally.",
         [], [("Arequipa", "hall")]),
    ],
    "guard: the place is the clause's own antecedent": [
        ("The bombing drew condemnation from officials in Kabul, which is controlled by the "
         "Taliban.",
         [("Taliban", "control", "Kabul")], []),
        ("Rebels attacked the town of Goma in Congo, which accused Rwanda of backing them.",
         [("Democratic Republic of the Congo", "accuse", "Rwanda")], []),
    ],
}

PEOPLE_NOUNS = {
    "a noun of people is no event of its compound": [
        ("Boko Haram gunmen abducted three aid workers on a highway outside Maiduguri.",
         [("Boko Haram gunmen", "abduct", "aid workers", False, False)],
         [("Boko Haram gunmen", "highway")]),
        ("Al-Shabaab militants abducted two aid workers on a road near Mandera.",
         [("Al-Shabaab", "abduct", "aid workers", False, False)], [("Al-Shabaab", "road")]),
        ("The Taliban detained three aid workers on a highway in Kandahar.",
         [("Taliban", "detain", "aid workers", False, False)], [("Taliban", "highway")]),
        ("Hamas gunmen seized two rescue workers on a street in Rafah.",
         [("Hamas", "seize", "rescue workers", False, False)], [("Hamas", "street")]),
        ("JNIM fighters kidnapped four aid workers on the road to Gao.",
         [("JNIM fighters", "kidnap", "aid workers", False, False)], []),
    ],
    "guard: a noun of an event keeps its compound's": [
        ("Russia sent aid to Syria.", [("Russia", "send aid", "Syria", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(WHO_AFTER_A_PLACE))
def test_who_after_a_place(extractor, sentence, present, absent):
    check_labels(extractor, sentence, [(s, r, o) for s, r, o in present], absent)


@pytest.mark.parametrize("sentence, present, absent", cases(PEOPLE_NOUNS))
def test_people_nouns_name_no_event(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
