"""Who did it: wrong and reversed subjects (session 40), on real parses.

- a purpose infinitive after a verb of calling on or meeting someone
  (:data:`~extract.lexicon.VISITING_VERBS`) is the caller's, not the one called on, and
  a "him" or "her" inside it is the one called on: "Merkel telephoned Biden to thank
  him" is Merkel thanking Biden (before: no triple, or the two reversed); a verb of
  asking or urging still gives its infinitive to its object ("urged Xi to ease
  tensions");
- a noun after "and" that the parser coordinated with an object of a first clause, but
  which a finite verb with no subject of its own follows at once, is that verb's
  subject, not a second object: "Chevron refused to pay 2 billion dlrs and a federal
  appeals court declined to delay the ruling" (the court declined; Chevron refused to pay
  no court) (:func:`~extract.rules.base.swallowed_conjunct`);
- a thing that backs or supports troops ("Israeli commandos backed by gunboats") is no
  one who backs them on their country's side: the reaction pattern takes only an agent
  who may act (:func:`~extract.rules.base.may_act`); "paramilitaries backed by the UAE"
  still gives the UAE;
- a bare relative clause of accusing ("... Gulf states it accuses of helping Israel") is
  about the noun right before it, also when the parser hangs it on the main verb or on a
  noun further back across a clause: that noun is accused and does the gerund, if at
  all, not the accuser (:func:`~extract.rules.base._bare_accused`); a noun whose own
  phrase holds the nearer one keeps the relative ("diplomats from Britain it accuses");
- "the airline", "the utility", "the carrier" after two companies is the one whose name
  says it is one ("Lufthansa Airlines", "Kansai Electric Utility Co"): coref
  ``_named_company``; "the company" is still not read off a name ("Ford Motor Company");
- an "its" in an -ing adjunct after an attribution ("Egypt has bought wheat from France,
  the French farm ministry said, bringing its total purchases to ...") is the reported
  clause's subject's, as the adjunct is (:func:`~extract.actors.binding_subject`), not
  the speaker's; the speaker may be meant only inside the clause it reports ("Epic said
  Apple blocked its app"); one the reported clause acts on may be meant too ("Russia struck
  Ukraine, ..., cutting its power supply": bare).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.rules.base import core, swallowed_conjunct

from tests.constructions import cases, check_construction, check_labels
from tests.docs import parse

#: (sentence, present (subject, lemma, object, negated, hedged), absent (subject, object))
_VISITING = {
    # (the call or meeting is the talk it is held for: stated, not hedged, since session 45,
    # extract.context.held_talk; wire judges marked the hedge wrong)
    "purpose of a call or visit": [
        ("Chancellor Angela Merkel telephoned President Joe Biden to thank him for his help.",
         [("Angela Merkel", "thank", "Joe Biden", False, False)],
         [("Joe Biden", "Angela Merkel")]),
        ("French President Emmanuel Macron phoned German Chancellor Olaf Scholz to discuss "
         "the energy crisis.",
         [("Emmanuel Macron", "discuss", "energy crisis", False, False)],
         [("Olaf Scholz", "energy crisis")]),
        ("Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida to "
         "congratulate him on his election.",
         [("Narendra Modi", "congratulate", "Fumio Kishida", False, False)],
         [("Fumio Kishida", "Narendra Modi")]),
        ("Soviet leader Mikhail Gorbachev telephoned cosmonaut Yuri Romanenko to "
         "congratulate him.",
         [("Mikhail Gorbachev", "congratulate", "Yuri Romanenko", False, False)],
         [("Yuri Romanenko", "Mikhail Gorbachev")]),
    ],
    "guard: one urged or asked does the infinitive": [
        ("President Joe Biden urged Chinese President Xi Jinping to ease tensions over "
         "Taiwan.",
         [("Xi Jinping", "ease", "tensions over Taiwan", False, True)],
         [("Joe Biden", "tensions over Taiwan")]),
    ],
}

_SWALLOWED = {
    "second clause's subject coordinated with an object": [
        ("The dispute worsened after Chevron refused to pay more than 2 billion dlrs and a "
         "federal appeals court declined to delay the ruling.",
         [("federal appeals court", "decline to delay", "ruling", False, False)],
         [("Chevron", "federal appeals court")]),
        ("The talks stalled after Iran refused to accept less than 20 pct enrichment and a "
         "European negotiating team declined to extend the deadline.",
         [("Iran", "refuse to accept", "enrichment", False, False)],
         [("Iran", "European negotiating team")]),
        ("Prices jumped after OPEC agreed to cut output and a Saudi oil official refused to "
         "rule out further cuts.",
         [("Saudi oil official", "refuse to rule out", "cuts", False, False)],
         [("Organization of Petroleum Exporting Countries", "Saudi oil official")]),
        ("The price rose after Exxon agreed to buy 30 pct of the field and a Norwegian "
         "state company decided to sell its stake.",
         [], [("Exxon", "Norwegian state company")]),
    ],
    "guard: a list of objects stays one": [
        ("The army shelled the towns and villages held by the rebels.",
         [("army", "shell", "towns", False, False), ("army", "shell", "villages", False, False)],
         []),
        ("The meeting between Macron and Scholz was cancelled.",
         [("Macron", "meet", "Scholz", True, False),
          ("Scholz", "meet", "Macron", True, False)], []),
        ("Fighting between Israel and Hezbollah left 12 civilians dead in Lebanon.",
         [("Israel", "fight", "Hezbollah", False, False),
          ("Hezbollah", "fight", "Israel", False, False)], []),
        ("Hamas released the hostages and Israel freed 90 prisoners.",
         [("Hamas", "release", "hostages", False, False)],
         [("Hamas", "Israel")]),
    ],
}


_BACKING_THINGS = {
    "a weapon that backs troops backs no one": [
        ("About 500 Israeli commandos backed by gunboats raided the port.",
         [("Israeli commandos", "raid", "port", False, False)],
         [("gunboats", "Israel")]),
        ("French paratroopers backed by helicopters landed near the town.",
         [], [("helicopters", "France")]),
        ("Iraqi troops backed by tanks stormed the city.",
         [], [("tanks", "Iraq")]),
    ],
    "guard: a backer who may act": [
        ("Sudanese paramilitaries backed by the United Arab Emirates attacked the city.",
         [("United Arab Emirates", "back paramilitary", "Sudan", False, False)], []),
        ("The Egyptian plan backed by Qatar was rejected by Israel.",
         # (Egypt's plan told the right way round: session 44,
         # tests/test_offers44_proposed.py; the backer proposes nothing)
         [("Qatar", "back plan", "Egypt", False, False),
          ("Egypt", "propose", "Israel", False, False),
          ("Israel", "reject", "Egypt", False, False)], [("Qatar", "Israel")]),
    ],
}


_BARE_ACCUSED = {
    "a bare relative of accusing hung on the main verb": [
        ("Iran has threatened to retaliate against Gulf states it accuses of helping Israel.",
         # (the states of the region, not the region: session 45)
         [("Iran", "accuse", "Gulf states", False, False),
          ("Gulf states", "help", "Israel", False, True)],
         [("Iran", "Israel")]),
    ],
    "guard: the accused named as the object": [
        ("Iran said it accuses Saudi Arabia of financing the rebels.",
         [("Saudi Arabia", "finance", "rebels", False, True)], [("Iran", "rebels")]),
    ],
    "guard: a name before the clause is no noun it restricts": [
        ("Nigeria's army has vowed to crush the gunmen in Zamfara it blames for kidnapping "
         "300 schoolgirls.",
         [], [("Zamfara", "schoolgirls")]),
    ],
}

#: (words, heads, deps, tags, index of the alleging verb, index of the gerund, the accused)
_BARE_ACCUSED_PARSES = [
    # "Ankara vowed to punish Kurdish groups it blames for bombing the market", with
    # "blames" a complement of "vowed"
    ("Ankara vowed to punish Kurdish groups it blames for bombing the market",
     [1, 1, 3, 1, 5, 3, 7, 1, 7, 8, 11, 9],
     ["nsubj", "ROOT", "aux", "xcomp", "amod", "dobj", "nsubj", "ccomp", "prep", "pcomp",
      "det", "dobj"],
     ["NNP", "VBD", "TO", "VB", "JJ", "NNS", "PRP", "VBZ", "IN", "VBG", "DT", "NN"],
     7, 9, 5),
    # "Beijing will sanction American firms it charges with arming Taiwan", "charges" a
    # conjunct of "sanction"
    ("Beijing will sanction American firms it charges with arming Taiwan",
     [2, 2, 2, 4, 2, 6, 2, 6, 7, 8],
     ["nsubj", "aux", "ROOT", "amod", "dobj", "nsubj", "conj", "prep", "pcomp", "dobj"],
     ["NNP", "MD", "VB", "JJ", "NNS", "PRP", "VBZ", "IN", "VBG", "NNP"],
     6, 8, 4),
    # "Protests came from Hanoi, which vowed to punish Chinese firms it accuses of dumping
    # steel", the bare relative hung on Hanoi across the "which" clause: the firms
    ("Protests came from Hanoi , which vowed to punish Chinese firms it accuses of dumping "
     "steel",
     [1, 1, 1, 2, 3, 6, 3, 8, 6, 10, 8, 12, 3, 12, 13, 14],
     ["nsubj", "ROOT", "prep", "pobj", "punct", "nsubj", "relcl", "aux", "xcomp", "amod",
      "dobj", "nsubj", "relcl", "prep", "pcomp", "dobj"],
     ["NNS", "VBD", "IN", "NNP", ",", "WDT", "VBD", "TO", "VB", "JJ", "NNS", "PRP", "VBZ",
      "IN", "VBG", "NN"],
     12, 14, 10),
    # guard: "Russia expelled diplomats from Britain it accuses of spying", the relative on
    # the diplomats, whose own phrase holds Britain: the diplomats, as parsed
    ("Russia expelled diplomats from Britain it accuses of spying",
     [1, 1, 1, 2, 3, 6, 2, 6, 7],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "nsubj", "relcl", "prep", "pcomp"],
     ["NNP", "VBD", "NNS", "IN", "NNP", "PRP", "VBZ", "IN", "VBG"],
     6, 8, 2),
]


@pytest.mark.parametrize(("text", "heads", "deps", "tags", "verb", "gerund", "accused"),
                         _BARE_ACCUSED_PARSES)
def test_bare_accused_hand_parse(text, heads, deps, tags, verb, gerund, accused):
    """The noun before the clause is the accused, and does the gerund, if at all; with an
    object of its own the clause keeps it (guard)."""
    doc = _hand_doc(text, heads, deps, tags)
    assert core(doc[verb])[1] == [doc[accused]]
    assert core(doc[gerund])[0] == [doc[accused]]


_POS = {"PRP": "PRON", "WDT": "PRON", "IN": "ADP", "TO": "PART", "MD": "AUX", "DT": "DET",
        ",": "PUNCT"}


def _hand_doc(text, heads, deps, tags):
    import spacy
    from spacy.tokens import Doc
    words = text.split()
    pos = ["VERB" if t.startswith("VB") else "PROPN" if t.startswith("NNP")
           else "NOUN" if t.startswith("NN") else _POS.get(t, "ADJ") for t in tags]
    lemmas = [w.lower().rstrip("s") if t in ("VBZ", "NNS") else w.lower()
              for w, t in zip(words, tags, strict=True)]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags,
               pos=pos, lemmas=lemmas)


_KIND_IN_NAME = {
    "a company description whose kind one name holds": [
        ("Airbus said on Tuesday that Lufthansa Airlines had ordered 20 jets. The airline also "
         "cancelled an order with Boeing.",
         [("Lufthansa Airlines", "cancel", "order", False, False)], [("Airbus", "order")]),
        ("Toyota said on Friday that Kansai Electric Utility Co would supply power to its "
         "plants. The utility also signed a deal with Panasonic.",
         [("Kansai Electric Utility Co", "sign deal", "Panasonic", False, False)],
         [("Toyota", "Panasonic")]),
        ("Boeing said on Monday that Atlas Air Carriers Inc had ordered ten freighters. The "
         "carrier also leased two jets from Airbus.",
         [("Atlas Air Carriers Inc", "lease from", "Airbus", False, False)],
         [("Boeing", "Airbus")]),
    ],
    "guard: 'the company' is not read off a name": [
        ("General Motors said on Monday that Ford Motor Company had sold its stake in Opel. "
         "The company also bought a stake in Fiat.",
         [], [("Ford Motor Company", "Fiat")]),
    ],
    "guard: one the main company only acts on takes no description from it": [
        ("Delta Air Lines said on Monday it would compete with United Airlines on "
         "transatlantic routes. The airline also cut 2,000 jobs.",
         [("Delta Air Lines", "cut", "jobs", False, False)], [("United Airlines", "jobs")]),
        ("Lufthansa said on Tuesday it had bought a 40 pct stake in ITA Airlines. The airline "
         "also ordered 20 jets from Airbus.",
         [("Lufthansa", "order", "jets", False, False)], [("ITA Airlines", "jets")]),
    ],
}

#: (sentence, present (subject, relation label, object label), absent triples)
_ADJUNCT_OWNER = {
    "its in an adjunct after an attribution": [
        # (a level leaves the label since labels40: "bring" its purchases, the amount
        # the triple's quantity)
        ("Egypt has bought 500,000 tonnes of wheat from France for delivery in March, the "
         "French farm ministry said, bringing its total purchases this season to 4 mln tonnes.",
         [("Egypt", "bring", "Egypt's purchases")],
         [("Egypt", "bring", "France's purchases")]),
        ("Toyota has recalled 300,000 cars in the United States over faulty brakes, the U.S. "
         "National Highway Traffic Safety Administration said, raising its total recalls this "
         "year to 2 million.",
         [("Toyota", "raise", "Toyota's recalls")], []),
        ("The Bank of Japan has sold about 2 billion dlrs in the currency market this week, "
         "the Japanese Finance Ministry said, bringing its intervention this month to 9 "
         "billion dlrs.",
         [("Bank of Japan", "bring", "Bank of Japan's intervention")], []),
        ("Pakistan has bought 200,000 tonnes of sugar from India for shipment in May, the "
         "Indian Commerce Ministry said, lifting its imports this year to 1 mln tonnes.",
         [("Pakistan", "lift", "Pakistan's imports")], []),
    ],
    "guard: the reported clause acts on someone who may be meant": [
        # (no owner is guessed; the bare object, which the strict judges read as partly,
        # is dropped since session 44: extract.vague.unowned)
        ("Russia struck Ukraine overnight, the Ukrainian Energy Ministry said, cutting its "
         "power supply.",
         [],
         [("Russia", "cut", "power supply"), ("Russia", "cut", "Russia's power supply"),
          ("Russia", "cut", "Ukrainian Energy Ministry's power supply")]),
    ],
    "guard: the reported clause acts on one thing that may be meant": [
        ("Russia struck a major power plant in Kharkiv, Ukrainian officials said, cutting its "
         "output by half.",
         # (dropped bare since session 44, as above)
         [], [("Russia", "cut", "output"), ("Russia", "cut", "Russia's output")]),
        ("Hamas seized the border crossing, the Egyptian army said, closing its gates to aid "
         "convoys.",
         # (dropped bare since session 44, as above)
         [],
         [("Hamas", "close", "gates"), ("Hamas", "close", "Hamas' gates"),
          ("Hamas", "close", "Egypt's gates")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_ADJUNCT_OWNER))
def test_adjunct_owner40(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(_VISITING, _SWALLOWED, _BACKING_THINGS, _BARE_ACCUSED,
                               _KIND_IN_NAME))
def test_subjects40(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model  # (core reads the model's lemmas for a coordinated verb)
def test_swallowed_conjunct_hand_parse():
    """The clause's subject after "and" (with an auxiliary), not a list of objects."""
    doc = parse("Iran cut output and a judge would order cuts", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB cut VBD
        1 dobj NOUN output NN
        2 cc CCONJ and CC
        5 det DET a DT
        2 conj NOUN judge NN
        7 aux AUX would MD
        1 conj VERB order VB
        7 dobj NOUN cut NNS
    """)
    assert swallowed_conjunct(doc[5]) == doc[7]
    assert core(doc[7])[0] == [doc[5]]  # the judge orders, not Iran
    assert core(doc[1])[1] == [doc[2]]  # Iran cut output, not the judge
    listed = parse("Iran cut output and exports", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB cut VBD
        1 dobj NOUN output NN
        2 cc CCONJ and CC
        2 conj NOUN export NNS
    """)
    assert swallowed_conjunct(listed[4]) is None
