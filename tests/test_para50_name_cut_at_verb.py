"""A name the NER ran on into the verb it is the subject of (session 48, para50).

"with the United Auto Workers picketing Stellantis factories" was one ORG "the United
Auto Workers picketing Stellantis": the union became a subject labelled with its own
verb and target, and the object label carried the subject's name (a reversed reading).
A verb inside a name whose subject the name's own words are ends that name; a proper
noun after it is a name of its own (:func:`~extract.hygiene._cut_at_clause_verb`).
Guards: names with a verb's spelling but no subject in them ("the Rolling Stones",
"Breaking Bad") are kept whole.
"""

from __future__ import annotations

import pytest
import spacy
from actorgraph.extract.hygiene import _cut_at_clause_verb
from spacy.tokens import Doc

from tests.constructions import cases, check_labels

CUT = {
    "a union's name run on into its verb": [
        ("Thousands of workers walked off the job at dawn, with the United Auto Workers "
         "picketing Stellantis factories across the Midwest.",
         [("United Auto Workers", "picket", "Stellantis factories")],
         [("United Auto Workers picketing Stellantis", "Stellantis factories")]),
        ("The Teamsters Union picketing UPS hubs in Chicago drew support from Democrats.",
         [("Teamsters Union", "picket", "UPS hubs")],
         [("Teamsters Union picketing UPS", "UPS hubs")]),
    ],
    "guard: a name spelt with a verb, no subject in it": [
        ("Breaking Bad star Bryan Cranston visited Kyiv on Monday.",
         [("Bryan Cranston", "visit", "Kyiv")], []),
        ("Production stopped at dawn, with the United Steelworkers picketing "
         "ArcelorMittal plants in Indiana.", [], [("ArcelorMittal", "United Steelworkers")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(CUT))
def test_a_name_ends_before_its_verb(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


def _doc(words, heads, deps, tags, ents):
    pos = ["VERB" if t.startswith("VB") else "PROPN" if t.startswith("NNP") else
           "DET" if t == "DT" else "NOUN" for t in tags]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags,
               pos=pos, ents=ents)


@pytest.mark.parametrize("doc, wanted", [
    # a past verb: "the Houthi Movement attacked Maersk" read as one ORG
    (_doc(["the", "Houthi", "Movement", "attacked", "Maersk", "ships"],
          [2, 2, 3, 3, 5, 3], ["det", "compound", "nsubj", "ROOT", "compound", "dobj"],
          ["DT", "NNP", "NNP", "VBD", "NNP", "NNS"],
          ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]),
     [("the Houthi Movement", "ORG"), ("Maersk", "ORG")]),
    # a present verb with a common noun after it: no name of its own
    (_doc(["Hamas", "holds", "hostages"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
          ["NNP", "VBZ", "NNS"], ["B-ORG", "I-ORG", "I-ORG"]),
     [("Hamas", "ORG")]),
    # guard: a gerund that is part of the name, no subject before it
    (_doc(["the", "Rolling", "Stones", "played"], [2, 2, 3, 3],
          ["det", "compound", "nsubj", "ROOT"], ["DT", "VBG", "NNPS", "VBD"],
          ["B-ORG", "I-ORG", "I-ORG", "O"]),
     [("the Rolling Stones", "ORG")]),
])
def test_cut_at_clause_verb(doc, wanted):
    _cut_at_clause_verb(doc)
    assert [(e.text, e.label_) for e in doc.ents] == wanted
