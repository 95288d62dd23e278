"""Forces that the sentence places at an edge keep it in their label (session 50).

"India and Pakistan agreed to pull back troops *massed along their border*": bare, "troops"
says nobody in particular, and judges marked such objects partly right ("which troops lost").
A past participle of massing or posting forces (``[readying_verbs]``: mass, deploy, station,
position ...) right after the noun, whose place preposition (or "on") is followed at once by
an edge of a territory or sea (``[edge_place_heads]``: border, frontier, coast ...) with at
most its article, a possessive pronoun or one modifier, keeps that phrase in the label, its
pronoun left out (:func:`~extract.actors._placed_at_edge`, through
:func:`~extract.actors.which_modifier`). A named place there was kept before (session 38);
a participle of another kind, a place that is no edge, or an edge whose phrase runs on keeps
none.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import which_modifier

from actorgraph.records import Article
from tests.docs import parse

CHANGED = [
    ("Greece and Turkey agreed to pull back troops deployed along their border.",
     ("Greece", "agree to pull back", "troops deployed along border")),
    ("Greece and Turkey agreed to pull back troops deployed along their border.",
     ("Turkey", "agree to pull back", "troops deployed along border")),
    ("Russia withdrew tanks stationed near the frontier, the ministry said.",
     ("Russia", "withdraw", "tanks stationed near frontier")),
    ("Armenia and Azerbaijan promised to withdraw soldiers massed on the border.",
     ("Armenia", "promise to withdraw", "soldiers massed on border")),
]

UNCHANGED = [
    # no edge: a participle of posting forces in a place that is no border or coast
    ("Russia withdrew soldiers deployed in the region, the ministry said.",
     ("Russia", "withdraw", "soldiers")),
    ("Israel withdrew tanks stationed in the valley.", ("Israel", "withdraw", "tanks")),
    # no participle of massing or posting forces
    ("Ecuador repaired a pipeline damaged in the earthquake.",
     ("Ecuador", "repair", "pipeline")),
    ("Police arrested smugglers caught near the border.",
     ("police", "arrest", "smugglers")),
]

SENTENCES = list(dict.fromkeys(s for s, _ in CHANGED + UNCHANGED))


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, set[tuple[str, str, str]]]:
    results = extractor.extract([Article(f"e{i}", s) for i, s in enumerate(SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label) for t in r.triples}
            for s, r in zip(SENTENCES, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple"), CHANGED + UNCHANGED)
def test_forces_placed_at_an_edge_say_which(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "triple"), CHANGED)
def test_no_bare_forces_beside_them(found, sentence, triple):
    bare = triple[2].split()[0]
    assert not any(o == bare for s, _, o in found[sentence] if s == triple[0]), \
        sorted(found[sentence])


# --- the parse-level helper -----------------------------------------------------------------

def _troops(participle: str, lemma: str, prep: str, place: str) -> object:
    return parse(f"troops {participle} {prep} their {place}", f"""
        0 ROOT NOUN troop NNS
        0 acl VERB {lemma} VBN
        1 prep ADP {prep} IN
        4 poss PRON their PRP$
        2 pobj NOUN {place} NN""")


def test_an_edge_after_a_participle_of_posting_forces_says_which():
    doc = _troops("massed", "mass", "along", "border")
    modifier, obj, last = which_modifier(doc[0])
    assert (modifier.text, obj.text, last.text) == ("massed", "border", "border")


@pytest.mark.parametrize(("participle", "lemma", "prep", "place"), [
    ("seen", "see", "along", "border"),          # no participle of posting forces
    ("deployed", "deploy", "along", "streets"),  # no edge
    ("deployed", "deploy", "for", "border"),     # no place preposition
])
def test_other_unnamed_modifiers_keep_none(participle, lemma, prep, place):
    assert which_modifier(_troops(participle, lemma, prep, place)[0]) is None


def test_an_edge_whose_phrase_runs_on_keeps_none():
    """"stationed near the border with X, ..." is the named kind (or none): nothing may
    follow the edge noun."""
    doc = parse("troops stationed near the border of the province", """
        0 ROOT NOUN troop NNS
        0 acl VERB station VBN
        1 prep ADP near IN
        4 det DET the DT
        2 pobj NOUN border NN
        4 prep ADP of IN
        7 det DET the DT
        5 pobj NOUN province NN""")
    assert which_modifier(doc[0]) is None
