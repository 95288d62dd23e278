"""Negation by a sentence's frame (session 43).

* An extraposed "it is" with a negated adjective of truth
  (:data:`~extract.lexicon.TRUTH_ADJECTIVES`) or an adjective of falsity
  (:data:`~extract.lexicon.FALSITY_ADJECTIVES`) denies its "that" clause
  (:func:`~extract.context.untrue`): "it is not true that Israel bombed Gaza" is a negated
  bombing (it was stated); with the clause's own "not" it is a double negation, stated:
  "it is not true that Israel did not bomb Gaza" (it was negated). Guards: "it is true
  that", "it is wrong that" (a judgement) state the clause. An adverb between the "not"
  and the adjective denies its degree, not the truth (review43b): "it is not only true
  that X" states X; "not always / entirely true" hedges it (:func:`~extract.context.half_true`).
* A verb of denial whose subject is no one (:data:`~extract.lexicon.NEGATIVE_PARTITIVES`:
  nobody, none, neither; a "no" determiner) denies nothing
  (:func:`~extract.context.left_open`): "nobody denies that Russia invaded Ukraine" was a
  negated invasion; it is left open (hedged), as "did not deny that" is. Guard: a plain
  denial still negates.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

UNTRUE = {
    "'it is not true / false that X' denies X": [
        ("It is not true that Israel bombed the hospital in Gaza City.",
         [("Israel", "bomb", "hospital in Gaza City", True, False)], []),
        ("It is untrue that Russian forces shelled the Zaporizhzhia plant.",
         [("Russia", "shell", "Zaporizhzhia plant", True, False)], []),
        ("The minister said it was not correct that Iran supplied drones to Russia.",
         [("Iran", "supply", "Russia", True, False)], []),
        ("It is false that Venezuela sent troops to Guyana.",
         [("Venezuela", "send", "Guyana", True, False)], []),
    ],
    "a double negation states the act": [
        ("It is not true that Israel did not bomb the hospital in Gaza City.",
         [("Israel", "bomb", "hospital in Gaza City", False, False)], []),
        ("It is not correct that Hamas never attacked Sderot.",
         [("Hamas", "attack", "Sderot", False, False)], []),
    ],
    "an adverb between 'not' and the adjective denies a degree, not the truth": [
        # (review43b 4) "not only / just true" states the act; "not always / entirely /
        # quite / wholly true" at most hedges it
        ("It is not only true that Russia shelled the Zaporizhzhia plant, it is also well "
         "documented.",
         [("Russia", "shell", "Zaporizhzhia plant", False, False)], []),
        ("It is not just true that Serbia armed the militias; it is proven.",
         [("Serbia", "arm", "militias", False, False)], []),
        ("It is not always true that China backs Pakistan at the United Nations.",
         [("China", "back", "Pakistan", False, True)], []),
        ("It is not entirely accurate that Iran supplied the drones to Russia.",
         [("Iran", "supply", "Russia", False, True)], []),
        ("The minister said it was not wholly true that Egypt closed the Rafah crossing.",
         [("Egypt", "close", "Rafah", False, True)], []),
    ],
    "guards: a stated truth, a judgement": [
        ("It is true that Israel bombed the hospital in Gaza City.",
         [("Israel", "bomb", "hospital in Gaza City", False, False)], []),
        ("It is wrong that Russia shelled the Zaporizhzhia plant.",
         [("Russia", "shell", "Zaporizhzhia plant", False, False)], []),
    ],
}

NO_ONE_DENIES = {
    "a denial by no one leaves the clause open": [
        ("Nobody denies that Russia invaded Ukraine.",
         [("Russia", "invade", "Ukraine", False, True)], []),
        ("No government denied that Rwanda had armed the M23 rebels.",
         [("Rwanda", "arm", "M23", False, True)], []),
        ("None of the officials denied that Israel struck the aid convoy.",
         [("Israel", "strike", "aid convoy", False, True)], []),
    ],
    "guard: a plain denial negates": [
        ("Rwanda denied that it had armed the M23 rebels.",
         [("Rwanda", "arm", "M23", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(UNTRUE))
def test_untrue_clause(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(NO_ONE_DENIES))
def test_denial_by_no_one(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
