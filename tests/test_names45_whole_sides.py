"""Sides that name the participant whole where the text does (session 45).

* an organisation's name runs on through "for" and a title-case run the NER cut off
  (:func:`~extract.actors.whole_names`): "Islamic Jihad for the Liberation of Palestine,
  which seized ..." is that group, not "Liberation"; a "for" that is no part of a name
  stays out ("the National Front for its part", "a contract with Lockheed for the
  Pentagon");
* a capitalised word before a party's name the NER cut opens it: "The Free Democrats
  said" is the Free Democrats, not "Democrats"; not a word opening its sentence ("Angry
  Democrats") nor a nationality ("the Afghan Communists");
* two names joined by "and" with a singular business apposition are one firm:
  "Wagner and Brown, a Texas oil and gas firm" (:func:`~extract.actors.whole_names`);
  two firms stay two ("Ford and Chrysler, the two Detroit carmakers", "Ford and Chrysler
  said");
* a first name after a kin noun owned by a named person takes the family name
  (:meth:`~extract.actors.ActorResolver._kin_surname`): "Herbert Haft and his son Robert"
  is Robert Haft; not a wife (who may keep her own name), nor a "his" two persons named
  before could own;
* a group "formed by" two named makers or more is labelled by them
  (:meth:`~extract.actors.ActorResolver._made_by`): "partnership of Harmon Brands and
  Caldwell Foods", not a bare "partnership"; makers not all named leave it bare; a
  "led by" name the parser made a second subject of the group's verb still stands for
  the group (:func:`~extract.actors.led_leader`);
* a wire lead's "a pro-Iranian group" (a describing word, no kind of business) that is
  the lead's subject is the organisation the next sentence has as its subject, when no
  sentence named it before and no dictionary lists it but as an armed group
  (:meth:`~extract.actors.ActorResolver._named_next`): "A militant group kidnapped ...
  The Revolutionary Justice Organisation said ..."; not "The United Nations said", not
  "an investor group", not a name that is no subject of the next sentence;
* "the department" points back to a named Department ("the Justice Department ... the
  department said"), as "the commission" does, or stays a concept;
* a plural noun opening a person's name the NER typed is no part of it: "Cosmonauts Yuri
  Romanenko and Alexander Laveikin" (:func:`~extract.actors.entity_name`);
* "the rebels" after a plain "Communist rebels" are those rebels
  (:meth:`~extract.coref.Coreference._members`), not the bare word "Communist"; a
  phrase that says more ("U.S.-backed Contra rebels") leaves the name it had.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

FOR_NAMES = {
    "a name through 'for the X of Y'": [
        ("Islamic Jihad for the Liberation of Palestine, which kidnapped four teachers in "
         "Beirut, threatened Israel.",
         [("Islamic Jihad for the Liberation of Palestine", "kidnap", "teachers"),
          ("Islamic Jihad for the Liberation of Palestine", "threaten", "Israel")],
         [("Liberation", "teachers"), ("Islamic Jihad", "Israel")]),
        ("Hezbollah for the Defence of the South, a little-known group, kidnapped two Swiss "
         "aid workers.",
         [("Hezbollah for the Defence of the South", "kidnap", "Swiss aid workers")],
         [("Hezbollah", "Swiss aid workers")]),
        ("The Kurdistan Democratic Party for the Unity of Iraq accused Baghdad of shelling "
         "villages.",
         [("Kurdistan Democratic Party for the Unity of Iraq", "accuse", "Baghdad")],
         [("Kurdistan Democratic Party", "Baghdad")]),
    ],
    "guard: a 'for' of no name": [
        ("The National Front for its part said it would boycott the election.",
         [("National Front", "boycott", "election")], []),
        ("Boeing signed a contract with Lockheed for the Pentagon last week.",
         [("Boeing", "sign contract with", "Lockheed")],
         [("Lockheed for the Pentagon", "Boeing"), ("Boeing", "Lockheed for the Pentagon")]),
    ],
}

PARTY_WORDS = {
    "a capitalised word of the party's name": [
        ("The Free Democrats said they would not join a coalition with the Social Democrats.",
         [("Free Democrats", "join coalition with", "Social Democrats")],
         [("Democrats", "Social Democrats")]),
        ("Bonn's Free Democrats accused the Greens of blocking the budget.",
         [("Free Democrats", "accuse", "Greens")], [("Democrats", "Greens")]),
        ("Chancellor Kohl courted the Free Democrats before the vote.",
         [("Kohl", "court", "Free Democrats")], [("Kohl", "Democrats")]),
    ],
    "guard: a sentence's first word, a nationality": [
        ("Angry Democrats accused the White House of hiding the report.",
         [("Democrats", "accuse", "White House")], [("Angry Democrats", "White House")]),
        ("Kabul said the Afghan Communists had invited Pakistan to the talks.",
         [("Communists", "invite", "Pakistan")], [("Afghan Communists", "Pakistan")]),
    ],
}

FIRM_PAIRS = {
    "'A and B, a firm'": [
        ("Wagner and Brown, a Texas oil and gas firm, sued Exxon over the pipeline.",
         [("Wagner and Brown", "sue", "Exxon")], [("Wagner", "Exxon"), ("Brown", "Exxon")]),
        ("Smith and Barney, a New York brokerage firm, bought a stake in Caldwell Foods.",
         [("Smith and Barney", "buy stake in", "Caldwell Foods")],
         [("Smith", "Caldwell Foods"), ("Barney", "Caldwell Foods")]),
        ("Allen and Hart, the Denver partnership, acquired 9 pct of Apex Mining.",
         [("Allen and Hart", "acquire share of", "Apex Mining")],
         [("Allen", "Apex Mining"), ("Hart", "Apex Mining")]),
    ],
    "guard: two firms": [
        ("Ford and Chrysler, the two Detroit carmakers, sued Toyota.",
         [("Ford", "sue", "Toyota"), ("Chrysler", "sue", "Toyota")],
         [("Ford and Chrysler", "Toyota")]),
        ("Ford and Chrysler said they would sue Toyota.",
         [("Ford", "sue", "Toyota"), ("Chrysler", "sue", "Toyota")],
         [("Ford and Chrysler", "Toyota")]),
    ],
}

KIN_NAMES = {
    "a first name after 'his son'": [
        ("Dart chairman Herbert Haft and his son Robert made an offer for Safeway.",
         [("Robert Haft", "make offer for", "Safeway"),
          ("Herbert Haft", "make offer for", "Safeway")],
         [("Robert", "Safeway")]),
        ("Nicaraguan President Daniel Ortega said his brother Humberto would visit Moscow.",
         [("Humberto Ortega", "visit", "Moscow")], [("Humberto", "Moscow")]),
        ("Bill Clinton's daughter Chelsea met the Pope in Rome.",
         [("Chelsea Clinton", "meet", "Pope")], [("Chelsea", "Pope")]),
        ("Margaret Thatcher said her son Mark had visited Oman.",
         [("Mark Thatcher", "visit", "Oman")], [("Mark", "Oman")]),
    ],
    "guard: the father keeps his own name": [
        ("President Biden granted a pardon to his son Hunter on Sunday.",
         [("Biden", "grant pardon to", "Hunter Biden")],
         [("Hunter Biden", "pardon"), ("Hunter", "pardon")]),
    ],
    "guard: a wife, two possible owners": [
        ("Former President Jimmy Carter and his wife Rosalynn visited Haiti.",
         [("Rosalynn", "visit", "Haiti")], [("Rosalynn Carter", "Haiti")]),
        ("John Smith told Peter Jones that his son Robert had attacked Exxon.",
         [("Robert", "attack", "Exxon")],
         [("Robert Smith", "Exxon"), ("Robert Jones", "Exxon")]),
    ],
}

PLURAL_NOUN_BEFORE_NAMES = {
    "a plural noun of the people a list names": [
        ("Cosmonauts Yuri Romanenko and Alexander Laveikin repaired the Kvant module on "
         "Friday.",
         [("Yuri Romanenko", "repair", "Kvant module"),
          ("Alexander Laveikin", "repair", "Kvant module")],
         [("Cosmonauts Yuri Romanenko", "Kvant module")]),
        ("Senators Robert Dole and Sam Nunn attacked the treaty.",
         [("Robert Dole", "attack", "treaty"), ("Sam Nunn", "attack", "treaty")], []),
    ],
    "guard: a name's own first word": [
        ("Brooks Robinson visited Baltimore.",
         [("Brooks Robinson", "visit", "Baltimore")], [("Robinson", "Baltimore")]),
    ],
}

MADE_GROUPS = {
    "a group its named makers label": [
        ("A partnership formed by Harmon Brands and Caldwell Foods said it had acquired a 7 "
         "pct stake in Apex Mining.",
         [("partnership of Harmon Brands and Caldwell Foods", "acquire stake in",
           "Apex Mining")],
         [("partnership", "Apex Mining")]),
        ("A consortium formed by Siemens, Alstom and Fiat won a contract from Egypt.",
         [("Egypt", "award contract", "consortium of Siemens, Alstom and Fiat")], []),
        ("A partnership formed by Harmon Brands and Caldwell Foods said it had acquired a 7 "
         "pct stake in Apex Mining. The partnership said it bought the shares for 160 mln "
         "dlrs.",
         [("partnership of Harmon Brands and Caldwell Foods", "buy share of", "Apex Mining")],
         [("partnership", "Apex Mining")]),
    ],
    "a 'led by' name the parser split off": [
        ("A group led by New York investor Saul Shapiro said it had bought 9 pct of Caldwell "
         "Foods.",
         [("Saul Shapiro", "buy share of", "Caldwell Foods")], [("group", "Caldwell Foods")]),
    ],
    "guard: makers not all named, a leader not named": [
        ("A partnership formed by Harmon Brands and other investors bought shares of Apex "
         "Mining.",
         [("Harmon Brands", "form", "partnership")],
         [("partnership of Harmon Brands", "Apex Mining")]),
        ("A group led by two former executives said it had bought 9 pct of Caldwell Foods.",
         [("group", "buy share of", "Caldwell Foods")], []),
    ],
}

NAMED_NEXT = {
    "a lead's unnamed group the next sentence names": [
        ("A militant group kidnapped two French engineers in Beirut. The Revolutionary "
         "Justice Organisation said it would kill them unless France freed its members.",
         [("Revolutionary Justice Organisation", "kidnap", "French engineers")],
         [("militant group", "French engineers")]),
        ("A pro-Syrian group kidnapped two Swiss aid workers in Sidon. The Revolutionary "
         "Cells Organisation, which seized the men on Monday, demanded the release of its "
         "members.",
         [("Revolutionary Cells Organisation", "kidnap", "Swiss aid workers")],
         [("pro-Syrian group", "Swiss aid workers")]),
        ("A shadowy Moslem group claimed the bombing of the embassy in Kuwait. Islamic Jihad "
         "said in a statement that more attacks would follow.",
         [("Islamic Jihad", "claim bombing", "embassy in Kuwait")],
         [("shadowy Moslem group", "embassy in Kuwait")]),
    ],
    "guard: a known body, a kind of group, a named subject not next": [
        ("A militant group attacked the town of Jinotega on Monday. The United Nations said "
         "20 people died in the raid.",
         [("militant group", "attack", "Jinotega")], [("United Nations", "Jinotega")]),
        ("An investor group bought 9 pct of Caldwell Foods. Harmon Brands said it would "
         "fight the bid.",
         [("investor group", "buy share of", "Caldwell Foods")],
         [("Harmon Brands", "Caldwell Foods")]),
        ("A Sikh militant group bombed a train near Amritsar. Indian police said the "
         "Khalistan Commando Force had planted the bomb.",
         [("Sikh militant group", "bomb", "train")],
         [("Khalistan Commando Force", "train")]),
    ],
}

DEPARTMENTS = {
    "'the department' after a named one": [
        ("Honeywell agreed to settle a lawsuit brought by the Justice Department. The "
         "department said it would not pursue charges against Honeywell.",
         [("Justice Department", "pursue charge against", "Honeywell")],
         [("department", "Honeywell")]),
        ("The U.S. Agriculture Department raised its estimate of the Soviet crop. The "
         "department also cut its forecast of Argentine exports.",
         [("U.S. Agriculture Department", "cut",
           "U.S. Agriculture Department's forecast of Argentine exports")], []),
        ("The State Department summoned the Libyan envoy. The department said it would "
         "expel two diplomats.",
         [("State Department", "expel", "diplomats")], [("department", "diplomats")]),
    ],
    "guard: no named Department": [
        ("The department said it would sue Pfizer.",
         [("department", "sue", "Pfizer")], []),
        ("Acme Corp said its research department had asked the FDA for approval. The "
         "department said it would sue Pfizer.",
         [("Acme Corp's research department", "sue", "Pfizer")],
         [("Acme Corp", "Pfizer")]),
    ],
}

MEMBERS = {
    "'the rebels' after a plain 'Communist rebels'": [
        ("Communist rebels rejected Aquino's offer. The Philippine government said it would "
         "not hold talks with the rebels.",
         [("Philippines", "talk", "Communist rebels")], [("Philippines", "Communist")]),
        ("Moslem guerrillas shot down a Soviet plane. Pakistan denied that it supplied "
         "weapons to the guerrillas.",
         [("Pakistan", "supply weapon to", "Moslem guerrillas")], [("Pakistan", "Moslem")]),
        ("Kurdish rebels attacked a Turkish army post. Ankara said its troops killed 20 of "
         "the rebels.",
         [], [("Turkey", "Kurdish")]),
    ],
    "guard: a phrase that says more keeps the name": [
        ("U.S.-backed Contra rebels attacked two villages. Nicaragua said the rebels killed "
         "11 civilians.",
         [("Contra", "kill", "civilians")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent",
                         cases(FOR_NAMES, PARTY_WORDS, FIRM_PAIRS, KIN_NAMES,
                               PLURAL_NOUN_BEFORE_NAMES, MADE_GROUPS, NAMED_NEXT, DEPARTMENTS,
                               MEMBERS))
def test_side_names_the_participant(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
