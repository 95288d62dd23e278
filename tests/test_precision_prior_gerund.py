"""A gerund after "after", "since", "following" or "upon" on a past verb was done before
that verb's act, whatever the verb: "After securing the nomination, Collins sought X" says
that Collins secured it (the seeking does not make the securing only intended). Under a
verb of intent in the present it is not yet done ("Russia plans to withdraw after
securing Kherson"), and a gerund that completes a verb of intent stays intended ("plans
on leaving")."""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality

from tests.constructions import cases, check_construction
from tests.docs import parse

_ENTS = {"Collins": "PERSON", "Obama": "PERSON", "Putin": "PERSON", "Macron": "PERSON",
         "Russia": "GPE", "Kherson": "GPE", "Britain": "GPE"}

#: (sentence, rows, index of the gerund, hedged)
_GERUNDS = [
    ("After securing nomination Collins sought support", """
        5 prep ADP after IN
        0 pcomp VERB secure VBG
        1 dobj NOUN nomination NN
        5 nsubj PROPN Collins NNP
        5 ROOT VERB seek VBD
        5 dobj NOUN support NN
    """, 1, False),
    ("Since leaving office Obama has sought reform", """
        5 prep ADP since IN
        0 pcomp VERB leave VBG
        1 dobj NOUN office NN
        5 nsubj PROPN Obama NNP
        5 aux AUX have VBZ
        5 ROOT VERB seek VBN
        5 dobj NOUN reform NN
    """, 1, False),
    ("After meeting Putin Macron proposed ceasefire", """
        4 prep ADP after IN
        0 pcomp VERB meet VBG
        1 dobj PROPN Putin NNP
        4 nsubj PROPN Macron NNP
        4 ROOT VERB propose VBD
        4 dobj NOUN ceasefire NN
    """, 1, False),
    # guard: under a verb of intent in the present, not yet done
    ("Russia plans to withdraw after securing Kherson", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB plan VBZ
        3 aux PART to TO
        1 xcomp VERB withdraw VB
        3 prep ADP after IN
        4 pcomp VERB secure VBG
        5 dobj PROPN Kherson NNP
    """, 5, True),
    # guard: a gerund that completes a verb of intent is intended
    ("Russia planned on leaving Kherson", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB plan VBD
        1 prep ADP on IN
        2 pcomp VERB leave VBG
        3 dobj PROPN Kherson NNP
    """, 3, True),
]


@pytest.mark.parametrize(("sentence", "rows", "gerund", "hedged"), _GERUNDS)
def test_a_prior_gerund_is_done(sentence, rows, gerund, hedged):
    doc = parse(sentence, rows, ents=_ENTS)
    assert modality(doc[gerund]).hedged is hedged


REAL_SENTENCES = {
    "a gerund done before a past act": [
        ("After securing the nomination, Collins sought the support of the Reform Party.",
         [("Collins", "secure", "nomination", False, False)], []),
        ("After meeting Putin, Macron sought a ceasefire.",
         [("Macron", "meet", "Putin", False, False)], []),
        ("Since leaving office, Obama has sought to promote voting.",
         [("Obama", "leave", "office", False, False)], []),
        ("Russia plans to withdraw after securing Kherson.",
         [("Russia", "secure", "Kherson", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
