"""rdflib's in-memory graph against the Oxigraph store (pyoxigraph) at 1 M+ triples.

Usage (from the project root)::

    python benchmarks/rdf_stores.py [--corpus ../shared/data/wikinews-2019-2020.jsonl]
                                    [--triples 1000000] [--write]

The Wikinews corpus is extracted once; its results are repeated with distinct
article ids until the RDF graph has at least ``--triples`` triples, and written
as Turtle. Each engine then runs in its own process (so its peak memory is its
own): parse the Turtle file, run the ``who-did-what`` preset (a GROUP BY over
all statements), and write Turtle back. ``--write`` puts the table into
``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import queue
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.readme import replace_section  # noqa: E402

COUNT_BY_CLASS = """
SELECT ?class (COUNT(?statement) AS ?n)
WHERE { ?statement <https://actorgraph.example/ns#eventClass> ?class }
GROUP BY ?class
"""


def _report(step: str, value) -> None:
    print(json.dumps({step: value}), flush=True)


def _peak_rss_mb() -> float:
    """This process's own peak RSS (``VmHWM``), in MB.

    ``getrusage`` is not used: on Linux its ``ru_maxrss`` carries the parent's
    high-water mark across fork and exec, so a child started by a large parent
    would report the parent's peak.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _engine(name: str, ttl: str) -> None:
    """Measure one engine in this process, reporting each step as it finishes."""
    from actorgraph.exports.sparql import BASE_PREFIXES, list_presets, prefixes

    preset = list_presets()["who-did-what"].text
    if name == "pyoxigraph":
        import pyoxigraph as ox

        started = time.perf_counter()
        store = ox.Store()
        store.bulk_load(path=ttl, format=ox.RdfFormat.TURTLE)
        _report("parse", time.perf_counter() - started)
        _report("triples", len(store))
        started = time.perf_counter()
        rows = list(store.query(COUNT_BY_CLASS))
        _report("group_by", time.perf_counter() - started)
        _report("group_by_rows", len(rows))
        started = time.perf_counter()
        with tempfile.TemporaryFile() as handle:
            triples = (q.triple for q in store.quads_for_pattern(None, None, None, None))
            ox.serialize(triples, handle, format=ox.RdfFormat.TURTLE, prefixes=BASE_PREFIXES)
        _report("write", time.perf_counter() - started)
        _report("peak_rss_mb", _peak_rss_mb())
        started = time.perf_counter()
        rows = list(store.query(preset, prefixes=prefixes(store),
                                use_default_graph_as_union=True))
        _report("preset", time.perf_counter() - started)
        _report("preset_rows", len(rows))
    else:
        from rdflib import Graph

        started = time.perf_counter()
        g = Graph()
        g.parse(ttl, format="turtle")
        _report("parse", time.perf_counter() - started)
        _report("triples", len(g))
        started = time.perf_counter()
        rows = list(g.query(COUNT_BY_CLASS))
        _report("group_by", time.perf_counter() - started)
        _report("group_by_rows", len(rows))
        started = time.perf_counter()
        with tempfile.TemporaryFile() as handle:
            g.serialize(handle, format="turtle")
        _report("write", time.perf_counter() - started)
        _report("peak_rss_mb", _peak_rss_mb())
        header = "".join(f"PREFIX {k}: <{v}>\n" for k, v in g.namespaces())
        started = time.perf_counter()
        rows = list(g.query(header + preset))
        _report("preset", time.perf_counter() - started)
        _report("preset_rows", len(rows))


def _run(engine: str, ttl: Path, cap: float) -> dict:
    """Run one engine in a subprocess; steps not done within ``cap`` seconds are missing."""
    process = subprocess.Popen([sys.executable, __file__, "--engine", engine, "--ttl", str(ttl)],
                               stdout=subprocess.PIPE, text=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout] and None,
                     daemon=True).start()
    measured: dict = {}
    deadline = time.monotonic() + cap
    while process.poll() is None or not lines.empty():
        try:
            measured.update(json.loads(lines.get(timeout=0.5)))
        except queue.Empty:
            if time.monotonic() > deadline:
                break
    if process.poll() is None:
        process.kill()
    process.wait()
    while not lines.empty():
        measured.update(json.loads(lines.get()))
    return measured


def _seconds(value: float) -> str:
    return f"{value:.3f} s" if value < 0.1 else f"{value:.2f} s"


def _prepare(corpus: str, target: int, folder: Path) -> tuple[Path, int, int]:
    from actorgraph.exports.rdf import write_rdf
    from actorgraph.extract.pipeline import Extractor
    from actorgraph.graph.build import GraphBuilder

    from actorgraph.readers import read_articles

    results = list(Extractor().extract(read_articles([corpus])))
    per_copy = 0
    copies = 1
    while True:
        builder = GraphBuilder()
        for k in range(copies):
            for r in results:
                article = replace(r.article, id=f"{r.article.id}~{k}")
                triples = tuple(replace(t, doc_id=article.id) for t in r.triples)
                builder.add(replace(r, article=article, triples=triples))
        G = builder.build()
        path = folder / "graph.ttl"
        count = write_rdf(G, path)
        if count >= target:
            return path, count, copies
        per_copy = per_copy or count
        copies = max(copies + 1, -(-target // max(per_copy, 1)) + 1)


def _cell(measured: dict, key: str, cap: float) -> str:
    return _seconds(measured[key]) if key in measured else f"> {cap:.0f} s (stopped)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" /
                                                 "wikinews-2019-2020.jsonl"))
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--cap", type=float, default=1800.0,
                        help="seconds after which an engine's remaining steps are abandoned")
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--ttl", help=argparse.SUPPRESS)
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    args = parser.parse_args()
    if args.engine:
        _engine(args.engine, args.ttl)
        return
    with tempfile.TemporaryDirectory() as tmp:
        ttl, count, copies = _prepare(args.corpus, args.triples, Path(tmp))
        size = ttl.stat().st_size / 1e6
        ox_ = _run("pyoxigraph", ttl, args.cap)
        rl = _run("rdflib", ttl, args.cap)
    if "group_by_rows" in rl:
        assert ox_["group_by_rows"] == rl["group_by_rows"]
    if "preset_rows" in rl:
        assert ox_["preset_rows"] == rl["preset_rows"]
    lines = [
        f"Graph: the Wikinews corpus repeated {copies}× with distinct ids: "
        f"{count:,} triples, {size:.0f} MB of Turtle; both engines in the same run, "
        f"each in its own process, steps abandoned after {args.cap:.0f} s.",
        "",
        "| operation | rdflib (in-memory Graph) | pyoxigraph (Store) | ratio |",
        "|---|---:|---:|---:|",
    ]
    for key, name in (("parse", "parse Turtle"),
                      ("group_by", "GROUP BY: statements per event class"),
                      ("write", "write Turtle"),
                      ("preset", "`who-did-what` preset (joins, GROUP BY)")):
        ratio = f"{rl[key] / ox_[key]:.0f}×" if key in rl else \
            f"> {args.cap / ox_[key]:.0f}×"
        lines.append(f"| {name} | {_cell(rl, key, args.cap)} | {_cell(ox_, key, args.cap)} "
                     f"| {ratio} |")
    if "peak_rss_mb" in rl:
        lines.append(f"| peak memory after parse, query and write (RSS) | "
                     f"{rl['peak_rss_mb']:,.0f} MB | {ox_['peak_rss_mb']:,.0f} MB | "
                     f"{rl['peak_rss_mb'] / ox_['peak_rss_mb']:.1f}× |")
    lines.append("")
    lines.append(f"Where both finish, both engines return the same rows "
                 f"({ox_['group_by_rows']:,} and {ox_['preset_rows']:,}).")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", "rdf-stores", text)


if __name__ == "__main__":
    main()
