"""Small builders of extraction records, for tests that need no model."""

from __future__ import annotations

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
        triples.append(triple(mention(name, "ORG"), "attack", mention(other, "GPE"),
                              doc=f"doc-{i}", sentence=f"{name} attacked {other}."))
    return build_graph([result(f"doc-{i}", t, title=HOSTILE[i], url="javascript:alert(4)")
                        for i, t in enumerate(triples)])
