"""Property-based tests (hypothesis): any text in, no exception and valid output out.

The number of examples is bounded so that the default suite stays fast; run
with ``--hypothesis-profile=thorough`` for a longer search (the profiles are
registered in ``conftest.py``).
"""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
import rdflib
from actorgraph.exports.html import render_html
from actorgraph.exports.rdf import serialize
from actorgraph.extract.pipeline import Extractor
from hypothesis import example, given
from hypothesis import strategies as st

from actorgraph.readers import read_jsonl
from actorgraph.records import Article
from tests.records import mention, result, triple

#: Every character a decoded input can hold: all of Unicode but lone surrogates, which
#: the readers replace (they cannot be written as UTF-8).
ANY_CHAR = st.characters(exclude_categories=("Cs",))
ANY_TEXT = st.text(ANY_CHAR, max_size=400)
#: Text that looks like news, with hostile bits mixed in, so the parser finds clauses.
WORDS = st.sampled_from([
    "Israel", "struck", "Hezbollah", "in", "Beirut", ".", "Iran", "warned", "the", "U.S.",
    "<script>alert(1)</script>", "\"", "\\", "\n", "\n\n", "\t", "\u202e", "\x00", "\x1f",
    "Blinken", "met", "Netanyahu", "on", "Monday", ",", "not", "did", "said", "he", "🇺🇦",
    "Zelenskyy", "accused", "Russia", "of", "shelling", "Kharkiv", "ø", "\u0301", "שלום",
])
NEWSLIKE = st.lists(WORDS, max_size=60).map(" ".join)
NAME = st.text(ANY_CHAR, min_size=1, max_size=60).filter(lambda s: s.strip())


def _check_result(article: Article, extractor: Extractor) -> None:
    problems = []
    (result,) = list(extractor.extract([article], on_error=problems.append))
    for t in result.triples:
        assert article.text[t.char_start:t.char_end] == t.sentence
        for side in (t.subject, t.object):
            assert article.text[side.start:side.end] == side.text
            assert side.label.strip()


@pytest.mark.model
@given(text=ANY_TEXT)
def test_any_unicode_text_is_extracted_without_an_exception(extractor, text):
    _check_result(Article("any", text), extractor)


@pytest.mark.model
@given(text=NEWSLIKE)
def test_any_newslike_text_gives_triples_with_consistent_offsets(extractor, text):
    _check_result(Article("news", text), extractor)


def _graph(name: str, other: str, lemma: str, doc: str, title: str, url: str):
    t = triple(mention(name, "ORG"), lemma, mention(other, "GPE"), doc=doc,
               sentence=f"{name} {lemma} {other}.")
    from actorgraph.graph.build import build_graph

    return build_graph([result(doc, t, title=title, url=url)])


GRAPH_ARGS = dict(name=NAME, other=NAME, lemma=NAME, doc=NAME, title=ANY_TEXT, url=ANY_TEXT)
#: found by the search: a control character that once separated a bare body's name from its
#: article's id in a node's key ("\x1f1" lost its label, "1\x1f\x1f" raised), and a bare body
#: of one article ("Foreign Ministry", no owner) whose article's id holds that character
FORGED_SEPARATORS = (dict(name="0", other="\x1f1", lemma="0", doc="d", title="", url=""),
                     dict(name="0", other="1\x1f\x1f", lemma="0", doc="d", title="", url=""),
                     dict(name="Foreign Ministry", other="\x1f1", lemma="hit", doc="a\x1fb",
                          title="", url=""))


def _with_examples(test):
    for kwargs in FORGED_SEPARATORS:
        test = example(**kwargs)(test)
    return test


@_with_examples
@given(**GRAPH_ARGS)
def test_any_names_give_valid_turtle_and_ntriples(name, other, lemma, doc, title, url):
    G = _graph(name, other, lemma, doc, title, url)
    labels = {d["label"] for _, d in G.nodes(data=True)}
    for fmt, rdflib_format in (("turtle", "turtle"), ("ntriples", "nt")):
        data = serialize(G, fmt)
        g = rdflib.Graph().parse(data=data.decode("utf-8"), format=rdflib_format)
        found = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
        assert labels <= found


@_with_examples
@given(**GRAPH_ARGS)
def test_any_names_give_valid_jsonld(name, other, lemma, doc, title, url):
    G = _graph(name, other, lemma, doc, title, url)
    data = json.loads(serialize(G, "jsonld"))
    g = rdflib.Graph().parse(data=json.dumps(data), format="json-ld")
    labels = {d["label"] for _, d in G.nodes(data=True)}
    assert labels <= {str(o) for o in g.objects(None, rdflib.RDFS.label)}


class _Elements(HTMLParser):
    """The tags of a page and the text of its script elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple]] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(sorted(k for k, _ in attrs))))
        self.handlers += [k for k, _ in attrs if k.startswith("on")]


def _structure(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser


_BENIGN = _structure(render_html(_graph("Alpha", "Beta", "attack", "doc", "Title", ""),
                                 title="t"))


@given(**GRAPH_ARGS)
def test_any_names_give_html_with_the_same_elements_and_no_handlers(name, other, lemma, doc,
                                                                    title, url):
    page = render_html(_graph(name, other, lemma, doc, title, url), title=title or "t")
    found = _structure(page)
    # the names only ever appear as data: no kind of element, no script, no handler is added
    assert {tag for tag, _ in found.tags} <= {tag for tag, _ in _BENIGN.tags}
    assert [t for t in found.tags if t[0] == "script"] == [
        t for t in _BENIGN.tags if t[0] == "script"]
    assert found.handlers == []


#: Any character, lone surrogates included (JSON can escape them).
JSON_CHAR = st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr))
JSON_VALUE = st.one_of(st.text(JSON_CHAR, max_size=80), st.integers(), st.none(),
                       st.booleans(), st.lists(st.integers(), max_size=3))


@given(st.lists(st.dictionaries(st.sampled_from(["id", "text", "title", "date", "url", "html",
                                                "other"]), JSON_VALUE), max_size=5),
       st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_any_jsonl_gives_utf8_articles_or_one_line_problems(tmp_path_factory, rows, newline,
                                                            ascii_only):
    path = tmp_path_factory.mktemp("jsonl") / "feed.jsonl"
    lines = [json.dumps(row, ensure_ascii=ascii_only) for row in rows]
    path.write_bytes(newline.join(lines).encode("utf-8", "surrogatepass"))
    problems = []
    articles = list(read_jsonl(path, on_error=problems.append)) if rows else []
    for a in articles:
        for value in (a.id, a.text, a.title, a.date, a.url):
            if value is not None:
                value.encode("utf-8")  # what every writer needs
        assert a.text.strip() and "\r" not in a.text
    for p in problems:
        assert "\n" not in str(p) and str(p).startswith(str(path))
    # each line is either an article or reported as skipped
    assert len(articles) + sum(p.skipped for p in problems) == len(rows)
