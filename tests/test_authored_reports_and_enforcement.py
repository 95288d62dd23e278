"""Two limits of "an alleging source makes what it reports hedged"
(:func:`extract.context.modality`):

* a report by a named author is that author's statement, stated like its reported speech
  (:func:`extract.context.authored_report`): "according to a report by the security firm
  ESET", "according to Microsoft's report"; a bare "according to reports" stays hedged;
* what the police and investigators did that prosecutors report is the justice system's
  own act, done: "tax police raided the offices, prosecutors said" (since session 51 a
  crime prosecutors report is stated too: prosecutors are attribution, not an alleging
  source, tests/test_policy51_attribution.py).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_TABLE = {
    "authored report": [
        ("The Sandworm group infiltrated Aqua Gdansk in March, according to a report by "
         "cybersecurity firm ESET.", [("Sandworm", "infiltrate", "Aqua Gdansk", False, False)],
         []),
        ("Russian hackers breached the servers of Baltic Power last year, according to "
         "Microsoft's annual report.",
         [("Russian hackers", "breach", "servers of Baltic Power", False, False)], []),
        ("Sudanese troops shelled Kadugli for three days, according to a study by the Yale "
         "Humanitarian Research Lab.", [("Sudan", "shell", "Kadugli", False, False)],
         []),
        # guards: an unconfirmed report, and an allegation by a named body
        ("Sudanese troops shelled Kadugli for three days, according to reports.",
         [("Sudan", "shell", "Kadugli", False, True)], []),
        ("The Sandworm group infiltrated Aqua Gdansk in March, according to an allegation by "
         "Poland.", [("Sandworm", "infiltrate", "Aqua Gdansk", False, True)], []),
    ],
    "enforcement reported by prosecutors": [
        ("Italy's Guardia di Finanza raided the Milan offices of Vittoria Ferri on Tuesday, "
         "prosecutors said.", [("Guardia di Finanza", "raid", "Vittoria Ferri", False, False)],
         []),
        ("Investigators raided the headquarters of Helios Bank in Athens, according to "
         "prosecutors.", [("investigators", "raid", "Helios Bank", False, False)], []),
        ("Police searched the home of Senator Mark Doyle on Monday, prosecutors said.",
         [("police", "search home", "Mark Doyle", False, False)], []),
        # a crime that prosecutors report is attributed, stated since session 51
        # (tests/test_policy51_attribution.py)
        ("Gunmen killed the mayor of Tacambaro on Sunday, prosecutors said.",
         [("gunmen", "kill", "mayor of Tacambaro", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_authored_reports_and_reported_enforcement(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
