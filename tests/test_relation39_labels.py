"""Relation labels and the senses of their verbs (session 39).

- an absolute clause after a verb's object is no part of what a verb of naming says the
  object is: "declared a drought in the north, most of its wells dry" is "declare" a
  drought, not "declare of its wells dry" (a clause with a subject of its own, or set
  off by a comma; :func:`~extract.rules.verbal._absolute_clause`); "called the decision
  legitimate" keeps "call legitimate";
- what an object is asked or ordered to do is worded in one place
  (:func:`~extract.rules.verbal.act_wording`), for verbs of object control, of appeal and
  of using alike: an infinitive with no object keeps its participant preposition and that
  preposition's short object ("urged OPEC members to stick to their quotas" -> "urge to
  stick to quotas", not "urge to stick"), not a time or place ("ordered the diplomats to
  leave within a week" is "order to leave");
- a verb that also sets a price (``@pricing`` of ``event_senses.tsv``: charge) with a
  price, a fee or an amount of money as its direct object asks a price, no accusation
  (DISAPPROVE): "Aeroflot will charge foreign tourists a fee"; "charged the mayor with
  bribery" still accuses, and so does "charged the election commission with fraud" (a
  "with" phrase of what is charged; a price noun is no name);
- what a verb of describing (call, label, describe ...) calls its object with a word of
  condemnation (:data:`~extract.lexicon.PEJORATIVE_WORDS`) it disapproves of, DISAPPROVE
  by the speaker of the object (CAMEO 111): "Maduro called the election a fraud" ("call
  fraud"); a word of praise or a neutral one gives no class ("called the agreement a
  historic achievement", "called the decision legitimate"); the word counts in the
  predicate's head phrase, or in the "of" complement of a kind head ("an act of
  aggression", "a sponsor of terrorism"), not in another head's complement ("victims of
  aggression", "the defeat of terrorism") nor before a head that suffers or pursues it
  ("genocide survivors", "a terrorism expert");
- a captor keeping or using its object "as" a captive (:data:`~extract.lexicon.CAPTOR_VERBS`,
  :data:`~extract.lexicon.CAPTIVE_NOUNS`) says so in the relation, and detains it (COERCE,
  CAMEO 173; rows "hold as", "keep as", "use as" of ``event_classes.tsv``): "ISIS held
  the villagers as human shields" is "hold as human shields"; "used the port as a base",
  "held the talks as planned" are no detention, nor is "used the mosque as a shield" (a
  shield is a captive only as a human one);
- pressing someone to do something says what ("press" is a prompting verb as "push":
  "pressed Iran to release the sailors" -> "press to release sailors"), and pressing or
  pushing ahead or forward with one's own plan (the adverb no particle: "press with")
  continues it, no demand of anyone, as "press on with" ("press with", "push with" rows of
  ``event_classes.tsv``).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_labels

ABSOLUTE = {
    "absolute clause after a naming verb's object": [
        ("Kenya declared a drought in the north, most of its wells dry.",
         [("Kenya", "declare", "drought")],
         [("Kenya", "declare of its wells dry", "drought")]),
        ("Peru declared a state of emergency in Lima, many of its clinics short of staff.",
         [("Peru", "declare", "state of emergency")],
         [("Peru", "declare of its clinics short", "state of emergency")]),
        ("Ecuador said the government would declare a state of emergency in the province, "
         "many of them short of water.",
         [("Ecuador", "declare", "state of emergency")],
         [("Ecuador", "declare many of them short", "state of emergency")]),
    ],
    # guards: the object's own predicate stays
    "predicate of the object": [
        ("Germany called the decision legitimate.",
         [("Germany", "call legitimate", "decision")], [("Germany", "call", "decision")]),
        ("Brazil called the vote a sham.",
         [("Brazil", "call sham", "vote")], [("Brazil", "call", "vote")]),
    ],
}

ASKED = {
    "infinitive with a prepositional object": [
        ("Mexico urged the banks to agree to a new loan.",
         [("Mexico", "urge to agree to new loan", "banks")],
         [("Mexico", "urge to agree", "banks")]),
        ("Germany asked Poland to switch to cleaner fuels.",
         [("Germany", "ask to switch to cleaner fuels", "Poland")],
         [("Germany", "ask to switch", "Poland")]),
        ("Japan urged China to refrain from military drills.",
         [("Japan", "urge to refrain from military drills", "China")],
         [("Japan", "urge to refrain", "China")]),
        ("France called on Iran to return to the negotiating table.",
         [("France", "call on to return to negotiating table", "Iran")],
         [("France", "call on to return", "Iran")]),
        ("Brazil urged Argentina not to withdraw from the pact.",
         [("Brazil", "urge not to withdraw from pact", "Argentina")],
         [("Brazil", "urge not to withdraw", "Argentina")]),
    ],
    # guards: a time or place is no participant; a direct object keeps its wording
    "no adjunct, object first": [
        ("Norway ordered the Soviet diplomats to leave within a week.",
         [("Norway", "order to leave", "Soviet diplomats")],
         [("Norway", "order to leave within week", "Soviet diplomats")]),
        ("Canada urged Iran to meet in Geneva.",
         [("Canada", "urge to meet", "Iran")], [("Canada", "urge to meet in Geneva", "Iran")]),
        ("Kenya asked Uganda to return the cattle to their owners.",
         [("Kenya", "ask to return cattle", "Uganda")],
         [("Kenya", "ask to return to owners", "Uganda")]),
    ],
}

HELD_THINGS = {
    # guards: a shield that is no "human" one is cover, not a captive: no detention
    "a thing used as a shield": [
        ("Militants used the mosque as a shield.", [],
         [("militants", "use as shield", "mosque")]),
        ("The army used the bridge as a shield against the advancing rebels.", [],
         [("army", "use as shield", "bridge")]),
        ("Rebels used the children as human shields.",
         [("rebels", "use as human shields", "children")], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(ABSOLUTE, ASKED, HELD_THINGS))
def test_relation_label(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


#: (sentence, (subject, label, object), class)
PRICED = [
    ("Aeroflot will charge foreign tourists a fee of 20 dollars.",
     ("Aeroflot", "charge", "foreign tourists"), None),
    ("Aeroflot will charge foreign tourists a fee of 20 dollars.",
     ("Aeroflot", "charge", "fee"), None),
    ("Gazprom charged Ukraine a higher price for its gas.", ("Gazprom", "charge", "Ukraine"),
     None),
    ("Ryanair charged passengers 50 euros for extra luggage.",
     ("Ryanair", "charge", "passengers"), None),
    ("Lloyds Bank charges small businesses a commission of two percent.",
     ("Lloyds Bank", "charge", "commission"), None),
    # guards: charging someone with a crime accuses them
    ("Turkey charged the journalists with espionage.", ("Turkey", "charge", "journalists"),
     "DISAPPROVE"),
    ("Russia charged Ukraine with sabotage.", ("Russia", "charge", "Ukraine"), "DISAPPROVE"),
    ("Iran charged the United States with piracy.", ("Iran", "charge", "United States"),
     "DISAPPROVE"),
    # guards: a body named by a price noun, charged with something, is accused
    ("Prosecutors charged the election commission with fraud.",
     ("prosecutors", "charge", "election commission"), "DISAPPROVE"),
    ("Kenya charged the Independent Electoral Commission with incompetence.",
     ("Kenya", "charge", "Independent Electoral Commission"), "DISAPPROVE"),
]

#: (sentence, (subject, label, object), class)
HELD = [
    ("The Syrian army has been holding thousands of civilians as human shields.",
     ("Syria", "hold as human shields", "civilians"), "COERCE"),
    ("Hamas is holding the Israeli soldiers as hostages.",
     ("Hamas", "hold as hostages", "Israel"), "COERCE"),
    ("Colombian rebels kept the engineers as prisoners for a year.",
     ("Colombian rebels", "keep as prisoners", "engineers"), "COERCE"),
    ("The Taliban used the villagers as human shields.",
     ("Taliban", "use as human shields", "villagers"), "COERCE"),
    # guards: no captive
    ("Israel used the port as a base.", ("Israel", "use", "port"), None),
    ("Japan held the talks as planned.", ("Japan", "hold", "talks"), None),
]

#: (sentence, (subject, label, object), class)
PRESSED = [
    ("The United States pressed Iran to release the sailors.",
     ("United States", "press to release sailors", "Iran"), "DEMAND"),
    ("Egypt pressed Hamas to accept the truce.", ("Egypt", "press to accept truce", "Hamas"),
     "DEMAND"),
    ("The IMF pressed Kenya to cut its budget deficit.",
     ("IMF", "press to cut budget deficit", "Kenya"), "DEMAND"),
    # (a named owner since session 44: "her pension reform" is relabelled or dropped)
    ("Merkel said she would press ahead with Germany's pension reform.",
     ("Merkel", "press with", "Germany's pension reform"), None),
    ("Boeing pushed ahead with the new jet.", ("Boeing", "push with", "jet"), None),
    ("Turkey pushed ahead with the pipeline project.",
     ("Turkey", "push with", "pipeline project"), None),
    ("Modi pressed forward with the land reform.", ("Modi", "press with", "land reform"), None),
    # guards: a demand of someone stays one
    ("France pushed Germany to accept the budget.",
     ("France", "push to accept budget", "Germany"), "DEMAND"),
    ("Reporters pressed Biden on the issue.", ("reporters", "press", "Biden"), "DEMAND"),
]

#: (sentence, (subject, label, object), class)
CONDEMNED = [
    ("Erdogan called the sanctions an act of aggression.",
     ("Erdogan", "call act of aggression", "sanctions"), "DISAPPROVE"),
    ("Maduro called the election a fraud.", ("Maduro", "call fraud", "election"), "DISAPPROVE"),
    ("Macron called the verdict a disgrace.", ("Macron", "call disgrace", "verdict"),
     "DISAPPROVE"),
    ("Putin described the sanctions as illegal.",
     ("Putin", "describe as illegal", "sanctions"), "DISAPPROVE"),
    # guards: praise or a neutral word is no criticism
    ("Obama called the agreement a historic achievement.",
     ("Obama", "call historic achievement", "agreement"), None),
    ("Germany called the decision legitimate.", ("Germany", "call legitimate", "decision"),
     None),
    # guards: a word of condemnation in the complement of a head that is not a kind of
    # thing is what the object bears on or ends, no condemnation of it
    ("Kyiv described the children as victims of Russian aggression.",
     ("Kyiv", "describe as victims of Russian aggression", "children"), None),
    ("The UN described the refugees as victims of genocide.",
     ("United Nations", "describe as victims of genocide", "refugees"), None),
    ("Netanyahu called the operation the defeat of terrorism.",
     ("Netanyahu", "call defeat of terrorism", "operation"), None),
    ("Washington called Iran a sponsor of terrorism.",
     ("Washington", "call sponsor of terrorism", "Iran"), "DISAPPROVE"),
    # guards: nor before a head that suffers or pursues what the word names
    ("Biden described the women as genocide survivors.",
     ("Biden", "describe as genocide survivors", "women"), None),
    ("The White House described Smith as a terrorism expert.",
     ("White House", "describe as terrorism expert", "Smith"), None),
    ("The court described Ali as a crime boss.", ("court", "describe as crime boss", "Ali"),
     "DISAPPROVE"),
]


@pytest.fixture(scope="module")
def classes(extractor) -> dict[str, dict[tuple[str, str, str], str | None]]:
    sentences = sorted({sentence for sentence, _, _ in PRICED + CONDEMNED + HELD + PRESSED})
    results = extractor.extract([Article(f"p{i}", s) for i, s in enumerate(sentences)])
    return {sentence: {(t.subject.label, t.relation.label, t.object.label):
                       t.relation.event_class for t in result.triples}
            for sentence, result in zip(sentences, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple", "event_class"), PRICED)
def test_a_price_asked_is_no_accusation(classes, sentence, triple, event_class):
    found = classes[sentence]
    assert triple in found, sorted(found)
    assert found[triple] == event_class


@pytest.mark.parametrize(("sentence", "triple", "event_class"), CONDEMNED)
def test_a_condemning_description_disapproves(classes, sentence, triple, event_class):
    found = classes[sentence]
    assert triple in found, sorted(found)
    assert found[triple] == event_class


@pytest.mark.parametrize(("sentence", "triple", "event_class"), HELD)
def test_a_captive_held_as_such_is_detained(classes, sentence, triple, event_class):
    found = classes[sentence]
    assert triple in found, sorted(found)
    assert found[triple] == event_class


@pytest.mark.parametrize(("sentence", "triple", "event_class"), PRESSED)
def test_pressing_someone_and_pressing_on(classes, sentence, triple, event_class):
    found = classes[sentence]
    assert triple in found, sorted(found)
    assert found[triple] == event_class
