"""Who is let into a place enters it: "refused to allow IAEA inspectors into the Fordow
facility" gives a negated IAEA -enter-> Fordow facility (with the flags of the plain
"allow", not of the refusal), "Turkey allowed Kurdish fighters into Kobani" a stated
entry; the place is not let in ("allow into" Fordow is no relation). Not for a verb that
lets no one in, nor without a named mover (extract/rules/base.py ``admitted``)."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def flags(doc):
    return {(t.subject.text, t.lemma, t.object.text, t.negated, t.hedged)
            for t in all_triples(doc)}


_ENTS = {"Iran": "GPE", "IAEA": "ORG", "Fordow": "FAC", "Turkey": "GPE", "Kobani": "GPE",
         "Hungary": "GPE", "Syria": "GPE", "Hamas": "ORG", "Egypt": "GPE", "Gaza": "GPE"}


def test_a_refused_entry_is_negated():
    doc = parse("Iran refused to allow IAEA into Fordow", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB refuse VBD
        3 aux PART to TO
        1 xcomp VERB allow VB
        3 dobj PROPN IAEA NNP
        3 prep ADP into IN
        5 pobj PROPN Fordow NNP
    """, ents=_ENTS)
    found = flags(doc)
    assert ("IAEA", "enter", "Fordow", True, False) in found
    # not stated, as the refusal's own reading would have it
    assert ("IAEA", "enter", "Fordow", False, False) not in found
    assert not any(lemma.endswith("into") for _, lemma, *_ in found)


def test_an_allowed_entry_is_stated():
    doc = parse("Turkey allowed Hamas into Kobani", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB allow VBD
        1 dobj PROPN Hamas NNP
        1 prep ADP into IN
        3 pobj PROPN Kobani NNP
    """, ents=_ENTS)
    found = flags(doc)
    assert ("Hamas", "enter", "Kobani", False, False) in found
    assert not any(s == "Turkey" and o == "Kobani" for s, _, o, *_ in found)


def test_an_entry_not_let_keeps_its_negation():
    doc = parse("Hungary did not let Syria into Gaza", """
        3 nsubj PROPN Hungary NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB let VB
        3 dobj PROPN Syria NNP
        3 prep ADP into IN
        5 pobj PROPN Gaza NNP
    """, ents=_ENTS)
    assert ("Syria", "enter", "Gaza", True, False) in flags(doc)


def test_other_verbs_keep_their_into():
    # "Egypt sent Hamas into Gaza": no verb of letting in
    doc = parse("Egypt sent troops into Gaza", """
        1 nsubj PROPN Egypt NNP
        1 ROOT VERB send VBD
        1 dobj NOUN troop NNS
        1 prep ADP into IN
        3 pobj PROPN Gaza NNP
    """, ents=_ENTS)
    found = flags(doc)
    assert not any(lemma == "enter" for _, lemma, *_ in found)
    assert any(s == "Egypt" and o == "Gaza" for s, _, o, *_ in found)


REAL_SENTENCES = {
    "let into a place": [
        ("Iran refuses to allow IAEA inspectors into the Fordow facility.",
         [("IAEA", "enter", "Fordow facility", True, False)], [("Iran", "Fordow facility")]),
        ("Israel refuses to allow UN investigators into Gaza.",
         [("United Nations", "enter", "Gaza", True, False)], [("Israel", "Gaza")]),
        ("Turkey allowed Kurdish fighters into Kobani.",
         [("Kurdish fighters", "enter", "Kobani", False, False)], [("Turkey", "Kobani")]),
    ],
    "guards": [
        ("Russia sent troops into Ukraine.",
         [("Russia", "send into", "Ukraine", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
