"""Who did an event when the noun or its object names the actor away from the verb
(session 48).

* an event noun made from a verb the lexicon does not class, with a named "of" side, is
  read when its "by" side names people by whom they belong to
  (:func:`~extract.rules.base.named_following`; ``agent`` and ``operative`` joined
  :data:`~extract.lexicon.ASSOCIATE_NOUNS`): "the poisoning of Alexander Litvinenko by
  agents of the FSB" is FSB poison Litvinenko, "the impeachment of X by members of the
  Y" Y impeach X (:func:`~extract.rules.nominal.unclassed_nominal`); not when the parse
  set a name in apposition to the "by" side (the object of a swallowed verb: "by agents
  of the NSA angered Berlin" names no agent Berlin);
* the agent of an attempt a verb of fighting off or foiling stops is the one fought off
  or foiled, as the agent of an attack is ("repelled an attack by X"): a noun of intending
  (:data:`~extract.lexicon.INTENTION_NOUNS`: "attempt", "bid", "effort") with a "by"
  agent and a "to" infinitive ("repelled an attempt by the Taliban to storm a police
  station": repel attempt -> Taliban; :func:`~extract.rules.verbal._attempted`); the
  infinitive's own act stays negated as before. Guards: no infinitive ("thwarted a plan
  by Amazon for a warehouse"), no agent ("repelled an attempt to board the tanker") and
  a verb of backing ("backed an attempt by Qatar to broker a truce", a reaction of its own)
  fight off no one;
* an "of" phrase the parse hung on a time or place set after an event noun is the noun's
  own (:func:`~extract.rules.base.set_of_objects`, which
  :func:`~extract.rules.nominal._set_patients` already read), so a possessor before the
  noun is its agent, not its patient ("Turkey's expulsion in March of ten Western
  ambassadors": Turkey expels them; :func:`~extract.rules.base._possessor_undergoes`), and
  a noun of a classed verb with only such an "of" phrase is that verb ("the dismissal on
  Tuesday of Valery Zaluzhnyi by Zelensky": :func:`~extract.rules.nominal.derived_event`).
  Guards: a possessor with no "of" phrase still undergoes the noun ("Navalny's arrest on
  Sunday by Russian police", "Khashoggi's killing in Istanbul in October").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

FOLLOWERS = {
    "people of a named body as the by side": [
        ("The poisoning of Alexander Litvinenko in London by agents of the FSB strained "
         "relations with Moscow.",
         [("FSB", "poisoning", "Alexander Litvinenko")], [("Alexander Litvinenko", "FSB")]),
        ("The harassment of Uyghur activists by agents of the Chinese government continued "
         "for years.",
         [("agents of Chinese government", "harass", "Uyghur")], [("Uyghur", "China")]),
        ("The impeachment of Dilma Rousseff by members of the Brazilian Congress divided the "
         "country.",
         [("Brazilian Congress", "impeach", "Dilma Rousseff")],
         [("Dilma Rousseff", "Brazilian Congress")]),
    ],
    "guard: a name in apposition to the by side": [
        ("The wiretapping of Angela Merkel by agents of the NSA angered Berlin.",
         [], [("Berlin", "Angela Merkel")]),
    ],
}

FOILED_ATTEMPTS = {
    "the agent of a foiled attempt": [
        ("Pakistani security forces repelled an attempt by the Pakistani Taliban to storm a "
         "police station in Bannu.",
         [("Pakistan", "repel attempt", "Pakistani Taliban")],
         [("Pakistani Taliban", "Pakistan")]),
        ("Ukrainian troops repulsed a bid by Russian paratroopers to seize Hostomel airport.",
         [("Ukraine", "repulse bid", "Russian paratroopers")],
         [("Russian paratroopers", "Ukraine"), ("Ukraine", "repulse", "bid")]),
        ("Jordanian police foiled an attempt by Islamic State militants to smuggle explosives "
         "into Amman.",
         [("Jordan", "foil attempt", "Islamic State")], [("Islamic State", "Jordan")]),
        ("The Sudanese army thwarted an effort by the RSF to cut the road to El Obeid.",
         [("Sudan", "thwart effort", "RSF")], [("RSF", "Sudan")]),
    ],
    "guard: no attempt fought off": [
        ("The city council thwarted a plan by Amazon for a new warehouse.",
         [], [("city council", "Amazon")]),
        ("The navy repelled an attempt to board the tanker.", [], [("navy", "tanker")]),
        ("Egypt backed an attempt by Qatar to broker a truce between Israel and Hamas.",
         [("Egypt", "back attempt", "Qatar")], [("Qatar", "Egypt")]),
    ],
}

SET_OF_PHRASES = {
    "the of phrase after a time": [
        ("Turkey's expulsion in March of ten Western ambassadors alarmed NATO.",
         [("Turkey", "expulsion", "Western ambassadors")], [("Western ambassadors", "Turkey")]),
        ("Israel's killing on Wednesday of Hezbollah commander Fuad Shukr drew threats of "
         "revenge.",
         [("Israel", "killing", "Fuad Shukr")], [("Fuad Shukr", "Israel")]),
        ("Myanmar's arrest in February of Aung San Suu Kyi was condemned.",
         [("Myanmar", "arrest", "Aung San Suu Kyi")], [("Aung San Suu Kyi", "Myanmar")]),
        ("The dismissal on Tuesday of army chief Valery Zaluzhnyi by Zelensky surprised Kyiv.",
         [("Zelensky", "dismiss", "Valery Zaluzhnyi")], [("Valery Zaluzhnyi", "Zelensky")]),
    ],
    "guard: a possessor with no of phrase undergoes": [
        ("Navalny's arrest on Sunday by Russian police sparked protests.",
         [("Russia", "arrest", "Navalny")], [("Navalny", "Russia")]),
        ("Khashoggi's killing in Istanbul in October shocked the world.",
         [], [("Khashoggi", "Istanbul")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(FOLLOWERS, FOILED_ATTEMPTS, SET_OF_PHRASES))
def test_the_actor_named_apart(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
