"""The HTML page, read as a file: self-contained, escaped, reproducible."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from actorgraph.exports.html import render_html
from actorgraph.graph.build import build_graph

from tests.records import HOSTILE, hostile_graph, mention, result, triple


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
