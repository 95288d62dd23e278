"""Adjuncts and conjuncts given the wrong head (session 33's triage of the participle and
inherited patterns), on real parses:

- a reduced relative hung on a later conjunct of a list of things is said of that
  conjunct only: "seeks damages and an injunction barring X from ..." (the damages bar
  no one); people listed together may share it;
- a participle after a comma hung on a noun whose phrase ends in the noun of a
  prepositional phrase ("a lawyer for the committee, headed by X") may describe either
  noun: neither is taken;
- an active relative clause after a comma on a place in a locative phrase of another
  noun ("a raid on a tanker near Kharg Island, which killed ...") has no subject: a place
  does nothing, and which noun the clause is about the parse does not say;
- an -ing adjunct after a reduced passive relative ("raided a factory owned by X,
  arresting ...") is not the relative's agent's act;
- the infinitive of a deal noun in apposition to the object ("signed a pact ..., the
  first accord to end X") says what the pact does, not what its signers do;
- a plural noun of an object list tagged as a coordinated verb ("makes engines and pumps
  for X") is no act of the subject;
- an -ing word inside an open list of nouns ("maize, beans, cooking oil and lentils")
  modifies the next item, which stays an object of the list's verb;
- after a reported clause with a modal, a coordinated verb of a state ("said X would
  remain a partner but owned no shares") is not the speaker's; after a reported past, an
  act of protest set off by a comma ("..., and lodged a protest with Y") is.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model


def triples(extractor, text):
    (result,) = extractor.extract([Article("t", text)])
    return {(t.subject.label, t.relation.lemma, t.object.label) for t in result.triples}


def subjects(found, lemma):
    return {s for s, r, _ in found if r.split()[0] == lemma}


_THING_CONJUNCTS = [
    ("The lawsuit seeks punitive damages and an order barring Delta Air Lines from flying "
     "the route.", "bar", "damages"),
    ("The suit seeks unspecified damages and an order requiring Texaco to post a bond.",
     "require", "damages"),
    ("The agency sought fines and an injunction preventing Chrysler from selling the cars.",
     "prevent", "fines"),
]


@pytest.mark.parametrize(("sentence", "lemma", "wrong"), _THING_CONJUNCTS)
def test_a_relative_on_a_later_thing_conjunct_is_not_said_of_the_first(
        extractor, sentence, lemma, wrong):
    assert not any(wrong in s for s in subjects(triples(extractor, sentence), lemma))


_NEARER_NOUN = [
    ("A lawyer for the shareholders' committee, headed by Goldman Sachs, said the talks had "
     "failed.", "head"),
    ("The leader of the rebels, backed by Rwanda, met the envoy.", "back"),
    ("A spokesman for the consortium, led by Bechtel, declined to comment.", "lead"),
]


@pytest.mark.parametrize(("sentence", "lemma"), _NEARER_NOUN)
def test_a_participle_past_a_nearer_noun_describes_neither(extractor, sentence, lemma):
    assert not subjects(triples(extractor, sentence), lemma)


def test_a_participle_on_a_name_with_of_still_describes_it(extractor):
    found = triples(extractor, "The Bank of England, headed by Robin Leigh-Pemberton, "
                               "raised rates.")
    assert ("Robin Leigh-Pemberton", "head", "Bank of England") in found


_PLACE_RELATIVES = [
    ("Iran condemned a raid on a tanker near Kharg Island, which killed four crewmen.",
     "kill", "Kharg Island"),
    ("Police investigated an explosion at a refinery near Rotterdam, which injured 12 "
     "workers.", "injure", "Rotterdam"),
    ("Kenya condemned a bombing at a market in Nairobi, which killed nine people.",
     "kill", "Nairobi"),
]


@pytest.mark.parametrize(("sentence", "lemma", "place"), _PLACE_RELATIVES)
def test_a_place_in_a_locative_phrase_does_not_act_in_its_relative(
        extractor, sentence, lemma, place):
    assert place not in subjects(triples(extractor, sentence), lemma)


def test_a_passive_relative_on_a_place_still_says_what_befell_it(extractor):
    found = triples(extractor, "Israel struck targets in Gaza, which is ruled by Hamas.")
    assert ("Hamas", "rule", "Gaza") in found


_AFTER_REDUCED_PASSIVE = [
    ("Troops sealed off a warehouse owned by Acme Corp, causing a panic.", "cause",
     "Acme Corp", None),
    ("Police raided a factory owned by Siemens AG, arresting 12 workers.", "arrest",
     "Siemens AG", "police"),
    ("Soldiers surrounded a compound rented by the Red Cross, detaining two nurses.",
     "detain", "Red Cross", "soldiers"),
]


@pytest.mark.parametrize(("sentence", "lemma", "agent", "doer"), _AFTER_REDUCED_PASSIVE)
def test_an_adjunct_after_a_reduced_passive_is_not_its_agents(extractor, sentence, lemma,
                                                               agent, doer):
    found = subjects(triples(extractor, sentence), lemma)
    assert agent not in found
    assert doer is None or doer in found


_APPOSED_DEALS = [
    ("Britain and France signed a pact banning arms sales, the first accord to end such "
     "exports.", "end"),
    ("Ford and the UAW signed a contract raising wages, the first deal to guarantee "
     "pensions.", "guarantee"),
    ("Japan and China signed a pact on trade, the first agreement to cut tariffs.", "cut"),
]


@pytest.mark.parametrize(("sentence", "lemma"), _APPOSED_DEALS)
def test_an_apposed_deals_infinitive_is_not_its_signers_act(extractor, sentence, lemma):
    assert not subjects(triples(extractor, sentence), lemma)


def test_a_concluded_deals_infinitive_is_still_its_partys(extractor):
    found = triples(extractor, "Samsung signed a deal to supply chips to Nvidia.")
    assert "Samsung" in subjects(found, "supply")


_NOUNS_READ_AS_VERBS = [
    ("Siemens makes small engines and pumps for the farm machinery market.", "pump"),
    ("Daimler makes engines and trucks for the army.", "truck"),
    ("Hyundai makes cars and trucks for export to Canada.", "truck"),
]


@pytest.mark.parametrize(("sentence", "lemma"), _NOUNS_READ_AS_VERBS)
def test_a_plural_noun_of_the_object_list_is_no_act(extractor, sentence, lemma):
    assert not subjects(triples(extractor, sentence), lemma)


def test_a_verb_that_is_no_noun_stays_a_second_act(extractor):
    found = triples(extractor, "Boeing builds jetliners and competes with Airbus.")
    assert ("Boeing", "compete with", "Airbus") in found


_OPEN_LISTS = [
    ("The WFP shipped maize, beans, cooking oil and lentils to Malawi.", "ship"),
    ("Iraq imports wheat, rice, cooking oil and lentils from Turkey.", "import"),
    ("Oxfam delivered flour, sugar, cooking oil and soap to refugees.", "deliver"),
]


@pytest.mark.parametrize(("sentence", "verb"), _OPEN_LISTS)
def test_an_ing_word_in_an_open_list_modifies_the_next_item(extractor, sentence, verb):
    found = triples(extractor, sentence)
    assert not subjects(found, "cook")
    assert any(r == verb and o == "cooking oil" for _, r, o in found), found


def test_an_adjunct_after_a_closed_list_is_still_an_act(extractor):
    found = triples(extractor, "Syrian troops shelled the port and the town, killing "
                               "civilians and soldiers.")
    assert "Syria" in subjects(found, "kill")


_STATES_BESIDE_MODALS = [
    ("Mobil said Exxon would remain a partner but owned no shares in the venture.", "own",
     "Mobil"),
    ("Chevron said Gulf would keep its name but controlled no refineries in Europe.",
     "control", "Chevron"),
    ("BP said Sohio would keep its board but held no seats on it.", "hold", "BP"),
]


@pytest.mark.parametrize(("sentence", "lemma", "speaker"), _STATES_BESIDE_MODALS)
def test_a_state_beside_a_reported_modal_is_not_the_speakers(extractor, sentence, lemma,
                                                              speaker):
    assert speaker not in subjects(triples(extractor, sentence), lemma)


_PROTESTS_AFTER_REPORTS = [
    ("Pakistan said Indian troops shelled three border posts, and lodged a protest with "
     "New Delhi.", "lodge", "Pakistan", "India"),
    ("Iran said Iraqi jets bombed Ahvaz, and summoned the Iraqi charge d'affaires.",
     "summon", "Iran", "Iraq"),
    ("China said Vietnamese troops shelled a border post, and protested to Hanoi.",
     "protest", "China", "Vietnam"),
]


@pytest.mark.parametrize(("sentence", "lemma", "speaker", "reported"),
                         _PROTESTS_AFTER_REPORTS)
def test_a_protest_after_a_comma_is_the_speakers(extractor, sentence, lemma, speaker,
                                                 reported):
    found = subjects(triples(extractor, sentence), lemma)
    assert speaker in found and reported not in found


def test_an_act_beside_a_reported_past_stays_the_reported_subjects(extractor):
    found = triples(extractor, "Pakistan said Indian troops shelled three border posts and "
                               "killed four civilians.")
    assert subjects(found, "kill") == {"India"}
