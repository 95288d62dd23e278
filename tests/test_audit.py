"""benchmarks/audit.py: drawing a judging sheet and scoring a judged one."""

from __future__ import annotations

import csv
import json

import pytest

from benchmarks.audit import (
    COLUMNS,
    draw,
    format_scores,
    main,
    read_sheet,
    score_sheet,
    sheet_rows,
    write_sheet,
)


def record(i, pattern="svo", *, negated=False, hedged=False):
    return {"subject": {"label": f"S{i}", "text": f"the S{i}"},
            "relation": {"lemma": "attack", "label": "attack", "event_class": "ASSAULT"},
            "object": {"label": f"O{i}", "text": f"O{i}"}, "negated": negated,
            "hedged": hedged, "pattern": pattern, "doc_id": f"d{i}",
            "sentence": f"S{i} attacked\nO{i}, \"allegedly\"."}


def test_draw_is_seeded_without_replacement():
    records = [record(i) for i in range(50)]
    first = draw(records, 10, seed=3)
    assert first == draw(records, 10, seed=3)
    assert first != draw(records, 10, seed=4)
    assert len({r["doc_id"] for r in first}) == 10
    assert len(draw(records, 80, seed=3)) == 50


def test_sheet_round_trip_keeps_hostile_text(tmp_path):
    rows = sheet_rows([record(1, negated=True), record(2, "passive", hedged=True)])
    path = tmp_path / "sheet.csv"
    write_sheet(rows, path)
    with open(path, encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert tuple(header) == COLUMNS
    back = read_sheet(path)
    assert [r["sentence"] for r in back] == ['S1 attacked O1, "allegedly".',
                                            'S2 attacked O2, "allegedly".']
    assert [(r["subject"], r["negated"], r["hedged"], r["judgement"]) for r in back] == [
        ("S1 [the S1]", "yes", "", ""), ("S2 [the S2]", "", "yes", "")]


def test_score_strict_and_lenient_per_pattern(tmp_path):
    rows = sheet_rows([record(i, "svo" if i < 4 else "passive") for i in range(6)])
    for row, judgement in zip(rows, ["correct", "Partly", "wrong", "correct", "wrong", ""],
                              strict=True):
        row["judgement"] = judgement
    path = tmp_path / "judged.csv"
    write_sheet(rows, path)
    overall, by_pattern = score_sheet(read_sheet(path))
    assert (overall.judged, overall.unjudged) == (5, 1)
    assert overall.strict == pytest.approx(2 / 5) and overall.lenient == pytest.approx(3 / 5)
    assert by_pattern["svo"].strict == 0.5 and by_pattern["svo"].lenient == 0.75
    assert by_pattern["passive"].strict == 0.0 and by_pattern["passive"].unjudged == 1
    table = format_scores(overall, by_pattern)
    assert "| passive | 1 | 0 | 0 | 1 | 0.00 (below 0.6) | 0.00 |" in table
    assert "1 rows unjudged" in table


def test_unknown_judgement_is_an_error(tmp_path):
    rows = sheet_rows([record(1)])
    rows[0]["judgement"] = "maybe"
    path = tmp_path / "bad.csv"
    write_sheet(rows, path)
    with pytest.raises(ValueError, match="judgement"):
        read_sheet(path)


def test_command_line_draws_then_scores(tmp_path, capsys):
    out = tmp_path / "build"
    out.mkdir()
    (out / "triples.jsonl").write_text(
        "".join(json.dumps(record(i)) + "\n" for i in range(30)), encoding="utf-8")
    sheet = tmp_path / "sheet.csv"
    main([str(out), "--n", "5", "--seed", "7", "--out", str(sheet)])
    rows = read_sheet(sheet)
    assert len(rows) == 5 and all(r["judgement"] == "" for r in rows)
    main(["--score", str(sheet)])
    assert "5 rows unjudged" in capsys.readouterr().out
    # several judged sheets are pooled into one table
    judged = [{**row, "judgement": "correct" if int(row["id"]) % 2 else "wrong"} for row in rows]
    write_sheet(judged, tmp_path / "a.csv")
    write_sheet(judged[:2], tmp_path / "b.csv")
    main(["--score", str(tmp_path / "a.csv"), str(tmp_path / "b.csv")])
    out = capsys.readouterr().out
    assert "`a.csv`, `b.csv`, 7 triples judged" in out
    correct = sum(r["judgement"] == "correct" for r in judged + judged[:2])
    assert f"| **all** | 7 | {correct} |" in out
