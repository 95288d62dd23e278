"""Participles read with the wrong doer (session 30's precision of the participle pattern):

- a passive participle with a "by" agent of its own right after the "by" agent of a
  passive clause describes that agent, not the clause's subject: "it had been told by
  Delta's lenders, led by Texas Commerce Bank" (the bank leads the lenders);
- an -ing participle hung, with no comma, on a common noun of a place is said of no one:
  "clashed with riot police in Seoul and other cities demanding elections" (no city, and
  not the police, demands anything);
- an -ing adjunct whose clause has only a pronoun for a subject is not given to the agent
  of an infinitive below that clause: "it agreed to be acquired by Bristow, ending a
  three-month search" (the company that agreed ends its search, not Bristow);
- a gerund after "in" or "at" is negated with its governor: "police have not succeeded in
  arresting the gunmen", "the army was not involved in killing the protesters";
- an -ing clause on the object of "possibility of", "fears of", "warned of" is only
  foreseen (hedged), its subject parsed as the clause's head: "the possibility of
  Democrats winning the election".
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality, negation
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def triples(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


#: (sentence, rows, ents, the participle's agent, described noun, clause subject)
_AGENT_DESCRIBED = [
    ("Acme was told by lenders , led by Chase", """
        2 nsubjpass PROPN Acme NNP
        2 auxpass AUX be VBD
        2 ROOT VERB tell VBN
        2 agent ADP by IN
        3 pobj NOUN lender NNS
        2 punct PUNCT , ,
        2 advcl VERB lead VBN
        6 agent ADP by IN
        7 pobj PROPN Chase NNP
    """, {"Acme": "ORG", "Chase": "ORG"}, "Chase", "lenders", "Acme"),
    ("Kyiv was shelled by Russian forces , backed by Belarus", """
        2 nsubjpass PROPN Kyiv NNP
        2 auxpass AUX be VBD
        2 ROOT VERB shell VBN
        2 agent ADP by IN
        5 amod ADJ russian JJ
        3 pobj NOUN force NNS
        2 punct PUNCT , ,
        2 advcl VERB back VBN
        7 agent ADP by IN
        8 pobj PROPN Belarus NNP
    """, {"Kyiv": "GPE", "Russian": "NORP", "Belarus": "GPE"}, "Belarus", "forces", "Kyiv"),
    ("Smith was sued by a group of investors , advised by Lazard", """
        2 nsubjpass PROPN Smith NNP
        2 auxpass AUX be VBD
        2 ROOT VERB sue VBN
        2 agent ADP by IN
        5 det DET a DT
        3 pobj NOUN group NN
        5 prep ADP of IN
        6 pobj NOUN investor NNS
        2 punct PUNCT , ,
        2 advcl VERB advise VBN
        9 agent ADP by IN
        10 pobj PROPN Lazard NNP
    """, {"Smith": "PERSON", "Lazard": "ORG"}, "Lazard", "group", "Smith"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "agent", "described", "subject"),
                         _AGENT_DESCRIBED)
def test_a_passive_after_the_clause_agent_describes_the_agent(sentence, rows, ents, agent,
                                                               described, subject):
    found = {(a, o) for a, _, o in triples(parse(sentence, rows, ents=ents))}
    assert any(a == agent and described in o for a, o in found), found
    assert (agent, subject) not in found


def test_a_passive_without_an_agent_of_its_own_is_left_alone():
    # "Smith was arrested by police, accused of fraud": Smith is accused, not the police
    doc = parse("Smith was arrested by police , accused of fraud", """
        2 nsubjpass PROPN Smith NNP
        2 auxpass AUX be VBD
        2 ROOT VERB arrest VBN
        2 agent ADP by IN
        3 pobj NOUN police NNS
        2 punct PUNCT , ,
        2 advcl VERB accuse VBN
        6 prep ADP of IN
        7 pobj NOUN fraud NN
    """, ents={"Smith": "PERSON"})
    assert not any(a == "police" and lemma == "accuse" for a, lemma, _ in triples(doc))


#: (sentence, rows, ents, a name the participle must not be said of)
_PLACED = [
    ("students clashed with police in Seoul and other cities demanding elections", """
        1 nsubj NOUN student NNS
        1 ROOT VERB clash VBD
        1 prep ADP with IN
        2 pobj NOUN police NNS
        3 prep ADP in IN
        4 pobj PROPN Seoul NNP
        3 cc CCONJ and CC
        8 amod ADJ other JJ
        3 conj NOUN city NNS
        8 acl VERB demand VBG
        9 dobj NOUN election NNS
    """, {"Seoul": "GPE"}),
    ("protesters faced troops in Lagos and other cities demanding reforms", """
        1 nsubj NOUN protester NNS
        1 ROOT VERB face VBD
        1 dobj NOUN troop NNS
        2 prep ADP in IN
        3 pobj PROPN Lagos NNP
        4 cc CCONJ and CC
        7 amod ADJ other JJ
        4 conj NOUN city NNS
        7 acl VERB demand VBG
        8 dobj NOUN reform NNS
    """, {"Lagos": "GPE"}),
    ("rebels fought soldiers near Goma and nearby villages seeking food", """
        1 nsubj NOUN rebel NNS
        1 ROOT VERB fight VBD
        1 dobj NOUN soldier NNS
        2 prep ADP near IN
        3 pobj PROPN Goma NNP
        4 cc CCONJ and CC
        7 amod ADJ nearby JJ
        4 conj NOUN village NNS
        7 acl VERB seek VBG
        8 dobj NOUN food NN
    """, {"Goma": "GPE"}),
]


@pytest.mark.parametrize(("sentence", "rows", "ents"), _PLACED)
def test_an_ing_participle_on_a_place_noun_is_said_of_no_one(sentence, rows, ents):
    verb = parse(sentence, rows, ents=ents)
    participle = next(t for t in verb if t.tag_ == "VBG")
    assert not any(lemma.startswith(participle.lemma_) for _, lemma, _ in triples(verb))


def test_an_ing_participle_on_people_keeps_them():
    doc = parse("protesters demanding elections clashed with police", """
        2 nsubj NOUN protester NNS
        0 acl VERB demand VBG
        1 dobj NOUN election NNS
        2 ROOT VERB clash VBD
        2 prep ADP with IN
        4 pobj NOUN police NNS
    """)
    assert ("protesters", "demand", "elections") in triples(doc)


#: (sentence, rows, ents, the infinitive's agent, the adjunct's object)
_CONTROLLED = [
    ("Acme said it agreed to be acquired by Beta , ending a search", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB say VBD
        3 nsubj PRON it PRP
        1 ccomp VERB agree VBD
        6 aux PART to TO
        6 auxpass AUX be VB
        3 xcomp VERB acquire VBN
        6 agent ADP by IN
        7 pobj PROPN Beta NNP
        3 punct PUNCT , ,
        3 advcl VERB end VBG
        12 det DET a DT
        10 dobj NOUN search NN
    """, {"Acme": "ORG", "Beta": "ORG"}, "Beta", "search"),
    ("Delta said it hoped to be rescued by Gamma , saving jobs", """
        1 nsubj PROPN Delta NNP
        1 ROOT VERB say VBD
        3 nsubj PRON it PRP
        1 ccomp VERB hope VBD
        6 aux PART to TO
        6 auxpass AUX be VB
        3 xcomp VERB rescue VBN
        6 agent ADP by IN
        7 pobj PROPN Gamma NNP
        3 punct PUNCT , ,
        3 advcl VERB save VBG
        10 dobj NOUN job NNS
    """, {"Delta": "ORG", "Gamma": "ORG"}, "Gamma", "jobs"),
    ("Zeta said it wanted to be taken over by Omega , ending years of losses", """
        1 nsubj PROPN Zeta NNP
        1 ROOT VERB say VBD
        3 nsubj PRON it PRP
        1 ccomp VERB want VBD
        6 aux PART to TO
        6 auxpass AUX be VB
        3 xcomp VERB take VBN
        6 prt ADP over RP
        6 agent ADP by IN
        8 pobj PROPN Omega NNP
        3 punct PUNCT , ,
        3 advcl VERB end VBG
        11 dobj NOUN year NNS
        12 prep ADP of IN
        13 pobj NOUN loss NNS
    """, {"Zeta": "ORG", "Omega": "ORG"}, "Omega", "years"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "agent", "obj"), _CONTROLLED)
def test_an_adjunct_skips_the_agent_of_a_controlled_infinitive(sentence, rows, ents, agent,
                                                                obj):
    found = {(a, o) for a, _, o in triples(parse(sentence, rows, ents=ents))}
    assert not any(a == agent and o.endswith(obj) or a == agent and obj in o
                   for a, o in found), found


def test_a_lower_clause_with_a_subject_of_its_own_still_gives_it():
    # "The war began when Hamas invaded Israel, killing 1,200 people": Hamas kills
    doc = parse("The war began when Hamas invaded Israel , killing 1,200 people", """
        1 det DET the DT
        2 nsubj NOUN war NN
        2 ROOT VERB begin VBD
        5 advmod SCONJ when WRB
        5 nsubj PROPN Hamas NNP
        2 advcl VERB invade VBD
        5 dobj PROPN Israel NNP
        2 punct PUNCT , ,
        2 advcl VERB kill VBG
        10 nummod NUM 1,200 CD
        8 dobj NOUN people NNS
    """, ents={"Hamas": "ORG", "Israel": "GPE", "1,200": "CARDINAL"})
    assert ("Hamas", "kill", "people") in triples(doc)


def gerund_negated(doc):
    """The negation the flags read for the sentence's gerund."""
    return negation(next(t for t in doc if t.tag_ == "VBG"))


#: (sentence, rows, ents, the gerund's triple)
_NEGATED_ACHIEVEMENTS = [
    ("police have not succeeded in arresting gunmen", """
        3 nsubj NOUN police NNS
        3 aux AUX have VBP
        3 neg PART not RB
        3 ROOT VERB succeed VBN
        3 prep ADP in IN
        4 pcomp VERB arrest VBG
        5 dobj NOUN gunman NNS
    """, {}, ("police", "arrest", "gunmen")),
    ("Greens have never been successful in winning Kent", """
        3 nsubj PROPN Greens NNPS
        3 aux AUX have VBP
        3 neg ADV never RB
        3 ROOT AUX be VBN
        3 acomp ADJ successful JJ
        3 prep ADP in IN
        5 pcomp VERB win VBG
        6 dobj PROPN Kent NNP
    """, {"Greens": "ORG", "Kent": "GPE"}, ("Greens", "win", "Kent")),
    ("army was not involved in killing protesters", """
        3 nsubjpass NOUN army NN
        3 auxpass AUX be VBD
        3 neg PART not RB
        3 ROOT VERB involve VBN
        3 prep ADP in IN
        4 pcomp VERB kill VBG
        5 dobj NOUN protester NNS
    """, {}, ("army", "kill", "protesters")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "triple"), _NEGATED_ACHIEVEMENTS)
def test_a_negated_governor_negates_its_gerund(sentence, rows, ents, triple):
    doc = parse(sentence, rows, ents=ents)
    assert triple in triples(doc)
    assert gerund_negated(doc)


#: guards: (sentence, rows, the gerund's triple, stated as done)
_STATED_GERUNDS = [
    ("police succeeded in arresting gunmen", """
        1 nsubj NOUN police NNS
        1 ROOT VERB succeed VBD
        1 prep ADP in IN
        2 pcomp VERB arrest VBG
        3 dobj NOUN gunman NNS
    """, ("police", "arrest", "gunmen")),
    ("army did not hesitate in killing protesters", """
        3 nsubj NOUN army NN
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB hesitate VB
        3 prep ADP in IN
        4 pcomp VERB kill VBG
        5 dobj NOUN protester NNS
    """, ("army", "kill", "protesters")),
    ("police did not comment after arresting gunmen", """
        3 nsubj NOUN police NNS
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB comment VB
        3 prep ADP after IN
        4 pcomp VERB arrest VBG
        5 dobj NOUN gunman NNS
    """, ("police", "arrest", "gunmen")),
]


def test_a_progressive_misparsed_under_a_preposition_is_no_gerund_of_it():
    # "in general, when Neandertals were living in Europe, they did not use ...": the
    # clause has its own subject and auxiliary; the "not" of the main clause is not its
    doc = parse("in general when Neandertals were living there they did not use tools", """
        10 prep ADP in IN
        0 amod ADJ general JJ
        5 advmod SCONJ when WRB
        5 nsubj PROPN Neandertals NNP
        5 aux AUX be VBD
        0 pcomp VERB live VBG
        5 advmod ADV there RB
        10 nsubj PRON they PRP
        10 aux AUX do VBD
        10 neg PART not RB
        10 ROOT VERB use VB
        10 dobj NOUN tool NNS
    """)
    assert not gerund_negated(doc)


@pytest.mark.parametrize(("sentence", "rows", "triple"), _STATED_GERUNDS)
def test_other_gerunds_keep_their_polarity(sentence, rows, triple):
    doc = parse(sentence, rows)
    assert triple in triples(doc)
    assert not gerund_negated(doc)


#: (sentence, rows, ents, hedged)
_FORESEEN_ACLS = [
    ("Trump raised the possibility of Democrats winning the election", """
        1 nsubj PROPN Trump NNP
        1 ROOT VERB raise VBD
        3 det DET the DT
        1 dobj NOUN possibility NN
        3 prep ADP of IN
        4 pobj PROPN Democrats NNPS
        5 acl VERB win VBG
        8 det DET the DT
        6 dobj NOUN election NN
    """, {"Trump": "PERSON", "Democrats": "NORP"}, True),
    ("officials feared the possibility of the rebels seizing the airport", """
        1 nsubj NOUN official NNS
        1 ROOT VERB fear VBD
        3 det DET the DT
        1 dobj NOUN possibility NN
        3 prep ADP of IN
        6 det DET the DT
        4 pobj NOUN rebel NNS
        6 acl VERB seize VBG
        9 det DET the DT
        7 dobj NOUN airport NN
    """, {}, True),
    ("NATO warned of troops attacking Riga", """
        1 nsubj PROPN NATO NNP
        1 ROOT VERB warn VBD
        1 prep ADP of IN
        2 pobj NOUN troop NNS
        3 acl VERB attack VBG
        4 dobj PROPN Riga NNP
    """, {"NATO": "ORG", "Riga": "GPE"}, True),
    ("police arrested protesters demanding reforms", """
        1 nsubj NOUN police NNS
        1 ROOT VERB arrest VBD
        1 dobj NOUN protester NNS
        2 acl VERB demand VBG
        3 dobj NOUN reform NNS
    """, {}, False),
    ("the leader of protesters demanding reforms resigned", """
        1 det DET the DT
        5 nsubj NOUN leader NN
        1 prep ADP of IN
        2 pobj NOUN protester NNS
        3 acl VERB demand VBG
        5 ROOT VERB resign VBD
        4 dobj NOUN reform NNS
    """, {}, False),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "hedged"), _FORESEEN_ACLS)
def test_an_ing_clause_of_a_foreseen_event_is_hedged(sentence, rows, ents, hedged):
    doc = parse(sentence, rows, ents=ents)
    assert modality(next(t for t in doc if t.tag_ == "VBG")).hedged is hedged


REAL_SENTENCES = {
    "a passive participle after the clause's agent describes the agent": [
        ("Kramer-Holt said it had been told by Delta's lenders, led by Texas Commerce Bank, "
         "that they were unwilling to extend the loans.", [],
         [("Texas Commerce Bank", "Kramer-Holt")]),
        ("The deal was negotiated by a group of creditors, led by Citibank, over several "
         "months.", [("Citibank", "lead", "creditors", False, False)], []),
    ],
    "an -ing participle on a place noun": [
        ("Demonstrators clashed with soldiers in Yangon and other towns demanding the "
         "release of Aung San Suu Kyi.", [], [("soldiers", "Aung San Suu Kyi"),
                                              ("towns", "Aung San Suu Kyi")]),
        ("Students fought with police in Dhaka and several other cities demanding new "
         "elections.", [("students", "fight with", "police", False, False)],
         [("police", "new elections")]),
        ("Protesters demanding new elections clashed with police in the capital.",
         [("protesters", "demand", "elections", False, False)], []),
    ],
    "a gerund of a negated achievement": [
        ("Kenyan police have not succeeded in arresting the gunmen who attacked the convoy.",
         [("Kenya", "arrest", "gunmen", True, False)], []),
        ("The Greens have never been successful in winning a seat in the Bavarian "
         "parliament.", [("Greens", "win", "seat", True, False)], []),
        ("The Nigerian army said it was not involved in killing the protesters in Lagos.",
         [("Nigeria", "kill", "protesters", True, False)], []),
        ("The Nigerian army was involved in killing the protesters in Lagos.",
         [("Nigeria", "kill", "protesters", False, False)], []),
    ],
    "an -ing clause of a foreseen event": [
        ("When confronted with the possibility of Democrats winning the election, Trump "
         "would not commit to a peaceful transfer of power.",
         [("Democrats", "win", "election", False, True)], []),
        ("Officials feared the possibility of the rebels seizing the airport.",
         [("rebels", "seize", "airport", False, True)], []),
    ],
    "an adjunct after a controlled infinitive": [
        ("Northwind Corp said it agreed to be acquired by Halvorsen Group, ending months "
         "of uncertainty.", [("Northwind Corp", "end", "uncertainty", False, False)],
         [("Halvorsen Group", "uncertainty")]),
        ("Lisbon Steel said it agreed to buy a stake in Maritime Cable, ending a long "
         "dispute with its partners.",
         [("Lisbon Steel", "end", "long dispute", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
