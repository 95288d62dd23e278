"""Paraphrase forms that still failed (session 47).

* the "that" clause of a reporting verb that the parser hung on the noun of the medium it
  is said in ("said in a report that ...") is what the verb says, not a report's
  unattributed content: "Human Rights Watch said in a report that Ethiopian troops
  executed civilians" is Human Rights Watch's statement, not hedged, as "according to
  Human Rights Watch's report" is (:func:`~extract.context._medium_complement`); a
  medium that makes it an allegation still does ("alleged in its lawsuit that ...",
  :func:`~extract.context._in_allegation`), and so do unnamed speakers ("sources said in a
  report that ...") and a bare "according to reports";
* a speaker a name qualifies is named, so the report it speaks in is its own: "..., a
  United Nations group of experts said in a report" (as "Amnesty International said in a
  report") states what it says.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

SAID_IN_A_REPORT = {
    "a named speaker's report, the clause hung on the medium": [
        ("Human Rights Watch said in a report that Ethiopian troops executed dozens of "
         "civilians in Tigray.",
         [("Ethiopia", "execute", "civilians", False, False)], []),
        ("Amnesty International said in a report that Saudi border guards killed hundreds "
         "of migrants.",
         [("Saudi border guards", "kill", "migrants", False, False)], []),
        ("Transparency International said in a report on Tuesday that the Hungarian "
         "government steered contracts to Orban allies.",
         [("Hungary", "steer", "contracts", False, False)], []),
    ],
    "a speaker a name qualifies": [
        ("Rwanda supplied the M23 rebels with rockets, a United Nations group of experts "
         "said in a report.",
         [("Rwanda", "supply", "M23", False, False)], []),
        ("Eritrean troops looted the town of Adwa, a European Union panel said in a report "
         "on Friday.",
         [("Eritrea", "loot", "Adwa", False, False)], []),
        ("The Pentagon's inspector general said in a report that Boeing overbilled the "
         "Air Force.",
         [("Boeing", "overbill", "Air Force", False, False)], []),
    ],
    "guard: an allegation or an unnamed source stays hedged": [
        ("Sources said in a report that Wagner fighters looted the gold mine.",
         [("Wagner", "loot", "gold mine", False, True)], []),
        ("Meridian Foods alleged in its lawsuit that Harcourt Logistics breached the supply "
         "contract.",
         [("Harcourt Logistics", "breach", "supply contract", False, True)], []),
        ("According to reports, Eritrean troops looted the town of Adwa.",
         [("Eritrea", "loot", "Adwa", False, True)], []),
        ("Officials said in a report that Eritrean troops looted the town of Adwa.",
         [("Eritrea", "loot", "Adwa", False, True)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SAID_IN_A_REPORT))
def test_said_in_a_report(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


SWALLOWED_BY_A_PARTICIPLE = {
    "the verb joined to a set-off participle": [
        ("The FTC's charges against Meta, filed in federal court in Washington on Tuesday, "
         "seek the breakup of the company.",
         [("Federal Trade Commission", "charge", "Meta", False, False)], []),
        ("The CFTC's charges against Binance, filed in Chicago on Monday, seek a trading ban.",
         [("CFTC", "charge", "Binance", False, False)], []),
        ("The regulator's charges against Citadel, filed in Chicago on Monday, seek a ban on "
         "trading.",
         [("regulator", "charge", "Citadel", False, False)], []),
    ],
    "guard: the sentence's own verb, or a list of participles": [
        ("Israel's strikes on Rafah, launched before dawn on Sunday, killed at least 20 people.",
         [("Israel", "strike", "Rafah", False, False)], []),
        ("The SEC's charges against Kraken, filed on Monday and dropped on Tuesday, surprised "
         "analysts.",
         [("SEC", "charge", "Kraken", False, False)], []),
        ("Russia's attack on Odesa, condemned by Kyiv, damaged the port.",
         [("Russia", "attack", "Odesa", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SWALLOWED_BY_A_PARTICIPLE))
def test_verb_swallowed_by_a_participle(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


BODY_AS_PARTICIPLE_AGENT = {
    "a body of a kind as the agent": [
        ("Imran Khan, disqualified by the election commission in October, appealed to the "
         "Supreme Court.",
         [("election commission", "disqualify", "Imran Khan", False, False)], []),
        ("Gazprom, sanctioned by the central bank, halted payments.",
         [("central bank", "sanction", "Gazprom", False, False)], []),
        ("Credit Suisse, rescued by the central bank in March, was sold to UBS.",
         [("central bank", "rescue", "Credit Suisse", False, False)], []),
    ],
    "guard: a thing or a trend is no agent": [
        ("General Motors, hit by falling car sales, said it would close four plants.",
         [], [("car sales", "General Motors"), ("sales", "General Motors")]),
        ("Exporters, hurt by the strong yen, cut prices.",
         [], [("yen", "Exporters"), ("strong yen", "Exporters")]),
        ("Toyota, boosted by higher prices, raised its forecast.",
         [], [("higher prices", "Toyota"), ("prices", "Toyota")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(BODY_AS_PARTICIPLE_AGENT))
def test_body_as_participle_agent(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


WEIGHED_INTENTION = {
    "an intention weighed by its holder": [
        ("Heineken is considering a bid to acquire Carlsberg, people familiar with the "
         "matter said.",
         [("Heineken", "bid to acquire", "Carlsberg", False, True)], []),
        ("The Dutch cabinet is weighing a plan to expel two Russian diplomats.",
         [("Netherlands", "plan to expel", "Russian diplomats", False, True)], []),
        ("Unilever is exploring an offer to buy the Indian tea business of Tata.",
         [("Unilever", "offer to buy", "Indian tea business of Tata", False, True)], []),
        ("Pfizer is not considering a bid to acquire Moderna.",
         [("Pfizer", "bid to acquire", "Moderna", True, False)], []),
    ],
    "guard: another's intention": [
        ("Antofagasta's board is considering a bid from Glencore to acquire the miner.",
         [], [("Antofagasta", "miner")]),
        ("Analysts weighed the offer to buy Antofagasta.",
         [], [("analysts", "Antofagasta")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(WEIGHED_INTENTION))
def test_weighed_intention(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
