"""Event classes an annotator would not call clearly wrong, round 3: an authority approving
a business matter (a sale, a merger, a settlement) concedes nothing; a court agreeing to hear
or review a case agrees with no one; studying options or a ruling investigates no one;
blaming a thing on a thing blames no one; paying damages or compensation is no cooperation;
an employer evacuating its workers aids no one; disarming another group is coercion
(disarming oneself a retreat); challenging a rival for a nomination or a seat is an
election, no disapproval; sheltering with one's family gives no aid.

Unit tests ask the lexicon or build the participants and the parse by hand; the model tests
run sentences written for these tests (none from the PLOVER, WCEP, Wikinews or wire data)
through the real extractor.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.events import default_lexicon, sense_class

from actorgraph.records import Mention
from tests.docs import parse


def side(text, type_="CONCEPT", label=None):
    return Mention(text, label or text, type_, 0, len(text))


# ---- reviewed lexicon rows ----------------------------------------------------------------

@pytest.mark.parametrize(("lemma", "head", "expected"), [
    # approving a business matter is no concession; approving a demand still is
    ("approve", "sale", None),
    ("approve", "merger", None),
    ("approve", "settlement", None),
    ("approve", "subdivision", None),
    ("approve sale to", None, None),
    ("approve", "request", "CONCEDE"),
    ("approve", None, "CONCEDE"),
    # a court agreeing to hear or review a case; agreeing to talks is still an agreement
    ("agree to hear", "challenge", None),
    ("agree to hear", "appeal", None),
    ("agree to review", "case", None),
    ("agree to", "ceasefire", "AGREE"),
    ("agree to hold", "talk", "AGREE"),
    # studying or analysing a thing that is no actor, act or evidence
    ("study", "option", None),
    ("study", "ruling", None),
    ("analyse", "data", None),
    ("analyze", "proposal", None),
    ("study", "bombing", "INVESTIGATE"),
    ("study", "footage", "INVESTIGATE"),
    ("analyse", "evidence", "INVESTIGATE"),
    ("study", "suspect", "INVESTIGATE"),
    ("study", None, "INVESTIGATE"),  # a named actor studied
    ("investigate", "option", "INVESTIGATE"),  # guard: other verbs keep their rows
    # blaming a thing on a thing
    ("blame", "pressure", None),
    ("blame", "slump", None),
    ("blame on", "speculation", None),
    ("blame", "government", "DISAPPROVE"),
    ("blame", "opposition", "DISAPPROVE"),
    ("blame on", "rebel", "DISAPPROVE"),
    ("blame", None, "DISAPPROVE"),
    ("blame for", "weather", "DISAPPROVE"),  # "blamed X for the weather": X is blamed
    # paying damages, compensation or a fine
    ("pay", "damage", None),
    ("pay", "compensation", None),
    ("pay", "fine", None),
    ("pay", None, "COOPERATE"),
    # evacuating troops or staff is a withdrawal, civilians aid (an employer evacuating its
    # workers: see test_an_employer_evacuating_its_workers_aids_no_one)
    ("evacuate", "troop", "RETREAT"),
    ("evacuate", "staff", "RETREAT"),
    ("evacuate", "civilian", "AID"),
    # disarming another group, or oneself
    ("disarm", "militia", "COERCE"),
    ("disarm", "fighter", "COERCE"),
    ("disarm", "militiaman", "COERCE"),
    ("disarm", None, "COERCE"),  # a named group disarmed
    ("disarm", "weapon", "RETREAT"),
    # sheltering with one's family, or in a place; sheltering people is aid
    ("shelter with", "grandchild", None),
    ("shelter in", "school", None),
    ("shelter", "refugee", "AID"),
    # imposing sanctions stays COERCE (CAMEO 163, CAMEO2PLOVER-2021: COERCE)
    ("impose", "sanction", "COERCE"),
])
def test_reviewed_rows(lemma, head, expected):
    assert default_lexicon().classify(lemma, object_head=head) == expected


def test_a_named_object_of_pay_damages_is_no_cooperation():
    # "pay him damages": the named recipient's theme picks the row
    lexicon = default_lexicon()
    assert lexicon.classify("pay", theme="damage") is None
    assert lexicon.classify("pay", theme="money") == "COOPERATE"


# ---- an amount paid in damages ------------------------------------------------------------

@pytest.mark.parametrize(("noun", "on_object", "expected"), [
    ("damage", True, None),
    ("compensation", False, None),
    ("fine", True, None),
    # guards: an amount paid in aid, or paid somewhere, keeps its class
    ("aid", True, "COOPERATE"),
    ("Nairobi", False, "COOPERATE"),
])
def test_an_amount_paid_in_damages_is_no_cooperation(noun, on_object, expected):
    # "police paid Kiprono shillings in damages", "in" on the amount or on the verb
    in_head = 3 if on_object else 1
    doc = parse(f"police paid Kiprono shillings in {noun}", f"""
        1 nsubj NOUN police NNS
        1 ROOT VERB pay VBD
        1 dative PROPN Kiprono NNP
        1 dobj NOUN shilling NNS
        {in_head} prep ADP in IN
        4 pobj NOUN {noun.lower()} NNS
    """, ents={"Kiprono": "PERSON"})
    assert sense_class("COOPERATE", "pay", side("police"), side("Kiprono", "PERSON"),
                       predicate=doc[1]) == expected


# ---- an employer evacuating its workers ----------------------------------------------------

@pytest.mark.parametrize(("subject", "obj", "head", "expected"), [
    (side("Gulfstar", "ORG"), side("workers"), "worker", None),
    (side("Halden Mining Corp", "ORG"), side("its employees"), "employee", None),
    (side("the contractor"), side("striking miners"), "miner", None),
    # guards: a state, a government or an armed force evacuating workers aids them
    (side("India", "GPE"), side("its workers"), "worker", "AID"),
    (side("the army"), side("workers"), "worker", "AID"),
    (side("the Labour Ministry", "ORG"), side("workers"), "worker", "AID"),
    # guard: a company evacuating residents still aids them
    (side("Gulfstar", "ORG"), side("residents"), "resident", "AID"),
])
def test_an_employer_evacuating_its_workers_aids_no_one(subject, obj, head, expected):
    assert sense_class("AID", "evacuate", subject, obj, object_head=head) == expected


def test_an_employer_evacuating_workers_from_a_place_aids_no_one():
    doc = parse("Gulfstar evacuated workers from Kirkuk", """
        1 nsubj PROPN Gulfstar NNP
        1 ROOT VERB evacuate VBD
        1 dobj NOUN worker NNS
        1 prep ADP from IN
        3 pobj PROPN Kirkuk NNP
    """, ents={"Gulfstar": "ORG", "Kirkuk": "GPE"})
    kirkuk = side("Kirkuk", "GPE")
    assert sense_class("AID", "evacuate from", side("Gulfstar", "ORG"), kirkuk,
                       predicate=doc[1]) is None
    assert sense_class("AID", "evacuate from", side("Iraq", "GPE"), kirkuk,
                       predicate=doc[1]) == "AID"


# ---- a challenge for a post or a prize is an election --------------------------------------


def test_a_challenge_for_a_nomination_is_no_disapproval():
    okafor, briggs = side("Ruth Okafor", "PERSON"), side("Tom Briggs", "PERSON")
    # the "for" on the verb
    doc = parse("Okafor challenged Briggs for the leadership", """
        1 nsubj PROPN Okafor NNP
        1 ROOT VERB challenge VBD
        1 dobj PROPN Briggs NNP
        1 prep ADP for IN
        5 det DET the DT
        3 pobj NOUN leadership NN
    """, ents={"Okafor": "PERSON", "Briggs": "PERSON"})
    assert sense_class("DISAPPROVE", "challenge", okafor, briggs, predicate=doc[1]) is None
    # the "for" hung on the direct object
    doc = parse("Reyes challenged the governor for the nomination", """
        1 nsubj PROPN Reyes NNP
        1 ROOT VERB challenge VBD
        3 det DET the DT
        1 dobj NOUN governor NN
        3 prep ADP for IN
        6 det DET the DT
        4 pobj NOUN nomination NN
    """, ents={"Reyes": "PERSON"})
    assert sense_class("DISAPPROVE", "challenge", side("Reyes", "PERSON"),
                       side("the governor"), predicate=doc[1], object_head="governor") is None
    doc = parse("Holm challenged Ames for the seat", """
        1 nsubj PROPN Holm NNP
        1 ROOT VERB challenge VBD
        1 dobj PROPN Ames NNP
        1 prep ADP for IN
        5 det DET the DT
        3 pobj NOUN seat NN
    """, ents={"Holm": "PERSON", "Ames": "PERSON"})
    assert sense_class("DISAPPROVE", "challenge", side("Holm", "PERSON"),
                       side("Ames", "PERSON"), predicate=doc[1]) is None


def test_a_challenge_for_a_reason_stays_a_disapproval():
    iran, usa = side("Iran", "GPE"), side("United States", "GPE")
    doc = parse("Iran challenged America for its sanctions", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB challenge VBD
        1 dobj PROPN America NNP
        1 prep ADP for IN
        5 poss PRON its PRP$
        3 pobj NOUN sanction NNS
    """, ents={"Iran": "GPE", "America": "GPE"})
    assert sense_class("DISAPPROVE", "challenge", iran, usa, predicate=doc[1]) == "DISAPPROVE"
    # guard: another verb "for" a seat keeps its class
    doc = parse("Iran criticised America for the seat", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB criticise VBD
        1 dobj PROPN America NNP
        1 prep ADP for IN
        5 det DET the DT
        3 pobj NOUN seat NN
    """, ents={"Iran": "GPE", "America": "GPE"})
    assert sense_class("DISAPPROVE", "criticise", iran, usa, predicate=doc[1]) == "DISAPPROVE"


# ---- on the model -------------------------------------------------------------------------

def _classes(extract, text):
    return {(t.subject.label, t.relation.lemma, t.object.label): t.relation.event_class
            for t in extract(text)}


MODEL = [  # (sentence, subject, relation lemma, object, class)
    ("The European Commission approved the sale of Veltra Steel to Tata Steel on Monday.",
     "European Commission", "approve to", "Tata Steel", None),
    ("Regulators approved the merger of Corvan Bank with Hillside Bank.",
     "regulators", "merge", "Corvan Bank", None),
    ("The Senate approved the treaty with Canada on Thursday.",
     "Senate", "treaty", "Canada", "AGREE"),
    ("The Supreme Court agreed to hear an appeal by Exxon Mobil.",
     "Supreme Court", "agree to hear", "appeal", None),
    ("The Panamanian government was studying the ruling of the court.",
     "Panama", "study ruling", "court", None),
    ("The Interior Ministry said police were studying the bombing.",
     "police", "study", "bombing", "INVESTIGATE"),
    ("Police studied footage of the shooting, a spokesman for Scotland Yard said.",
     "police", "study", "footage of shooting", "INVESTIGATE"),
    ("Zhou blamed the slump in exports on the trade war with the United States.",
     "Zhou", "blame", "slump in exports", None),
    ("The court ordered Kenya Power to pay Samuel Kiprono damages.",
     "Kenya Power", "pay", "Samuel Kiprono damages", None),
    ("Judge Miriam Otieno ordered police to pay Samuel Kiprono 2 million shillings in damages.",
     "police", "pay", "Samuel Kiprono", None),
    ("Japan will pay Indonesia 20 million dollars in aid.", "Japan", "pay", "Indonesia",
     "AGREE"),
    ("Shell evacuated its workers from the Bonga field.", "Shell", "evacuate", "Shell's workers",
     None),
    ("Chevron evacuated hundreds of employees from Cabinda.", "Chevron", "evacuate",
     "employees", None),
    ("The Army evacuated residents from Idlib.", "Army", "evacuate", "residents", "AID"),
    ("The Army evacuated workers from the burning plant.", "Army", "evacuate", "workers",
     "AID"),
    ("A U.S. Navy helicopter evacuated the crew of the tanker.", "U.S. Navy helicopter",
     "evacuate", "crew of tanker", "AID"),
    # (the refinery is in the relation, "evacuate from refinery", no object of its own)
    ("Gulfstar said it had evacuated workers from the refinery.", "Gulfstar",
     "evacuate", "workers", None),
    ("The Lebanese army disarmed Hezbollah in the south.", "Lebanon", "disarm", "Hezbollah",
     "COERCE"),
    ("Afghan police disarmed a group of Taliban fighters near Kandahar.", "Afghanistan",
     "disarm", "Taliban", "COERCE"),
    ("Ruth Okafor challenged Mayor Tom Briggs for the party leadership in March.",
     "Ruth Okafor", "challenge", "Tom Briggs", None),
    ("Senator Ana Reyes will challenge Governor Pete Holm for the Democratic nomination.",
     "Ana Reyes", "challenge", "Pete Holm", None),
    ("Iran challenged the United States for its sanctions.", "Iran", "challenge",
     "United States", "DISAPPROVE"),
    # (a named party since session 44: "her grandchildren", owner unfound, is dropped)
    ("Maria Lopez sheltered with the Ruiz family in a church.", "Maria Lopez",
     "shelter with", "Ruiz family", None),
    ("Jordan sheltered thousands of refugees from Syria.", "Jordan", "shelter", "refugees",
     "AID"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "lemma", "obj", "cls"), MODEL)
def test_classes_on_the_model(extract, text, subject, lemma, obj, cls):
    found = _classes(extract, text)
    assert (subject, lemma, obj) in found, found
    assert found[(subject, lemma, obj)] == cls, found
