"""A number the NER took into a name is the amount's when a unit follows the name.

"A federal jury awarded Winslow and Crane 64 mln dlrs in damages": the model tagged
"Crane 64" one entity, so "Crane 64" was the one the jury awarded. A name that ends in
numbers, with a scale or unit word right after it ("mln dlrs", "pct", "billion yen"),
ends before the numbers (hygiene.repair_entities); a number of the name stays ("a Falcon
9 rocket", "Area 51", "Apollo 11 astronauts").
"""

from __future__ import annotations

import pytest
import spacy
from actorgraph.extract.hygiene import repair_entities
from spacy.tokens import Doc

from tests.constructions import cases, check_construction

_VOCAB = spacy.blank("en").vocab


def _ents(words: str, ents: list[str]) -> list[tuple[str, str]]:
    words = words.split()
    pos = ["NUM" if w[0].isdigit() else "PROPN" if w[0].isupper() else "NOUN" for w in words]
    doc = Doc(_VOCAB, words=words, ents=ents, pos=pos)
    repair_entities(doc)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("jury awarded Crane 64 mln dlrs", ["O", "O", "B-ORG", "I-ORG", "O", "O"],
     [("Crane", "ORG")]),
    ("Tokyo lent Acme 40 billion yen", ["B-GPE", "O", "B-ORG", "I-ORG", "O", "O"],
     [("Tokyo", "GPE"), ("Acme", "ORG")]),
    ("they gave Vance 12 pct", ["O", "O", "B-PERSON", "I-PERSON", "O"],
     [("Vance", "PERSON")]),
    # guards: a number of the name, with no unit after it
    ("NASA launched a Falcon 9 rocket", ["B-ORG", "O", "O", "B-PRODUCT", "I-PRODUCT", "O"],
     [("NASA", "ORG"), ("Falcon 9", "PRODUCT")]),
    ("they visited Area 51", ["O", "O", "B-FAC", "I-FAC"], [("Area 51", "FAC")]),
    ("Apollo 11 astronauts landed", ["B-PRODUCT", "I-PRODUCT", "O", "O"],
     [("Apollo 11", "PRODUCT")]),
])
def test_a_number_before_a_unit_leaves_the_name(words, ents, expected):
    assert _ents(words, ents) == expected


NAME_NUMBERS = {
    "a number before a unit is no part of the name": [
        ("A federal jury awarded Winslow and Crane 64 mln dlrs in damages.",
         [("federal jury", "award", "Crane", False, False)],
         [("federal jury", "Crane 64")]),
    ],
    "guard: a number of the name stays": [
        ("SpaceX launched a Falcon 9 rocket from Cape Canaveral on Friday.",
         [("SpaceX", "launch", "Falcon 9 rocket", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(NAME_NUMBERS))
def test_name_numbers_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
