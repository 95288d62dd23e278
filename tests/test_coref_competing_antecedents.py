"""Anaphors with a competing antecedent, or owned by someone: an "it" that is said to be a
thing, an it/they that a verb of saying adds about a clause whose object may be meant, an
it/they in what an accused one is said to have done, a person's "his party", a subject
"its shareholders", wire notes' bare "Company", and a description whose participle is set off
by commas. Through the real model.

The texts were written for these tests (none is from an evaluation set or an audit sheet).
Each case: a text, the triples it must give as (subject label, relation verb, object label)
and the labels or (subject label, object label) pairs it must not give.
"""

from __future__ import annotations

import pytest

from tests.constructions import check_verbs

pytestmark = pytest.mark.model

CASES = {
    "an \"it\" said to be a thing is not the one who says it": [
        ("The Canadian Wheat Board sold 500,000 tonnes of barley to Japan. The board said it "
         "was the biggest single sale to Japan this season and raised total sales to the "
         "country to 2 mln tonnes.", [], [("Canadian Wheat Board", "sales")]),
        ("Orion Airways ordered six jets from Boeing. The airline said it was the largest "
         "order in its history and raised its fleet to 40 planes.", [],
         [("Boeing", "fleet"), ("Orion Airways", "fleet")]),
        ("Brazil signed a loan accord with the IMF on Monday. The government said it was a "
         "major step and opened the way to new credits from banks.", [],
         [("Brazil", "banks")]),
    ],
    "guard: an \"it\" said to be a firm or a body is the one who says it": [
        ("Kestrel Bank said it was the largest lender in the region and planned to open ten "
         "branches.", [("Kestrel Bank", "plan", "branches")], []),
        ("Hungary said it would send troops to Kosovo.", [("Hungary", "send", "Kosovo")], []),
        ("Rexon Corp said it was the largest shareholder in Delmar Inc and had asked Delmar "
         "for a seat on the board.", [("Rexon Corp", "ask", "Delmar")], []),
        ("Korvan Industries said it was the sole bidder for the plant and had offered 40 mln "
         "dlrs to Halcyon Steel.", [("Korvan Industries", "offer", "Halcyon Steel")], []),
    ],
    "what a verb of saying adds may be about the host clause's object": [
        ("The opposition Workers Party denounced the treaty, saying it conceded too much to "
         "the rebels.", [("Workers Party", "denounce", "treaty")],
         [("Workers Party", "rebels")]),
        ("Greenpeace criticised the ruling, saying it ignored the damage to the coast.",
         [("Greenpeace", "criticise", "ruling")], [("Greenpeace", "damage")]),
        ("Hungary rejected the proposal, saying it would support a different plan.",
         [("Hungary", "reject", "proposal")], [("Hungary", "different plan")]),
    ],
    "an it/they in what an accused one did may be the accused": [
        ("Halvorsen Mills Inc said it had sued to block a takeover bid by Crane Capital, "
         "accusing the investor group of breaking disclosure rules when it accumulated its "
         "holding.", [], [("Halvorsen Mills Inc", "holding")]),
        ("Norway fined Borg Shipping, accusing the company of dumping oil when it cleaned its "
         "tanks at sea.", [("Norway", "fine", "Borg Shipping")], [("Norway", "tanks")]),
        ("The Delta Union sued Apex Mining, charging the firm with polluting the river after "
         "it expanded its mine.", [("Delta Union", "sue", "Apex Mining")],
         [("Delta Union", "mine")]),
    ],
    "a person's \"his party\" is the one tied to the person, not the last one named": [
        ("The Labour Party won a clear majority. Conservative leader John Miller admitted "
         "defeat on Friday but said his party had won seats in the south.", [],
         [("Labour Party", "seats")]),
        ("The Green Party lost ground in the vote. Maria Lindqvist, leader of the Centre "
         "Party, said her party would join the coalition.",
         [("Centre Party", "join", "coalition")], [("Green Party", "coalition")]),
        ("Talks between Axel Motors and Borg Steel collapsed on Friday. Axel Motors chairman "
         "Peter Hahn said his company would look for another partner.",
         [("Axel Motors", "look", "partner")], [("Borg Steel", "partner")]),
    ],
    "a subject \"its shareholders\" is labelled with its owner": [
        ("Orbis Data Corp said its shareholders approved the sale of the company to Kestrel "
         "Holdings Inc at a meeting today.",
         [("Orbis Data Corp's shareholders", "approve", "Kestrel Holdings Inc")],
         ["shareholders"]),
        ("Marlow Inc said its employees approved a new labour contract.",
         [("Marlow Inc's employees", "approve", "labour contract")], ["employees"]),
        ("Britain said its farmers would receive extra aid.", [], ["farmers"]),
    ],
    "guard: people acted on are their owner's, not the owner itself": [
        ("Acme Steel Corp laid off 300 of its workers on Monday.",
         [("Acme Steel Corp", "lay", "Acme Steel Corp's workers")],
         ["workers", ("Acme Steel Corp", "Acme Steel Corp")]),
    ],
    "wire notes' bare \"Company\" is the company named before": [
        ("Harmon Data Corp posted a loss for the quarter. Company said it will close its "
         "Fremont plant.", [("Harmon Data Corp", "close", "Harmon Data Corp's Fremont plant")],
         ["Company"]),
        ("Delta Freight Systems Inc posted higher profits. Company acquired Plains Carriers Inc "
         "in June 1985.", [("Delta Freight Systems Inc", "acquire", "Plains Carriers Inc")],
         ["Company"]),
        ("Delta Freight Systems Inc said it agreed to buy Ozark Haulers Inc. Company acquired "
         "Plains Carriers Inc in June 1985.", [], ["Company", ("Ozark Haulers Inc",
                                                               "Plains Carriers Inc")]),
    ],
    "a description whose participle is set off by commas points back": [
        ("Talbot Chemical AG reported higher profits for the year. The company, based in "
         "Basel, said it would buy a German dye maker.",
         [("Talbot Chemical AG", "buy", "German dye maker")], ["company"]),
        ("Merton Foods Inc raised its dividend. The company, founded in 1952, said it would "
         "open a plant in Ohio.", [("Merton Foods Inc", "open", "plant in Ohio")], ["company"]),
        ("Talbot Chemical AG raised its stake in Norvex Corp. The company, based in Basel, "
         "said it bought the stock as an investment.", [], ["company"]),
    ],
    "\"the government\" of a story filed under a state of its day": [
        ("BONN, March 3 - The United States has urged West Germany to cut taxes further to "
         "spur growth. The Economics Ministry said the government had rejected calls for "
         "more tax cuts.", [], [("United States", "calls for tax cuts")]),
        # (what the calls are for is in their label since session 41: [request_preps])
        ("BONN, March 3 - U.S. Treasury Secretary James Baker urged West Germany to cut taxes "
         "further. The Economics Ministry said the government had rejected calls for more "
         "tax cuts.", [("West Germany", "reject", "calls for tax cuts")],
         [("United States", "calls for tax cuts")]),
        ("BELGRADE, May 4 - Yugoslavia signed a trade pact with Italy. The government said it "
         "would cut import duties on Italian cars.",
         [("Yugoslavia", "cut", "import duties on Italian cars")], [("Italy", "import duties")]),
    ],
}


@pytest.mark.parametrize("text, wanted, unwanted", [
    pytest.param(*row, id=f"{name}-{i}") for name, rows in CASES.items()
    for i, row in enumerate(rows)])
def test_competing_antecedent(extractor, text, wanted, unwanted):
    check_verbs(extractor, text, wanted, unwanted)
