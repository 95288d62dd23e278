"""A to-infinitive complement after a verb with a thing for its object does not say what
the thing does: "the defendants falsified documents to list the UAE as destination" (not
the documents), "would interpret the Constitution to uphold his agenda". It is the
subject's purpose when the parse is right, which it often is not ("scheduled a town hall
to air on ABC"), so who does it is left unsaid. After a verb of object control the object
does the infinitive, even a thing ("ordered the plant to close", "hired a firm to audit
X"), and an object that may act is kept too ("lobbied Mazars to block the release"; but one
sued is not who the plaintiff wants to act: tests/test_precw52_wrong_readings.py)."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def pairs(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


#: (sentence, rows, subject who acts, object acted on, what the infinitive acts on)
_MEANS = [
    ("Kenya falsified documents to list Dubai as destination", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB falsify VBD
        1 dobj NOUN document NNS
        4 aux PART to TO
        1 xcomp VERB list VB
        4 dobj PROPN Dubai NNP
        4 prep ADP as IN
        6 pobj NOUN destination NN
    """, "Kenya", "documents", "Dubai"),
    ("Hamas rebuilt tunnels to attack Israel", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB rebuild VBD
        1 dobj NOUN tunnel NNS
        4 aux PART to TO
        1 xcomp VERB attack VB
        4 dobj PROPN Israel NNP
    """, "Hamas", "tunnels", "Israel"),
    ("Russia bought bonds to support Belarus", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB buy VBD
        1 dobj NOUN bond NNS
        4 aux PART to TO
        1 xcomp VERB support VB
        4 dobj PROPN Belarus NNP
    """, "Russia", "bonds", "Belarus"),
]
_ENTS = {"Kenya": "GPE", "Dubai": "GPE", "Hamas": "ORG", "Israel": "GPE", "Russia": "GPE",
         "Belarus": "GPE", "Iran": "GPE", "Mazars": "ORG", "Trump": "PERSON"}


@pytest.mark.parametrize(("sentence", "rows", "subject", "means", "target"), _MEANS)
def test_a_thing_acted_on_is_no_doer_of_the_purpose(sentence, rows, subject, means, target):
    found = {(s, o) for s, _, o in pairs(parse(sentence, rows, ents=_ENTS))}
    assert (means, target) not in found
    # the subject's purpose, if the parse is right: left unsaid
    assert (subject, target) not in found
    assert (subject, means) in found


#: guards: (sentence, rows, object that does the infinitive, its object)
_KEPT = [
    # a verb of object control: the object does it, even a thing
    ("Iran ordered the plant to close", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB order VBD
        3 det DET the DT
        1 dobj NOUN plant NN
        5 aux PART to TO
        1 xcomp VERB close VB
    """, None, None),
    ("Iran forced the tanker to leave Dubai", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB force VBD
        3 det DET the DT
        1 dobj NOUN tanker NN
        5 aux PART to TO
        1 xcomp VERB leave VB
        5 dobj PROPN Dubai NNP
    """, "tanker", "Dubai"),
    # an object that may act keeps the reading
    ("Trump lobbied Mazars to block Iran", """
        1 nsubj PROPN Trump NNP
        1 ROOT VERB lobby VBD
        1 dobj PROPN Mazars NNP
        4 aux PART to TO
        1 xcomp VERB block VB
        4 dobj PROPN Iran NNP
    """, "Mazars", "Iran"),
]


@pytest.mark.parametrize(("sentence", "rows", "doer", "target"), _KEPT)
def test_an_object_told_or_able_to_act_still_does_it(sentence, rows, doer, target):
    found = {(s, o) for s, _, o in pairs(parse(sentence, rows, ents=_ENTS))}
    if doer is not None:
        assert (doer, target) in found
    assert not any(s in ("Iran", "Trump") and o == target for s, o in found
                   if doer is not None)


_REAL = {
    "thing object, purpose of the subject": [
        ("The defendants falsified shipping documents to list the UAE and Turkey as final "
         "destinations.", [], [("documents", "United Arab Emirates"), ("documents", "Turkey")]),
        ("The network scheduled a debate to air on Fox News.",
         [], [("network", "Fox News"), ("debate", "Fox News")]),
        ("Israel built new tunnels under the border to monitor Hezbollah.", [],
         [("tunnels", "Hezbollah")]),
        ("Moscow issued new bonds to finance the war against Ukraine.", [],
         [("bonds", "war")]),
    ],
    "guard: object control": [
        ("Egypt urged Hamas to accept the new ceasefire proposal.",
         [("Hamas", "accept", "ceasefire proposal", False, True)], []),
        ("The court ordered Halvorsen Labs to recall its eye drops.", [], []),
        ("Kuwait hired a Swiss firm to audit Iraq.",
         [("Swiss firm", "audit", "Iraq", False, True)], [("Kuwait", "Iraq")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_REAL))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
