"""Sides that no longer say which one (session 44, strict precision on wire news).

* an object whose possessive pronoun says whose it is, when the pronoun's owner is not
  found, was labelled by its bare head: "Colombia might sell coffee to defend *its share*"
  gave "Colombia —defend→ share", "the union would not reopen *its contract*" "reopen
  contract", which the strict judges read as partly (the graph node says neither whose
  share nor which contract) (:func:`~extract.vague.unowned`). When the triple's subject
  is the only one named who may own it, the label says it ("Peru's share":
  :meth:`~extract.actors.ActorResolver.sole_owner`); when another is named ("accused
  Azerbaijan of shelling its villages"), the triple is dropped, as it is for a single
  body's "their" ("Germany expelled the attaches, citing their conduct": the attaches'
  conduct), and when the one who reports the clause is named ("Halvard filed a complaint,
  saying Brightline copied its designs").
* a list that is the passive subject of a verb of asking, expecting, accusing or forcing
  was no binder of "their": "Bolivia and Thailand were expected to stick to their quotas"
  gave no triple under the rule above; now each one's own, as for an active list subject
  ("Bolivia's quotas", :func:`~extract.actors.listed_binders`). An owner found before
  keeps its label ("Ghana's budget deficit"), and a phrase after the head in the label or
  a name before it ("its Nova routers") keeps the triple as it was.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

UNOWNED = {
    "owner said: the subject the only one named": [
        ("Peru might sell more copper on the spot market to defend its share, traders said.",
         [("Peru", "defend", "Peru's share")], [("Peru", "defend", "share")]),
        ("Prime Minister Narendra Modi defended his budget in parliament.",
         [("Narendra Modi", "defend", "Narendra Modi's budget")],
         [("Narendra Modi", "defend", "budget")]),
    ],
    "dropped: another named who may own it": [
        ("Ford said it would close a plant in Ohio, eliminating its night shift.",
         [("Ford", "close", "plant in Ohio")], [("Ford", "night shift")]),
        ("Armenia accused Azerbaijan of shelling its villages near the border.",
         [("Armenia", "accuse", "Azerbaijan")], [("Azerbaijan", "villages")]),
        ("Lufthansa sued Ryanair and its two largest shareholders for damages.",
         [("Lufthansa", "sue", "Ryanair")], [("Lufthansa", "largest shareholders")]),
        ("Seoul urged Tokyo to open its rice market.",
         [("Seoul", "urge to open rice market", "Tokyo")], [("Tokyo", "rice market")]),
    ],
    # one body's "their" is no subject's own: another plural may own it
    "dropped: a single body's 'their'": [
        ("Germany expelled the attaches, citing their conduct.",
         [("Germany", "expel", "attaches")],
         [("Germany", "conduct"), ("Germany", "Germany's conduct")]),
        ("Brazil deported the activists, criticising their methods.",
         [("Brazil", "deport", "activists")],
         [("Brazil", "methods"), ("Brazil", "Brazil's methods")]),
        ("Toyota thanked the dealers and raised their commissions.",
         [("Toyota", "thank", "dealers")],
         [("Toyota", "commissions"), ("Toyota", "Toyota's commissions")]),
        ("Pfizer has made their treatment much cheaper.",
         [], [("Pfizer", "treatment"), ("Pfizer", "Pfizer's treatment")]),
    ],
    # the one who reports the clause may own it
    "dropped: a reporter named who may own it": [
        ("Halvard filed a complaint in May, saying Brightline copied its designs.",
         [("Halvard", "file", "complaint")],
         [("Brightline", "designs"), ("Brightline", "Brightline's designs")]),
        ("Marston sued in March, claiming Kellwood had stolen its formula.",
         [], [("Kellwood", "formula"), ("Kellwood", "Kellwood's formula")]),
        ("Corvin filed a lawsuit on Friday, saying Talbot copied its software.",
         [], [("Talbot", "software"), ("Talbot", "Talbot's software")]),
    ],
    "guard: a people's or a plural's 'their', a reporter who is people": [
        ("The Kurds said they would defend their villages.",
         [("Kurds", "defend", "Kurds' villages")], []),
        ("The Sandinistas said they would not surrender their weapons.",
         [("Sandinistas", "surrender", "Sandinistas' weapons")], []),
        ("Analysts said Chile might sell more copper to protect its share.",
         [("Chile", "protect", "Chile's share")], []),
    ],
    # a list that is the passive subject of the verb above does what "their" is on: each
    # one's own (extract.actors.listed_binders), as an active list subject's
    "their after a passive list subject: each one's own": [
        ("Kenya and Uganda were asked to withdraw their troops from the border.",
         [("Kenya", "withdraw from border", "Kenya's troops"),
          ("Uganda", "withdraw from border", "Uganda's troops")],
         [("Kenya", "troops"), ("Uganda", "troops")]),
        ("Exxon and Mobil were accused of hiding their losses.",
         [("Exxon", "hide", "Exxon's losses"), ("Mobil", "hide", "Mobil's losses")],
         [("Exxon", "losses"), ("Mobil", "losses")]),
        ("Iran said Iraq and Syria were expected to cut their output.",
         [("Iraq", "cut", "Iraq's output"), ("Syria", "cut", "Syria's output")],
         [("Iraq", "output"), ("Syria", "output"), ("Iraq", "Iran's output")]),
    ],
    "guard: owner found and said": [
        ("Poland had blocked the sanctions for a month before dropping its objections.",
         [("Poland", "drop", "Poland's objections")], []),
        ("Ghana agreed to cut its budget deficit.",
         [("Ghana", "agree to cut", "Ghana's budget deficit")], []),
        ("Vietnam and Laos agreed to withdraw their troops from the border.",
         [("Vietnam", "agree to withdraw", "Vietnam's troops"),
          ("Laos", "agree to withdraw", "Laos' troops")], []),
        ("Sony said it would stop selling its Walkman players in Japan.",
         [("Sony", "sell", "Sony's Walkman players")], []),
    ],
    "guard: a name says which": [
        ("Nokia is seeking damages and an injunction barring Ericsson from selling its Nova "
         "routers, which it said infringe two patents.",
         [("Ericsson", "sell", "Nova routers")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(UNOWNED))
def test_a_side_says_which(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
