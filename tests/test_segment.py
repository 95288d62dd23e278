"""Line-delimited headlines are sentences of their own."""

from __future__ import annotations

import pytest
import spacy
from actorgraph.extract.segment import COMPONENT


@pytest.fixture(scope="module")
def splitter():
    nlp = spacy.blank("en")
    nlp.add_pipe(COMPONENT)
    return nlp


def starts(nlp, text):
    return [t.text for t in nlp(text) if t.is_sent_start and not t.is_space]


def test_headline_and_subtitle_without_period_start_new_sentences(splitter):
    text = ("Blinken presses for ceasefire\nQatar warns of escalation\n\n"
            "US Secretary of State Antony Blinken urged restraint.")
    assert starts(splitter, text) == ["Blinken", "Qatar", "US"]


def test_soft_wrapped_prose_is_not_split(splitter):
    text = "Israel has not commented on\nthe death of Haniyeh."
    assert starts(splitter, text) == ["Israel"]


def test_line_ending_a_sentence_breaks_before_the_next(splitter):
    text = "Israel struck.\nthe group responded."
    assert starts(splitter, text) == ["Israel", "the"]


@pytest.mark.model
def test_real_parser_keeps_headline_apart(nlp):
    text = ("Blinken presses for Gaza ceasefire as region braces for Iranian retaliation\n"
            "Qatar warns that the killing of Hamas's top negotiator threatens the talks\n\n"
            "US Secretary of State Antony Blinken urged Israel and Hamas to agree.")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents == [
        "Blinken presses for Gaza ceasefire as region braces for Iranian retaliation",
        "Qatar warns that the killing of Hamas's top negotiator threatens the talks",
        "US Secretary of State Antony Blinken urged Israel and Hamas to agree.",
    ]
