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
* "X's N by Z": a possessor that undergoes the event (a "by" agent named, or a noun of what
  is done to someone with no "of" phrase: "Navalny's arrest") is no owner a reaction is
  aimed at (:func:`~extract.rules.base.owners`): "The EU condemned Navalny's arrest by
  Russian police" gave "EU -condemn arrest-> Navalny", as though Navalny had arrested
  someone; the reaction goes to Russia alone. An owner who does the act keeps it ("Iran's
  arrest of the French tourists", "Belarus's proposal").
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


UNDERGOING_POSSESSORS = {
    "a possessor that undergoes the event is no owner of it": [
        ("The EU condemned Navalny's arrest by Russian police.",
         [("European Union", "condemn arrest", "Russia", False, False)],
         [("European Union", "Navalny")]),
        ("Britain welcomed the hostages' release by Hamas.",
         [("United Kingdom", "welcome release", "Hamas", False, False)],
         [("United Kingdom", "hostages")]),
        ("Kyiv condemned the journalist's detention by Russian forces.",
         [("Kyiv", "condemn detention", "Russia", False, False)], [("Kyiv", "journalist")]),
        ("Washington condemned Navalny's arrest.", [], [("Washington", "Navalny")]),
    ],
    "guard: an owner who does the act": [
        ("France condemned Iran's arrest of the French tourists.",
         [("France", "condemn arrest", "Iran", False, False)], []),
        ("Lithuania rejected Belarus's proposal.",
         [("Belarus", "propose", "Lithuania", False, False),
          ("Lithuania", "reject", "Belarus", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(WHO_AFTER_A_PLACE))
def test_who_after_a_place(extractor, sentence, present, absent):
    check_labels(extractor, sentence, [(s, r, o) for s, r, o in present], absent)


@pytest.mark.parametrize("sentence, present, absent", cases(PEOPLE_NOUNS))
def test_people_nouns_name_no_event(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence, present, absent", cases(UNDERGOING_POSSESSORS))
def test_undergoing_possessors_own_nothing(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
