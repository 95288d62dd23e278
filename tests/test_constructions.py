"""General constructions of issue 12 on hand-built parses (no model).

Each parse is the one the English pipeline gives (or a misparse it is known to
give) for a news-style sentence written for these tests.
"""

from __future__ import annotations

from actorgraph.extract.rules.nominal import clause_place
from actorgraph.extract.triples import all_triples

from tests.docs import parse


def spo(doc):
    return {(t.subject.text, t.lemma, t.object.text, t.pattern) for t in all_triples(doc)}


def pairs(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


# -- participial adjuncts and shared subjects -------------------------------------------

def test_ing_adjunct_hung_on_the_nearest_noun_takes_the_clause_subject():
    # the parser makes "killing" a reduced relative of "Israel"
    doc = parse("Hamas invaded Israel , killing 1,200 people and taking hostages", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB invade VBD
        1 dobj PROPN Israel NNP
        2 punct PUNCT , ,
        2 acl VERB kill VBG
        6 nummod NUM 1,200 CD
        4 dobj NOUN people NNS
        4 cc CCONJ and CC
        4 conj VERB take VBG
        8 dobj NOUN hostage NNS
    """, ents={"Hamas": "ORG", "Israel": "GPE", "1,200": "CARDINAL"})
    found = pairs(doc)
    assert ("Hamas", "kill", "people") in found
    assert ("Hamas", "take", "hostages") in found
    assert not any(s == "Israel" for s, _, _ in found)


def test_reduced_relative_without_comma_still_modifies_its_noun():
    doc = parse("Hamas freed hostages held in Gaza", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB free VBD
        1 dobj NOUN hostage NNS
        2 acl VERB hold VBN
        3 prep ADP in IN
        4 pobj PROPN Gaza NNP
    """, ents={"Hamas": "ORG", "Gaza": "GPE"})
    assert ("Hamas", "free", "hostages") in pairs(doc)
    assert not any(s == "Hamas" and rel == "hold" for s, rel, _ in pairs(doc))


def test_ing_adjunct_of_a_subjectless_main_clause_takes_the_clause_before_it():
    # "killing" hangs on "began", whose subject names no one
    doc = parse("The war began when ISIS overran Mosul , killing soldiers", """
        1 det DET the DT
        2 nsubj NOUN war NN
        2 ROOT VERB begin VBD
        5 advmod SCONJ when WRB
        5 nsubj PROPN ISIS NNP
        2 advcl VERB overrun VBD
        5 dobj PROPN Mosul NNP
        2 punct PUNCT , ,
        2 advcl VERB kill VBG
        8 dobj NOUN soldier NNS
    """, ents={"ISIS": "ORG", "Mosul": "GPE"})
    found = pairs(doc)
    assert ("ISIS", "kill", "soldiers") in found
    assert ("war", "kill", "soldiers") not in found


def test_ing_adjunct_of_a_named_main_subject_keeps_it():
    doc = parse("Israel struck Gaza after Hamas fired rockets , killing 20", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB strike VBD
        1 dobj PROPN Gaza NNP
        5 mark ADP after IN
        5 nsubj PROPN Hamas NNP
        1 advcl VERB fire VBD
        5 dobj NOUN rocket NNS
        1 punct PUNCT , ,
        1 advcl VERB kill VBG
        8 dobj NUM 20 CD
    """, ents={"Israel": "GPE", "Gaza": "GPE", "Hamas": "ORG"})
    assert ("Israel", "kill", "20") in pairs(doc)


def test_gerund_after_of_takes_the_object_and_is_hedged():
    doc = parse("Calida accused the network of violating its franchise", """
        1 nsubj PROPN Calida NNP
        1 ROOT VERB accuse VBD
        3 det DET the DT
        1 dobj NOUN network NN
        1 prep ADP of IN
        4 pcomp VERB violate VBG
        7 poss PRON its PRP$
        5 dobj NOUN franchise NN
    """, ents={"Calida": "PERSON"})
    (violate,) = [t for t in all_triples(doc) if t.lemma == "violate"]
    assert (violate.subject.text, violate.object.text, violate.pattern) == (
        "network", "franchise", "control")
    assert violate.hedged


def test_gerund_of_purpose_after_an_active_verb_has_no_subject():
    doc = parse("Railways launched the event for promoting equality", """
        1 nsubj PROPN Railways NNP
        1 ROOT VERB launch VBD
        3 det DET the DT
        1 dobj NOUN event NN
        3 prep ADP for IN
        4 pcomp VERB promote VBG
        5 dobj NOUN equality NN
    """, ents={"Railways": "ORG"})
    assert not any(rel == "promote" for _, rel, _ in pairs(doc))


def test_gerund_after_by_takes_the_subject_of_its_verb():
    doc = parse("Iran retaliated by firing missiles at Israel", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB retaliate VBD
        1 prep ADP by IN
        2 pcomp VERB fire VBG
        3 dobj NOUN missile NNS
        3 prep ADP at IN
        5 pobj PROPN Israel NNP
    """, ents={"Iran": "GPE", "Israel": "GPE"})
    assert ("Iran", "fire at", "Israel", "participle") in spo(doc)


# -- the instrument as the grammatical agent --------------------------------------------

def test_weapon_fired_by_x_stands_for_x():
    doc = parse("Rockets fired by Hamas struck Ashkelon", """
        4 nsubj NOUN rocket NNS
        0 acl VERB fire VBN
        1 agent ADP by IN
        2 pobj PROPN Hamas NNP
        4 ROOT VERB strike VBD
        4 dobj PROPN Ashkelon NNP
    """, ents={"Hamas": "ORG", "Ashkelon": "GPE"})
    assert ("Hamas", "strike", "Ashkelon", "instrument") in spo(doc)
    assert ("Rockets", "strike", "Ashkelon") not in pairs(doc)


def test_weapon_misparsed_as_a_coordinated_clause():
    # "Rockets fired by Hamas struck Ashkelon" with "fired" as the root
    doc = parse("Rockets fired by Hamas struck Ashkelon", """
        1 nsubj NOUN rocket NNS
        1 ROOT VERB fire VBN
        1 agent ADP by IN
        2 pobj PROPN Hamas NNP
        1 conj VERB strike VBD
        4 dobj PROPN Ashkelon NNP
    """, ents={"Hamas": "ORG", "Ashkelon": "GPE"})
    assert ("Hamas", "strike", "Ashkelon", "instrument") in spo(doc)


def test_passive_by_a_weapon_launched_by_x():
    doc = parse("Sderot was hit by drones launched by Hezbollah", """
        2 nsubjpass PROPN Sderot NNP
        2 auxpass AUX be VBD
        2 ROOT VERB hit VBN
        2 agent ADP by IN
        3 pobj NOUN drone NNS
        4 acl VERB launch VBN
        5 agent ADP by IN
        6 pobj PROPN Hezbollah NNP
    """, ents={"Sderot": "GPE", "Hezbollah": "ORG"})
    found = spo(doc)
    assert ("Hezbollah", "hit", "Sderot", "instrument") in found
    assert ("Hezbollah", "launch", "drones", "participle") in found


def test_event_noun_carried_out_by_x_has_x_as_agent():
    doc = parse("The strike , carried out by Israel , killed 20 people in Rafah", """
        1 det DET the DT
        8 nsubj NOUN strike NN
        1 punct PUNCT , ,
        1 acl VERB carry VBN
        3 prt ADP out RP
        3 agent ADP by IN
        5 pobj PROPN Israel NNP
        1 punct PUNCT , ,
        8 ROOT VERB kill VBD
        10 nummod NUM 20 CD
        8 dobj NOUN people NNS
        8 prep ADP in IN
        11 pobj PROPN Rafah NNP
    """, ents={"Israel": "GPE", "20": "CARDINAL", "Rafah": "GPE"})
    found = spo(doc)
    assert ("Israel", "strike", "Rafah", "nominal-place") in found
    assert ("Israel", "kill", "people", "nominal-cause") in found


def test_event_noun_condemned_by_x_does_not_make_x_its_agent():
    doc = parse("The strike , condemned by France , killed 20 people in Rafah", """
        1 det DET the DT
        7 nsubj NOUN strike NN
        1 punct PUNCT , ,
        1 acl VERB condemn VBN
        3 agent ADP by IN
        4 pobj PROPN France NNP
        1 punct PUNCT , ,
        7 ROOT VERB kill VBD
        9 nummod NUM 20 CD
        7 dobj NOUN people NNS
        7 prep ADP in IN
        10 pobj PROPN Rafah NNP
    """, ents={"France": "GPE", "20": "CARDINAL", "Rafah": "GPE"})
    found = pairs(doc)
    assert ("France", "condemn", "strike") in found
    assert not any(s == "France" and rel in ("strike", "kill") for s, rel, _ in found)


# -- possessive patients of event nouns -------------------------------------------------

def test_possessor_of_a_killing_is_its_victim():
    doc = parse("Khashoggi 's killing by Riyadh shocked the world", """
        2 poss PROPN Khashoggi NNP
        0 case PART 's POS
        5 nsubj NOUN killing NN
        2 prep ADP by IN
        3 pobj PROPN Riyadh NNP
        5 ROOT VERB shock VBD
        7 det DET the DT
        5 dobj NOUN world NN
    """, ents={"Khashoggi": "PERSON", "Riyadh": "GPE"})
    found = spo(doc)
    assert ("Riyadh", "killing", "Khashoggi", "nominal") in found
    assert not any(s == "Khashoggi" for s, _, _, _ in found)


def test_possessor_of_a_strike_is_still_its_agent():
    doc = parse("Israel 's strike on Gaza", """
        2 poss PROPN Israel NNP
        0 case PART 's POS
        2 ROOT NOUN strike NN
        2 prep ADP on IN
        3 pobj PROPN Gaza NNP
    """, ents={"Israel": "GPE", "Gaza": "GPE"})
    assert ("Israel", "strike", "Gaza", "nominal") in spo(doc)


# -- recipients ----------------------------------------------------------------------------

def test_indirect_object_of_a_transfer_verb_is_the_recipient():
    doc = parse("Qatar gave Hamas money", """
        1 nsubj PROPN Qatar NNP
        1 ROOT VERB give VBD
        1 dative PROPN Hamas NNP
        1 dobj NOUN money NN
    """, ents={"Qatar": "GPE", "Hamas": "ORG"})
    found = spo(doc)
    assert ("Qatar", "give", "Hamas", "recipient") in found
    assert ("Qatar", "give", "money", "svo") in found


def test_first_of_two_objects_of_another_verb_is_no_patient():
    doc = parse("The deal left Iran a path", """
        1 det DET the DT
        2 nsubj NOUN deal NN
        2 ROOT VERB leave VBD
        2 dobj PROPN Iran NNP
        5 det DET a DT
        2 dobj NOUN path NN
    """, ents={"Iran": "GPE"})
    found = spo(doc)
    assert ("deal", "leave", "path", "svo") in found
    # Iran is who is left something, not what is left
    assert ("deal", "leave path", "Iran", "recipient") in found
    assert not any(o == "Iran" and rel == "leave" for _, rel, o, _ in found)


def test_two_objects_of_another_verb_stay_patients():
    # a list misparsed as two objects: "include" gives nothing to anyone
    doc = parse("Honours include the Wolf Prize the Abel Prize", """
        1 nsubj NOUN honour NNS
        1 ROOT VERB include VBP
        4 det DET the DT
        4 compound PROPN Wolf NNP
        1 dobj PROPN Prize NNP
        7 det DET the DT
        7 compound PROPN Abel NNP
        1 dobj PROPN Prize NNP
    """, ents={"Wolf Prize": "WORK_OF_ART", "Abel Prize": "WORK_OF_ART"})
    found = spo(doc)
    assert ("Honours", "include", "Prize", "svo") in found
    assert not any(p == "recipient" for *_, p in found)


def test_first_object_before_an_amount_is_the_patient():
    doc = parse("The EU fined Google 4 billion euros", """
        1 det DET the DT
        2 nsubj PROPN EU NNP
        2 ROOT VERB fine VBD
        2 dobj PROPN Google NNP
        5 compound NUM 4 CD
        6 nummod NUM billion CD
        2 dobj NOUN euro NNS
    """, ents={"EU": "ORG", "Google": "ORG", "4 billion euros": "MONEY"})
    assert ("EU", "fine", "Google", "svo") in spo(doc)


def test_passive_recipient_with_to_labelled_dative():
    doc = parse("Jets were sold to Egypt by France", """
        2 nsubjpass NOUN jet NNS
        2 auxpass AUX be VBD
        2 ROOT VERB sell VBN
        2 dative ADP to IN
        3 pobj PROPN Egypt NNP
        2 agent ADP by IN
        5 pobj PROPN France NNP
    """, ents={"Egypt": "GPE", "France": "GPE"})
    found = spo(doc)
    assert ("France", "sell", "Egypt", "recipient") in found
    assert ("France", "sell", "Jets", "passive") in found
    assert not any(o == "to" for _, _, o, _ in found)


def test_aid_for_a_country_targets_the_country():
    doc = parse("The EU announced aid for Ukraine", """
        1 det DET the DT
        2 nsubj PROPN EU NNP
        2 ROOT VERB announce VBD
        2 dobj NOUN aid NN
        3 prep ADP for IN
        4 pobj PROPN Ukraine NNP
    """, ents={"EU": "ORG", "Ukraine": "GPE"})
    assert ("EU", "aid", "Ukraine", "support-verb") in spo(doc)


def test_from_phrase_of_a_receive_verb_is_the_source():
    doc = parse("Egypt received a request from Israel", """
        1 nsubj PROPN Egypt NNP
        1 ROOT VERB receive VBD
        3 det DET a DT
        1 dobj NOUN request NN
        3 prep ADP from IN
        4 pobj PROPN Israel NNP
    """, ents={"Egypt": "GPE", "Israel": "GPE"})
    found = pairs(doc)
    assert ("Egypt", "receive from", "Israel") in found
    assert not any(s == "Israel" for s, _, _ in found)


# -- sanctions, predicate adjectives -----------------------------------------------------

def test_hit_with_sanctions_by_x():
    # "by the EU" hangs on the noun, as the parser does
    doc = parse("Russia was hit with sanctions by the EU", """
        2 nsubjpass PROPN Russia NNP
        2 auxpass AUX be VBD
        2 ROOT VERB hit VBN
        2 prep ADP with IN
        3 pobj NOUN sanction NNS
        4 prep ADP by IN
        7 det DET the DT
        5 pobj PROPN EU NNP
    """, ents={"Russia": "GPE", "EU": "ORG"})
    assert ("EU", "sanction", "Russia", "support-verb") in spo(doc)


def test_predicate_adjective_with_an_infinitive_is_hedged():
    doc = parse("Germany is not ready to send troops to Lithuania", """
        1 nsubj PROPN Germany NNP
        1 ROOT AUX be VBZ
        1 neg PART not RB
        1 acomp ADJ ready JJ
        5 aux PART to TO
        3 xcomp VERB send VB
        5 dobj NOUN troop NNS
        5 prep ADP to IN
        7 pobj PROPN Lithuania NNP
    """, ents={"Germany": "GPE", "Lithuania": "GPE"})
    (triple,) = [t for t in all_triples(doc) if t.object.text == "Lithuania"]
    assert (triple.subject.text, triple.lemma, triple.pattern) == (
        "Germany", "ready to send to", "complement")
    assert triple.hedged and triple.negated


# -- the place of an event noun's clause --------------------------------------------------

SEED = ("a rocket attack by the Hezbollah group in Lebanon killed 12 children playing soccer "
        "in the town of Majdal Shams")
SEED_PARSE = """
    2 det DET a DT
    2 compound NOUN rocket NN
    9 nsubj NOUN attack NN
    2 prep ADP by IN
    6 det DET the DT
    6 compound PROPN Hezbollah NNP
    3 pobj NOUN group NN
    6 prep ADP in IN
    7 pobj PROPN Lebanon NNP
    9 ROOT VERB kill VBD
    11 nummod NUM 12 CD
    9 dobj NOUN child NNS
    11 acl VERB play VBG
    12 dobj NOUN soccer NN
    12 prep ADP in IN
    16 det DET the DT
    14 pobj NOUN town NN
    16 prep ADP of IN
    19 compound PROPN Majdal NNP
    17 pobj PROPN Shams NNP
"""


def test_attack_targets_the_place_of_its_victims_not_of_its_agent():
    doc = parse(SEED, SEED_PARSE, ents={"Hezbollah": "ORG", "Lebanon": "GPE", "12": "CARDINAL",
                                        "Majdal Shams": "GPE"})
    assert clause_place(doc[9]).text == "town"
    found = spo(doc)
    assert ("group", "attack", "town", "nominal-place") in found
    assert not any(o == "Lebanon" for _, _, o, _ in found)


def test_attack_place_hung_on_the_noun_loses_to_the_clause_place():
    # the parser may hang "in Lebanon" on the attack itself
    rows = SEED_PARSE.strip().splitlines()
    rows[7] = "2 prep ADP in IN"
    doc = parse(SEED, "\n".join(rows), ents={"Hezbollah": "ORG", "Lebanon": "GPE",
                                             "Majdal Shams": "GPE"})
    found = spo(doc)
    assert ("group", "attack", "town", "nominal-place") in found
    assert ("group", "attack", "Lebanon", "nominal-place") not in found


# -- negation -------------------------------------------------------------------------------

def test_no_on_an_argument_negates_the_clause():
    doc = parse("No rockets were fired by Hezbollah", """
        1 det DET no DT
        3 nsubjpass NOUN rocket NNS
        3 auxpass AUX be VBD
        3 ROOT VERB fire VBN
        3 agent ADP by IN
        4 pobj PROPN Hezbollah NNP
    """, ents={"Hezbollah": "ORG"})
    (triple,) = all_triples(doc)
    assert (triple.subject.text, triple.lemma, triple.object.text) == (
        "Hezbollah", "fire", "rockets")
    assert triple.negated


def test_negated_clause_of_an_event_noun_subject_leaves_the_event_positive():
    doc = parse("Israel 's strike on Gaza did not kill Sinwar", """
        2 poss PROPN Israel NNP
        0 case PART 's POS
        7 nsubj NOUN strike NN
        2 prep ADP on IN
        3 pobj PROPN Gaza NNP
        7 aux AUX do VBD
        7 neg PART not RB
        7 ROOT VERB kill VB
        7 dobj PROPN Sinwar NNP
    """, ents={"Israel": "GPE", "Gaza": "GPE", "Sinwar": "PERSON"})
    found = {(t.subject.text, t.lemma, t.object.text): t.negated for t in all_triples(doc)}
    assert found[("Israel", "strike", "Gaza")] is False
    assert found[("Israel", "kill", "Sinwar")] is True


def test_gerund_after_a_verb_of_preventing_is_negated():
    doc = parse("China refrained from criticising Russia", """
        1 nsubj PROPN China NNP
        1 ROOT VERB refrain VBD
        1 prep ADP from IN
        2 pcomp VERB criticise VBG
        3 dobj PROPN Russia NNP
    """, ents={"China": "GPE", "Russia": "GPE"})
    (triple,) = all_triples(doc)
    assert (triple.subject.text, triple.lemma, triple.object.text) == (
        "China", "criticise", "Russia")
    # stated as not done, like "failed to criticise": negated, not also hedged
    assert triple.negated and not triple.hedged


# -- event nouns named with their agent ----------------------------------------------------

def test_organisation_before_an_event_noun_is_its_agent_a_place_is_not():
    doc = parse("the Hamas attack on Israel", """
        2 det DET the DT
        2 compound PROPN Hamas NNP
        2 ROOT NOUN attack NN
        2 prep ADP on IN
        3 pobj PROPN Israel NNP
    """, ents={"Hamas": "ORG", "Israel": "GPE"})
    assert ("Hamas", "attack", "Israel", "nominal") in spo(doc)
    doc = parse("the Gaza attack on Israel", """
        2 det DET the DT
        2 compound PROPN Gaza NNP
        2 ROOT NOUN attack NN
        2 prep ADP on IN
        3 pobj PROPN Israel NNP
    """, ents={"Gaza": "GPE", "Israel": "GPE"})
    assert list(all_triples(doc)) == []


def test_passive_by_an_event_noun_is_done_by_the_event_agent():
    doc = parse("Soldiers were wounded by a Hezbollah attack", """
        2 nsubjpass NOUN soldier NNS
        2 auxpass AUX be VBD
        2 ROOT VERB wound VBN
        2 agent ADP by IN
        6 det DET a DT
        6 compound PROPN Hezbollah NNP
        3 pobj NOUN attack NN
    """, ents={"Hezbollah": "ORG"})
    found = spo(doc)
    assert ("Hezbollah", "wound", "Soldiers", "nominal-cause") in found
    assert not any(s == "attack" for s, *_ in found)


def test_came_under_attack_from_x():
    doc = parse("Kyiv came under attack from Russia", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB come VBD
        1 prep ADP under IN
        2 pobj NOUN attack NN
        3 prep ADP from IN
        4 pobj PROPN Russia NNP
    """, ents={"Kyiv": "GPE", "Russia": "GPE"})
    assert ("Russia", "attack", "Kyiv", "support-verb") in spo(doc)
    assert not any(s == "Kyiv" for s, *_ in spo(doc))


def test_claimed_responsibility_for_an_attack_on_y():
    doc = parse("Hamas claimed responsibility for the attack on Sderot", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB claim VBD
        1 dobj NOUN responsibility NN
        2 prep ADP for IN
        5 det DET the DT
        3 pobj NOUN attack NN
        5 prep ADP on IN
        6 pobj PROPN Sderot NNP
    """, ents={"Hamas": "ORG", "Sderot": "GPE"})
    assert ("Hamas", "attack", "Sderot", "support-verb") in spo(doc)


def test_target_hung_on_the_by_agent():
    doc = parse("attacks by Hamas on Israel", """
        0 ROOT NOUN attack NNS
        0 prep ADP by IN
        1 pobj PROPN Hamas NNP
        2 prep ADP on IN
        3 pobj PROPN Israel NNP
    """, ents={"Hamas": "ORG", "Israel": "GPE"})
    assert ("Hamas", "attack", "Israel", "nominal") in spo(doc)
