"""Parts of the argument rules on hand-built parses (no model): numbers in labels, units,
scores, relational heads and time phrases (issue 12, strict precision)."""

from __future__ import annotations

import spacy
from actorgraph.extract.actors import ActorResolver, concept_complement
from actorgraph.extract.hygiene import repair_entities, time_phrase
from actorgraph.extract.lexicon import COUNT_HEADS, LIGHT_OBJECTS, RELATIONAL_HEADS
from actorgraph.extract.vague import vague_phrase
from spacy.tokens import Doc

VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps, pos, tags=None, ents=None, lemmas=None, spaces=None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents,
               lemmas=lemmas or [w.lower() for w in words], spaces=spaces)


def test_a_unit_is_no_complement_of_a_concept():
    # "assets of 12.6 mln dlrs" with no MONEY entity: not "assets of dlrs"
    doc = _doc(["bought", "assets", "of", "12.6", "mln", "dlrs"], [0, 0, 1, 5, 5, 2],
               ["ROOT", "dobj", "prep", "nummod", "amod", "pobj"],
               ["VERB", "NOUN", "ADP", "NUM", "ADJ", "NOUN"])
    assert concept_complement(doc[1]) is None
    doc = _doc(["bought", "assets", "of", "the", "bank"], [0, 0, 1, 4, 2],
               ["ROOT", "dobj", "prep", "det", "pobj"], ["VERB", "NOUN", "ADP", "DET", "NOUN"])
    assert concept_complement(doc[1]) is not None


def test_numbers_in_labels():
    words = ["a", "12.6", "mln", "dlr", "loan", "and", "a", "Falcon", "9", "rocket"]
    doc = _doc(words, [4, 2, 3, 4, 4, 4, 9, 9, 9, 4],
               ["det", "nummod", "compound", "compound", "ROOT", "cc", "det", "nmod", "nummod",
                "conj"], ["DET", "NUM", "NUM", "NOUN", "NOUN", "CCONJ", "DET", "PROPN", "NUM",
                          "NOUN"], tags=["DT", "CD", "CD", "NN", "NN", "CC", "DT", "NNP", "CD",
                                         "NN"])
    resolver = ActorResolver(doc)
    # the unit goes with the amount; the model number stays with the name
    assert resolver.resolve(doc[4]).label == "loan"
    assert resolver.resolve(doc[9]).label == "Falcon 9 rocket"


def test_a_word_cut_at_its_hyphen_is_whole():
    words = ["condemned", "anti", "-", "semitism"]
    doc = _doc(words, [0, 0, 0, 0], ["ROOT", "dobj", "dobj", "dobj"],
               ["VERB", "ADJ", "NOUN", "NOUN"], spaces=[True, False, False, False])
    assert ActorResolver(doc).resolve(doc[3]).label == "anti-semitism"


def test_a_score_is_cut_from_a_name_but_a_model_number_is_not():
    doc = _doc(["Noosa", "beat", "Gympie", "32\u201322"], [1, 1, 3, 1],
               ["nsubj", "ROOT", "compound", "dobj"], ["PROPN", "VERB", "PROPN", "PROPN"],
               ents=["B-ORG", "O", "B-ORG", "I-ORG"])
    repair_entities(doc)
    assert [e.text for e in doc.ents] == ["Noosa", "Gympie"]
    doc = _doc(["SpaceX", "launched", "Falcon", "9"], [1, 1, 1, 2],
               ["nsubj", "ROOT", "dobj", "nummod"], ["PROPN", "VERB", "PROPN", "NUM"],
               ents=["B-ORG", "O", "B-PRODUCT", "I-PRODUCT"])
    repair_entities(doc)
    assert [e.text for e in doc.ents] == ["SpaceX", "Falcon 9"]


def test_a_measured_amount_is_cut_from_a_name():
    # "placed Humberto 785 miles west of Bermuda" tagged one PERSON
    cases = [
        (["placed", "Humberto", "785", "miles", "west"], ["O", "B-PERSON", "I-PERSON",
                                                          "I-PERSON", "O"], ["Humberto"]),
        (["moved", "Typhoon", "Hagibis", "200", "km", "north"],
         ["O", "B-EVENT", "I-EVENT", "I-EVENT", "I-EVENT", "O"], ["Typhoon Hagibis"]),
        (["sold", "Acme", "45", "tonnes", "of", "coal"],
         ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"], ["Acme"]),
        # a number of the name stays with it
        (["flew", "Apollo", "11", "home"], ["O", "B-PRODUCT", "I-PRODUCT", "O"], ["Apollo 11"]),
    ]
    for words, ents, expected in cases:
        n = len(words)
        pos = ["VERB"] + ["PROPN" if w[:1].isupper() else "NUM" if w[:1].isdigit() else "NOUN"
                          for w in words[1:]]
        doc = _doc(words, [0] * n, ["ROOT"] + ["dep"] * (n - 1), pos, ents=ents)
        repair_entities(doc)
        assert [e.text for e in doc.ents] == expected, words


def test_a_relational_head_needs_its_complement():
    doc = _doc(["issued", "a", "series", "and", "the", "family", "of", "Huber"],
               [0, 2, 0, 2, 5, 2, 5, 6],
               ["ROOT", "det", "dobj", "cc", "det", "conj", "prep", "pobj"],
               ["VERB", "DET", "NOUN", "CCONJ", "DET", "NOUN", "ADP", "PROPN"])
    assert vague_phrase(doc[2])
    assert not vague_phrase(doc[5])


def test_time_phrases():
    doc = _doc(["Several", "times", "jets", "crossed", "the", "line"], [1, 3, 3, 3, 5, 3],
               ["amod", "npadvmod", "nsubj", "ROOT", "det", "dobj"],
               ["ADJ", "NOUN", "NOUN", "VERB", "DET", "NOUN"],
               tags=["JJ", "NNS", "NNS", "VBD", "DT", "NN"],
               lemmas=["several", "time", "jet", "cross", "the", "line"])
    assert time_phrase(doc[1])
    assert not time_phrase(doc[2]) and not time_phrase(doc[5])


def test_the_new_word_lists_are_disjoint_where_they_must_be():
    # a light verb's generic object is no count and no relational head
    assert not (LIGHT_OBJECTS & COUNT_HEADS)
    assert not (LIGHT_OBJECTS & RELATIONAL_HEADS)


def test_a_currency_sign_goes_with_its_amount():
    for sign, amount, noun in (("US$", "35,000", "payment"), ("HK$", "2", "bid"),
                               ("A$", "500", "grant")):
        doc = _doc(["with", "a", sign, amount, noun], [0, 4, 3, 4, 0],
                   ["ROOT", "det", "nmod", "nummod", "pobj"],
                   ["ADP", "DET", "SYM", "NUM", "NOUN"], spaces=[True, True, False, True, False])
        assert ActorResolver(doc).resolve(doc[4]).label == noun
