"""A listed subject's "their" inside a concept's complement says whose (session 50).

"National Westminster and Barclays announced cuts *in their base rates*": judges marked
"cuts in base rates" partly right ("drops whose base rates"). One subject's "its" there was
kept before ("Brazil refused a cut in its share" -> "cut in Brazil's share"); a list's
"their" on the head itself was each one's own ("Chile and Peru cut their rates" -> "Chile's
rates", "Peru's rates": :meth:`~extract.actors.ActorResolver.each_owns`). Now a "their" on
the object of the concept's first complement is each listed subject's own as well
(:meth:`~extract.actors.ActorResolver._each_owns_complement`), while the label stays short.
Not for a thing the list shares (a border, talks on their dispute), another list or plural
on the way up that "their" may mean, a clause reported by another, or a named complement's
preposition.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

CHANGED = [
    ("HSBC and Lloyds announced cuts in their mortgage rates on Monday.",
     ("HSBC", "announce", "cuts in HSBC's mortgage rates")),
    ("HSBC and Lloyds announced cuts in their mortgage rates on Monday.",
     ("Lloyds", "announce", "cuts in Lloyds' mortgage rates")),
    ("Chile and Peru announced a cut in their interest rates.",
     ("Chile", "announce", "cut in Chile's interest rates")),
    ("Iran said Iraq and Syria had announced a rise in their oil output.",
     ("Syria", "announce", "rise in Syria's oil output")),
    ("Samsung and Apple reported a fall in their quarterly profits.",
     ("Apple", "report", "fall in Apple's quarterly profits")),
]

UNCHANGED = [
    # a border the list shares
    ("Greece and Turkey announced the reopening of their border.",
     ("Greece", "announce", "reopening of border")),
    # another list on the way up may be whom "their" means
    ("Britain and France accused Russia and China of blocking cuts in their budgets.",
     ("Russia", "block", "cuts")),
    # the head's own "their": each one's, as before
    ("Brazil and Argentina raised their tariffs on Monday.",
     ("Brazil", "raise", "Brazil's tariffs")),
]

SENTENCES = list(dict.fromkeys(s for s, _ in CHANGED + UNCHANGED))


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, set[tuple[str, str, str]]]:
    results = extractor.extract([Article(f"o{i}", s) for i, s in enumerate(SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label) for t in r.triples}
            for s, r in zip(SENTENCES, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple"), CHANGED + UNCHANGED)
def test_each_listed_subject_owns_the_complement(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "triple"), CHANGED)
def test_no_unowned_label_beside_it(found, sentence, triple):
    subject, relation, label = triple
    unowned = label.replace(f"{subject}'s ", "").replace(f"{subject}' ", "")
    assert (subject, relation, unowned) not in found[sentence], sorted(found[sentence])


def test_no_other_subject_owns_it(found):
    """Each subject its own: HSBC's triple names no Lloyds."""
    labels = {(s, o) for s, _, o in found[CHANGED[0][0]]}
    assert not any(s == "HSBC" and "Lloyds" in o for s, o in labels), sorted(labels)
