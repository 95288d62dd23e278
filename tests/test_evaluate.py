"""The evaluation against gold events: matching and metrics."""

from __future__ import annotations

import json

import pytest

from benchmarks.plover import (
    Gold,
    Prediction,
    evaluate,
    format_table,
    names_match,
    normalise,
    read_gold,
)


@pytest.mark.parametrize(("gold", "names", "expected"), [
    ("British Defence Secretary Tom King", ["Tom King"], True),
    ("Tom King", ["British Defence Secretary Tom King"], True),
    ("Hungarian", ["Hungary"], True),
    ("U.N. Security Council", ["the UN Security Council resolution"], True),
    ("United States", ["US"], True),
    ("Libya", ["Liberia"], False),
    ("King Hassan of Morocco", ["Morocco", "Hassan"], True),
    ("Red Crescent", ["Red Cross"], False),
    ("", ["anything"], False),
])
def test_names_match(gold, names, expected):
    assert names_match(gold, names) is expected


def test_normalise_ignores_articles_and_punctuation():
    assert normalise("The U.S.-led coalition's forces") == \
        ("united", "states", "led", "coalition", "forces")


def test_read_gold_splits_events(tmp_path):
    row = {"id": "s1", "text": "Israel struck Gaza.",
           "events": [{"source": ["Israel"], "target": ["Gaza"], "code": "FIGHT"},
                      {"source": ["Gaza"], "target": [], "code": "PROTEST"}]}
    events = read_gold([json.dumps(row), ""])
    assert [(e.id, e.code, e.sources, e.targets) for e in events] == [
        ("s1#0", "FIGHT", ("Israel",), ("Gaza",)), ("s1#1", "PROTEST", ("Gaza",), ())]


def pred(s, o, cls, conf=1.0, actors=True):
    return Prediction(subject=(s,), object=(o,), event_class=cls, confidence=conf,
                      actors=actors)


def test_metrics_count_direction_class_and_precision():
    gold = [
        Gold("a", "", "FIGHT", ("Israel",), ("Gaza",)),
        Gold("b", "", "AGREE", ("Iran", "Iraq"), ("Turkey",)),
        Gold("c", "", "PROTEST", ("farmers",), ()),
    ]
    predictions = {
        # right pair, right class on the most confident match
        "a": [pred("Israel", "Gaza", "ASSAULT", 0.5), pred("Israel", "Gaza", "FIGHT", 0.9)],
        # one pair right but in the wrong direction, one right with the wrong class
        "b": [pred("Turkey", "Iran", "AGREE"), pred("Iraq", "Turkey", "REJECT"),
              pred("Iraq", "Syria", None)],
        "c": [pred("farmers", "prices", "PROTEST", actors=False)],
    }
    report = evaluate(gold, predictions)
    s = report.overall
    assert (s.sources, s.sources_found) == (4, 3)  # Israel, Iraq, farmers; not Iran
    assert (s.targets, s.targets_found) == (2, 2)  # Gaza; Turkey (object of Iraq)
    assert (s.pairs, s.pairs_found, s.pairs_classified) == (3, 2, 1)
    assert (s.actor_triples, s.actor_triples_correct) == (5, 3)
    assert s.pair_recall == pytest.approx(2 / 3)
    assert s.class_accuracy == pytest.approx(0.5)
    assert report.by_class["AGREE"].pairs_found == 1
    assert report.by_class["PROTEST"].pair_recall is None
    table = format_table({"x": report})
    assert "| x | all | 3 | 0.75 | 1.00 | 0.67 (2/3) | 0.50 | 0.60 (3/5) |" in table
