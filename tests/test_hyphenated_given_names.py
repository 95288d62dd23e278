"""A hyphenated given name after a family name is one word of one person's name
("Han Duck-soo", "Moon Jae-in", "Prayuth Chan-o-cha"): the tokenizer splits it at the
hyphen, the tagger then reads the last syllable as a common noun and the parser hangs
the name on it, so "indicted former prime minister Han Duck-soo" had no named object
and "refused to extradite crypto executive Han Min-ho" named only the title. The
syllables are joined before the tagger (``segment.join_name_hyphens``) and the family
name and the given name made one PERSON (``hygiene.repair_entities``). A compound
modifier ("Hong Kong-based", "Saudi Arabia-led") or a word after a stop word ("The
Yemen-based") is left as it was."""

from __future__ import annotations

import pytest
import spacy
from actorgraph.extract.hygiene import repair_entities
from actorgraph.extract.segment import NAME_HYPHENS
from spacy.tokens import Doc

from tests.constructions import cases, check_construction


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe(NAME_HYPHENS)
    return nlp


@pytest.mark.parametrize("text, joined", [
    ("Police arrested Lee Jae-myung in Seoul.", "Jae-myung"),
    ("The court jailed Prayuth Chan-o-cha.", "Chan-o-cha"),
    ("Taipei said Lai Ching-te would travel.", "Ching-te"),
])
def test_given_name_is_one_token(blank, text, joined):
    assert joined in [t.text for t in blank(text)]


@pytest.mark.parametrize("text, split", [
    ("A Hong Kong-based firm sued the bank.", "Kong"),      # a compound modifier
    ("The Yemen-based group claimed it.", "Yemen"),         # after a stop word
    ("Forces of the Saudi Arabia-led coalition struck.", "Arabia"),
    ("Visit Cote-d-Ivoire now.", "Cote"),                    # no family name before
    ("He met New York-born officials.", "York"),
])
def test_other_hyphens_stay_split(blank, text, split):
    words = [t.text for t in blank(text)]
    assert split in words and "-" in words


def _doc(words, ents):
    return Doc(spacy.blank("en").vocab, words=words, ents=ents)


def test_family_and_given_name_one_person():
    # "Han" tagged NORP, "Duck-soo" no entity
    doc = _doc(["Prosecutors", "indicted", "minister", "Han", "Duck-soo", "."],
               ["O", "O", "O", "B-NORP", "O", "O"])
    repair_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Han Duck-soo", "PERSON")]


def test_person_with_title_keeps_its_start():
    doc = _doc(["President", "Yoon", "Suk-yeol", "met", "Kim", "Jong-un", "."],
               ["O", "B-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O"])
    repair_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Yoon Suk-yeol", "PERSON"),
                                                      ("Kim Jong-un", "PERSON")]


def test_name_before_keeps_its_own_words():
    # "Hyundai Motor Chung" tagged one ORG: the company keeps its words
    doc = _doc(["Hyundai", "Motor", "Chung", "Eui-sun", "spoke"],
               ["B-ORG", "I-ORG", "I-ORG", "O", "O"])
    repair_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Hyundai Motor", "ORG"),
                                                      ("Chung Eui-sun", "PERSON")]


def test_lower_case_word_before_is_no_family_name():
    doc = _doc(["the", "Cote-d", "area"], ["O", "O", "O"])
    repair_entities(doc)
    assert list(doc.ents) == []


_NAMES = {
    "object": [
        ("Prosecutors in Seoul indicted former prime minister Han Duck-soo.",
         [("prosecutors in Seoul", "indict", "Han Duck-soo", False, False)], []),
        ("Montenegro refused to extradite crypto executive Kwon Do-hyung to the United States.",
         [("Montenegro", "extradite", "Kwon Do-hyung", True, False)], []),
        ("Thai police arrested Prayuth Chan-o-cha in Bangkok.",
         [("Thailand", "arrest", "Prayuth Chan-o-cha", False, False)], []),
    ],
    "subject": [
        ("South Korean President Yoon Suk-yeol met Kim Jong-un in Seoul.",
         [("Yoon Suk-yeol", "meet", "Kim Jong-un", False, False)], []),
    ],
    "guard": [
        ("A Hong Kong-based firm sued Google.",
         [], [("Hong Kong", "Google")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize("sentence, present, absent", cases(_NAMES))
def test_hyphenated_names_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
