"""The HTML page in a real browser: Debian's Chromium driven by Playwright.

Every request the page makes is intercepted and counted; the page must work
with the network switched off. In CI (``CI=true``) a missing browser fails the
run instead of skipping these tests.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from exports.html import write_html
from tests.conftest import read_triples
from tests.records import HOSTILE, hostile_graph

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("ACTORGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--disable-quic",
               "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).is_file():
        message = f"Chromium not found at {CHROMIUM} (install Debian's chromium package)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


class Visit:
    """A page opened offline: requests, console errors and dialogs recorded."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(offline=True, viewport={"width": 1280, "height": 800})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-stabilized=true]", timeout=30_000)

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def close(self):
        self.context.close()


def expected_counts(triples: list[dict]) -> tuple[int, int]:
    nodes = {t[side]["id"] for t in triples for side in ("subject", "object")}
    edges = {(t["subject"]["id"], t["relation"]["label"], t["object"]["id"], t["negated"])
             for t in triples}
    return len(nodes), len(edges)


def test_seed_page_shows_every_actor_and_labelled_relation_offline(browser, seed_out, artifacts):
    visit = Visit(browser, seed_out / "graph.html")
    try:
        page = visit.page
        n_nodes, n_edges = expected_counts(read_triples(seed_out))
        assert page.evaluate("actorgraph.nodes.length") == n_nodes
        assert page.evaluate("actorgraph.edges.length") == n_edges
        labels = page.evaluate("actorgraph.nodes.get().map(n => n.label)")
        assert {"Antony Blinken", "Hezbollah", "Majdal Shams", "Fuad Shukr"} <= set(labels)
        relations = page.evaluate("actorgraph.edges.get().map(e => e.label)")
        assert all(relations) and "attack" in relations
        # the layout settles and stops
        assert page.evaluate("actorgraph.network.physics.physicsEnabled") is False
        canvas = page.locator("#graph canvas")
        assert canvas.bounding_box()["height"] > 300
        page.screenshot(path=str(artifacts / "seed-graph.png"))
        assert visit.requests == []
        assert visit.errors == []
    finally:
        visit.close()


def test_hostile_names_run_no_script_and_show_as_text(browser, tmp_path, artifacts):
    path = tmp_path / "hostile.html"
    write_html(hostile_graph(), path, title="<img src=x onerror=alert(5)>")
    visit = Visit(browser, path)
    try:
        page = visit.page
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert visit.dialogs == []
        assert set(page.evaluate("actorgraph.nodes.get().map(n => n.label)")) == set(HOSTILE)
        assert page.locator("#title").inner_text() == "<img src=x onerror=alert(5)>"
        assert page.locator("img").count() == 0
        # hover a node: its tooltip shows the hostile name as text
        node_id = page.evaluate("actorgraph.nodes.get()[0].id")
        box = page.evaluate(
            """id => { const p = actorgraph.network.getPositions([id])[id];
                       const d = actorgraph.network.canvasToDOM(p);
                       const r = document.querySelector('#graph').getBoundingClientRect();
                       return {x: r.left + d.x, y: r.top + d.y}; }""", node_id)
        page.mouse.move(box["x"], box["y"])
        tooltip = page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5_000)
        label = page.evaluate("id => actorgraph.nodes.get(id).label", node_id)
        assert label.split("\n")[0] in tooltip.inner_text()
        # innerText turns line breaks into <br>; no other element may appear
        tags = page.evaluate("[...document.querySelectorAll('div.vis-tooltip *')]"
                             ".map(e => e.tagName)")
        assert set(tags) <= {"BR"}
        page.screenshot(path=str(artifacts / "hostile-graph.png"))
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert visit.requests == [] and visit.errors == []
    finally:
        visit.close()
