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
        ("Texas Governor Greg Abbott declared a disaster in 20 counties, with Louisiana "
         "Governor John Bel Edwards following suit on Friday.",
         [("Greg Abbott", "declare", "disaster")],
         [("Greg Abbott", "John Bel Edwards")]),
        ("The Security Council extended the UN mission in Mali for a year, with Russia "
         "and China abstaining.",
         [],
         [("Security Council", "Russia"), ("Security Council", "China")]),
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
        ("Local media reported Ayman al-Zawahiri to be seriously ill, citing "
         "intelligence sources.",
         [],
         [("media", "Ayman al-Zawahiri")]),
        ("The governor announced schools across the state would be closed until March.",
         [],
         [("governor", "schools")]),
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
        ("The Supreme Court of Kenya declared the election of Uhuru Kenyatta to be void.",
         [("Supreme Court of Kenya", "declare void", "election of Uhuru Kenyatta")],
         [("Supreme Court of Kenya", "declare", "election of Uhuru Kenyatta")]),
    ],
    "a word hyphened to another stays in a concept's label": [
        ("Omarosa Manigault Newman published a tell-all memoir about her time at the "
         "White House.",
         [("Manigault Newman", "publish", "tell-all memoir")], []),
        ("Saudi Arabia hosted a women-only marathon in Riyadh on Friday.",
         [("Saudi Arabia", "host", "women-only marathon")], []),
        ("Germany delivered a long-awaited batch of Leopard tanks on Monday.",
         [("Germany", "deliver", "long-awaited batch of Leopard tanks")], []),
    ],
}


@pytest.fixture(scope="module")
def extractor(nlp) -> Extractor:
    return Extractor(nlp=nlp)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor: Extractor, sentence: str, present, absent) -> None:
    check_labels(extractor, sentence, present, absent)
