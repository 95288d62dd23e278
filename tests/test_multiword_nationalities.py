"""A nationality of two words ("South Korean", "Sri Lankan", "Costa Rican", "North Korean")
is one nationality: its country owns a title ("South Korean President Yoon Suk Yeol" is
the leader of South Korea) and names the group it modifies ("Sri Lankan troops" act for
Sri Lanka), whether the NER typed it a nationality (NORP, one entity of two tokens, whose
words alone are no demonym) or a person or organisation
(:func:`extract.hygiene.repair_entities` retypes it; :func:`extract.rules.base.country_word`
reads the whole entity). A country's own name of two words stays a place ("New Zealand
Foreign Minister X" is of New Zealand), and a person's name that starts like one
("Sri Mulyani Indrawati") stays a person."""

from __future__ import annotations

import pytest
import spacy
from actorgraph.extract.hygiene import repair_entities
from actorgraph.extract.rules.base import country_word
from spacy.tokens import Doc

from tests.constructions import cases, check_construction

_VOCAB = spacy.blank("en").vocab


@pytest.mark.parametrize(("words", "ents", "expected"), [
    # a demonym of two words typed PERSON or ORG: a nationality
    ("Sri Lankan President Ranil Wickremesinghe".split(),
     ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON"],
     [("Sri Lankan", "NORP"), ("Ranil Wickremesinghe", "PERSON")]),
    ("Costa Rican officials".split(), ["B-ORG", "I-ORG", "O"], [("Costa Rican", "NORP")]),
    ("the North Korean army".split(), ["O", "B-PERSON", "I-PERSON", "O"],
     [("North Korean", "NORP")]),
    # guards: a country's own name, a person's name, a one-word entity
    ("New Zealand Foreign Minister".split(), ["B-GPE", "I-GPE", "O", "O"],
     [("New Zealand", "GPE")]),
    ("Sri Mulyani Indrawati said".split(), ["B-PERSON", "I-PERSON", "I-PERSON", "O"],
     [("Sri Mulyani Indrawati", "PERSON")]),
    ("Jordan met Lankan".split(), ["B-PERSON", "O", "B-PERSON"],
     [("Jordan", "PERSON"), ("Lankan", "PERSON")]),
])
def test_two_word_nationality_retyped(words, ents, expected):
    doc = Doc(_VOCAB, words=words, ents=ents)
    repair_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(("words", "index", "expected"), [
    # "North Korean troops": the second word of the nationality names the country
    (["North", "Korean", "troops"], 1, True),
    (["South", "African", "police"], 1, True),
    (["Iranian", "troops"], 0, True),
    # a NORP that is no country's nationality
    (["Sunni", "Muslim", "clerics"], 1, False),
])
def test_country_word_reads_the_whole_nationality(words, index, expected):
    ents = ["B-NORP", *(["I-NORP"] * (len(words) - 2)), "O"]
    heads = [len(words) - 1] * len(words)
    deps = ["amod"] * (len(words) - 1) + ["ROOT"]
    doc = Doc(_VOCAB, words=words, ents=ents, heads=heads, deps=deps)
    assert country_word(doc[index]) is expected


_SENTENCES = {
    "a title owned by a nationality of two words": [
        ("South Korean President Yoon Suk Yeol visited Washington on Tuesday.",
         [("Yoon Suk Yeol", "leader of", "South Korea", False, False)], []),
        ("Costa Rican President Rodrigo Chaves met Panama's foreign minister in San Jose.",
         [("Rodrigo Chaves", "leader of", "Costa Rica", False, False)], []),
        ("North Korean leader Kim Jong Un oversaw the launch of a new missile.",
         [("Kim Jong Un", "leader of", "North Korea", False, False)], []),
        ("Sri Lankan President Ranil Wickremesinghe asked India for emergency credit.",
         [("Ranil Wickremesinghe", "leader of", "Sri Lanka", False, False)], []),
        # guard: a two-word country name keeps owning its titles
        ("New Zealand Foreign Minister Winston Peters visited Fiji last week.",
         [("Winston Peters", "member of", "New Zealand", False, False)], []),
    ],
    "a group named by a nationality of two words": [
        ("Sri Lankan troops attacked rebel positions near Jaffna.",
         [("Sri Lanka", "attack", "rebel positions near Jaffna", False, False)], []),
        ("Sri Lankan police arrested two opposition activists in Colombo.",
         [("Sri Lanka", "arrest", "opposition activists", False, False)], []),
        ("South African police arrested five men in Durban.",
         [("South Africa", "arrest", "men", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_multiword_nationalities_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
