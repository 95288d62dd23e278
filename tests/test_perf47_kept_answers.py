"""Answers kept for speed (perf47): the event lexicon's classifications, a verb's clause
(:func:`~actorgraph.extract.rules.base.core`), a phrase's extent, and the pure functions
of a word kept by ``functools.lru_cache``. Each gives what it gave before it was kept,
and a caller that changes what it was given changes no later answer."""

from __future__ import annotations

import dataclasses

import pytest
from actorgraph.extract import events
from actorgraph.extract.actors import ActorResolver, clean_label, known_variant
from actorgraph.extract.coding import words_of
from actorgraph.extract.events import default_lexicon
from actorgraph.extract.hygiene import _is_unit
from actorgraph.extract.news import is_number
from actorgraph.extract.rules.base import _core, core
from actorgraph.extract.tree import children_cached
from actorgraph.extract.vague import person_lemma

#: Sentences written for these tests (no data file's).
TEXTS = [
    "Border guards detained three smugglers near the crossing, and the ministry said "
    "the men had been handed to prosecutors.",
    "The central bank raised its main rate by half a point after inflation rose to "
    "9 percent, a spokesman for the bank said.",
    "Rebels who were backed by a neighbouring state shelled the airport on Sunday, "
    "forcing airlines to cancel flights to the capital.",
]

#: (lemma, options) questions to the lexicon: plain verbs, chains, nouns, objects, themes.
QUESTIONS = [
    ("attack", {}), ("attack", {"object_head": "decision"}), ("attack", {"object_head": "base"}),
    ("send", {"object_head": "aid"}), ("send", {"object_head": "email"}), ("send", {}),
    ("pledge to fight", {}), ("vow to cooperate", {}), ("failure to honour", {}),
    ("refusal to allow", {}), ("back down from", {}), ("help to support", {}),
    ("talks", {"pos": "NOUN"}), ("peace talks", {"pos": "NOUN"}), ("Attack", {}),
    ("give", {"object_head": "documents"}), ("give", {"theme": "documents"}),
    ("no such verb", {}),
]


def test_lexicon_answers_are_the_lexicons():
    lexicon = default_lexicon()
    for lemma, options in QUESTIONS * 2:  # asked twice: the second answer is the kept one
        assert lexicon.classify(lemma, **options) == lexicon._classify(
            lemma, pos=options.get("pos", "VERB"), object_head=options.get("object_head"),
            theme=options.get("theme"))
        assert lexicon.lookup(lemma) == lexicon._lookup(lemma)


def test_kept_answers_leave_the_lexicon_as_it_was():
    lexicon = default_lexicon()
    fresh = dataclasses.replace(lexicon)  # the same fields, nothing asked of it yet
    for lemma, options in QUESTIONS:
        lexicon.classify(lemma, **options)
    assert lexicon == fresh and repr(lexicon) == repr(fresh)
    assert fresh.classify("attack", object_head="decision") == "DISAPPROVE"


def test_kept_answers_start_afresh_beyond_their_limit(monkeypatch):
    monkeypatch.setattr(events, "_KEPT_ANSWERS", 3)
    lexicon = dataclasses.replace(default_lexicon())
    expected = [lexicon._classify(lemma, pos="VERB", object_head=None, theme=None)
                for lemma, _ in QUESTIONS]
    got = [lexicon.classify(lemma) for lemma, _ in QUESTIONS]
    assert got == expected
    assert len(lexicon._answers("classify")) <= 3
    assert len(lexicon._answers("lookup")) <= 3


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_core_kept_per_verb_is_the_same_clause(nlp, text):
    doc = nlp(text)
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    plain = [core(v) for v in verbs]  # no Doc held: asked afresh
    with children_cached(doc):
        for verb, expected in zip(verbs, plain, strict=True):
            first, second = core(verb), core(verb)
            assert first == expected == second
            assert first[0] is not second[0] and first[1] is not second[1]
            first[0].clear()  # a caller's change to its lists ...
            first[1].append(verb)
            assert core(verb) == expected  # ... is no later caller's
            assert isinstance(_core(verb)[0], tuple)


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_kept_extents_are_the_phrases(nlp, text):
    doc = nlp(text)
    with children_cached(doc):
        resolver = ActorResolver(doc)
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            ent = resolver.entity_of(tok)
            found = resolver._find_extent(tok, ent)
            kept = resolver._extent(tok, ent)
            assert (kept.start, kept.end) == (found.start, found.end)
            assert resolver._extent(tok, ent) is kept
            plain = resolver._find_extent(tok, None)
            assert (resolver._extent(tok).start, resolver._extent(tok).end) == (
                plain.start, plain.end)


def test_words_of_gives_a_new_list_each_time():
    first = words_of("US Secretary of State Antony Blinken's")
    first.append("changed")
    assert words_of("US Secretary of State Antony Blinken's") == [
        "us", "secretary", "of", "state", "antony", "blinken"]


@pytest.mark.parametrize(("function", "inputs"), [
    (person_lemma, ["driver", "spokesman", "law", "journalist", "blacklist", "soldier"]),
    (known_variant, ["the U.S.", "UK", "Hamas", "Fijian", "Ruritania"]),
    (clean_label, ['"Best Hero" award', "(the ministry", "Kim Kardashian -"]),
    (is_number, ["22", "1,200,000", "$5", "nine", "Net"]),
])
def test_kept_word_functions_answer_as_before(function, inputs):
    for word in inputs * 2:
        assert function(word) == function.__wrapped__(word)


def test_kept_unit_test_answers_as_before():
    for word in ["mln", "MLN", "points", "%", "troops", "cts"]:
        for after in (False, True):
            assert _is_unit(word, after_number=after) == _is_unit.__wrapped__(
                word, after_number=after)


def test_among_sorted_is_isin():
    import numpy
    from actorgraph.extract.hygiene import _among_sorted, _claim_hashes

    rng = numpy.random.RandomState(47)
    claims = _claim_hashes()
    assert (numpy.sort(claims) == claims).all()
    for size in (0, 1, 5, 300):
        values = rng.randint(0, 2**62, size=size).astype(numpy.uint64)
        if size:
            values[rng.randint(0, size, size=min(size, 3))] = claims[:min(size, 3)]
        for hashes in (claims, claims[:1], numpy.array([], dtype=numpy.uint64)):
            assert _among_sorted(values, hashes).tolist() == numpy.flatnonzero(
                numpy.isin(values, hashes)).tolist()
