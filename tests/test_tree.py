"""The children cache of :mod:`extract.tree` and its :func:`per_token` answers: the same
children, the same answers, the same triples."""

from __future__ import annotations

import contextlib

import pytest
import spacy
from actorgraph.extract import pipeline
from actorgraph.extract.tree import children_cached, kids, per_token
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
    # negated arguments and coordinated passives (rules that ask per_token answers)
    "Neither the army nor the militia attacked the convoy, and none of the soldiers who "
    "were detained and questioned by investigators has been charged.",
    "Not one journalist was allowed into the court, where the minister, accused by "
    "prosecutors of taking bribes, denied that he had sold the licences.",
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


def _counted():
    asked: list[int] = []

    @per_token
    def root(tok):
        asked.append(tok.i)
        return tok.dep_ == "ROOT"

    return root, asked


def test_per_token_answers_are_kept_only_for_the_held_doc():
    held = _doc(["Iran", "seized", "ships"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    other = _doc(["Chad", "expelled", "envoys"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    root, asked = _counted()
    assert [root(held[1]), root(held[1])] == [True, True] and asked == [1, 1]
    with children_cached(held):
        assert [root(held[1]), root(held[1]), root(held[0])] == [True, True, False]
        assert [root(other[1]), root(other[1])] == [True, True]
    assert asked == [1, 1, 1, 0, 1, 1]  # once each in the block, only for the held doc
    root(held[1])
    assert asked[-1] == 1 and len(asked) == 7  # dropped after the block


def test_per_token_answers_of_nested_blocks():
    outer = _doc(["Iran", "seized", "ships"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    inner = _doc(["Chad", "expelled", "envoys"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    root, asked = _counted()
    with children_cached(outer):
        root(outer[1])
        with children_cached(inner):
            root(inner[1])
            root(inner[1])
            root(outer[1])  # not held now: asked afresh
        root(outer[1])  # the outer block's answer again
    assert asked == [1, 1, 1]


def test_per_token_keeps_the_function_name():
    root, _asked = _counted()
    assert root.__name__ == "root"


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
