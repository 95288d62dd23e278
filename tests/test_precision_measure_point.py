"""A prepositional object that is only a point of a measure is no party to the verb: the
level a value reaches ("the dollar fell to a post-war low", where a pronoun read as the
central bank gave "Bank of Japan | fall to | post-war low") and the year-ago figure a
result is set against ("posted a loss ... against a profit of 1.2 mln dlrs a year ago"
gave "post loss against | profit"). Names, "against" an opponent and the market a price
moved on (tests/test_precision_wire_arguments.py) stay."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_labels
from tests.docs import parse


def pairs(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


#: (sentence, rows, entities, the object that must not be reached)
_POINTS = [
    ("Exxon fell to a record low", """
        1 nsubj PROPN Exxon NNP
        1 ROOT VERB fall VBD
        1 prep ADP to IN
        5 det DET a DT
        5 amod ADJ record JJ
        2 pobj NOUN low NN
    """, {"Exxon": "ORG"}, "low"),
    ("Acme earned 2 dlrs against a loss", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB earn VBD
        3 nummod NUM 2 CD
        1 dobj NOUN dlr NNS
        1 prep ADP against IN
        6 det DET a DT
        4 pobj NOUN loss NN
    """, {"Acme": "ORG", "2 dlrs": "MONEY"}, "loss"),
    ("Acme posted a loss against 9 dlrs", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB post VBD
        3 det DET a DT
        1 dobj NOUN loss NN
        1 prep ADP against IN
        6 nummod NUM 9 CD
        4 pobj NOUN dlr NNS
    """, {"Acme": "ORG"}, "dlrs"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "point"), _POINTS)
def test_a_point_of_a_measure_is_no_party(sentence, rows, ents, point):
    doc = parse(sentence, rows, ents=ents)
    assert not any(o == point for _, _, o in pairs(doc)), pairs(doc)


#: guards: (sentence, rows, entities, the triple that stays)
_PARTIES = [
    ("Kabul fell to the Taliban", """
        1 nsubj PROPN Kabul NNP
        1 ROOT VERB fall VBD
        1 prep ADP to IN
        4 det DET the DT
        2 pobj PROPN Taliban NNP
    """, {"Kabul": "GPE", "Taliban": "ORG"}, ("Kabul", "fall to", "Taliban")),
    ("Exxon fought against the takeover", """
        1 nsubj PROPN Exxon NNP
        1 ROOT VERB fight VBD
        1 prep ADP against IN
        4 det DET the DT
        2 pobj NOUN takeover NN
    """, {"Exxon": "ORG"}, ("Exxon", "fight against", "takeover")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "kept"), _PARTIES)
def test_a_party_stays(sentence, rows, ents, kept):
    assert kept in pairs(parse(sentence, rows, ents=ents))


MEASURE_POINTS = {
    "a level, a market or a compared figure is no party": [
        ("The Federal Reserve bought dollars after it fell to a record low of 140 yen.",
         [], [("Federal Reserve", "fall to", "record low")]),
        ("Acme Corp said it earned 2.1 mln dlrs in the quarter against a loss of 1.3 mln "
         "dlrs a year earlier.",
         [], [("Acme Corp", "earn against", "loss")]),
        ("Gulf Corp said it posted a loss of 12 mln dlrs against a profit of 40 mln dlrs a "
         "year ago.",
         [], [("Gulf Corp", "post loss against", "profit")]),
    ],
    "guards: a party after the same prepositions": [
        ("Kabul fell to the Taliban in August.", [("Kabul", "fall to", "Taliban")], []),
        ("The senator argued against Universal Basic Income in the debate.",
         [("senator", "argue against", "Universal Basic Income")], []),
        ("Chrysler voted against the merger with Fiat.",
         [("Chrysler", "vote against", "merger")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(MEASURE_POINTS))
def test_measure_points_on_the_model(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
