"""A counted holding named by its company ("480,000 Caldera shares") is an amount of that
company's stock, never a side.

* as the object of a verb (active or passive) the relation takes the company through the
  holding ("owns 480,000 Caldera shares", "bought 1.2 mln shares of Caldera common stock",
  "sold 1.2 mln shares of Allegis": "own share of" Caldera), as "holds 9.9 pct of
  Westbury" already does (no "buy | shares of TWA" beside "buy share of | TWA");
* counted shares with nothing but words that leave a holding bare ("issue 4.5 mln common
  shares") are an amount;
* anywhere else (the price of a sale, "for 1.5 mln Wexford common shares"; a subject) the
  side is left out, the amount an attribute of the act.

A currency of several words after a number is an amount as well ("fines totalling 14 mln
European currency units", "lent Zambia 200 mln special drawing rights"; news.tsv kind
``unit-phrase``).

A holding without a count ("bought TWA shares") or without a name ("bought 500,000
shares") and counted things that are no holding ("bought 300 Ford trucks") stay as they
were.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import stock_company
from actorgraph.extract.pipeline import extract_doc

from actorgraph.records import Article
from tests.constructions import cases, check_labels
from tests.docs import parse


def triples(doc) -> set[tuple[str, str, str]]:
    result = extract_doc(doc, Article("t", doc.text))
    return {(t.subject.label, t.relation.label, t.object.label) for t in result.triples}


_HOLDS = """
    1 nsubj PROPN Norcross NNP
    1 ROOT VERB hold VBZ
    3 nummod NUM 620,000 CD
    4 compound PROPN Lakeland NNP
    1 dobj NOUN share NNS
"""

_SOLD_FOR = """
    1 nsubj PROPN Allegis NNP
    1 ROOT VERB sell VBD
    1 dobj PROPN Hilton NNP
    1 prep ADP for IN
    5 nummod NUM two CD
    7 amod NUM mln CD
    7 compound PROPN Kemper NNP
    3 pobj NOUN share NNS
"""


def test_a_counted_holding_named_by_its_company_is_held_of_the_company():
    found = triples(parse("Norcross holds 620,000 Lakeland shares", _HOLDS,
                          ents={"Norcross": "ORG", "Lakeland": "ORG", "620,000": "CARDINAL"}))
    assert ("Norcross", "hold share of", "Lakeland") in found
    assert not any("shares" in o for _, _, o in found), found


def test_a_counted_holding_bought_in_the_passive_is_bought_of_the_company():
    rows = """
        1 nummod NUM 300,000 CD
        2 compound PROPN Kemper NNP
        4 nsubjpass NOUN share NNS
        4 auxpass AUX be VBD
        4 ROOT VERB buy VBN
        4 agent ADP by IN
        5 pobj PROPN Allegis NNP
    """
    found = triples(parse("300,000 Kemper shares were bought by Allegis", rows,
                          ents={"Kemper": "ORG", "Allegis": "ORG", "300,000": "CARDINAL"}))
    assert ("Allegis", "buy share of", "Kemper") in found
    assert not any("shares" in o or "shares" in s for s, _, o in found), found


def test_a_price_in_counted_stock_is_no_side():
    found = triples(parse("Allegis sold Hilton for two mln Kemper shares", _SOLD_FOR,
                          ents={"Allegis": "ORG", "Hilton": "ORG", "Kemper": "ORG",
                                "two mln": "CARDINAL"}))
    assert ("Allegis", "sell", "Hilton") in found
    assert not any("shares" in o or o == "Kemper" for _, _, o in found), found


def test_counted_shares_of_a_company_s_stock_are_bought_of_the_company():
    rows = """
        1 nsubj PROPN Norcross NNP
        1 ROOT VERB buy VBD
        3 nummod NUM 1.2 CD
        4 amod NUM mln CD
        1 dobj NOUN share NNS
        4 prep ADP of IN
        8 nmod PROPN Caldera NNP
        8 amod ADJ common JJ
        5 pobj NOUN stock NN
    """
    found = triples(parse("Norcross bought 1.2 mln shares of Caldera common stock", rows,
                          ents={"Norcross": "ORG", "Caldera": "ORG", "1.2 mln": "CARDINAL"}))
    assert ("Norcross", "buy share of", "Caldera") in found
    assert not any("shares" in o for _, _, o in found), found


def test_counted_shares_of_a_company_are_no_side():
    rows = """
        1 nsubj PROPN Coniston NNP
        1 ROOT VERB sell VBD
        3 nummod NUM 1.2 CD
        4 amod NUM mln CD
        1 dobj NOUN share NNS
        4 prep ADP of IN
        5 pobj PROPN Allegis NNP
    """
    found = triples(parse("Coniston sold 1.2 mln shares of Allegis", rows,
                          ents={"Coniston": "ORG", "Allegis": "ORG", "1.2 mln": "CARDINAL"}))
    assert ("Coniston", "sell share of", "Allegis") in found
    assert not any("shares" in o for _, _, o in found), found


def test_counted_common_shares_are_an_amount():
    rows = """
        1 nsubj PROPN Texaco NNP
        1 ROOT VERB issue VBD
        3 nummod NUM 4.5 CD
        5 amod NUM mln CD
        5 amod ADJ common JJ
        1 dobj NOUN share NNS
        1 prep ADP to IN
        8 compound PROPN Getty NNP
        6 pobj NOUN holder NNS
    """
    found = triples(parse("Texaco issued 4.5 mln common shares to Getty holders", rows,
                          ents={"Texaco": "ORG", "Getty": "ORG", "4.5 mln": "CARDINAL"}))
    assert not any("shares" in o for _, _, o in found), found
    assert any(o == "Getty holders" for _, _, o in found), found


def test_the_company_of_a_counted_holding():
    doc = parse("Norcross holds 620,000 Lakeland shares", _HOLDS,
                ents={"Norcross": "ORG", "Lakeland": "ORG", "620,000": "CARDINAL"})
    assert stock_company(doc[4]).text == "Lakeland"
    assert stock_company(doc[0]) is None


@pytest.mark.parametrize(("text", "rows", "ents"), [
    # no count: a thing of its own ("bought TWA shares")
    ("Icahn bought TWA shares", """
        1 nsubj PROPN Icahn NNP
        1 ROOT VERB buy VBD
        3 compound PROPN TWA NNP
        1 dobj NOUN share NNS
    """, {"Icahn": "PERSON", "TWA": "ORG"}),
    # counted trucks are no holding
    ("Dravo bought 300 Ford trucks", """
        1 nsubj PROPN Dravo NNP
        1 ROOT VERB buy VBD
        4 nummod NUM 300 CD
        4 compound PROPN Ford NNP
        1 dobj NOUN truck NNS
    """, {"Dravo": "ORG", "Ford": "ORG", "300": "CARDINAL"}),
    # a person's possessive: their own holding, not a company's stock
    # counted shares of a number of companies: no name
    ("Dravo bought 300 shares of five companies", """
        1 nsubj PROPN Dravo NNP
        1 ROOT VERB buy VBD
        3 nummod NUM 300 CD
        1 dobj NOUN share NNS
        3 prep ADP of IN
        6 nummod NUM five CD
        4 pobj NOUN company NNS
    """, {"Dravo": "ORG", "300": "CARDINAL", "five": "CARDINAL"}),
    ("Dravo bought Smith 's 300 shares", """
        1 nsubj PROPN Dravo NNP
        1 ROOT VERB buy VBD
        5 poss PROPN Smith NNP
        2 case PART 's POS
        5 nummod NUM 300 CD
        1 dobj NOUN share NNS
    """, {"Dravo": "ORG", "Smith": "PERSON", "300": "CARDINAL"}),
])
def test_guards_are_no_named_stock(text, rows, ents):
    doc = parse(text, rows, ents=ents)
    assert all(stock_company(t) is None for t in doc)


LABELS = {
    "counted stock named by its company": [
        ("Pacific Rim said it already owns 480,000 Caldera shares, or 8.6 pct.",
         [("Pacific Rim", "own share of", "Caldera")], [("Pacific Rim", "Caldera shares")]),
        ("Norcross, an investment partnership, holds about 620,000 Great Lakes shares.",
         [("Norcross", "hold share of", "Great Lakes")], [("Norcross", "Great Lakes shares")]),
        ("Icahn bought 2.5 mln TWA shares last week.",
         [("Icahn", "buy share of", "TWA")], [("Icahn", "TWA shares")]),
        ("Allegis sold its hotel unit to Kemper Corp for two mln Kemper shares.",
         [("Allegis", "sell", "Allegis' hotel unit"),
          ("Allegis", "sell hotel unit to", "Kemper Corp")],
         [("Allegis", "Kemper shares")]),
        ("Southern Textile Mills Inc said it agreed to sell its carpet division to Wexford "
         "Carpet Co for 62 mln dlrs in cash and 1.5 mln Wexford common shares.",
         [("Southern Textile Mills Inc", "agree to sell carpet division to", "Wexford Carpet Co")],
         [("Southern Textile Mills Inc", "Wexford common shares")]),
    ],
    "counted stock of a company's stock, bare counted common shares": [
        ("Icahn bought 2.5 mln shares of TWA.", [("Icahn", "buy share of", "TWA")],
         [("Icahn", "shares of TWA")]),
        ("Coniston sold 1.2 mln shares of Allegis to Merrill Lynch.",
         [("Coniston", "sell share of", "Allegis"), ("Coniston", "sell to", "Merrill Lynch")],
         [("Coniston", "shares of Allegis")]),
        ("Norcross bought 1.2 mln shares of Caldera common stock on the open market.",
         [("Norcross", "buy share of", "Caldera")],
         [("Norcross", "shares of Caldera common stock")]),
        ("Harcourt said it sold its 2.3 mln Dexter shares to Salomon Brothers.",
         [("Harcourt", "sell share of", "Dexter"), ("Harcourt", "sell to", "Salomon Brothers")],
         [("Harcourt", "Dexter shares")]),
        ("Texaco will issue 4.5 mln common shares to Getty Oil holders.",
         [("Texaco", "issue to", "Getty Oil holders")], [("Texaco", "common shares")]),
    ],
    "guards": [
        ("Texaco issued the common shares to Getty Oil holders.",
         [("Texaco", "issue", "common shares")], []),
        ("Icahn bought TWA shares.", [("Icahn", "buy", "TWA shares")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(LABELS))
def test_real_labels(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


# -- units of several words ------------------------------------------------------------

def test_units_of_several_words_after_a_number_are_amounts():
    from actorgraph.extract.hygiene import is_quantity
    assert is_quantity("14 mln European currency units")
    assert is_quantity("about 500 mln special drawing rights")
    # no number before them: the currency itself, left to the other rules
    assert not is_quantity("European currency units")
    assert not is_quantity("the European Currency Unit")


UNIT_PHRASES = {
    "a currency of several words is an amount": [
        ("The court upheld fines totalling 20 mln European currency units imposed by the "
         "Commission on four steel makers.", [], [("Commission", "European currency units")]),
        ("The Commission will spend 300 mln European currency units on food aid.", [],
         [("Commission", "European currency units")]),
        ("The IMF lent Zambia 200 mln special drawing rights last year.",
         [("IMF", "lend to", "Zambia")], [("IMF", "special drawing rights")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(UNIT_PHRASES))
def test_real_unit_phrases(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
