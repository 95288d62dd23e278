"""Exploring a corpus graph in the browser: focus, expand, back, time, paths, communities.

The page of a built corpus (the example articles, five stories from 2020 and
2024) is driven through ``window.actorgraph`` and its controls in Chromium, and
what it shows is checked against networkx on the same relations. Each move
leaves a screenshot in ``test-artifacts/`` (the committed copies are in
``benchmarks/screenshots/``).
"""

from __future__ import annotations

import math

import networkx as nx
import pytest
from actorgraph.exports.html import render_html
from actorgraph.graph.build import build_graph
from actorgraph.graph.views import COMMUNITY_SEED

from actorgraph.records import Article, ArticleResult, Mention, Relation, Triple
from tests.browser import Visit, launch
from tests.conftest import read_triples
from tests.records import PLACES, located_graph

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    with launch() as browser:
        yield browser


@pytest.fixture(scope="module")
def corpus(examples_out):
    """The built example corpus: its page and its relations as an undirected networkx graph."""
    out, _ = examples_out
    triples = read_triples(out)
    U = nx.Graph()
    for t in triples:
        U.add_edge(t["subject"]["id"], t["object"]["id"])
    return out / "graph.html", triples, U


@pytest.fixture()
def visit(browser, corpus):
    """A fresh visit of the corpus page (built with the model) for each test."""
    visit = Visit(browser, corpus[0], viewport=(1400, 900))
    yield visit
    visit.close()


def pairs(visit, edge_ids) -> set[frozenset]:
    ends = visit.page.evaluate(
        "ids => ids.map(id => { const e = actorgraph.data.edges.find(x => x.id === id);"
        " return [e.from, e.to]; })", sorted(edge_ids))
    return {frozenset(p) for p in ends}


def a_node_with_a_wider_second_ring(U: nx.Graph) -> str:
    """An actor whose 1-hop, 2-hop and whole graph are three different sets."""
    for node in sorted(U, key=lambda n: (-U.degree(n), n)):
        one = nx.ego_graph(U, node, radius=1)
        two = nx.ego_graph(U, node, radius=2)
        if node.startswith("actor/") and len(one) < len(two) < len(U):
            return node
    raise AssertionError("no node with a distinct 2-hop neighbourhood")


@pytest.mark.model
def test_focus_shows_exactly_the_k_hop_neighbourhood(visit, corpus, artifacts):
    _, _, U = corpus
    node = a_node_with_a_wider_second_ring(U)
    for hops in (1, 2):
        visit.move("([id, k]) => actorgraph.focus(id, k)", [node, hops])
        shown_nodes, shown_edges = visit.visible()
        ego = nx.ego_graph(U, node, radius=hops)
        assert shown_nodes == set(ego.nodes), hops
        assert pairs(visit, shown_edges) == {frozenset(e) for e in ego.edges}, hops
        visit.page.screenshot(path=str(artifacts / f"explore-focus-{hops}-hops.png"))
    # the view is centred on the focused actor
    centre = visit.page.evaluate("actorgraph.network.getViewPosition()")
    where = visit.page.evaluate("id => actorgraph.network.getPositions([id])[id]", node)
    assert math.dist((centre["x"], centre["y"]), (where["x"], where["y"])) < 2
    label = visit.page.evaluate("id => actorgraph.data.nodes.find(n => n.id === id).label", node)
    assert visit.page.locator("#details h2").inner_text() == label
    assert "Focus on" in visit.page.locator("#view-note").inner_text()
    assert visit.clean()


@pytest.mark.model
def test_the_focus_button_focuses_the_actor_found_with_the_hops_chosen(visit, corpus):
    _, _, U = corpus
    node = a_node_with_a_wider_second_ring(U)
    label = visit.page.evaluate("id => actorgraph.data.nodes.find(n => n.id === id).label", node)
    visit.page.fill("#search", label)
    visit.page.press("#search", "Enter")
    visit.page.select_option("#hops", "1")
    visit.page.click("#focus")
    visit.stable()
    assert visit.visible()[0] == set(nx.ego_graph(U, node, radius=1).nodes)
    visit.page.select_option("#hops", "2")  # the focus follows the number of hops
    visit.stable()
    assert visit.visible()[0] == set(nx.ego_graph(U, node, radius=2).nodes)
    assert visit.page.evaluate("location.hash") == f"#focus={node}&hops=2"
    assert visit.clean()


@pytest.mark.model
def test_expand_adds_the_neighbours_and_back_returns(visit, corpus, artifacts):
    _, _, U = corpus
    node = a_node_with_a_wider_second_ring(U)
    visit.move("id => actorgraph.focus(id, 1)", node)
    before, before_edges = visit.visible()
    # a node on the rim with neighbours outside the view
    rim = next(n for n in sorted(before) if set(U[n]) - before)
    visit.page.click("#back")  # back from the first focus: the opening view
    visit.stable()
    opening = visit.visible()
    visit.move("id => actorgraph.focus(id, 1)", node)
    visit.page.evaluate("id => actorgraph.network.selectNodes([id])", rim)
    visit.page.evaluate("id => { actorgraph.network.emit('click', {nodes: [id], edges: []}); }",
                        rim)
    visit.page.click("#expand")
    visit.stable()
    after, _ = visit.visible()
    assert after == before | set(U[rim])
    visit.page.screenshot(path=str(artifacts / "explore-expand.png"))
    assert "expand=" + rim in visit.page.evaluate("location.hash")
    visit.page.click("#back")
    visit.stable()
    assert visit.visible() == (before, before_edges)
    visit.page.click("#back")
    visit.stable()
    assert visit.visible() == opening
    assert visit.page.locator("#back").is_disabled()
    assert visit.clean()


@pytest.mark.model
def test_the_url_fragment_restores_the_view(browser, visit, corpus, artifacts):
    path, _, U = corpus
    node = a_node_with_a_wider_second_ring(U)
    visit.move("id => actorgraph.focus(id, 2)", node)
    shown = visit.visible()
    fragment = visit.page.evaluate("location.hash")
    assert fragment == f"#focus={node}&hops=2"  # readable: the id's slash is kept
    visit.page.reload()
    visit.stable()
    assert visit.visible() == shown
    assert visit.page.locator("#hops").input_value() == "2"
    # a fresh visit of the shared address, with a period and a colouring
    first, last = visit.page.evaluate("[...actorgraph.data.edges.flatMap(e => e.sources)"
                                      ".map(s => s.date).filter(Boolean)].sort()"
                                      ".filter((d, i, a) => i === 0 || i === a.length - 1)")
    other = Visit(browser, path, f"#focus={node}&hops=1&from={first}&to={first}"
                                 "&colour=community")
    try:
        nodes, edges = other.visible()
        assert nodes <= set(nx.ego_graph(U, node, radius=1).nodes) and node in nodes
        dates = other.page.evaluate("ids => ids.map(id => actorgraph.data.edges"
                                    ".find(e => e.id === id).sources.map(s => s.date))",
                                    sorted(edges))
        assert all(first in d or None in d for d in dates)
        assert other.page.locator("#colour-by").input_value() == "community"
        assert other.page.locator("#time-label").inner_text().startswith(first)
        other.page.screenshot(path=str(artifacts / "explore-shared-address.png"))
        assert other.clean()
    finally:
        other.close()
    assert first < last
    assert visit.clean()


@pytest.mark.model
def test_the_time_brush_hides_relations_outside_the_range(visit, artifacts):
    page = visit.page
    box = page.locator("#timeline").bounding_box()
    all_edges = page.evaluate("actorgraph.data.edges.map(e => [e.id, e.sources.map(s => s.date)])")
    assert any(None not in d for _, d in all_edges)
    # drag over the first third of the timeline
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 3, y, steps=5)
    page.screenshot(path=str(artifacts / "explore-time-brush.png"))
    page.mouse.up()
    visit.stable()
    # the range kept, as ISO days ("" and "~" for an open end: they sort before and after)
    start, end = page.evaluate("actorgraph.state.range.map((d, i) => isFinite(d) ? "
                               "new Date(d * 864e5).toISOString().slice(0, 10) : ['', '~'][i])")
    assert (start, end) != ("", "~")
    _, shown = visit.visible()
    kept = {i for i, dates in all_edges
            if any(d is None or start <= d <= end for d in dates)}
    in_view = set(page.evaluate("actorgraph.data.edges.filter(e => "
                                "actorgraph.state.view.mode === 'all' || "
                                "(actorgraph.data.nodes.find(n => n.id === e.from).top && "
                                "actorgraph.data.nodes.find(n => n.id === e.to).top))"
                                ".map(e => e.id)"))
    assert shown == kept & in_view
    assert shown and len(shown) < len(in_view)
    page.screenshot(path=str(artifacts / "explore-time-filtered.png"))
    fragment = page.evaluate("location.hash")
    assert (f"from={start}" in fragment) == bool(start)
    assert (f"to={end}" in fragment) == (end != "~")
    # dateless relations: hidden by the checkbox
    page.uncheck("#show-dateless")
    _, dated = visit.visible()
    assert dated == {i for i, dates in all_edges
                     if any(d is not None and start <= d <= end for d in dates)} & in_view
    # a click on the timeline: all dates again
    page.check("#show-dateless")
    page.mouse.click(box["x"] + box["width"] / 2, y)
    visit.stable()
    assert page.evaluate("actorgraph.state.range") is None
    assert visit.visible()[1] == in_view
    assert visit.clean()


@pytest.mark.model
def test_paths_are_shortest_paths_networkx_agrees_with(visit, corpus, artifacts):
    _, _, U = corpus
    actors = U.subgraph(n for n in U if n.startswith("actor/"))
    lengths = dict(nx.all_pairs_shortest_path_length(actors))
    a, b = max(((a, b) for a in sorted(lengths) for b in sorted(lengths[a]) if a < b),
               key=lambda p: (min(lengths[p[0]][p[1]], 3), p[0], p[1]))
    assert lengths[a][b] >= 2
    found = visit.move("([a, b]) => actorgraph.paths(a, b)", [a, b])
    expected = list(nx.all_shortest_paths(actors, a, b))
    assert found and len(found) == min(3, len(expected))
    for path in found:
        assert path in expected
    nodes, edges = visit.visible()
    assert nodes == {n for path in found for n in path}
    assert pairs(visit, edges) == {frozenset(p) for path in found for p in nx.utils.pairwise(path)}
    assert "shortest path" in visit.page.locator("#details").inner_text()
    visit.page.screenshot(path=str(artifacts / "explore-paths.png"))
    # with concepts allowed, a path is never longer
    via = visit.move("([a, b]) => actorgraph.paths(a, b, {concepts: true})", [a, b])
    assert len(via[0]) - 1 == nx.shortest_path_length(U, a, b) <= lengths[a][b]
    assert "path=" in visit.page.evaluate("location.hash")
    assert visit.clean()


@pytest.mark.model
def test_the_path_controls_connect_two_actors_by_name(visit, corpus):
    _, _, U = corpus
    actors = U.subgraph(n for n in U if n.startswith("actor/"))
    a, b = next((a, b) for a, b in nx.edges(actors))
    labels = visit.page.evaluate("ids => ids.map(id => actorgraph.data.nodes"
                                 ".find(n => n.id === id).label)", [a, b])
    visit.page.fill("#path-from", labels[0])
    visit.page.fill("#path-to", labels[1])
    visit.page.click("#path-go")
    visit.stable()
    assert visit.visible()[0] == {a, b}


def graph_of(triples: list[dict]):
    """The multigraph of triples read back from ``triples.jsonl`` (no model needed)."""
    def side(s):
        return Mention(s["text"], s["label"], s["type"], 0, 1, s.get("via", "name"))

    by_doc: dict[str, list[Triple]] = {}
    dates = {}
    for t in triples:
        by_doc.setdefault(t["doc_id"], []).append(Triple(
            side(t["subject"]), Relation(**t["relation"]), side(t["object"]), t["negated"],
            t["confidence"], t["doc_id"], t["sentence"], t["char_start"], t["char_end"],
            t["pattern"], hedged=t["hedged"], when=t["when"], date=t["date"]))
        dates[t["doc_id"]] = t["date"]
    return build_graph(ArticleResult(Article(doc, "", date=dates[doc]), 1, tuple(ts), ())
                       for doc, ts in by_doc.items())


@pytest.mark.model
def test_a_capped_opening_view_has_no_isolated_node_and_labels_the_largest(
        browser, corpus, tmp_path, artifacts):
    _, triples, _ = corpus
    G = graph_of(triples)
    path = tmp_path / "capped.html"
    path.write_text(render_html(G, limit=15), encoding="utf-8")
    visit = Visit(browser, path)
    try:
        nodes, edges = visit.visible()
        assert 2 <= len(nodes) <= 15
        ends = pairs(visit, edges)
        assert all(any(n in p for p in ends) for n in nodes)  # no isolated node
        # the largest nodes are labelled even zoomed far out
        labelled = visit.page.evaluate("actorgraph.labelled()")
        sizes = visit.page.evaluate("actorgraph.nodesView.get().map(n => [n.id, n.size])")
        biggest = sorted(sizes, key=lambda s: (-s[1], s[0]))[:len(labelled)]
        assert labelled == [i for i, _ in biggest]
        visit.page.evaluate("actorgraph.network.moveTo({scale: 0.2})")
        visit.page.screenshot(path=str(artifacts / "explore-opening-zoomed-out.png"))
        assert visit.clean()
    finally:
        visit.close()


@pytest.mark.model
def test_communities_colour_the_nodes_and_name_the_legend(visit, corpus, artifacts):
    _, triples, _ = corpus
    # networkx's Louvain on the relation mentions between two nodes, seeded as documented
    weights: dict[tuple, int] = {}
    for t in triples:
        pair = tuple(sorted((t["subject"]["id"], t["object"]["id"])))
        weights[pair] = weights.get(pair, 0) + 1
    H = nx.Graph()
    H.add_nodes_from(sorted({n for pair in weights for n in pair}))
    H.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weights.items()))
    expected = nx.community.louvain_communities(H, weight="weight", seed=COMMUNITY_SEED)
    nodes = visit.page.evaluate("actorgraph.data.nodes")
    found: dict[int, set] = {}
    for n in nodes:
        found.setdefault(n["community"], set()).add(n["id"])
    assert {frozenset(c) for c in found.values()} == {frozenset(c) for c in expected}
    # each is named after its most connected actor; the largest come first
    by_id = {n["id"]: n for n in nodes}
    listed = visit.page.evaluate("actorgraph.data.communities")
    for number, community in enumerate(listed):
        hub = min(found[number], key=lambda i: (by_id[i]["kind"] != "actor",
                                                -by_id[i]["degree"], -by_id[i]["mentions"], i))
        assert community["name"] == by_id[hub]["label"]
        assert community["size"] == len(found[number])
    assert [c["size"] for c in listed] == sorted((c["size"] for c in listed), reverse=True)
    visit.page.select_option("#colour-by", "community")
    legend = visit.page.locator("#community-legend")
    assert legend.is_visible() and not visit.page.locator("#legend").is_visible()
    assert legend.locator("li").first.inner_text().startswith(listed[0]["name"])
    colours = visit.page.evaluate("actorgraph.nodes.get().map(n => [n.community, n.color])")
    assert all(colour == listed[c]["color"] for c, colour in colours)
    visit.page.select_option("#size-by", "degree")
    sizes = visit.page.evaluate("actorgraph.nodes.get().map(n => [n.size, n.degree])")
    assert all(size == round(10 + 4 * math.sqrt(d), 1) for size, d in sizes)
    visit.page.screenshot(path=str(artifacts / "explore-communities.png"))
    assert "colour=community&size=degree" in visit.page.evaluate("location.hash")
    assert visit.clean()


@pytest.mark.model
def test_the_confidence_slider_hides_weak_relations(visit):
    confidences = visit.page.evaluate("actorgraph.data.edges.map(e => [e.id, e.confidence])")
    threshold = sorted({c for _, c in confidences})[-2]
    visit.page.locator("#min-confidence").fill(str(threshold))
    _, shown = visit.visible()
    assert shown == {i for i, c in confidences if c >= threshold}
    assert visit.page.locator("#min-confidence-value").inner_text() == f"{threshold:.2f}"


# -- actors with codes and places (attributes the actor dictionaries add) ----------------

@pytest.fixture()
def located(browser, tmp_path):
    path = tmp_path / "located.html"
    path.write_text(render_html(located_graph(), title="located"), encoding="utf-8")
    visit = Visit(browser, path)
    yield visit
    visit.close()


def test_the_details_show_codes_and_a_geonames_link(located, artifacts):
    page = located.page
    page.fill("#search", "Israel")
    page.press("#search", "Enter")
    details = page.locator("#details")
    assert "CAMEO codes: ISR" in details.inner_text()
    assert "Place: 31.50, 34.75" in details.inner_text()
    links = page.evaluate("[...document.querySelectorAll('#details .place a')]"
                          ".map(a => [a.textContent, a.href])")
    assert links == [["GeoNames 294640", "https://www.geonames.org/294640"]]
    page.screenshot(path=str(artifacts / "explore-codes-and-place.png"))
    page.fill("#search", "IDF")
    page.press("#search", "Enter")
    assert "CAMEO codes: ISR, ISRMIL" in details.inner_text()
    assert "Place:" not in details.inner_text()
    assert located.clean()


def test_the_country_filter_keeps_relations_of_that_country(located):
    page = located.page
    page.select_option("#country-filter", "LBN")
    nodes, edges = located.visible()
    ends = pairs(located, edges)
    lebanese = {n for n, a in PLACES.items() if a["country"] == "LBN"}
    assert ends and all(p & lebanese for p in ends)
    assert {"actor/un", "actor/iran", "actor/idf"} <= nodes
    assert frozenset({"actor/israel", "actor/hezbollah"}) in ends
    page.select_option("#country-filter", "IRN")
    assert located.visible()[0] == {"actor/iran", "actor/hezbollah"}


def test_the_map_layout_puts_located_actors_at_their_coordinates(located, artifacts):
    page = located.page
    page.check("#geo-layout")
    located.stable()
    where = page.evaluate("actorgraph.nodes.get().reduce((m, n) => (m[n.id] = [n.x, n.y], m), {})")
    scale = where["actor/iran"][0] / PLACES["actor/iran"]["lon"]  # positions are rounded
    assert scale > 0
    for node in ("actor/israel", "actor/lebanon", "actor/iran"):
        x, y = where[node]
        lat, lon = PLACES[node]["lat"], PLACES[node]["lon"]
        assert x == pytest.approx(lon * scale, abs=1.5)
        assert y == pytest.approx(-lat * scale, abs=1.5)
    # the unlocated ones sit beside a located neighbour, not on top of anyone
    for node in ("actor/idf", "actor/hezbollah", "actor/un"):
        assert all(math.dist(where[node], where[other]) > 5 for other in where if other != node)
    assert page.evaluate("actorgraph.network.physics.physicsEnabled") is False
    page.screenshot(path=str(artifacts / "explore-map-layout.png"))
    assert "map=1" in page.evaluate("location.hash")
    page.reload()  # the address keeps the map layout
    located.stable()
    assert page.locator("#geo-layout").is_checked()
    again = page.evaluate("actorgraph.nodes.get().reduce((m, n) => (m[n.id] = [n.x, n.y], m), {})")
    assert again["actor/iran"] == pytest.approx(where["actor/iran"], abs=1.5)
    page.uncheck("#geo-layout")
    located.stable()
    assert "map=1" not in page.evaluate("location.hash")
    assert located.clean()
