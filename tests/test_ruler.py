"""The fast attribute ruler sets exactly what spaCy's attribute ruler sets."""

from __future__ import annotations

import copy

import pytest
import spacy
from actorgraph.extract.headline import COMPONENT as HEADLINE_VERBS
from actorgraph.extract.models import DEFAULT_MODEL
from actorgraph.extract.openers import COMPONENT as SENTENCE_OPENERS
from actorgraph.extract.pipeline import split_abbreviation_hyphens
from actorgraph.extract.ruler import COMPONENT, FastAttributeRuler, compile_ruler
from spacy.tokens import Doc

from actorgraph.readers import read_articles
from tests.conftest import EXAMPLES

#: Patterns of each kind the English pipelines use: a tag, a word and a tag, IN, NOT_IN,
#: REGEX, a space, two tokens with the second one changed, and later patterns that
#: override earlier ones on the same token.
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"LOWER": "got", "TAG": "VBD"}], [{"LOWER": "gets", "TAG": "VBZ"}]],
     "attrs": {"LEMMA": "get"}},
    {"patterns": [[{"LOWER": {"IN": ["did", "had"]}, "DEP": {"IN": ["aux"]}}]],
     "attrs": {"POS": "AUX"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT"]}}]],
     "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"REGEX": "^(?:mr|mrs)\\.?$"}}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "TAG": "_SP"}},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]],
     "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"TAG": "NN", "LOWER": "talks"}]], "attrs": {"MORPH": "Number=Plur"}},
]


def _ruled(patterns=PATTERNS):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def _doc(nlp, words, tags, deps):
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps,
               heads=[0] * len(words), spaces=[True] * len(words))


DOCS = [
    (["There", "was", "the", "talks", "Mr.", "Smith", "got", "\n", "that"],
     ["EX", "VBD", "DT", "NN", "NNP", "NNP", "VBD", "_SP", "DT"],
     ["expl", "ROOT", "det", "nsubj", "compound", "nsubj", "conj", "dep", "dobj"]),
    (["Israel", "had", "struck", "this", "Mrs", "gets", "there", "is", "talks"],
     ["NNP", "VBD", "VBN", "DT", "NNP", "VBZ", "EX", "VBZ", "NN"],
     ["nsubj", "aux", "ROOT", "dobj", "nsubj", "conj", "expl", "ccomp", "attr"]),
    (["got", "there"], ["VBD", "EX"], ["ROOT", "expl"]),  # a pattern past the end
]


def _annotations(doc):
    return [(t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in doc]


@pytest.mark.parametrize(("words", "tags", "deps"), DOCS)
def test_same_annotations_as_the_attribute_ruler(words, tags, deps):
    nlp, ruler = _ruled()
    fast = FastAttributeRuler(ruler, compile_ruler(ruler))
    theirs, ours = _doc(nlp, words, tags, deps), _doc(nlp, words, tags, deps)
    ruler(theirs)
    fast(ours)
    assert _annotations(ours) == _annotations(theirs)
    assert _annotations(ours) != _annotations(_doc(nlp, words, tags, deps))  # it did work


def test_a_later_pattern_wins_and_two_token_patterns_set_their_index():
    nlp, ruler = _ruled()
    doc = _doc(nlp, *DOCS[0])
    FastAttributeRuler(ruler, compile_ruler(ruler))(doc)
    assert str(doc[3].morph) == "Number=Plur"  # "talks": the last pattern's morphology
    assert doc[3].pos_ == "NOUN"  # ... with the tag's part of speech
    assert doc[1].pos_ == "VERB" and doc[0].pos_ == ""  # "There was": the second token
    assert doc[8].pos_ == "PRON" and doc[2].pos_ == "DET"  # NOT_IN on the label


def test_patterns_it_cannot_read_leave_the_ruler_as_it_is():
    for pattern in ([{"TAG": "NN", "OP": "+"}], [{"POS": "NOUN"}], [{"LENGTH": {">": 3}}]):
        _nlp, ruler = _ruled([{"patterns": [pattern], "attrs": {"POS": "NOUN"}}])
        assert compile_ruler(ruler) is None


@pytest.mark.model
def test_the_model_pipeline_gets_the_same_parse(nlp):
    stock = spacy.load(DEFAULT_MODEL)
    assert COMPONENT in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    stock.add_pipe("actorgraph_line_breaks", before="parser")
    stock.add_pipe("actorgraph_semicolon_clauses", before="parser")  # (the same sentences)
    split_abbreviation_hyphens(stock)  # the same tokens ("U.S.-led"): only the ruler differs
    texts = [a.text for a in read_articles([EXAMPLES])] + [
        "There were no talks: officials in Kyiv said they had not been invited.",
        "Mr. Erdogan's office got the letter, but the ministry did not reply.",
        "Prices rose 3% in May; the central bank is expected to act.",
    ]
    # (without the headline verbs, which re-parse on purpose a summary's verb the stock
    # model reads as a noun: "as region braces for Iranian retaliation", nor the sentence
    # openers, which re-parse a sentence whose opening name it reads as a common word)
    with nlp.select_pipes(disable=[HEADLINE_VERBS, SENTENCE_OPENERS]):
        ours = [[(t.pos_, t.tag_, t.dep_, str(t.morph)) for t in doc]
                for doc in nlp.pipe(texts)]
    theirs = [[(t.pos_, t.tag_, t.dep_, str(t.morph)) for t in doc]
              for doc in stock.pipe(copy.copy(texts))]
    assert sum(len(doc) for doc in ours) > 2000
    assert ours == theirs
