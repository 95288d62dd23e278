"""What an actor is warned against doing is the actor's act, only possible: "China warned
Japan against interfering in Taiwan" gives Japan -interfere in-> Taiwan, hedged (the one
warned does it, if at all: [dissuading_preps] after [foreseeing_verbs]). A warning "of" or
"about" an object's gerund is left as it was, and so is a gerund whose preposition hangs on
no verb of warning."""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, index of the gerund, (subject, gerund, hedged) or None)
_WARNED = [
    ("China warned Japan against interfering in Taiwan", """
        1 nsubj PROPN China NNP
        1 ROOT VERB warn VBD
        1 dobj PROPN Japan NNP
        1 prep ADP against IN
        3 pcomp VERB interfere VBG
        4 prep ADP in IN
        5 pobj PROPN Taiwan NNP
    """, 4, ("Japan", "interfering", True)),
    ("The EU cautioned Serbia against recognising Kosovo", """
        2 det DET the DT
        2 nsubj PROPN EU NNP
        2 ROOT VERB caution VBD
        2 dobj PROPN Serbia NNP
        2 prep ADP against IN
        4 pcomp VERB recognise VBG
        5 dobj PROPN Kosovo NNP
    """, 5, ("Serbia", "recognising", True)),
    ("Washington warns Seoul against buying Russian oil", """
        1 nsubj PROPN Washington NNP
        1 ROOT VERB warn VBZ
        1 dobj PROPN Seoul NNP
        1 prep ADP against IN
        3 pcomp VERB buy VBG
        6 amod ADJ russian JJ
        4 dobj NOUN oil NN
    """, 4, ("Seoul", "buying", True)),
    # guards: "about" an object's gerund; "against" on a verb of no warning
    ("UN warned Myanmar about expelling Rohingya", """
        1 nsubj PROPN UN NNP
        1 ROOT VERB warn VBD
        1 dobj PROPN Myanmar NNP
        1 prep ADP about IN
        3 pcomp VERB expel VBG
        4 dobj PROPN Rohingya NNP
    """, 4, None),
    ("Poland protected Lithuania against losing power", """
        1 nsubj PROPN Poland NNP
        1 ROOT VERB protect VBD
        1 dobj PROPN Lithuania NNP
        1 prep ADP against IN
        3 pcomp VERB lose VBG
        4 dobj NOUN power NN
    """, 4, None),
]


_ENTS = {name: "GPE" for name in ("China", "Japan", "Taiwan", "Serbia", "Kosovo", "Washington",
                                   "Seoul", "Myanmar", "Poland", "Lithuania")}


@pytest.mark.parametrize(("text", "rows", "gerund", "expected"), _WARNED,
                         ids=[w[0] for w in _WARNED])
def test_warned_against(text, rows, gerund, expected):
    doc = parse(text, rows, ents=_ENTS)
    found = {(t.subject.text, t.predicate.text) for t in all_triples(doc)
             if t.predicate.i == gerund}
    if expected is None:
        assert not any(s == doc[2].text for s, _ in found), found
        assert not modality(doc[gerund]).hedged or doc[gerund - 1].lower_ != "against"
    else:
        subject, verb, hedged = expected
        assert (subject, verb) in found, found
        assert modality(doc[gerund]).hedged is hedged


WARNED = {
    "what the one warned is warned against is its act, hedged": [
        ("China warned Japan against interfering in Taiwan.",
         [("Japan", "interfere in", "Taiwan", False, True)], []),
        ("The EU cautions Serbia against recognising Crimea as Russian.",
         [("Serbia", "recognise", "Crimea", False, True)], []),
        ("The United States warned Pakistan against sheltering the Taliban.",
         [("Pakistan", "shelter", "Taliban", False, True)], []),
    ],
    "guards: the warning itself stays stated; a gerund of no warning is as it was": [
        ("China warned Japan against interfering in Taiwan.",
         [("China", "warn", "Japan", False, False)], [("China", "Taiwan")]),
        ("Russia accused Ukraine of shelling Donetsk.",
         [("Ukraine", "shell", "Donetsk", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(WARNED))
def test_warnings(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
