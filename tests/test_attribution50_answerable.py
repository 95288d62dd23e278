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
* a deed noun owned up to, denied or blamed on someone whose relative clause tells the
  violent act ("claimed responsibility for a suicide bombing that killed 14 people",
  "denied involvement in a drone strike that killed three people", "was blamed for a car
  bomb that killed four soldiers", "claimed the bombing, which killed 20 people") makes
  the claimant, denier or blamed one the doer of the clause's act: stated, negated or
  alleged (:func:`~extract.rules.verbal._relative_deeds`); not a clause whose subject is
  someone else ("a bombing that police foiled"), a negated one, nor "accepted
  responsibility";
* a speaker's own "said it carried out the strike" makes it the doer of the act before
  (:func:`~extract.rules.verbal._own_pronouns` in ``_authored``), and a denial of carrying
  out or ordering the act ("denied carrying out the attack", "said it did not carry out
  the attack") is negated; a strike told with a target of its own ("carried out the
  strike on a military target") is not the one before;
* "blamed the bombing on X" and "the attack was blamed on X" with the deed pointing back
  to an act with no named doer make X its doer, alleged (``_blamed``);
* the doer may be a name the NER missed ("the ELN") or a definite noun that points back to
  one ("the guerrilla group was blamed for ...", resolved by the pipeline; an unresolved
  one is dropped as vague);
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
         [("Baloch Liberation Army", "destroy", "police post in Balochistan", False, False)], []),
        ("Gunmen stormed a hotel in Mogadishu overnight. Al-Shabaab said it was behind the "
         "assault.",
         [("Al-Shabaab", "storm", "hotel in Mogadishu", False, False)], []),
    ],
    "the doer's own denial (negated)": [
        ("Drones struck an oil depot in Bryansk overnight. Ukraine denied it was behind the "
         "attack.",
         [("Ukraine", "strike", "oil depot in Bryansk", True, False)], []),
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
        ("A car bomb killed four policemen in Kirkuk. The police chief held Islamic State "
         "responsible for the bombing.",
         [("Islamic State", "kill", "policemen", False, True)], []),
        ("Mortar shells hit a refugee camp near Goma, killing seven people. The government "
         "held the M23 responsible.",
         [("M23", "kill", "people", False, True)], []),
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

DEEDS_TOLD = {
    "a deed's relative clause, claimed (stated)": [
        ("Islamic State claimed responsibility for a suicide bombing that killed 14 people "
         "at a mosque in Kabul.",
         [("Islamic State", "kill", "people", False, False)], []),
        ("Hamas claimed responsibility for a shooting attack that killed two Israelis near "
         "Hebron.",
         [("Hamas", "kill", "Israelis", False, False)], []),
        ("Al-Shabaab claimed the bombing, which killed 20 people in Mogadishu.",
         [("Al-Shabaab", "kill", "people", False, False)], []),
    ],
    "a deed's relative clause, denied (negated) or blamed (alleged)": [
        ("Kyiv denied involvement in a drone strike that killed three people in Donetsk.",
         [("Kyiv", "kill", "people", True, False)], []),
        ("Petro suspended peace talks after the ELN was blamed for a car bomb that killed "
         "four soldiers at a base in Cucuta.",
         [("ELN", "kill", "soldiers", False, True)], []),
        ("The army blamed Boko Haram for an ambush that killed 12 soldiers near Monguno.",
         [("Boko Haram", "kill", "soldiers", False, True)], []),
    ],
    "a definite noun pointing back to a named doer": [
        ("Colombia suspended peace talks with the National Liberation Army after the "
         "guerrilla group was blamed for a car bomb that killed four soldiers at a base in "
         "Arauca.",
         [("National Liberation Army", "kill", "soldiers", False, True)], []),
        ("Turkey launched airstrikes on the PKK in northern Iraq. Gunmen had killed seven "
         "soldiers in Hakkari on Sunday, and officials said the group was behind the attack.",
         [("PKK", "kill", "soldiers", False, True)], []),
    ],
    "guard: a definite noun with nothing to point back to": [
        ("Gunmen killed 11 villagers in Plateau State on Sunday. Police said the militia was "
         "responsible.",
         [], [("militia", "villagers")]),
    ],
    "the speaker's own 'said it carried out' (stated)": [
        ("Drones struck an oil depot in Bryansk overnight. Ukraine said it carried out the "
         "strike.",
         [("Ukraine", "strike", "oil depot in Bryansk", False, False)], []),
        ("An explosion killed 12 people at a market in Mogadishu. Al-Shabaab said it carried "
         "out the bombing in the capital.",
         [("Al-Shabaab", "bomb", "people", False, False)], []),
        ("Gunmen attacked a convoy near Diffa, killing nine soldiers. Islamic State West "
         "Africa Province said it had carried out the ambush.",
         [("Islamic State West Africa Province", "ambush", "soldiers", False, False)], []),
    ],
    "carrying out the act denied (negated)": [
        ("Drones struck an oil depot in Bryansk overnight. Ukraine denied carrying out the "
         "attack.",
         [("Ukraine", "attack", "oil depot in Bryansk", True, False)], []),
        ("A bomb killed the mayor of Culiacan. Al-Shabaab said it did not carry out the "
         "attack.",
         [("Al-Shabaab", "attack", "mayor of Culiacan", True, False)], []),
        ("Gunmen killed five police officers in Zamfara. Police said Bello Turji did not "
         "carry out the attack.",
         [("Bello Turji", "attack", "police officers", True, False)], []),
    ],
    "blamed the act before on X (alleged)": [
        ("A bomb exploded outside a church in Lahore, killing nine worshippers. Police "
         "blamed the bombing on Lashkar-e-Jhangvi.",
         [("Lashkar-e-Jhangvi", "kill", "worshippers", False, True)], []),
        ("A car bomb killed the police chief of Kirkuk. The attack was blamed on Islamic "
         "State.",
         [("Islamic State", "kill", "police chief of Kirkuk", False, True)], []),
        ("Militants stormed a checkpoint in Sinai, killing five conscripts. Cairo blamed the "
         "assault on the Muslim Brotherhood.",
         [("Muslim Brotherhood", "kill", "conscripts", False, True)], []),
    ],
}

GUARDS = {
    "guard: no deed told by the clause": [
        ("The army blamed Boko Haram for a bombing that police foiled in Maiduguri.",
         [], [("Boko Haram", "police")]),
        ("Hamas claimed responsibility for an attack that wounded no one.", [], []),
        ("The prime minister accepted responsibility for a raid that killed four "
         "civilians.",
         [], [("prime minister", "civilians")]),
    ],
    "guard: a deed with a target of its own": [
        ("A rocket hit a hospital in Kharkiv. Russia said it carried out the strike on a "
         "military target.",
         [("Russia", "strike", "military target", False, False)],
         [("Russia", "hospital in Kharkiv")]),
        ("Fighters of the M23 attacked Goma. Kinshasa blamed the assault on Rwanda.",
         [], [("Rwanda", "Goma")]),
        ("Officials blamed the attack on the police station on Hamas.",
         [("Hamas", "attack", "police station", False, True)], []),
    ],
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


@pytest.mark.parametrize("sentence, present, absent", cases(SAID_RESPONSIBLE, DEEDS_TOLD,
                                                                GUARDS))
def test_who_answers_for_the_act(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
