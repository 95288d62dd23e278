"""Negation by an improbable predicate adjective (session 46).

A predicate adjective of :data:`~extract.lexicon.IMPROBABLE_ADJECTIVES` ("unlikely",
"improbable") expects what it governs not to happen: its infinitive ("the Bank of Japan
is unlikely to raise rates", :func:`~extract.rules.complements._complement_triples`, as
"unable to" is read) or its "that" clause ("it is unlikely that Hungary will veto X",
:func:`~extract.context._improbable`) is a negated act, hedged as "will not" and "is not
expected to" are. The relation is the act itself, not "unlikely to raise" (which, negated,
would deny it twice). Guards: "likely to" stays a hedged "likely to attack", "not
unlikely" leaves the act only possible (hedged, not negated), "unable to" and a plain
statement are unchanged.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

IMPROBABLE = {
    "'X is unlikely to V Y': a negated, hedged act": [
        ("Analysts say the Bank of Japan is unlikely to raise interest rates before April.",
         [("Bank of Japan", "raise", "interest rates", True, True)], []),
        ("Western diplomats said Turkey was unlikely to approve Sweden's bid to join NATO "
         "this year.",
         [("Turkey", "approve", "Sweden's bid to join NATO", True, True)], []),
        ("Beijing is unlikely to recognise the new government in Taipei, officials said.",
         [("Beijing", "recognise", "government", True, True)], []),
    ],
    "'it is unlikely that X will V Y': a negated, hedged act": [
        ("It is unlikely that Hungary will veto the sanctions package against Russia.",
         [("Hungary", "veto sanction", "Russia", True, True)], []),
        ("Diplomats said it was unlikely that Egypt would open the Rafah crossing to "
         "refugees.",
         [("Egypt", "open", "Rafah", True, True)], []),
        ("It seems improbable that the junta will release Aung San Suu Kyi this year.",
         [("junta", "release", "Aung San Suu Kyi", True, True)], []),
    ],
    "guard: 'not unlikely' leaves the act possible": [
        ("It is not unlikely that Iran will strike Israel again, an adviser said.",
         [("Iran", "strike", "Israel", False, True)], []),
        ("Analysts say Turkey is not unlikely to approve Sweden's bid.",
         [("Turkey", "approve", "Sweden's bid", False, True)], []),
    ],
    "guard: 'likely', 'unable' and a plain statement unchanged": [
        ("Russia is likely to attack Finland, analysts said.",
         [("Russia", "likely to attack", "Finland", False, True)], []),
        ("It is likely that Hungary will veto the sanctions package against Russia.",
         [("Hungary", "veto sanction", "Russia", False, True)], []),
        ("Hungary is unable to veto the sanctions package against Russia.",
         [("Hungary", "veto sanction", "Russia", True, False)], []),
        ("Hungary vetoed the sanctions package against Russia.",
         [("Hungary", "veto sanction", "Russia", False, False)], []),
        ("Turkey approved Sweden's bid to join NATO.",
         [("Turkey", "approve", "Sweden's bid to join NATO", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(IMPROBABLE))
def test_improbable_adjective(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
