"""Whose act an -ing or -ed clause is (the ``participle`` pattern), in the constructions
where the clause's nearest candidate is not its doer:

- after a passive clause, the -ing adjunct is its subject's act, not its agent's ("X was
  summoned by Germany, denying the charges": X denies; "Visiting Kyiv, Scholz was
  received by Zelensky"), unless the -ing verb says what the event did
  ([effect_participles]: "Kyiv was hit by Russia, killing five") or names its means
  ("Using drones, Kyiv was attacked by Russia"); so is a gerund after "after", "before",
  "while", ... ("the gunman was shot by police after killing three people");
- "giving him ..." after a clause whose subject is the only person it names gives the
  subject nothing of the subject's own: what the event gave him is no act of his;
- "followed by X" on a noun ([sequence_verbs]) says X came next, not that X followed it;
- an apposition that sums up the clause ([summary_nouns]: "a decision prompting
  protests") is no description of the noun the parse hangs it on;
- "using X" on a thing (not someone) is the act of whoever acted on the thing ("carried
  out the attack using drones": the attackers use drones);
- "ranging from ... to ..." says how far an amount spans, never anyone's act
  ([stative_participles]);
- an -ing adjunct of citing, blaming or judging ([speaking_adjuncts]) hung on a reported
  clause is the reporter's act, with the reporter's flags ("the EU said it would sanction
  Russia, citing the war": the EU cites it, now);
- an -ing adjunct hung on a verb of intending after its infinitive is as intended ("the
  army plans to attack the city, forcing residents to flee": hedged), but not an act of
  speech ("vowed to retaliate, calling the strike a crime").
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

_NAMES = {"Lavrov": "PERSON", "Navalny": "PERSON", "Biden": "PERSON", "Snowden": "PERSON",
          "Harris": "PERSON", "Newsom": "PERSON", "Spanton": "PERSON", "Rubel": "PERSON",
          "Georgescu": "PERSON", "Scholz": "PERSON", "Zelensky": "PERSON", "Court": "ORG",
          "Moscow": "GPE", "Ukraine": "GPE", "Germany": "GPE", "Russia": "GPE",
          "Kyiv": "GPE", "Mali": "GPE"}


def triples(text, rows):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(parse(text, rows,
                                                                                ents=_NAMES))}


#: an -ing adjunct after a passive clause: (sentence, rows, present, absent)
_AFTER_PASSIVES = [
    ("Lavrov was summoned by Germany , denying charges", """
        2 nsubjpass PROPN Lavrov NNP
        2 auxpass AUX be VBD
        2 ROOT VERB summon VBN
        2 agent ADP by IN
        3 pobj PROPN Germany NNP
        2 punct PUNCT , ,
        2 advcl VERB deny VBG
        6 dobj NOUN charge NNS
    """, ("Lavrov", "deny", "charges"), ("Germany", "deny", "charges")),
    ("Navalny was jailed by Russia , calling verdict sham", """
        2 nsubjpass PROPN Navalny NNP
        2 auxpass AUX be VBD
        2 ROOT VERB jail VBN
        2 agent ADP by IN
        3 pobj PROPN Russia NNP
        2 punct PUNCT , ,
        2 advcl VERB call VBG
        6 dobj NOUN verdict NN
        6 oprd NOUN sham NN
    """, ("Navalny", "call", "verdict"), ("Russia", "call", "verdict")),
    # an unnamed subject: no one
    ("envoy was detained by Russia , accusing Kyiv", """
        2 nsubjpass NOUN envoy NN
        2 auxpass AUX be VBD
        2 ROOT VERB detain VBN
        2 agent ADP by IN
        3 pobj PROPN Russia NNP
        2 punct PUNCT , ,
        2 advcl VERB accuse VBG
        6 dobj PROPN Kyiv NNP
    """, None, ("Russia", "accuse", "Kyiv")),
    # guard: a ruled clause leaves it to the ruling
    ("Court ruled that vote had been rigged , disqualifying Georgescu", """
        1 nsubj PROPN Court NNP
        1 ROOT VERB rule VBD
        6 mark SCONJ that IN
        6 nsubjpass NOUN vote NN
        6 aux AUX have VBD
        6 auxpass AUX be VBN
        1 ccomp VERB rig VBN
        6 punct PUNCT , ,
        6 advcl VERB disqualify VBG
        8 dobj PROPN Georgescu NNP
    """, ("Court", "disqualify", "Georgescu"), ("vote", "disqualify", "Georgescu")),
    # guard: what the event did is its agent's
    ("Kyiv was hit by Russia , killing people", """
        2 nsubjpass PROPN Kyiv NNP
        2 auxpass AUX be VBD
        2 ROOT VERB hit VBN
        2 agent ADP by IN
        3 pobj PROPN Russia NNP
        2 punct PUNCT , ,
        2 advcl VERB kill VBG
        6 dobj NOUN people NNS
    """, ("Russia", "kill", "people"), ("Kyiv", "kill", "people")),
]


@pytest.mark.parametrize(("text", "rows", "present", "absent"), _AFTER_PASSIVES)
def test_an_adjunct_after_a_passive_is_its_subjects(text, rows, present, absent):
    found = triples(text, rows)
    if present is not None:
        assert present in found
    assert absent not in found


#: a gerund or a fronted adjunct with a passive clause: (sentence, rows, present, absent)
_GERUNDS_WITH_PASSIVES = [
    ("gunman was shot by police after killing people", """
        2 nsubjpass NOUN gunman NN
        2 auxpass AUX be VBD
        2 ROOT VERB shoot VBN
        2 agent ADP by IN
        3 pobj NOUN police NNS
        2 prep ADP after IN
        5 pcomp VERB kill VBG
        6 dobj NOUN people NNS
    """, ("gunman", "kill", "people"), ("police", "kill", "people")),
    ("Navalny was arrested by Russia after returning to Moscow", """
        2 nsubjpass PROPN Navalny NNP
        2 auxpass AUX be VBD
        2 ROOT VERB arrest VBN
        2 agent ADP by IN
        3 pobj PROPN Russia NNP
        2 prep ADP after IN
        5 pcomp VERB return VBG
        6 prep ADP to IN
        7 pobj PROPN Moscow NNP
    """, ("Navalny", "return to", "Moscow"), ("Russia", "return to", "Moscow")),
    ("Visiting Kyiv , Scholz was received by Zelensky", """
        5 advcl VERB visit VBG
        0 dobj PROPN Kyiv NNP
        5 punct PUNCT , ,
        5 nsubjpass PROPN Scholz NNP
        5 auxpass AUX be VBD
        5 ROOT VERB receive VBN
        5 agent ADP by IN
        6 pobj PROPN Zelensky NNP
    """, ("Scholz", "visit", "Kyiv"), ("Zelensky", "visit", "Kyiv")),
    # guards: a "by" gerund says how the agent acted; a means is the agent's
    ("Kyiv was defended by Ukraine by firing missiles", """
        2 nsubjpass PROPN Kyiv NNP
        2 auxpass AUX be VBD
        2 ROOT VERB defend VBN
        2 agent ADP by IN
        3 pobj PROPN Ukraine NNP
        2 prep ADP by IN
        5 pcomp VERB fire VBG
        6 dobj NOUN missile NNS
    """, ("Ukraine", "fire", "missiles"), ("Kyiv", "fire", "missiles")),
    ("Using drones , Kyiv was attacked by Russia", """
        5 advcl VERB use VBG
        0 dobj NOUN drone NNS
        5 punct PUNCT , ,
        5 nsubjpass PROPN Kyiv NNP
        5 auxpass AUX be VBD
        5 ROOT VERB attack VBN
        5 agent ADP by IN
        6 pobj PROPN Russia NNP
    """, ("Russia", "use", "drones"), ("Kyiv", "use", "drones")),
]


@pytest.mark.parametrize(("text", "rows", "present", "absent"), _GERUNDS_WITH_PASSIVES)
def test_a_gerund_with_a_passive_is_its_subjects(text, rows, present, absent):
    found = triples(text, rows)
    assert present in found, found
    assert absent not in found


#: "giving him ...": (sentence, rows, whether the subject's giving is kept)
_GIVEN_TO_HIM = [
    ("Biden won vote , giving him total", """
        1 nsubj PROPN Biden NNP
        1 ROOT VERB win VBD
        1 dobj NOUN vote NN
        1 punct PUNCT , ,
        1 advcl VERB give VBG
        4 dative PRON he PRP
        4 dobj NOUN total NN
    """, None),
    ("he won vote , handing him seats", """
        1 nsubj PRON he PRP
        1 ROOT VERB win VBD
        1 dobj NOUN vote NN
        1 punct PUNCT , ,
        1 advcl VERB hand VBG
        4 dative PRON he PRP
        4 dobj NOUN seat NNS
    """, None),
    # guards: another person he can be; a verb of earning (he earned it)
    ("Germany took Snowden , giving him asylum", """
        1 nsubj PROPN Germany NNP
        1 ROOT VERB take VBD
        1 dobj PROPN Snowden NNP
        1 punct PUNCT , ,
        1 advcl VERB give VBG
        4 dative PRON he PRP
        4 dobj NOUN asylum NN
    """, ("Germany", "give", "asylum")),
    ("Biden called Snowden , giving him asylum", """
        1 nsubj PROPN Biden NNP
        1 ROOT VERB call VBD
        1 dobj PROPN Snowden NNP
        1 punct PUNCT , ,
        1 advcl VERB give VBG
        4 dative PRON he PRP
        4 dobj NOUN asylum NN
    """, ("Biden", "give", "asylum")),
    ("Biden won vote , earning him praise", """
        1 nsubj PROPN Biden NNP
        1 ROOT VERB win VBD
        1 dobj NOUN vote NN
        1 punct PUNCT , ,
        1 advcl VERB earn VBG
        4 dative PRON he PRP
        4 dobj NOUN praise NN
    """, ("Biden", "earn", "praise")),
]


@pytest.mark.parametrize(("text", "rows", "kept"), _GIVEN_TO_HIM)
def test_what_is_given_back_to_the_subject_is_no_act_of_his(text, rows, kept):
    found = triples(text, rows)
    participle = text.split()[4]
    if kept is None:
        assert not any(t[1] == {"giving": "give", "handing": "hand"}[participle]
                       for t in found), found
    else:
        assert kept in found


def test_followed_by_on_a_noun_says_what_came_next():
    found = triples("Harris won states , followed by Newsom", """
        1 nsubj PROPN Harris NNP
        1 ROOT VERB win VBD
        1 dobj NOUN state NNS
        2 punct PUNCT , ,
        2 acl VERB follow VBN
        4 agent ADP by IN
        5 pobj PROPN Newsom NNP
    """)
    assert not any(t[1] == "follow" for t in found), found
    # guard: another passive participle on the noun still says who did it
    found = triples("Harris won states , backed by Newsom", """
        1 nsubj PROPN Harris NNP
        1 ROOT VERB win VBD
        1 dobj NOUN state NNS
        2 punct PUNCT , ,
        2 acl VERB back VBN
        4 agent ADP by IN
        5 pobj PROPN Newsom NNP
    """)
    assert ("Newsom", "back", "states") in found


def test_a_summing_apposition_describes_no_noun():
    found = triples("council suspended Mali , a decision prompting protests", """
        1 nsubj NOUN council NN
        1 ROOT VERB suspend VBD
        1 dobj PROPN Mali NNP
        2 punct PUNCT , ,
        5 det DET a DT
        2 appos NOUN decision NN
        5 acl VERB prompt VBG
        6 dobj NOUN protest NNS
    """)
    assert not any(t[1] == "prompt" for t in found), found
    # guard: an apposition of someone does what its -ing clause says (the name it is in
    # apposition to: tests/test_participle_doers.py)
    found = triples("Rubel , a lawyer representing Spanton , spoke", """
        7 nsubj PROPN Rubel NNP
        0 punct PUNCT , ,
        3 det DET a DT
        0 appos NOUN lawyer NN
        3 acl VERB represent VBG
        4 dobj PROPN Spanton NNP
        0 punct PUNCT , ,
        7 ROOT VERB speak VBD
    """)
    assert ("Rubel", "represent", "Spanton") in found


def test_a_means_used_on_a_thing_is_the_doers():
    found = triples("rebels carried out attack using drones", """
        1 nsubj NOUN rebel NNS
        1 ROOT VERB carry VBD
        1 prt ADP out RP
        1 dobj NOUN attack NN
        3 acl VERB use VBG
        4 dobj NOUN drone NNS
    """)
    assert ("rebels", "use", "drones") in found
    assert ("attack", "use", "drones") not in found
    # guard: someone using something uses it
    found = triples("police arrested protester using name", """
        1 nsubj NOUN police NNS
        1 ROOT VERB arrest VBD
        1 dobj NOUN protester NN
        2 acl VERB use VBG
        3 dobj NOUN name NN
    """)
    assert ("protester", "use", "name") in found
    assert ("police", "use", "name") not in found


def test_a_span_of_amounts_is_no_act():
    found = triples("agency published estimates ranging from losses", """
        1 nsubj NOUN agency NN
        1 ROOT VERB publish VBD
        1 dobj NOUN estimate NNS
        2 acl VERB range VBG
        3 prep ADP from IN
        4 pobj NOUN loss NNS
    """)
    assert not any(t[1].startswith("range") for t in found), found


#: a reporter's adjunct hung on the reported clause: (sentence, rows, present, absent)
_REPORTERS = [
    ("Lavrov said Moscow wanted peace , citing talks", """
        1 nsubj PROPN Lavrov NNP
        1 ROOT VERB say VBD
        3 nsubj PROPN Moscow NNP
        1 ccomp VERB want VBD
        3 dobj NOUN peace NN
        3 punct PUNCT , ,
        3 advcl VERB cite VBG
        6 dobj NOUN talk NNS
    """, ("Lavrov", "cite", "talks"), ("Moscow", "cite", "talks")),
    ("Kremlin said Ukraine attacked Belgorod , accusing Kyiv", """
        1 nsubj PROPN Kremlin NNP
        1 ROOT VERB say VBD
        3 nsubj PROPN Ukraine NNP
        1 ccomp VERB attack VBD
        3 dobj PROPN Belgorod NNP
        3 punct PUNCT , ,
        3 advcl VERB accuse VBG
        6 dobj PROPN Kyiv NNP
    """, ("Kremlin", "accuse", "Kyiv"), ("Ukraine", "accuse", "Kyiv")),
    ("Lebanon said Israel struck Tyre , blaming Hezbollah", """
        1 nsubj PROPN Lebanon NNP
        1 ROOT VERB say VBD
        3 nsubj PROPN Israel NNP
        1 ccomp VERB strike VBD
        3 dobj PROPN Tyre NNP
        3 punct PUNCT , ,
        3 advcl VERB blame VBG
        6 dobj PROPN Hezbollah NNP
    """, ("Lebanon", "blame", "Hezbollah"), ("Israel", "blame", "Hezbollah")),
    # guards: what the reported subject may do itself; what the reported act did
    ("Kenya said rebels blocked roads , demanding talks", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB say VBD
        3 nsubj NOUN rebel NNS
        1 ccomp VERB block VBD
        3 dobj NOUN road NNS
        3 punct PUNCT , ,
        3 advcl VERB demand VBG
        6 dobj NOUN talk NNS
    """, ("rebels", "demand", "talks"), ("Kenya", "demand", "talks")),
    ("Kyiv said Russia struck Odesa , killing people", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB say VBD
        3 nsubj PROPN Russia NNP
        1 ccomp VERB strike VBD
        3 dobj PROPN Odesa NNP
        3 punct PUNCT , ,
        3 advcl VERB kill VBG
        6 dobj NOUN people NNS
    """, ("Russia", "kill", "people"), ("Kyiv", "kill", "people")),
]


@pytest.mark.parametrize(("text", "rows", "present", "absent"), _REPORTERS)
def test_a_reporters_adjunct_on_the_reported_clause_is_the_reporters(text, rows, present,
                                                                     absent):
    found = triples(text, rows)
    assert present in found, found
    assert absent not in found


#: an -ing adjunct on a verb of intending: (sentence, rows, adjunct index, hedged)
_INTENDED = [
    ("army plans to attack city , forcing residents to flee", """
        1 nsubj NOUN army NN
        1 ROOT VERB plan VBZ
        3 aux PART to TO
        1 xcomp VERB attack VB
        3 dobj NOUN city NN
        1 punct PUNCT , ,
        1 advcl VERB force VBG
        6 dobj NOUN resident NNS
        9 aux PART to TO
        6 xcomp VERB flee VB
    """, 6, True),
    ("Turkey threatened to invade Syria , attacking Kurds", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB threaten VBD
        3 aux PART to TO
        1 xcomp VERB invade VB
        3 dobj PROPN Syria NNP
        1 punct PUNCT , ,
        1 advcl VERB attack VBG
        6 dobj PROPN Kurds NNPS
    """, 6, True),
    ("Putin is set to meet Xi , deepening ties", """
        2 nsubjpass PROPN Putin NNP
        2 auxpass AUX be VBZ
        2 ROOT VERB set VBN
        4 aux PART to TO
        2 xcomp VERB meet VB
        4 dobj PROPN Xi NNP
        2 punct PUNCT , ,
        2 advcl VERB deepen VBG
        7 dobj NOUN tie NNS
    """, 7, True),
    # guards: an act of speech is done now; an attempt's outcome happened
    ("Iran vowed to retaliate , calling strike crime", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB vow VBD
        3 aux PART to TO
        1 xcomp VERB retaliate VB
        1 punct PUNCT , ,
        1 advcl VERB call VBG
        5 dobj NOUN strike NN
        5 oprd NOUN crime NN
    """, 5, False),
    ("Russia tried to storm Avdiivka , losing tanks", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB try VBD
        3 aux PART to TO
        1 xcomp VERB storm VB
        3 dobj PROPN Avdiivka NNP
        1 punct PUNCT , ,
        1 advcl VERB lose VBG
        6 dobj NOUN tank NNS
    """, 6, False),
]


@pytest.mark.parametrize(("text", "rows", "adjunct", "hedged"), _INTENDED)
def test_an_adjunct_of_an_intended_act_is_hedged(text, rows, adjunct, hedged):
    doc = parse(text, rows, ents=_NAMES)
    assert modality(doc[adjunct]).hedged is hedged


REAL_SENTENCES = {
    "an -ing adjunct after a passive: the passive's subject": [
        ("The Russian ambassador was summoned by the German foreign ministry, denying the "
         "charges against Moscow.",
         [("Russian ambassador", "deny", "charges against Moscow", False, False)],
         [("Germany", "charges")]),
        ("Mayor Adams was questioned by federal agents on Monday, telling reporters he had "
         "done nothing wrong.", [("Adams", "tell", "reporters", False, False)],
         [("federal agents", "reporters")]),
        ("Your younger brother was banned by the Iranian Chess Federation at the "
         "tournament, playing against an Israeli grandmaster.", [],
         [("Iranian Chess Federation", "Israeli grandmaster")]),
        ("The journalist was detained by Iranian police in Tehran, accusing the government "
         "of censorship.", [], [("Iran", "government of censorship")]),
        # guards: what the event did
        ("Kyiv was struck by Russia overnight, killing five people.",
         [("Russia", "kill", "people", False, False)], []),
        ("The Greek tanker was seized by Iran, angering the United States.",
         [("Iran", "anger", "United States", False, False)], []),
    ],
    "a gerund or a fronted adjunct with a passive: the passive's subject": [
        ("After killing three people, the gunman was shot by police.",
         [("gunman", "kill", "people", False, False)], [("police", "people")]),
        ("Navalny was arrested by Russian police after returning to Moscow from Berlin.",
         [("Navalny", "return to", "Moscow", False, False)], [("Russia", "Moscow")]),
        ("Before leaving office, Trump was impeached by the House.",
         [("Trump", "leave", "office", False, False)], [("House", "office")]),
        ("After attacking the convoy, the rebels were bombed by the Nigerian air force.",
         [("rebels", "attack", "convoy", False, False)],
         [("Nigerian air force", "convoy")]),
        ("Visiting Kyiv on Monday, Scholz was received by Zelensky.",
         [("Scholz", "visit", "Kyiv", False, False)], [("Zelensky", "Kyiv")]),
        # guard: the means of the event is the agent's
        ("Using drones, Kyiv was attacked by Russia.",
         [("Russia", "use", "drones", False, False)], [("Kyiv", "drones")]),
    ],
    "giving him: not the subject's own act when he is the subject": [
        ("Senator Sanders won the Nevada caucuses, giving him the backing of the Culinary "
         "Union.", [], [("Sanders", "Culinary Union")]),
        ("Macron won the election, granting him a mandate from French voters.", [],
         [("Macron", "mandate")]),
        ("Netanyahu won the Likud primary, handing him the support of the party's "
         "lawmakers.", [], [("Netanyahu", "party's lawmakers")]),
        # guards: someone else he stands for
        ("Germany took in Snowden, giving him asylum.",
         [("Germany", "give", "asylum", False, False)], []),
        ("Obama called Putin on Monday, offering him help with the investigation.",
         [("Obama", "offer", "help", False, False)], []),
    ],
    "followed by: what came next": [
        ("Both earned 9 delegates, followed by Senator Amy Klobuchar of Minnesota, with 6.",
         [], [("Amy Klobuchar", "delegates")]),
        ("Harris won four states, followed by Governor Newsom of California, with two.",
         [("Harris", "win", "states", False, False)], [("Newsom", "states")]),
    ],
    "a summing apposition": [
        ("The council suspended Mali, a decision prompting protests from Russia.", [],
         [("Mali", "protests")]),
        # guard
        ("Howard Rubel, a Toronto lawyer representing Emily Spanton, told the BBC the "
         "news.", [("Howard Rubel", "represent", "Emily Spanton", False, False)], []),
    ],
    "using a means on a thing": [
        ("Rosselló and his staffers sent offensive comments using Telegram.",
         [("staffers", "use", "Telegram", False, False)],
         [("offensive comments", "Telegram")]),
        ("Israel struck the building using American bombs.",
         [("Israel", "use", "American bombs", False, False)], []),
        ("Hamas fighters launched the raid using paragliders.",
         [("Hamas", "use", "paragliders", False, False)], []),
        # guard: someone using it
        ("Police arrested a protester using a fake name.", [],
         [("police", "fake name")]),
    ],
    "a reporter's adjunct on the reported clause": [
        ("Lavrov said Moscow wanted peace, citing talks with Turkey.",
         [("Lavrov", "cite", "talks", False, False)], [("Moscow", "talks")]),
        ("The Kremlin said Ukraine had attacked Belgorod, accusing Kyiv of terrorism.",
         [("Kremlin", "accuse", "Kyiv", False, False)], [("Ukraine", "Kyiv")]),
        ("The ministry said Israeli jets struck a depot in Lebanon, blaming Hezbollah for "
         "the attack.", [("ministry", "blame", "Hezbollah", False, False)],
         [("Israel", "Hezbollah")]),
        # the reporter's flags: cited now, though what is said is to come
        ("The EU said it would sanction Russia, citing the war in Ukraine.",
         [("European Union", "cite", "war", False, False),
          ("European Union", "sanction", "Russia", False, True)], []),
        # guard: what the reported act did
        ("Ukraine said Russian missiles struck a power plant in Kharkiv overnight, killing "
         "two workers.", [("Russia", "kill", "workers", False, False)],
         [("Ukraine", "workers")]),
    ],
    "an adjunct of an intended act": [
        ("The army plans to attack the city, forcing residents to flee.",
         [("army", "force", "residents", False, True)], []),
        ("Turkey has threatened to invade northern Syria, attacking Kurdish fighters.",
         [("Turkey", "attack", "Kurdish fighters", False, True)], []),
        ("Putin is set to meet Xi next month, deepening ties with China.",
         [("Putin", "deepen", "ties", False, True)], []),
        # guards: done
        ("Germany refused to send Taurus missiles to Ukraine, angering Kyiv.",
         [("Germany", "anger", "Kyiv", False, False)], []),
        ("Russia tried to storm Avdiivka, losing dozens of tanks.",
         [("Russia", "lose", "tanks", False, False)], []),
    ],
    "ranging from: a span": [
        ("Thousands of homes have been destroyed, with some estimates by the Red Cross and "
         "government officials ranging from 45% to 60% destruction.", [],
         [("Red Cross", "destruction")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
