"""Triples the blind audit judged wrong or partly right, by general cause, through the
real model (strict precision of issue 12).

The sentences were written for these tests (none is from an evaluation set). Each
row: a sentence, the triples it must give as (subject label, relation label, object
label), and the triples it must not give: (subject label, relation label, object label),
or (subject label, object label) for no triple at all between the two.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import Extractor

from tests.constructions import cases, check_labels

pytestmark = pytest.mark.model

CONSTRUCTIONS = {
    "a 'with' phrase set off by a comma is a circumstance, not a partner": [
        ("The Senate confirmed Janet Yellen as treasury secretary on Monday, ending weeks "
         "of delay, with 84 of the 100 senators voting in her favour.",
         [("Senate", "confirm", "Janet Yellen")],
         [("Senate", "senators")]),
        ("The parliament of Kosovo elected Vjosa Osmani as president, with 71 of the 120 "
         "deputies backing her.",
         [("Kosovo", "elect as president", "Vjosa Osmani")],
         [("Kosovo", "deputies")]),
        ("The UN General Assembly adopted the resolution on Thursday, with 141 of the 193 "
         "members backing it.",
         [],
         [("UN General Assembly", "members")]),
        ("Portugal's parliament approved the euthanasia law, with 128 of the 230 deputies "
         "supporting it.",
         [],
         [("Portugal", "deputies")]),
    ],
    "a 'with' phrase right after its verb or object is still a partner": [
        ("Greece signed a maritime agreement with Egypt on Thursday.",
         [("Greece", "sign agreement", "Egypt")], []),
        ("Macron met with Olaf Scholz in Berlin to discuss energy prices.",
         [("Macron", "meet with", "Olaf Scholz")], []),
        ("Ankara cooperated with Moscow on the grain corridor, officials said.",
         [("Ankara", "cooperate with", "Moscow")], []),
    ],
    "the object of a verb of saying is the subject of what is said": [
        ("Several newspapers reported Kim Jong Un to be in a critical condition after "
         "surgery.",
         [],
         [("newspapers", "Kim Jong Un")]),
        ("Demonstrators have claimed Iran, especially, amongst other neighbours, is unduly "
         "influencing their parliament.",
         [],
         [("demonstrators", "Iran"), ("Demonstrators", "Iran")]),
        ("Opposition lawmakers claimed Russia, among other powers, is secretly funding "
         "the ruling party.",
         [],
         [("Opposition lawmakers", "Russia"), ("opposition lawmakers", "Russia")]),
    ],
    "a verb of naming carries the predicate of an infinitive on its object": [
        ("The WHO declared the outbreak of mpox — a viral disease first found in monkeys — "
         "to be a global health emergency.",
         [("WHO", "declare global health emergency", "outbreak of mpox")],
         [("WHO", "declare", "outbreak of mpox"),
          ("WHO", "declare viral disease", "outbreak of mpox")]),
        ("The European Commission declared the sale of Ilva — the largest steel plant in "
         "Europe — to be illegal.",
         [("European Commission", "declare illegal", "sale of Ilva")],
         [("European Commission", "declare", "sale of Ilva")]),
        ("The African Union declared the takeover in Gabon — the latest coup in the region — "
         "to be unconstitutional.",
         [("African Union", "declare unconstitutional", "takeover")],
         [("African Union", "declare", "takeover")]),
        ("The Supreme Court of Kenya declared the election of Uhuru Kenyatta to be void.",
         [("Supreme Court of Kenya", "declare void", "election of Uhuru Kenyatta")],
         [("Supreme Court of Kenya", "declare", "election of Uhuru Kenyatta")]),
    ],
    "a word hyphened to another stays in a concept's label": [
        ("Omarosa Manigault Newman published a tell-all memoir about her time at the "
         "White House.",
         [("Manigault Newman", "publish", "tell-all memoir")], []),
        ("The Vatican published an English-only edition of the document.",
         [("Vatican", "publish", "English-only edition of document")], []),
        ("Apple launched a members-only service in Japan.",
         [("Apple", "launch", "members-only service")], []),
        ("Saudi Arabia opened a women-only office for visa applications in Riyadh.",
         [("Saudi Arabia", "open", "women-only office")], []),
    ],
    "a share of a named actor is held, bought or sold, not the actor": [
        ("Berkshire Hathaway holds 9 pct of Occidental Petroleum.",
         [("Berkshire Hathaway", "hold share of", "Occidental Petroleum")],
         [("Berkshire Hathaway", "hold", "Occidental Petroleum")]),
        ("Norway's wealth fund owns 3 pct of Nestle.",
         [("Norway's wealth fund", "own share of", "Nestle")],
         [("Norway's wealth fund", "own", "Nestle")]),
        ("Mubadala acquired 20 pct of Cepsa in 2011.",
         [("Mubadala", "acquire share of", "Cepsa")],
         [("Mubadala", "acquire", "Cepsa")]),
    ],
    "whom a verb of appeal asks through a preposition does its infinitive": [
        ("The Arab League appealed to Israel to halt its strikes on Gaza.",
         [("Israel", "halt strike", "Gaza")],
         [("Arab League", "appeal to halt strike", "Gaza"), ("Arab League", "strikes")]),
        ("Macron called on Putin on Tuesday to withdraw his troops from Ukraine.",
         # the relation says what Putin is asked to do (see test_participle_precision_part2)
         [("Macron", "call on to withdraw troops", "Putin"),
          ("Putin", "withdraw troop from", "Ukraine")],
         [("Macron", "troops"), ("Macron", "Ukraine")]),
        ("Pope Francis called on Russia to return the deported Ukrainian children.",
         [("Russia", "return", "deported Ukrainian children")],
         [("Francis", "deported Ukrainian children")]),
    ],
    "a country that owns rebels or militants is where they are, not whom they act for": [
        ("Myanmar's rebels seized a border post near Lashio on Sunday.", [],
         [("Myanmar", "border post")]),
        ("Syria's rebels shelled government positions in Aleppo.", [],
         [("Syria", "government positions")]),
        ("India's Maoist rebels ambushed a police convoy.", [],
         [("India", "police convoy")]),
        ("Hamas militants fired rockets at Ashkelon.",
         [("Hamas", "fire", "rockets")], []),
        ("Mali's Tuareg rebels captured the town of Kidal.",
         [("Tuareg", "capture", "Kidal")], [("Mali", "Kidal")]),
    ],
    "a headline's lodged noun parsed as a bare infinitive is the lodged thing": [
        ("Vietnam lodges protest with Beijing over fishing boat sinking",
         [("Vietnam", "lodge protest with", "Beijing")],
         [("Vietnam", "lodge to protest with", "Beijing")]),
        ("Poland lodges protest with Belarus over border incident",
         [("Poland", "lodge protest with", "Belarus")],
         [("Poland", "lodge to protest with", "Belarus")]),
        ("India lodges protest with Nepal over new map",
         [("India", "lodge protest with", "Nepal")],
         [("India", "lodge to protest with", "Nepal")]),
    ],
    "an -ing adjunct after a relative clause of a thing goes with the main clause": [
        ("Israeli jets bombed a building which housed Hamas offices, killing four militants.",
         [("Israel", "kill", "militants")], [("building", "militants")]),
        ("Russian missiles hit a shopping centre that was crowded with families, killing 20 "
         "people.",
         [("Russia", "kill", "people")], [("shopping centre", "people")]),
        ("Engineers are studying the Boeing 737 MAX that crashed in Ethiopia, sending "
         "findings to regulators.",
         [], [("MAX", "findings"), ("MAX", "regulators")]),
        ("Police arrested the gunman who attacked the mosque, killing 51 worshippers.",
         [], [("Police", "worshippers"), ("police", "worshippers")]),
    ],
    "an -ing adjunct after 'reported X to be ...' is the reporter's": [
        ("Al Jazeera reported Ismail Haniyeh to be safe, quoting Hamas officials.",
         [("Al Jazeera", "quote", "Hamas")], [("Ismail Haniyeh", "Hamas")]),
        ("CNN reported Ayman al-Zawahiri to be dead, quoting US officials.",
         [("CNN", "quote", "United States")], [("Ayman al Zawahiri", "United States")]),
        ("Several outlets reported Abu Bakr al-Baghdadi to be dead, citing Iraqi "
         "intelligence.",
         [], [("Abu Bakr al-Baghdadi", "Iraq")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor: Extractor, sentence: str, present, absent) -> None:
    check_labels(extractor, sentence, present, absent)
