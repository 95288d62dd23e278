"""Event classes on business and general wire news: a business matter between no political
participants has no class (a bid rejected, a lawsuit filed, a drug withdrawn), a weapon or
a vehicle acts only by force ("troops backed by gunships" is no SUPPORT), firing on
civilians or protesters is ASSAULT (not combat), dismissing a person rejects no one, and the
reviewed lexicon rows of legal and market senses (appealing a verdict, declining comment,
filing for bankruptcy, a share closing on an exchange, speaking to reporters, supporting a
currency, approving a bill, submitting a plan, fighting for a cause, recapturing a
position).

Unit tests build the participants by hand; the model tests run sentences written for these
tests (none from the PLOVER, WCEP, Wikinews or wire data) through the real extractor.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.events import civilian_target, default_lexicon, sense_class

from actorgraph.records import Mention


def side(text, type_="CONCEPT", label=None):
    return Mention(text, label or text, type_, 0, len(text))


# ---- a business matter ------------------------------------------------------------------

@pytest.mark.parametrize(("cls", "lemma", "subject", "obj", "head", "expected"), [
    # a company on one side, no state, government or armed group on either
    ("REJECT", "reject", side("Hollis Foods Inc", "ORG"), side("the proposal"), "proposal",
     None),
    ("DISAPPROVE", "sue", side("Summit Corp", "ORG"), side("Apex Inc", "ORG"), None, None),
    ("RETREAT", "withdraw", side("Medland Corp", "ORG"), side("the drug"), "drug", None),
    ("AGREE", "settle", side("the bottler"), side("Crescent Bottling Co", "ORG"), None, None),
    # a matter of business, whoever the sides
    ("RETREAT", "withdraw", side("the investor group"), side("its bid"), "bid", None),
    ("REJECT", "reject", side("Carl Brannigan", "PERSON"), side("the tender offer"), "tender",
     None),
    # guards: a person acting on a company (an office the dictionaries may not know), and
    # workers or a union (a labour dispute)
    ("DISAPPROVE", "accuse", side("Rodrigo Duterte", "PERSON"), side("ABS-CBN Corp", "ORG"),
     None, "DISAPPROVE"),
    ("REJECT", "reject", side("Workers at Sterling Air Lines Inc"), side("Sterling Air Lines Inc",
     "ORG"), None, "REJECT"),
    ("REJECT", "reject", side("the miners' union"), side("the offer"), "offer", "REJECT"),
    ("REJECT", "reject", side("Carl Brannigan", "PERSON"), side("the offer"), "offer", "REJECT"),
    # guards: a political side keeps the class
    ("REJECT", "reject", side("Iraq", "GPE"), side("Exxon Corp", "ORG"), None, "REJECT"),
    ("DISAPPROVE", "sue", side("the government"), side("Boeing Co", "ORG"), None,
     "DISAPPROVE"),
    ("REJECT", "reject", side("the rebels"), side("the offer"), "offer", "REJECT"),
    # guards: an expressing verb, violence and protests keep the class
    ("DISAPPROVE", "criticize", side("Apple Inc", "ORG"), side("Beats", "ORG"), None,
     "DISAPPROVE"),
    ("PROTEST", "protest", side("the workers"), side("Ford Motor Co", "ORG"), None, "PROTEST"),
    ("ASSAULT", "attack", side("gunmen"), side("Shell Oil Co", "ORG"), None, "ASSAULT"),
    # guard: a person the dictionaries code as a government actor is political
    ("DISAPPROVE", "sue", side("Joe Biden", "PERSON"), side("Boeing Co", "ORG"), None,
     "DISAPPROVE"),
    # guard: a body coded political whatever else its code says (IGOBUSIMF, USAGOVBUS)
    ("COOPERATE", "cooperate with", side("Bank of Japan", "ORG"),
     side("Federal Reserve", "ORG"), None, "COOPERATE"),
    ("DEMAND", "demand", side("banks"), side("International Monetary Fund", "ORG"), None,
     "DEMAND"),
    # guard: no company and no business thing
    ("REJECT", "reject", side("Carl Brannigan", "PERSON"), side("the plan"), "plan", "REJECT"),
])
def test_a_business_matter_has_no_class(cls, lemma, subject, obj, head, expected):
    assert sense_class(cls, lemma, subject, obj, object_head=head) == expected


# ---- weapons and vehicles, civilians ------------------------------------------------------

@pytest.mark.parametrize(("cls", "subject", "expected"), [
    ("SUPPORT", side("helicopter gunships"), None),
    ("SUPPORT", side("T-28 fighter-bombers"), None),
    ("DISAPPROVE", side("F-16 jets"), None),
    ("FIGHT", side("helicopter gunships"), "FIGHT"),       # force: kept
    ("ASSAULT", side("a missile"), "ASSAULT"),
    ("SUPPORT", side("the opposition"), "SUPPORT"),        # guard: people
    ("SUPPORT", side("U.S. Navy helicopters"), "SUPPORT"),  # guard: a force's, named
    ("SUPPORT", side("its jets", "GPE", "Israel"), "SUPPORT"),  # guard: a state's
])
def test_a_weapon_acts_only_by_force(cls, subject, expected):
    assert sense_class(cls, "back", subject, side("troops"), object_head="troop") == expected


@pytest.mark.parametrize(("thing", "expected"), [
    ("civilian", "ASSAULT"), ("demonstrator", "ASSAULT"), ("pilgrim", "ASSAULT"),
    ("position", "FIGHT"), ("soldier", "FIGHT"), ("convoy", "FIGHT"),
])
def test_firing_on_civilians_is_assault(thing, expected):
    assert sense_class("FIGHT", "fire on", side("the rebels"), side(thing),
                       object_head=thing) == expected


def test_civilian_target_reads_the_shipped_list():
    assert civilian_target("protester") and civilian_target("passenger")
    assert not civilian_target("militant") and not civilian_target(None)


@pytest.mark.parametrize(("cls", "lemma", "expected"), [
    ("REJECT", "dismiss", None),            # "the firm dismissed Lassiter"
    ("ASSAULT", "fire", None),              # "CNN fired Lockhart" (as before)
    ("REJECT", "reject", "REJECT"),         # guard: another verb
])
def test_dismissing_a_person_rejects_no_one(cls, lemma, expected):
    assert sense_class(cls, lemma, side("the council"), side("Ann Lee", "PERSON")) == expected


@pytest.mark.model
def test_dismissing_an_appeal_from_a_person_still_rejects(extract):
    text = "The rebels dismissed an appeal from President Alain Mbeki to lay down their arms."
    # (the dismissal, not the negated acceptance of the appeal told beside it)
    found = {(t.subject.label, t.object.label): t.relation.event_class for t in extract(text)
             if not t.negated}
    assert found.get(("rebels", "Alain Mbeki")) == "REJECT", found


def test_dismissing_a_thing_still_rejects():
    assert sense_class("REJECT", "dismiss", side("Iran", "GPE"), side("the claims"),
                       object_head="claim") == "REJECT"


@pytest.mark.parametrize(("cls", "subject", "expected"), [
    ("DISAPPROVE", side("a powerful typhoon"), None),
    ("ASSAULT", side("Debris from the missile", label="debris"), None),
    ("ASSAULT", side("the earthquake"), None),
    ("ASSAULT", side("the gunmen"), "ASSAULT"),                 # guard: people
    ("DISAPPROVE", side("Typhoon Kammuri", "ORG"), None),     # a name: its first word
    ("ASSAULT", side("Stormont guards"), "ASSAULT"),          # guard: no word of nature
])
def test_a_force_of_nature_is_no_participant(cls, subject, expected):
    assert sense_class(cls, "slam", subject, side("Manila", "GPE")) == expected


def test_a_carrier_is_a_target_of_attack():
    assert default_lexicon().classify("attack", object_head="carrier") == "ASSAULT"


# ---- lexicon rows --------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "expected"), [
    ("pilgrim", "ASSAULT"), ("teacher", "ASSAULT"), ("sailor", "ASSAULT"),
    ("policy", "DISAPPROVE"),                               # guard: words
])
def test_attacking_people_is_physical(head, expected):
    assert default_lexicon().classify("attack", object_head=head) == expected


@pytest.mark.parametrize(("lemma", "head", "expected"), [
    ("speak to", "reporter", None), ("talk to", "journalist", None),
    ("speak to", "cadet", None), ("speak to", "minister", "CONSULT"), ("speak to", None, "CONSULT"),
    ("appeal", "verdict", None), ("appeal", "ruling", None), ("appeal", None, "DEMAND"),
    ("appeal for", "calm", "DEMAND"),
    ("decline", "comment", None), ("decline", "offer", "REJECT"),
    ("file for", "protection", None), ("file for", "bankruptcy", None),
    ("file", "lawsuit", "DISAPPROVE"),
    ("close on", None, None), ("close at", None, None), ("close", "border", "COERCE"),
    ("support", "currency", None), ("support", "dollar", None), ("support", "plan", "SUPPORT"),
    ("support", None, "SUPPORT"),
    ("approve", "amendment", None), ("approve", "budget", None), ("approve", "request", "CONCEDE"),
    ("submit", "plan", None), ("submit", "resignation", None), ("submit to", None, "CONCEDE"),
    ("fight for", "state", None), ("fight for", None, None), ("fight", None, "FIGHT"),
    ("recapture", "headquarters", "FIGHT"), ("recapture", "town", "FIGHT"),
])
def test_legal_and_market_senses_in_the_lexicon(lemma, head, expected):
    assert default_lexicon().classify(lemma, object_head=head) == expected


# ---- the real model -------------------------------------------------------------------------

NO_CLASS = [  # (sentence, subject, relation lemma, object): the triple, with no class
    ("Harlow Mills Inc said its board rejected the 30 dlr a share offer from Sandor Group.",
     # (the amount per share is no word of the label: session 39)
     "Harlow Mills Inc", "reject", "offer from Sandor Group"),
    ("Quarry Tools Corp said it filed a lawsuit against Benton Inc in federal court.",
     "Quarry Tools Corp", "sue", "Benton Inc"),
    ("Vireo Pharmaceutical Corp withdrew its heart drug Lumen from the market on Tuesday.",
     "Vireo Pharmaceutical Corp", "withdraw", "heart drug Lumen"),
    ("Stanmore Ltd agreed to settle the suit brought by Kilbride Co for 12 mln dlrs.",
     "Stanmore Ltd", "agree to settle", "suit brought by Kilbride Co"),
    ("Marsh Freight Co said it had dismissed Paul Avery after an internal audit.",
     "Marsh Freight Co", "dismiss", "Paul Avery"),
]
KEEP_CLASS = [  # (sentence, subject, relation lemma, object, class): guards
    ("Iraq rejected the peace proposal from Iran on Monday.", "Iraq", "reject", "Iran",
     "REJECT"),
    ("The Justice Department sued Harlow Mills Inc over its pension fund.",
     "Justice Department", "sue", "Harlow Mills Inc", "DISAPPROVE"),
    ("Workers at Harlow Mills Inc protested against the plant closure.",
     "workers at Harlow Mills Inc", "protest against", "plant closure", "PROTEST"),
]
FORCE = [  # (sentence, subject, relation lemma, object, class): force, or none from nature
    ("Rebels in armoured cars fired on civilians near the palace.", "rebels", "fire on",
     "civilians", "ASSAULT"),
    ("Police opened fire on demonstrators in the capital on Sunday.", "police",
     "fire", "demonstrators", "ASSAULT"),
    ("Troops fired on rebel positions near the border.", "troops", "fire on",
     "rebel positions", "FIGHT"),
    ("Typhoon Kammuri slammed into the central Philippines on Tuesday.", "Typhoon Kammuri",
     "slam into", "Philippines", None),
    ("A powerful typhoon slammed into the northern Philippines, killing nine people.",
     "powerful typhoon", "slam into", "Philippines", None),
    ("Government troops recaptured the army headquarters after a day of fighting.",
     "government troops", "recapture", "army headquarters", "FIGHT"),
]
SPEECH = [  # (sentence, subject, relation lemma, object): no CONSULT with the audience
    ("Foreign Minister Ana Duarte, speaking to reporters in Lisbon, said the talks would resume.",
     "Ana Duarte", "speak to", "reporters"),
    ("President Elena Marsh, speaking to graduating cadets at the academy, praised the army.",
     "Elena Marsh", "speak to", "graduating cadets"),
    ("His lawyer, Paul Dunne, said he would appeal the verdict.", "Paul Dunne", "appeal",
     "verdict"),
]


def _classes(extract, text):
    return {(t.subject.label, t.relation.lemma, t.object.label): t.relation.event_class
            for t in extract(text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "lemma", "obj"), NO_CLASS)
def test_business_matters_get_no_class_on_the_model(extract, text, subject, lemma, obj):
    found = _classes(extract, text)
    assert (subject, lemma, obj) in found, found
    assert found[(subject, lemma, obj)] is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "lemma", "obj", "cls"), KEEP_CLASS)
def test_political_and_protest_classes_stay_on_the_model(extract, text, subject, lemma, obj,
                                                          cls):
    found = _classes(extract, text)
    assert found.get((subject, lemma, obj)) == cls, found


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "lemma", "obj", "cls"), FORCE)
def test_force_on_civilians_and_positions_on_the_model(extract, text, subject, lemma, obj,
                                                        cls):
    found = _classes(extract, text)
    assert (subject, lemma, obj) in found, found
    assert found[(subject, lemma, obj)] == cls, found


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "lemma", "obj"), SPEECH)
def test_speaking_to_an_audience_is_no_meeting_on_the_model(extract, text, subject, lemma,
                                                            obj):
    found = _classes(extract, text)
    assert (subject, lemma, obj) in found, found
    assert found[(subject, lemma, obj)] is None, found


@pytest.mark.model
def test_gunships_back_no_one_on_the_model(extract):
    text = "Government troops, backed by helicopter gunships, recaptured the town of Rivas."
    assert not any(t.relation.event_class == "SUPPORT" for t in extract(text))
