"""Judge a random sample of a build's triples by hand: draw a sheet, then score it.

Usage (from the project root)::

    python benchmarks/audit.py OUT/triples.jsonl --n 200 --seed 12 --out sheet.csv
    python benchmarks/audit.py --score sheet.csv [sheet-2.csv ...] [--write]

Drawing picks ``n`` triples uniformly at random (``random.Random(seed)``, so
the same build and seed give the same sheet) and writes a CSV judging sheet,
one triple a row: ``id``, ``doc_id``, ``sentence``, ``subject``, ``relation``,
``object``, ``event_class``, ``negated``, ``hedged``, ``pattern``, and two
empty columns for the judge, ``judgement`` (``correct``, ``partly`` or
``wrong``) and ``notes``. Rows are in the order drawn; the sheet shows no
confidence, so the judge is not steered by the system's own estimate.

``--score`` reads judged sheets (pooled) and reports precision overall and per pattern:
*strict* counts ``correct``, *lenient* ``correct`` and ``partly``. Rows left
unjudged are counted apart and left out of the precision; any other value in
``judgement`` is an error.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

__all__ = [
    "COLUMNS",
    "JUDGEMENTS",
    "Precision",
    "draw",
    "format_scores",
    "read_sheet",
    "score_sheet",
    "sheet_rows",
    "write_sheet",
]

COLUMNS = ("id", "doc_id", "sentence", "subject", "relation", "object", "event_class",
           "negated", "hedged", "pattern", "judgement", "notes")
JUDGEMENTS = ("correct", "partly", "wrong")
#: below this strict precision a pattern is to be fixed or removed (issue 12)
THRESHOLD = 0.6


def draw(records: Sequence[dict], n: int, seed: int) -> list[dict]:
    """``n`` records drawn at random without replacement (all if fewer), seeded.

    Examples
    --------
    >>> records = [{"k": i} for i in range(10)]
    >>> draw(records, 3, seed=1) == draw(records, 3, seed=1), len(draw(records, 30, 1))
    (True, 10)
    """
    rng = random.Random(seed)
    indices = sorted(rng.sample(range(len(records)), min(n, len(records))))
    rng.shuffle(indices)
    return [records[i] for i in indices]


def _side(side: dict | None) -> str:
    if not side:
        return ""
    label, text = side.get("label") or "", side.get("text") or ""
    return label if not text or text == label else f"{label} [{text}]"


def sheet_rows(records: Iterable[dict]) -> list[dict[str, str]]:
    """Judging-sheet rows (unjudged) of ``triples.jsonl`` records.

    Examples
    --------
    >>> record = {"subject": {"label": "Hamas", "text": "Hamas"},
    ...           "relation": {"lemma": "attack", "label": "attack", "event_class": "ASSAULT"},
    ...           "object": {"label": "Israel", "text": "southern Israel"},
    ...           "negated": False, "hedged": True, "pattern": "svo",
    ...           "doc_id": "d1", "sentence": "Hamas may attack southern Israel."}
    >>> row = sheet_rows([record])[0]
    >>> row["id"], row["subject"], row["object"], row["hedged"], row["judgement"]
    ('1', 'Hamas', 'Israel [southern Israel]', 'yes', '')
    """
    rows = []
    for number, r in enumerate(records, start=1):
        relation = r.get("relation") or {}
        rows.append({
            "id": str(number),
            "doc_id": str(r.get("doc_id", "")),
            "sentence": " ".join(str(r.get("sentence", "")).split()),
            "subject": _side(r.get("subject")),
            "relation": relation.get("label") or relation.get("lemma") or "",
            "object": _side(r.get("object")),
            "event_class": relation.get("event_class") or "",
            "negated": "yes" if r.get("negated") else "",
            "hedged": "yes" if r.get("hedged") else "",
            "pattern": str(r.get("pattern", "")),
            "judgement": "",
            "notes": "",
        })
    return rows


def write_sheet(rows: Iterable[Mapping[str, str]], path: str | Path) -> None:
    """Write the sheet as CSV (UTF-8, every field quoted, ``\\n`` line ends)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, quoting=csv.QUOTE_ALL,
                                lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in COLUMNS})


def read_sheet(path: str | Path) -> list[dict[str, str]]:
    """The rows of a (judged) sheet; judgements are checked and case-folded."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        value = (row.get("judgement") or "").strip().casefold()
        if value and value not in JUDGEMENTS:
            raise ValueError(f"row {row.get('id')}: judgement must be one of {JUDGEMENTS} "
                             f"or empty, not {row.get('judgement')!r}")
        row["judgement"] = value
    return rows


@dataclass
class Precision:
    """Judged rows of one pattern (or all) and the precision they give."""

    correct: int = 0
    partly: int = 0
    wrong: int = 0
    unjudged: int = 0

    @property
    def judged(self) -> int:
        return self.correct + self.partly + self.wrong

    @property
    def strict(self) -> float | None:
        return self.correct / self.judged if self.judged else None

    @property
    def lenient(self) -> float | None:
        return (self.correct + self.partly) / self.judged if self.judged else None

    def count(self, judgement: str) -> None:
        name = judgement or "unjudged"
        setattr(self, name, getattr(self, name) + 1)


def score_sheet(rows: Iterable[Mapping[str, str]]) -> tuple[Precision, dict[str, Precision]]:
    """Precision overall and per pattern (patterns sorted by name).

    Examples
    --------
    >>> rows = [{"pattern": "svo", "judgement": "correct"},
    ...         {"pattern": "svo", "judgement": "partly"},
    ...         {"pattern": "passive", "judgement": "wrong"},
    ...         {"pattern": "passive", "judgement": ""}]
    >>> overall, by_pattern = score_sheet(rows)
    >>> overall.strict, overall.lenient, overall.unjudged
    (0.3333333333333333, 0.6666666666666666, 1)
    >>> by_pattern["svo"].lenient, by_pattern["passive"].strict
    (1.0, 0.0)
    """
    overall = Precision()
    by_pattern: dict[str, Precision] = {}
    for row in rows:
        judgement = (row.get("judgement") or "").strip().casefold()
        if judgement and judgement not in JUDGEMENTS:
            raise ValueError(f"judgement must be one of {JUDGEMENTS} or empty: {judgement!r}")
        overall.count(judgement)
        by_pattern.setdefault(row.get("pattern") or "?", Precision()).count(judgement)
    return overall, dict(sorted(by_pattern.items()))


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def format_scores(overall: Precision, by_pattern: Mapping[str, Precision]) -> str:
    """A Markdown table: judged rows, strict and lenient precision, per pattern."""
    lines = ["| pattern | judged | correct | partly | wrong | strict precision "
             "| lenient precision |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, p in [("**all**", overall), *by_pattern.items()]:
        flag = " (below 0.6)" if p.strict is not None and p.strict < THRESHOLD else ""
        lines.append(f"| {name} | {p.judged} | {p.correct} | {p.partly} | {p.wrong} "
                     f"| {_fmt(p.strict)}{flag} | {_fmt(p.lenient)} |")
    note = f"\n{overall.unjudged} rows unjudged (left out).\n" if overall.unjudged else ""
    return "\n".join(lines) + "\n" + note


def _read_records(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("triples", nargs="?",
                        help="a build's triples.jsonl (or its output folder) to draw from")
    parser.add_argument("--n", type=int, default=200, help="triples to draw (default 200)")
    parser.add_argument("--seed", type=int, default=12, help="random seed (default 12)")
    parser.add_argument("--out", help="the CSV sheet to write")
    parser.add_argument("--score", metavar="SHEET", nargs="+",
                        help="score judged sheets instead (several sheets are pooled)")
    parser.add_argument("--write", action="store_true",
                        help="with --score: put the table into benchmarks/README.md")
    args = parser.parse_args(argv)
    if args.score:
        overall, by_pattern = score_sheet([row for sheet in args.score
                                           for row in read_sheet(sheet)])
        names = ", ".join(f"`{Path(sheet).name}`" for sheet in args.score)
        text = (f"{'Sheets' if len(args.score) > 1 else 'Sheet'}: {names}, "
                f"{overall.judged} triples judged.\n\n{format_scores(overall, by_pattern)}")
        print(text)
        if args.write:
            from benchmarks.readme import replace_section

            replace_section(ROOT / "benchmarks" / "README.md", "audit", text)
        return
    if not args.triples or not args.out:
        parser.error("drawing needs TRIPLES and --out (or use --score SHEET)")
    path = Path(args.triples)
    if path.is_dir():
        path = path / "triples.jsonl"
    records = _read_records(path)
    rows = sheet_rows(draw(records, args.n, args.seed))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    write_sheet(rows, args.out)
    print(f"{len(rows)} of {len(records)} triples of {path} (seed {args.seed}) -> {args.out}")


if __name__ == "__main__":
    main()
