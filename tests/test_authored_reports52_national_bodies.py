"""A report whose author is a country's body named by its people's adjective is that body's
statement, stated like a report by a named author (:func:`extract.context.authored_report`,
:func:`extract.context._national_body`): "according to a report released by Polish
counterintelligence" (as "by Poland's counterintelligence"), "according to a Swiss
intelligence report". The press stays unnamed: "according to a Kurdish media report", "a
report by local media", "according to reports" keep their hedge (and "a New York Times
report said ..." too, tests/test_flags_model.py).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_TABLE = {
    "report by a national body": [
        ("Belarusian agents recruited a Lithuanian customs officer in Vilnius, according to a "
         "report released by Lithuanian counterintelligence on Thursday.",
         [("Belarus", "recruit", "Lithuanian customs officer", False, False)], []),
        ("Iranian drones struck an oil depot near Erbil last month, according to a Dutch "
         "intelligence report published on Friday.",
         [("Iran", "strike", "oil depot near Erbil", False, False)], []),
        ("North Korean hackers breached the servers of a Seoul shipyard, according to a "
         "report by South Korean intelligence.",
         [("North Korean hackers", "breach", "servers of Seoul shipyard", False, False)], []),
        ("Sudanese troops shelled Kadugli for three days, according to a study by Norwegian "
         "researchers.", [("Sudan", "shell", "Kadugli", False, False)], []),
        # guards: the press and unnamed reports stay unconfirmed
        ("Turkish drones struck a convoy near Kobani, according to a Kurdish media report.",
         [("Turkey", "strike", "convoy", False, True)], []),
        ("Militants attacked a checkpoint near Gao, according to a report by local media.",
         [("militants", "attack", "checkpoint", False, True)], []),
        ("Turkish drones struck a convoy near Kobani, according to a report by Kurdish media.",
         [("Turkey", "strike", "convoy", False, True)], []),
        ("Sudanese troops shelled Kadugli for three days, according to reports.",
         [("Sudan", "shell", "Kadugli", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_reports_by_national_bodies(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
