"""Event classes a strict reader accepts: the object a relation's reading names restricts
the class of its verb ("sent a letter to X" is no aid, "granted a pardon to X" is a
concession), "give in to" concedes, a vote is no agreement (its complement is the event),
campaigning somewhere is no demand, a person moving somewhere is no retreat, defending a
thing other than a stance is no support, and ordering a measure imposes it ("ordered
tariffs" is coercion, as "imposed tariffs"); a failure to do something has no class, a
refusal is REJECT.

The model tests run sentences written for these tests (none from the PLOVER, WCEP,
Wikinews or wire data) through the real extractor.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.events import class_lemma, default_lexicon, sense_class

from actorgraph.records import Mention


def side(text, type_="CONCEPT"):
    return Mention(text, text, type_, 0, len(text))


@pytest.mark.parametrize(("lemma", "label", "expected"), [
    ("send", "send letter to", "send letter to"),      # the object restricts "send"
    ("grant", "grant pardon to", "grant pardon to"),   # a listed verb with its noun
    ("defend against", "defend territory against", "defend territory against"),
    ("send", "send", "send"),
    ("call to fire", "call to fire", "call to fire"),
])
def test_the_reading_that_names_the_object_is_classified(lemma, label, expected):
    assert class_lemma(lemma, label, "VERB", default_lexicon()) == expected


def test_a_noun_relation_keeps_its_lemma():
    assert class_lemma("attack", "attack on", "NOUN", default_lexicon()) == "attack"


@pytest.mark.parametrize(("lemma", "head", "expected"), [
    ("grant pardon to", None, "CONCEDE"),
    ("grant clemency to", None, "CONCEDE"),
    ("send letter to", None, None),
    ("give in to", None, "CONCEDE"),
    ("campaign in", None, None),
    ("campaign for", None, "DEMAND"),             # "campaigned for the release of X"
    ("vote", "share", None),
    ("vote to suspend", "aid", "SANCTION"),       # the complement is the event
    ("defend", "case", None),
    ("defend territory against", "attack", None),
    ("defend", "decision", "SUPPORT"),            # CAMEO 052, defend verbally
    ("defend", None, "SUPPORT"),                  # a named actor
    ("failure to honour", None, None),
    ("failure to attack", None, None),
    ("refusal to allow", None, "REJECT"),
    ("refuse to allow", None, "REJECT"),
])
def test_classes_of_the_lexicon(lemma, head, expected):
    assert default_lexicon().classify(lemma, object_head=head) == expected


@pytest.mark.parametrize(("head", "expected"), [
    ("tariff", "COERCE"), ("curfew", "COERCE"), ("investigation", "INVESTIGATE"),
    ("evacuation", "DEMAND"),
])
def test_ordering_a_measure_imposes_it(head, expected):
    assert sense_class("DEMAND", "order", side("Japan", "GPE"), side(head),
                       object_head=head) == expected


@pytest.mark.parametrize(("subject", "obj", "lemma", "expected"), [
    (side("Robert Hunter", "PERSON"), side("New Mexico", "GPE"), "retreat to", None),
    (side("Russian troops"), side("Crimea", "GPE"), "retreat to", "RETREAT"),
    (side("Russia", "GPE"), side("Kherson", "GPE"), "withdraw to", "RETREAT"),
    (side("Robert Hunter", "PERSON"), side("Kherson", "GPE"), "withdraw from", "RETREAT"),
])
def test_a_person_moving_to_a_place_is_no_retreat(subject, obj, lemma, expected):
    assert sense_class("RETREAT", lemma, subject, obj) == expected


def test_a_demand_of_someone_stays_a_demand():
    assert sense_class("DEMAND", "demand", side("Japan", "GPE"), side("tariff"),
                       object_head="tariff") == "DEMAND"


# ---- the real model ---------------------------------------------------------------------

CLASSES = [  # (sentence, subject, relation label, object, class)
    # (his son named by his first name bears the family name: Hunter Biden)
    ("President Biden granted a pardon to his son Hunter on Sunday.", "Biden",
     "grant pardon to", "Hunter Biden", "CONCEDE"),
    ("Governor Gavin Newsom granted clemency to the former soldier.", "Gavin Newsom",
     "grant clemency to", "soldier", "CONCEDE"),
    ("Putin sent a letter to Kim Jong Un last week.", "Putin", "send letter to",
     "Kim Jong Un", None),
    ("Erdogan sent a message to Netanyahu.", "Erdogan", "send message to", "Netanyahu",
     None),
    ("Zelensky gave an interview to the BBC on Tuesday.", "Zelensky", "give interview to",
     "BBC", None),
    ("The French government gave in to the unions.", "France", "give in to", "unions",
     "CONCEDE"),
    ("Prime Minister Theresa May gave in to the rebels in her party.", "Theresa May",
     "give in to", "rebels", "CONCEDE"),
    ("Trump, while campaigning in Ohio, attacked the judge in the case.", "Trump",
     "campaign in", "Ohio", None),
    ("Senator Bernie Sanders, campaigning in Iowa on Sunday, criticised the deal.",
     "Bernie Sanders", "campaign in", "Iowa", None),
    ("Boris Johnson, campaigning in Cornwall, praised the fishermen.", "Boris Johnson",
     "campaign in", "Cornwall", None),
    ("The Senate voted to suspend military aid to Egypt.", "Senate", "vote to suspend",
     "military aid", "SANCTION"),
    ("The European Parliament voted to suspend trade talks with Turkey.",
     "European Parliament", "vote to suspend trade talk with", "Turkey", "SANCTION"),
    ("Congress voted to cut aid to the Palestinian Authority.", "Congress",
     "vote to cut aid to", "Palestinian Authority", None),
    ("Ukraine will defend its territory against any invasion.", "Ukraine",
     "defend territory against", "invasion", None),
    ("President Trump ordered tariffs of 25 percent on steel imports from Canada.", "Trump",
     "order", "tariffs", "COERCE"),
    # a tariff is an event noun: the ordering verb carries it to what it is laid on
    ("Mexico ordered retaliatory tariffs on American pork.", "Mexico", "order tariff",
     "American pork", "COERCE"),
    ("The European Union ordered tariffs on Chinese electric vehicles.", "European Union",
     "order tariff", "Chinese electric vehicles", "COERCE"),
    ("The novelist Philip Roth retreated to Connecticut to write.", "Philip Roth",
     "retreat to", "Connecticut", None),
    ("Singer Sinead O'Connor retreated to Ireland after the tour.", "Sinead O'Connor",
     "retreat to", "Ireland", None),
    ("After losing the final, Andy Murray retreated to Scotland.", "Andy Murray",
     "retreat to", "Scotland", None),
    # a failure to do something is not doing it: its own negated triple has the class
    # (no "failure to comply with" triple beside it: tests/test_precision_audit4.py)
    ("Poland's failure to comply with the court ruling cost it billions in EU funds.",
     "Poland", "comply with", "court ruling", "AGREE"),
    # a refusal to do something rejects it
    ("The UN condemned Israel's refusal to allow aid into Gaza.", "Israel",
     "refusal to allow", "aid", "REJECT"),
]
KEPT = [  # guards: (sentence, subject, relation label, object, class)
    # (named owners since session 44: "her decision", "his pension reform" with no owner
    # found are dropped or relabelled, extract.vague.unowned)
    ("Merkel defended Germany's decision to open the borders.", "Merkel", "defend",
     "Germany's decision", "SUPPORT"),
    ("Macron defended France's pension reform.", "Macron", "defend",
     "France's pension reform", "SUPPORT"),
    ("Iran sent weapons to Hezbollah.", "Iran", "send weapon to", "Hezbollah", "AID"),
    ("The Red Cross sent a convoy to Gaza City.", "Red Cross", "send convoy to",
     "Gaza City", "AID"),
    ("The United States imposed tariffs on steel imports from Mexico.", "United States",
     "impose tariff", "steel imports", "COERCE"),
    ("Russian forces withdrew to the east bank of the Dnipro.", "Russia", "withdraw to",
     "east bank", "RETREAT"),
    ("Gaddafi's forces retreated to Sirte.", "Gaddafi's forces", "retreat to", "Sirte",
     "RETREAT"),
    ("Moscow's failure to honour the arms control treaty angered Washington.", "Moscow",
     "honour", "arms control treaty", "SUPPORT"),
]


@pytest.fixture(scope="module")
def extract(extract):
    """The triples of a text by (subject, relation label, object)."""
    return lambda text: {(t.subject.label, t.relation.label, t.object.label): t.relation.event_class
                          for t in extract(text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "label", "obj", "cls"), CLASSES + KEPT)
def test_the_class_a_strict_reader_accepts(extract, text, subject, label, obj, cls):
    found = extract(text)
    assert (subject, label, obj) in found, found
    assert found[(subject, label, obj)] == cls, found
