"""The right participant, through the real model: a nationality the NER typed a place
or a person is its country, never an actor's label; a coordinated clause keeps its own
subject.

The texts were written for these tests (none is from an evaluation set or an audit
sheet). Each case: a text, the triples it must give as (subject label, relation verb,
object label) and the labels no triple may have as its subject or object, or the
(subject, object) pairs no triple may have.
"""

from __future__ import annotations

import pytest

from tests.constructions import check_verbs

pytestmark = pytest.mark.model

CASES = {
    "a nationality modifying a common noun is its country, however the NER typed it": [
        ("Russia said Ukrainian drones had struck depots near Belgorod.",
         [("Ukraine", "strike", "depots near Belgorod")], ["Ukrainian"]),
        ("Sri Lankan authorities arrested three suspects.",
         [("Sri Lanka", "arrest", "suspects")], ["Sri Lankan"]),
        ("Ukrainian officials accused Moscow of shelling the plant.",
         [("Ukraine", "accuse", "Moscow")], ["Ukrainian"]),
    ],
    "guard: a person's surname that is also a nationality or a country stays the person": [
        ("Judith French, a lawyer, criticized the ruling. French said the court had erred.",
         [("Judith French", "criticize", "ruling")], ["France"]),
        ("Michael Jordan praised the team. Jordan thanked the fans.",
         [("Michael Jordan", "thank", "fans")], []),
    ],
    "a coordinated clause's own subject, hung by the parser on the clause before, is not "
    "overridden by the first subject": [
        ("The National Hurricane Center has issued a hurricane warning covering the coast from "
         "Miami to Fort Lauderdale and other meteorologists predicted heavy rain.",
         [("National Hurricane Center", "issue", "hurricane warning")],
         [("National Hurricane Center", "heavy rain")]),
        ("The Meteorological Office has issued a storm alert covering the coast from Bristol to "
         "Plymouth and independent forecasters predicted gusts of 90 miles per hour.",
         [("Meteorological Office", "issue", "storm alert")], [("Meteorological Office", "gusts")]),
        ("The Bureau of Meteorology has issued a cyclone warning covering towns from Cairns to "
         "Townsville and local officials predicted widespread flooding.",
         [("Bureau of Meteorology", "issue", "cyclone warning")],
         [("Bureau of Meteorology", "widespread flooding")]),
        # guard: a coordinated verb after "and" shares the subject
        ("Hamas accused Israel of violating the truce and vowed revenge.",
         [("Hamas", "vow", "revenge")], []),
    ],
    "a nationality coordinated with a noun it modifies too is no country object": [
        ("HSBC sold its roughly 400 French and 50 Greek branches to a rival bank.",
         [("HSBC", "sell", "Greek branches")], ["France"]),
        ("Vodafone sold its 12 Dutch and 15 Danish shops last year.",
         [("Vodafone", "sell", "Danish shops")], ["Netherlands"]),
        ("Shell sold its 30 Nigerian and 12 Ghanaian oil fields last year.",
         [("Shell", "sell", "Ghanaian oil fields")], ["Nigeria"]),
    ],
    "a name with its acronym in brackets before a common noun is that noun's modifier": [
        ("Twitter received a General Data Protection Regulation (GDPR) fine from the Irish "
         "regulator.", [], [("Twitter", "General Data Protection Regulation")]),
        ("Microsoft received a Federal Trade Commission (FTC) subpoena over the merger.",
         [], [("Microsoft", "Federal Trade Commission")]),
        ("Google received an Australian Competition and Consumer Commission (ACCC) notice over "
         "its ads.", [("Google", "receive", "notice over Google's ads")],  # (session 47)
         [("Google", "Consumer Commission")]),
    ],
    "a noun phrase after a comma continues a preposition's list, not the verb's objects": [
        ("Republicans attacked Pelosi over spending, the Green New Deal and immigration.",
         [("Republicans", "attack", "Pelosi")],
         [("Republicans", "Green New Deal"), ("Republicans", "immigration")]),
        ("The report said Iran lobbied Iraq on oil, the Kurdistan referendum and border security.",
         [("Iran", "lobby", "Iraq")], [("Iran", "Kurdistan referendum and border security")]),
        ("Democrats grilled Barr over the Mueller report, the pardons and the protests.",
         [("Democrats", "grill", "Barr")], [("Democrats", "pardons"), ("Democrats", "protests")]),
        # guard: a second object after a comma with no list going on stays an object
        # (after an approach: after a bid, the offer states the bid's terms, no triple)
        ("Norvale Holdings approached Acme Foods plc, offering 300 pence a share in cash, a "
         "premium of 20 pct over the closing price.",
         [("Norvale Holdings", "offer", "premium")], []),
    ],
}


@pytest.mark.parametrize("text, wanted, unwanted", [
    pytest.param(text, wanted, unwanted, id=f"{name[:40]}: {text[:30]}")
    for name, rows in CASES.items() for text, wanted, unwanted in rows])
def test_participant_rule(extractor, text, wanted, unwanted):
    check_verbs(extractor, text, wanted, unwanted)
