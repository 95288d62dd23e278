"""Who does what, and its negated and hedged flags, in summary-style news sentences.

The sentences were written for these tests (none is from an evaluation set or an audit
sheet). Each entry: a sentence, the triples it must give as (subject label, relation
lemma, object label, negated, hedged), and the (subject, object) pairs it must not give
in either reading (see ``tests/constructions.py``).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import Extractor

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

ACTORS = {
    "whom 'call on' or 'appeal to' asks does the infinitive, hedged": [
        ("Amnesty International called on Qatar to free the poet Mohammed al-Ajami.",
         [("Qatar", "free", "Mohammed al-Ajami", False, True)],
         [("Amnesty International", "Mohammed al-Ajami")]),
        ("The United Nations calls on Israel to halt construction in the West Bank.",
         [("Israel", "halt in", "West Bank", False, True)],
         [("United Nations", "West Bank")]),
        ("Germany called on Russia and Ukraine to respect the Minsk agreement.",
         [("Russia", "respect", "Minsk agreement", False, True),
          ("Ukraine", "respect", "Minsk agreement", False, True)],
         [("Germany", "Minsk agreement")]),
        # a date after "on" is no one: the caller is the one to act
        ("The European Union called on Monday to lift sanctions on Iran.",
         [("European Union", "call to lift sanction", "Iran", False, True)], []),
    ],
}


@pytest.fixture(scope="module")
def extractor(nlp) -> Extractor:
    return Extractor(nlp=nlp)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(ACTORS))
def test_actors_and_flags(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
