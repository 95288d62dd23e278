"""Nominal and participle renderings of news events, rule by rule (hand-built parses).

Each rule of the nominal/participle round gets parsed Docs built by hand (no model):
- a fronted passive participle whose "by" phrase the parser labelled a plain preposition
  is still passive, its "by" phrase the agent (:func:`extract.hygiene._fronted_participle_agent`);
- a possessor undergoes an event noun whose "by" agent is a body that acts, not only a
  name ("Adams's indictment by federal prosecutors");
- the "of" phrase hung on a named "by" agent is the event noun's patient ("the seizure by
  Iran of the tanker");
- a sentence whose verb the parser hung on the root event noun as a clause after its "by"
  phrase still gives the noun's triple ("The poisoning of X by Y led to ...");
- a possessive pronoun on an event noun in a fronted adjunct is the clause subject's
  ("During his visit to Beijing, Blinken ...");
- "at the hands of X" names an event noun's agent;
- an agentless violent event noun that frames the clause ("In a raid on X, troops killed
  ...") is the clause subject's;
- a fronted adjunct of a passive clause goes with its subject as written ("After invading
  the Capitol, rioters were charged by prosecutors"), not the passive's agent.

The same constructions on real-like sentences through the model are in
:mod:`tests.test_forms_nominal_participle_grid`.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import repair_verbs
from actorgraph.extract.rules.nominal import swallowed_verb
from actorgraph.extract.triples import all_triples

from tests.docs import parse


def triples(doc):
    """(subject, lemma, object) texts of a hand-built Doc, after the parse repairs."""
    repair_verbs(doc)
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


def pairs(doc):
    return {(s, o) for s, _, o in triples(doc)}


# ---------------------------------------------------------------- fronted participle agent

#: (sentence, rows, entities, (agent, lemma, patient))
_FRONTED_BY_PREP = [
    ("Sanctioned by Washington since 2019 , PDVSA struggled", """
        7 advcl VERB sanction VBN
        0 prep ADP by IN
        1 pobj PROPN Washington NNP
        0 prep SCONJ since IN
        3 pobj NUM 2019 CD
        7 punct PUNCT , ,
        7 nsubj PROPN PDVSA NNP
        7 ROOT VERB struggle VBD
    """, {"Washington": "GPE", "2019": "DATE", "PDVSA": "ORG"},
     ("Washington", "sanction", "PDVSA")),
    ("Fined by Brussels last year , Google appealed", """
        7 advcl VERB fine VBN
        0 prep ADP by IN
        1 pobj PROPN Brussels NNP
        4 amod ADJ last JJ
        0 npadvmod NOUN year NN
        7 punct PUNCT , ,
        7 nsubj PROPN Google NNP
        7 ROOT VERB appeal VBD
    """, {"Brussels": "GPE", "last year": "DATE", "Google": "ORG"},
     ("Brussels", "fine", "Google")),
    ("Having been expelled by Niger , the ambassador left Niamey", """
        2 aux AUX have VBG
        2 auxpass AUX be VBN
        8 advcl VERB expel VBN
        2 prep ADP by IN
        3 pobj PROPN Niger NNP
        8 punct PUNCT , ,
        7 det DET the DT
        8 nsubj NOUN ambassador NN
        8 ROOT VERB leave VBD
        8 dobj PROPN Niamey NNP
    """, {"Niger": "GPE", "Niamey": "GPE"}, ("Niger", "expel", "ambassador")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _FRONTED_BY_PREP)
def test_a_fronted_participles_by_phrase_is_its_agent(sentence, rows, ents, wanted):
    doc = parse(sentence, rows, ents=ents)
    assert wanted in triples(doc)
    assert any(t.dep_ == "agent" for t in doc if t.lower_ == "by")


def test_a_source_after_as_is_no_agent():
    # "As reported by Reuters, ...": Reuters reports, it does nothing to the talks
    doc = parse("As reported by Reuters , the talks failed", """
        1 mark SCONJ as IN
        7 advcl VERB report VBN
        1 prep ADP by IN
        2 pobj PROPN Reuters NNP
        7 punct PUNCT , ,
        6 det DET the DT
        7 nsubj NOUN talk NNS
        7 ROOT VERB fail VBD
    """, ents={"Reuters": "ORG"})
    assert ("Reuters", "talks") not in pairs(doc)
    assert doc[2].dep_ == "prep"


def test_a_participle_after_its_clause_keeps_its_preposition():
    # not fronted: the repair leaves it to the rules of participles after a clause
    doc = parse("PDVSA struggled , sanctioned by Washington", """
        1 nsubj PROPN PDVSA NNP
        1 ROOT VERB struggle VBD
        1 punct PUNCT , ,
        1 advcl VERB sanction VBN
        3 prep ADP by IN
        4 pobj PROPN Washington NNP
    """, ents={"PDVSA": "ORG", "Washington": "GPE"})
    repair_verbs(doc)
    assert doc[4].dep_ == "prep"


# ------------------------------------------------- possessor undergoes, body as "by" agent

_BODY_AGENTS = [
    ("Adams 's indictment by federal prosecutors angered supporters", """
        2 poss PROPN Adams NNP
        0 case PART 's POS
        7 nsubj NOUN indictment NN
        2 prep ADP by IN
        5 amod ADJ federal JJ
        3 pobj NOUN prosecutor NNS
        7 ROOT VERB anger VBD
        6 dobj NOUN supporter NNS
    """, {"Adams": "PERSON"}, ("prosecutors", "indictment", "Adams")),
    ("Gaza 's blockade by the navy continued", """
        2 poss PROPN Gaza NNP
        0 case PART 's POS
        6 nsubj NOUN blockade NN
        2 prep ADP by IN
        5 det DET the DT
        3 pobj NOUN navy NN
        6 ROOT VERB continue VBD
    """, {"Gaza": "GPE"}, ("navy", "blockade", "Gaza")),
    ("Kyiv 's bombardment by the army continued", """
        2 poss PROPN Kyiv NNP
        0 case PART 's POS
        6 nsubj NOUN bombardment NN
        2 prep ADP by IN
        5 det DET the DT
        3 pobj NOUN army NN
        6 ROOT VERB continue VBD
    """, {"Kyiv": "GPE"}, ("army", "bombardment", "Kyiv")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _BODY_AGENTS)
def test_the_possessor_undergoes_an_event_noun_with_a_body_as_agent(sentence, rows, ents,
                                                                  wanted):
    found = triples(parse(sentence, rows, ents=ents))
    assert wanted in found
    # never the other way round
    assert not any(s == wanted[2] for s, _, _ in found)


def test_a_by_phrase_of_means_leaves_the_possessor_the_agent():
    # "by boat" is how, not who: Hamas attacked Israel
    doc = parse("Hamas 's attack by boat on Israel failed", """
        2 poss PROPN Hamas NNP
        0 case PART 's POS
        7 nsubj NOUN attack NN
        2 prep ADP by IN
        3 pobj NOUN boat NN
        2 prep ADP on IN
        5 pobj PROPN Israel NNP
        7 ROOT VERB fail VBD
    """, ents={"Hamas": "ORG", "Israel": "GPE"})
    assert ("Hamas", "attack", "Israel") in triples(doc)


# ------------------------------------------------------------ "of" hung on the "by" agent

_HUNG_OF = [
    ("The seizure by Iran of the tanker angered London", """
        1 det DET the DT
        7 nsubj NOUN seizure NN
        1 prep ADP by IN
        2 pobj PROPN Iran NNP
        3 prep ADP of IN
        6 det DET the DT
        4 pobj NOUN tanker NN
        7 ROOT VERB anger VBD
        7 dobj PROPN London NNP
    """, {"Iran": "GPE", "London": "GPE"}, ("Iran", "seizure", "tanker")),
    ("The expulsion by Poland of 45 diplomats angered Moscow", """
        1 det DET the DT
        7 nsubj NOUN expulsion NN
        1 prep ADP by IN
        2 pobj PROPN Poland NNP
        3 prep ADP of IN
        6 nummod NUM 45 CD
        4 pobj NOUN diplomat NNS
        7 ROOT VERB anger VBD
        7 dobj PROPN Moscow NNP
    """, {"Poland": "GPE", "45": "CARDINAL", "Moscow": "GPE"},
     ("Poland", "expel", "diplomats")),
    ("The recognition by Washington of Guaido angered Caracas", """
        1 det DET the DT
        5 nsubj NOUN recognition NN
        1 prep ADP by IN
        2 pobj PROPN Washington NNP
        3 prep ADP of IN
        4 pobj PROPN Guaido NNP
        5 ROOT VERB anger VBD
        5 dobj PROPN Caracas NNP
    """, {"Washington": "GPE", "Guaido": "PERSON", "Caracas": "GPE"},
     ("Washington", "recognize", "Guaido")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _HUNG_OF)
def test_the_of_phrase_hung_on_a_named_agent_is_the_patient(sentence, rows, ents, wanted):
    found = {(s, o) for s, _, o in triples(parse(sentence, rows, ents=ents))}
    assert (wanted[0], wanted[2]) in found


def test_an_of_inside_the_agents_name_stays_the_names():
    # "by the Bank of England": England is part of the name, no patient
    doc = parse("The takeover by the Bank of England angered lenders", """
        1 det DET the DT
        7 nsubj NOUN takeover NN
        1 prep ADP by IN
        4 det DET the DT
        2 pobj PROPN Bank NNP
        4 prep ADP of IN
        5 pobj PROPN England NNP
        7 ROOT VERB anger VBD
        7 dobj NOUN lender NNS
    """, ents={"the Bank of England": "ORG"})
    assert not any(o == "England" for _, o in pairs(doc))


# ------------------------------------------------------ the verb hung on the root noun

_SWALLOWED_CLAUSE = [
    ("The poisoning of Navalny by Russian agents led to sanctions", """
        1 det DET the DT
        1 ROOT NOUN poisoning NN
        1 prep ADP of IN
        2 pobj PROPN Navalny NNP
        1 prep ADP by IN
        6 amod ADJ russian JJ
        4 pobj NOUN agent NNS
        1 acl VERB lead VBN
        7 prep ADP to IN
        8 pobj NOUN sanction NNS
    """, {"Navalny": "PERSON", "Russian": "NORP"}, ("agents", "Navalny")),
    ("The dismissal of Zaluzhny by Zelensky surprised allies", """
        1 det DET the DT
        1 ROOT NOUN dismissal NN
        1 prep ADP of IN
        2 pobj PROPN Zaluzhny NNP
        1 prep ADP by IN
        4 pobj PROPN Zelensky NNP
        1 acl VERB surprise VBD
        6 dobj NOUN ally NNS
    """, {"Zaluzhny": "PERSON", "Zelensky": "PERSON"}, ("Zelensky", "Zaluzhny")),
    ("The toppling of Assad by rebels in December ended decades of rule", """
        1 det DET the DT
        1 ROOT NOUN toppling NN
        1 prep ADP of IN
        2 pobj PROPN Assad NNP
        1 prep ADP by IN
        4 pobj NOUN rebel NNS
        1 prep ADP in IN
        6 pobj PROPN December NNP
        1 acl VERB end VBD
        8 dobj NOUN decade NNS
        9 prep ADP of IN
        10 pobj NOUN rule NN
    """, {"Assad": "PERSON", "December": "DATE"}, ("rebels", "Assad")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _SWALLOWED_CLAUSE)
def test_a_verb_read_as_a_clause_of_the_root_noun_leaves_the_nouns_triple(sentence, rows,
                                                                         ents, wanted):
    assert wanted in pairs(parse(sentence, rows, ents=ents))


def test_a_participle_after_a_comma_or_with_its_own_agent_is_no_swallowed_verb():
    # "The poisoning of X by agents, condemned by Germany": a fragment whose participle
    # describes the noun; the root noun keeps no triple of a derived event
    rows = """
        1 det DET the DT
        1 ROOT NOUN poisoning NN
        1 prep ADP of IN
        2 pobj PROPN Navalny NNP
        1 prep ADP by IN
        4 pobj NOUN agent NNS
        1 punct PUNCT , ,
        1 acl VERB condemn VBN
        7 agent ADP by IN
        8 pobj PROPN Germany NNP
    """
    ents = {"Navalny": "PERSON", "Germany": "GPE"}
    doc = parse("The poisoning of Navalny by agents , condemned by Germany", rows, ents=ents)
    assert not swallowed_verb(doc[1])
    doc = parse("The poisoning of Navalny by agents condemned by Germany",
                "\n".join(line for line in rows.splitlines() if "punct" not in line)
                .replace("7 agent", "6 agent").replace("8 pobj PROPN", "7 pobj PROPN"),
                ents=ents)
    assert not swallowed_verb(doc[1])


# ----------------------------------------------- pronoun owner in a fronted adjunct

_FRONTED_OWNERS = [
    ("During his visit to Beijing , Blinken warned China", """
        7 prep ADP during IN
        2 poss PRON his PRP$
        0 pobj NOUN visit NN
        2 prep ADP to IN
        3 pobj PROPN Beijing NNP
        7 punct PUNCT , ,
        7 nsubj PROPN Blinken NNP
        7 ROOT VERB warn VBD
        7 dobj PROPN China NNP
    """, {"Beijing": "GPE", "Blinken": "PERSON", "China": "GPE"},
     ("Blinken", "visit", "Beijing")),
    ("Since its invasion of Ukraine , Russia lost tanks", """
        7 prep SCONJ since IN
        2 poss PRON its PRP$
        0 pobj NOUN invasion NN
        2 prep ADP of IN
        3 pobj PROPN Ukraine NNP
        7 punct PUNCT , ,
        7 nsubj PROPN Russia NNP
        7 ROOT VERB lose VBD
        7 dobj NOUN tank NNS
    """, {"Ukraine": "GPE", "Russia": "GPE"}, ("Russia", "invasion", "Ukraine")),
    ("After his arrest by police , Navalny was jailed", """
        8 prep ADP after IN
        2 poss PRON his PRP$
        0 pobj NOUN arrest NN
        2 prep ADP by IN
        3 pobj NOUN police NNS
        8 punct PUNCT , ,
        8 nsubjpass PROPN Navalny NNP
        8 auxpass AUX be VBD
        8 ROOT VERB jail VBN
    """, {"Navalny": "PERSON"}, ("police", "arrest", "Navalny")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _FRONTED_OWNERS)
def test_a_pronoun_owner_in_a_fronted_adjunct_is_the_clauses_subject(sentence, rows, ents,
                                                                   wanted):
    assert wanted in triples(parse(sentence, rows, ents=ents))


_NOT_OWNERS = [
    # after the subject, "its" may be anyone's (here Moscow's, not Washington's)
    ("Washington sanctioned Moscow over its annexation of Crimea", """
        1 nsubj PROPN Washington NNP
        1 ROOT VERB sanction VBD
        1 dobj PROPN Moscow NNP
        1 prep ADP over IN
        5 poss PRON its PRP$
        3 pobj NOUN annexation NN
        5 prep ADP of IN
        6 pobj PROPN Crimea NNP
    """, {"Washington": "GPE", "Moscow": "GPE", "Crimea": "GPE"}, ("Washington", "Crimea")),
    # "his" is no country's
    ("During his visit to Beijing , China warned Blinken", """
        7 prep ADP during IN
        2 poss PRON his PRP$
        0 pobj NOUN visit NN
        2 prep ADP to IN
        3 pobj PROPN Beijing NNP
        7 punct PUNCT , ,
        7 nsubj PROPN China NNP
        7 ROOT VERB warn VBD
        7 dobj PROPN Blinken NNP
    """, {"Beijing": "GPE", "Blinken": "PERSON", "China": "GPE"}, ("China", "Beijing")),
    # "in his talk at X" is a setting, not one of the prepositions of time or circumstance
    ("In his talk at the council , Mitsotakis praised Israel", """
        8 prep ADP in IN
        2 poss PRON his PRP$
        0 pobj NOUN talk NN
        2 prep ADP at IN
        5 det DET the DT
        3 pobj NOUN council NN
        8 punct PUNCT , ,
        8 nsubj PROPN Mitsotakis NNP
        8 ROOT VERB praise VBD
        8 dobj PROPN Israel NNP
    """, {"Mitsotakis": "PERSON", "Israel": "GPE"}, ("Mitsotakis", "council")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "absent"), _NOT_OWNERS)
def test_a_pronoun_owner_the_rule_does_not_resolve(sentence, rows, ents, absent):
    assert absent not in pairs(parse(sentence, rows, ents=ents))


# ------------------------------------------------------------- "at the hands of X"

_HANDS = [
    ("The killing of Akleh at the hands of Israeli soldiers drew outrage", """
        1 det DET the DT
        10 nsubj NOUN killing NN
        1 prep ADP of IN
        2 pobj PROPN Akleh NNP
        1 prep ADP at IN
        6 det DET the DT
        4 pobj NOUN hand NNS
        6 prep ADP of IN
        9 amod ADJ israeli JJ
        7 pobj NOUN soldier NNS
        10 ROOT VERB draw VBD
        10 dobj NOUN outrage NN
    """, {"Akleh": "PERSON", "Israeli": "NORP"}, ("soldiers", "Akleh")),
    ("The torture of prisoners at the hands of security forces was documented", """
        1 det DET the DT
        11 nsubjpass NOUN torture NN
        1 prep ADP of IN
        2 pobj NOUN prisoner NNS
        1 prep ADP at IN
        6 det DET the DT
        4 pobj NOUN hand NNS
        6 prep ADP of IN
        9 compound NOUN security NN
        7 pobj NOUN force NNS
        11 auxpass AUX be VBD
        11 ROOT VERB document VBN
    """, {}, ("forces", "prisoners")),
    ("The abduction of Tice at the hands of Syrian forces angered Washington", """
        1 det DET the DT
        10 nsubj NOUN abduction NN
        1 prep ADP of IN
        2 pobj PROPN Tice NNP
        1 prep ADP at IN
        6 det DET the DT
        4 pobj NOUN hand NNS
        6 prep ADP of IN
        9 amod ADJ syrian JJ
        7 pobj NOUN force NNS
        10 ROOT VERB anger VBD
        10 dobj PROPN Washington NNP
    """, {"Tice": "PERSON", "Syrian": "NORP", "Washington": "GPE"}, ("forces", "Tice")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _HANDS)
def test_at_the_hands_of_names_the_agent(sentence, rows, ents, wanted):
    found = pairs(parse(sentence, rows, ents=ents))
    assert wanted in found
    # the hands are nobody's target
    assert not any(o == "hands" for _, o in found)


# ------------------------------------------------------ a violent event framing a clause

_FRAMED = [
    ("In a raid on Jenin , troops killed militants", """
        7 prep ADP in IN
        2 det DET a DT
        0 pobj NOUN raid NN
        2 prep ADP on IN
        3 pobj PROPN Jenin NNP
        7 punct PUNCT , ,
        7 nsubj NOUN troop NNS
        7 ROOT VERB kill VBD
        7 dobj NOUN militant NNS
    """, {"Jenin": "GPE"}, ("troops", "raid", "Jenin")),
    ("In an attack on Moscow , drones damaged towers", """
        7 prep ADP in IN
        2 det DET an DT
        0 pobj NOUN attack NN
        2 prep ADP on IN
        3 pobj PROPN Moscow NNP
        7 punct PUNCT , ,
        7 nsubj NOUN drone NNS
        7 ROOT VERB damage VBD
        7 dobj NOUN tower NNS
    """, {"Moscow": "GPE"}, ("drones", "attack", "Moscow")),
    ("In a crackdown on the opposition , police arrested Sonko", """
        8 prep ADP in IN
        2 det DET a DT
        0 pobj NOUN crackdown NN
        2 prep ADP on IN
        5 det DET the DT
        3 pobj NOUN opposition NN
        8 punct PUNCT , ,
        8 nsubj NOUN police NNS
        8 ROOT VERB arrest VBD
        8 dobj PROPN Sonko NNP
    """, {"Sonko": "PERSON"}, ("police", "crackdown", "opposition")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _FRAMED)
def test_a_violent_event_framing_the_clause_is_its_subjects(sentence, rows, ents, wanted):
    assert wanted in triples(parse(sentence, rows, ents=ents))


_NOT_FRAMED = [
    # the subject suffers: passive
    ("In an attack on the base , two soldiers were killed", """
        10 prep ADP in IN
        2 det DET an DT
        0 pobj NOUN attack NN
        2 prep ADP on IN
        5 det DET the DT
        3 pobj NOUN base NN
        10 punct PUNCT , ,
        8 nummod NUM two CD
        10 nsubjpass NOUN soldier NNS
        10 auxpass AUX be VBD
        10 ROOT VERB kill VBN
    """, ("soldiers", "base")),
    # ... or acts on no one
    ("In the attack on the base , two soldiers died", """
        9 prep ADP in IN
        2 det DET the DT
        0 pobj NOUN attack NN
        2 prep ADP on IN
        5 det DET the DT
        3 pobj NOUN base NN
        9 punct PUNCT , ,
        8 nummod NUM two CD
        9 nsubj NOUN soldier NNS
        9 ROOT VERB die VBD
    """, ("soldiers", "base")),
    # "after an attack" is what the subject answered
    ("After an attack on a convoy , the army bombed villages", """
        9 prep ADP after IN
        2 det DET an DT
        0 pobj NOUN attack NN
        2 prep ADP on IN
        5 det DET a DT
        3 pobj NOUN convoy NN
        9 punct PUNCT , ,
        8 det DET the DT
        9 nsubj NOUN army NN
        9 ROOT VERB bomb VBD
        9 dobj NOUN village NNS
    """, ("army", "convoy")),
]


@pytest.mark.parametrize(("sentence", "rows", "absent"), _NOT_FRAMED)
def test_an_event_the_subject_did_not_do(sentence, rows, absent):
    assert absent not in pairs(parse(sentence, rows))


# ----------------------------------------- fronted adjunct of a passive clause

_PASSIVE_MAIN = [
    ("Defying a court order , the protesters were removed by police", """
        8 advcl VERB defy VBG
        3 det DET a DT
        3 compound NOUN court NN
        0 dobj NOUN order NN
        8 punct PUNCT , ,
        6 det DET the DT
        8 nsubjpass NOUN protester NNS
        8 auxpass AUX be VBD
        8 ROOT VERB remove VBN
        8 agent ADP by IN
        9 pobj NOUN police NNS
    """, {}, ("protesters", "order"), ("police", "order")),
    ("After invading the Capitol , rioters were charged by prosecutors", """
        7 prep ADP after IN
        0 pcomp VERB invade VBG
        3 det DET the DT
        1 dobj PROPN Capitol NNP
        7 punct PUNCT , ,
        7 nsubjpass NOUN rioter NNS
        7 auxpass AUX be VBD
        7 ROOT VERB charge VBN
        7 agent ADP by IN
        8 pobj NOUN prosecutor NNS
    """, {"Capitol": "FAC"}, ("rioters", "Capitol"), ("prosecutors", "Capitol")),
    ("Crossing the border , the migrants were detained by police", """
        7 advcl VERB cross VBG
        2 det DET the DT
        0 dobj NOUN border NN
        7 punct PUNCT , ,
        5 det DET the DT
        7 nsubjpass NOUN migrant NNS
        7 auxpass AUX be VBD
        7 ROOT VERB detain VBN
        7 agent ADP by IN
        8 pobj NOUN police NNS
    """, {}, ("migrants", "border"), ("police", "border")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted", "unwanted"), _PASSIVE_MAIN)
def test_a_fronted_adjunct_of_a_passive_goes_with_its_written_subject(sentence, rows, ents,
                                                                      wanted, unwanted):
    found = pairs(parse(sentence, rows, ents=ents))
    assert wanted in found
    assert unwanted not in found


def test_a_result_after_a_passive_stays_its_agents():
    # "Kharkiv was struck by missiles, killing seven people": the missiles killed them
    doc = parse("Kharkiv was struck by missiles , killing seven people", """
        2 nsubjpass PROPN Kharkiv NNP
        2 auxpass AUX be VBD
        2 ROOT VERB strike VBN
        2 agent ADP by IN
        3 pobj NOUN missile NNS
        2 punct PUNCT , ,
        2 advcl VERB kill VBG
        8 nummod NUM seven CD
        6 dobj NOUN people NNS
    """, ents={"Kharkiv": "GPE"})
    found = pairs(doc)
    assert ("missiles", "people") in found
    assert ("Kharkiv", "people") not in found


def test_a_passives_by_phrase_read_with_a_gerund_is_still_its_agent():
    # "was interrupted by protesting legislators": Lam protested nothing
    doc = parse("Lam was interrupted by protesting legislators", """
        2 nsubjpass PROPN Lam NNP
        2 auxpass AUX be VBD
        2 ROOT VERB interrupt VBN
        2 prep ADP by IN
        3 pcomp VERB protest VBG
        4 dobj NOUN legislator NNS
    """, ents={"Lam": "PERSON"})
    assert ("Lam", "legislators") not in pairs(doc)


# ------------------------------------ a doer's "by" hung on the active verb after its object

_BY_ON_THE_VERB = [
    ("The court upheld the dismissal of Sereno by lawmakers", """
        1 det DET the DT
        2 nsubj NOUN court NN
        2 ROOT VERB uphold VBD
        4 det DET the DT
        2 dobj NOUN dismissal NN
        4 prep ADP of IN
        5 pobj PROPN Sereno NNP
        2 prep ADP by IN
        7 pobj NOUN lawmaker NNS
    """, {"Sereno": "PERSON"}, ("lawmakers", "Sereno")),
    ("Washington criticised the detention of Gershkovich by Russian authorities", """
        1 nsubj PROPN Washington NNP
        1 ROOT VERB criticise VBD
        3 det DET the DT
        1 dobj NOUN detention NN
        3 prep ADP of IN
        4 pobj PROPN Gershkovich NNP
        1 prep ADP by IN
        8 amod ADJ russian JJ
        6 pobj NOUN authority NNS
    """, {"Washington": "GPE", "Gershkovich": "PERSON", "Russian": "NORP"},
     ("authorities", "Gershkovich")),
    ("Kyiv condemned the shelling of Kherson by Russia", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB condemn VBD
        3 det DET the DT
        1 dobj NOUN shelling NN
        3 prep ADP of IN
        4 pobj PROPN Kherson NNP
        1 prep ADP by IN
        6 pobj PROPN Russia NNP
    """, {"Kyiv": "GPE", "Kherson": "GPE", "Russia": "GPE"}, ("Russia", "Kherson")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _BY_ON_THE_VERB)
def test_a_doers_by_after_an_event_object_is_the_objects(sentence, rows, ents, wanted):
    doc = parse(sentence, rows, ents=ents)
    assert wanted in pairs(doc)
    assert next(t for t in doc if t.lower_ == "by").head.dep_ == "dobj"


def test_a_by_of_measure_stays_the_verbs():
    doc = parse("Biden won the election by a wide margin", """
        1 nsubj PROPN Biden NNP
        1 ROOT VERB win VBD
        3 det DET the DT
        1 dobj NOUN election NN
        1 prep ADP by IN
        7 det DET a DT
        7 amod ADJ wide JJ
        4 pobj NOUN margin NN
    """, ents={"Biden": "PERSON"})
    repair_verbs(doc)
    assert doc[4].head.i == 1


# --------------------------------------------------- bids and wins with an owner

_OWNED = [
    ("Nippon 's bid for Steel failed", """
        2 poss PROPN Nippon NNP
        0 case PART 's POS
        5 nsubj NOUN bid NN
        2 prep ADP for IN
        3 pobj PROPN Steel NNP
        5 ROOT VERB fail VBD
    """, {"Nippon": "ORG", "Steel": "ORG"}, ("Nippon", "bid for", "Steel")),
    ("Microsoft 's stake in OpenAI grew", """
        2 poss PROPN Microsoft NNP
        0 case PART 's POS
        5 nsubj NOUN stake NN
        2 prep ADP in IN
        3 pobj PROPN OpenAI NNP
        5 ROOT VERB grow VBD
    """, {"Microsoft": "ORG", "OpenAI": "ORG"}, ("Microsoft", "stake in", "OpenAI")),
    ("A bid for Commerzbank by UniCredit failed", """
        1 det DET a DT
        6 nsubj NOUN bid NN
        1 prep ADP for IN
        2 pobj PROPN Commerzbank NNP
        1 prep ADP by IN
        4 pobj PROPN UniCredit NNP
        6 ROOT VERB fail VBD
    """, {"Commerzbank": "ORG", "UniCredit": "ORG"}, ("UniCredit", "bid for", "Commerzbank")),
    ("Spain 's victory over England ended the final", """
        2 poss PROPN Spain NNP
        0 case PART 's POS
        5 nsubj NOUN victory NN
        2 prep ADP over IN
        3 pobj PROPN England NNP
        5 ROOT VERB end VBD
        7 det DET the DT
        5 dobj NOUN final NN
    """, {"Spain": "GPE", "England": "GPE"}, ("Spain", "victory over", "England")),
]


def labels(doc):
    return {(t.subject.text, t.label, t.object.text) for t in all_triples(doc)}


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _OWNED)
def test_an_owned_bid_or_win_relates_its_owner_to_what_it_is_for(sentence, rows, ents,
                                                                 wanted):
    assert wanted in labels(parse(sentence, rows, ents=ents))


def test_a_bid_for_nothing_named_and_a_victory_speech_give_none():
    doc = parse("Biden 's bid for reelection ended", """
        2 poss PROPN Biden NNP
        0 case PART 's POS
        5 nsubj NOUN bid NN
        2 prep ADP for IN
        3 pobj NOUN reelection NN
        5 ROOT VERB end VBD
    """, ents={"Biden": "PERSON"})
    assert not labels(doc)
    doc = parse("Biden delivered a victory speech", """
        1 nsubj PROPN Biden NNP
        1 ROOT VERB deliver VBD
        4 det DET a DT
        4 compound NOUN victory NN
        1 dobj NOUN speech NN
    """, ents={"Biden": "PERSON"})
    assert ("Biden", "deliver", "speech") in labels(doc)


# ------------------------------------------- an -ing participle on an event noun

_EVENT_DOERS = [
    ("A strike by the Houthis targeting Eilat failed", """
        1 det DET a DT
        7 nsubj NOUN strike NN
        1 prep ADP by IN
        4 det DET the DT
        2 pobj PROPN Houthis NNP
        1 acl VERB target VBG
        5 dobj PROPN Eilat NNP
        7 ROOT VERB fail VBD
    """, {"Houthis": "ORG", "Eilat": "GPE"}, ("Houthis", "target", "Eilat")),
    ("An Israeli airstrike targeting a Hamas commander killed 90 people", """
        2 det DET an DT
        2 amod ADJ israeli JJ
        7 nsubj NOUN airstrike NN
        2 acl VERB target VBG
        6 det DET a DT
        6 compound PROPN Hamas NNP
        3 dobj NOUN commander NN
        7 ROOT VERB kill VBD
        9 nummod NUM 90 CD
        7 dobj NOUN people NNS
    """, {"Israeli": "NORP", "Hamas": "ORG", "90": "CARDINAL"},
     ("Israeli", "target", "commander")),
    ("A raid by Israeli troops killing three militants ended", """
        1 det DET a DT
        7 nsubj NOUN raid NN
        1 prep ADP by IN
        4 amod ADJ israeli JJ
        2 pobj NOUN troop NNS
        1 acl VERB kill VBG
        6 nummod NUM three CD
        5 dobj NOUN militant NNS
        7 ROOT VERB end VBD
    """, {"Israeli": "NORP", "three": "CARDINAL"}, ("troops", "kill", "militants")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _EVENT_DOERS)
def test_an_ing_participle_on_an_event_noun_is_done_by_its_agents(sentence, rows, ents,
                                                                  wanted):
    found = triples(parse(sentence, rows, ents=ents))
    assert wanted in found
    # the event noun itself does not do what the participle says
    assert not any(s in ("strike", "airstrike", "raid") and lemma == wanted[1]
                   for s, lemma, _ in found)


def test_a_participle_on_a_noun_of_no_event_keeps_the_noun():
    # "a report by Amnesty accusing Israel": no event noun, the report accuses
    doc = parse("A report by Amnesty accusing Israel appeared", """
        1 det DET a DT
        6 nsubj NOUN report NN
        1 prep ADP by IN
        2 pobj PROPN Amnesty NNP
        1 acl VERB accuse VBG
        4 dobj PROPN Israel NNP
        6 ROOT VERB appear VBD
    """, ents={"Amnesty": "ORG", "Israel": "GPE"})
    assert ("report", "Israel") in pairs(doc)


# ------------------------------- "a minerals deal" read as an object and a verb over it

_DEAL_OVER_VERB = [
    ("Having signed a minerals deal with Washington , Ukraine sent it", """
        1 aux AUX have VBG
        4 advcl VERB sign VBN
        3 det DET a DT
        1 dobj NOUN mineral NNS
        9 advcl VERB deal VB
        4 prep ADP with IN
        5 pobj PROPN Washington NNP
        9 punct PUNCT , ,
        9 nsubj PROPN Ukraine NNP
        9 ROOT VERB send VBD
        9 dobj PRON it PRP
    """, {"Washington": "GPE", "Ukraine": "GPE"}, ("Ukraine", "deal", "Washington")),
    ("Having signed a minerals deal with Washington , Ukraine 's government sent it", """
        1 aux AUX have VBG
        4 advcl VERB sign VBN
        3 det DET a DT
        1 dobj NOUN mineral NNS
        11 ccomp VERB deal VB
        4 prep ADP with IN
        5 pobj PROPN Washington NNP
        11 punct PUNCT , ,
        10 poss PROPN Ukraine NNP
        8 case PART 's POS
        11 nsubj NOUN government NN
        11 ROOT VERB send VBD
        11 dobj PRON it PRP
    """, {"Washington": "GPE", "Ukraine": "GPE"}, ("government", "deal", "Washington")),
    ("Having struck an arms deal with Russia , Egypt bought jets", """
        1 aux AUX have VBG
        4 advcl VERB strike VBN
        3 det DET an DT
        1 dobj NOUN arm NNS
        9 advcl VERB deal VB
        4 prep ADP with IN
        5 pobj PROPN Russia NNP
        9 punct PUNCT , ,
        9 nsubj PROPN Egypt NNP
        9 ROOT VERB buy VBD
        9 dobj NOUN jet NNS
    """, {"Russia": "GPE", "Egypt": "GPE"}, ("Egypt", "deal", "Russia")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _DEAL_OVER_VERB)
def test_a_plural_object_before_an_event_noun_read_as_a_verb_is_its_compound(sentence, rows,
                                                                            ents, wanted):
    doc = parse(sentence, rows, ents=ents)
    found = triples(doc)
    deal = doc[4]
    assert deal.dep_ == "dobj" and deal.head.i == 1 and doc[3].dep_ == "compound"
    assert doc[1].dep_ == "advcl"
    assert any(s == wanted[0] and wanted[1] in lemma and o == wanted[2]
               for s, lemma, o in found), found


def test_a_plural_object_before_a_verb_of_its_own_stays():
    # "signed documents detailing X": "detailing" is no event noun read as a verb
    doc = parse("Having signed the documents , officials left Kyiv", """
        1 aux AUX have VBG
        6 advcl VERB sign VBN
        3 det DET the DT
        1 dobj NOUN document NNS
        6 punct PUNCT , ,
        6 nsubj NOUN official NNS
        6 ROOT VERB leave VBD
        6 dobj PROPN Kyiv NNP
    """, ents={"Kyiv": "GPE"})
    repair_verbs(doc)
    assert doc[3].dep_ == "dobj" and doc[3].head.i == 1


# ---------------------- a name after a fronted adjunct ending in a place is the subject

def _region(sentence, rows, ents, index):
    from actorgraph.extract.hygiene import region_of_place
    return region_of_place(parse(sentence, rows, ents=ents)[index])


_SUBJECT_AFTER_ADJUNCT = [
    ("After talks with France , Germany agreed", """
        6 prep ADP after IN
        0 pobj NOUN talk NNS
        1 prep ADP with IN
        2 pobj PROPN France NNP
        6 punct PUNCT , ,
        6 nsubj PROPN Germany NNP
        6 ROOT VERB agree VBD
    """, {"France": "GPE", "Germany": "GPE"}, 5),
    ("Since its invasion of Ukraine , Russia lost tanks", """
        7 prep SCONJ since IN
        2 poss PRON its PRP$
        0 pobj NOUN invasion NN
        2 prep ADP of IN
        3 pobj PROPN Ukraine NNP
        7 punct PUNCT , ,
        7 nsubj PROPN Russia NNP
        7 ROOT VERB lose VBD
        7 dobj NOUN tank NNS
    """, {"Ukraine": "GPE", "Russia": "GPE"}, 6),
    ("Having signed a deal with Washington , Kyiv sent it", """
        1 aux AUX have VBG
        7 advcl VERB sign VBN
        3 det DET a DT
        1 dobj NOUN deal NN
        3 prep ADP with IN
        4 pobj PROPN Washington NNP
        7 punct PUNCT , ,
        7 nsubj PROPN Kyiv NNP
        7 ROOT VERB send VBD
        7 dobj PRON it PRP
    """, {"Washington": "GPE", "Kyiv": "GPE"}, 7),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "index"), _SUBJECT_AFTER_ADJUNCT)
def test_a_name_after_a_fronted_adjunct_is_no_region(sentence, rows, ents, index):
    assert not _region(sentence, rows, ents, index)


def test_a_place_after_a_place_in_the_subject_phrase_is_still_a_region():
    # the adjunct ends at its own comma; the shooting's phrase is inside it only by a
    # misparse, and "Wisconsin" is the region of Kenosha
    rows = """
        12 prep ADP before IN
        2 det DET the DT
        0 pobj NOUN convention NN
        12 punct PUNCT , ,
        5 det DET the DT
        2 appos NOUN shooting NN
        5 prep ADP of IN
        6 pobj NOUN man NN
        7 prep ADP in IN
        8 pobj PROPN Kenosha NNP
        12 punct PUNCT , ,
        12 nsubj PROPN Wisconsin NNP
        12 ROOT VERB lead VBD
    """
    ents = {"Kenosha": "GPE", "Wisconsin": "GPE"}
    assert _region("Before the convention , the shooting of man in Kenosha , Wisconsin led",
                   rows, ents, 11)


# ------------------------------- a "by" agent shared by coordinated bare participles

_SHARED_AGENT = [
    ("Navalny , arrested and jailed by Russia , died", """
        8 nsubj PROPN Navalny NNP
        0 punct PUNCT , ,
        0 acl VERB arrest VBN
        2 cc CCONJ and CC
        2 conj VERB jail VBN
        4 agent ADP by IN
        5 pobj PROPN Russia NNP
        0 punct PUNCT , ,
        8 ROOT VERB die VBD
    """, {"Navalny": "PERSON", "Russia": "GPE"}, [("Russia", "arrest", "Navalny"),
                                                  ("Russia", "jail", "Navalny")]),
    ("The protesters were detained and deported by police", """
        1 det DET the DT
        3 nsubjpass NOUN protester NNS
        3 auxpass AUX be VBD
        3 ROOT VERB detain VBN
        3 cc CCONJ and CC
        3 conj VERB deport VBN
        5 agent ADP by IN
        6 pobj NOUN police NNS
    """, {}, [("police", "detain", "protesters"), ("police", "deport", "protesters")]),
    ("Hezbollah , trained and funded by Iran , fired rockets", """
        8 nsubj PROPN Hezbollah NNP
        0 punct PUNCT , ,
        8 advcl VERB train VBN
        2 cc CCONJ and CC
        2 conj VERB fund VBN
        4 agent ADP by IN
        5 pobj PROPN Iran NNP
        8 punct PUNCT , ,
        8 ROOT VERB fire VBD
        8 dobj NOUN rocket NNS
    """, {"Hezbollah": "ORG", "Iran": "GPE"}, [("Iran", "train", "Hezbollah"),
                                               ("Iran", "fund", "Hezbollah")]),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _SHARED_AGENT)
def test_coordinated_bare_participles_share_their_by_agent(sentence, rows, ents, wanted):
    found = triples(parse(sentence, rows, ents=ents))
    for triple in wanted:
        assert triple in found


def test_a_conjunct_clause_with_its_own_auxiliary_shares_no_agent():
    # "Mukherjee was elected to parliament and was given posts by Gandhi": Gandhi gave
    # the posts, no one here says who elected him
    doc = parse("Mukherjee was elected to parliament and was given posts by Gandhi", """
        2 nsubjpass PROPN Mukherjee NNP
        2 auxpass AUX be VBD
        2 ROOT VERB elect VBN
        2 prep ADP to IN
        3 pobj NOUN parliament NN
        2 cc CCONJ and CC
        7 auxpass AUX be VBD
        2 conj VERB give VBN
        7 dobj NOUN post NNS
        7 agent ADP by IN
        9 pobj PROPN Gandhi NNP
    """, ents={"Mukherjee": "PERSON", "Gandhi": "PERSON"})
    assert ("Gandhi", "elect", "Mukherjee") not in triples(doc)
