"""Event classes of the right sense (session 43).

- a person's attack in words (``@verbal``: attack, blast, slam) on an organisation that is
  no armed group, with no word of weapons or violence in the sentence, is criticism,
  DISAPPROVE (before: ASSAULT or FIGHT): "Bernie Sanders attacked the Democratic National
  Committee"; a person attacking with a weapon, or attacking an armed group, keeps the
  attack;
- an attack or a fight (a verb) in or before a court (``events.in_court``) is a legal
  challenge, DISAPPROVE (CAMEO 115) (before: FIGHT): "Google is fighting the European
  Commission in court"; fighting in the streets is still fighting;
- a company (``@company``) selling or supplying, or awarded a contract or an order
  (``@awarding``: award, with a company as a side), trades with whoever the other side
  is, no AGREE, AID or COOPERATE (before: the class of the verb as soon as the other side
  was a state): "Lockheed Martin Corp will supply F-35 jets to Poland", "the Pentagon
  awarded Northrop Grumman Corp a contract"; states supplying weapons still aid;
- offering a traded commodity (``@commodity`` in ``event_classes.tsv``: wheat, gas,
  crude ...) states a sale's terms, no AGREE (before: AGREE): "the United States offered
  wheat to Egypt"; offering aid or tanks still promises it;
- a relation on a thing a word of a deal names (``@deal``: takeover, merger, share), the
  verb's own object or a modifier of it, between sides that are no state, government or
  armed group is a business matter, no class (before: RETREAT, REJECT): "Carl Icahn withdrew
  his takeover proposal for USX"; a ceasefire proposal, or the government's price controls,
  keep theirs;
- rain, downpours, monsoons and blizzards join the forces of nature (``@nature``) that are
  no participant of any event (before: FIGHT): "Heavy rains hit Pakistan".
"""

from __future__ import annotations

import pytest

from tests.constructions import check_class, classes_by_sentence

#: (sentence, (subject, label, object), wanted class)
SPOKEN = [
    ("Senator Bernie Sanders attacked the Democratic National Committee over the debate "
     "schedule.", ("Bernie Sanders", "attack", "Democratic National Committee"), "DISAPPROVE"),
    ("Elon Musk slammed the Securities and Exchange Commission in a post on Sunday.",
     ("Elon Musk", "slam", "Securities and Exchange Commission"), "DISAPPROVE"),
    ("Nigel Farage attacked the European Commission over migration.",
     ("Nigel Farage", "attack", "European Commission"), "DISAPPROVE"),
    # guards: a weapon, or an armed group attacked, keeps the attack
    ("Ahmed Salim attacked the police station with a knife.",
     ("Ahmed Salim", "attack", "police station"), "ASSAULT"),
    ("Yahya Sinwar attacked Israel on October 7.", ("Yahya Sinwar", "attack", "Israel"),
     "ASSAULT"),
    ("The gunman attacked the offices of Charlie Hebdo with rifles.",
     ("gunman", "attack", "Charlie Hebdo"), "ASSAULT"),
]

IN_COURT = [
    ("Google is fighting the European Commission in court.",
     ("Google", "fight", "European Commission"), "DISAPPROVE"),
    ("Apple fought the Justice Department in court over the e-book case.",
     ("Apple", "fight", "Justice Department"), "DISAPPROVE"),
    ("Exxon fought Massachusetts before a state tribunal.",
     ("Exxon", "fight", "Massachusetts"), "DISAPPROVE"),
    # guards: fighting elsewhere, and an attack on a court, are force
    ("Rebels fought government troops in the streets of the capital.",
     ("rebels", "fight", "government troops"), "FIGHT"),
    ("Militants attacked the court in Kabul.", ("militants", "attack", "court"), "ASSAULT"),
]

TRADED = [
    ("Lockheed Martin Corp will supply F-35 jets to Poland.",
     ("Lockheed Martin Corp", "supply jet to", "Poland"), None),
    ("The Pentagon awarded Northrop Grumman Corp a $3 billion contract to build bombers.",
     ("Pentagon", "award contract to", "Northrop Grumman Corp"), None),
    ("Boeing Co said it won a contract from the U.S. Air Force worth 2 billion dlrs.",
     ("U.S. Air Force", "award contract", "Boeing Co"), None),
    ("Nordvik AB said it won an order worth 1 billion crowns from Indian Railways.",
     ("Indian Railways", "award order", "Nordvik AB"), None),
    ("The United States offered wheat to Egypt under a credit programme.",
     ("United States", "offer wheat to", "Egypt"), None),
    ("Qatar offered liquefied natural gas to Germany at lower prices.",
     ("Qatar", "offer gas to", "Germany"), None),
    ("Washington will offer subsidised corn to Algeria.",
     ("Washington", "offer corn to", "Algeria"), None),
    ("Nestle SA offered to supply baby formula to Britain.",
     ("Nestle SA", "offer to supply baby formula to", "United Kingdom"), None),
    # guards: states supplying arms or offering aid or tanks; a prize awarded is no trade
    ("The Nobel committee awarded Maria Ressa the peace prize.",
     ("Nobel committee", "award peace prize to", "Maria Ressa"), "COOPERATE"),
    ("Iran supplied drones to Russia.", ("Iran", "supply drone to", "Russia"), "AID"),
    ("Canada offered food aid to Haiti.", ("Canada", "offer aid", "Haiti"), "AGREE"),
    ("Britain offered tanks to Ukraine.", ("United Kingdom", "offer tank to", "Ukraine"),
     "AGREE"),
]

NATURE = [
    ("Heavy rains hit Pakistan on Monday.", ("heavy rains", "hit", "Pakistan"), None),
    ("Monsoon downpours battered Bangladesh.", ("Monsoon downpours", "batter", "Bangladesh"),
     None),
    # guards: missiles and fighters hit by force
    ("Russian missiles hit Kyiv on Monday.", ("Russia", "hit", "Kyiv"), "FIGHT"),
    ("Hamas fighters hit Israel with rockets.", ("Hamas", "hit", "Israel"), "FIGHT"),
]

BUSINESS = [
    ("Financier Carl Icahn withdrew his takeover proposal for USX.",
     ("Carl Icahn", "withdraw takeover proposal for", "USX"), None),
    ("Warren Buffett rejected the merger proposal from Kraft.",
     # (the rejection by its verb alone, the proposal told the right way round: session
     # 44, tests/test_offers44_proposed.py; still a business matter)
     ("Warren Buffett", "reject", "Kraft"), None),
    ("Financier Carl Icahn rejected the share offer from Texaco.",
     ("Carl Icahn", "reject", "Texaco"), None),
    # guards: political proposals and a government's measure
    ("Carl Icahn rejected a ceasefire proposal.", ("Carl Icahn", "reject", "ceasefire proposal"),
     "REJECT"),
    ("Farmers rejected the government's price controls.",
     ("Farmers", "reject", "government's price controls"), "REJECT"),
    ("The rebels rejected the government's peace proposal.",
     ("rebels", "reject", "government's peace proposal"), "REJECT"),
    # guard: a verb of the relation is no deal ("share" power)
    ("Rebel leaders agreed to share power with President Kiir.",
     ("rebel leaders", "agree to share power with", "Kiir"), "AGREE"),
]

_ROWS = SPOKEN + IN_COURT + TRADED + NATURE + BUSINESS
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
