"""Precision fixes read from audit sheet 12 and the tune wire articles, through the real model.

A preposition inside a name is the name's, not a second argument of the verb; "known by"
a name is no agent; a nationality is no owner of a private person whose treatment is
criticised or rejected; a "which" after a comma that someone denied or did not do stands
for the clause before, not for the noun it follows. The sentences were written for these
tests (none is from an evaluation set or a sheet).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model


def _triples(extractor, sentence):
    (result,) = extractor.extract([Article("t", sentence)])
    return {(t.subject.label, t.relation.label, t.object.label) for t in result.triples}


@pytest.mark.parametrize(("sentence", "name"), [
    ("The club said it would appeal to the Court of Arbitration for Sport.",
     "Court of Arbitration for Sport"),
    ("The villagers petitioned the Commission on Human Rights over the evictions.",
     "Commission on Human Rights"),
    ("The fishermen petitioned the Commission on Human Rights over the arrests.",
     "Commission on Human Rights"),
])
def test_a_preposition_inside_a_name_is_no_argument_of_the_verb(extractor, sentence, name):
    found = _triples(extractor, sentence)
    relations = {rel for _, rel, obj in found if obj == name}
    assert relations, found
    # "appeal for", "petition on": the name's own preposition read as the verb's
    assert not any(rel.split()[-1] in ("for", "on") for rel in relations), found


@pytest.mark.parametrize(("sentence", "wanted"), [
    # guard: a preposition of the verb after a name stays
    ("The Football Association of Wales appealed to UEFA for a replay.",
     ("Football Association of Wales", "appeal for", "replay")),
    ("The skater's lawyers appealed to the Court of Arbitration for Sport over the ban.",
     ("skater's lawyers", "appeal over", "ban")),
])
def test_a_preposition_of_the_verb_after_a_name_stays(extractor, sentence, wanted):
    assert wanted in _triples(extractor, sentence)


@pytest.mark.parametrize("sentence", [
    "The smuggler, known by the nickname El Flaco, was extradited on Friday.",
    "The warlord, known by the nom de guerre Abu Musa, controls the border town.",
    "The hacker group, known by the name Fancy Bear, breached the ministry's servers.",
    "The singer, known by the stage name Lorde, cancelled her tour of Israel.",
])
def test_known_by_a_name_is_no_agent(extractor, sentence):
    found = _triples(extractor, sentence)
    assert not any(rel.split()[0] == "know" for _, rel, _ in found), found


def test_a_passive_agent_of_another_verb_stays(extractor):
    found = _triples(extractor, "The fugitive, wanted by Interpol, was arrested in Lima.")
    assert ("Interpol", "want", "fugitive") in found, found


@pytest.mark.parametrize(("sentence", "person", "country"), [
    ("Prosecutors charged a Chinese national with fraud on Tuesday.",
     "Chinese national", "China"),
    ("Moscow accused a British journalist of spying for London.",
     "British journalist", "United Kingdom"),
    ("Thai police charged a German tourist with damaging a temple in Bangkok.",
     "German tourist", "Germany"),
])
def test_a_nationality_is_no_owner_of_a_private_person(extractor, sentence, person, country):
    found = _triples(extractor, sentence)
    assert any(obj == person for _, _, obj in found), found
    assert not any(obj == country for _, _, obj in found), found


@pytest.mark.parametrize(("sentence", "triple"), [
    # guards: one who stands for the country is the country's
    ("Egypt summoned the Israeli ambassador in Cairo on Sunday.",
     ("Egypt", "summon ambassador", "Israel")),
    ("Seoul rejected the Japanese minister's remarks on the disputed islands.",
     ("Seoul", "reject remark", "Japan")),
])
def test_a_nationality_owns_who_stands_for_it(extractor, sentence, triple):
    assert triple in _triples(extractor, sentence)


@pytest.mark.parametrize(("sentence", "subject", "verb"), [
    ("Critics said Modi had asked Adani for donations before the 2019 election, which Modi "
     "denied.", "Modi", "deny"),
    ("Reuters reported that Shell paid bribes in Nigeria during the oil boom, which Shell "
     "disputed.", "Shell", "dispute"),
    ("The opposition said ballots had been burned in the northern province, which the "
     "electoral commission disputed.", "electoral commission", "dispute"),
    ("Lawmakers urged Meta to hand over the documents, which Meta did not do.", "Meta", "do"),
])
def test_a_which_after_a_comma_stands_for_the_clause_before(extractor, sentence, subject,
                                                            verb):
    found = _triples(extractor, sentence)
    # "Modi deny election", "Shell dispute oil boom", "Meta do documents"
    assert not any(s == subject and rel.split()[0] == verb for s, rel, _ in found), found


@pytest.mark.parametrize(("sentence", "triple"), [
    # guards: a verb that takes the noun ("rejected" a budget); what the clause says stays
    ("The government introduced a budget, which parliament rejected.",
     ("parliament", "reject", "budget")),
    ("Critics said Modi had asked Adani for donations before the 2019 election, which Modi "
     "denied.", ("Modi", "ask for donations", "Adani")),
])
def test_a_which_of_a_noun_or_the_clause_itself_stays(extractor, sentence, triple):
    assert triple in _triples(extractor, sentence)


@pytest.mark.parametrize(("sentence", "triple"), [
    ("Police arrested a man identified as Carlos Mendez on Sunday.",
     ("police", "arrest", "Carlos Mendez")),
    ("A gunman named Omar Haddad attacked the synagogue.",
     ("Omar Haddad", "attack", "synagogue")),
    ("The court jailed a blogger called Ahmed Mansour for ten years.",
     ("court", "jail", "Ahmed Mansour")),
])
def test_a_noun_named_by_a_participle_is_the_one_named(extractor, sentence, triple):
    found = _triples(extractor, sentence)
    assert any((s, rel.split()[0], o) == triple for s, rel, o in found), found


def test_a_participle_that_names_no_person_keeps_the_noun(extractor):
    # guard: "a deal called X" is no person: the deal stays a concept
    found = _triples(extractor, "Airbus signed a deal called Project Falcon with Qatar.")
    assert not any(o == "Project Falcon" and rel.split()[0] == "sign"
                   for _, rel, o in found), found


@pytest.mark.parametrize(("sentence", "subject", "verb", "obj"), [
    ("The EU fined Poland over Warsaw's failure to implement the court ruling.",
     "Warsaw", "implement", "court ruling"),
    ("Israel cited Hamas's failure to release the hostages as the reason for the strikes.",
     "Hamas", "release", "hostages"),
    ("Kenya protested Uganda's failure to repay the loan on time.",
     "Uganda", "repay", "loan"),
])
def test_a_failure_is_only_the_negated_deed(extractor, sentence, subject, verb, obj):
    (result,) = extractor.extract([Article("t", sentence)])
    found = {(t.subject.label, t.relation.label, t.object.label): t.negated
             for t in result.triples}
    assert found.get((subject, verb, obj)) is True, found
    # no "failure to release" relation: it says the same as the negated deed, worse
    assert not any(s == subject and rel.startswith("failure") for s, rel, _ in found), found


def test_a_refusal_is_an_act_and_stays(extractor):
    found = _triples(extractor, "Moscow's refusal to extradite the suspect angered London.")
    assert ("Moscow", "refusal to extradite", "suspect") in found, found


@pytest.mark.parametrize(("sentence", "doer", "verb", "obj", "relier"), [
    ("Greece relied on the European Central Bank to keep its banks afloat.",
     "European Central Bank", "keep", "Greece's banks", "Greece"),
    ("The airline relies on Boeing to deliver new jets for its expansion.",
     "Boeing", "deliver", "jets", "airline"),
    ("Kyiv is counting on Washington to supply more air defence systems.",
     "Washington", "supply", "air defence systems", "Kyiv"),
])
def test_what_one_relies_on_does_the_infinitive(extractor, sentence, doer, verb, obj,
                                                relier):
    found = _triples(extractor, sentence)
    assert any((s, rel.split()[0], o) == (doer, verb, obj) for s, rel, o in found), found
    assert not any(s == relier and rel.split()[0] == verb for s, rel, _ in found), found


def test_a_purpose_of_another_verb_is_still_the_subjects(extractor):
    # guard: another verb's purpose is its subject's, as before
    found = _triples(extractor, "Kurdish activists staged a sit-in outside the embassy to "
                                "protest Turkey's offensive.")
    assert any(rel.split()[0] == "protest" and s == "Kurdish activists"
               for s, rel, _ in found), found


@pytest.mark.parametrize(("text", "company", "regulator", "verb"), [
    ("The Federal Trade Commission sued Orbit Foods Inc on Monday. The FTC said the company "
     "misled shoppers about the sugar content of its cereals.",
     "Orbit Foods Inc", "Federal Trade Commission", "mislead"),
    ("The Environment Agency prosecuted Severn Chemicals Ltd last week. The agency said the "
     "firm polluted the river for three years.",
     "Severn Chemicals Ltd", "Environment Agency", "pollute"),
    ("The Civil Aviation Authority fined SkyLink Airways on Monday. The authority said the "
     "airline cancelled thousands of flights.",
     "SkyLink Airways", "Civil Aviation Authority", "cancel"),
])
def test_the_company_after_a_regulator_is_the_company(extractor, text, company, regulator,
                                                      verb):
    found = _triples(extractor, text)
    assert any(s == company and rel.split()[0] == verb for s, rel, _ in found), found
    assert not any(s == regulator and rel.split()[0] == verb for s, rel, _ in found), found


def test_the_bank_after_a_central_bank_is_still_it(extractor):
    # guard: a bank's own name has no word of a public body
    found = _triples(extractor, "The Reserve Bank of India cut its main rate on Wednesday. "
                                "The bank said it would keep buying bonds.")
    assert any(s == "Reserve Bank of India" and rel.split()[0] == "buy"
               for s, rel, _ in found), found


@pytest.mark.parametrize(("sentence", "accused", "accuser", "verb"), [
    ("Texas sued Meta on Monday, alleging it collected the facial data of millions of users "
     "without consent.", "Meta", "Texas", "collect"),
    ("The Justice Department sued Google in 2020, claiming it illegally maintained a "
     "monopoly in search.", "Google", "Justice Department", "maintain"),
    ("Ohio sued Norfolk Southern in March, alleging it had polluted the water supply of "
     "East Palestine.", "Norfolk Southern", "Ohio", "pollute"),
])
def test_the_allegation_after_a_suit_is_said_of_the_one_sued(extractor, sentence, accused,
                                                             accuser, verb):
    (result,) = extractor.extract([Article("t", sentence)])
    found = {(t.subject.label, t.relation.lemma.split()[0]): t.hedged for t in result.triples}
    assert found.get((accused, verb)) is True, found  # alleged: hedged
    assert (accuser, verb) not in found, found


def test_a_pronoun_after_a_suit_over_a_thing_is_not_the_one_sued(extractor):
    # guard: "sued Montana over the Act, saying it would ...": it is the Act (no triple)
    found = _triples(extractor, "The company sued Montana over the Act, saying it would hurt "
                                "its business.")
    assert not any(s == "Montana" for s, _, _ in found), found


@pytest.mark.parametrize(("sentence", "label"), [
    # (the infinitive says which contract: session 39)
    ("Hyundai signed a 2 trillion-won (US$1.5 billion) contract to build ships for Maersk.",
     "contract to build ships"),
    ("Rio Tinto launched a 30 billion-dollar (A$45 billion) takeover bid for a rival miner.",
     "takeover bid"),
    ("Toyota announced a 1.5 trillion-yen (US$10 billion) investment in battery plants.",
     "investment"),
])
def test_brackets_emptied_of_their_amount_leave_the_label(extractor, sentence, label):
    objects = {o for _, _, o in _triples(extractor, sentence)}
    assert label in objects, objects
    assert not any("(" in o or ")" in o for o in objects), objects


@pytest.mark.parametrize(("sentence", "person", "role", "country"), [
    ("Russian army commander General Valery Gerasimov visited the front.",
     "Valery Gerasimov", "army commander", "Russia"),
    ("Israeli army spokesman Lieutenant Colonel Peter Lerner said the strike hit a launcher.",
     "Peter Lerner", "army spokesman", "Israel"),
    ("Ukrainian army chief General Oleksandr Syrskyi ordered the withdrawal.",
     "Oleksandr Syrskyi", "army chief", "Ukraine"),
])
def test_a_rank_before_the_name_is_no_part_of_the_role(extractor, sentence, person, role,
                                                        country):
    found = _triples(extractor, sentence)
    assert (person, role, country) in found, found


def test_a_capitalised_title_stays_whole(extractor):
    # guard: a title in capitals with no lower-case role before it
    found = _triples(extractor, "US Secretary of State Antony Blinken met Saudi officials.")
    assert ("Antony Blinken", "secretary of state", "United States") in found, found


@pytest.mark.parametrize(("text", "accuser", "verb", "group"), [
    ("Hamas attacked a border post on Friday. Israel accused the group of storing rockets "
     "under hospitals.", "Israel", "accuse", "Hamas"),
    ("ISIS claimed the attack on the mosque. Iraq suspected the group of planning more "
     "bombings.", "Iraq", "suspect", "ISIS"),
])
def test_the_group_accused_of_a_deed_is_the_group(extractor, text, accuser, verb, group):
    found = _triples(extractor, text)
    assert (accuser, verb, group) in found, found


@pytest.mark.parametrize("text", [
    "The Houthis seized a cargo ship in the Red Sea. Washington accused the group of "
    "smuggling Iranian missiles.",
    "The Houthis seized a cargo ship in the Red Sea. Washington accused the group of "
    "hiding missiles in ports.",
])
def test_an_accused_group_is_never_its_charge_nor_left_bare(extractor, text):
    # "accuse" -> "hiding missiles" (the charge read through "group of"), or the bare
    # "group": neither says whom
    found = _triples(extractor, text)
    assert not any(s == "Washington" and o in ("group", "hiding missiles", "missiles")
                   for s, _, o in found), found


def test_a_group_of_people_is_still_the_people(extractor):
    # guard: "arrested a group of students": no charge, the students
    found = _triples(extractor, "Police arrested a group of students near the campus.")
    assert ("police", "arrest", "students") in found, found
