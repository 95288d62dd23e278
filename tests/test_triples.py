"""Extraction rules on hand-built parses: no model needed."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples, nominal_triples, role_triples, verb_triples

from tests.docs import parse


def spo(triples):
    return [(t.subject.text, t.lemma, t.object.text, t.pattern) for t in triples]


def test_active_svo():
    doc = parse("Israel assassinated Shukr", """
        1 nsubj PROPN Israel
        1 ROOT VERB assassinate VBD
        1 dobj PROPN Shukr
    """)
    assert spo(verb_triples(doc)) == [("Israel", "assassinate", "Shukr", "svo")]


def test_passive_with_agent_restores_roles():
    doc = parse("Shukr was killed by Israel in Beirut", """
        2 nsubjpass PROPN Shukr
        2 auxpass AUX be VBD
        2 ROOT VERB kill VBN
        2 agent ADP by IN
        3 pobj PROPN Israel
        2 prep ADP in IN
        5 pobj PROPN Beirut
    """)
    assert spo(verb_triples(doc)) == [("Israel", "kill", "Shukr", "passive")]


def test_passive_without_agent_gives_nothing():
    doc = parse("Shukr was killed in Beirut", """
        2 nsubjpass PROPN Shukr
        2 auxpass AUX be VBD
        2 ROOT VERB kill VBN
        2 prep ADP in IN
        3 pobj PROPN Beirut
    """)
    assert list(verb_triples(doc)) == []


def test_verb_with_preposition_object():
    doc = parse("Israel responded to the attack", """
        1 nsubj PROPN Israel
        1 ROOT VERB respond VBD
        1 prep ADP to IN
        4 det DET the DT
        2 pobj NOUN attack NN
    """)
    assert spo(verb_triples(doc)) == [("Israel", "respond to", "attack", "prep")]


def test_adjunct_prepositions_are_not_objects():
    doc = parse("Blinken spoke in Doha during the talks", """
        1 nsubj PROPN Blinken
        1 ROOT VERB speak VBD
        1 prep ADP in IN
        2 pobj PROPN Doha
        1 prep ADP during IN
        6 det DET the DT
        4 pobj NOUN talk NNS
    """)
    assert list(verb_triples(doc)) == []


def test_conjoined_subjects_give_one_triple_each():
    doc = parse("Israel and Hamas assented to the framework", """
        3 nsubj PROPN Israel
        0 cc CCONJ and CC
        0 conj PROPN Hamas
        3 ROOT VERB assent VBD
        3 prep ADP to IN
        6 det DET the DT
        4 pobj NOUN framework NN
    """)
    assert spo(verb_triples(doc)) == [
        ("Israel", "assent to", "framework", "prep"),
        ("Hamas", "assent to", "framework", "prep"),
    ]


def test_conjoined_objects_give_one_triple_each():
    doc = parse("Blinken urged Israel and Hamas", """
        1 nsubj PROPN Blinken
        1 ROOT VERB urge VBD
        1 dobj PROPN Israel
        2 cc CCONJ and CC
        2 conj PROPN Hamas
    """)
    assert spo(verb_triples(doc)) == [("Blinken", "urge", "Israel", "svo"),
                                      ("Blinken", "urge", "Hamas", "svo")]


def test_negation_is_flagged():
    doc = parse("Israel has not commented on Haniyeh 's death", """
        3 nsubj PROPN Israel
        3 aux AUX have VBZ
        3 neg PART not RB
        3 ROOT VERB comment VBN
        3 prep ADP on IN
        7 poss PROPN Haniyeh
        5 case PART 's POS
        4 pobj NOUN death NN
    """)
    (triple,) = verb_triples(doc)
    assert (triple.subject.text, triple.lemma, triple.object.text) == \
        ("Israel", "comment on", "death")
    assert triple.negated is True


def test_positive_clause_is_not_negated():
    doc = parse("Israel commented on the death", """
        1 nsubj PROPN Israel
        1 ROOT VERB comment VBD
        1 prep ADP on IN
        4 det DET the DT
        2 pobj NOUN death NN
    """)
    assert [t.negated for t in verb_triples(doc)] == [False]


def test_support_verb_makes_the_event_noun_the_relation():
    doc = parse("Khamenei ordered a direct attack against Israel", """
        1 nsubj PROPN Khamenei
        1 ROOT VERB order VBD
        4 det DET a DT
        4 amod ADJ direct JJ
        1 dobj NOUN attack NN
        4 prep ADP against IN
        5 pobj PROPN Israel
    """)
    (triple,) = verb_triples(doc)
    assert (triple.subject.text, triple.lemma, triple.label, triple.object.text,
            triple.pos, triple.pattern) == \
        ("Khamenei", "attack", "order attack", "Israel", "NOUN", "support-verb")


def test_light_verb_leaves_only_the_noun_and_takes_its_preposition():
    doc = parse("Washington put pressure on Israel", """
        1 nsubj PROPN Washington
        1 ROOT VERB put VBD
        1 dobj NOUN pressure NN
        1 prep ADP on IN
        3 pobj PROPN Israel
    """)
    assert [(t.subject.text, t.label, t.object.text) for t in verb_triples(doc)] == \
        [("Washington", "pressure", "Israel")]


def test_event_noun_object_without_target_is_a_plain_object():
    doc = parse("Hamas vowed revenge", """
        1 nsubj PROPN Hamas
        1 ROOT VERB vow VBD
        1 dobj NOUN revenge NN
    """)
    assert spo(verb_triples(doc)) == [("Hamas", "vow", "revenge", "svo")]


def test_subject_is_shared_by_coordinated_verbs():
    doc = parse("Hamas accused Israel and threatened Egypt", """
        1 nsubj PROPN Hamas
        1 ROOT VERB accuse VBD
        1 dobj PROPN Israel
        1 cc CCONJ and CC
        1 conj VERB threaten VBD
        4 dobj PROPN Egypt
    """)
    assert spo(verb_triples(doc)) == [("Hamas", "accuse", "Israel", "svo"),
                                      ("Hamas", "threaten", "Egypt", "inherited")]


def test_infinitive_takes_the_object_of_the_main_verb_as_subject():
    doc = parse("Qatar urged Washington to pressure Israel", """
        1 nsubj PROPN Qatar
        1 ROOT VERB urge VBD
        1 dobj PROPN Washington
        4 aux PART to TO
        1 xcomp VERB pressure VB
        4 dobj PROPN Israel
    """)
    assert ("Washington", "pressure", "Israel", "control") in spo(verb_triples(doc))


def test_reduced_relative_participle_restores_agent():
    doc = parse("Israel rescued hostages abducted by Hamas", """
        1 nsubj PROPN Israel
        1 ROOT VERB rescue VBD
        1 dobj NOUN hostage NNS
        2 acl VERB abduct VBN
        3 agent ADP by IN
        4 pobj PROPN Hamas
    """)
    assert spo(verb_triples(doc)) == [("Israel", "rescue", "hostages", "svo"),
                                      ("Hamas", "abduct", "hostages", "participle")]


def test_relative_pronoun_subject_is_the_modified_noun():
    doc = parse("militants who attacked the base fled", """
        5 nsubj NOUN militant NNS
        2 nsubj PRON who WP
        0 relcl VERB attack VBD
        4 det DET the DT
        2 dobj NOUN base NN
        5 ROOT VERB flee VBD
    """)
    assert spo(verb_triples(doc)) == [("militants", "attack", "base", "svo")]


def test_nominal_event_with_possessive_agent_and_target():
    doc = parse("Hezbollah 's attack on Israel continued", """
        2 poss PROPN Hezbollah
        0 case PART 's POS
        5 nsubj NOUN attack NN
        2 prep ADP on IN
        3 pobj PROPN Israel
        5 ROOT VERB continue VBD
    """, ents={"Hezbollah": "ORG", "Israel": "GPE"})
    assert spo(nominal_triples(doc)) == [("Hezbollah", "attack", "Israel", "nominal")]


def test_nominal_event_of_target_by_agent():
    doc = parse("the killing of Haniyeh by Israel", """
        1 det DET the DT
        1 ROOT NOUN killing NN
        1 prep ADP of IN
        2 pobj PROPN Haniyeh
        1 prep ADP by IN
        4 pobj PROPN Israel
    """, ents={"Haniyeh": "PERSON", "Israel": "GPE"})
    assert spo(nominal_triples(doc)) == [("Israel", "killing", "Haniyeh", "nominal")]


SEED_SENTENCE = (
    "a rocket attack by the Hezbollah group killed twelve children on a field "
    "in the town of Majdal Shams")
SEED_PARSE = """
    2 det DET a DT
    2 compound NOUN rocket NN
    7 nsubj NOUN attack NN
    2 prep ADP by IN
    6 det DET the DT
    6 compound PROPN Hezbollah NNP
    3 pobj NOUN group NN
    7 ROOT VERB kill VBD
    9 nummod NUM twelve CD
    7 dobj NOUN child NNS
    7 prep ADP on IN
    12 det DET a DT
    10 pobj NOUN field NN
    12 prep ADP in IN
    15 det DET the DT
    13 pobj NOUN town NN
    15 prep ADP of IN
    18 compound PROPN Majdal NNP
    16 pobj PROPN Shams NNP
"""


def test_attack_by_agent_with_only_a_place_targets_the_place():
    doc = parse(SEED_SENTENCE, SEED_PARSE,
                ents={"Hezbollah": "ORG", "twelve": "CARDINAL", "Majdal Shams": "GPE"})
    found = spo(nominal_triples(doc))
    assert ("group", "attack", "town", "nominal-place") in found
    # the attacker is also the cause of what the attack did
    assert ("group", "kill", "children", "nominal-cause") in found


def test_event_noun_by_a_common_noun_has_no_agent():
    doc = parse("talks by phone with Blinken", """
        0 ROOT NOUN talk NNS
        0 prep ADP by IN
        1 pobj NOUN phone NN
        0 prep ADP with IN
        3 pobj PROPN Blinken
    """, ents={"Blinken": "PERSON"})
    assert list(nominal_triples(doc)) == []


def test_all_triples_has_each_relation_once_and_no_self_loops():
    doc = parse("Israel assassinated Shukr", """
        1 nsubj PROPN Israel
        1 ROOT VERB assassinate VBD
        1 dobj PROPN Shukr
    """)
    assert len(list(all_triples(doc))) == 1


def roles(doc):
    return [(t.subject.text, t.lemma, t.label, t.object.text, t.pattern)
            for t in role_triples(doc)]


def test_apposition_gives_a_role_relation():
    doc = parse("Ismail Haniyeh , the political leader of Hamas , was killed", """
        1 compound PROPN Ismail
        9 nsubjpass PROPN Haniyeh
        1 punct PUNCT ,
        5 det DET the
        5 amod ADJ political
        1 appos NOUN leader
        5 prep ADP of
        6 pobj PROPN Hamas
        1 punct PUNCT ,
        9 auxpass AUX be
        9 ROOT VERB kill VBN
    """, ents={"Ismail Haniyeh": "PERSON", "Hamas": "ORG"})
    assert roles(doc) == [("Haniyeh", "leader of", "political leader", "Hamas", "appos")]


def test_title_before_a_name_gives_a_role_relation():
    doc = parse("Israel killed Hezbollah commander Fuad Shukr", """
        1 nsubj PROPN Israel
        1 ROOT VERB kill
        3 compound PROPN Hezbollah
        5 compound NOUN commander
        5 compound PROPN Fuad
        1 dobj PROPN Shukr
    """, ents={"Israel": "GPE", "Hezbollah": "ORG", "Fuad Shukr": "PERSON"})
    assert roles(doc) == [("Shukr", "member of", "commander", "Hezbollah", "title")]


def test_title_words_tagged_as_entities_are_not_owners():
    doc = parse("US President Joe Biden spoke", """
        1 compound PROPN US
        3 compound PROPN President
        3 compound PROPN Joe
        4 nsubj PROPN Biden
        4 ROOT VERB speak
    """, ents={"US": "GPE", "President": "ORG", "Joe Biden": "PERSON"})
    assert roles(doc) == [("Biden", "leader of", "president", "US", "title")]


def test_any_listed_role_noun_counts():
    doc = parse("Hamas negotiator Khalil spoke", """
        2 compound PROPN Hamas
        2 compound NOUN negotiator
        3 nsubj PROPN Khalil
        3 ROOT VERB speak
    """, ents={"Hamas": "ORG", "Khalil": "PERSON"})
    assert roles(doc) == [("Khalil", "member of", "negotiator", "Hamas", "title")]


def test_modifier_that_is_not_a_role_gives_no_role_relation():
    doc = parse("Hamas supporter Khalil spoke", """
        2 compound PROPN Hamas
        2 compound NOUN supporter
        3 nsubj PROPN Khalil
        3 ROOT VERB speak
    """, ents={"Hamas": "ORG", "Khalil": "PERSON"})
    assert roles(doc) == []


# -- issue 3 rules ------------------------------------------------------------------------

from actorgraph.extract.triples import complement_triples, demand_triples, modifier_triples  # noqa: E402


def rel(triples):
    return [(t.subject.text, t.lemma, t.object.text, t.pattern, t.negated, t.hedged)
            for t in triples]


def test_threatened_infinitive_keeps_the_threat_and_its_place():
    doc = parse("Israel threatened to ban voting in East Jerusalem", """
        1 nsubj PROPN Israel
        1 ROOT VERB threaten VBD
        3 aux PART to TO
        1 xcomp VERB ban VB
        3 dobj NOUN voting NN
        3 prep ADP in IN
        7 compound PROPN East
        5 pobj PROPN Jerusalem
    """, ents={"Israel": "GPE", "East Jerusalem": "GPE"})
    assert rel(complement_triples(doc)) == [
        ("Israel", "threaten to ban", "voting", "complement", False, True),
        ("Israel", "threaten to ban in", "Jerusalem", "complement", False, True),
    ]
    # the infinitive itself is not asserted as a ban by Israel
    assert list(verb_triples(doc)) == []


def test_aspectual_and_failure_verbs_assert_or_negate_the_infinitive():
    doc = parse("Turkey began to withdraw from Syria", """
        1 nsubj PROPN Turkey
        1 ROOT VERB begin VBD
        3 aux PART to TO
        1 xcomp VERB withdraw VB
        3 prep ADP from IN
        4 pobj PROPN Syria
    """, ents={"Turkey": "GPE", "Syria": "GPE"})
    assert rel(complement_triples(doc)) == [
        ("Turkey", "withdraw from", "Syria", "complement", False, False)]
    doc = parse("Turkey failed to reach Syria", """
        1 nsubj PROPN Turkey
        1 ROOT VERB fail VBD
        3 aux PART to TO
        1 xcomp VERB reach VB
        3 dobj PROPN Syria
    """, ents={"Turkey": "GPE", "Syria": "GPE"})
    assert rel(complement_triples(doc)) == [
        ("Turkey", "reach", "Syria", "complement", True, False)]


def test_demand_addresses_the_subject_of_its_clause():
    doc = parse("The PRC demanded that the US cancel plans", """
        1 det DET the DT
        2 nsubj PROPN PRC
        2 ROOT VERB demand VBD
        6 mark SCONJ that IN
        5 det DET the DT
        6 nsubj PROPN US
        2 ccomp VERB cancel VB
        6 dobj NOUN plan NNS
    """, ents={"PRC": "GPE", "US": "GPE"})
    assert rel(demand_triples(doc)) == [("PRC", "demand", "US", "demand", False, False)]


def test_saying_that_is_not_a_demand():
    doc = parse("Iran said that the US cancelled plans", """
        1 nsubj PROPN Iran
        1 ROOT VERB say VBD
        5 mark SCONJ that IN
        4 det DET the DT
        5 nsubj PROPN US
        1 ccomp VERB cancel VBD
        5 dobj NOUN plan NNS
    """, ents={"Iran": "GPE", "US": "GPE"})
    assert list(demand_triples(doc)) == []


def test_reaction_relates_the_subject_to_the_owner_of_what_it_rejects():
    doc = parse("Berlin rejected calls by Belarus", """
        1 nsubj PROPN Berlin
        1 ROOT VERB reject VBD
        1 dobj NOUN call NNS
        2 prep ADP by IN
        3 pobj PROPN Belarus
    """, ents={"Berlin": "GPE", "Belarus": "GPE"})
    assert ("Berlin", "reject call", "Belarus", "reaction", False, False) in rel(verb_triples(doc))


def test_a_place_is_the_target_when_nothing_else_is_named():
    doc = parse("Serbia lifted a curfew in Montenegro", """
        1 nsubj PROPN Serbia
        1 ROOT VERB lift VBD
        3 det DET a DT
        1 dobj NOUN curfew NN
        1 prep ADP in IN
        4 pobj PROPN Montenegro
    """, ents={"Serbia": "GPE", "Montenegro": "GPE"})
    assert rel(verb_triples(doc)) == [
        ("Serbia", "lift", "curfew", "svo", False, False),
        ("Serbia", "lift in", "Montenegro", "place", False, False),
    ]


def test_verb_with_its_own_class_keeps_it_before_an_event_noun():
    doc = parse("Iran condemned the attack on Israel", """
        1 nsubj PROPN Iran
        1 ROOT VERB condemn VBD
        3 det DET the DT
        1 dobj NOUN attack NN
        3 prep ADP on IN
        4 pobj PROPN Israel
    """, ents={"Iran": "GPE", "Israel": "GPE"})
    (triple,) = verb_triples(doc)
    assert (triple.lemma, triple.pos, triple.object.text) == ("condemn attack", "VERB", "Israel")


def test_nationality_adjective_is_the_agent_of_an_event_noun():
    doc = parse("Turkish airstrikes on Syria continued", """
        1 amod ADJ turkish JJ
        4 nsubj NOUN airstrike NNS
        1 prep ADP on IN
        2 pobj PROPN Syria
        4 ROOT VERB continue VBD
    """, ents={"Turkish": "NORP", "Syria": "GPE"})
    assert spo(nominal_triples(doc)) == [("Turkish", "airstrike", "Syria", "nominal")]


def test_compound_event_noun_with_between():
    doc = parse("Qatar 's mediation effort between the Emirates and Saudi Arabia", """
        3 poss PROPN Qatar
        0 case PART 's
        3 compound NOUN mediation
        3 ROOT NOUN effort
        3 prep ADP between
        6 det DET the
        4 pobj PROPN Emirates
        6 cc CCONJ and
        9 compound PROPN Saudi
        6 conj PROPN Arabia
    """, ents={"Qatar": "GPE", "Emirates": "GPE", "Saudi Arabia": "GPE"})
    assert spo(nominal_triples(doc)) == [("Qatar", "mediation", "Emirates", "nominal"),
                                         ("Qatar", "mediation", "Arabia", "nominal")]


def test_hyphenated_backer():
    doc = parse("the Iranian - backed Hezbollah group", """
        5 det DET the
        3 npadvmod PROPN Iranian NNP
        3 punct PUNCT -
        5 amod VERB back VBN
        5 compound PROPN Hezbollah
        5 ROOT NOUN group
    """, ents={"Iranian": "NORP", "Hezbollah": "ORG"})
    assert spo(modifier_triples(doc)) == [("Iranian", "back", "group", "modifier")]


def test_nationality_owns_a_title_role():
    doc = parse("Iranian Supreme Leader Ali Khamenei spoke", """
        2 amod ADJ iranian JJ
        2 compound PROPN Supreme
        4 compound PROPN Leader
        4 compound PROPN Ali
        5 nsubj PROPN Khamenei
        5 ROOT VERB speak
    """, ents={"Iranian": "NORP", "Supreme": "ORG", "Ali Khamenei": "PERSON"})
    assert roles(doc) == [("Khamenei", "leader of", "supreme leader", "Iranian", "title")]


def test_with_is_a_target_only_of_reciprocal_events():
    doc = parse("Saudi Arabia provided airstrikes with the Air Force and talks with Iran", """
        1 compound PROPN Saudi
        2 nsubj PROPN Arabia
        2 ROOT VERB provide VBD
        2 dobj NOUN airstrike NNS
        3 prep ADP with
        7 det DET the
        7 compound PROPN Air
        5 pobj PROPN Force
        3 cc CCONJ and
        3 conj NOUN talk NNS
        9 prep ADP with
        10 pobj PROPN Iran
    """, ents={"Saudi Arabia": "GPE", "Air Force": "ORG", "Iran": "GPE"})
    found = [(t.lemma, t.object.text) for t in verb_triples(doc)]
    assert ("provide talk", "Iran") in found
    assert not any(obj == "Force" and lemma.endswith("airstrike") for lemma, obj in found)


def test_absolute_with_clause_is_not_an_object():
    doc = parse("DeSantis declared an emergency , with McMaster following suit", """
        1 nsubj PROPN DeSantis
        1 ROOT VERB declare VBD
        3 det DET an
        1 dobj NOUN emergency
        1 punct PUNCT ,
        1 prep ADP with
        5 pobj PROPN McMaster
        6 acl VERB follow VBG
        7 dobj NOUN suit
    """, ents={"DeSantis": "PERSON", "McMaster": "PERSON"})
    assert not any(t.object.text == "McMaster" for t in verb_triples(doc))


def test_launched_strikes_on_is_a_strike():
    doc = parse("Israel launched strikes on Gaza", """
        1 nsubj PROPN Israel
        1 ROOT VERB launch VBD
        1 dobj NOUN strike NNS
        2 prep ADP on
        3 pobj PROPN Gaza
    """, ents={"Israel": "GPE", "Gaza": "GPE"})
    assert [(t.subject.text, t.lemma, t.label, t.object.text) for t in verb_triples(doc)] == \
        [("Israel", "strike", "strike", "Gaza")]


@pytest.mark.parametrize(("text", "rows", "ents", "expected"), [
    ("Former US Vice President Joe Biden spoke", """
        5 amod ADJ former
        5 compound PROPN US
        4 compound PROPN Vice
        5 compound PROPN President
        5 compound PROPN Joe
        6 nsubj PROPN Biden
        6 ROOT VERB speak
    """, {"US": "GPE", "Joe Biden": "PERSON"},
     ("Biden", "member of", "former vice president", "US", "title")),
    ("former Hezbollah commander Ali Hassan died", """
        4 amod ADJ former
        4 compound PROPN Hezbollah
        4 compound NOUN commander
        4 compound PROPN Ali
        5 nsubj PROPN Hassan
        5 ROOT VERB die
    """, {"Hezbollah": "ORG", "Ali Hassan": "PERSON"},
     ("Hassan", "member of", "former commander", "Hezbollah", "title")),
    ("onetime Hamas leader Khaled Meshaal spoke", """
        4 amod ADJ onetime
        4 compound PROPN Hamas
        4 compound NOUN leader
        4 compound PROPN Khaled
        5 nsubj PROPN Meshaal
        5 ROOT VERB speak
    """, {"Hamas": "ORG", "Khaled Meshaal": "PERSON"},
     ("Meshaal", "leader of", "former leader", "Hamas", "title")),
])
def test_a_former_title_says_former(text, rows, ents, expected):
    doc = parse(text, rows, ents=ents)
    assert roles(doc) == [expected]
