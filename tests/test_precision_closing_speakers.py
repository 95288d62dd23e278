"""A closing "..., industry sources and oil traders said" that the parser coordinated with
the object before it ("members exceeded their quotas, industry sources and oil traders
said" gave "exceed | oil traders") names the speakers: the nouns are the subject of the
verb of saying (:func:`actorgraph.extract.hygiene._speakers_read_as_conjuncts`, whose
doctest holds the hand-built parse), never objects of the verb before."""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import _speakers_read_as_conjuncts
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_labels
from tests.docs import parse


def pairs(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


_EXCEEDED = ("Kuwait exceeded its quotas , sources and traders said", """
    1 nsubj PROPN Kuwait NNP
    8 ccomp VERB exceed VBD
    3 poss PRON its PRP$
    1 dobj NOUN quota NNS
    3 punct PUNCT , ,
    3 conj NOUN source NNS
    5 cc CCONJ and CC
    5 conj NOUN trader NNS
    8 ROOT VERB say VBD
""")


def test_the_speakers_become_the_subject():
    doc = parse(*_EXCEEDED, ents={"Kuwait": "GPE"})
    _speakers_read_as_conjuncts(doc[5])
    assert (doc[5].dep_, doc[5].head.i) == ("nsubj", 8)
    assert ("Kuwait", "exceed", "quotas") in pairs(doc)
    assert not any(o in ("sources", "traders") for _, _, o in pairs(doc))


#: guards: (sentence, rows, conjunct) left as they are
_GUARDS = [
    # no comma: a plain coordination of objects
    ("Iraq attacked tankers and ships said", """
        1 nsubj PROPN Iraq NNP
        5 ccomp VERB attack VBD
        1 dobj NOUN tanker NNS
        2 cc CCONJ and CC
        2 conj NOUN ship NNS
        5 ROOT VERB say VBD
    """, 4),
    # the verb of saying has its own subject
    ("Iraq attacked tankers , ships and officials he said", """
        1 nsubj PROPN Iraq NNP
        8 ccomp VERB attack VBD
        1 dobj NOUN tanker NNS
        2 punct PUNCT , ,
        2 conj NOUN ship NNS
        4 cc CCONJ and CC
        4 conj NOUN official NNS
        8 nsubj PRON he PRP
        8 ROOT VERB say VBD
    """, 4),
    # the verb right after is no verb of saying
    ("Iraq hit tankers , ships and barges sank", """
        1 nsubj PROPN Iraq NNP
        7 ccomp VERB hit VBD
        1 dobj NOUN tanker NNS
        2 punct PUNCT , ,
        2 conj NOUN ship NNS
        4 cc CCONJ and CC
        4 conj NOUN barge NNS
        7 ROOT VERB sink VBD
    """, 4),
]


@pytest.mark.parametrize(("sentence", "rows", "conjunct"), _GUARDS)
def test_other_coordinations_stay(sentence, rows, conjunct):
    doc = parse(sentence, rows, ents={"Iraq": "GPE"})
    _speakers_read_as_conjuncts(doc[conjunct])
    assert doc[conjunct].dep_ == "conj"


CLOSING_SPEAKERS = {
    "the speakers after the object are no objects": [
        # (a named owner since session 44: "their quotas", owner unfound, is dropped)
        ("Several members, including Nigeria and Venezuela, exceeded OPEC quotas, industry "
         "sources and oil traders said.",
         [("Nigeria", "exceed", "Organization of Petroleum Exporting Countries quotas")],
         [("Nigeria", "oil traders"),
                                             ("Nigeria", "industry sources")]),
        ("Brazil suspended interest payments to banks, officials and bankers said on Friday.",
         [("Brazil", "suspend interest payment to", "banks")],
         [("Brazil", "officials"), ("Brazil", "bankers")]),
        ("Iran sold crude oil to Japanese refiners, traders and shipping agents said.",
         [("Iran", "sell oil to", "Japanese refiners")],
         [("Iran", "traders"), ("Iran", "shipping agents")]),
    ],
    "guards: a list of objects, a verb of saying with its own subject": [
        ("Iraqi jets attacked Kharg Island, Lavan Island and Sirri Island, military "
         "officials said.", [("Iraq", "attack", "Sirri Island")], []),
        ("Iran sold crude oil to Japanese refiners, and traders in Tokyo said prices rose.",
         [("Iran", "sell oil to", "Japanese refiners")], [("Iran", "traders")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CLOSING_SPEAKERS))
def test_closing_speakers_on_the_model(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
