"""Precision on unseen wire news (session 48).

* a bare tie or event between partners ("talks", "negotiations", "fighting":
  :data:`~extract.lexicon.RECIPROCAL_NOUNS`) that a verb opens, carries on or ends
  (:data:`~extract.lexicon.ENDING_VERBS`, :data:`~extract.lexicon.TIE_COURSE_VERBS`), also
  through a span of time ("ended three days of talks"), is no object when its label names
  no partner (:func:`~extract.vague.partnerless`): "Boeing —refuse to open→ talks" says
  not with whom; a label that keeps a partner or a kind ("fighting between rival
  militias"), a partner the relation names ("talk with" Israel) and any other verb
  ("signed a treaty", "blocked the merger") stay.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

PARTNERLESS = {
    "bare tie opened, carried on or ended": [
        ("Ford Motor Co said it would resume talks next week.",
         [], [("Ford Motor Co", "talks")]),
        ("Armenia and Azerbaijan ended three days of talks in Geneva without an agreement.",
         [], [("Armenia", "talks"), ("Azerbaijan", "talks")]),
        ("Boeing refused to open talks on Monday.",
         [], [("Boeing", "talks")]),
        ("Chevron said it would continue negotiations after the holiday.",
         [], [("Chevron", "negotiations")]),
    ],
    "guard: a partner or another act": [
        ("Nigerian troops moved into the town to stop a week of fighting between rival militias.",
         [("Nigeria", "stop", "fighting between rival militias")], []),
        ("Ford Motor Co resumed talks with the United Auto Workers union on Tuesday.",
         [("Ford Motor Co", "talk", "United Auto Workers")], []),
        ("Egypt ended its peace talks with Israel.",
         [("Egypt", "end talk with", "Israel")], []),
        ("Armenia and Azerbaijan signed a treaty in Geneva.",
         [("Armenia", "sign", "treaty")], []),
        ("The Federal Trade Commission blocked the merger.",
         [("Federal Trade Commission", "block", "merger")], []),
        ("Qatar hosted talks between Hamas and Israel.",
         [("Qatar", "host talk", "Hamas")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(PARTNERLESS))
def test_partnerless_tie(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
