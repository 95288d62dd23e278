"""Currencies and trade units of wire copy are amounts, never participants.

``extract/data/news.tsv`` (kind ``unit``) lists the currencies of 1980s and modern wire
copy that the amount hygiene did not know ("500 billion lire", "200 mln ecus", "90
billion drachmas", "385 pence", "12 billion cruzados") and trade units ("500,000 bales
of cotton", "1.2 mln carats"); the kind ``unit-after-number`` those that are common words
or names too, units only after a number ("250 mln crowns" but "the Crown"; "200,000 head
of cattle"; "500 lots of cocoa"). Without them the unit was an object ("The EC gave
Turkey 600 mln ecus": EC -give-> ecus) or took a name in ("Italy lent Greece 500
billion lire": Italy -lend-> "Greece 500 billion lire").
"""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import is_quantity
from actorgraph.extract.pipeline import extract_doc

from actorgraph.records import Article
from tests.constructions import cases, check_construction
from tests.docs import parse


@pytest.mark.parametrize("text", [
    "500 billion lire", "200 mln ecus", "90 billion drachmas", "385 pence",
    "12 billion cruzados", "30 billion escudos", "40 billion pesetas", "400 mln kroner",
    "2 billion schillings", "250 mln crowns", "900 billion rupiah", "400 mln zlotys",
    "300 mln guilders", "500,000 bales", "1.2 mln carats", "200,000 head", "500 lots",
    "10 square km", "100 mln shillings", "50 mln naira",
])
def test_a_currency_or_trade_unit_with_a_number_is_a_quantity(text):
    assert is_quantity(text)


@pytest.mark.parametrize("text", [
    # guards: the common words and names among them are no amount without a number
    "Crown", "the Crown", "crowns", "Real Madrid", "Sucre", "Bolivar", "the head",
    "lots", "Colon", "Kip", "square", "Lev Tolstoy", "Pula Road",
])
def test_a_name_or_common_word_is_no_quantity(text):
    assert not is_quantity(text)


def _triples(doc) -> set[tuple[str, str, str]]:
    result = extract_doc(doc, Article("t", doc.text))
    return {(t.subject.label, t.relation.lemma, t.object.label) for t in result.triples}


_ECUS = ("Brussels gave Ankara 600 mln ecus", """
    1 nsubj PROPN Brussels NNP
    1 ROOT VERB give VBD
    1 dative PROPN Ankara NNP
    5 nummod NUM 600 CD
    5 amod ADJ mln JJ
    1 dobj NOUN ecus NNS
""")
_DRACHMAS = ("Athens borrowed 90 billion drachmas from Brussels", """
    1 nsubj PROPN Athens NNP
    1 ROOT VERB borrow VBD
    3 compound NUM 90 CD
    4 nummod NUM billion CD
    1 dobj NOUN drachma NNS
    1 prep ADP from IN
    5 pobj PROPN Brussels NNP
""")
_KRONER = ("Oslo lent Dodoma 400 mln kroner", """
    1 nsubj PROPN Oslo NNP
    1 ROOT VERB lend VBD
    1 dative PROPN Dodoma NNP
    5 nummod NUM 400 CD
    5 amod ADJ mln JJ
    1 dobj NOUN kroner NNS
""")


@pytest.mark.parametrize(("sentence", "rows", "unit", "actor"), [
    _ECUS + ("ecus", "Ankara"), _DRACHMAS + ("drachmas", "Brussels"),
    _KRONER + ("kroner", "Dodoma")])
def test_a_currency_is_no_object_and_the_actors_stay(sentence, rows, unit, actor):
    doc = parse(sentence, rows, ents={"Brussels": "GPE", "Ankara": "GPE", "Athens": "GPE",
                                      "Oslo": "GPE", "Dodoma": "GPE"})
    found = _triples(doc)
    assert not any(unit in (s, o) for s, _, o in found), found
    assert any(o == actor for _, _, o in found), found


CURRENCIES = {
    "a currency after a number is no object": [
        ("The European Community gave Turkey 600 mln ecus in food aid.",
         [("European Community", "give", "Turkey", False, False)],
         [("European Community", "ecus")]),
        ("Austria lent Hungary 2 billion schillings last year.",
         [("Austria", "lend", "Hungary", False, False)], [("Austria", "schillings")]),
        ("Portugal received 30 billion escudos from the EC in 1986.",
         [("Portugal", "receive from", "EC", False, False)], [("Portugal", "escudos")]),
        ("Sweden granted Vietnam 250 mln crowns in aid.",
         [("Sweden", "grant", "Vietnam", False, False)], [("Sweden", "crowns")]),
    ],
    "a currency after a name is no part of it": [
        ("Italy lent Greece 500 billion lire to support the drachma.",
         [("Italy", "lend", "Greece", False, False)],
         [("Italy", "Greece 500 billion lire")]),
    ],
    "a trade unit measures what its of-phrase names": [
        ("The Soviet Union sold India 500,000 bales of cotton.",
         [("Soviet Union", "sell", "cotton", False, False)],
         [("Soviet Union", "500,000 bales of cotton")]),
    ],
    "guards: a name or common word that is also a currency stays": [
        ("The Crown prosecutor charged three men with fraud.",
         [("Crown prosecutor", "charge", "men", False, False)], []),
        ("The Crown Agents sold the bank to Lloyds.",
         [("Crown Agents", "sell", "Lloyds", False, False)], []),
        ("Antonio Jose de Sucre defeated the Spanish army at Ayacucho.",
         [("Antonio Jose de Sucre", "defeat", "Spain", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CURRENCIES))
def test_currencies_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


# A plural of units that count only after a number, named bare ("bought marks"), is the
# currency or measure, never a participant (hygiene._bare_units); a singular ("the
# mark") or a phrase with another noun ("burn marks") stays.
_MARKS = ("Bundesbank bought marks", """
    1 nsubj PROPN Bundesbank NNP
    1 ROOT VERB buy VBD
    1 dobj NOUN mark NNS
""")
_FRANCS = ("Acme sold francs in Zurich", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB sell VBD
    1 dobj NOUN franc NNS
    1 prep ADP in IN
    3 pobj PROPN Zurich NNP
""")
_POINTS = ("Acme won basis points", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB win VBD
    3 compound NOUN basis NN
    1 dobj NOUN point NNS
""")
_BURN_MARKS = ("Acme found burn marks", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB find VBD
    3 compound NOUN burn NN
    1 dobj NOUN mark NNS
""")
_THE_MARK = ("Bundesbank supported the mark", """
    1 nsubj PROPN Bundesbank NNP
    1 ROOT VERB support VBD
    3 det DET the DT
    1 dobj NOUN mark NN
""")
_ENTS = {"Bundesbank": "ORG", "Acme": "ORG", "Zurich": "GPE"}


@pytest.mark.parametrize(("sentence", "rows", "unit"), [
    _MARKS + ("marks",), _FRANCS + ("francs",), _POINTS + ("basis points",)])
def test_a_bare_plural_unit_is_no_object(sentence, rows, unit):
    found = _triples(parse(sentence, rows, ents=_ENTS))
    assert not any(o == unit for _, _, o in found), found


@pytest.mark.parametrize(("sentence", "rows", "thing"), [
    _BURN_MARKS + ("burn marks",), _THE_MARK + ("mark",)])
def test_a_singular_or_another_noun_stays(sentence, rows, thing):
    found = _triples(parse(sentence, rows, ents=_ENTS))
    assert any(o == thing for _, _, o in found), found


BARE_UNITS = {
    "a bare plural unit is no object": [
        ("The Bundesbank sold dollars and bought marks in Frankfurt on Tuesday.", [],
         [("Bundesbank", "marks")]),
        ("The Swiss National Bank bought francs and sold euros in Zurich.", [],
         [("Swiss National Bank", "francs")]),
        ("Dealers said the central bank sold marks to cap the rise of the currency.", [],
         [("central bank", "marks")]),
    ],
    "guard: the singular currency stays": [
        ("The Bank of France supported the franc on Monday.",
         [("Bank of France", "support", "franc", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(BARE_UNITS))
def test_bare_units_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
