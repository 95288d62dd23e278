"""Objects that say which, and with whom (session 39).

* an accord, an understanding, an arrangement, a (joint) venture or a
  relationship binds its parties as a deal or a pact does (``[reciprocal_nouns]``): its
  "with" partner is the triple's object and the noun stays in the relation ("formed a
  joint venture with Denso" -> "form venture with" Denso, not a bare "form | joint
  venture"); a venture only named inside another object ("sold its stake
  in a venture with X") gives the seller no tie to X;
* when the parser hangs a tie's "with" partner on the verb ("signed a supply contract
  yesterday with Renault"), or the tie is an infinitive's object ("threatened to sever
  diplomatic relations with Peru"), the triple with the partner says what the bare one
  did, as with "with" on the noun: no bare "sign | supply contract" or "threaten to
  sever | diplomatic relations" beside it (an unnamed "with" or a pair that signed
  together keeps the bare one);
* a proposal, plan, offer, bid, scheme or initiative keeps in its label the infinitive
  or the "that would" clause that says which one it is (``[infinitive_heads]``,
  :func:`~extract.actors.said_infinitive`): "blocked a proposal to dismantle the levy
  system" -> "proposal to dismantle levy system", "rejected a plan that would cut farm
  subsidies" -> "plan to cut farm subsidies" (no longer a bare "proposal", nor dropped as
  a vague "plan"); a clause that says what was done to it ("a plan that Poland
  drafted") says no more of which, and an intention the subject holds ("announced plans
  to buy X") stays its own intention triple, with no "announce | plans to buy X" twin;
  a deal, agreement, contract, treaty or pact ("won a contract *to build tankers*") and a
  call, demand, request, appeal or order ("rejected a demand *to release the
  prisoners*") say which the same way, also with the infinitive the parser hung on the
  verb right after the object ("ignored an appeal *to free* the journalists"); a bare
  one ("rejected the demand") stays bare;
* a suit or complaint whose "against" phrase the parser hung on the court it is brought
  in ("filed suit in federal court against X") is against X: "file suit" X, not a bare
  "file | suit" (the court's own "of" or place names no target);
* an amount per unit written in words ("a 14 dlr a share takeover offer") is no part of
  the label, as the hyphened one ("a 14 dlr-a-share offer") was not: "takeover offer", not
  "share takeover offer" (:func:`~extract.actors.per_unit_amounts`);
* an -ing participle of naming with its preposition right after it asks, it does not
  name: "approved a resolution *calling on Panama*" keeps it in the label
  (:func:`~extract.actors.which_modifier`), as "a group *calling itself* X" does not.
"""

from __future__ import annotations

import pytest
import spacy
from actorgraph.extract.actors import per_unit_amounts, said_infinitive
from spacy.tokens import Doc

from tests.constructions import cases, check_labels
from tests.docs import parse

PARTNERS = {
    "reciprocal accord or venture": [
        ("Mazda formed a joint venture with Denso Corp to make batteries.",
         [("Mazda", "form venture with", "Denso Corp")],
         [("Mazda", "form", "joint venture")]),
        ("Peru signed an accord with Ecuador.",
         [("Peru", "sign accord with", "Ecuador")],
         [("Peru", "sign", "accord")]),
        ("Sony ended its venture with Ericsson.",
         [("Sony", "end venture with", "Ericsson")], []),
        ("China reached an understanding with Vietnam.",
         [("China", "reach understanding with", "Vietnam")],
         [("China", "reach", "understanding")]),
        ("Germany improved its relationship with Poland.",
         [("Germany", "improve relationship with", "Poland")], []),
    ],
    "guard: a venture inside another object": [
        ("Acme Corp sold its stake in a venture with Nissan.",
         [], [("Acme Corp", "Nissan")]),
    ],
    "guard: a settlement, a place as often as a deal, has no partner": [
        ("Israel demolished a settlement with bulldozers.",
         [("Israel", "demolish", "settlement")], [("Israel", "bulldozers")]),
        ("Police cleared the protest settlement with tear gas.",
         [("police", "clear", "protest settlement")], [("police", "tear gas")]),
    ],
}

WHICH_PROPOSAL = {
    "proposal with its infinitive": [
        ("France is blocking a Commission proposal to dismantle the levy system.",
         [("France", "block", "Commission proposal to dismantle levy system")],
         [("France", "block", "Commission proposal")]),
        ("Germany welcomed a plan to cut farm subsidies.",
         [("Germany", "welcome", "plan to cut farm subsidies")], []),
        ("Canberra criticised an initiative to privatise the national airline.",
         [("Canberra", "criticise", "initiative to privatise national airline")], []),
    ],
    "proposal with a 'that would' clause": [
        ("Germany rejected a plan that would cut farm subsidies.",
         [("Germany", "reject", "plan to cut farm subsidies")], []),
        ("Cuba rejected a Soviet plan that would reduce sugar imports.",
         [("Cuba", "reject", "Soviet plan to reduce sugar imports")],
         [("Cuba", "reject", "Soviet plan")]),
        ("Nairobi opposed a scheme which would raise fuel taxes.",
         [("Nairobi", "oppose", "scheme to raise fuel taxes")], []),
    ],
    "deal, contract or treaty with its infinitive": [
        ("Boeing won a contract to build tankers.",
         [("Boeing", "win", "contract to build tankers")], [("Boeing", "win", "contract")]),
        ("Airbus signed a deal to deliver fifty jets to Qantas.",
         [("Airbus", "sign", "deal to deliver jets")], [("Airbus", "sign", "deal")]),
        ("Moscow tabled a draft treaty that would eliminate all such weapons.",
         [("Moscow", "table", "draft treaty to eliminate weapons")], []),
    ],
    "demand, request or call with its infinitive": [
        ("Chile rejected a demand to release the prisoners.",
         [("Chile", "reject", "demand to release prisoners")], [("Chile", "reject", "demand")]),
        ("Mexico turned down a request to extradite the banker.",
         [("Mexico", "turn down", "request to extradite banker")], []),
        # the parser hangs the infinitive on the verb right after the object
        ("The Kremlin ignored an appeal to free the journalists.",
         [("Kremlin", "ignore", "appeal to free journalists")], []),
        ("Berlin backed calls to impose sanctions on Iran.",
         [("Berlin", "back", "calls to impose sanctions")], []),
    ],
    "guard: a bare demand or order stays": [
        ("Iran rejected the demand.", [("Iran", "reject", "demand")], []),
        # (what the order is for stays in its label since session 47: [commission_nouns])
        ("Boeing received an order for 20 jets.", [("Boeing", "receive", "order for jets")],
         []),
    ],
    "guard: a clause of what was done to it": [
        ("Germany rejected a plan that Poland drafted.",
         [], [("Germany", "reject", "plan to draft")]),
    ],
    "guard: a clause of what becomes of it": [
        ("Exxon signed a deal that will expire in 2030.",
         [("Exxon", "sign", "deal")], [("Exxon", "sign", "deal to expire")]),
    ],
    "guard: a purpose the parser hung on the verb after a deal": [
        ("Russia signed the deal to avoid new sanctions.",
         [("Russia", "sign", "deal")], [("Russia", "sign", "deal to avoid sanctions")]),
        ("Greece accepted the bailout deal to avoid bankruptcy.",
         [("Greece", "accept", "bailout deal")],
         [("Greece", "accept", "bailout deal to avoid bankruptcy")]),
    ],
    "guard: the subject's own intention": [
        ("Siemens announced plans to buy Acme Corp.",
         [("Siemens", "plan to buy", "Acme Corp")],
         [("Siemens", "announce", "plans to buy Acme Corp")]),
    ],
}


TIES = {
    "partner hung on the verb": [
        ("Volvo signed a new supply contract yesterday with Renault.",
         [("Volvo", "sign supply contract with", "Renault")],
         [("Volvo", "sign", "supply contract")]),
        ("Indonesia signed a border accord with Malaysia.",
         [("Indonesia", "sign border accord with", "Malaysia")],
         [("Indonesia", "sign", "border accord")]),
        ("BP settled its dispute in court with Exxon.",
         [("BP", "settle dispute with", "Exxon")], [("BP", "settle", "BP's dispute")]),
    ],
    "partner of an infinitive's tie": [
        ("Chile threatened to sever diplomatic relations with Peru.",
         [("Chile", "threaten to sever relation with", "Peru")],
         [("Chile", "threaten to sever", "diplomatic relations")]),
        ("Ghana plans to restore trade ties with Togo.",
         [("Ghana", "plan to restore tie with", "Togo")],
         [("Ghana", "plan to restore", "trade ties")]),
    ],
    "guard: no partner named, or the pair did it": [
        ("Indonesia signed a border accord with enthusiasm.",
         [("Indonesia", "sign", "border accord")], []),
        ("Hamas and Fatah signed the deal.", [("Hamas", "sign", "deal")], []),
        ("Britain signed the accord together with France.",
         [("United Kingdom", "sign", "accord")], []),
        ("Italy threatened to join the coalition against Libya.",
         [("Italy", "threaten to join", "coalition against Libya")], []),
    ],
}

COURT_HUNG = {
    "target hung on the court": [
        ("Acme Corp filed a lawsuit in a Delaware court against Zenith Labs.",
         [("Acme Corp", "file lawsuit", "Zenith Labs")], [("Acme Corp", "file", "lawsuit")]),
        ("The pilots union filed a complaint at the labour tribunal against Ryanair.",
         [("pilots union", "file complaint", "Ryanair")], []),
        ("Orbis Software said it filed suit in federal court against Lumen Data Corp.",
         [("Orbis Software", "file suit", "Lumen Data Corp")], []),
    ],
    "guard: the court's own place or judge": [
        ("Acme Corp filed suit in federal court in Boston.", [], [("Acme Corp", "Boston")]),
        ("Acme Corp filed suit in the court of Judge Smith.", [], [("Acme Corp", "Smith")]),
    ],
}

PER_UNIT = {
    "an amount a share in words": [
        ("Dunmore Mills rejected an unsolicited 14 dlr a share takeover offer from Pellham Corp.",
         [("Dunmore Mills", "reject", "takeover offer")],
         [("Dunmore Mills", "reject", "share takeover offer")]),
        ("Corvane Foods spurned a surprise 22 dlr a share merger offer from Ostrander Inc.",
         [("Corvane Foods", "spurn", "merger offer")],
         [("Corvane Foods", "spurn", "share merger offer")]),
    ],
    "guard: a share that is no unit": [
        ("France sold a share of Renault.", [("France", "sell", "share of Renault")], []),
    ],
}

CALLING_ON = {
    "a resolution calling on someone": [
        ("The U.S. Senate approved a resolution calling on Panama to restore civil liberties.",
         [("U.S. Senate", "approve", "resolution calling on Panama")],
         [("U.S. Senate", "approve", "resolution")]),
        ("Italy backed a resolution calling on Syria to withdraw.",
         [("Italy", "back", "resolution calling on Syria")], []),
        ("Canada drafted a statement calling on Russia to free the journalists.",
         [("Canada", "draft", "statement calling on Russia")], []),
    ],
    "guard: a group calling itself a name is named": [
        ("Gunmen attacked a group calling itself Islamic Jihad.",
         [], [("gunmen", "attack", "group calling itself Islamic Jihad")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(PARTNERS, TIES, WHICH_PROPOSAL, COURT_HUNG, PER_UNIT, CALLING_ON))
def test_objects_say_which(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


def test_said_infinitive_needs_a_modal_relative():
    """A relative clause that tells what the plan did ("that cut costs") says no more
    of which one than the bare noun; one of what it would do says which."""
    did = parse("a plan that cut costs", '''
        1 det DET a DT
        1 ROOT NOUN plan NN
        3 nsubj PRON that WDT
        1 relcl VERB cut VBD
        3 dobj NOUN cost NNS''')
    would = parse("a plan that would cut costs", '''
        1 det DET a DT
        1 ROOT NOUN plan NN
        4 nsubj PRON that WDT
        4 aux AUX would MD
        1 relcl VERB cut VB
        4 dobj NOUN cost NNS''')
    other = parse("a report that would cut costs", '''
        1 det DET a DT
        1 ROOT NOUN report NN
        4 nsubj PRON that WDT
        4 aux AUX would MD
        1 relcl VERB cut VB
        4 dobj NOUN cost NNS''')
    assert said_infinitive(did[1]) is None
    assert said_infinitive(would[1]).text == "cut"
    assert said_infinitive(other[1]) is None


def test_amount_per_unit_in_words():
    """"25 dlr a share" before a noun is an amount per share, whether the phrase holds the
    amount or starts after its "a"; "a" after no amount is an article."""
    words = ["an", "unsolicited", "25", "dlr", "a", "share", "takeover", "offer"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert sorted(per_unit_amounts(doc[0:8], doc[7])) == [2, 3, 4, 5]
    assert sorted(per_unit_amounts(doc[5:8], doc[7])) == [4, 5]
    plain = Doc(spacy.blank("en").vocab, words=["sold", "a", "share", "offer"])
    assert per_unit_amounts(plain[1:4], plain[3]) == frozenset()


def test_a_phrase_own_article_after_an_amount_is_no_per_unit():
    """"2 million dollars | a Russian gang had stolen": the amount ends before the phrase,
    whose "a" is its article, so "Russian" stays in it."""
    words = ["recovered", "2", "million", "dollars", "a", "Russian", "gang", "had", "stolen"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert per_unit_amounts(doc[4:7], doc[6]) == frozenset()
