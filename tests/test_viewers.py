"""GEXF and GraphML exports, read back with networkx."""

from __future__ import annotations

import networkx as nx
import pytest
from actorgraph.exports.viewers import (
    _fits,
    gexf_text,
    graphml_text,
    viewer_graph,
    write_gexf,
    write_graphml,
)
from actorgraph.graph.build import build_graph

from tests.records import HOSTILE, hostile_graph, mention, result, triple


@pytest.fixture(scope="module")
def graph():
    israel, shukr = mention("Israel", "GPE"), mention("Fuad Shukr", text="Hezbollah commander")
    return build_graph([result("a", triple(israel, "kill", shukr, doc="a", sentence="One."),
                               triple(israel, "kill", shukr, doc="a", sentence="Two."),
                               triple(israel, "meet", mention("Qatar", "GPE"), doc="a",
                                      negated=True),
                               mentions=[mention("Fuad Shukr", text="Shukr")])])


@pytest.mark.parametrize(("write", "read"), [(write_gexf, nx.read_gexf),
                                             (write_graphml, nx.read_graphml)])
def test_viewer_files_read_back_with_the_same_attributes(graph, tmp_path, write, read):
    path = tmp_path / "graph.out"
    write(graph, path)
    H = read(path)
    assert H.is_directed()
    label_of = {n: d["label"] for n, d in H.nodes(data=True)}
    shukr = next(n for n, label in label_of.items() if label == "Fuad Shukr")
    node = H.nodes[shukr]
    assert (node["type"], node["kind"], int(node["mentions"])) == ("PERSON", "actor", 1)
    assert "Hezbollah commander" in node["aliases"]
    edges = {(label_of[u], d["label"], label_of[v]): d for u, v, d in H.edges(data=True)}
    kill = edges[("Israel", "kill", "Fuad Shukr")]
    assert (kill["event_class"], kill["family"], int(kill["count"])) == \
        ("ASSAULT", "conflict", 2)
    assert kill["negated"] in (False, "false")
    meet = edges[("Israel", "meet", "Qatar")]
    assert meet["negated"] in (True, "true") and int(meet["count"]) == 1


@pytest.mark.parametrize("write", [write_gexf, write_graphml])
def test_viewer_files_survive_hostile_names_and_are_reproducible(tmp_path, write):
    first, second = tmp_path / "a", tmp_path / "b"
    write(hostile_graph(), first)
    write(hostile_graph(), second)
    assert first.read_bytes() == second.read_bytes()
    H = (nx.read_gexf if write is write_gexf else nx.read_graphml)(first)
    # XML parsers normalise line breaks in element text, which is where GraphML keeps data
    expected = set(HOSTILE) if write is write_gexf else {h.replace("\r\n", "\n")
                                                          for h in HOSTILE}
    assert {d["label"] for _, d in H.nodes(data=True)} == expected


@pytest.mark.parametrize(("text", "generate", "gephi"), [
    (gexf_text, nx.generate_gexf, True), (graphml_text, nx.generate_graphml, False)])
@pytest.mark.parametrize("make", ["plain", "hostile"])
def test_the_files_written_directly_are_networkx_files_to_the_byte(graph, make, text,
                                                                   generate, gephi):
    H = viewer_graph(graph if make == "plain" else hostile_graph(), gephi=gephi)
    H.add_node("x\tlabel\x0bé😀", **dict(H.nodes[next(iter(H))], label="A\r\nB \u2028 <&>\"'"))
    H.add_edge("x\tlabel\x0bé😀", next(iter(H)), key="e<&>",
               **dict(next(iter(H.edges(data=True)))[2], articles="a\rb\x1c"))
    assert _fits(H)
    assert text(H) == "\n".join(generate(H))


def test_a_graph_the_direct_writers_do_not_fit_is_written_by_networkx():
    H = nx.MultiDiGraph(name="actorgraph")
    H.add_node("a", label="A", degree=1)
    H.add_node("b", label="B", degree=1.5)  # another type: networkx generalises it
    H.add_edge("a", "b", key="e0", label="met")
    assert not _fits(H)
    assert graphml_text(H) == "\n".join(nx.generate_graphml(H))
    assert gexf_text(H) == "\n".join(nx.generate_gexf(H))
