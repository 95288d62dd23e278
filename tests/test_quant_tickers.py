"""One-letter stock tickers of 1987 Reuters copy are tickers too.

The 1987 wire marks a company's ticker in angle brackets after its name, and the oldest
New York listings have one letter: USX <X>, Ford <F>, AT&T <T>, Chrysler <C>, Sears <S>.
The mask of :func:`extract.news.scan` took two letters at least, so "USX Corp <X> sued
Carl Icahn" made "USX Corp <X" the subject. A capital, digit or period inside the
brackets is still required ("<a>" is no ticker).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.news import scan

from tests.constructions import cases, check_construction


def _tickers(text: str) -> list[str]:
    return [text[start:end] for start, end, kind in scan(text).spans if kind == "ticker"]


@pytest.mark.parametrize(("text", "tickers"), [
    ("USX Corp <X> sued Carl Icahn.", ["<X>"]),
    ("Ford Motor Co <F> and Chrysler Corp <C> raised prices.", ["<F>", "<C>"]),
    ("Sears, Roebuck and Co &lt;S> cut its dividend.", ["&lt;S>"]),
    ("American Motors Corp <AMO> rose.", ["<AMO>"]),
    # guards: lower case or an empty pair is no ticker
    ("The tag <a> is HTML.", []),
    ("Prices <> costs.", []),
])
def test_one_letter_tickers_are_masked(text, tickers):
    assert _tickers(text) == tickers
    assert len(scan(text).masked) == len(text)


TICKERS = {
    "a one-letter ticker is no part of the name": [
        ("USX Corp <X> sued Carl Icahn over his 7.1 billion dlr bid.",
         [("USX Corp", "sue", "Carl Icahn", False, False)], [("USX Corp <X", "Carl Icahn")]),
        ("Ford Motor Co <F> bought Jaguar Plc for 2.5 billion dlrs.",
         [("Ford Motor Co", "buy", "Jaguar Plc", False, False)], []),
        ("Chrysler Corp <C> acquired American Motors Corp <AMO> from Renault.",
         [("Chrysler Corp", "acquire", "American Motors Corp", False, False)],
         [("Chrysler Corp <C", "American Motors Corp")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(TICKERS))
def test_tickers_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
