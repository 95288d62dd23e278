"""One-sentence forms that still failed (session 40).

* "the military government", "the transitional government", "the revolutionary regime"
  of no country named before are kept as a concept, as "the military" is
  (:func:`~extract.actors._ruling_body`): a word of rule says which rule is meant, where a
  bare "the government" with no antecedent and no country of the article is dropped;
* an -ing adjunct the parser hung on a marked clause that follows the main verb ("moved
  in once the plane landed, arresting X") goes with the main clause when the marked
  clause's subject names no one and the main clause's does
  (:func:`~extract.rules.base._subordinate_host`); a named subject of the marked clause
  keeps it ("began when Russia invaded Georgia, killing ...").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_RULING_BODIES = {
    "a state body a word of rule qualifies, with no antecedent": [
        ("Radio Dabanga was banned by the military government last week.",
         [("military government", "ban", "Radio Dabanga", False, False)], []),
        ("The transitional government expelled Oxfam on Friday.",
         [("transitional government", "expel", "Oxfam", False, False)], []),
        ("The revolutionary regime seized the assets of Total Energies.",
         [("revolutionary regime", "seize asset", "Total Energies", False, False)], []),
        # guards: a bare "the government" (no antecedent, no dateline) and a local
        # government stay dropped
        ("Reuters was banned by the government last week.", [],
         [("government", "Reuters")]),
        ("The local government sued Uber on Monday.", [], [("local government", "Uber")]),
    ],
}

_SUBORDINATE_HOSTS = {
    "an -ing adjunct hung on a marked clause whose subject names no one": [
        ("Israeli troops waited until the convoy stopped, seizing its cargo and arresting "
         "Khaled Mansour.",
         [("Israel", "seize", "cargo", False, False),
          ("Israel", "arrest", "Khaled Mansour", False, False)], [("convoy", "cargo")]),
        ("Egyptian police raided the camp once the storm passed, killing three militants.",
         [("Egypt", "kill", "militants", False, False)], [("storm", "militants")]),
        ("Kenyan troops struck once the rains stopped, capturing Ali Dheere near the border.",
         [("Kenya", "capture", "Ali Dheere", False, False)], [("rains", "Ali Dheere")]),
        # guards: the marked clause's named subject keeps the adjunct
        ("The crisis began when Russia invaded Georgia, killing hundreds of civilians.",
         [("Russia", "kill", "civilians", False, False)], []),
        ("French police moved swiftly once Hezbollah withdrew, arresting Pavel Durov.",
         [("Hezbollah", "arrest", "Pavel Durov", False, False)], [("France", "Pavel Durov")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_RULING_BODIES))
def test_a_ruling_state_body_is_kept(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SUBORDINATE_HOSTS))
def test_an_adjunct_after_a_marked_clause_goes_with_the_main_clause(extractor, sentence,
                                                                   present, absent):
    check_construction(extractor, sentence, present, absent)
