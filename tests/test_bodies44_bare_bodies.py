"""A bare national body is one country's body, never a node shared by several (session 44).

A body named only by its kind ("Foreign Ministry", "Supreme Court", "Cabinet"; a
ministry named by its portfolio, or a name that is all one CAMEO agent phrase of a state
body: :func:`~extract.dictionary.bare_body`) takes the owner its article gives it
(:class:`~extract.coding.ArticleCoder`):

* a country's possessive or adjective on the mention or on an earlier full mention of the
  same body ("Russia's Foreign Ministry ... the Foreign Ministry", "the Russian Foreign
  Ministry ... the Foreign Ministry");
* the country of the minister the article names as its head ("Foreign Minister Sergei
  Lavrov", a Russian in the dictionaries);
* failing those, the dateline's country when the article names that country's actors too
  (graph/build.py ``GraphBuilder._dateline_country``), not for "the state Supreme Court".

Its node is then named with its country ("Foreign Ministry (Russia)"); bodies of two
owners never merge, and a bare body without an owner is a node of its own article only.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.dictionary import bare_body
from actorgraph.graph.build import build_graph

from actorgraph.records import Article
from tests.records import mention, result, triple


@pytest.mark.parametrize("name,bare", [
    ("Foreign Ministry", True),
    ("Agriculture Ministry", True),
    ("Ministry of Health", True),
    ("Supreme Court", True),
    ("Cabinet", True),
    ("Foreign Office", True),
    # a name of its own, the dictionaries' or one that names its place: not bare
    ("Serious Fraud Office", False),
    ("Court of Arbitration for Sport", False),
    ("International Criminal Court", False),
    ("Egyptian Foreign Ministry", False),
    ("Texas Supreme Court", False),
    ("Senate", False),
    ("State Department", False),
])
def test_bare_body(name, bare):
    assert bare_body(name) is bare


def _labels(G, doc=None):
    return sorted(d["label"] for _, d in G.nodes(data=True)
                  if d["kind"] == "actor" and (doc is None or doc in d["articles"]))


def _codes(r, label):
    return {m.code for m in r.mentions if m.label == label} | {
        m.code for t in r.triples for m in (t.subject, t.object, t.attributed_to)
        if m is not None and m.label == label}


# -- owner from the body's own words or an earlier full mention -------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text,label,code", [
    ("Russia's Foreign Ministry summoned the Finnish ambassador on Tuesday. The Foreign "
     "Ministry accused Helsinki of hostility.", "Foreign Ministry", "RUSGOV"),
    ("The Russian Foreign Ministry criticised the new sanctions on Monday. The Foreign "
     "Ministry accused Washington of escalating the conflict.", "Foreign Ministry", "RUSGOV"),
    ("Israel's Supreme Court rejected the petition on Sunday. The Supreme Court said the law "
     "was valid and ordered the state to pay costs.", "Supreme Court", "ISRJUD"),
    ("Kenya's Agriculture Ministry banned maize imports from Uganda. The Agriculture "
     "Ministry said the ban would last three months.", "Agriculture Ministry", "KENGOV"),
])
def test_a_bare_body_takes_the_owner_its_text_gives(extractor, text, label, code):
    (r,) = extractor.extract([Article("t", text)])
    assert _codes(r, label) == {code}


# -- owner from the minister the article names as its head ------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text,label,code", [
    ("Foreign Minister Sergei Lavrov met Chinese officials in Beijing on Friday. The Foreign "
     "Ministry later condemned NATO.", "Foreign Ministry", "RUSGOV"),
    ("Foreign Minister Ahmet Davutoglu flew to Baghdad on Sunday. The Foreign Ministry "
     "summoned the Iraqi envoy.", "Foreign Ministry", "TURGOV"),
    ("Defence Minister Moshe Yaalon toured the northern border. The Defence Ministry "
     "accused Hezbollah of firing rockets.", "Defence Ministry", "ISRGOV"),
])
def test_a_bare_ministry_takes_the_country_of_its_minister(extractor, text, label, code):
    (r,) = extractor.extract([Article("t", text)])
    assert _codes(r, label) == {code}


# -- owner from the dateline ----------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text,label", [
    ("ISLAMABAD, April 14 - Pakistan lodged a protest with Kabul after Afghan jets bombed a "
     "border village, the Foreign Ministry said.", "Foreign Ministry (Pakistan)"),
    ("OSLO, Oct 15 - Norway ordered two Soviet diplomats to leave the country, the Foreign "
     "Ministry said.", "Foreign Ministry (Norway)"),
    ("MANAGUA, Nov 5 - Nicaragua accused Honduras of shelling a border village, the Defence "
     "Ministry said.", "Defence Ministry (Nicaragua)"),
])
def test_a_bare_body_without_owner_takes_the_datelines_country(extractor, text, label):
    G = build_graph(extractor.extract([Article("t", text)]))
    assert label in _labels(G)


# -- guards ---------------------------------------------------------------------------------

@pytest.mark.model
def test_two_countries_ministries_in_one_article_give_neither_a_guessed_owner(extractor):
    text = ("Japan's Foreign Ministry protested to China on Monday, while China's Foreign "
            "Ministry accused Tokyo of provocation. The Foreign Ministry in Beijing rejected "
            "the protest.")
    (r,) = extractor.extract([Article("t", text)])
    assert _codes(r, "Foreign Ministry") == {None}


@pytest.mark.model
def test_a_us_body_quoted_in_a_foreign_dateline_is_not_the_datelines(extractor):
    text = ("ISLAMABAD, April 14 - Pakistan lodged a protest with Kabul on Tuesday. The State "
            "Department said Washington was concerned about the raid.")
    G = build_graph(extractor.extract([Article("t", text)]))
    labels = _labels(G)
    assert not any(label.startswith("State Department (") for label in labels), labels


@pytest.mark.model
@pytest.mark.parametrize("text,label", [
    ("LONDON, May 3 - Britain's Serious Fraud Office charged three bankers with fraud. The "
     "Serious Fraud Office said the case would go to trial.", "Serious Fraud Office"),
    ("LAUSANNE, Feb 2 - The Court of Arbitration for Sport rejected the appeal of the Russian "
     "skater.", "Court of Arbitration for Sport"),
])
def test_a_body_with_a_name_of_its_own_keeps_it(extractor, text, label):
    G = build_graph(extractor.extract([Article("t", text)]))
    assert label in _labels(G)


def _said(doc: str, code: str | None, text: str = "Foreign Ministry"):
    return result(doc, triple(mention("Foreign Ministry", "ORG", text=text, code=code),
                              "condemn", mention("attack", "CONCEPT"), doc=doc))


def test_bodies_of_two_owners_never_merge_and_one_owner_is_one_node():
    G = build_graph([_said("ru1", "RUSGOV"), _said("ru2", "RUSGOV"), _said("pk", "PAKGOV")])
    nodes = {d["label"]: d for _, d in G.nodes(data=True) if d["kind"] == "actor"}
    assert nodes["Foreign Ministry (Russia)"]["articles"] == ("ru1", "ru2")
    assert nodes["Foreign Ministry (Pakistan)"]["articles"] == ("pk",)
    assert "Foreign Ministry" not in nodes


def test_a_bare_body_without_owner_is_a_node_of_its_article_only():
    G = build_graph([_said("a", None), _said("b", None)])
    found = sorted((d["label"], d["articles"]) for _, d in G.nodes(data=True)
                   if d["kind"] == "actor")
    assert found == [("Foreign Ministry", ("a",)), ("Foreign Ministry", ("b",))]


def test_a_mention_without_owner_takes_its_articles_one_owner():
    """ "MITI officials" beside "Japan's Ministry of International Trade and Industry": one
    node, the article's owner's."""
    doc = result("jp", triple(mention("Foreign Ministry", "ORG", code="JPNGOV"), "condemn",
                              mention("attack", "CONCEPT"), doc="jp"),
                 triple(mention("Foreign Ministry", "ORG", text="ministry officials"),
                        "reject", mention("claim", "CONCEPT"), doc="jp"))
    assert _labels(build_graph([doc])) == ["Foreign Ministry (Japan)"]
