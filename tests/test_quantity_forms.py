"""Amounts in every form are quantities, never participants (extract/hygiene.py).

The forms are generated: numbers in figures, with a scale written out or
abbreviated, with a currency before (symbol, ISO code, "Rs") or after, or a
percentage; and the amount words that stand for people or things ("Millions
watched", "Dozens were hurt", "a third", "hundreds of millions"), in lower case
and opening a sentence. Every sentence here is written for these tests.
"""

from __future__ import annotations

import itertools
import re

import pytest
from actorgraph.extract.hygiene import is_quantity
from actorgraph.extract.pipeline import Extractor

from actorgraph.records import Article

NUMBERS = ["1.2", "500", "3", "40", "1,200", "3.5"]
SCALES = ["", "m", "bn", " bln", " mln", " billion", " million", " crore", " trillion"]
#: (before, after) the number: currencies as symbols, codes, abbreviations or words
CURRENCIES = [("", ""), ("$", ""), ("\u00a3", ""), ("\u20ac", ""), ("EUR ", ""), ("USD ", ""),
              ("Rs ", ""), ("US$ ", ""), ("", " euros"), ("", " dollars"), ("", " yuan"),
              ("", " rupees")]
PERCENT = ["3.5 pct", "12 percent", "12 per cent", "7.5%", "40 percentage points"]
AMOUNT_WORDS = ["half", "a third", "two-thirds", "dozens", "hundreds", "thousands", "millions",
                "hundreds of millions", "tens of thousands", "a handful", "about half", "seven"]


def amounts() -> list[str]:
    figures = [f"{before}{number}{scale}{after}"
               for number, scale, (before, after) in itertools.product(NUMBERS, SCALES, CURRENCIES)]
    words = AMOUNT_WORDS + [w[0].upper() + w[1:] for w in AMOUNT_WORDS]
    return figures + PERCENT + words


def test_every_amount_form_is_a_quantity():
    missed = [amount for amount in amounts() if not is_quantity(amount)]
    assert not missed, missed


@pytest.mark.parametrize("name", [
    "Total", "Rand Corp", "7-Eleven", "Third Point", "Half Moon Bay", "Eleven Madison Park",
    "The Third Man", "Millions of Americans", "a third of the voters", "Sterling Bank",
    "Seven Network", "Hundreds of protesters",
])
def test_names_and_people_are_no_quantities(name):
    assert not is_quantity(name)


#: Sentences where an amount stands where a participant would (subject or object), and
#: the amount.
SENTENCES = [
    ("Millions watched the debate.", "Millions"),
    ("Dozens attacked the police station in the northern town.", "Dozens"),
    ("Hundreds of millions flowed into the ruling party's accounts, prosecutors said.",
     "Hundreds of millions"),
    ("Half supported the strike, the union said.", "Half"),
    ("A third opposed the merger, according to the survey.", "A third"),
    ("Tens of thousands joined the protest against the pension reform.", "Tens of thousands"),
    ("Two-thirds backed the ceasefire plan in the poll.", "Two-thirds"),
    ("Thousands greeted the pope in Manila.", "Thousands"),
    ("Seven attacked the convoy near the border, officials said.", "Seven"),
    ("Siemens paid EUR 1.2 bln for the US software firm.", "EUR 1.2 bln"),
    ("Investors bought EUR 1.2 bln of the bonds.", "EUR 1.2 bln"),
    ("Japan's central bank bought JPY 5 trillion of government bonds.", "JPY 5 trillion"),
    ("The Indian government paid Rs 500 crore to the contractor.", "Rs 500 crore"),
    ("Vodafone spent \u00a340bn on the acquisition of Mannesmann.", "\u00a340bn"),
    ("The startup raised $3m from Sequoia Capital.", "$3m"),
    ("The European Union pledged 1.2 billion euros to Ukraine.", "1.2 billion euros"),
    ("Shares of Tesla lost 3.5 pct, while Ford shed 12 percent.", "3.5 pct 12 percent"),
]
#: Words of an amount that may be part of a participant's name ("a", "of").
_SMALL = frozenset({"a", "of", "about"})


@pytest.fixture(scope="module")
def quantity_results(nlp):
    articles = [Article(f"q{n}", text) for n, (text, _) in enumerate(SENTENCES)]
    return list(zip(SENTENCES, Extractor(nlp=nlp).extract(articles), strict=True))


def test_no_amount_is_a_participant(quantity_results):
    for (text, amount), result in quantity_results:
        words = set(re.split(r"[\s\-]+", amount.casefold())) - _SMALL
        for t in result.triples:
            for side in (t.subject, t.object):
                found = set(re.split(r"[\s\-]+", f"{side.text} {side.label}".casefold()))
                assert not words & found, (text, t.subject.label, t.relation.lemma,
                                           t.object.label)
                assert not is_quantity(side.text) and not is_quantity(side.label)
