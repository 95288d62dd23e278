"""Extraction quality on the PLOVER gold events: actorgraph against textacy's SVO triples.

Usage (from the project root, with the bench extra installed: pip install -e '.[bench]')::

    python benchmarks/evaluate.py [../shared/data/plover-gsr-dev.jsonl] [--write [--section NAME]]
                                  [--errors]

Both systems parse the same sentences with the same spaCy model in the same run;
textacy's ``subject_verb_object_triples`` is the baseline (it gives no event
class, so its class accuracy is not applicable). Metrics and name matching are
defined in :mod:`benchmarks.plover`. The records are split into a tune half and
a check half by record id (:mod:`benchmarks.split`); both are scored, per-class
detail and ``--errors`` (missed pairs and wrong classes) are shown for the tune
half only: the check half is never read for errors. ``--write`` puts the
tables into ``benchmarks/README.md``.
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
    Gold,
    Prediction,
    actorgraph_system,
    evaluate,
    format_table,
    names_match,
    predict,
    read_gold,
)
from benchmarks.readme import replace_section  # noqa: E402
from benchmarks.split import CHECK, HALVES, TUNE, half  # noqa: E402

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


def record_half(event: Gold) -> str:
    """The half of a gold event: that of its record (the id before ``#``)."""
    return half(event.id.split("#", 1)[0])


def split_gold(gold: list[Gold]) -> dict[str, list[Gold]]:
    """Gold events by half, ``{"tune": [...], "check": [...]}``."""
    halves: dict[str, list[Gold]] = {name: [] for name in HALVES}
    for event in gold:
        halves[record_half(event)].append(event)
    return halves


def tune_errors(gold: list[Gold], predictions: dict[str, list[Prediction]]) -> list[str]:
    """Missed pairs and wrong classes of the tune half (never the check half)."""
    lines = []
    for event in gold:
        if record_half(event) != TUNE:
            continue
        predicted = predictions.get(event.id, [])
        for source in event.sources:
            for target in event.targets:
                matching = [p for p in predicted if names_match(source, p.subject)
                            and names_match(target, p.object)]
                if not matching:
                    got = "; ".join(f"{p.subject[0]} -> {p.object[0]} ({p.event_class})"
                                    for p in predicted) or "nothing"
                    lines.append(f"MISS {event.id} {event.code} {source} -> {target}\n"
                                 f"     {event.text}\n     got: {got}")
                else:
                    best = max(matching, key=lambda p: p.confidence)
                    if best.event_class != event.code:
                        lines.append(f"CLASS {event.id} {source} -> {target}: gold "
                                     f"{event.code}, got {best.event_class}\n     {event.text}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared" / "data" /
                                                        "plover-gsr-dev.jsonl"))
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    parser.add_argument("--section", default="evaluation",
                        help="the README section --write replaces (default: evaluation)")
    parser.add_argument("--errors", action="store_true",
                        help="print actorgraph's misses and wrong classes on the tune half")
    args = parser.parse_args()
    with open(args.gold, encoding="utf-8") as handle:
        gold = read_gold(handle)
    halves = split_gold(gold)
    reports, seconds, predictions = {}, {}, {}
    for name, system in (("actorgraph", actorgraph_system(args.model)),
                         ("textacy SVO", textacy_system(args.model))):
        started = time.perf_counter()
        predictions[name] = predict(gold, system)
        seconds[name] = time.perf_counter() - started
        for part in HALVES:
            reports[f"{name}, {part}"] = evaluate(halves[part], predictions[name])
    summary = format_table(reports, classes=False)
    detail = format_table({f"actorgraph, {TUNE}": reports[f"actorgraph, {TUNE}"]})
    ratios = []
    for part in HALVES:
        ours = reports[f"actorgraph, {part}"].overall
        base = reports[f"textacy SVO, {part}"].overall
        ratio = (ours.pair_recall / base.pair_recall) if base.pair_recall else float("inf")
        ratios.append(f"{part} **{ratio:.1f}×**")
    records = {part: len({e.id.split("#", 1)[0] for e in halves[part]}) for part in HALVES}
    text = (f"Gold: `{Path(args.gold).name}` ({len(gold)} events), model `{args.model}`, "
            f"both systems in one run. Split by record id (`benchmarks/split.py`): "
            f"tune half {records[TUNE]} records ({len(halves[TUNE])} events), check half "
            f"{records[CHECK]} records ({len(halves[CHECK])} events).\n\n{summary}\n"
            f"Pair recall ratio actorgraph / textacy: {', '.join(ratios)}.\n\n"
            f"actorgraph per event class, tune half only (the check half is only scored):"
            f"\n\n{detail}")
    print(text)
    if args.errors:
        print("\n".join(tune_errors(gold, predictions["actorgraph"])))
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", args.section, text)


if __name__ == "__main__":
    main()
