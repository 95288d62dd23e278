"""Extraction quality on the PLOVER gold events: actorgraph against textacy's SVO triples.

Usage (from the project root, with the bench extra installed: pip install -e '.[bench]')::

    python benchmarks/evaluate.py [../shared/data/plover-gsr-dev.jsonl] [--write]

Both systems parse the same sentences with the same spaCy model in the same run;
textacy's ``subject_verb_object_triples`` is the baseline (it gives no event
class, so its class accuracy is not applicable). Metrics and name matching are
defined in :mod:`benchmarks.plover`. ``--write`` puts the table into
``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.extract.pipeline import DEFAULT_MODEL, load_model  # noqa: E402

from benchmarks.plover import (  # noqa: E402
    Prediction,
    actorgraph_system,
    evaluate,
    format_table,
    predict,
    read_gold,
)
from benchmarks.readme import replace_section  # noqa: E402

NAMED = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}


def textacy_system(model: str):
    from textacy.extract import subject_verb_object_triples

    nlp = load_model(model)

    def named(tokens) -> bool:
        return any(t.ent_type_ in NAMED for t in tokens)

    def text(tokens) -> str:
        return " ".join(t.text for t in tokens)

    def run(texts: list[str]) -> list[list[Prediction]]:
        out = []
        for doc in nlp.pipe(texts):
            out.append([Prediction(subject=(text(t.subject),), object=(text(t.object),),
                                   event_class=None,
                                   actors=named(t.subject) and named(t.object))
                        for t in subject_verb_object_triples(doc)])
        return out

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared" / "data" /
                                                        "plover-gsr-dev.jsonl"))
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    args = parser.parse_args()
    with open(args.gold, encoding="utf-8") as handle:
        gold = read_gold(handle)
    reports, seconds = {}, {}
    for name, system in (("actorgraph", actorgraph_system(args.model)),
                         ("textacy SVO", textacy_system(args.model))):
        started = time.perf_counter()
        reports[name] = evaluate(gold, predict(gold, system))
        seconds[name] = time.perf_counter() - started
    summary = format_table(reports, classes=False)
    detail = format_table({"actorgraph": reports["actorgraph"]})
    ours, base = reports["actorgraph"].overall, reports["textacy SVO"].overall
    ratio = (ours.pair_recall / base.pair_recall) if base.pair_recall else float("inf")
    text = (f"Gold: `{Path(args.gold).name}` ({len(gold)} events), model `{args.model}`, "
            f"both systems in one run.\n\n{summary}\n"
            f"Pair recall ratio actorgraph / textacy: **{ratio:.1f}×**.\n\n"
            f"actorgraph per event class:\n\n{detail}")
    print(text)
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", "evaluation", text)


if __name__ == "__main__":
    main()
