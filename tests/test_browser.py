"""The HTML page in a real browser: Debian's Chromium driven by Playwright.

Every request the page makes is intercepted and counted; the page must work
with the network switched off (see :mod:`tests.browser`). The moves to explore
a large graph are tested in ``test_page_explore.py``.
"""

from __future__ import annotations

import math

import pytest
from actorgraph.exports.html import write_html

from tests.browser import STABLE_TIMEOUT, Visit, launch
from tests.conftest import read_triples
from tests.records import HOSTILE, hostile_graph

pytestmark = pytest.mark.browser

@pytest.fixture(scope="module")
def browser():
    with launch() as browser:
        yield browser


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
        # the community legend, a path and a focus show the names as text too
        page.evaluate("actorgraph.colourBy('community')")
        legend = page.locator("#community-legend").inner_text()
        assert any(name.split("\n")[0][:20] in legend for name in HOSTILE)
        a, b = page.evaluate("actorgraph.data.edges[0].from"), page.evaluate(
            "actorgraph.data.edges[0].to")
        visit.move("([a, b]) => actorgraph.paths(a, b, {concepts: true})", [a, b])
        visit.move("id => actorgraph.focus(id, 2)", a)
        assert page.locator("#details h2").inner_text() == page.evaluate(
            "id => actorgraph.data.nodes.find(n => n.id === id).label", a).strip()
        assert page.locator("img").count() == 0
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert visit.requests == [] and visit.errors == []
    finally:
        visit.close()


@pytest.fixture()
def seed_visit(browser, seed_out):
    """A fresh visit of the seed page for each test."""
    visit = Visit(browser, seed_out / "graph.html")
    yield visit
    visit.close()


def test_searching_blinken_focuses_his_node(seed_visit, artifacts):
    page = seed_visit.page
    page.fill("#search", "blinken")
    page.press("#search", "Enter")
    assert page.evaluate("actorgraph.network.getSelectedNodes()") == ["actor/antony-blinken"]
    centre = page.evaluate("actorgraph.network.getViewPosition()")
    node = page.evaluate("actorgraph.network.getPositions(['actor/antony-blinken'])"
                         "['actor/antony-blinken']")
    assert abs(centre["x"] - node["x"]) < 1 and abs(centre["y"] - node["y"]) < 1
    assert page.locator("#details h2").inner_text() == "Antony Blinken"
    assert page.locator("#search-status").inner_text() == "Antony Blinken"
    page.screenshot(path=str(artifacts / "seed-search-blinken.png"))
    page.fill("#search", "no such actor")
    page.press("#search", "Enter")
    assert "no actor named" in page.locator("#search-status").inner_text()
    assert seed_visit.errors == [] and seed_visit.requests == []


def test_filtering_assault_hides_the_other_relations(seed_visit, artifacts):
    page = seed_visit.page
    all_edges = page.evaluate("actorgraph.edges.get().map(e => e.event_class)")
    assert "ASSAULT" in all_edges and len(set(all_edges)) > 2
    page.select_option("#class-filter", "ASSAULT")
    shown = page.evaluate("actorgraph.edgesView.get().map(e => e.event_class)")
    assert shown and set(shown) == {"ASSAULT"}
    assert len(shown) == all_edges.count("ASSAULT")
    ends = set(page.evaluate("actorgraph.edgesView.get().flatMap(e => [e.from, e.to])"))
    assert set(page.evaluate("actorgraph.nodesView.getIds()")) == ends
    page.screenshot(path=str(artifacts / "seed-assault.png"))
    page.select_option("#class-filter", "*")
    assert page.evaluate("actorgraph.edgesView.length") == len(all_edges)


def test_type_filter_and_concept_toggle(seed_visit):
    page = seed_visit.page
    page.uncheck('input.type-filter[value="PERSON"]')
    types = set(page.evaluate("actorgraph.nodesView.get().map(n => n.type)"))
    assert "PERSON" not in types and "GPE" in types
    page.check('input.type-filter[value="PERSON"]')
    page.uncheck("#show-concepts")
    kinds = set(page.evaluate("actorgraph.nodesView.get().map(n => n.kind)"))
    assert kinds == {"actor"}
    page.check("#show-concepts")
    total = page.evaluate("actorgraph.nodes.length")
    assert page.evaluate("actorgraph.nodesView.length") == total


def test_a_large_graph_opens_with_its_most_connected_nodes_and_can_show_all(
        browser, seed_out, tmp_path, artifacts):
    from actorgraph.exports.html import render_html

    G = _seed_graph(seed_out)
    total = sum(1 for n in G if G.degree(n) > 0)
    assert total > 5
    path = tmp_path / "capped.html"
    path.write_text(render_html(G, limit=5), encoding="utf-8")  # a cap of 5 visible nodes
    visit = Visit(browser, path)
    try:
        page = visit.page
        assert page.evaluate("actorgraph.nodesView.length") == 5
        note = page.locator("#hidden-note")
        assert note.is_visible()
        assert f"5 most connected of {total} nodes; {total - 5} hidden" in note.inner_text()
        before = page.evaluate("actorgraph.nodesView.get()")
        # record where the nodes start when the layout after "show all" begins
        page.evaluate("""() => {
            const net = actorgraph.network, stabilize = net.stabilize.bind(net);
            net.stabilize = (iterations) => {
                window.started = {iterations, nodes: actorgraph.nodesView.get(),
                                  edges: actorgraph.edgesView.get()};
                return stabilize(iterations);
            };
        }""")
        page.click("#show-all")
        page.wait_for_selector("body[data-stabilized=true]", timeout=STABLE_TIMEOUT)
        assert page.evaluate("actorgraph.nodesView.length") == total
        started = page.evaluate("window.started")
        assert started["iterations"] == page.evaluate("actorgraph.data.relayoutIterations")
        # the nodes already shown keep their places; each new one starts 60 px from a
        # neighbour, or, with no neighbour (a component of its own), outside the old layout
        start = {n["id"]: (n["x"], n["y"]) for n in started["nodes"]}
        assert all(start[n["id"]] == (n["x"], n["y"]) for n in before)
        old_ids = {n["id"] for n in before}
        xs, ys = [x for x, _ in (start[i] for i in old_ids)], [y for _, y in
                                                              (start[i] for i in old_ids)]
        near = {i: set() for i in start}
        for e in started["edges"]:
            near[e["from"]].add(e["to"])
            near[e["to"]].add(e["from"])
        for node_id, (x, y) in start.items():
            if node_id in old_ids:
                continue
            beside = any(abs(math.dist((x, y), start[m]) - 60) < 1e-6 for m in near[node_id])
            outside = not (min(xs) <= x <= max(xs) and min(ys) <= y <= max(ys))
            assert beside or outside, node_id
        assert not note.is_visible()
        page.screenshot(path=str(artifacts / "seed-show-all.png"))
        assert visit.errors == [] and visit.requests == []
    finally:
        visit.close()


def test_searching_a_hidden_actor_shows_it_beside_a_neighbour(browser, seed_out, tmp_path):
    from actorgraph.exports.html import render_html

    path = tmp_path / "capped.html"
    path.write_text(render_html(_seed_graph(seed_out), limit=5), encoding="utf-8")
    visit = Visit(browser, path)
    try:
        page = visit.page
        shown = set(page.evaluate("actorgraph.nodesView.getIds()"))
        # a hidden actor with a relation to one on screen
        target, neighbours = page.evaluate("""(shown) => {
            for (const n of actorgraph.data.nodes) {
                if (shown.includes(n.id) || n.kind === "concept") continue;
                const near = actorgraph.data.edges
                    .filter(e => e.from === n.id || e.to === n.id)
                    .map(e => e.from === n.id ? e.to : e.from)
                    .filter(m => shown.includes(m));
                if (near.length) return [n, near];
            }
            return [null, []];
        }""", sorted(shown))
        assert target is not None
        found = page.evaluate("name => actorgraph.search(name)", target["label"])
        assert found == target["id"]
        assert page.evaluate("actorgraph.network.getSelectedNodes()") == [target["id"]]
        assert target["id"] in page.evaluate("actorgraph.nodesView.getIds()")
        # (getPositions() rounds; the data set holds the exact start)
        where = {n["id"]: (n["x"], n["y"]) for n in page.evaluate("actorgraph.nodes.get()")
                 if "x" in n}
        assert any(abs(math.dist(where[target["id"]], where[m]) - 60) < 1e-6
                   for m in neighbours)
        assert visit.errors == [] and visit.requests == []
    finally:
        visit.close()


def _seed_graph(seed_out):
    """The seed graph, rebuilt from the seed output's triples (no model needed)."""
    from actorgraph.graph.build import build_graph

    from actorgraph.records import Article, ArticleResult, Mention, Relation, Triple
    from tests.conftest import read_triples

    def mention(side):
        return Mention(side["text"], side["label"], side["type"], 0, 1, side.get("via", "name"))

    triples = tuple(
        Triple(mention(t["subject"]), Relation(**t["relation"]), mention(t["object"]),
               t["negated"], t["confidence"], t["doc_id"], t["sentence"], t["char_start"],
               t["char_end"], t["pattern"], hedged=t["hedged"])
        for t in read_triples(seed_out))
    return build_graph([ArticleResult(Article("blinken-ceasefire", ""), 1, triples, ())])


def test_article_links_are_only_http_and_open_safely(browser, tmp_path):
    from actorgraph.graph.build import build_graph

    from tests.records import mention, result, triple

    G = build_graph([
        result("safe", triple(mention("Iran", "GPE"), "warn", mention("Israel", "GPE"),
                              doc="safe"), title="Safe story", url="https://news.example/a"),
        result("evil", triple(mention("Iran", "GPE"), "praise", mention("Qatar", "GPE"),
                              doc="evil"), title="Evil story", url="javascript:alert(6)"),
    ])
    path = tmp_path / "links.html"
    write_html(G, path)
    visit = Visit(browser, path)
    try:
        page = visit.page
        page.fill("#search", "Iran")
        page.press("#search", "Enter")
        links = page.evaluate("[...document.querySelectorAll('#details a')]"
                              ".map(a => [a.textContent, a.href, a.rel, a.target])")
        # Iran also links to its GeoNames page: every link is http(s) and opens safely
        assert all(href.startswith(("https://", "http://")) and rel == "noopener noreferrer"
                   and target == "_blank" for _, href, rel, target in links), links
        assert [link for link in links if not link[0].startswith("GeoNames ")] == [
            ["Safe story", "https://news.example/a", "noopener noreferrer", "_blank"]]
        assert "Evil story" in page.locator("#details").inner_text()
        assert visit.dialogs == [] and visit.requests == []
    finally:
        visit.close()


def test_tooltips_list_the_sentences_of_parallel_mentions(browser, tmp_path):
    from actorgraph.graph.build import build_graph

    from tests.records import mention, result, triple

    israel, shukr = mention("Israel", "GPE"), mention("Fuad Shukr")
    G = build_graph([result(n, triple(israel, "kill", shukr, doc=n, sentence=f"{n}."),
                            title="Seed", date="2024-08-05") for n in ("One", "Two", "Three",
                                                                       "Four")] +
                    [result("a", triple(israel, "kill", shukr, doc="a", negated=True,
                                        sentence="Not."), title="Seed", date="2024-08-05")])
    path = tmp_path / "parallel.html"
    write_html(G, path)
    visit = Visit(browser, path)
    try:
        titles = visit.page.evaluate("actorgraph.edges.get().map(e => e.title)")
        assert sorted(titles) == [
            "Israel \u2014 kill \u2192 Fuad Shukr (ASSAULT; 4 mentions)\n"
            "\u2022 \u201cOne.\u201d \u2014 Seed, 2024-08-05\n"
            "\u2022 \u201cTwo.\u201d \u2014 Seed, 2024-08-05\n"
            "\u2022 \u201cThree.\u201d \u2014 Seed, 2024-08-05\n"
            "\u2026 1 more: click for all",
            "Israel \u2014 not kill \u2192 Fuad Shukr (ASSAULT; 1 mention)\n"
            "\u2022 [negated] \u201cNot.\u201d \u2014 Seed, 2024-08-05"]
        node = visit.page.evaluate("actorgraph.nodes.get('actor/israel').title")
        assert node == "Israel\nGPE \u00b7 5 mentions \u00b7 5 relations\nIn 5 articles"
        assert visit.clean()
    finally:
        visit.close()
