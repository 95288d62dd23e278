"""Relation labels without amounts in them (session 38).

- a level a verb brings its object to or sets it at (:data:`~extract.lexicon.LEVEL_VERBS`)
  leaves the label with its preposition, the amount the triple's quantity: "raised its
  fares to 4.20 euros" is "raise" the fares with quantity "4.20 euros" (session 40: not
  "raise to", which the judges of sheet 33 read as a distorted relation, nor "raise to
  4.20 euros", a label no other triple shares); an amount a verb of asking asks for keeps
  its preposition ("ask for", the amount the quantity);
- a number or amount before the noun a relation names is left out of the label: "ordered
  the clinic to destroy about 3,000 doses of the vaccine" is "order to destroy doses of vaccine";
  an amount "of" something names that something ("to ship about 800,000 barrels of
  diesel" -> "ship diesel"); a number that is part of a name stays ("Article 50"), and a
  unit with no number is no amount ("speculative dollar sales");
- an amount that is a verb's second object names nothing: "cost its exporters 300 mln
  euros" is "cost" the exporters (before "cost euros"), the amount its quantity;
- a size of a company's stock is a share of it: "holds 4.1 percent of Standard Chartered"
  is "hold share of" (before "hold pct of", "hold percent of"), as "took 34.8% of the
  vote" is "take share of", the size the quantity.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.rules.verbal import _amount_phrase

from actorgraph.records import Article
from tests.docs import parse

#: (sentence, wanted (subject, label, object, quantity), unwanted labels)
LEVELS = [
    # (a name before the head since session 44: "its freight rates", owner unfound, is
    # dropped)
    ("Transdanubia Rail raised Danube freight rates to 4.20 euros a tonne.",
     ("Transdanubia Rail", "raise", "Danube freight rates", "4.20 euros"),
     ["raise to 4.20 euros", "raise to"]),
    ("Norway set its salmon export quota at 900,000 tonnes.",
     ("Norway", "set", "Norway's salmon export quota", "900,000 tonnes"),
     ["set at 900,000 tonnes", "set at"]),
    ("Petrobras cut the price of diesel to 3.10 reais a litre.",
     ("Petrobras", "cut", "price of diesel", "3.10 reais"), ["cut to 3.10 reais", "cut to"]),
    ("Chile asked the World Bank for 300 mln dlrs.",
     ("Chile", "ask for", "World Bank", "300 mln dlrs"), ["ask for 300 mln dlrs"]),
    # a percentage of a whole is a level, not the whole
    ("Russia cut gas supplies to Europe to 20 percent of capacity.",
     # (the supplies' destination in the label: session 47)
     ("Russia", "cut", "gas supplies to Europe", "20 percent"), ["cut to capacity", "cut to"]),
    ("Athens cut its budget deficit to 3 pct of output.",
     ("Athens", "cut", "Athens' budget deficit", "3 pct"), ["cut to output", "cut to"]),
]

#: (sentence, wanted (subject, label, object), unwanted labels)
COUNTED = [
    ("The health ministry ordered Kessler Pharma to destroy about 3,000 doses of its "
     "vaccine.",
     ("health ministry", "order to destroy doses of vaccine", "Kessler Pharma"),
     ["order to destroy about 3,000 doses"]),
    ("Iraq asked Turkey to ship about 800,000 barrels of diesel this month.",
     ("Iraq", "ask to ship diesel", "Turkey"), ["ask to ship about 800,000 barrels of diesel"]),
    ("The regulator told Ostrander Bank to repay 45 mln dlrs in fees.",
     ("regulator", "tell to repay", "Ostrander Bank"), ["tell to repay 45 mln dlrs"]),
    ("Oxfam supplied flood victims in Sindh with 12,000 blankets.",
     ("Oxfam", "supply with blankets", "flood victims"), ["supply with 12,000 blankets"]),
    ("UNICEF provided Yemen with 40,000 doses of cholera vaccine.",
     ("UNICEF", "provide with cholera vaccine", "Yemen"),
     ["provide with 40,000 doses of cholera vaccine"]),
]

#: a part of a company's stock by its size: a share of the company, the size its quantity
SHARES = [
    ("Vantage Capital, which owns 7.5 pct of Brookline Foods, said it would vote against "
     "the deal.", ("Vantage Capital", "own share of", "Brookline Foods"), ["own pct of"]),
    ("Kellner Group acquired 12 pct of Ostrava Steel's shares last month.",
     ("Kellner Group", "acquire share of", "Ostrava Steel"), ["acquire pct of"]),
    ("Temasek holds 4.1 percent of Standard Chartered.",
     ("Temasek", "hold share of", "Standard Chartered"), ["hold percent of"]),
]

#: the second object of a verb of two objects that is an amount is no word of the relation
COSTS = [
    # (no possessive since session 44: "its exporters", owner unfound, is dropped)
    ("Lithuania said China cost Lithuanian exporters 300 mln euros.",
     ("China", "cost", "Lithuanian exporters", "300 mln euros"), ["cost euros"]),
    ("Mexico's tariff cuts will cost Mexico about 13 billion pesos a year.",
     ("Mexico's tariff cuts", "cost", "Mexico", "about 13 billion pesos"), ["cost pesos"]),
]

#: guards: what is no amount stays in the label
GUARDS = [
    ("Britain left Ireland a loophole.", ("United Kingdom", "leave loophole", "Ireland")),
    ("Kellner Group acquired a stake in Ostrava Steel.",
     ("Kellner Group", "acquire stake in", "Ostrava Steel")),
    ("The Finance Ministry asked Japanese banks to curb speculative dollar sales.",
     ("Finance Ministry", "ask to curb speculative dollar sales", "Japanese banks")),
    ("Chile asked the World Bank for new loans.", ("Chile", "ask for new loans", "World Bank")),
    ("Germany urged Britain to invoke Article 50.",
     ("Germany", "urge to invoke Article 50", "United Kingdom")),
    ("Greenpeace asked the court for two weeks.", ("Greenpeace", "ask", "court")),
    ("Ukraine asked the Netherlands to deliver 24 F-16 jets.",
     ("Ukraine", "ask to deliver F-16 jets", "Netherlands")),
    # an ordinal says which one, not how many
    ("The court ordered the commission to hold a second round.",
     ("court", "order to hold second round", "commission")),
    ("Kyiv urged Berlin to send a third batch of tanks.",
     ("Kyiv", "urge to send third batch of tanks", "Berlin")),
]

_SENTENCES = [row[0] for row in (*LEVELS, *COUNTED, *SHARES, *COSTS, *GUARDS)]


@pytest.fixture(scope="module")
def found(extractor):
    """(subject, relation label, object) -> quantity of every sentence, parsed once."""
    results = extractor.extract([Article(f"a{i}", s) for i, s in enumerate(_SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label): t.quantity
                for t in r.triples} for s, r in zip(_SENTENCES, results, strict=True)}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), LEVELS + COSTS,
                         ids=[row[0][:40] for row in LEVELS + COSTS])
def test_a_level_goes_to_the_quantity(found, sentence, wanted, unwanted):
    triples = found[sentence]
    assert wanted[:3] in triples, sorted(triples)
    assert triples[wanted[:3]] == wanted[3]
    assert not any(label in unwanted for _, label, _ in triples), sorted(triples)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), COUNTED,
                         ids=[row[0][:40] for row in COUNTED])
def test_a_count_leaves_the_label(found, sentence, wanted, unwanted):
    triples = found[sentence]
    assert wanted in triples, sorted(triples)
    assert not any(label in unwanted for _, label, _ in triples), sorted(triples)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), SHARES,
                         ids=[row[0][:40] for row in SHARES])
def test_a_share_by_its_size_is_a_share(found, sentence, wanted, unwanted):
    triples = found[sentence]
    assert wanted in triples, sorted(triples)
    assert triples[wanted] is not None  # the size
    assert not any(label in unwanted for _, label, _ in triples), sorted(triples)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "wanted"), GUARDS, ids=[row[0][:40] for row in GUARDS])
def test_what_is_no_amount_stays(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])


def test_amount_phrase():
    doc = parse("raised fares to 4.20 euros for Article 50", '''
        0 ROOT VERB raise VBD
        0 dobj NOUN fare NNS
        0 prep ADP to IN
        4 nummod NUM 4.20 CD
        2 pobj NOUN euro NNS
        0 prep ADP for IN
        5 pobj PROPN Article NNP
        6 nummod NUM 50 CD''', ents={"4.20 euros": "MONEY"})
    assert _amount_phrase(doc[4]) and _amount_phrase(doc[3])
    assert not _amount_phrase(doc[1]) and not _amount_phrase(doc[6])
