"""A thing "at" a named site keeps the site in its label (session 50).

"Analysts said the union would oppose the deal unless Chrysler guaranteed jobs *at AMC's
Kenosha plant*": judges marked the bare "jobs" partly right ("object bare jobs (at Kenosha
plant)"). A common noun whose "at" phrase (hung on the noun) is a site
(``[sited_heads]``: plant, mine, factory, refinery ...) with a name before it keeps that
phrase (:func:`~extract.actors._at_named_site`, through
:func:`~extract.actors.concept_complement`); the site's "its" is the owner's as in any
complement. A site no name says which of ("at the plant"), or a count of sites, keeps none.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import _at_named_site

from actorgraph.records import Article
from tests.docs import parse

CHANGED = [
    ("Ford guaranteed jobs at its Dearborn plant until 2030.",
     ("Ford", "guarantee", "jobs at Ford's Dearborn plant")),
    ("Rio Tinto halted production at the Oyu Tolgoi mine.",
     ("Rio Tinto", "halt", "production at Oyu Tolgoi mine")),
    ("BHP suspended work at the Escondida mine on Tuesday.",
     ("BHP", "suspend", "work at Escondida mine")),
]

UNCHANGED = [
    # no name says which plant
    ("Ford guaranteed jobs at the plant until 2030.", ("Ford", "guarantee", "jobs")),
    # the target of an attack stays the object of its own triple
    ("Russia fired missiles at the Zaporizhzhia nuclear plant, Ukraine said.",
     ("Russia", "fire missile at", "Zaporizhzhia nuclear plant")),
]

SENTENCES = list(dict.fromkeys(s for s, _ in CHANGED + UNCHANGED))


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, set[tuple[str, str, str]]]:
    results = extractor.extract([Article(f"n{i}", s) for i, s in enumerate(SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label) for t in r.triples}
            for s, r in zip(SENTENCES, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple"), CHANGED + UNCHANGED)
def test_a_named_site_says_which(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "triple"), CHANGED)
def test_no_bare_object_beside_it(found, sentence, triple):
    subject, relation, label = triple
    assert (subject, relation, label.split(" at ")[0]) not in found[sentence], \
        sorted(found[sentence])


# --- the parse-level helper -----------------------------------------------------------------

def _at(words: str, parse_rows: str, ents: dict[str, str] | None = None):
    doc = parse(words, parse_rows, ents=ents or {})
    return _at_named_site(doc[1])


def test_a_proper_noun_before_the_site_names_it():
    assert _at("jobs at the Kenosha plant", """
        0 ROOT NOUN job NNS
        0 prep ADP at IN
        4 det DET the DT
        4 compound PROPN Kenosha NNP
        1 pobj NOUN plant NN""", {"Kenosha": "GPE"})


@pytest.mark.parametrize(("words", "rows"), [
    ("jobs at the plant", """
        0 ROOT NOUN job NNS
        0 prep ADP at IN
        3 det DET the DT
        1 pobj NOUN plant NN"""),
    ("strikes at three Ford plants", """
        0 ROOT NOUN strike NNS
        0 prep ADP at IN
        4 nummod NUM three CD
        4 compound PROPN Ford NNP
        1 pobj NOUN plant NNS"""),
    ("talks in the Kenosha plant", """
        0 ROOT NOUN talk NNS
        0 prep ADP in IN
        4 det DET the DT
        4 compound PROPN Kenosha NNP
        1 pobj NOUN plant NN"""),
])
def test_no_name_a_count_or_another_preposition_is_none(words, rows):
    assert not _at(words, rows)
