"""A "that" clause of a denied claim noun that the parser hangs on the noun as an
adverbial clause (session 49).

"Honda denied market rumours that it had taken a stake in Rover" is parsed with "taken"
an ``advcl`` of "rumours", not the ``acl`` or ``ccomp`` the denied claim is read from
(:func:`~extract.context.denied`, :func:`~extract.rules.base`'s negation): the stake
taking was stated, not denied. A "that" clause hung so on a claim noun
(:data:`~extract.lexicon.CLAIM_NOUNS`) object of a verb of denial is denied as the others
are. Guards: the usual ``acl`` parse keeps its negation, a claim confirmed is not denied,
and an adverbial clause of the denial verb itself ("denied the charge, saying ...") is
what the denier says, not what is denied.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

# (sentence, (subject, relation label, object), negated)
DENIED_RUMOURS = {
    "a that clause parsed as adverbial to the claim noun": [
        ("Honda denied market rumours that it had taken a stake in Rover.",
         ("Honda", "take stake in", "Rover"), True),
        ("Bayer denied market rumours that it had agreed to buy Miles Laboratories.",
         ("Bayer", "agree to buy", "Miles Laboratories"), True),
        ("Alitalia denied market rumours that it had agreed to buy a stake in Iberia.",
         ("Alitalia", "agree to buy stake in", "Iberia"), True),
    ],
    "guard: the usual parse, and a claim confirmed": [
        ("Olivetti denied market rumours that it had agreed to buy Triumph-Adler.",
         ("Olivetti", "agree to buy", "Triumph-Adler"), True),
        ("Exxon denied press reports that it had sold its Texas refinery.",
         ("Exxon", "sell", "Exxon's Texas refinery"), True),
        ("Boeing confirmed reports that it had won an order from Qantas.",
         ("Boeing", "win order from", "Qantas"), False),
    ],
}


def _rows():
    return [pytest.param(s, t, n, id=f"{name}: {s[:30]}")
            for name, rows in DENIED_RUMOURS.items() for s, t, n in rows]


@pytest.mark.parametrize(("sentence", "triple", "negated"), _rows())
def test_a_rumour_denied(extractor, sentence, triple, negated):
    (result,) = extractor.extract([Article("r", sentence)])
    got = {(t.subject.label, t.relation.label, t.object.label): t.negated
           for t in result.triples}
    assert triple in got, sorted(got)
    assert got[triple] is negated


def test_the_denial_verb_s_own_clause_is_not_denied(extractor):
    (result,) = extractor.extract([Article("r", "Iran denied the charge, saying Iraqi "
                                                "troops had shelled Abadan.")])
    got = {(t.subject.label, t.relation.label, t.object.label): t.negated
           for t in result.triples}
    assert got.get(("Iraq", "shell", "Abadan")) is False, sorted(got)
