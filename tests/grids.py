"""The shared harness of the construction grids run through the model.

A grid is a JSON-lines file under ``tests/data`` of one-sentence items ``id``,
``construction``, ``sentence`` and ``expected`` (acceptable subject names, relation
words and object names, ``negated``, and ``hedged`` or None when either reading is
fine), in the format of the held-out paraphrases. An item *holds* when some triple
matches it as ``benchmarks/heldout.py`` scores a paraphrase (:func:`held`); each grid
test lists the items that do not hold yet and runs the others one by one
(:func:`item_params`), and checks how many hold in all (:func:`holding`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pytest
from actorgraph.extract.pipeline import Extractor

from actorgraph.records import Article
from benchmarks.heldout import FORMS, side_names
from benchmarks.wcep import name_matches, relation_matches

DATA = Path(__file__).parent / "data"

__all__ = ["assert_holds", "check_items", "check_six_forms", "flag_counts", "found", "held",
           "holding", "item_params", "read_grid"]

#: The fields of an item's ``expected``.
EXPECTED_FIELDS = frozenset({"subject", "relation", "object", "negated", "hedged"})


def read_grid(name: str) -> list[dict]:
    """The items of ``tests/data/<name>``."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def check_items(items: Sequence[Mapping], known_misses: Mapping[str, str],
                words: tuple[int, int]) -> None:
    """Assert what every grid requires of its items: unique ids, its known misses among
    them, each sentence of ``words`` (least, most) words and ``expected`` with its
    fields (a grid's own test adds its counts and forms)."""
    least, most = words
    assert len({item["id"] for item in items}) == len(items)
    assert set(known_misses) <= {item["id"] for item in items}
    for item in items:
        assert least <= len(item["sentence"].split()) <= most, item["id"]
        assert set(item["expected"]) == EXPECTED_FIELDS, item["id"]


def check_six_forms(items: Sequence[Mapping], events: int) -> None:
    """Assert a grid of paraphrases: ``events`` events, each in the six forms of the
    held-out sets, and ``negated`` expected exactly of the negated form."""
    forms = [item["form"] for item in items]
    assert {form: forms.count(form) for form in set(forms)} == dict.fromkeys(FORMS, events)
    assert len({item["event"] for item in items}) == events
    for item in items:
        assert item["expected"]["negated"] == (item["form"] == "negated"), item["id"]


def flag_counts(items: Sequence[Mapping]) -> tuple[int, int, int]:
    """How many items of a flags grid expect a negated triple, a hedged one, and are
    controls (a ``construction`` starting "control"); every ``negated`` a bool."""
    for item in items:
        assert isinstance(item["expected"]["negated"], bool), item["id"]
    return (sum(item["expected"]["negated"] for item in items),
            sum(bool(item["expected"]["hedged"]) for item in items),
            sum(item["construction"].startswith("control") for item in items))


def held(triples, expected: Mapping) -> bool:
    """Whether a triple has the expected sides and relation, the right way round, with
    the expected flags (a negated item needs a negated triple; any other one not
    negated and hedged as expected, ``hedged`` None: either)."""
    for t in triples:
        relation = (t.relation.lemma, t.relation.label)
        subject = side_names({"label": t.subject.label, "text": t.subject.text})
        obj = side_names({"label": t.object.label, "text": t.object.text})
        if not (relation_matches(expected["relation"], relation)
                and name_matches(expected["subject"], subject)
                and name_matches(expected["object"], obj)):
            continue
        if expected["negated"]:
            if t.negated:
                return True
        elif not t.negated and (expected["hedged"] is None
                                or bool(t.hedged) == expected["hedged"]):
            return True
    return False


def found(triples) -> list[tuple]:
    """The triples of a failed item, for the assertion message."""
    return [(t.subject.label, t.relation.label, t.object.label, t.negated, t.hedged)
            for t in triples]


def assert_holds(extractor: Extractor, item: Mapping) -> None:
    """Assert that one item holds, with the triples found in the message if not."""
    (result,) = extractor.extract([Article("t", item["sentence"])])
    assert held(result.triples, item["expected"]), found(result.triples)


def item_params(items: Iterable[Mapping], known_misses: Mapping[str, str]) -> list:
    """The items that must hold (all but the known misses) as pytest parameters."""
    return [pytest.param(item, id=f"{item['id']} {item['construction']}")
            for item in items if item["id"] not in known_misses]


def holding(extractor: Extractor, items: Sequence[Mapping]) -> int:
    """How many items hold, the known misses included."""
    results = extractor.extract([Article(item["id"], item["sentence"]) for item in items])
    return sum(held(result.triples, item["expected"])
               for item, result in zip(items, results, strict=True))
