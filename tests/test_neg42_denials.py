"""Negation around verbs of ruling out and denying (session 42).

- A gerund right after "ruled out" that the parser hung on it as an adjunct clause is its
  complement (``hygiene._gerund_complement_read_as_adjunct``): "Chile ruled out
  extraditing Fujimori" is a refusal and a negated extradition, not an extradition done
  along the way. Guards: a gerund complement of a verb that does not negate it stays
  plain ("continued shelling X"); a ruling out that is itself negated leaves the act
  open (hedged).
- A verb of denial that is itself negated leaves its clause open
  (``context.left_open``): "Iran did not deny arming the Houthis", "Hungary did not deny
  that its troops attacked Serbia" neither state nor deny the arming or the attack: they
  are hedged, as "did not deny responsibility for the abduction" and "did not deny plans
  to strike X" already were. Guards: a plain denial negates its clause; "did not deny
  wrongdoing" is a negated denial (its object is no act); "denied visas to X" is an act
  of denying, not negated.
- A bare verb coordinated after a verb with "do" shares its subject
  (``base.do_supported`` in ``same_form``), and so its "not" under "or": "Russia did not
  attack or threaten Ukraine" gave nothing, now a negated threat. Guards: a verb in a
  tense of its own after "but" or "and" is stated ("did not attack X but threatened Y").
- A "to" infinitive after a "for" phrase of time ("failed for the third time to elect X",
  "refused for a second day to open X") is the verb's complement, not a relative clause
  of "time" or "day" (``hygiene._complement_after_span_of_time``), and a count of times
  names no subject of it (``base.for_subject``). Guards: an agreement stays an agreement
  (not negated), and a "for" noun that does name the infinitive's subject keeps it.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

RULED_OUT = {
    "a gerund after 'ruled out' is what is not done": [
        ("Chile ruled out extraditing Fujimori.",
         [("Chile", "extradite", "Fujimori", True, False),
          ("Chile", "rule out to extradite", "Fujimori", False, False)], []),
        ("Germany ruled out sending tanks to Ukraine.",
         [("Germany", "send to", "Ukraine", True, False)], []),
        ("Egypt ruled out attacking Ethiopia.",
         [("Egypt", "attack", "Ethiopia", True, False)], []),
    ],
    "guards: a gerund of carrying on, a negated ruling out": [
        ("Israel continued shelling Gaza.",
         [("Israel", "shell", "Gaza", False, False)], []),
        ("Russia resumed bombing Kharkiv.",
         [("Russia", "bomb", "Kharkiv", False, False)], []),
        ("Egypt did not rule out attacking Ethiopia.",
         [("Egypt", "attack", "Ethiopia", False, True)], []),
    ],
}

UNDENIED = {
    "what a negated denial is about is left open (hedged)": [
        ("Iran did not deny arming the Houthis.",
         [("Iran", "arm", "Houthis", False, True)], []),
        ("Israel has not denied striking the consulate.",
         [("Israel", "strike", "consulate", False, True)], []),
        ("Hungary did not deny that its troops attacked Serbia.",
         [("Hungary", "attack", "Serbia", False, True)], []),
        ("Ecuador did not deny that Peru had supplied weapons to the rebels.",
         [("Peru", "supply", "rebels", False, True)], []),
    ],
    "guards: a plain denial, a negated denial of a thing, an act of denying": [
        ("Iran denied arming the Houthis.",
         [("Iran", "arm", "Houthis", True, False)], []),
        ("Moscow denied that its jets bombed Aleppo.",
         [("Moscow", "bomb", "Aleppo", True, False)], []),
        ("Robert Wexler did not deny wrongdoing.",
         [("Robert Wexler", "deny", "wrongdoing", True, False)], []),
        ("Serbia denied visas to Kosovo officials.",
         [("Serbia", "deny to", "Kosovo", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(RULED_OUT))
def test_ruled_out_gerund(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(UNDENIED))
def test_negated_denial_left_open(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


DO_SHARED = {
    "a bare conjunct shares 'did not'": [
        ("Russia did not attack or threaten Ukraine.",
         [("Russia", "threaten", "Ukraine", True, False)], []),
        ("Russia did not bomb or shell Ukraine.",
         [("Russia", "shell", "Ukraine", True, False)], []),
        ("Hamas did not kidnap or kill the Israeli hostages.",
         [("Hamas", "kill", "Israeli hostages", True, False)], []),
    ],
    "guards: a conjunct in a tense of its own is stated": [
        ("Ukraine did not attack Russia but threatened Belarus.",
         [("Ukraine", "attack", "Russia", True, False),
          ("Ukraine", "threaten", "Belarus", False, False)], []),
        ("Russia did not attack Kyiv and focused on Donbas.",
         [("Russia", "attack", "Kyiv", True, False),
          ("Russia", "focus on", "Donbas", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(DO_SHARED))
def test_bare_conjunct_shares_do(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


SPAN_OF_TIME = {
    "an infinitive after 'for the Nth time' is the verb's complement": [
        ("The Assembly of Kosovo failed for the third time to elect Basha.",
         [("Assembly of Kosovo", "elect", "Basha", True, False)], []),
        ("The Senate failed for the fifth time to confirm Elena Ruiz.",
         [("Senate", "confirm", "Elena Ruiz", True, False)], []),
        ("Egypt refused for the third time to open the Rafah crossing.",
         [("Egypt", "open", "Rafah", True, False)], []),
        ("Chile refused for a second day to extradite Fujimori.",
         [("Chile", "extradite", "Fujimori", True, False)], []),
    ],
    "guards: an agreement, a 'for' noun that is the subject": [
        ("Hamas agreed for the first time to free Israeli hostages.",
         [("Hamas", "agree to free", "Israeli hostages", False, False)],
         []),
        ("NASA pays for Russian rockets to carry its crews.",
         [("Russia", "carry", "National Aeronautics and Space Administration's crews",
           False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SPAN_OF_TIME))
def test_complement_after_span_of_time(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
