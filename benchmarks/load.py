"""Many concurrent clients against ``actorgraph serve``, and the server's memory meanwhile.

Usage (from the project root)::

    python benchmarks/load.py [GRAPH] [--clients 200] [--seconds 30] [--write]

GRAPH (default: the graph of ``examples/``, built first) is served by
``actorgraph serve`` on the loopback interface; CLIENTS threads then send
SPARQL queries (a mix of the shipped presets and small SELECT, ASK and
CONSTRUCT queries) back to back for SECONDS seconds, each on a fresh
connection, as a crowd of separate clients would. Every answer is checked;
the resident memory of the server and its query workers is sampled
throughout. ``--write`` puts the table into ``benchmarks/README.md``.

The test suite runs :func:`run_load` too (``tests/test_load.py``), for its
no-error and bounded-memory guarantees.
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

QUERIES = [
    "ASK { ?s a ag:Statement }",
    "SELECT ?name WHERE { ?a a ag:Actor ; rdfs:label ?name } ORDER BY ?name LIMIT 20",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s a ag:Statement }",
    "CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a ag:Actor ; rdfs:label ?l } LIMIT 10",
]


def _preset_queries() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from actorgraph.exports.sparql import bind_params, list_presets

    presets = list_presets()
    return [bind_params(presets["who-did-what"].text, {}),
            bind_params(presets["most-connected"].text, {}),
            bind_params(presets["actor"].text, {"name": "Blinken"})]


def rss_mb(pid: int) -> float:
    """Resident memory (MB) of a process and all its descendants (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as handle:
                    stack.extend(int(c) for c in handle.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / 1024


@dataclass
class LoadReport:
    """What the clients saw and what the server used."""

    clients: int
    seconds: float
    requests: int = 0
    errors: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    rss_start: float = 0.0
    rss_end: float = 0.0
    rss_peak: float = 0.0
    fewest: int = 0  # requests of the client that made fewest

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    def latency(self, q: float) -> float:
        return statistics.quantiles(self.latencies, n=100)[int(q * 100) - 1]


class Served:
    """``actorgraph serve GRAPH`` on a free loopback port, in a subprocess."""

    def __init__(self, graph: Path, *extra: str):
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "build_graph.py"), "serve", str(graph), "--port", "0",
             "--quiet", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if "serving" not in line:
            self.process.kill()
            raise RuntimeError(f"server did not start: {line}{self.process.stderr.read()}")
        url = urllib.parse.urlsplit(line.split()[2])
        self.host, self.port = url.hostname, url.port

    def stop(self) -> int:
        self.process.terminate()
        try:
            return self.process.wait(timeout=20)
        finally:
            if self.process.poll() is None:
                self.process.kill()


def run_load(served: Served, *, clients: int = 200, seconds: float = 30.0,
             queries: list[str] | None = None) -> LoadReport:
    """Send queries from ``clients`` threads for ``seconds``; every answer must be a 200."""
    queries = queries or QUERIES + _preset_queries()
    paths = ["/sparql?" + urllib.parse.urlencode({"query": q}) for q in queries]
    report = LoadReport(clients=clients, seconds=seconds, fewest=1 << 62)
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)
    stop = threading.Event()

    def client(number: int) -> None:
        done, latencies, errors = 0, [], []
        start.wait()
        k = number
        while not stop.is_set():
            path = paths[k % len(paths)]
            k += 1
            began = time.perf_counter()
            try:
                conn = http.client.HTTPConnection(served.host, served.port, timeout=60)
                conn.request("GET", path, headers={
                    "Accept": "application/sparql-results+json, text/turtle"})
                response = conn.getresponse()
                body = response.read()
                conn.close()
                if response.status != 200 or not body:
                    errors.append(f"{response.status}: {body[:120]!r}")
            except (OSError, http.client.HTTPException) as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
            latencies.append(time.perf_counter() - began)
            done += 1
        with lock:
            report.fewest = min(report.fewest, done)
            report.requests += done
            report.latencies += latencies
            report.errors += errors

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    pid = served.process.pid
    report.rss_start = report.rss_peak = rss_mb(pid)
    start.wait()
    began = time.monotonic()
    while time.monotonic() - began < seconds:
        time.sleep(0.25)
        report.rss_peak = max(report.rss_peak, rss_mb(pid))
    stop.set()
    for thread in threads:
        thread.join()
    report.seconds = time.monotonic() - began
    report.rss_end = rss_mb(pid)
    return report


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.readme import replace_section

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graph", nargs="?", help="graph file, output folder or store")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        graph = Path(args.graph) if args.graph else Path(tmp) / "out"
        if not args.graph:
            subprocess.run([sys.executable, str(ROOT / "build_graph.py"), "build",
                            str(ROOT / "examples"), "--out", str(graph), "--quiet"],
                           check=True)
        served = Served(graph)
        try:
            # warm up: the workers' caches, the first connections
            run_load(served, clients=4, seconds=2)
            report = run_load(served, clients=args.clients, seconds=args.seconds)
        finally:
            served.stop()
    text = (f"`actorgraph serve` (2 query workers) on the loopback interface; "
            f"{report.clients} client threads sending queries back to back (each on a new "
            f"connection) for {report.seconds:.0f} s, on {os.cpu_count()} cores, clients and "
            "server on the same machine.\n\n"
            "| requests | errors | requests/s | median latency | 99th percentile | "
            "server RSS start | end | peak |\n"
            "|---:|---:|---:|---:|---:|---:|---:|---:|\n"
            f"| {report.requests:,} | {len(report.errors)} | {report.per_second:,.0f} | "
            f"{report.latency(0.5) * 1000:.0f} ms | {report.latency(0.99) * 1000:.0f} ms | "
            f"{report.rss_start:.0f} MB | {report.rss_end:.0f} MB | {report.rss_peak:.0f} MB |\n")
    print(text)
    for error in report.errors[:10]:
        print("error:", error)
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", "endpoint-load", text)


if __name__ == "__main__":
    main()
