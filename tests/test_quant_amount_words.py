"""Results copy: a bare "net" is an amount noun, and "milliard" a scale.

"Chrysler reported net of 380 mln dlrs" made "net" the object of report: the net profit
written bare in wire results copy names an amount ([amount_nouns] in words.txt), which
``benchmarks/heldout.py`` scores as a quantity side; "net income", "a safety net" and
"the net of the trawler" stay. "milliard" (the European billion, "5 milliard francs") is
a scale word (news.tsv kind ``unit``).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import is_amount_concept, is_quantity
from actorgraph.extract.pipeline import extract_doc

from actorgraph.records import Article, Mention
from tests.constructions import cases, check_construction
from tests.docs import parse


def _concept(text: str, label: str) -> Mention:
    return Mention(text, label, "CONCEPT", 0, len(text), "concept")


@pytest.mark.parametrize(("text", "label", "amount"), [
    ("net", "net", True),
    ("net of 380 mln dlrs", "net", True),
    ("its net", "net", True),
    # guards: another noun makes a thing of it
    ("net income", "net income", False),
    ("a safety net", "safety net", False),
    ("the net of the trawler", "net of trawler", False),
])
def test_a_bare_net_is_an_amount(text, label, amount):
    assert is_amount_concept(_concept(text, label)) is amount


def test_milliard_is_a_scale():
    assert is_quantity("5 milliard francs") and is_quantity("two milliards")
    assert not is_quantity("Milliard Bank")


def _objects(doc) -> set[str]:
    result = extract_doc(doc, Article("t", doc.text))
    return {t.object.label for t in result.triples}


_REPORTED = ("Acme reported net of 380 mln dlrs", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB report VBD
    1 dobj NOUN net NN
    2 prep ADP of IN
    6 nummod NUM 380 CD
    6 amod ADJ mln JJ
    3 pobj NOUN dlrs NNS
""")
_POSTED = ("Acme posted net of 12 mln dlrs", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB post VBD
    1 dobj NOUN net NN
    2 prep ADP of IN
    6 nummod NUM 12 CD
    6 amod ADJ mln JJ
    3 pobj NOUN dlrs NNS
""")
_HALVED = ("Acme halved its net", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB halve VBD
    3 poss PRON its PRP$
    1 dobj NOUN net NN
""")
_INCOME = ("Acme reported net income", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB report VBD
    3 amod ADJ net JJ
    1 dobj NOUN income NN
""")


@pytest.mark.parametrize(("sentence", "rows"), [_REPORTED, _POSTED, _HALVED])
def test_a_bare_net_is_no_object(sentence, rows):
    assert "net" not in _objects(parse(sentence, rows, ents={"Acme": "ORG"}))


def test_net_income_stays():
    assert "net income" in _objects(parse(*_INCOME, ents={"Acme": "ORG"}))


NET = {
    "a bare net is no object": [
        ("Chrysler Corp reported net of 380 mln dlrs in the first quarter.", [],
         [("Chrysler Corp", "net")]),
        ("Pan Am Corp posted net of 12 mln dlrs against a loss a year earlier.", [],
         [("Pan Am Corp", "net")]),
        ("Texaco Inc said it more than doubled its net in the second quarter.", [],
         [("Texaco Inc", "net")]),
    ],
    "guards: net income and a safety net stay": [
        ("Chrysler Corp reported net income of 380 mln dlrs.",
         [("Chrysler Corp", "report", "net income", False, False)], []),
        ("Congress approved a safety net for farmers on Friday.",
         [("Congress", "approve", "safety net for farmers", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(NET))
def test_net_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
