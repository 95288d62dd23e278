"""The cached lemmatizer gives the lemmas of the pipeline's own, a silent "e" restored."""

from __future__ import annotations

import pytest
import spacy
from actorgraph.extract.lemmas import COMPONENT, pick
from actorgraph.extract.models import DEFAULT_MODEL
from actorgraph.extract.pipeline import split_abbreviation_hyphens

from actorgraph.readers import read_articles
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.model


def test_cached_lemmas_are_the_lemmatizers_own(nlp):
    plain = spacy.load(DEFAULT_MODEL)
    split_abbreviation_hyphens(plain)  # the same tokens ("U.S.-led"), only the lemmatizer differs
    assert COMPONENT in nlp.pipe_names and "lemmatizer" in plain.pipe_names
    texts = [a.text for a in read_articles([EXAMPLES])]
    texts.append("Hamas's leaders were killed; Israel's strikes are continuing, officials said.")
    ours = [[(t.text, t.lemma_) for t in doc] for doc in nlp.pipe(texts)]
    lemmatizer = plain.get_pipe("lemmatizer")
    theirs = [[(t.text, t.lemma_) for t in doc] for doc in plain.pipe(texts)]
    # the same choice among the lemmatizer's own candidates
    picked = [[(t.text, _picked(lemmatizer, t)) for t in doc] for doc in plain.pipe(texts)]
    assert sum(len(doc) for doc in ours) > 2000
    assert ours == picked
    # which differs from the pipeline's only by a silent "e"
    assert all(a == b or (a[1] + "e" == b[1])
               for d1, d2 in zip(theirs, picked, strict=True)
               for a, b in zip(d1, d2, strict=True))


def _picked(lemmatizer, token):
    forms = lemmatizer.lemmatize(token)
    return pick(forms, token.text) if token.lemma_ == forms[0] else token.lemma_


@pytest.mark.parametrize(("sentence", "word", "lemma"), [
    ("Regulators fined the bank for failing to report suspicious transfers.", "fined", "fine"),
    ("Rebels have waged a guerrilla war in the north since 2012.", "waged", "wage"),
    ("The minister said he hoped the talks would resume next week.", "hoped", "hope"),
    ("Police are fining drivers who block the bus lanes.", "fining", "fine"),
])
def test_a_silent_e_is_restored(nlp, sentence, word, lemma):
    assert next(t.lemma_ for t in nlp(sentence) if t.text == word) == lemma
