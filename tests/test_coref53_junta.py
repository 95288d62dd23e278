""""The junta" is a country's rulers, as "the regime" is (session 50, desc53).

A junta is a state's military rulers (CAMEO's agents dictionary codes "junta" ~GOV). The
word is now one of the ruling heads, the country heads and the state bodies
(``extract/data/words.txt``), as "regime" is: bare and definite it points back to the one
country named in the window of descriptions, so "The junta accuses France ..." is the
country, not a dropped concept.

Guards: two countries named before (which one is not said), and countries named only as
the ones who condemn a coup elsewhere do not become the junta.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

#: (sentence, present (subject, relation lemma, object, negated, hedged), absent pairs)
_SENTENCES = {
    "the junta is the one country named before": [
        ("Thailand's army seized power on Thursday and detained the prime minister. The "
         "junta banned political gatherings.",
         [("Thailand", "ban", "political gatherings", False, False)], []),
        ("Mali's military rulers expelled the Danish ambassador on Monday. The junta accused "
         "Denmark of backing separatist rebels in the north.",
         [("Mali", "accuse", "Denmark", False, False)], [("Denmark", "Denmark")]),
        ("Sudan's army chief dissolved the cabinet on Monday. The junta will appoint a "
         "civilian prime minister within weeks.",
         [("Sudan", "appoint", "civilian prime minister", False, True)], []),
    ],
    "guard: two countries named, or countries that condemn a coup elsewhere": [
        ("Burkina Faso and Mali signed a defence pact on Monday. The junta will recruit more "
         "soldiers.", [],
         [("Burkina Faso", "more soldiers"), ("Mali", "more soldiers")]),
        ("Germany and Italy condemned the coup in Niger on Friday. The junta said it would "
         "expel their ambassadors.", [],
         [("Germany", "Germany's ambassadors"), ("Italy", "Italy's ambassadors"),
          ("Germany", "ambassadors"), ("Italy", "ambassadors")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
