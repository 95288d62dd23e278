"""Wire main triples missed (session 48).

* the matter of talks or an agreement that an infinitive's "on" (or "over", "about")
  phrase says, as the plain clause gives it ("OPEC agreed on a new pricing system" is
  "agree on" it): "EC ministers failed to agree on farm prices" is a negated "agree on"
  farm prices, "refused to negotiate over the sovereignty of X" a negated "negotiate over"
  it, "are expected to agree on new trade rules" a hedged "agree on" them
  (:func:`~extract.rules.complements._matter_talked`, verbs of
  :data:`~extract.lexicon.TOPIC_VERBS`, prepositions of :data:`~extract.lexicon.TOPIC_PREPS`);
  a bare noun ("failed to agree on a price") says too little, and a verb of no talks
  ("failed to comment on the report") keeps its reading;
* a union named by its members' trade (``[union_member_words]``: "United Steelworkers of
  America", "International Association of Machinists", "International Brotherhood of
  Teamsters", "United Mineworkers of America") is a labour union: "the union" points back
  to it, "the company" never does (:func:`~extract.coref._labour_union`);
* a group whose leader a reduced relative of leading names is one of actors, whatever its
  noun ("its lenders, led by Lone Star National Bank, refused to extend loans": the
  lenders' refusal is kept though both sides are concepts; :func:`~extract.actors.led_by_name`
  in the acting bodies of :func:`~extract.pipeline._triple`); with no leader named, or an
  unnamed one, such a group and a thing still say nothing about actors.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

OPEC = "Organization of Petroleum Exporting Countries"

MATTERS = {
    "failed to agree on": [
        ("OPEC failed to agree on a new pricing system at its Vienna meeting, delegates said.",
         [(OPEC, "agree on", "pricing system", True, False)], []),
        ("Canada and the United States failed to agree on softwood lumber tariffs, officials "
         "said.",
         [("Canada", "agree on", "softwood lumber tariffs", True, False),
          ("United States", "agree on", "softwood lumber tariffs", True, False)], []),
        ("The International Tin Council failed to agree on emergency export controls on "
         "Thursday.",
         [("International Tin Council", "agree on", "emergency export controls", True, False)],
         []),
    ],
    "refused to negotiate over": [
        ("Britain refused to negotiate over the sovereignty of the Falkland Islands, a Foreign "
         "Office spokesman said.",
         [("United Kingdom", "negotiate over", "sovereignty of Falkland Islands", True, False),
          ("United Kingdom", "refuse to negotiate over", "sovereignty of Falkland Islands",
           False, False)], []),
    ],
    "expected to agree on": [
        ("Japan and the United States are expected to agree on new semiconductor trade rules "
         "next week.",
         [("Japan", "agree on", "semiconductor trade rules", False, True)], []),
    ],
    "guard: a bare matter, a verb of no talks": [
        ("OPEC failed to agree on a price.", [], [(OPEC, "price")]),
        ("The Bundesbank failed to comment on the new report.", [],
         [("Bundesbank", "new report"), ("Bundesbank", "report")]),
    ],
    "guard: the plain clause as before": [
        ("OPEC agreed on a new pricing system.",
         [(OPEC, "agree on", "pricing system", False, False)], []),
    ],
}

UNIONS = {
    "the union, named by its members' trade": [
        ("About 2,000 members of the United Steelworkers of America struck Allegheny Ludlum "
         "plants on Monday. The union said it had rejected the company's final contract offer.",
         [("United Steelworkers of America", "reject", "Allegheny's final contract offer",
           False, False)], []),
        ("The International Association of Machinists called a strike at Lockheed on Tuesday. "
         "The union accused Lockheed of bargaining in bad faith.",
         [("International Association of Machinists", "accuse", "Lockheed", False, False)], []),
        ("The United Mineworkers of America called a strike at Peabody Coal on Tuesday. The "
         "union sued Peabody for back pay.",
         [("United Mineworkers of America", "sue", "Peabody", False, False)], []),
        ("The International Brotherhood of Teamsters called a strike at Yellow Freight on "
         "Tuesday. The union sued Yellow Freight over pension payments.",
         [("International Brotherhood of Teamsters", "sue", "Yellow Freight", False, False)],
         []),
    ],
    "guard: the company is not the union": [
        ("The International Association of Machinists struck Boeing on Friday. The company "
         "said it would keep its Seattle plants open.",
         [("Boeing", "keep", "Boeing's Seattle plants", False, True)],
         [("International Association of Machinists", "Boeing's Seattle plants"),
          ("International Association of Machinists",
           "International Association of Machinists's Seattle plants")]),
    ],
}


LED_GROUPS = {
    "a group whose leader is named": [
        ("Harbor Steel Corp said on Monday that its lenders, led by Mellon Bank, had agreed to "
         "waive covenant defaults until June.",
         [("Harbor Steel Corp's lenders", "agree to waive", "covenant defaults", False, False)],
         []),
        ("Midwest Utilities Inc said its creditors, led by Chase Manhattan Bank, had rejected a "
         "proposed debt restructuring plan.",
         [("Midwest Utilities Inc's creditors", "reject", "proposed debt restructuring plan",
           False, False)], []),
        ("Producing countries led by Colombia rejected the consumers' proposal for a new quota "
         "system, delegates said.",
         [("producing countries led by Colombia", "reject", "consumers' proposal", False,
           False)], []),
    ],
    "guard: no leader named": [
        ("Harbor Steel Corp said on Monday that its lenders had refused to extend the loans.",
         [], [("Harbor Steel Corp's lenders", "loans")]),
        ("Lenders refused to extend the loans, a banker said.", [], [("lenders", "loans")]),
        ("Passengers led by a flight attendant left the burning plane.", [],
         [("passengers", "burning plane"), ("passengers led by flight attendant",
                                            "burning plane")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(MATTERS, UNIONS, LED_GROUPS))
def test_wire_main_triples(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
