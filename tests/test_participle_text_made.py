"""A passive participle on a text that is stopped or not adopted says how the text came
about, not what it would do: "Reagan vetoed the bill passed by Congress" (Congress passed
it), "the Senate failed to adopt a motion sponsored by Kohl" (Kohl sponsored it); what
the text says is still not done ("vetoed a resolution condemning X": not condemned).

The sentences were written for these tests (none is from an evaluation set or an audit
sheet).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

_ENTS = {"Reagan": "PERSON", "Congress": "ORG", "Russia": "GPE", "France": "GPE",
         "Kohl": "PERSON", "Senate": "ORG", "Iran": "GPE"}


def _flags(doc, lemma):
    return {(t.subject.text, t.object.text, t.negated, t.hedged) for t in all_triples(doc)
            if t.lemma == lemma}


_MADE = [
    ("Reagan vetoed the bill passed by Congress", """
        1 nsubj PROPN Reagan NNP
        1 ROOT VERB veto VBD
        3 det DET the DT
        1 dobj NOUN bill NN
        3 acl VERB pass VBN
        4 agent ADP by IN
        5 pobj PROPN Congress NNP
    """, "pass", ("Congress", "bill", False, False)),
    ("Russia rejected the resolution drafted by France", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB reject VBD
        3 det DET the DT
        1 dobj NOUN resolution NN
        3 acl VERB draft VBN
        4 agent ADP by IN
        5 pobj PROPN France NNP
    """, "draft", ("France", "resolution", False, False)),
    ("Senate failed to adopt the motion sponsored by Kohl", """
        1 nsubj PROPN Senate NNP
        1 ROOT VERB fail VBD
        3 aux PART to TO
        1 xcomp VERB adopt VB
        5 det DET the DT
        3 dobj NOUN motion NN
        5 acl VERB sponsor VBN
        6 agent ADP by IN
        7 pobj PROPN Kohl NNP
    """, "sponsor", ("Kohl", "motion", False, False)),
]


@pytest.mark.parametrize(("sentence", "rows", "lemma", "wanted"), _MADE,
                         ids=[r[0][:24] for r in _MADE])
def test_how_a_stopped_text_came_about_is_stated(sentence, rows, lemma, wanted):
    assert wanted in _flags(parse(sentence, rows, ents=_ENTS), lemma)


def test_guard_what_a_vetoed_text_says_is_not_done():
    doc = parse("Russia vetoed the resolution condemning Iran", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB veto VBD
        3 det DET the DT
        1 dobj NOUN resolution NN
        3 acl VERB condemn VBG
        4 dobj PROPN Iran NNP
    """, ents=_ENTS)
    assert all(negated for _, _, negated, _ in _flags(doc, "condemn"))
    assert _flags(doc, "condemn")


TABLE = {
    "how a stopped text came about is stated": [
        ("Reagan, citing national security, vetoed the bill passed by Congress.",
         [("Congress", "pass", "bill", False, False)], []),
    ],
    "guard: what a vetoed text says is not done": [
        ("Russia vetoed a resolution condemning North Korea.",
         [("Russia", "veto", "resolution condemning North Korea", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(TABLE))
def test_text_made_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
