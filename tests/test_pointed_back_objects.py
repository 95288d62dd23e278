"""A bare definite thing after a text's first sentence points back to one named before
("Pakistan rejected the charge", "Washington welcomed the draft", "the quotas violated
the accord"): left so, the triple says only "charge" or "draft", which blind judges of
wire triples mark as only partly right. Such a side drops the triple
(:func:`extract.vague.pointed_back`); a word that says which ("the Soviet draft", "the
charge of spying", "the request to defer shipments"), a name, a person or body of people,
or the text's first sentence keeps it.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.vague import pointed_back

from actorgraph.records import Article
from tests.docs import parse


def test_pointed_back_needs_a_bare_definite_thing_after_the_first_sentence():
    doc = parse("Rain fell . Iran rejected the charge and Syria the envoys", """
        1 nsubj NOUN rain NN
        1 ROOT VERB fall VBD
        1 punct PUNCT . .
        4 nsubj PROPN Iran NNP
        4 ROOT VERB reject VBD
        6 det DET the DT
        4 dobj NOUN charge NN
        6 cc CCONJ and CC
        10 nsubj PROPN Syria NNP
        10 det DET the DT
        6 conj NOUN envoy NNS
    """)
    assert pointed_back(doc[6])  # "the charge", after the first sentence
    assert not pointed_back(doc[10])  # people: left to coreference
    first = parse("Iran rejected the charge", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB reject VBD
        3 det DET the DT
        1 dobj NOUN charge NN
    """)
    assert not pointed_back(first[3])  # a lead introduces what it names


def test_a_word_that_says_which_keeps_the_object():
    doc = parse("Rain fell . Iran rejected the charge of spying and a draft", """
        1 nsubj NOUN rain NN
        1 ROOT VERB fall VBD
        1 punct PUNCT . .
        4 nsubj PROPN Iran NNP
        4 ROOT VERB reject VBD
        6 det DET the DT
        4 dobj NOUN charge NN
        6 prep ADP of IN
        7 pobj NOUN spying NN
        6 cc CCONJ and CC
        11 det DET a DT
        6 conj NOUN draft NN
    """)
    assert not pointed_back(doc[6]) and not pointed_back(doc[11])


#: (text, (subject, object) pairs that must not be, triples (subject, lemma, object) kept)
_TEXTS = [
    ("India accused Pakistan of massing troops on the border. Pakistan rejected the "
     "charge on Tuesday.", [("Pakistan", "charge")], [("India", "accuse", "Pakistan")]),
    ("Moscow tabled a draft treaty on medium-range missiles in Geneva. Washington "
     "welcomed the draft but said it would study it.", [("Washington", "draft")], []),
    ("Haiti asked the United States to delay its sugar quotas. The U.S. Trade "
     "Representative has not answered the request, officials said.",
     [("U.S. Trade Representative", "request")], []),
    ("Washington imposed quotas on Chinese textiles last month. Beijing said the quotas "
     "violated the Multi-Fibre Arrangement.", [("quotas", "Multi-Fibre Arrangement")], []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "absent", "kept"), _TEXTS, ids=[t[0][:30] for t in _TEXTS])
def test_objects_that_point_back_drop_the_triple(extractor, text, absent, kept):
    (result,) = extractor.extract([Article("t", text)])
    found = {(t.subject.label, t.relation.lemma, t.object.label) for t in result.triples}
    for subject, obj in absent:
        assert not any(s == subject and o == obj for s, _, o in found), sorted(found)
    for triple in kept:
        assert triple in found, sorted(found)
