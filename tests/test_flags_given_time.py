"""Whom a verb of giving time gives it to act in does the infinitive, hedged (an ultimatum).

"Turkey gave the Swedish ambassador three days to leave Ankara": the ambassador is to
leave, not Turkey. The sentences were written for these tests (none is from an
evaluation set or an audit sheet). Each entry: a sentence, the triples it must give as
(subject label, relation lemma, object label, negated, hedged), and the (subject,
object) pairs it must not give in either reading (see ``tests/constructions.py``).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

GIVEN_TIME = {
    "given a span of time ('three days', 'until Friday') to act: the one given it acts": [
        ("Turkey gave the Swedish ambassador three days to leave Ankara.",
         [("Swedish ambassador", "leave", "Ankara", False, True)], [("Turkey", "Ankara")]),
        ("ECOWAS gave Mali's military junta a week to release President Bah Ndaw.",
         [("Mali", "release", "Bah Ndaw", False, True)],
         [("ECOWAS", "Bah Ndaw")]),
        ("Israel gave Hamas until Sunday to release the hostages.",
         [("Hamas", "release", "hostages", False, True)], [("Israel", "hostages")]),
        ("The Taliban granted the United Nations until Friday to withdraw its staff from "
         "Kabul.",
         [("United Nations", "withdraw from", "Kabul", False, True)], [("Taliban", "Kabul")]),
        # parsed as a complement before: unchanged
        ("The European Union gave Iran two weeks to respond to the proposal.",
         [("Iran", "respond to", "proposal", False, True)], []),
        # no span of time: a letting verb's object acts, stated
        ("Russia allowed Ukrainian ships to leave Odesa.",
         [("Ukrainian ships", "leave", "Odesa", False, False)], [("Russia", "Odesa")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(GIVEN_TIME))
def test_given_time(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
