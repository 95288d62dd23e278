"""What conjoined subjects exchange passes between them: "Armenia and Azerbaijan exchange
fire" -> Armenia —exchange fire→ Azerbaijan and back ([exchanging_verbs]), whatever the
object noun (fire, prisoners, accusations), as long as it names nothing itself."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

_SIDES = {"Armenia": "GPE", "Azerbaijan": "GPE", "Russia": "GPE", "Ukraine": "GPE",
          "Hamas": "ORG", "Fatah": "ORG", "Lebanon": "GPE"}


def triples(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


@pytest.mark.parametrize(("text", "verb", "lemma", "noun", "tag"), [
    ("Armenia and Azerbaijan exchange fire", "exchange", "exchange fire", "fire", "VBP"),
    ("Russia and Ukraine swapped prisoners", "swap", "swap prisoner", "prisoner", "VBD"),
    ("Hamas and Fatah exchange accusations", "exchange", "exchange accusation", "accusation",
     "VBP"),
])
def test_the_object_passes_between_the_sides(text, verb, lemma, noun, tag):
    first, _, second = text.split()[:3]
    doc = parse(text, f"""
        3 nsubj PROPN {first} NNP
        0 cc CCONJ and CC
        0 conj PROPN {second} NNP
        3 ROOT VERB {verb} {tag}
        3 dobj NOUN {noun} NNS
    """, ents=_SIDES)
    found = triples(doc)
    assert (first, lemma, second) in found
    assert (second, lemma, first) in found


def test_one_subject_exchanges_with_nobody():
    doc = parse("Russia swapped prisoners", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB swap VBD
        1 dobj NOUN prisoner NNS
    """, ents=_SIDES)
    assert not any(lemma == "swap prisoner" for _, lemma, _ in triples(doc))


def test_a_named_object_is_no_exchange_between_them():
    doc = parse("Armenia and Azerbaijan exchange Lebanon", """
        3 nsubj PROPN Armenia NNP
        0 cc CCONJ and CC
        0 conj PROPN Azerbaijan NNP
        3 ROOT VERB exchange VBP
        3 dobj PROPN Lebanon NNP
    """, ents=_SIDES)
    assert not any(s == "Armenia" and o == "Azerbaijan" for s, _, o in triples(doc))


def test_another_verb_is_no_exchange():
    doc = parse("Armenia and Azerbaijan fire rockets", """
        3 nsubj PROPN Armenia NNP
        0 cc CCONJ and CC
        0 conj PROPN Azerbaijan NNP
        3 ROOT VERB fire VBP
        3 dobj NOUN rocket NNS
    """, ents=_SIDES)
    assert not any(s == "Armenia" and o == "Azerbaijan" for s, _, o in triples(doc))


_EXCHANGES = {
    "exchanging verb with conjoined subjects": [
        ("Armenia and Azerbaijan exchange fire on their border.",
         [("Armenia", "exchange fire", "Azerbaijan", False, False),
          ("Azerbaijan", "exchange fire", "Armenia", False, False)], []),
        ("Israel and Hezbollah exchanged fire across the border on Sunday.",
         [("Israel", "exchange fire", "Hezbollah", False, False),
          ("Hezbollah", "exchange fire", "Israel", False, False)], []),
        ("Russia and Ukraine swap prisoners in a deal brokered by the UAE.",
         [("Russia", "swap prisoner", "Ukraine", False, False),
          ("Ukraine", "swap prisoner", "Russia", False, False)], []),
    ],
    "guards": [
        ("Russia exchanged fire with Ukrainian troops near Kupiansk.", [],
         [("Ukraine", "Russia")]),
        ("Armenia and Azerbaijan accused each other of opening fire.", [], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_EXCHANGES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
