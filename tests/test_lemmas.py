"""The cached lemmatizer gives exactly the lemmas of the pipeline's own."""

from __future__ import annotations

import pytest
import spacy
from actorgraph.extract.lemmas import COMPONENT
from actorgraph.extract.models import DEFAULT_MODEL

from actorgraph.readers import read_articles
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.model


def test_cached_lemmas_are_the_lemmatizers_own(nlp):
    plain = spacy.load(DEFAULT_MODEL)
    assert COMPONENT in nlp.pipe_names and "lemmatizer" in plain.pipe_names
    texts = [a.text for a in read_articles([EXAMPLES])]
    texts.append("Hamas's leaders were killed; Israel's strikes are continuing, officials said.")
    ours = [[(t.text, t.lemma_) for t in doc] for doc in nlp.pipe(texts)]
    theirs = [[(t.text, t.lemma_) for t in doc] for doc in plain.pipe(texts)]
    assert sum(len(doc) for doc in ours) > 2000
    assert ours == theirs
