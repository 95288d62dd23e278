"""A coalition is made with a partner, as an alliance is (``reciprocal_nouns``): "refused to
form a coalition with the Conservative Party" gives a negated "form coalition with" the
party, "Likud formed a coalition with Shas" a stated one; a coalition "against" someone
stays an opponent's, not a partner's."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def flags(doc):
    return {(t.subject.text, t.lemma, t.object.text, t.negated, t.hedged)
            for t in all_triples(doc)}


def test_a_refused_coalition_with_a_party():
    doc = parse("Labour refused to join a coalition with Likud", """
        1 nsubj PROPN Labour NNP
        1 ROOT VERB refuse VBD
        3 aux PART to TO
        1 xcomp VERB join VB
        5 det DET a DT
        3 dobj NOUN coalition NN
        5 prep ADP with IN
        6 pobj PROPN Likud NNP
    """, ents={"Labour": "ORG", "Likud": "ORG"})
    assert ("Labour", "join coalition with", "Likud", True, False) in flags(doc)


def test_a_plain_noun_with_a_party_is_no_partner():
    # "shared a platform with Likud": no reciprocal noun, "with" is no target
    doc = parse("Labour refused to share a platform with Likud", """
        1 nsubj PROPN Labour NNP
        1 ROOT VERB refuse VBD
        3 aux PART to TO
        1 xcomp VERB share VB
        5 det DET a DT
        3 dobj NOUN platform NN
        5 prep ADP with IN
        6 pobj PROPN Likud NNP
    """, ents={"Labour": "ORG", "Likud": "ORG"})
    assert not any(o == "Likud" for _, _, o, *_ in flags(doc))


REAL_SENTENCES = {
    "a coalition's partner": [
        ("Labour refused to form a coalition with the Conservative Party.",
         [("Labour", "form coalition with", "Conservative Party", True, False)], []),
        ("The Social Democrats plan to form a coalition with the Green Party.",
         [("Social Democrats", "plan to form coalition with", "Green Party", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
