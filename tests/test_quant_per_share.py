"""Per-share prices: the unit an amount is per is no participant, and "for" is the verb's.

"N dlrs a share" is an amount and the unit it is per. The parser reads "share" either as
an adverbial noun phrase of the amount, with the "for" phrase of the offer on it
("Hanson offered 60 dlrs a share for SCM Corp": no triple), or as a second object of the
verb ("Chevron agreed to pay 80 dlrs a share for Gulf Oil Corp": Chevron -agree to
pay-> share, a quantity side as ``benchmarks/heldout.py`` scores it). The unit after
"a"/"an" right after an amount is never a participant (hygiene._per_unit), and a "for"
phrase on it belongs to the verb of the amount (hygiene._for_on_per_unit).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import extract_doc

from actorgraph.records import Article
from tests.constructions import cases, check_construction
from tests.docs import parse

_ENTS = {"Hanson": "ORG", "SCM": "ORG", "Chevron": "ORG", "Gulf": "ORG", "Icahn": "PERSON",
         "TWA": "ORG", "Japan": "GPE", "Iran": "GPE", "India": "GPE", "Acme": "ORG"}


def _triples(sentence: str, rows: str) -> set[tuple[str, str, str]]:
    doc = parse(sentence, rows, ents=_ENTS)
    result = extract_doc(doc, Article("t", doc.text))
    return {(t.subject.label, t.relation.label, t.object.label) for t in result.triples}


_OFFERED = ("Hanson offered 60 dlrs a share for SCM", """
    1 nsubj PROPN Hanson NNP
    1 ROOT VERB offer VBD
    3 nummod NUM 60 CD
    1 dobj NOUN dlrs NN
    5 det DET a DT
    3 npadvmod NOUN share NN
    5 prep ADP for IN
    6 pobj PROPN SCM NNP
""")
_BID = ("Icahn bid 28 dlrs a share for TWA", """
    1 nsubj PROPN Icahn NNP
    1 ROOT VERB bid VBD
    3 nummod NUM 28 CD
    1 dobj NOUN dlrs NN
    5 det DET a DT
    3 npadvmod NOUN share NN
    5 prep ADP for IN
    6 pobj PROPN TWA NNP
""")
_BARREL = ("Japan paid 18 dlrs a barrel for Iran crude", """
    1 nsubj PROPN Japan NNP
    1 ROOT VERB pay VBD
    3 nummod NUM 18 CD
    1 dobj NOUN dlrs NN
    5 det DET a DT
    3 npadvmod NOUN barrel NN
    5 prep ADP for IN
    8 compound PROPN Iran NNP
    6 pobj NOUN crude NN
""")
_SECOND_OBJECT = ("Chevron paid 80 dlrs a share for Gulf", """
    1 nsubj PROPN Chevron NNP
    1 ROOT VERB pay VBD
    3 nummod NUM 80 CD
    1 dobj NOUN dlrs NN
    5 det DET a DT
    1 dobj NOUN share NN
    1 prep ADP for IN
    6 pobj PROPN Gulf NNP
""")


@pytest.mark.parametrize(("sentence", "rows", "triple"), [
    _OFFERED + (("Hanson", "offer for", "SCM"),),
    _BID + (("Icahn", "bid for", "TWA"),),
    _BARREL + (("Japan", "pay for", "Iran crude"),),
])
def test_for_on_the_unit_is_the_verbs(sentence, rows, triple):
    found = _triples(sentence, rows)
    assert triple in found, found
    assert not any("share" in (s, o) or "barrel" in (s, o) for s, _, o in found), found


def test_the_unit_read_as_a_second_object_is_no_object():
    found = _triples(*_SECOND_OBJECT)
    assert ("Chevron", "pay for", "Gulf") in found, found
    assert not any(o == "share" for _, _, o in found), found


# guards: counted things after "a" are no unit of an amount ("sold 12 tankers a year to
# India" keeps India; "bought a share in Acme" keeps the share)
_TANKERS = ("Iran sold 12 tankers a year to India", """
    1 nsubj PROPN Iran NNP
    1 ROOT VERB sell VBD
    3 nummod NUM 12 CD
    1 dobj NOUN tanker NNS
    5 det DET a DT
    1 npadvmod NOUN year NN
    1 prep ADP to IN
    6 pobj PROPN India NNP
""")
_A_SHARE = ("Japan bought a share in Acme", """
    1 nsubj PROPN Japan NNP
    1 ROOT VERB buy VBD
    3 det DET a DT
    1 dobj NOUN share NN
    3 prep ADP in IN
    4 pobj PROPN Acme NNP
""")


def test_counted_things_and_a_share_without_an_amount_stay():
    assert any(o == "India" for _, _, o in _triples(*_TANKERS))
    assert ("Japan", "buy", "share") in _triples(*_A_SHARE)


PER_SHARE = {
    "the for-phrase on the per-share unit is the verb's": [
        ("Hanson Trust offered 60 dlrs a share for SCM Corp.",
         [("Hanson Trust", "offer for", "SCM Corp", False, False)], []),
        ("Kohlberg Kravis Roberts offered 45 dlrs a share for Beatrice Cos.",
         [("Kohlberg Kravis Roberts", "offer for", "Beatrice Cos", False, False)], []),
    ],
    "the per-share unit read as an object is no object": [
        ("Chevron agreed to pay 80 dlrs a share for Gulf Oil Corp.",
         [("Chevron", "agree to pay for", "Gulf Oil Corp", False, False)],
         [("Chevron", "share")]),
        ("Pennzoil agreed to pay 110 dlrs a share for Getty Oil.",
         [("Pennzoil", "agree to pay for", "Getty Oil", False, False)],
         [("Pennzoil", "share")]),
    ],
    "guards": [
        ("Rebels killed 12 soldiers a day in the offensive.",
         [("rebels", "kill", "soldiers", False, False)], []),
        ("Japan paid 18 dlrs a barrel for Iranian crude.",
         [("Japan", "pay for", "Iranian crude", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(PER_SHARE))
def test_per_share_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
