"""Event classes of the right sense (session 42).

- a contesting verb (``@contesting``: beat) that wins a match of a sport is no attack: a
  score in its phrase ("6-2 6-3", "110-102"), an "in" phrase of a match (``@match`` in
  ``extract/data/event_senses.tsv``: "in the semifinal", "in a playoff"), or a side named
  as a competitor ("Top seed Rafael Nadal", "defending champion") (before: ASSAULT);
  police or soldiers beating someone still assault;
- a directing verb (``@directing``: order) whose direct object is a name counted by a
  number orders goods, a purchase, no DEMAND: "ordered 16 more Typhoons", "the number of
  Chinooks ordered by the Dutch army" (``@counting``) (before: DEMAND); ordering people to
  act still demands;
- an attack (ASSAULT, FIGHT) by a side whose agent noun is of business (CAMEO sector BUS:
  traders, producers, companies, makers) with no word of weapons or violence in the
  sentence is trade described in words of violence, no class: "timber producers plundered
  Borneo" (before: FIGHT); armed smugglers or gunmen plundering still fight;
- a capturing verb whose named object is a country read from a demonym takes the people
  its direct object names captive, COERCE: "The Houthis captured dozens of Saudi soldiers"
  (before: FIGHT against Saudi Arabia); positions captured are still fighting.

Kept as they are (decided, documented here): a court or a jury ordering someone to pay an
amount is a DEMAND (CAMEO 10, the audit sheets judge it correct); capturing people is
COERCE (CAMEO 173, session 41), not the ASSAULT of an abduction (CAMEO 181).
"""

from __future__ import annotations

import pytest

from tests.constructions import check_class, classes_by_sentence

#: (sentence, (subject, label, object), wanted class)
MATCHES = [
    ("Serena Williams beat Maria Sharapova 6-2 6-3 in the semifinal.",
     ("Serena Williams", "beat", "Maria Sharapova"), None),
    ("Top seed Rafael Nadal beat Roger Federer in the final at Roland Garros.",
     ("Rafael Nadal", "beat", "Roger Federer"), None),
    ("Defending champion Jordan Spieth beat Dustin Johnson in a playoff on Sunday.",
     ("Jordan Spieth", "beat", "Dustin Johnson"), None),
    ("The Boston Celtics beat the Los Angeles Lakers 110-102 on Tuesday.",
     ("Boston Celtics", "beat", "Los Angeles Lakers"), None),
    ("Brazil beat Germany 2-1 in the quarterfinal.", ("Brazil", "beat", "Germany"), None),
    # guards: beating people is an assault, also near a match
    ("Police beat protesters with batons in the capital.",
     ("police", "beat", "protesters"), "ASSAULT"),
    ("Soldiers beat journalist Ahmed Salim after the match in Lagos.",
     ("soldiers", "beat", "Ahmed Salim"), "ASSAULT"),
    ("Guards beat Ahmed Salim in his cell.", ("guards", "beat", "Ahmed Salim"), "ASSAULT"),
]

ORDERED = [
    ("The Royal Air Force ordered 16 more Typhoons.",
     ("Royal Air Force", "order", "Typhoons"), None),
    ("Lufthansa ordered 20 Airbus A350s from the European planemaker.",
     ("Lufthansa", "order", "Airbus"), None),
    ("The contract raises to 300 the number of Chinooks ordered by the Dutch army.",
     ("Netherlands", "order", "Chinooks"), None),
    ("The contract brings to 48 the number of Rafales ordered by the Indian Navy.",
     ("Indian Navy", "order", "Rafales"), None),
    ("The deal raises to 160 the number of Typhoons ordered by the Royal Air Force.",
     ("Royal Air Force", "order", "Typhoons"), None),
    # guards: an order to act demands
    ("The judge ordered the Hendersons to pay 50,000 dollars.",
     ("judge", "order to pay", "Hendersons"), "DEMAND"),
    ("The mayor ordered 300 Peruvians to clear the square.",
     ("mayor", "order to clear square", "Peruvians"), "DEMAND"),
    ("The court ordered 12 Palestinians deported.",
     ("court", "order deport", "Palestinians"), "DEMAND"),
    ("Macron ordered seven days of mourning.", ("Macron", "order", "mourning"), "DEMAND"),
    ("The sheriff ordered two Reuters reporters out of the courtroom.",
     ("sheriff", "order", "Reuters reporters"), "DEMAND"),
]

PLUNDERED = [
    ("Opposition leaders accused foreign mining companies of plundering Zambia.",
     ("foreign mining companies", "plunder", "Zambia"), None),
    ("Farmers said grain traders were ravaging Kenya by cutting prices.",
     ("grain traders", "ravage", "Kenya"), None),
    ("Activists said timber producers plundered Borneo.",
     ("timber producers", "plunder", "Borneo"), None),
    # guards: armed men plundering fight
    ("Armed smugglers plundered the village of Tarso.",
     ("armed smugglers", "plunder", "Tarso"), "FIGHT"),
    ("Gunmen plundered Kano on Monday.", ("gunmen", "plunder", "Kano"), "FIGHT"),
]

CAPTIVES = [
    ("The Houthis captured dozens of Saudi soldiers.",
     ("Houthis", "capture", "Saudi Arabia"), "COERCE"),
    ("Rebels captured hundreds of Congolese troops near Goma.",
     ("rebels", "capture", "Democratic Republic of the Congo"), "COERCE"),
    ("Islamic State fighters captured scores of Iraqi policemen in Mosul.",
     ("Islamic State", "capture", "Iraqi policemen"), "COERCE"),
    # guard: positions captured are fought for
    ("Russian forces captured dozens of Ukrainian positions near Bakhmut.",
     ("Russia", "capture", "Ukrainian positions"), "FIGHT"),
]

_ROWS = MATCHES + ORDERED + PLUNDERED + CAPTIVES
_SENTENCES = [row[0] for row in _ROWS]


@pytest.fixture(scope="module")
def found(extractor):
    """(subject, relation label, object) -> event class of every sentence, parsed once."""
    return classes_by_sentence(extractor, _SENTENCES)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "triple", "wanted"), _ROWS,
                         ids=[row[0][:40] for row in _ROWS])
def test_class_of_the_sense(found, sentence, triple, wanted):
    check_class(found, sentence, triple, wanted)
