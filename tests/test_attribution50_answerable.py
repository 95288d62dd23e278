"""Who answers for an act told just before with no named doer (session 50).

* "X was responsible (for the attack)" and "X was behind the attack / it" after a violent
  act whose doer is unnamed or generic ("gunmen", "a car bomb", "drones") make X the
  act's doer, with the act's verb and victim
  (:func:`~extract.rules.verbal.answerable_triples`,
  :data:`~extract.lexicon.ANSWERABLE_WORDS`): alleged when someone else says it ("Police
  said the Taliban were behind the attack", "Russia is believed to be behind it"),
  stated when the doer says it of itself ("Al-Shabaab said it was behind the assault"),
  negated when the doer denies it, as "denied involvement" is ("Ukraine denied it was
  behind the attack"; house policy: a denial of one's own act is negated, not hedged);
  "held X responsible" is a blame, alleged;
* the act is the nearest violent one in the same sentence or the one before, with no
  named doer; a "for" / "behind" phrase must point back to it ("the attack", "it"): a
  named doer, an act two sentences back, an indefinite deed ("other raids") or a duty
  ("responsible for the security of the region") give nothing;
* a phrase of where a generic doer is names no one ("Two aid workers were kidnapped by
  gunmen in Niger. Officials blamed Islamic State for the abduction": the blame now
  reaches the act, as it did without "in Niger"; :func:`~extract.rules.verbal._naming_part`).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

SAID_RESPONSIBLE = {
    "said X was responsible (alleged)": [
        ("Gunmen shot dead a district judge in Peshawar on Thursday. Police said "
         "Lashkar-e-Islam was responsible.",
         [("Lashkar-e-Islam", "shoot", "district judge", False, True)], []),
        ("A roadside bomb killed four soldiers near Gao. The army said JNIM was responsible "
         "for the attack.",
         [("JNIM", "kill", "soldiers", False, True)], []),
        ("Masked men abducted a Catholic priest in Kaduna State. The diocese said Ansaru was "
         "responsible for the kidnapping.",
         [("Ansaru", "abduct", "Catholic priest", False, True)], []),
    ],
    "X was behind the attack (alleged)": [
        ("A suicide bomber attacked a mosque in Peshawar on Friday. Police said the "
         "Pakistani Taliban were behind the attack.",
         [("Taliban", "attack", "mosque in Peshawar", False, True)], []),
        ("Masked gunmen shot dead a prosecutor in Guayaquil on Monday. Investigators believe "
         "Los Lobos was behind it.",
         [("Los Lobos", "shoot", "prosecutor", False, True)], []),
        ("Drones hit a power station in Belgorod overnight. Russia is believed to be behind "
         "the attack, officials in Kyiv said.",
         [("Russia", "hit", "power station", False, True)], []),
    ],
    "the doer's own claim (stated)": [
        ("A car bomb killed the provincial governor in Kandahar. Islamic State said it was "
         "responsible for the bombing.",
         [("Islamic State", "kill", "provincial governor", False, False)], []),
        ("An explosion destroyed a police post in Balochistan. The Baloch Liberation Army "
         "said it was behind the attack.",
         [("Baloch Liberation Army", "destroy", "police post", False, False)], []),
        ("Gunmen stormed a hotel in Mogadishu overnight. Al-Shabaab said it was behind the "
         "assault.",
         [("Al-Shabaab", "storm", "hotel in Mogadishu", False, False)], []),
    ],
    "the doer's own denial (negated)": [
        ("Drones struck an oil depot in Bryansk overnight. Ukraine denied it was behind the "
         "attack.",
         [("Ukraine", "strike", "oil depot", True, False)], []),
        ("Rockets hit a village in southern Lebanon. Hezbollah said it was not responsible "
         "for the attack.",
         [("Hezbollah", "hit", "village in southern Lebanon", True, False)], []),
        ("A bomb exploded in the market, killing six people. The Kremlin said Ukraine was "
         "not responsible.",
         [("Ukraine", "kill", "people", True, True)], []),
    ],
    "held X responsible (alleged)": [
        ("Gunmen kidnapped three engineers in Zamfara. The governor held Ansaru responsible "
         "for the abduction.",
         [("Ansaru", "kidnap", "engineers", False, True)], []),
    ],
    "a generic doer's place names no one": [
        ("Two aid workers were kidnapped by gunmen in Niger on Tuesday. Officials blamed "
         "Islamic State for the abduction.",
         [("Islamic State", "kidnap", "aid workers", False, True)], []),
        ("Two aid workers were kidnapped by gunmen in Niger on Tuesday. Officials said "
         "Islamic State was responsible.",
         [("Islamic State", "kidnap", "aid workers", False, True)], []),
        ("Militants in Borno attacked a military base. Officials blamed Boko Haram.",
         [("Boko Haram", "attack", "military base", False, True)], []),
    ],
}

GUARDS = {
    "guard: the act has a named doer": [
        ("Hamas fighters attacked the kibbutz at dawn. Israel said Iran was behind the "
         "attack.",
         [("Hamas", "attack", "kibbutz", False, False)], [("Iran", "kibbutz")]),
        ("Russian troops shelled Kherson. Kyiv said Moscow was responsible.",
         [], [("Moscow", "Kherson")]),
    ],
    "guard: the act is two sentences back": [
        ("A bomb killed two policemen in Istanbul. Turkey closed its border. The PKK was "
         "behind it, officials later said.",
         [], [("PKK", "policemen")]),
    ],
    "guard: no act pointed back to": [
        ("Gunmen killed five soldiers in Mali. The army said the Islamic State was "
         "responsible for other raids too.",
         [], [("Islamic State", "soldiers")]),
        ("Gunmen killed five soldiers in Mali. The defence minister said Assimi Goita was "
         "responsible for the security of the region.",
         [], [("Assimi Goita", "soldiers")]),
        ("Islamic State was responsible for the security of the town.", [], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(SAID_RESPONSIBLE, GUARDS))
def test_who_answers_for_the_act(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
