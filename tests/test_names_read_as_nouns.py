"""A name the tagger took for a common noun and the NER missed is still its actor
(:meth:`extract.actors.ActorResolver._name_read_as_noun`): a surname typed a person
elsewhere in the article, also when it opens a sentence ("Trump later scheduled a town
hall", "Hammons founded the Unity Party"), and a listed actor written in capitals
("ECOWAS threatens military action against Niger"). A capitalised common noun opening a
sentence ("Police said", "Officials announced") stays a common noun."""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import extract_doc

from actorgraph.records import Article
from tests.constructions import cases, check_construction
from tests.docs import parse

#: (text, rows, entities, the subject's expected label, the object's)
_OPENING_SURNAMES = [
    ("Donald Trump spoke . Trump insulted Biden .", """
        1 compound PROPN Donald NNP
        2 nsubj PROPN Trump NNP
        2 ROOT VERB speak VBD
        2 punct PUNCT . .
        5 nsubj NOUN trump NN
        5 ROOT VERB insult VBD
        5 dobj PROPN Biden NNP
        5 punct PUNCT . .
    """, {"Donald Trump": "PERSON", "Biden": "PERSON"}, "Donald Trump", "Biden"),
    ("Bill Hammons ran . Hammons founded Unity .", """
        1 compound PROPN Bill NNP
        2 nsubj PROPN Hammons NNP
        2 ROOT VERB run VBD
        2 punct PUNCT . .
        5 nsubj NOUN hammon NNS
        5 ROOT VERB found VBD
        5 dobj PROPN Unity NNP
        5 punct PUNCT . .
    """, {"Bill Hammons": "PERSON", "Unity": "ORG"}, "Bill Hammons", "Unity"),
    ("Susan Page asked . Page questioned Pence .", """
        1 compound PROPN Susan NNP
        2 nsubj PROPN Page NNP
        2 ROOT VERB ask VBD
        2 punct PUNCT . .
        5 nsubj NOUN page NN
        5 ROOT VERB question VBD
        5 dobj PROPN Pence NNP
        5 punct PUNCT . .
    """, {"Susan Page": "PERSON", "Pence": "PERSON"}, "Susan Page", "Pence"),
]


@pytest.mark.parametrize(("text", "rows", "ents", "subject", "obj"), _OPENING_SURNAMES,
                         ids=[t[0][:20] for t in _OPENING_SURNAMES])
def test_a_surname_opening_a_sentence_is_the_person_named_before(text, rows, ents,
                                                                 subject, obj):
    doc = parse(text, rows, ents=ents)
    result = extract_doc(doc, Article("t", doc.text))
    second = [t for t in result.triples if t.subject.start >= doc[4].idx]
    assert [(t.subject.label, t.subject.type, t.object.label) for t in second] == [
        (subject, "PERSON", obj)]


def test_a_common_noun_opening_a_sentence_stays_a_common_noun():
    # "Police" is no person even where a person of another name is typed
    doc = parse("Jane Police spoke . Police arrested Biden .", """
        1 compound PROPN Jane NNP
        2 nsubj PROPN Police NNP
        2 ROOT VERB speak VBD
        2 punct PUNCT . .
        5 nsubj NOUN police NNS
        5 ROOT VERB arrest VBD
        5 dobj PROPN Biden NNP
        5 punct PUNCT . .
    """, ents={"Jane": "PERSON", "Biden": "PERSON"})
    result = extract_doc(doc, Article("t", doc.text))
    (triple,) = [t for t in result.triples if t.subject.start >= doc[4].idx]
    assert triple.subject.type == "CONCEPT" and triple.subject.label == "police"


_OPEC = "Organization of Petroleum Exporting Countries"


@pytest.mark.parametrize(("acronym", "label"),
                         [("ECOWAS", "ECOWAS"), ("IAEA", "IAEA"), ("OPEC", _OPEC)])
def test_a_listed_acronym_read_as_a_common_noun_is_its_actor(acronym, label):
    doc = parse(f"{acronym} threatened Niger .", f"""
        1 nsubj NOUN {acronym.lower()} NN
        1 ROOT VERB threaten VBD
        1 dobj PROPN Niger NNP
        1 punct PUNCT . .
    """, ents={"Niger": "GPE"})
    result = extract_doc(doc, Article("t", doc.text))
    assert [(t.subject.label, t.subject.type) for t in result.triples] == [(label, "ORG")]


@pytest.mark.model
def test_an_english_word_in_capitals_read_as_a_common_noun_stays_a_common_noun():
    # a word of the lemmatizer's tables in capitals, in no list and named nowhere else (an
    # acronym that spells no English word is a name since session 50: extract/actors.py
    # _unknown_acronym, tests/test_para53_bodies_and_acronyms.py)
    doc = parse("GDP threatened Niger .", """
        1 nsubj NOUN gdp NN
        1 ROOT VERB threaten VBD
        1 dobj PROPN Niger NNP
        1 punct PUNCT . .
    """, ents={"Niger": "GPE"})
    result = extract_doc(doc, Article("t", doc.text))
    assert all(t.subject.type != "ORG" for t in result.triples)


_SENTENCES = {
    "a listed acronym the tagger read as a noun": [
        ("ECOWAS threatens military action against Niger.",
         [("ECOWAS", "threaten action", "Niger", False, True)], []),
    ],
    "a capitalised common noun opening a sentence": [
        ("Police arrest three men in Lagos.", [], [("Lagos", "men")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_names_read_as_nouns_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
