"""A duty, tax or ban keeps what it bears on when the parser hangs "on" on the verb (session 50).

"Canada will impose a final countervailing duty of 84.9 cents a bushel *on imports of U.S.
corn*": judges marked the bare "final countervailing duty" partly right ("object lacks duty
target"). A measure noun (``[measure_heads]``: duty, tariff, tax, ban, cap, embargo ...)
kept its "on" complement only when the parser hung it on the noun ("curbs on exports"); hung
on the verb right after the object, or after the object's amount, it is the measure's all
the same, whatever the verb (:func:`~extract.actors._verb_hung_prep`,
:func:`~extract.actors._after_amount`). A date after "on" is no complement, and other nouns
("freeze" is no measure here) keep what they had.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

CHANGED = [
    ("Canada imposed a duty on imports of U.S. corn.",
     ("Canada", "impose", "duty on imports of United States corn")),
    ("Canada imposed a duty of 84.9 cents a bushel on imports of U.S. corn.",
     ("Canada", "impose", "duty on imports of United States corn")),
    ("The European Union imposed anti-dumping duties of up to 35 pct on imports of Chinese "
     "bicycles.",
     ("European Union", "impose", "anti-dumping duties on imports of Chinese bicycles")),
]

UNCHANGED = [
    # hung on the noun by the parser: kept as before
    ("Argentina imposed a tax on grain exports to raise revenue.",
     ("Argentina", "impose", "tax on grain exports")),
    ("India placed a cap on rice exports last week.",
     ("India", "place", "cap on rice exports")),
    # a date after "on": when, not what the ban bears on
    ("Washington imposed a ban on Monday, officials said.", ("Washington", "impose", "ban")),
    # no measure noun
    ("Japan lifted the freeze on hiring at state banks.", ("Japan", "lift", "freeze")),
    # the target named as the object of the verb's "on" stays that triple
    ("China imposed tariffs on American soybeans.",
     ("China", "impose tariff", "American soybeans")),
]

SENTENCES = list(dict.fromkeys(s for s, _ in CHANGED + UNCHANGED))


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, set[tuple[str, str, str]]]:
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label) for t in r.triples}
            for s, r in zip(SENTENCES, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple"), CHANGED + UNCHANGED)
def test_a_measure_keeps_what_it_bears_on(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "triple"), CHANGED)
def test_no_bare_measure_beside_it(found, sentence, triple):
    subject, relation, label = triple
    bare = label.split(" on ")[0]
    assert (subject, relation, bare) not in found[sentence], sorted(found[sentence])
