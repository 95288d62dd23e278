"""Wrong actors: the speaker, a body or a party set aside read as a party (session 46).

* a closing speaker the parser hung on the last object as its apposition, leaving the
  verb of saying without a subject, is no stand-in for that object: "Israel struck
  Iranian positions in Syria, killing four fighters, the Syrian Observatory for Human
  Rights reported" kills fighters, not the observatory. The parse is mended when the verb
  of saying hangs on the root as an adverbial clause (the verb becomes the root, the name
  its subject: :func:`~extract.hygiene._speaker_read_as_object_apposition`); in any parse
  a name set off by a comma right before a subjectless verb of saying stands for no noun
  it is hung on (:func:`~extract.actors._closing_speaker`), nor is it one of a plural's
  named members; a true apposition ("two opposition leaders, Kizza Besigye and Bobi
  Wine,") still names them;
* "the group" never refers back to a state office (a ministry, department, court,
  police ...: :data:`~extract.lexicon.STATE_OFFICE_WORDS`; an armed group may be an
  "Army", a lobby a "Committee"), as "the company" never referred back to a public body
  (:func:`~extract.coref.Coreference._fits_description`): "A Defence Ministry spokesman
  said the group had kidnapped three engineers" has the group, not the ministry, kidnap;
  and "the group" after an unnamed group the article introduced ("An investor group led
  by X said ...") is that group, not the last name
  (:meth:`~extract.coref.Coreference._introduced`); a named group ("al-Shabaab ... the
  group") is still found;
* a "by" agent after "rather than" or "instead of" (:data:`~extract.lexicon.EXCLUDING_ADVERBS`)
  did not do it (:func:`~extract.rules.base.set_aside`): "run by Shell instead of by the
  national oil company Sonagol" is run by Shell only;
* a second verb after "and" that the parser took for a modifier of its object's name,
  with the name a conjunct of the first verb's last noun, is a verb again
  (:func:`~extract.hygiene._conjoined_verb_read_as_modifier`): "Riot police disperse the
  protesters with water cannon and detain opposition leader X" detains X, and disperses no
  one "with" X; "with water cannon and tear gas" (no name, no determiner) stays a list.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

CLOSING_SPEAKER = {
    "speaker hung on the object": [
        ("Turkey shelled Kurdish positions in Syria, killing five fighters, the Syrian "
         "Observatory for Human Rights reported.",
         [("Turkey", "kill", "fighters")],
         [("Turkey", "Syrian Observatory for Human Rights")]),
        ("Israel struck Iranian positions in Syria, killing four fighters, the Syrian "
         "Observatory for Human Rights reported.",
         [("Israel", "kill", "fighters")],
         [("Israel", "Syrian Observatory for Human Rights")]),
        ("Turkey shelled Kurdish positions in Syria, wounding 12 fighters, the Syrian "
         "Observatory for Human Rights reported.",
         [("Turkey", "wound", "fighters")],
         [("Turkey", "Syrian Observatory for Human Rights")]),
        ("Turkish drones struck Kurdish positions in Syria, killing three fighters, the "
         "Syrian Observatory for Human Rights reported on Sunday.",
         [("Turkey", "kill", "fighters")],
         [("Turkey", "Syrian Observatory for Human Rights")]),
        ("Israel bombed Hezbollah positions in Syria, killing two fighters, the Syrian "
         "Observatory for Human Rights said.",
         [("Israel", "kill", "fighters")],
         [("Israel", "Syrian Observatory for Human Rights")]),
        ("Turkey shelled Kurdish positions in Iraq, killing five fighters, the Iraqi "
         "Observatory for Human Rights reported.",
         [("Turkey", "kill", "fighters")],
         [("Turkey", "Iraqi Observatory for Human Rights")]),
    ],
    "guard: a true apposition": [
        ("Police in Kampala arrested two opposition leaders, Kizza Besigye and Bobi Wine, "
         "on Tuesday.",
         [("police in Kampala", "arrest", "Kizza Besigye"),
          ("police in Kampala", "arrest", "Bobi Wine")], []),
        ("Russia banned the rights group Memorial, prosecutors said.",
         [("Russia", "ban", "rights group Memorial")], []),
        ("Turkish jets struck Kurdish positions in Iraq, killing six fighters, the Turkish "
         "Defence Ministry said.",
         [("Turkey", "kill", "fighters")], []),
        ("Abu Omar, the ISIS commander, reported killed in a strike, was buried on Friday.",
         [("Abu Omar", "commander", "ISIS")], []),
    ],
}

THE_GROUP = {
    "the group is no public body": [
        ("A Defence Ministry spokesman said the group had kidnapped three engineers near "
         "Kandahar.",
         [], [("Defence Ministry", "engineers")]),
        ("The Justice Department said the group had smuggled weapons to Mexico.",
         [], [("Justice Department", "weapons"), ("Justice Department", "Mexico")]),
        ("A Justice Ministry spokesman said the group had bribed customs officers in Lagos.",
         [], [("Justice Ministry", "customs officers")]),
        ("Kenyan police detained nine members of a separatist militia in Mombasa, the "
         "Interior Ministry said on Friday. The ministry said the group had planned to "
         "attack ferries.",
         [("Kenya", "detain", "members of separatist militia")],
         [("Interior Ministry", "ferries")]),
    ],
    "guard: a group named before, a company": [
        ("Al-Shabaab attacked a base near Mogadishu. The Somali army said the group had "
         "killed 12 soldiers.",
         [("Al-Shabaab", "kill", "soldiers")], []),
        ("The Somali army said al-Shabaab had attacked the base. The army said the group "
         "lost 40 fighters.",
         [("al-Shabaab", "lose", "fighters")], []),
        ("The Arakan Army seized a town in Rakhine. The junta said the group had killed 20 "
         "soldiers.",
         [("Arakan Army", "kill", "soldiers")], []),
        ("A spokesman for the Sahel Patriotic Army, Abdoulaye Maiga, denied on Tuesday that "
         "the group had attacked Gao.",
         [("Sahel Patriotic Army", "attack", "Gao")], []),
        ("Shell said on Monday that the company had sold its stake in the Nigerian field.",
         [("Shell", "sell stake in", "Nigerian field")], []),
        ("An investor group led by Texas financier Ray Hollis said it had bought a 7 pct "
         "stake in Marlow Foods Inc. In a filing with the Securities and Exchange "
         "Commission, the group said it may seek control of Marlow Foods.",
         [("Ray Hollis", "buy stake in", "Marlow Foods Inc")],
         [("Securities and Exchange Commission", "Marlow Foods Inc"),
          ("Marlow Foods Inc", "Marlow Foods Inc")]),
    ],
}

SET_ASIDE = {
    "rather than / instead of by": [
        ("The workers, who are paid by local contractors rather than by the state oil "
         "firm Petronor, began a strike on Monday.",
         [], [("Petronor", "workers")]),
        ("The drones were launched by militias rather than by the Iranian army, the "
         "Pentagon said.",
         [], [("Iran", "drones")]),
        ("The refinery is run by Shell instead of by the national oil company Sonagol.",
         [("Shell", "run", "refinery")], [("Sonagol", "refinery")]),
        ("The refinery is run by Shell rather than by the state, officials said.",
         [("Shell", "run", "refinery")], []),
    ],
    "guard: the agent itself": [
        ("The embassy was attacked by protesters rather than police.",
         [("protesters", "attack", "embassy")], []),
        ("The tanker was seized by Iran, the navy said.",
         [("Iran", "seize", "tanker")], []),
        ("The checkpoint was attacked by Boko Haram rather than by the Islamic State, the "
         "army said.",
         [("Boko Haram", "attack", "checkpoint")], [("Islamic State", "checkpoint")]),
    ],
}

SECOND_VERB = {
    "verb after 'and' read as the name's modifier": [
        ("Georgian riot police disperse the protesters with water cannon and detain "
         "opposition leader Nika Kvaratskhelia.",
         [("Georgia", "detain", "Nika Kvaratskhelia")],
         [("Georgia", "disperse protester with", "Nika Kvaratskhelia")]),
        ("Serbian police break up the rally with batons and arrest student leader Milan "
         "Petrovic.",
         [("Serbia", "arrest", "Milan Petrovic")],
         [("Serbia", "break up rally with", "Milan Petrovic")]),
        ("Kenyan police fire tear gas at protesters and arrest activist Boniface Mwangi.",
         [("Kenya", "arrest", "Boniface Mwangi")],
         [("Kenya", "fire gas at", "Boniface Mwangi")]),
    ],
    "guard: things, not a second verb": [
        ("Riot police disperse the crowd with water cannon and tear gas.",
         [("Riot police", "disperse", "crowd")], []),
        ("Belarusian police dispersed the march with stun grenades and detained opposition "
         "activist Pavel Sevyarynets.",
         [("Belarus", "detain", "Pavel Sevyarynets")], []),
        ("The army attacked the town with tanks and attack helicopters.",
         [], [("army", "attack", "helicopters")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(CLOSING_SPEAKER, THE_GROUP, SET_ASIDE, SECOND_VERB))
def test_no_wrong_actor(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
