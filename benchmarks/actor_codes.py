"""What the actor dictionaries and the gazetteer cost in a build (issue 13).

Usage (from the project root)::

    python benchmarks/actor_codes.py [--corpus ../shared/data/wikinews-2019-2020.jsonl]
                                     [--write] [--dump merges.json]

Builds the graph of the corpus in one process (one worker: extraction, graph,
RDF) and times, inside the same run, everything issue 13 added:

* loading the dictionary tables (first lookup);
* coding the mentions of each article (:class:`extract.coding.ArticleCoder`)
  and the dictionary synonyms looked up while resolving names
  (:func:`extract.dictionary.dictionary_variant`);
* merging names across articles (:func:`graph.actors.merge_actors`);
* linking places to GeoNames (indexing the places file once, then ``locate``).

Times are CPU times of the process (``time.process_time``), so that other
load on the machine does not count. It also counts what they did: coded
mentions, nodes with codes, located places, merges by reason. ``--write``
puts the table into ``benchmarks/README.md``; ``--dump`` writes every merged
alias with its reason, for reading.
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.readme import replace_section  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "wikinews-2019-2020.jsonl"
SPENT: Counter = Counter()


#: Time spent in timed calls nested in each running timed call (exclusive times).
_NESTED: list[float] = []


def timed(owner, name: str, bucket: str) -> None:
    """Replace ``owner.name`` by a wrapper adding its time to ``SPENT[bucket]``:
    its own time, without that of timed calls nested in it (counted in theirs)."""
    inner = getattr(owner, name)

    def wrapper(*args, **kwargs):
        started = time.process_time()
        _NESTED.append(0.0)
        try:
            return inner(*args, **kwargs)
        finally:
            elapsed = time.process_time() - started
            nested = _NESTED.pop()
            SPENT[bucket] += elapsed - nested
            if _NESTED:
                _NESTED[-1] += elapsed

    static = isinstance(inspect.getattr_static(owner, name), staticmethod)
    setattr(owner, name, staticmethod(wrapper) if static else wrapper)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args(argv)

    from actorgraph.exports.rdf import serialize
    from actorgraph.extract import actors, coding, dictionary, pipeline
    from actorgraph.graph import build, places

    from actorgraph.readers import read_articles

    started = time.process_time()
    for module in (dictionary, actors):
        timed(module, "dictionary_variant", "dictionary lookups while resolving names")
    timed(coding.ArticleCoder, "coded_result", "coding mentions (CAMEO codes)")
    timed(build, "merge_actors", "merging names across articles")
    timed(places, "_index", "GeoNames: indexing the places file")
    timed(build.GraphBuilder, "_world", "GeoNames: linking nodes")
    timed(build.GraphBuilder, "_dateline_place", "GeoNames: linking nodes")
    tables = time.process_time()
    dictionary.lookup("Hezbollah")
    dictionary.sector_of(["soldiers"])
    SPENT["loading the dictionary tables"] += time.process_time() - tables

    articles = list(read_articles([args.corpus]))
    extractor = pipeline.Extractor()
    results = list(extractor.extract(articles))
    G = build.build_graph(results)
    serialize(G, "turtle")
    total = time.process_time() - started

    mentions = [m for r in results for m in r.mentions]
    coded = sum(1 for m in mentions if m.code)
    nodes = [d for _, d in G.nodes(data=True) if d["kind"] == "actor"]
    place_nodes = [d for d in nodes if d["type"] in ("GPE", "LOC", "FAC")]
    located = [d for d in place_nodes if "geonames" in d]
    reasons = Counter(why for d in nodes for why in d["via"].values())
    ours = sum(SPENT.values())
    words = sum(len(a.text.split()) for a in articles)
    lines = [
        f"{len(articles)} Wikinews articles ({words:,} words), one worker, whole build "
        f"(model loading, extraction, graph, Turtle): **{total:.1f} s** of CPU.",
        "",
        "| step | seconds | share of the build |",
        "|---|---:|---:|",
    ]
    for bucket, seconds in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {bucket} | {seconds:.2f} | {100 * seconds / total:.1f}% |")
    lines.append(f"| **all of issue 13** | **{ours:.2f}** | **{100 * ours / total:.1f}%** |")
    lines += [
        "",
        f"Mentions with a CAMEO code: {coded:,} of {len(mentions):,} named-entity mentions; "
        f"actor nodes with codes: {sum(1 for d in nodes if d['codes']):,} of {len(nodes):,}; "
        f"with a country: {sum(1 for d in nodes if 'country' in d):,}. Place nodes (GPE, LOC, "
        f"FAC) linked to GeoNames: {len(located):,} of {len(place_nodes):,}. Aliases by reason: "
        + ", ".join(f"{why} {n:,}" for why, n in sorted(reasons.items())) + ".",
    ]
    text = "\n".join(lines)
    print(text)
    if args.dump:
        merged = {d["label"]: d["via"] for d in nodes if d["via"]}
        unlinked = sorted(d["label"] for d in place_nodes if "geonames" not in d)
        args.dump.write_text(json.dumps({"merged": merged, "unlinked places": unlinked},
                                        indent=1, ensure_ascii=False, sort_keys=True),
                             encoding="utf-8")
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", "actor-codes", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
