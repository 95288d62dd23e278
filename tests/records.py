"""Small builders of extraction records, for tests that need no model."""

from __future__ import annotations

import dataclasses

from actorgraph.extract.events import default_lexicon
from actorgraph.graph.build import build_graph

from actorgraph.records import Article, ArticleResult, Mention, Relation, Triple


def mention(label: str, typ: str = "PERSON", text: str | None = None, start: int = 0,
            code: str | None = None) -> Mention:
    text = label if text is None else text
    return Mention(text=text, label=label, type=typ, start=start, end=start + len(text),
                   code=code)


def triple(subject: Mention, lemma: str, obj: Mention, *, doc: str = "doc",
           negated: bool = False, sentence: str | None = None, label: str | None = None,
           pos: str = "VERB") -> Triple:
    sentence = sentence or f"{subject.text} {lemma} {obj.text}."
    relation = Relation(lemma, label or lemma, default_lexicon().classify(lemma, pos=pos))
    return Triple(subject, relation, obj, negated, 0.9, doc, sentence, 0, len(sentence), "svo")


def result(doc: str, *triples: Triple, mentions=(), title: str | None = None,
           date: str | None = None, url: str | None = None) -> ArticleResult:
    return ArticleResult(Article(doc, "...", title=title, date=date, url=url), 1,
                         tuple(triples), tuple(mentions))


HOSTILE = [
    '<script>window.__xss = 1</script>',
    '<img src=x onerror="window.__xss = 2">',
    '"quoted" \'name\' with \\backslash\\ and </script> end',
    "line\nbreak\ttab\r\nand \u202eright-to-left \u05e9\u05dc\u05d5\u05dd",
    "emoji \U0001F4A5 and angle <brackets> & ampersand",
    "}]); alert(3); //",
]


def hostile_graph():
    """A graph whose names and sentences are hostile strings."""
    triples = []
    for i, name in enumerate(HOSTILE):
        other = HOSTILE[(i + 1) % len(HOSTILE)]
        t = triple(mention(name, "ORG"), "attack", mention(other, "GPE"),
                   doc=f"doc-{i}", sentence=f"{name} attacked {other}.")
        # every field set: hostile text, and codes on both sides
        triples.append(dataclasses.replace(
            t, quantity=name, subject=dataclasses.replace(t.subject, code="USAGOV"),
            object=dataclasses.replace(t.object, code="IRNMIL")))
    return build_graph([result(f"doc-{i}", t, title=HOSTILE[i], url="javascript:alert(4)")
                        for i, t in enumerate(triples)])


# -- actors with codes and places (the attributes the actor dictionaries add) -------------

PLACES = {
    "actor/israel": {"country": "ISR", "codes": ["ISR"], "iso": "IL", "geonames": 294640,
                     "lat": 31.5, "lon": 34.75},
    "actor/lebanon": {"country": "LBN", "codes": ["LBN"], "iso": "LB", "geonames": 272103,
                      "lat": 33.83, "lon": 35.83},
    "actor/iran": {"country": "IRN", "codes": ["IRN"], "iso": "IR", "geonames": 130758,
                   "lat": 32.0, "lon": 53.0},
    "actor/idf": {"country": "ISR", "codes": ["ISR", "ISRMIL"]},
    "actor/hezbollah": {"country": "LBN", "codes": ["LBNREB"]},
}


def located_graph():
    """Israel, Lebanon and Iran located; the IDF and Hezbollah coded but not located;
    the UN neither (node attributes set by hand, as the actor dictionaries would)."""
    gpe = {n: mention(n, "GPE") for n in ("Israel", "Lebanon", "Iran")}
    idf, hezbollah, un = mention("IDF", "ORG"), mention("Hezbollah", "ORG"), mention("UN", "ORG")
    G = build_graph([
        result("a", triple(idf, "strike", hezbollah, doc="a"),
               triple(hezbollah, "attack", gpe["Israel"], doc="a"), date="2024-07-28"),
        result("b", triple(gpe["Iran"], "support", hezbollah, doc="b"),
               triple(gpe["Israel"], "warn", gpe["Lebanon"], doc="b"),
               triple(un, "urge", gpe["Lebanon"], doc="b"), date="2024-08-02"),
    ])
    for node, attrs in PLACES.items():
        G.nodes[node].update(attrs)
    return G
