"""A tie the parties went without (session 43).

Conjoined subjects whose clause goes "without" a reciprocal event
(:data:`~extract.lexicon.RECIPROCAL_NOUNS` of a tie or agreement class) did not come to
it with each other (:func:`~extract.rules.verbal.joint_triples`):

* a gerund under "without" takes the subjects of the verb it hangs on
  (:func:`~extract.rules.verbal._without_gerund`): "Lavrov and Fidan concluded their
  talks without reaching agreement" -> each —agree→ the other, negated, as "failed to
  reach agreement" already was;
* the noun itself after "without" (:func:`~extract.rules.verbal._lacked_ties`): "Israel
  and Hamas ended talks in Cairo without an agreement" -> each —agree→ the other, negated;
  so for the named sides of talks that are the subject
  (:func:`~extract.rules.verbal._talks_sides`): "talks between Kinshasa and the M23 ended
  without a ceasefire agreement".

Guards: a negated clause says they have one ("never end talks without an agreement"); a
verb that is itself the tie ("signed the accord without a peace treaty") keeps its own
stated reading; the talks they held stay stated.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

LACKED_TIES = {
    "a gerund under 'without' takes the clause's conjoined subjects": [
        ("Sergei Lavrov and Hakan Fidan concluded their talks in Ankara without reaching "
         "agreement.",
         [("Sergei Lavrov", "agree", "Hakan Fidan", True, False),
          ("Hakan Fidan", "agree", "Sergei Lavrov", True, False),
          ("Sergei Lavrov", "talk", "Hakan Fidan", False, False)], []),
        ("Russia and Ukraine ended talks in Istanbul without reaching a ceasefire.",
         [("Russia", "ceasefire", "Ukraine", True, False),
          ("Ukraine", "ceasefire", "Russia", True, False)], []),
        ("Ethiopia and Egypt wrapped up three days of talks on the dam without reaching "
         "an agreement.",
         [("Ethiopia", "agree", "Egypt", True, False),
          ("Egypt", "agree", "Ethiopia", True, False)], []),
    ],
    "the reciprocal noun after 'without'": [
        ("Israel and Hamas ended talks in Cairo without an agreement.",
         [("Israel", "agree", "Hamas", True, False),
          ("Hamas", "agree", "Israel", True, False)], []),
        ("Serbia and Kosovo left Brussels without an agreement on licence plates.",
         [("Serbia", "agree", "Kosovo", True, False),
          ("Kosovo", "agree", "Serbia", True, False)], []),
    ],
    "talks between named sides that end without one": [
        ("Talks in Doha between Kinshasa and the M23 rebels ended without a ceasefire "
         "agreement.",
         [("Kinshasa", "agree", "M23", True, False),
          ("M23", "agree", "Kinshasa", True, False)], []),
        ("Negotiations between Ethiopia and Egypt collapsed without an agreement on the "
         "dam.",
         [("Ethiopia", "agree", "Egypt", True, False),
          ("Egypt", "agree", "Ethiopia", True, False)], []),
    ],
    "guards: a tie that is the verb, stated agreement, talks ended with one": [
        ("Armenia and Azerbaijan signed the accord without a peace treaty.",
         [("Armenia", "accord", "Azerbaijan", False, False),
          ("Azerbaijan", "accord", "Armenia", False, False)], []),
        ("Talks between Israel and Hamas ended with an agreement on hostages.",
         [("Israel", "talk", "Hamas", False, False),
          ("Hamas", "talk", "Israel", False, False)], []),
        ("George Shultz and Eduard Shevardnadze reached agreement on missiles.",
         [("George Shultz", "agree", "Eduard Shevardnadze", False, False),
          ("Eduard Shevardnadze", "agree", "George Shultz", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(LACKED_TIES))
def test_lacked_reciprocal_tie(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Israel and Hamas never end talks without an agreement.",
    "Talks between Israel and Hamas did not end without an agreement.",
    "Talks between Israel and Hamas ended with an agreement on hostages.",
])
def test_no_lacked_tie(extractor, sentence):
    """A negated clause ("never ... without", "did not end without") or "with" an
    agreement: no negated agreement between them."""
    from actorgraph.records import Article

    (result,) = extractor.extract([Article("t", sentence)])
    assert not any(t.relation.lemma == "agree" and t.negated for t in result.triples)
