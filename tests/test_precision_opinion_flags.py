"""Flags set by a verb of opinion or claim above a clause.

The "not" of a verb of opinion negates its complement ([neg_raising_verbs]): "I don't
think the group has contacts" says, as an opinion, that it has none (negated and hedged),
"officials do not believe Russia fired the missile" that it did not. The clause's own
"not" is read by the rules, "not" twice is no denial, and "never" is not raised. A denied
report is no opinion: "did not say that X attacked Y" is not a statement that X did not.

What someone asserts is a claim, like what they contend ([hedge_verbs]): "Trump asserted
he had won the election" is hedged.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality, negation

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, entities, index of the complement's verb, negated)
_OPINIONS = [
    ("I do n't think FSF has contacts", """
        3 nsubj PRON I PRP
        3 aux AUX do VBP
        3 neg PART not RB
        3 ROOT VERB think VB
        5 nsubj PROPN FSF NNP
        3 ccomp VERB have VBZ
        5 dobj NOUN contact NNS
    """, {"FSF": "ORG"}, 5, True),
    ("officials do not believe Russia fired missile", """
        3 nsubj NOUN official NNS
        3 aux AUX do VBP
        3 neg PART not RB
        3 ROOT VERB believe VB
        5 nsubj PROPN Russia NNP
        3 ccomp VERB fire VBD
        5 dobj NOUN missile NN
    """, {"Russia": "GPE"}, 5, True),
    # guard: only "not" is raised
    ("we never imagined that Hamas would attack Israel", """
        2 nsubj PRON we PRP
        2 neg ADV never RB
        2 ROOT VERB imagine VBD
        6 mark SCONJ that IN
        6 nsubj PROPN Hamas NNP
        6 aux AUX would MD
        2 ccomp VERB attack VB
        6 dobj PROPN Israel NNP
    """, {"Hamas": "ORG", "Israel": "GPE"}, 6, False),
    # guard: "not" twice
    ("I do n't think they wo n't attack Kyiv", """
        3 nsubj PRON I PRP
        3 aux AUX do VBP
        3 neg PART not RB
        3 ROOT VERB think VB
        7 nsubj PRON they PRP
        7 aux AUX will MD
        7 neg PART not RB
        3 ccomp VERB attack VB
        7 dobj PROPN Kyiv NNP
    """, {"Kyiv": "GPE"}, 7, False),
    # guard: a denied report is no opinion
    ("Smith did not say Russia attacked Kyiv", """
        3 nsubj PROPN Smith NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB say VB
        5 nsubj PROPN Russia NNP
        3 ccomp VERB attack VBD
        5 dobj PROPN Kyiv NNP
    """, {"Smith": "PERSON", "Russia": "GPE", "Kyiv": "GPE"}, 5, False),
    # guard: an opinion that is not negated
    ("I think Russia attacked Kyiv", """
        1 nsubj PRON I PRP
        1 ROOT VERB think VBP
        3 nsubj PROPN Russia NNP
        1 ccomp VERB attack VBD
        3 dobj PROPN Kyiv NNP
    """, {"Russia": "GPE", "Kyiv": "GPE"}, 3, False),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "verb", "negated"), _OPINIONS)
def test_the_not_of_an_opinion_negates_its_complement(sentence, rows, ents, verb, negated):
    doc = parse(sentence, rows, ents=ents)
    assert negation(doc[verb]) is negated


def test_what_is_asserted_is_hedged():
    doc = parse("ministry asserted that Ukraine shelled plant", """
        1 nsubj NOUN ministry NN
        1 ROOT VERB assert VBD
        4 mark SCONJ that IN
        4 nsubj PROPN Ukraine NNP
        1 ccomp VERB shell VBD
        4 dobj NOUN plant NN
    """, ents={"Ukraine": "GPE"})
    assert modality(doc[4]).hedged


REAL_SENTENCES = {
    "a negated verb of opinion": [
        ("I don't think the Free Software Foundation has contacts in government.",
         [("Free Software Foundation", "have", "contacts", True, True)], []),
        ("Officials do not believe Russia fired the missile.",
         [("Russia", "fire", "missile", True, True)], []),
        ("I think Russia attacked Kyiv.",
         [("Russia", "attack", "Kyiv", False, True)], []),
    ],
    "an assertion": [
        ("Donald Trump asserted that he had won the election.",
         [("Donald Trump", "win", "election", False, True)], []),
        ("The ministry asserted that Ukraine had shelled the plant.",
         [("Ukraine", "shell", "plant", False, True)], []),
        ("Iran asserts that Israel attacked the facility.",
         [("Israel", "attack", "facility", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
