"""The WCEP event-summary scorer: the matching rules of wcep-guidelines.md on tiny inputs."""

from __future__ import annotations

import json

import pytest

from benchmarks.split import CHECK, TUNE, half
from benchmarks.wcep import (
    Extracted,
    GoldTriple,
    Summary,
    format_table,
    matches,
    name_matches,
    read_summaries,
    relation_matches,
    report,
    score,
    score_summary,
)


def gold(s, r, o):
    return GoldTriple(tuple(s), tuple(r), tuple(o))


def summary(sid="x", **lists):
    kinds = ("core", "optional", "negated", "hedged", "forbid")
    return Summary(sid, None, "", {k: tuple(lists.get(k, ())) for k in kinds})


def ext(s, r, o, *, negated=False, hedged=False, actors=True, label=None):
    return Extracted(subject=(s,), relation=(r, label or r), object=(o,), negated=negated,
                     hedged=hedged, actors=actors)


@pytest.mark.parametrize(("listed", "side", "expected"), [
    (["Tony Abbott"], ["Prime Minister Tony Abbott"], True),   # listed inside the side
    (["Liberal Party of Australia"], ["Liberal Party"], True),  # side inside the listed
    (["U.S."], ["the US"], False),                              # words, not letters
    (["U.S."], ["U.S. forces"], True),                          # punctuation aside
    (["hungarian police"], ["Hungarian Police"], True),         # case aside
    (["Libya"], ["Liberia"], False),
    (["Abbott Road"], ["Tony Abbott"], False),                  # contiguous words only
    (["Israel"], ["", "Israeli forces"], False),                # whole words, empty side
])
def test_name_matching(listed, side, expected):
    assert name_matches(listed, side) is expected


@pytest.mark.parametrize(("listed", "relation", "expected"), [
    (["attack"], ["attack", "order attack"], True),
    (["attack"], ["order", "order attack"], True),    # a word of the label
    (["attack"], ["attacker", "attacker"], False),    # whole words, no stemming
    (["arrest", "detain"], ["detain"], True),
    (["meet"], ["meet with"], True),
])
def test_relation_matching(listed, relation, expected):
    assert relation_matches(listed, relation) is expected


def test_match_keeps_direction_and_reverse_swaps():
    g = gold(["Russia"], ["strike"], ["Syria"])
    forward, backward = ext("Russia", "strike", "Syria"), ext("Syria", "strike", "Russia")
    assert matches(g, forward) and not matches(g, backward)
    assert matches(g, backward, reverse=True) and not matches(g, forward, reverse=True)


def test_core_found_only_when_not_negated():
    s = summary(core=[gold(["Turkey"], ["bomb"], ["PKK"])])
    assert score_summary(s, [ext("Turkey", "bomb", "PKK", negated=True)]).core_found == 0
    assert score_summary(s, [ext("Turkey", "bomb", "PKK")]).core_found == 1
    assert score_summary(s, [ext("Turkey", "bomb", "PKK", hedged=True)]).core_found == 1


def test_negated_and_hedged_must_be_flagged():
    s = summary(negated=[gold(["Iran"], ["attack"], ["Iraq"])],
                hedged=[gold(["Iran"], ["sanction"], ["Iraq"])])
    plain = score_summary(s, [ext("Iran", "attack", "Iraq"), ext("Iran", "sanction", "Iraq")])
    assert (plain.negated_flagged, plain.hedged_flagged) == (0, 0)
    # found, though not flagged: the scorer tells a missed flag from a missed triple
    assert (plain.negated_found, plain.hedged_found) == (1, 1)
    assert (score_summary(s, []).negated_found, score_summary(s, []).hedged_found) == (0, 0)
    assert [e.split()[:3] for e in plain.errors] == [["negated", "not", "flagged"],
                                                     ["hedged", "not", "flagged"]]
    assert [e.split()[:3] for e in score_summary(s, []).errors] == [
        ["negated", "not", "found"], ["hedged", "not", "found"]]
    flagged = score_summary(s, [ext("Iran", "attack", "Iraq", negated=True),
                                ext("Iran", "sanction", "Iraq", hedged=True)])
    assert (flagged.negated, flagged.negated_flagged, flagged.hedged,
            flagged.hedged_flagged) == (1, 1, 1, 1)


def test_forbidden_and_reversed_readings_are_counted():
    s = summary(core=[gold(["police"], ["arrest"], ["Smith"])],
                forbid=[gold(["Smith"], ["arrest"], ["police"])])
    wrong = score_summary(s, [ext("Smith", "arrest", "police")])
    assert (wrong.core_found, wrong.forbidden_produced, wrong.reversed) == (0, 1, 1)
    # found the right way round too: not a reversed reading (the forbidden one still counts)
    both = score_summary(s, [ext("police", "arrest", "Smith"), ext("Smith", "arrest", "police")])
    assert (both.core_found, both.forbidden_produced, both.reversed) == (1, 1, 0)


def test_actor_precision_counts_listed_triples_between_actors():
    s = summary(core=[gold(["A"], ["meet"], ["B"])], optional=[gold(["A"], ["lead"], ["C"])])
    out = score_summary(s, [ext("A", "meet", "B"), ext("A", "lead", "C"), ext("A", "hit", "D"),
                            ext("A", "meet", "people", actors=False)])
    assert (out.actor_triples, out.actor_triples_listed) == (3, 2)


def test_score_sums_summaries_and_report_splits_by_id():
    rows = [json.dumps({"id": f"w{i}", "date": "2015-09-01", "text": "t",
                        "core": [{"s": ["A"], "r": ["meet"], "o": ["B"]}],
                        "optional": [], "negated": [], "hedged": [], "forbid": []})
            for i in range(6)]
    summaries = read_summaries(rows + [""])
    extracted = {"w0": [ext("A", "meet", "B")], "w1": [ext("A", "meet", "B")]}
    total = score(summaries, extracted)
    assert (total.summaries, total.core, total.core_found) == (6, 6, 2)
    halves, table = report(summaries, extracted)
    tune = sum(half(s.id) == TUNE for s in summaries)
    assert halves[f"actorgraph, {TUNE}"].summaries == tune
    assert halves[f"actorgraph, {CHECK}"].summaries == 6 - tune
    assert "| actorgraph, both halves | 6 | 0.33 (2/6) |" in table
    assert format_table({}).count("\n") == 2


def test_split_is_by_id_alone():
    ids = [f"r{i}" for i in range(200)]
    halves = [half(i) for i in ids]
    assert halves == [half(i) for i in ids]  # deterministic
    assert 70 < halves.count(TUNE) < 130    # roughly even
