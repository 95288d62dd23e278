"""Sides that lost or misstated their amount, or their counterpart, in 1987-style wire copy.

* a counted part ("12.5 pct of the vote", "31 of the 400 seats", "two of its designs")
  stands for what it is part of, its text keeps the part ("31 of the 400 seats", never
  "400 seats") and the relation's quantity is the part's;
* a measure with its amount in an "of" phrase ("1988 profits of 3.20 to 3.40 dlrs a
  share", "a parliamentary majority of about 60 seats") stays the side, its text runs to
  the amount's end and the amount is the quantity (a majority of 60 seats is no 60 seats);
* a calendar day the NER typed as a law, product or organisation is a date, never a side;
* a phrase after the last of two coordinated nouns labels that noun ("the governor and
  members of his staff" -> "members of staff");
* talks about a deal with X are talks with X ("ended talks on a merger with X");
* a bare "others" is no participant ("wounded 14 others": others of whom?);
* a count that coordinated names share is their total, given to none of them ("forced
  Lufthansa and Swissair to cancel 150 flights").
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import extract_doc

from actorgraph.records import Article
from tests.docs import parse


def _sides(extractor, sentence: str) -> set[tuple]:
    (result,) = extractor.extract([Article("t", sentence)])
    return {(t.subject.label, t.relation.label, t.object.label, t.object.text, t.quantity)
            for t in result.triples}


def _labels(extractor, sentence: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, o, _, _ in _sides(extractor, sentence)}


# -- counted parts and measured amounts ----------------------------------------------------

AMOUNTS = [
    ("The Greens took 12.5 pct of the vote and 31 of the 400 seats.", [
        ("Greens", "take share of", "vote", "12.5 pct of the vote", "12.5 pct"),
        ("Greens", "take", "seats", "31 of the 400 seats", "31")]),
    ("Under the plan, Nippon Steel will hold 35 pct of the new company.", [
        ("Nippon Steel", "hold share of", "company", "35 pct of the new company", "35 pct")]),
    ("Acme said Beta Corp had copied two of its designs.", [
        ("Beta Corp", "copy", "designs", "two of its designs", "two")]),
    ("The Liberal Party won 210 of the 315 seats in the senate.", [
        ("Liberal Party", "win", "seats", "210 of the 315 seats", "210")]),
    ("Hanson Trust expects 1988 profits of 3.20 to 3.40 dlrs a share.", [
        ("Hanson Trust", "expect", "profits", "1988 profits of 3.20 to 3.40 dlrs a share",
         "3.20 to 3.40 dlrs a share")]),
    ("The Labour Party won a comfortable majority of about 60 seats.", [
        ("Labour Party", "win", "comfortable majority",
         "comfortable majority of about 60 seats", "about 60 seats")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "wanted"), AMOUNTS, ids=[s[:40] for s, _ in AMOUNTS])
def test_a_part_or_measure_keeps_its_amount(extractor, sentence, wanted):
    found = _sides(extractor, sentence)
    for side in wanted:
        assert side in found, sorted(found)
    # the whole's number is never the side's ("400 seats", "60 seats")
    assert not any(text.split()[0].isdigit() and " of " not in text
                   for _, _, _, text, _ in found if text[:1].isdigit()), sorted(found)


# -- a calendar day typed as a name ------------------------------------------------------

@pytest.mark.parametrize(("text", "rows", "ents", "day"), [
    ("The Acme loan expired Feb 15", """
        2 det DET the DT
        2 compound PROPN Acme NNP
        3 nsubj NOUN loan NN
        3 ROOT VERB expire VBD
        3 dobj PROPN Feb NNP
        4 nummod NUM 15 CD
    """, {"Acme": "ORG", "Feb 15": "LAW"}, "Feb 15"),
    ("Beta Corp postponed the vote to March 3", """
        1 compound PROPN Beta NNP
        2 nsubj PROPN Corp NNP
        2 ROOT VERB postpone VBD
        4 det DET the DT
        2 dobj NOUN vote NN
        2 prep ADP to IN
        5 pobj PROPN March NNP
        6 nummod NUM 3 CD
    """, {"Beta Corp": "ORG", "March 3": "ORG"}, "March 3"),
    ("The Fijian strike ended Oct. 1", """
        2 det DET the DT
        2 amod ADJ Fijian JJ
        3 nsubj NOUN strike NN
        3 ROOT VERB end VBD
        3 dobj PROPN Oct. NNP
        4 nummod NUM 1 CD
    """, {"Fijian": "NORP", "Oct. 1": "PRODUCT"}, "Oct. 1"),
])
def test_a_calendar_day_typed_as_a_name_is_no_side(text, rows, ents, day):
    doc = parse(text, rows, ents=ents)
    result = extract_doc(doc, Article("t", doc.text))
    assert not any(day in (t.subject.text, t.object.text) for t in result.triples), [
        (t.subject.label, t.relation.label, t.object.label) for t in result.triples]
    assert [e.label_ for e in doc.ents if e.text == day] == ["DATE"]


# -- counterparts -------------------------------------------------------------------------

COUNTERPARTS = [
    ("Police arrested the governor and members of his staff.",
     [("police", "arrest", "members of staff")], [("police", "arrest", "members")]),
    ("Customs officials searched the captain and crew of the tanker.",
     [("Customs", "search", "crew of tanker")], [("Customs", "search", "crew")]),
    ("Acme ended talks on a proposed merger with Beta Corp.",
     [("Acme", "end talk with", "Beta Corp")], [("Acme", "end", "talks")]),
    ("Greece broke off negotiations over a defence pact with Turkey.",
     [("Greece", "break off negotiation with", "Turkey")], []),
    ("Rebels killed two soldiers and wounded 14 others near the border.",
     [("rebels", "kill", "soldiers")], [("rebels", "wound", "others")]),
    ("The Tamil rebels shot a policeman and injured three others in Jaffna.",
     [], [("Tamil rebels", "injure", "others"), ("rebels", "injure", "others")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), COUNTERPARTS,
                         ids=[s[:40] for s, _, _ in COUNTERPARTS])
def test_a_side_keeps_its_counterpart(extractor, sentence, wanted, unwanted):
    found = _labels(extractor, sentence)
    for triple in wanted:
        assert triple in found, sorted(found)
    for triple in unwanted:
        assert triple not in found, sorted(found)


# -- a count shared by coordinated names --------------------------------------------------

TOTALS = [
    ("Heavy fog forced Lufthansa and Swissair to cancel 150 flights.",
     [("Heavy fog", "force to cancel flights", "Lufthansa", "Lufthansa", None),
      ("Lufthansa", "cancel", "flights", "flights", None),
      ("Swissair", "cancel", "flights", "flights", None)]),
    ("Hamas and Islamic Jihad fired more than 200 rockets at Israel.",
     [("Hamas", "fire", "rockets", "rockets", None),
      ("Islamic Jihad", "fire", "rockets", "rockets", None)]),
    # one name with "and" keeps its own count
    ("Ford and General Motors laid off 12,000 workers.",
     [("Ford and General Motors", "lay off", "workers", "12,000 workers", "12,000")]),
    ("Ford laid off 12,000 workers.",
     [("Ford", "lay off", "workers", "12,000 workers", "12,000")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "wanted"), TOTALS, ids=[s[:40] for s, _ in TOTALS])
def test_a_shared_count_is_no_ones(extractor, sentence, wanted):
    found = _sides(extractor, sentence)
    for side in wanted:
        assert side in found, sorted(found)
    assert not any("150" in r or "200" in r for _, r, _, _, _ in found), sorted(found)
