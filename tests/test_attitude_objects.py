"""An attitude voiced about nothing named is no participant: "the administration has
expressed reservations", "Japan voiced doubts", "the minister made remarks" give no
triple (the attitude nouns of ``[vague_heads]``, :func:`extract.vague.vague_phrase`); a name
before the noun says whose ("rejected the Kremlin's remarks")."""

from __future__ import annotations

import pytest
from actorgraph.extract.vague import vague_phrase

from actorgraph.records import Article
from tests.docs import parse


def test_a_bare_attitude_is_vague_and_a_named_one_is_not():
    doc = parse("Japan voiced doubts and rejected the Kremlin 's remarks", """
        1 nsubj PROPN Japan NNP
        1 ROOT VERB voice VBD
        1 dobj NOUN doubt NNS
        1 cc CCONJ and CC
        1 conj VERB reject VBD
        6 det DET the DT
        8 poss PROPN Kremlin NNP
        6 case PART 's POS
        4 dobj NOUN remark NNS
    """)
    assert vague_phrase(doc[2])
    assert not vague_phrase(doc[8])


_TEXTS = [
    ("The Reagan administration has expressed reservations, a spokesman said.",
     ("Reagan", "reservations")),
    ("Tokyo voiced doubts on Tuesday about the timetable.", ("Japan", "doubts")),
    ("The Saudi oil minister made remarks to reporters in Vienna.",
     ("Saudi Arabia", "remarks")),
    ("Moscow expressed regret over the incident.", ("Russia", "regret")),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), _TEXTS, ids=[t[0][:30] for t in _TEXTS])
def test_an_attitude_about_nothing_named_gives_no_triple(extractor, text, pair):
    (result,) = extractor.extract([Article("t", text)])
    found = {(t.subject.label, t.object.label) for t in result.triples}
    assert pair not in found, sorted(found)
    assert not any(o == pair[1] for _, o in found), sorted(found)
