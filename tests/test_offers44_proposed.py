"""A proposal rejected or accepted by the one it was made to, told the right way round
(session 44).

A verb of rejecting or accepting (``[rebuffing_verbs]``, ``[offer_reacting_verbs]`` but
receiving) whose object is a noun of a proposal made by someone else (``[proposed_nouns]``:
an offer, a bid, an overture, a proposal, a plan, a petition, a request, an appeal, a demand,
an ultimatum, an invitation) gave the reaction "Kyiv -turn down proposal-> Moscow", which
reads as Kyiv proposing something to Moscow. When the maker is named (a possessive, a
"by" or "from" phrase), the proposal is now given the right way round, its maker to the
one who reacts, labelled by the noun (as the nominal rule labels "an offer from X"; its
relation the verb of making it: propose, invite), and the reaction by its verb alone
(:func:`~extract.rules.verbal._proposed_act`): Moscow -proposal-> Kyiv and Kyiv -turn
down-> Moscow. A noun that names whom it is made to ("Icahn's bid for Texaco"), a maker that
is the subject itself ("withdrew its offer"), a noun of no proposal ("accepted
responsibility") keep what they gave; a maker found in an earlier mention ("The Teamsters
asked Congress to ... The White House rejected the request") gives the reaction by its verb
alone, the earlier mention telling the proposal with whom it was made to.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

PROPOSED = {
    "offers and bids": [
        ("Hollis Mining's board on Monday rejected Brandt Capital's offer.",
         [("Brandt Capital", "offer", "Hollis Mining"),
          ("Hollis Mining", "reject", "Brandt Capital")],
         [("Hollis Mining", "reject offer", "Brandt Capital")]),
        ("Vantor Group accepted a sweetened bid by Kessler Holdings on Friday.",
         [("Kessler Holdings", "bid", "Vantor Group"),
          ("Vantor Group", "accept", "Kessler Holdings")],
         [("Vantor Group", "accept bid", "Kessler Holdings")]),
        ("Tehran has spurned Washington's overtures.",
         [("Washington", "overture", "Tehran"), ("Tehran", "spurn", "Washington")],
         [("Tehran", "spurn overture", "Washington")]),
    ],
    "proposals and plans": [
        ("Kyiv turned down Moscow's proposal on Thursday.",
         [("Moscow", "proposal", "Kyiv"), ("Kyiv", "turn down", "Moscow")],
         [("Kyiv", "turn down proposal", "Moscow")]),
        ("The Kremlin rejected the plan put forward by Macron.",
         [("Macron", "plan", "Kremlin"), ("Kremlin", "reject", "Macron")],
         [("Kremlin", "reject plan", "Macron")]),
        ("Hamas rejected the proposal by Egypt.",
         [("Egypt", "proposal", "Hamas"), ("Hamas", "reject", "Egypt")],
         [("Hamas", "reject proposal", "Egypt")]),
        ("The Palestinian Authority rejected Washington's plan.",
         [("Washington", "plan", "Palestinian Authority"),
          ("Palestinian Authority", "reject", "Washington")],
         [("Palestinian Authority", "reject plan", "Washington")]),
    ],
    "petitions, requests, appeals and demands": [
        ("Ukraine rejected Russia's demand.",
         [("Russia", "demand", "Ukraine"), ("Ukraine", "reject", "Russia")],
         [("Ukraine", "reject demand", "Russia")]),
        ("The Supreme Court rejected an appeal by Nawaz Sharif.",
         [("Nawaz Sharif", "appeal", "Supreme Court"),
          ("Supreme Court", "reject", "Nawaz Sharif")],
         [("Supreme Court", "reject appeal", "Nawaz Sharif")]),
        ("Kenya's Supreme Court dismissed a petition by Raila Odinga.",
         [("Raila Odinga", "petition", "Supreme Court"),
          ("Supreme Court", "dismiss", "Raila Odinga")],
         [("Supreme Court", "dismiss petition", "Raila Odinga")]),
        ("The court rejected Trump's request for a delay.",
         [("Trump", "request", "court"), ("court", "reject", "Trump")],
         [("court", "reject request", "Trump")]),
        ("Iran rejected the UN's demand that it halt enrichment.",
         [("United Nations", "demand", "Iran"), ("Iran", "reject", "United Nations")],
         [("Iran", "reject demand", "United Nations")]),
        ("Belgrade rejected the ultimatum from Vienna.",
         [("Vienna", "ultimatum", "Belgrade"), ("Belgrade", "reject", "Vienna")],
         [("Belgrade", "reject ultimatum", "Vienna")]),
        ("Zimbabwe's electoral commission rejected a petition by the Movement for "
         "Democratic Change.",
         [("Movement for Democratic Change", "petition", "Zimbabwe's electoral commission"),
          ("Zimbabwe's electoral commission", "reject", "Movement for Democratic Change")],
         [("Zimbabwe's electoral commission", "reject petition",
           "Movement for Democratic Change")]),
        ("Madrid turned down Barcelona's request.",
         [("Barcelona", "request", "Madrid"), ("Madrid", "turn down", "Barcelona")],
         [("Madrid", "turn down request", "Barcelona")]),
    ],
    "passive: the agent reacts": [
        ("Moscow's proposal was rejected by Kyiv on Tuesday.",
         [("Moscow", "proposal", "Kyiv"), ("Kyiv", "reject", "Moscow")],
         [("Kyiv", "reject proposal", "Moscow")]),
    ],
    "negated: the offer was made, not accepted": [
        ("Hamas did not accept Israel's offer.",
         [("Israel", "offer", "Hamas"), ("Hamas", "accept", "Israel")],
         [("Hamas", "accept offer", "Israel")]),
    ],
    "invitations": [
        ("Israel accepted Egypt's invitation.",
         [("Egypt", "invitation", "Israel"), ("Israel", "accept", "Egypt")],
         [("Israel", "accept invitation", "Egypt")]),
        ("Serbia declined the invitation from NATO.",
         [("NATO", "invitation", "Serbia"), ("Serbia", "decline", "NATO")],
         [("Serbia", "decline invitation", "NATO")]),
        ("Pyongyang rebuffed Seoul's invitation.",
         [("Seoul", "invitation", "Pyongyang"), ("Pyongyang", "rebuff", "Seoul")],
         [("Pyongyang", "rebuff invitation", "Seoul")]),
    ],
    "guard: the maker is the subject, the noun names its addressee, or no proposal": [
        ("Glencore withdrew its offer for Xstrata.",
         [], [("Xstrata", "Glencore")]),
        ("Shareholders of Texaco rejected Icahn's bid for Texaco.",
         [], [("Icahn", "bid", "Shareholders")]),
        ("Toyota accepted responsibility for the recall.",
         [], [("recall", "Toyota")]),
        # an earlier mention tells the offer with whom it was made to: the reaction only
        ("The Teamsters asked Congress to block the merger. The White House rejected the "
         "request.",
         [("Teamsters", "ask to block merger", "Congress"), ("White House", "reject", "Teamsters")],
         [("Teamsters", "White House")]),
        # one who backs the proposal makes none: its reaction stays
        ("Israel rejected the Egyptian plan backed by Qatar.",
         [("Egypt", "plan", "Israel"), ("Israel", "reject plan", "Qatar")],
         [("Qatar", "Israel")]),
        # a third party's judgement is no answer to a proposal made to it
        ("Greenpeace welcomed Shell's proposal.",
         [("Greenpeace", "welcome proposal", "Shell")], [("Shell", "Greenpeace")]),
        ("Ankara rejected accusations by Athens.",
         [("Athens", "accusation", "Ankara"), ("Ankara", "reject", "Athens")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(PROPOSED))
def test_proposal_the_right_way_round(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
