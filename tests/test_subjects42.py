"""Subject nodes that name the actor (session 42), on real parses:

- a count of the members of an armed or activist group ("about 200 rebels", "some 40
  militants", "nearly 60 guerrillas") names no group of its own: like "the rebels", it is
  the one such group named before in the article (extract/coref.py ``counted_members``,
  ``Coreference._members``). A count with its own modifier ("200 Kurdish rebels"), a
  count with no group named before, or two groups named before stay as they were.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (text, present (subject, relation label, object), absent (subject, object) pairs)
COUNTED_MEMBERS = [
    ("Houthi rebels attacked a government base near Marib. About 300 rebels seized a "
     "police station and burned two trucks.",
     [("Houthi", "seize", "police station"), ("Houthi", "burn", "trucks")],
     [("rebels", "police station")]),
    ("Hamas militants fired rockets at Sderot. Some 40 militants stormed a checkpoint near "
     "the border.",
     [("Hamas", "storm", "checkpoint")], [("militants", "checkpoint")]),
    ("FARC guerrillas ambushed an army patrol in Cauca. Nearly 60 guerrillas blew up a bridge "
     "on the main highway.",
     [("FARC", "blow up", "bridge")], [("guerrillas", "bridge")]),
]

#: Guards: no group named before, two groups named before, or the count's own modifier.
COUNTED_GUARDS = [
    ("Police said about 300 rebels seized a police station and burned two trucks.",
     [("rebels", "seize", "police station")], []),
    ("Houthi rebels attacked a base near Marib. Kurdish rebels raided a village. About 300 "
     "rebels seized a police station.",
     [("rebels", "seize", "police station")], [("Houthi", "police station")]),
    ("Houthi rebels attacked a base near Marib. About 300 Kurdish rebels seized a police "
     "station.",
     [], [("Houthi", "police station")]),
]

ROWS = COUNTED_MEMBERS + COUNTED_GUARDS


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, set[tuple[str, str, str]]]:
    texts = [text for text, _, _ in ROWS]
    results = extractor.extract([Article(f"t{i}", t) for i, t in enumerate(texts)])
    return {t: {(x.subject.label, x.relation.label, x.object.label) for x in r.triples}
            for t, r in zip(texts, results, strict=True)}


@pytest.mark.parametrize(("text", "present", "absent"), ROWS)
def test_subject_names_the_actor(found, text, present, absent):
    got = found[text]
    for triple in present:
        assert triple in got, sorted(got)
    pairs = {(s, o) for s, _, o in got}
    for pair in absent:
        assert pair not in pairs, sorted(got)
