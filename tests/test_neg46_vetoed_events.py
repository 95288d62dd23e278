"""A vetoed event noun did not happen (session 46).

The object of a verb of :data:`~extract.lexicon.VETOING_VERBS` ("veto", "vote down"), or
the events of an :data:`~extract.lexicon.EVENT_CONTAINERS` noun it takes ("vetoed the EU's
package of sanctions against Russia"), was kept from being adopted: the relation the
noun names is negated (:func:`~extract.context._vetoed`); "Hungary vetoed EU sanctions
against Russia" gave a stated "EU —sanction→ Russia". The veto itself happened (its
``reaction`` and ``svo`` readings are unchanged). Guards: a veto negated ("did not veto"),
to come ("will veto ... unless"), threatened or only possible leaves the event as the rest
of the sentence has it; "blocked the EU's aid" is not a veto (a court can block what is in
force); a plain sanction stays.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

VETOED = {
    "a vetoed event noun is negated": [
        ("Hungary vetoed EU sanctions against Russia.",
         [("European Union", "sanction", "Russia", True, False)], []),
        ("China vetoed new UN sanctions on North Korea at the Security Council.",
         [("United Nations", "sanction", "North Korea", True, False)], []),
        ("Hungary vetoed the European Union's latest package of sanctions against Russia "
         "on Monday.",
         [("European Union", "sanction", "Russia", True, False)], []),
        ("The United States vetoed a ceasefire between Israel and Hamas at the Security "
         "Council.",
         [("Israel", "ceasefire", "Hamas", True, False),
          ("Hamas", "ceasefire", "Israel", True, False),
          ("United States", "veto ceasefire", "Israel", False, False)], []),
    ],
    "guard: a veto negated, threatened or possible": [
        ("Hungary did not veto the EU sanctions against Russia.",
         [("European Union", "sanction", "Russia", False, False)], []),
        ("Hungary threatened to veto the EU sanctions against Russia.",
         [("European Union", "sanction", "Russia", False, True)], []),
        ("Orban said Hungary will veto the EU's new package of sanctions against Russia "
         "unless Brussels releases frozen funds.",
         [("European Union", "sanction", "Russia", False, True)], []),
        ("Hungary would veto any EU sanctions against Russia.",
         [("European Union", "sanction", "Russia", False, True)], []),
        # a vetoed plan stays a plan (test_flags39)
        ("China vetoed the proposed UN sanctions on North Korea.",
         [("United Nations", "sanction", "North Korea", False, True)], []),
    ],
    "guard: no veto": [
        ("Slovakia blocked the EU's military aid to Ukraine.",
         [("European Union", "aid", "Ukraine", False, False)], []),
        ("The EU imposed sanctions on Russia.",
         [("European Union", "impose sanction", "Russia", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(VETOED))
def test_vetoed_event(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
