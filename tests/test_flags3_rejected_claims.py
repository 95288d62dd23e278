"""What a rejected or denied claim says is negated also when the parser tagged the claim
noun a verb and hung the "that" clause on it as its complement: "Israel rejects claims
that Israeli troops shot civilians" ("claims" -ccomp-> "shot")."""

from __future__ import annotations

import pytest
from actorgraph.extract.context import denied

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, index of the clause's verb, denied)
_CLAUSES = [
    ("Israel rejects claims that troops shot civilians", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB reject VBZ
        1 dobj VERB claim VBZ
        5 mark SCONJ that IN
        5 nsubj NOUN troop NNS
        2 ccomp VERB shoot VBD
        5 dobj NOUN civilian NNS
    """, 5, True),
    ("Armenia denied reports that troops attacked Baku", """
        1 nsubj PROPN Armenia NNP
        1 ROOT VERB deny VBD
        1 dobj VERB report VBZ
        5 mark SCONJ that IN
        5 nsubj NOUN troop NNS
        2 ccomp VERB attack VBD
        5 dobj PROPN Baku NNP
    """, 5, True),
    ("Moscow dismissed claims that Kyiv shelled Donetsk", """
        1 nsubj PROPN Moscow NNP
        1 ROOT VERB dismiss VBD
        1 dobj VERB claim VBZ
        5 mark SCONJ that IN
        5 nsubj PROPN Kyiv NNP
        2 ccomp VERB shell VBD
        5 dobj PROPN Donetsk NNP
    """, 5, True),
    # guards: a claim the subject itself makes, and one that is confirmed
    ("Israel claims that troops shot civilians", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB claim VBZ
        4 mark SCONJ that IN
        4 nsubj NOUN troop NNS
        1 ccomp VERB shoot VBD
        4 dobj NOUN civilian NNS
    """, 4, False),
    ("Israel confirmed reports that troops shot civilians", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB confirm VBD
        1 dobj VERB report VBZ
        5 mark SCONJ that IN
        5 nsubj NOUN troop NNS
        2 ccomp VERB shoot VBD
        5 dobj NOUN civilian NNS
    """, 5, False),
]


@pytest.mark.parametrize(("sentence", "rows", "verb", "expected"), _CLAUSES)
def test_the_clause_of_a_rejected_claim_is_denied(sentence, rows, verb, expected):
    doc = parse(sentence, rows)
    assert denied(doc[verb]) is expected


REAL_SENTENCES = {
    "the clause of a rejected claim tagged a verb": [
        ("Israel rejects claims that Israeli troops shot Palestinian civilians in Jenin.",
         [("Israel", "shoot", "Palestinian civilians", True, True)], []),
        ("Russia rejects claims that its army shelled the Zaporizhzhia plant.",
         [("Russia", "shell", "Zaporizhzhia plant", True, True)], []),
        ("Armenia denies reports that Armenian forces attacked Azerbaijani positions.",
         [("Armenia", "attack", "Azerbaijani positions", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
