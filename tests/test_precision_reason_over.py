"""Why someone was judged is no part of who was judged (session 22).

"EU fines two car parts makers over lighting cartel" gave the object "car parts makers
over lighting cartel" (judged *partly* by both annotators of audit sheet 13, a
tune-half wire row: the reason phrase swallowed into the participant). After the
object of a verb of judging (``[judging_verbs]``: fine, sue, sanction, arrest, ...)
an "over" phrase says why, so the label does not keep it; elsewhere "over" still
says which ("talks over the islands", "sovereignty over Taiwan"). A headline's
present "fines" is the verb "fine" (the lemmatizer offered "fin").
"""

from __future__ import annotations

import pytest

from tests.constructions import check_precision

CASES = {
    "an 'over' reason after a judged object is no part of its label": [
        ("Brussels fines four banks over bond cartel",
         [("Brussels", "fine", "banks", False)],
         [("Brussels", "fine", "banks over bond cartel"),
          ("Brussels", "fin", "banks over bond cartel")]),
        ("Britain sanctions five officials over election fraud",
         [("United Kingdom", "sanction", "officials", False)],
         [("United Kingdom", "sanction", "officials over election fraud")]),
        ("Police arrest four activists over airport protest",
         [("police", "arrest", "activists", False)],
         [("police", "arrest", "activists over airport protest")]),
        # "over" on the verb already
        ("Ohio sues three drugmakers over opioid marketing",
         [("Ohio", "sue", "drugmakers", False)],
         [("Ohio", "sue", "drugmakers over opioid marketing")]),
    ],
    "guards: elsewhere 'over' says which": [
        ("China and Japan held talks over the disputed islands.",
         [("China", "hold", "talks over disputed islands", False)], []),
        ("Beijing claims sovereignty over the islands.",
         [("Beijing", "claim", "sovereignty over islands", False)], []),
    ],
}


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         [case for cases in CASES.values() for case in cases],
                         ids=[f"{name}-{i}" for name, cases in CASES.items()
                              for i in range(len(cases))])
def test_reason_over(extractor, text, wanted, unwanted):
    check_precision(extractor, text, wanted, unwanted)
