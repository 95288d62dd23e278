"""What each layer of the event-class lexicon changes: derived only, overrides only, both.

Usage (from the project root)::

    python benchmarks/lexicon_layers.py [--corpus ../shared/data/wikinews-2019-2020.jsonl] [--write]

The lexicon has two layers (:mod:`actorgraph.extract.events`): the verb table
derived from the CAMEO / PLOVER dictionaries and the reviewed overrides read on
top of it. Every text is parsed once; the extraction runs once per layer
combination on the same parses and is scored on the PLOVER tune and check
halves (:mod:`benchmarks.plover`, :mod:`benchmarks.split`) and the WCEP halves
(:mod:`benchmarks.wcep`). With ``--corpus``, it also counts on that corpus the
relations that get a class and the classes that differ from the default
(both layers). One more run switches the sense rules of
:func:`actorgraph.extract.events.sense_class` off. Only scores are printed: no
errors of either check half.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from actorgraph.extract import pipeline  # noqa: E402
from actorgraph.extract.events import load_lexicon, sense_class  # noqa: E402
from actorgraph.extract.pipeline import DEFAULT_MODEL, extract_doc, load_model  # noqa: E402

from actorgraph.records import Article  # noqa: E402
from benchmarks.plover import Prediction, evaluate, read_gold  # noqa: E402
from benchmarks.readme import replace_section  # noqa: E402
from benchmarks.split import HALVES, half  # noqa: E402
from benchmarks.wcep import extracted_of, read_summaries, score, split  # noqa: E402

__all__ = ["RUNS", "main"]

#: the layer combinations measured, by name: (layers, sense rules on)
RUNS = {
    "derived only": (("derived",), True),
    "overrides only": (("overrides",), True),
    "derived + overrides, no sense rules": (("derived", "overrides"), False),
    "derived + overrides (shipped)": (("derived", "overrides"), True),
}


def _no_senses(event_class, *args, **kwargs):
    return event_class


def _predictions(result) -> list[Prediction]:
    return [Prediction(subject=(t.subject.label, t.subject.text),
                       object=(t.object.label, t.object.text),
                       event_class=t.relation.event_class, confidence=t.confidence,
                       actors=not (t.subject.is_concept or t.object.is_concept))
            for t in result.triples]


def _fmt(a: int, b: int) -> str:
    return "–" if not b else f"{a / b:.2f}"


def main() -> None:
    data = ROOT.parent / "shared" / "data"
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plover", default=str(data / "plover-gsr-dev.jsonl"))
    parser.add_argument("--wcep", default=str(data / "wcep-2015-09-dev.jsonl"))
    parser.add_argument("--corpus", help="also count classes on this JSON Lines corpus")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    args = parser.parse_args()
    nlp = load_model(args.model)
    with open(args.plover, encoding="utf-8") as handle:
        gold = read_gold(handle)
    with open(args.wcep, encoding="utf-8") as handle:
        summaries = read_summaries(handle)
    gold_halves = {part: [e for e in gold if half(e.id.split("#", 1)[0]) == part]
                   for part in HALVES}
    wcep_halves = split(summaries)
    plover_articles = [Article(e.id, e.text) for e in gold]
    wcep_articles = [Article(s.id, s.text, date=s.date) for s in summaries]
    plover_docs = list(nlp.pipe(a.text for a in plover_articles))
    wcep_docs = list(nlp.pipe(a.text for a in wcep_articles))
    corpus_articles, corpus_docs = [], []
    if args.corpus:
        with open(args.corpus, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        corpus_articles = [Article(r["id"], r["text"], date=r.get("date")) for r in rows]
        corpus_docs = list(nlp.pipe((a.text for a in corpus_articles), batch_size=16))

    lines = ["| lexicon | verbs | PLOVER tune: pair recall / class accuracy "
             "| PLOVER check: pair recall / class accuracy | WCEP tune: core found "
             "| WCEP check: core found | WCEP actor precision (both halves) |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    corpus_lines = []
    default_classes: dict[tuple, str | None] = {}
    for name, (layers, senses) in reversed(RUNS.items()):  # the shipped lexicon first
        lexicon = load_lexicon(layers)
        # the sense rules off: the pipeline's one call of them passes the class through
        pipeline.sense_class = sense_class if senses else _no_senses
        predictions = {a.id: _predictions(extract_doc(d, a, lexicon=lexicon))
                       for a, d in zip(plover_articles, plover_docs, strict=True)}
        extracted = {a.id: extracted_of(extract_doc(d, a, lexicon=lexicon))
                     for a, d in zip(wcep_articles, wcep_docs, strict=True)}
        plover = {part: evaluate(gold_halves[part], predictions).overall for part in HALVES}
        wcep = {part: score(wcep_halves[part], extracted) for part in HALVES}
        both = score(summaries, extracted)
        cells = [f"{_fmt(plover[p].pairs_found, plover[p].pairs)} / "
                 f"{_fmt(plover[p].pairs_classified, plover[p].pairs_found)}" for p in HALVES]
        cells += [f"{_fmt(wcep[p].core_found, wcep[p].core)} ({wcep[p].core_found}/"
                  f"{wcep[p].core})" for p in HALVES]
        lines.append(f"| {name} | {len(lexicon.verbs)} | {cells[0]} | {cells[1]} | {cells[2]} "
                     f"| {cells[3]} | {_fmt(both.actor_triples_listed, both.actor_triples)} "
                     f"({both.actor_triples_listed}/{both.actor_triples}) |")
        if corpus_docs:
            classes = {(a.id, t.char_start, t.subject.label, t.relation.lemma, t.object.label):
                       t.relation.event_class
                       for a, d in zip(corpus_articles, corpus_docs, strict=True)
                       for t in extract_doc(d, a, lexicon=lexicon).triples}
            if not default_classes:
                default_classes = classes
            common = classes.keys() & default_classes.keys()
            changed = sum(classes[k] != default_classes[k] for k in common)
            with_class = sum(c is not None for c in classes.values())
            top = ", ".join(f"{c} {n}" for c, n in Counter(
                c for c in classes.values() if c).most_common(6))
            corpus_lines.append(
                f"| {name} | {len(classes):,} | {with_class:,} "
                f"({_fmt(with_class, len(classes))}) | {changed:,} of {len(common):,} "
                f"| {top} |")
    text = (f"PLOVER `{Path(args.plover).name}` split into tune / check halves by record id, "
            f"WCEP `{Path(args.wcep).name}` likewise (`benchmarks/split.py`); model "
            f"`{args.model}`, one parse, one extraction per lexicon. Pair recall does not "
            f"depend on the lexicon except through event nouns and verb classes that "
            f"rules consult (nominal events, demands).\n\n" + "\n".join(lines) + "\n")
    if corpus_lines:
        text += (f"\nOn `{Path(args.corpus).name}` ({len(corpus_articles)} articles): "
                 f"relation mentions, those with an event class, and of the relations "
                 f"found with both lexicons, those whose class differs from the shipped "
                 f"lexicon's.\n\n"
                 "| lexicon | relations | with a class | class differs from shipped "
                 "| most frequent classes |\n|---|---:|---:|---:|---|\n"
                 + "\n".join(corpus_lines) + "\n")
    print(text)
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", "lexicon-layers", text)


if __name__ == "__main__":
    main()
