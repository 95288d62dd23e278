"""Whose act an infinitive of purpose is, on the real parse.

* A purpose of an act said not to be done is no act of the clause's subject: "the bank
  did not buy dollars to support the currency" neither says the bank supported it nor
  that it did not (wire sheet 29: "Swiss National Bank | support | currency" judged
  partly), so the infinitive gets no subject.
* A body set up to do something does it, also when an "of" phrase says whom the body is
  made of: "formed a special committee of outside directors to consider the proposal"
  (wire sheet 28: "board | consider | proposal" judged partly), as without it
  (tests/test_precision_delegated_purpose.py).

The plain purpose keeps its doer: "Ford cut prices to win customers".
"""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

pytestmark = pytest.mark.model

#: (sentence, the clause's subject, the infinitive)
_NOT_DONE = [
    ("The Swiss National Bank did not buy dollars to support the currency.", "Bank", "support"),
    ("Egypt never sent troops to secure the border.", "Egypt", "secure"),
    ("Ford did not cut prices to win customers.", "Ford", "win"),
    ("The army did not fire on the crowd to disperse the protesters.", "army", "disperse"),
]

_BODY_OF = [
    ("Whitcombe's board formed a special committee of outside directors to consider the proposal.",
     "board", "consider"),
    ("The ministry set up a panel of experts to study the accident.", "ministry", "study"),
    ("Exxon appointed a commission of engineers to inspect the refinery.", "Exxon", "inspect"),
]

_KEPT = [
    ("Ford cut prices to win customers.", ("Ford", "win", "customers")),
    ("The Fed bought dollars to support the currency.", ("Fed", "support", "currency")),
    ("India sent troops to Sri Lanka to supervise the ceasefire.",
     ("India", "supervise", "ceasefire")),
]


@pytest.fixture(scope="module")
def triples(nlp):
    sentences = [c[0] for c in _NOT_DONE + _BODY_OF + _KEPT]
    return {s: {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}
            for s, doc in zip(sentences, nlp.pipe(sentences), strict=True)}


@pytest.mark.parametrize(("sentence", "subject", "verb"), _NOT_DONE + _BODY_OF)
def test_the_clause_subject_is_not_the_purpose_doer(triples, sentence, subject, verb):
    found = triples[sentence]
    assert not any(s == subject and lemma == verb for s, lemma, _ in found), found


@pytest.mark.parametrize(("sentence", "triple"), _KEPT)
def test_a_done_act_keeps_its_purpose(triples, sentence, triple):
    assert triple in triples[sentence], triples[sentence]
