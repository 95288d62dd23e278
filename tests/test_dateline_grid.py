"""Datelines in every combination of the parts real agencies write (extract/news.py).

A dateline is a place (capitals or mixed case, one to three words), an optional
state or country, an optional date (English or the agency desk's language), an
optional agency credit and a separator. The tests below build the cross product
of these parts, put each dateline before first sentences written for these tests
(running on or on a line of its own, after a headline, a byline or a photo
caption), and check that the dateline is found and masked whole. The model tests
then check, on a deterministic sample of the grid, that no triple has a word of
the dateline city on any side and that the first sentence gives the same triples
as it does alone.
"""

from __future__ import annotations

import itertools
import random
import re

import pytest
from actorgraph.extract.news import scan
from actorgraph.extract.pipeline import Extractor

from actorgraph.records import Article

#: Places as agencies write them: capitals or mixed case, one to three words.
CITIES = ["PARIS", "Paris", "SAN JOSE", "San Jose", "RIO DE JANEIRO", "Rio de Janeiro",
          "ST. LOUIS", "NEW DELHI", "GAZA CITY", "Springfield", "MARSEILLE", "Strasbourg",
          "Brussels/Paris"]
#: What the place is called in the dateline's record (title case for capitals).
LABELS = {"PARIS": "Paris", "SAN JOSE": "San Jose", "RIO DE JANEIRO": "Rio de Janeiro",
          "ST. LOUIS": "St. Louis", "NEW DELHI": "New Delhi", "GAZA CITY": "Gaza City",
          "MARSEILLE": "Marseille"}
REGIONS = ["", ", France", ", FRANCE", ", Ill.", ", Calif.", ", Gaza Strip"]
DATES = ["", "Dec 1", "Dec. 1", "December 1", "1 December", "1 Dec", "Monday",
         "Dec 1, 2026", "December 1, 2026", "Monday, Dec. 1",
         # the desk's own language (AFP, EFE, dpa, Lusa, ANSA)
         "1er d\u00e9cembre", "4 juin", "12 dic", "3. M\u00e4rz", "12 de maio de 2026",
         "5 giugno",
         # in figures
         "01/12/2026", "2026-12-01"]
AGENCIES = ["", "(Reuters)", "(AP)", "(AFP)", "\u2014 AFP", "(dpa)", "(Xinhua)", "(UPI)",
            "(Bloomberg)", "/PRNewswire/", "(CNN)", "(RFI)", "(AFP/Reuters)", "(EFE)",
            # without brackets, and a press-release wire between dashes
            "Kyodo", "PTI", ", AAP", "--(BUSINESS WIRE)"]
SEPARATORS = ["-", "--", "\u2014", "\u2013", ":", ".-", "_", "."]
BODY = "French President Emmanuel Macron said on Monday that France would send more troops."


def dateline(city: str, region: str, date: str, agency: str, separator: str | None) -> str:
    """The dateline as written, with its separator (None: no separator, a line of its own)."""
    head = city + region + (", " + date if date else "")
    head += agency if agency.startswith(",") else (" " + agency if agency else "")
    if separator is None:
        return head
    return head + (f"{separator} " if separator in (".-", ".") else f" {separator} ")


def ambiguous(city: str, region: str, date: str, agency: str, separator: str) -> bool:
    """Forms that are no dateline by their form alone, and that agencies never write: a
    full stop after a bare place ("LONDON. The city was quiet."); a mixed-case name
    with only an underscore after it (or a region we do not know, "Gaza Strip"), or
    with an agency without brackets ("The AP - the agency - said")."""
    if separator == "." and not (date or agency):
        return True
    mixed = any(c.islower() for c in city)
    known_region = region not in ("", ", Gaza Strip")
    bare_agency = agency.lstrip(", ")[:1].isalpha()
    return mixed and not (date or known_region) and (
        bare_agency or (separator == "_" and not agency))


def city_words(city: str) -> set[str]:
    return {w.casefold().strip(".") for w in city.split()} - {"de", "st", "city"}


GRID = [(c, s) for c in CITIES for s in SEPARATORS]


@pytest.mark.parametrize(("city", "separator"), GRID, ids=[f"{c}|{s}" for c, s in GRID])
def test_every_dateline_form_is_found_and_masked(city, separator):
    failed = []
    for region, date, agency in itertools.product(REGIONS, DATES, AGENCIES):
        if ambiguous(city, region, date, agency, separator):
            continue
        line = dateline(city, region, date, agency, separator)
        text = line + BODY
        layout = scan(text)
        found = layout.dateline
        if (found is None or not found.place.startswith(LABELS.get(city, city))
                or layout.masked[:len(line)].strip() or not layout.masked.endswith(BODY)
                or (date and found.date is None) or (agency and found.agency is None)):
            failed.append((line, found))
    assert not failed, f"{len(failed)} failed, e.g. {failed[:5]}"


#: Lines that come before a dateline: a headline, a byline, a photo caption.
PREAMBLES = ["",
             "Macron to send more troops to the Sahel\n",
             "By Jane Doe\n",
             "By Jane Doe and Luc Martin, Agence France-Presse\n",
             "FILE PHOTO: French President Emmanuel Macron speaks in Paris. REUTERS/Jane Doe\n",
             "Macron to send troops\nBy Jane Doe\n\n",
             # a caption without a credit: it ends with the day the photo was taken
             "Macron to send troops\nFrench President Emmanuel Macron speaks in Paris, France, "
             "November 30, 2026.\n",
             "Police officers guard the Elysee Palace in Paris on 30 November 2026\n",
             "Macron to send troops\n(AP Photo/Luc Martin)\n"]
#: Datelines written on a line of their own need a date or an agency to be one.
OWN_LINE = [("PARIS", ", Dec 1", ""), ("Paris", ", France, Dec. 1", ""),
            ("RIO DE JANEIRO", "", " (Reuters)"), ("San Jose", ", Calif., Dec 1", " (AP)"),
            ("GAZA CITY", ", 4 juin", " (AFP)"), ("ST. LOUIS", ", Monday, Dec. 1", "")]


@pytest.mark.parametrize("preamble", PREAMBLES)
def test_a_dateline_after_headline_byline_or_caption_and_on_its_own_line(preamble):
    for city, rest, agency in OWN_LINE:
        for own_line in (True, False):
            line = city + rest + agency + ("\n" if own_line else " - ")
            text = preamble + line + BODY
            layout = scan(text)
            assert layout.dateline is not None, text
            assert layout.dateline.place.startswith(LABELS.get(city, city)), text
            start = len(preamble)
            assert not layout.masked[start:start + len(line)].strip(), text
            assert layout.masked.endswith(BODY)
            # nothing of the city is left to parse (the caption may name Paris itself)
            words = city_words(city) - {"paris"}
            assert not words & set(re.findall(r"\w+", layout.masked.casefold())), text


# -- through the model -------------------------------------------------------------------

#: First sentences written for these tests, by the country of their dateline, and the
#: triple each gives (words of the subject, lemma, words of the object); the subject is
#: a title and a name, an office, or a building that stands for it.
BODIES = {
    "France": [
        ("French President Emmanuel Macron criticised the European Commission on Monday.",
         ("Macron", "criticise", "European Commission")),
        ("President Macron's office said France would expel two Algerian diplomats.",
         ("France", "expel", "Algerian diplomats")),
        ("The Elysee said Macron would host Ukrainian President Volodymyr Zelenskiy on Tuesday.",
         ("Macron", "host", "Zelenskiy")),
        ("The French foreign ministry summoned the Iranian ambassador on Thursday.",
         ("France", "summon", "ambassador"))],
    "Brazil": [
        ("Brazilian police arrested a former governor in a corruption probe.",
         ("Brazil", "arrest", "governor")),
        ("Petrobras signed a gas supply deal with Shell on Monday.",
         ("Petrobras", "sign deal", "Shell"))],
    "United States": [
        ("Apple Inc sued a former engineer over trade secrets.", ("Apple", "sue", "engineer")),
        ("Boeing Co said it would cut 2,000 jobs at its defense unit.", ("Boeing", "cut", "jobs")),
        ("Illinois Governor JB Pritzker signed a budget bill on Friday.",
         ("Pritzker", "sign", "budget bill"))],
    "India": [
        ("Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida on "
         "Monday.", ("Modi", "meet", "Kishida"))],
    "Gaza": [
        ("Hamas released two Israeli hostages on Monday, the group said.",
         ("Hamas", "release", "hostages"))],
}
COUNTRY = {"PARIS": "France", "Paris": "France", "MARSEILLE": "France", "Strasbourg": "France",
           "RIO DE JANEIRO": "Brazil", "Rio de Janeiro": "Brazil", "SAN JOSE": "United States",
           "San Jose": "United States", "ST. LOUIS": "United States",
           "Springfield": "United States", "NEW DELHI": "India", "GAZA CITY": "Gaza",
           "Brussels/Paris": "France"}
#: How many grid articles go through the model (a fixed, seeded sample).
SAMPLE = 80


def sample() -> list[tuple[str, str, tuple[str, str, str]]]:
    """(city, article, the first sentence's triple) for a seeded sample of the whole grid."""
    rng = random.Random(20261201)
    rows = []
    while len(rows) < SAMPLE:
        city, region, date, agency, separator, preamble = (
            rng.choice(CITIES), rng.choice(REGIONS), rng.choice(DATES), rng.choice(AGENCIES),
            rng.choice(SEPARATORS), rng.choice(PREAMBLES))
        if ambiguous(city, region, date, agency, separator):
            continue
        body, triple = rng.choice(BODIES[COUNTRY[city]])
        rows.append((city, preamble + dateline(city, region, date, agency, separator) + body,
                     triple))
    return rows


@pytest.fixture(scope="module")
def grid_results(nlp):
    rows = sample()
    articles = [Article(f"d{n}", text) for n, (_, text, _) in enumerate(rows)]
    results = Extractor(nlp=nlp).extract(articles, on_error=lambda error: None)
    return [(city, result, triple) for (city, _, triple), result in zip(rows, results,
                                                                        strict=True)]


def _sides(triple):
    return [s for s in (triple.subject, triple.object, triple.attributed_to, triple.place) if s]


def test_no_dateline_city_is_ever_a_participant(grid_results):
    for city, result, _ in grid_results:
        assert result.article.dateline is not None, result.article.text
        words = city_words(city)
        for t in result.triples:
            for side in _sides(t):
                found = set(re.findall(r"\w+", f"{side.label} {side.text}".casefold()))
                assert not words & found, (result.article.text, t)


def test_the_first_sentence_still_gives_its_triple(grid_results):
    def words(label):
        return set(re.findall(r"\w+", label.casefold()))

    missed = []
    for _, result, (subject, lemma, obj) in grid_results:
        if not any(words(subject) <= words(t.subject.label) and t.relation.lemma == lemma
                   and words(obj) <= words(t.object.label) for t in result.triples):
            missed.append((result.article.text, [(t.subject.label, t.relation.lemma,
                                                  t.object.label) for t in result.triples]))
    assert not missed, missed


#: "It", "the city" and "the capital" after datelines of the newer forms: the dateline
#: city is never their antecedent, nor the place of a relation (text, city).
ANAPHORA = [
    ("PARIS, 4 juin (AFP) - It will expel two Russian diplomats, the foreign ministry said.",
     "Paris"),
    ("TOKYO, March 3 Kyodo - The capital's governor said the city would ban the rally. It "
     "also fined the organisers.", "Tokyo"),
    ("MINSK, March 9. /TASS/. The city's authorities arrested 12 opposition activists in the "
     "capital.", "Minsk"),
    ("(ANSA) - MILAN, June 4 - The city's mayor sued the regional government. It said the "
     "region owed the city money.", "Milan"),
    ("Doha: Qatar's foreign ministry condemned the strike. It urged Israel to halt the "
     "attacks on the city.", "Doha"),
    ("MADRID, 12 dic (EFE).- Spanish police arrested a Moroccan man in the capital on Monday.",
     "Madrid"),
]


def test_a_dateline_city_is_no_antecedent_and_no_place(nlp):
    articles = [Article(f"a{n}", text) for n, (text, _) in enumerate(ANAPHORA)]
    results = Extractor(nlp=nlp).extract(articles, on_error=lambda error: None)
    for (text, city), result in zip(ANAPHORA, results, strict=True):
        assert result.article.dateline is not None, text
        assert result.article.dateline.place == city
        for t in result.triples:
            for side in _sides(t):
                assert city.casefold() not in f"{side.label} {side.text}".casefold(), (text, t)
        assert all(city.casefold() not in m.label.casefold() for m in result.mentions), text
