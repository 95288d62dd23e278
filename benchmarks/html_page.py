"""How fast the HTML page of a corpus opens and answers the moves to explore it, in a browser.

Usage (from the project root)::

    python benchmarks/html_page.py [--corpus ../shared/data/wikinews-2019-2020.jsonl]
                                   [--runs 3] [--results results.pickle] [--write]

Builds the graph of the whole Wikinews corpus (293 articles), writes its page,
and opens it in Debian's Chromium through Playwright with the network cut off.
Each run times, until the view is stable (the page sets ``data-stabilized``
when its layout stops; a filter moves nothing, so its view is stable once
drawn):

* opening the page (navigation to a stable layout of the opening view);
* focusing the most connected actor with 2 hops (``actorgraph.focus``);
* a time filter: the busiest quarter on the timeline (``actorgraph.setTimeRange``);
* "show all".

It also checks that the opening view has no isolated node. ``--results`` keeps
the extraction results in a pickle (extracting the corpus takes minutes; the
next run reads them back). ``--write`` puts the table into ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.readme import replace_section  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]

# runs a move, then resolves with the milliseconds until the view is stable and drawn
_TIMED = """async ([move, args]) => {
    const started = performance.now();
    actorgraph[move](...args);
    await new Promise(resolve => {
        const check = () => document.body.getAttribute("data-stabilized") === "true"
            ? requestAnimationFrame(resolve) : requestAnimationFrame(check);
        check();
    });
    return performance.now() - started;
}"""
_ISOLATED = """() => {
    const { nodes, edges } = actorgraph.visible();
    const ends = new Set();
    for (const id of edges) {
        const e = actorgraph.edges.get(id);
        ends.add(e.from); ends.add(e.to);
    }
    return nodes.filter(id => !ends.has(id)).length;
}"""
_BUSIEST_QUARTER = """() => {
    const days = actorgraph.data.edges.flatMap(e => e.sources.map(s => s.date)).filter(Boolean);
    const months = {};
    for (const d of days) months[d.slice(0, 7)] = (months[d.slice(0, 7)] || 0) + 1;
    const keys = Object.keys(months).sort();
    let best = null, most = -1;
    keys.forEach((k, i) => {
        const n = keys.slice(i, i + 3).reduce((s, m) => s + months[m], 0);
        if (n > most) { most = n; best = i; }
    });
    const last = keys[Math.min(best + 2, keys.length - 1)];
    const [y, m] = last.split("-").map(Number);
    const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    return [keys[best] + "-01", end];
}"""


def _measure(browser, page_path: Path) -> dict:
    context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
    requests = []
    context.route("**/*", lambda route: (route.continue_() if route.request.url.startswith(
        "file:") else (requests.append(route.request.url), route.abort())))
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    started = time.perf_counter()
    page.goto(page_path.as_uri())
    page.wait_for_selector("body[data-stabilized=true]", state="attached", timeout=120_000)
    page.evaluate("new Promise(requestAnimationFrame)")
    run = {"open": time.perf_counter() - started}
    shown = page.evaluate("actorgraph.visible()")
    run.update(visible=len(shown["nodes"]), edges=len(shown["edges"]),
               isolated=page.evaluate(_ISOLATED), total=page.evaluate("actorgraph.nodes.length"))
    hub = page.evaluate("actorgraph.data.nodes.filter(n => n.kind === 'actor')"
                        ".sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))[0]")
    run["focus"] = page.evaluate(_TIMED, ["focus", [hub["id"], 2]]) / 1000
    shown = page.evaluate("actorgraph.visible()")
    run.update(hub=hub["label"], focus_nodes=len(shown["nodes"]), focus_edges=len(shown["edges"]))
    page.evaluate(_TIMED, ["back", []])
    period = page.evaluate(_BUSIEST_QUARTER)
    run["time"] = page.evaluate(_TIMED, ["setTimeRange", period]) / 1000
    shown = page.evaluate("actorgraph.visible()")
    run.update(period=period, time_nodes=len(shown["nodes"]), time_edges=len(shown["edges"]))
    page.evaluate(_TIMED, ["setTimeRange", [None, None]])
    run["show_all"] = page.evaluate(_TIMED, ["showAll", []]) / 1000
    run["all_edges"] = len(page.evaluate("actorgraph.visible()")["edges"])
    context.close()
    assert not requests and not errors, (requests, errors)
    return run


def _results(corpus: str, cache: str | None) -> list:
    if cache and Path(cache).is_file():
        with open(cache, "rb") as handle:
            return pickle.load(handle)
    from actorgraph.extract.pipeline import Extractor

    from actorgraph.readers import read_articles

    results = list(Extractor().extract(read_articles([corpus])))
    if cache:
        with open(cache, "wb") as handle:
            pickle.dump(results, handle)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" /
                                                 "wikinews-2019-2020.jsonl"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--results", help="pickle of the extraction results (made if missing)")
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    args = parser.parse_args()

    from actorgraph.exports.html import VISIBLE_LIMIT, write_html
    from actorgraph.graph.build import build_graph
    from playwright.sync_api import sync_playwright

    G = build_graph(_results(args.corpus, args.results))
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "graph.html"
        write_html(G, page_path, title="Wikinews 2019-2020")
        size = page_path.stat().st_size / 1e6
        chromium = shutil.which("chromium") or "/usr/bin/chromium"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS)
            load = os.getloadavg()[0]
            runs = [_measure(browser, page_path) for _ in range(args.runs)]
            load = max(load, os.getloadavg()[0])
            browser.close()
    first = runs[0]

    def median(key):
        return statistics.median(r[key] for r in runs)

    text = (
        f"Page of all {len(G.graph['articles'])} Wikinews articles: {first['total']:,} nodes "
        f"(actors and concepts) and {first['all_edges']:,} relation edges, "
        f"{size:.1f} MB, opened offline in Chromium {args.runs} times (median of the runs; "
        f"a move is timed from its call to a stable, drawn view).\n\n"
        "| move | nodes shown | edges shown | time to a stable view |\n"
        "|---|---:|---:|---:|\n"
        f"| page opens (the most connected part, at most {VISIBLE_LIMIT} nodes) | "
        f"{first['visible']:,} | {first['edges']:,} | **{median('open'):.2f} s** |\n"
        f"| focus on {first['hub']} (the most connected actor), 2 hops | "
        f"{first['focus_nodes']:,} | {first['focus_edges']:,} | **{median('focus'):.2f} s** |\n"
        f"| time filter {first['period'][0]} to {first['period'][1]} (busiest quarter) | "
        f"{first['time_nodes']:,} | {first['time_edges']:,} | **{median('time'):.2f} s** |\n"
        f"| \"show all\" | {first['total']:,} | {first['all_edges']:,} | "
        f"{median('show_all'):.2f} s |\n\n"
        f"Target: under 2 s for opening, focus and time filter. Isolated nodes in the opening "
        f"view: {max(r['isolated'] for r in runs)}. No request left the page and no script "
        f"error occurred in any run. Load average of the 2-core machine around the runs: "
        f"{load:.1f} (other work was running: times scale with it).\n")
    print(text)
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", "html-page", text)


if __name__ == "__main__":
    main()
