"""An unnamed subject that is anyone at all, or one only supposed, names no party
(:func:`extract.vague.hypothetical_agent`): "if any group acquires 20 pct of Westbrook",
"any company that trades with Iran", "every bank that lends to Nauru", "if a person or
group acquires 15 pct of Acme", "unless a buyer bids for Harlow Steel". Left so, the
triple says "group" acquired Westbrook, which blind judges of wire triples mark as only
partly right (a vague, hypothetical subject); no one did. A named side in the same
sentence keeps its own triples, and so does a subject the text names or points back to:
a name ("if Iran attacks Israel"), a group a name leads ("a group led by Carl Icahn"), a
phrase with a name before its head ("if a Russian missile hits Poland", "every NATO
member"), a definite one, or an indefinite one outside a condition (left to the other
rules).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.vague import hypothetical_agent

from actorgraph.records import Article
from tests.docs import parse


def test_generic_determiner_or_supposed_indefinite_subject():
    doc = parse("unless a buyer or bank bids , every firm and the bank left", """
        5 mark SCONJ unless IN
        2 det DET a DT
        5 nsubj NOUN buyer NN
        2 cc CCONJ or CC
        2 conj NOUN bank NN
        12 advcl VERB bid VBZ
        12 punct PUNCT , ,
        8 det DET every DT
        12 nsubj NOUN firm NN
        8 cc CCONJ and CC
        11 det DET the DT
        8 conj NOUN bank NN
        12 ROOT VERB leave VBD
    """)
    assert hypothetical_agent(doc[2], doc[5])  # "unless a buyer ... bids"
    assert hypothetical_agent(doc[4], doc[5])  # "or bank": the first conjunct's "a"
    assert hypothetical_agent(doc[8], doc[12])  # "every firm", in any clause
    assert not hypothetical_agent(doc[11], doc[12])  # "the bank": definite, its own "the"


def test_an_indefinite_outside_a_condition_is_left_to_other_rules():
    doc = parse("a bank sold Acme", """
        1 det DET a DT
        2 nsubj NOUN bank NN
        2 ROOT VERB sell VBD
        2 dobj PROPN Acme NNP
    """)
    assert not hypothetical_agent(doc[1], doc[2])


#: (text, (subject, object) pairs that must not be, (subject, object) pairs kept)
_TEXTS = [
    ("Under the rights plan, shareholders would receive the right to buy stock at half "
     "price if any group acquires 20 pct or more of Westbrook.",
     [("group", "Westbrook")], []),
    ("The rights become exercisable if a person or group acquires 15 pct of Acme Corp.",
     [("person", "Acme Corp"), ("group", "Acme Corp")], []),
    ("Any company that trades with Iran will face sanctions, the Treasury said.",
     [("company", "Iran")], []),
    ("Every bank that lends to Nauru must report the loans to the Federal Reserve.",
     [("bank", "Nauru")], []),
    ("The plant will close unless a buyer bids for Harlow Steel before June.",
     [("buyer", "Harlow Steel")], []),
    ("If Iran attacks Israel, Washington will respond.", [],
     [("Iran", "Israel")]),
    ("A group led by Carl Icahn acquired 5 pct of Texaco.", [],
     [("Carl Icahn", "Texaco")]),
    # a name before the head says whose it is: kept (hedged in a condition)
    ("If a Russian missile hits Poland, NATO will respond.", [],
     [("Russian missile", "Poland")]),
    ("Every NATO member condemned the invasion of Ukraine.", [],
     [("NATO member", "Ukraine")]),
    ("If a Chinese coast guard vessel blocks the Philippine supply mission, Manila will "
     "protest.", [], [("Chinese coast guard vessel", "Philippines")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "absent", "kept"), _TEXTS, ids=[t[0][:30] for t in _TEXTS])
def test_hypothetical_subjects_drop_the_triple(extractor, text, absent, kept):
    (result,) = extractor.extract([Article("t", text)])
    found = {(t.subject.label, t.relation.lemma, t.object.label) for t in result.triples}
    for subject, obj in absent:
        assert not any(s == subject and o == obj for s, _, o in found), sorted(found)
    for pair in kept:
        assert any((s, o) == pair for s, _, o in found), sorted(found)
