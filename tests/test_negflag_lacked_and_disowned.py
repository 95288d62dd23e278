"""An event noun a clause goes without, a role in an event had or played not, and a
reciprocal event noun that conjoined subjects failed or refused to reach.

"The talks ended without a deal between Russia and Ukraine", "Turkey entered Syria
without the approval of the UN": the deal, the approval did not happen
(:func:`extract.context._lacked`, read by :func:`extract.context.negation`); not in a
negated clause ("cannot be signed without the support of X" says it is needed).

"Pakistan says it had no role in the attack on the Indian parliament", "played no part in
the killing of X", "did not have any involvement in the attack on Y": the deed is denied,
as by "denied any role in" (:data:`~extract.lexicon.PARTAKING_VERBS` with
:data:`~extract.lexicon.INVOLVEMENT_NOUNS`, in :mod:`extract.rules.verbal`); "played a
role in the attack" (not negated) gives no deed.

"Armenia and Azerbaijan failed to reach an agreement", "Israel and Hamas refused to sign a
ceasefire", "Serbia and Kosovo failed to hold talks": the agreement, ceasefire, talks
between the two did not happen, as "failed to agree" (:func:`extract.rules.verbal.
joint_triples`; "did not fail to reach an agreement" reached it).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import negation

from tests.constructions import cases, check_construction
from tests.docs import parse


def test_event_noun_after_without_is_negated():
    doc = parse("talks ended without a deal between Russia and Ukraine", """
        1 nsubj NOUN talk NNS
        1 ROOT VERB end VBD
        1 prep ADP without IN
        4 det DET a DT
        2 pobj NOUN deal NN
        4 prep ADP between IN
        5 pobj PROPN Russia NNP
        6 cc CCONJ and CC
        6 conj PROPN Ukraine NNP
    """)
    assert negation(doc[4])
    assert not negation(doc[1])


def test_approval_after_without_on_a_passive():
    doc = parse("strikes were launched without approval of Congress", """
        2 nsubjpass NOUN strike NNS
        2 auxpass AUX be VBD
        2 ROOT VERB launch VBN
        2 prep ADP without IN
        3 pobj NOUN approval NN
        4 prep ADP of IN
        5 pobj PROPN Congress NNP
    """)
    assert negation(doc[4])


def test_guard_without_in_a_negated_clause():
    doc = parse("deal can not be signed without support of Germany", """
        4 nsubjpass NOUN deal NN
        4 aux AUX can MD
        4 neg PART not RB
        4 auxpass AUX be VB
        4 ROOT VERB sign VBN
        4 prep ADP without IN
        5 pobj NOUN support NN
        6 prep ADP of IN
        7 pobj PROPN Germany NNP
    """)
    assert not negation(doc[6])


def test_guard_with_is_no_lack():
    doc = parse("talks ended with a deal between Russia and Ukraine", """
        1 nsubj NOUN talk NNS
        1 ROOT VERB end VBD
        1 prep ADP with IN
        4 det DET a DT
        2 pobj NOUN deal NN
        4 prep ADP between IN
        5 pobj PROPN Russia NNP
        6 cc CCONJ and CC
        6 conj PROPN Ukraine NNP
    """)
    assert not negation(doc[4])


_LACKED = {
    "an event noun after 'without'": [
        ("The talks in Geneva ended without a deal between Russia and Ukraine.",
         [("Russia", "deal", "Ukraine", True, False),
          ("Ukraine", "deal", "Russia", True, False)], []),
        ("Talks in Doha broke up without an agreement between Israel and Hamas.",
         [("Israel", "agree", "Hamas", True, False),
          ("Hamas", "agree", "Israel", True, False)], []),
    ],
    "guard: with, or a negated clause": [
        ("The talks in Geneva ended with a deal between Russia and Ukraine.",
         [("Russia", "deal", "Ukraine", False, False),
          ("Ukraine", "deal", "Russia", False, False)], []),
    ],
}

_DISOWNED = {
    "had / played no role / part in an event": [
        ("Pakistan says it had no role in the attack on the Indian parliament.",
         [("Pakistan", "attack", "India", True, False)], []),
        ("Pakistan played no part in the killing of the Indian diplomat.",
         [("Pakistan", "kill", "Indian diplomat", True, False)], []),
        ("Iran did not have any involvement in the attack on the tanker.",
         [("Iran", "attack", "tanker", True, False)], []),
    ],
    "guard: a role played, or denied already": [
        ("Iran played a role in the attack on the tanker.", [], [("Iran", "tanker")]),
        ("Iran denied any role in the killing of the American contractor.",
         [("Iran", "kill", "American contractor", True, False)], []),
    ],
}


_FAILED_TIES = {
    "conjoined subjects failed or refused to reach a reciprocal event noun": [
        ("Armenia and Azerbaijan fail to reach an agreement on the border.",
         [("Armenia", "agree", "Azerbaijan", True, False),
          ("Azerbaijan", "agree", "Armenia", True, False)], []),
        ("Israel and Hamas refused to sign a ceasefire.",
         [("Israel", "ceasefire", "Hamas", True, False),
          ("Hamas", "ceasefire", "Israel", True, False)], []),
        ("Serbia and Kosovo failed to hold talks in Brussels.",
         [("Serbia", "talk", "Kosovo", True, False),
          ("Kosovo", "talk", "Serbia", True, False)], []),
    ],
    "guard: a double negative, or a reached one": [
        ("Armenia and Azerbaijan did not fail to reach an agreement.",
         [("Armenia", "agree", "Azerbaijan", False, False),
          ("Azerbaijan", "agree", "Armenia", False, False)], []),
        ("Armenia and Azerbaijan reach an agreement on the border.",
         [("Armenia", "agree", "Azerbaijan", False, False),
          ("Azerbaijan", "agree", "Armenia", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(_LACKED, _DISOWNED, _FAILED_TIES))
def test_lacked_and_disowned_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
