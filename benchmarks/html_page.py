"""How fast the HTML page of a large graph opens and settles in a real browser.

Usage (from the project root)::

    python benchmarks/html_page.py [--corpus ../shared/data/wikinews-2019-2020.jsonl]
                                   [--runs 3] [--write]

Builds the graph of the whole Wikinews corpus (293 articles), writes its page,
and opens it in Debian's Chromium through Playwright with the network cut off,
timing from navigation to the layout being stable (the page sets
``data-stabilized`` when its physics stops), then the same after "show all".
``--write`` puts the table into ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
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
    page.wait_for_selector("body[data-stabilized=true]", timeout=120_000)
    opened = time.perf_counter() - started
    visible = page.evaluate("actorgraph.nodesView.length")
    edges = page.evaluate("actorgraph.edgesView.length")
    total = page.evaluate("actorgraph.nodes.length")
    started = time.perf_counter()
    page.click("#show-all")
    page.wait_for_selector("body[data-stabilized=true]", timeout=300_000)
    all_shown = time.perf_counter() - started
    all_edges = page.evaluate("actorgraph.edgesView.length")
    context.close()
    assert not requests and not errors, (requests, errors)
    return {"open": opened, "visible": visible, "edges": edges, "total": total,
            "show_all": all_shown, "all_edges": all_edges}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" /
                                                 "wikinews-2019-2020.jsonl"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    args = parser.parse_args()

    from actorgraph.exports.html import VISIBLE_LIMIT, write_html
    from actorgraph.extract.pipeline import Extractor
    from actorgraph.graph.build import build_graph
    from playwright.sync_api import sync_playwright

    from actorgraph.readers import read_articles

    G = build_graph(Extractor().extract(read_articles([args.corpus])))
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "graph.html"
        write_html(G, page_path, title="Wikinews 2019-2020")
        size = page_path.stat().st_size / 1e6
        chromium = shutil.which("chromium") or "/usr/bin/chromium"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS)
            runs = [_measure(browser, page_path) for _ in range(args.runs)]
            browser.close()
    first = runs[0]
    opened = statistics.median(r["open"] for r in runs)
    shown = statistics.median(r["show_all"] for r in runs)
    text = (
        f"Page of all {len(G.graph['articles'])} Wikinews articles: {first['total']:,} nodes "
        f"(actors and concepts) and {first['all_edges']:,} relation edges, "
        f"{size:.1f} MB, opened offline in Chromium {args.runs} times (median).\n\n"
        "| | nodes shown | edges shown | time to a stable layout |\n"
        "|---|---:|---:|---:|\n"
        f"| page opens (the {VISIBLE_LIMIT} most connected nodes) | {first['visible']:,} | "
        f"{first['edges']:,} | **{opened:.1f} s** |\n"
        f"| after \"show all\" | {first['total']:,} | {first['all_edges']:,} | "
        f"{shown:.1f} s |\n\n"
        f"Target: under 10 s to open. No request left the page and no script error "
        f"occurred in any run.\n")
    print(text)
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", "html-page", text)


if __name__ == "__main__":
    main()
