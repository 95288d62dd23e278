"""Who did it, and to whom (session 47).

* a proposal rejected or accepted by the one it was made to is told the right way round
  (its maker to the one who reacts, :func:`~extract.rules.verbal._proposed_act`) also when
  a clause on the noun names a place or a party of its own: "rejected a petition by the
  Awami League seeking a recount of votes in Dhaka" is the Awami League petition the court,
  not "reject petition" the Awami League, which reads as the court petitioning it. Only the
  noun's own phrase says whom it is made to or for ("a bid from Globex for Initech"); what
  a clause on it names ("in Dhaka", "to Gaza") is the clause's
  (:func:`~extract.rules.verbal._phrase_tokens`).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

PROPOSED_WITH_CLAUSE = {
    "a clause on the proposal names a place or a party": [
        ("The Supreme Court rejected a petition by the Awami League seeking a recount of "
         "votes in Dhaka.",
         [("Awami League", "petition", "Supreme Court"),
          ("Supreme Court", "reject", "Awami League")],
         [("Supreme Court", "reject petition", "Awami League")]),
        ("Mali's junta turned down a request from France to keep troops at bases in Gao.",
         [("France", "request", "Mali's junta"), ("Mali's junta", "turn down", "France")],
         [("Mali's junta", "turn down request", "France")]),
        ("The union rejected an offer by Codelco that would have raised wages at the mine "
         "in Rancagua.",
         [("Codelco", "offer", "union"), ("union", "reject", "Codelco")],
         [("union", "reject offer", "Codelco")]),
        ("Hamas rejected a proposal by Egypt to send troops to Gaza.",
         [("Egypt", "proposal", "Hamas"), ("Hamas", "reject", "Egypt")],
         [("Hamas", "reject proposal", "Egypt")]),
    ],
    "guard: the noun's own phrase names whom it is for": [
        ("Hollis Mining rejected a bid from Globex for Initech.",
         [("Hollis Mining", "reject bid for", "Initech")],
         [("Globex", "bid", "Hollis Mining")]),
    ],
    "guard: no clause, as before": [
        ("The Supreme Court rejected a petition by the Awami League.",
         [("Awami League", "petition", "Supreme Court"),
          ("Supreme Court", "reject", "Awami League")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(PROPOSED_WITH_CLAUSE))
def test_a_proposal_with_a_clause_is_told_the_right_way_round(extractor, sentence, present,
                                                              absent):
    check_labels(extractor, sentence, present, absent)
