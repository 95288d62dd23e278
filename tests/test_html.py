"""The HTML page, read as a file: self-contained, escaped, reproducible."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from actorgraph.exports.html import page_data, render_html
from actorgraph.graph.build import build_graph

from tests.records import HOSTILE, hostile_graph, located_graph, mention, result, triple

ROOT = Path(__file__).resolve().parent.parent


class Page(HTMLParser):
    """Collects scripts, attributes and the CSP of a page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict, str]] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.csp = ""
        self._script: dict | None = None
        self._text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            self.attrs.append((tag, name, value or ""))
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "content-security-policy":
            self.csp = attrs["content"]
        if tag == "script":
            self._script, self._text = attrs, []

    def handle_data(self, data):
        if self._script is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._text)))
            self._script = None


@pytest.fixture(scope="module")
def hostile_html():
    return render_html(hostile_graph(), title="<script>alert('title')</script>")


def test_page_references_no_network_resource(hostile_html):
    page = Page(hostile_html)
    for tag, name, value in page.attrs:
        if name in ("src", "href", "action", "srcset", "poster", "data"):
            pytest.fail(f"<{tag} {name}={value!r}> loads a resource")
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", hostile_html)
    assert "@import" not in hostile_html
    assert "cdnjs" not in hostile_html and "jsdelivr" not in hostile_html


def test_csp_forbids_fetches_and_allows_exactly_the_inline_scripts(hostile_html):
    page = Page(hostile_html)
    assert "default-src 'none'" in page.csp and "connect-src 'none'" in page.csp
    allowed = set(re.findall(r"'sha256-[^']+'", page.csp))
    code = [text for attrs, text in page.scripts if attrs.get("type") != "application/json"]
    assert len(code) == 2
    for text in code:
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in allowed
    assert "unsafe-inline" not in page.csp.split("script-src")[1].split(";")[0]


def test_hostile_text_is_only_inside_the_escaped_data_block(hostile_html):
    page = Page(hostile_html)
    (data_block,) = [text for attrs, text in page.scripts
                     if attrs.get("type") == "application/json"]
    assert "<" not in data_block and ">" not in data_block
    data = json.loads(data_block)
    assert {n["label"] for n in data["nodes"]} == set(HOSTILE)
    # outside the data block, the hostile markup appears nowhere unescaped
    outside = hostile_html.replace(data_block, "")
    for name in HOSTILE[:3]:
        assert name not in outside
    assert "<script>alert('title')" not in outside
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in outside


def test_page_is_reproducible():
    assert render_html(hostile_graph()) == render_html(hostile_graph())


def test_parallel_mentions_are_one_edge_with_a_count():
    israel, shukr = mention("Israel", "GPE"), mention("Fuad Shukr")
    G = build_graph([result("a", triple(israel, "kill", shukr, doc="a", sentence="One."),
                            triple(israel, "kill", shukr, doc="a", sentence="Two."),
                            triple(israel, "kill", shukr, doc="a", negated=True,
                                   sentence="Not."),
                            title="Seed", date="2024-08-05")])
    page = Page(render_html(G))
    data = json.loads(next(t for a, t in page.scripts if a.get("type") == "application/json"))
    edges = sorted(data["edges"], key=lambda e: e["count"])
    assert [(e["label"], e["count"], e["negated"]) for e in edges] == \
        [("not kill", 1, True), ("kill \u00d72", 2, False)]
    assert edges[1]["sources"][0]["sentence"] == "One."  # one sentence span, listed once
    assert edges[0]["sources"][0]["negated"] and edges[1]["sources"][0]["date"] == "2024-08-05"
    assert data["articles"]["a"]["title"] == "Seed"  # the page's tooltips are made from these


def test_a_large_page_is_byte_identical_whatever_the_hash_seed(tmp_path):
    """Communities, the opening view and its layout do not depend on set or dict order."""
    script = (
        "import sys, hashlib\n"
        "from actorgraph.exports.html import render_html\n"
        "from tests.records import mention, result, triple\n"
        "from actorgraph.graph.build import build_graph\n"
        "names = [f'Actor {i}' for i in range(30)]\n"
        "G = build_graph([result(f'd{i}', triple(mention(a, 'ORG'), 'meet',\n"
        "                 mention(names[(i * 7 + 3) % 30], 'PERSON'), doc=f'd{i}'),\n"
        "                 date=f'2024-0{1 + i % 9}-1{i % 10}') for i, a in enumerate(names)])\n"
        "print(hashlib.sha256(render_html(G, limit=12).encode()).hexdigest())\n")
    digests = set()
    for seed in ("1", "2"):
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}, cwd=ROOT, check=True)
        digests.add(run.stdout.strip())
    assert len(digests) == 1


def test_the_page_data_of_a_large_graph():
    names = [f"Actor {i}" for i in range(30)]
    G = build_graph([result(f"d{i}", triple(mention(a, "ORG"), "meet",
                                            mention(names[(i * 7 + 3) % 30], "PERSON"),
                                            doc=f"d{i}"), date="2024-01-01")
                     for i, a in enumerate(names)])
    data = page_data(G, limit=12)
    top = [n for n in data["nodes"] if n["top"]]
    assert 2 <= len(top) <= 12 and all("x" in n and "y" in n for n in top)
    assert not any("x" in n for n in data["nodes"] if not n["top"])
    shown = {n["id"] for n in top}
    for n in shown:  # no isolated node in the opening view
        assert any(e["from"] == n and e["to"] in shown or e["to"] == n and e["from"] in shown
                   for e in data["edges"])
    assert sum(c["size"] for c in data["communities"]) == len(data["nodes"])


def test_screenshots_in_the_benchmarks_folder_are_referenced():
    folder = ROOT / "benchmarks" / "screenshots"
    readme = (folder.parent / "README.md").read_text(encoding="utf-8")
    shots = sorted(folder.glob("*.png"))
    assert shots
    for shot in shots:
        assert f"screenshots/{shot.name}" in readme


def test_each_mention_is_dated_by_its_time_expression_else_its_article():
    from dataclasses import replace

    iran, israel = mention("Iran", "GPE"), mention("Israel", "GPE")
    G = build_graph([
        result("a", replace(triple(iran, "warn", israel, doc="a", sentence="On July 27."),
                            time="on July 27", when="2024-07-27"), date="2024-08-01"),
        result("b", triple(iran, "warn", israel, doc="b", sentence="Today."),
               date="2024-08-01T09:30:00Z"),
        result("c", triple(iran, "warn", israel, doc="c", sentence="Undated.")),
    ])
    (edge,) = page_data(G)["edges"]
    assert [(s["sentence"], s["date"]) for s in edge["sources"]] == [
        ("On July 27.", "2024-07-27"), ("Today.", "2024-08-01"), ("Undated.", None)]


def test_the_place_attributes_are_checked_before_they_reach_the_page():
    G = located_graph()
    G.nodes["actor/un"].update(geonames="javascript:alert(1)", lat=float("nan"), lon=10,
                               codes=["<b>", "UNO"], country="</script>")
    data = {n["id"]: n for n in page_data(G)["nodes"]}
    assert data["actor/israel"]["geonames"] == 294640 and data["actor/idf"]["codes"] == \
        ["ISR", "ISRMIL"]
    un = data["actor/un"]
    assert un["codes"] == ["UNO"]
    assert not {"geonames", "lat", "lon", "country"} & set(un)


@pytest.mark.parametrize("nodes, edges, seed", [
    (2, 1, 7), (3, 0, 7), (17, 30, 3), (120, 90, 7), (299, 600, 7), (300, 150, 11),
    (499, 900, 7)])
def test_the_opening_layout_is_networkx_spring_layout_bit_for_bit(nodes, edges, seed):
    # the page's own Fruchterman-Reingold (exports.html.spring_layout) is networkx's,
    # written faster: the same positions to the last bit, in the same node order,
    # on sparse and dense graphs, connected or not, with isolated nodes
    import networkx as nx
    import numpy as np
    from actorgraph.exports.html import spring_layout

    G = nx.gnm_random_graph(nodes, edges, seed=nodes + edges)
    H = nx.Graph()
    H.add_nodes_from(sorted(f"n{i:04d}" for i in G))
    H.add_edges_from(sorted((f"n{u:04d}", f"n{v:04d}") for u, v in G.edges()))
    scale = 60 * np.sqrt(len(H))
    mine = spring_layout(H, seed=seed, iterations=50, scale=scale)
    theirs = nx.spring_layout(H, seed=seed, iterations=50, scale=scale)
    assert list(mine) == list(theirs)
    assert all(np.array_equal(mine[n], theirs[n]) for n in H)


def test_the_opening_layout_leaves_tiny_graphs_to_networkx():
    import networkx as nx
    from actorgraph.exports.html import spring_layout

    one = nx.Graph()
    one.add_node("a")
    assert {n: list(p) for n, p in spring_layout(one, seed=7).items()} == {"a": [0.0, 0.0]}
    assert spring_layout(nx.Graph(), seed=7) == {}
    # (500 nodes or more: networkx's sparse layout, which needs scipy; the page lays out
    # at most VISIBLE_LIMIT nodes)
