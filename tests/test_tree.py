"""The children cache of :mod:`extract.tree`: the same children, the same triples."""

from __future__ import annotations

import contextlib

import pytest
import spacy
from actorgraph.extract import pipeline
from actorgraph.extract.tree import children_cached, kids
from spacy.tokens import Doc

from actorgraph.records import Article

TEXTS = [
    "Police in Lagos arrested two opposition leaders on Monday after protesters "
    "blocked the road to the airport.",
    "The ministry said it had not approved the deal, which the union called a betrayal "
    "of workers who were laid off by the company.",
    "Talks between Serbia and Kosovo resumed in Brussels, where the EU envoy urged both "
    "sides to avoid new clashes.",
    "Shelled by artillery overnight, the town was evacuated, and officials accused the "
    "rebels of targeting a hospital.",
]


def _doc(words, heads, deps):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def test_kids_outside_a_held_doc_is_children():
    doc = _doc(["Iran", "seized", "a", "tanker"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"])
    assert [t.i for t in kids(doc[1])] == [0, 3]
    assert not isinstance(kids(doc[1]), tuple)


def test_only_the_held_doc_is_cached():
    held = _doc(["Iran", "seized", "ships"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    other = _doc(["Chad", "expelled", "envoys"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    with children_cached(held):
        assert kids(held[1]) is kids(held[1])
        assert [t.text for t in kids(other[1])] == ["Chad", "envoys"]
        assert not isinstance(kids(other[1]), tuple)
    assert not isinstance(kids(held[1]), tuple)  # released after the block


def test_nested_blocks_restore_the_outer_doc():
    outer = _doc(["Iran", "seized", "ships"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    inner = _doc(["Chad", "expelled", "envoys"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    with children_cached(outer):
        with children_cached(inner):
            assert isinstance(kids(inner[1]), tuple)
        assert isinstance(kids(outer[1]), tuple)
        assert not isinstance(kids(inner[1]), tuple)


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_cached_children_are_the_parse_children(nlp, text):
    doc = nlp(text)
    with children_cached(doc):
        for tok in doc:
            assert list(kids(tok)) == list(tok.children)
            assert [c.i for c in kids(tok)] == [c.i for c in tok.children]


@pytest.mark.model
def test_extraction_is_the_same_without_the_cache(nlp, monkeypatch):
    articles = [Article(f"a{i}", text) for i, text in enumerate(TEXTS)]

    def results():
        return [pipeline.extract_doc(nlp(a.text), a) for a in articles]

    cached = results()
    monkeypatch.setattr(pipeline, "children_cached", lambda doc: contextlib.nullcontext())
    plain = results()
    assert cached == plain
    assert sum(len(r.triples) for r in cached) > 0
