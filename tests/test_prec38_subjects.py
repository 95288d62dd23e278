"""Session 38's precision of inherited subjects, on real parses (one batch for the module).

A verb coordinated after a negated reported perfect ("X said Y had not done A and did
B") is not Y's unnegated act: a conjunct that shared the perfect would share its "not"
too. An act of speech, appeal or blame (blamed, accused, estimated) goes on with the
speaker X (:func:`extract.rules.base.speaker_act`); any other act is left without a
subject, for Y or X may have done it (:func:`extract.rules.base.denied_partner`). A "not"
of its own, an "or" that carries the "not" over, a "but" that sets the act against the
denied one, an unnegated perfect and an unreported clause keep the shared subject.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (sentence, wanted (subject, relation lemma, object, negated), unwanted (subject, lemma))
_DENIED_PERFECTS = [
    # an act of speech or blame after the denial: the speaker's
    ("Russia's foreign ministry said Poland had not closed its border and blamed the "
     "European Union for the crisis.",
     [("Russia", "blame", "European Union", False)], [("Poland", "blame")]),
    ("Turkish President Recep Tayyip Erdogan told reporters Greece had not violated "
     "Turkish airspace and accused NATO of provoking tensions.",
     [("Recep Tayyip Erdogan", "accuse", "NATO", False)], [("Greece", "accuse")]),
    ("The Kenyan health ministry said Uganda had not reported any new cases, and "
     "estimated the death toll at about 40.",
     [("Kenya", "estimate", "death toll", False)], [("Uganda", "estimate")]),
    ("Chinese officials said Japan had not consulted Beijing and blamed Washington for "
     "the dispute.",
     [("China", "blame", "Washington", False)], [("Japan", "blame")]),
    # any other act: whose is not told
    ("The French government said Germany had not paid the fee and sold the shares to "
     "Italy.", [], [("Germany", "sell"), ("France", "sell")]),
    ("Brazilian officials said Argentina had not signed the accord and attacked "
     "Uruguay's fishing boats.", [], [("Argentina", "attack"), ("Brazil", "attack")]),
    ("Police in Kenya said Somali gunmen had not crossed the border, and kidnapped two "
     "Italian aid workers.", [], [("Somali gunmen", "kidnap")]),
    ("The United Nations said Sudan had not allowed the convoy through and bombed the "
     "Chadian camp.", [], [("Sudan", "bomb"), ("United Nations", "bomb")]),
    # owning up is no act the speaker goes on with
    ("Prosecutors said the banker had not cooperated and admitted the fraud.", [],
     [("prosecutors", "admit")]),
    ("Colombian officials said the rebel commander had not surrendered and confessed to "
     "the bombing.", [], [("Colombia", "confess")]),
]

#: guard rows: the shared subject stays
_SHARED = [
    # no "not" on the perfect
    ("Police in Kenya said Somali gunmen had crossed the border and kidnapped two "
     "Italian aid workers.", [("Somali gunmen", "kidnap", "Italian aid workers", False)], []),
    # "or" carries the "not" over
    ("The United Nations said Sudan had not allowed the convoy through or bombed the "
     "Chadian camp.", [("Sudan", "bomb", "Chadian camp", True)], []),
    # "not A but B": B is set against A, the same subject's act
    ("Witnesses said soldiers had not warned residents but shot three protesters.",
     [("soldiers", "shoot", "protesters", False)], [("witnesses", "shoot")]),
    ("The United Nations said Sudan had not allowed the convoy through but bombed the "
     "Chadian camp.", [("Sudan", "bomb", "Chadian camp", False)], [("United Nations", "bomb")]),
    # a "not" of its own
    ("Brazilian officials said Argentina had not signed the accord and did not attack "
     "Uruguay's fishing boats.",
     [("Argentina", "attack", "Uruguay's fishing boats", True)], []),
    # not reported: no other subject to be had
    ("Argentina had not signed the accord and attacked Uruguay's fishing boats.",
     [("Argentina", "attack", "Uruguay's fishing boats", False)], []),
]

_ROWS = _DENIED_PERFECTS + _SHARED


@pytest.fixture(scope="module")
def found(extractor):
    """Each sentence's (subject, relation lemma, object, negated) triples."""
    results = extractor.extract([Article(f"t{i}", s) for i, (s, _, _) in enumerate(_ROWS)])
    return [{(t.subject.label, t.relation.lemma, t.object.label, t.negated)
             for t in result.triples} for result in results]


@pytest.mark.parametrize("index", range(len(_ROWS)),
                         ids=[s[:40] for s, _, _ in _ROWS])
def test_denied_perfect_conjuncts(found, index):
    _, wanted, unwanted = _ROWS[index]
    got = found[index]
    for triple in wanted:
        assert triple in got, sorted(got)
    for subject, lemma in unwanted:
        assert not any(s == subject and r == lemma for s, r, _, _ in got), sorted(got)
