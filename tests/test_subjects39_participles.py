"""An -ing adjunct after a comma that follows an active reduced relative on a thing ("a
convoy carrying aid to Darfur") is the clause's act, not the thing's (session 39,
:func:`extract.rules.base.adjunct_subjects`): "Rebels ambushed a convoy carrying food aid
to Darfur, killing four drivers" gave no killing (the convoy, a thing, was taken as its
subject); as a passive relative's agent ("a depot owned by Acme, releasing gas") and a
thing's relative clause ("a building which housed X, killing Y") already were. A
relative on people is left as it was: who does the adjunct the parse does not say."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_TABLE = {
    "adjunct after an active reduced relative on a thing": [
        ("Rebels ambushed a convoy carrying food aid to Darfur, killing four drivers.",
         [("rebels", "kill", "drivers", False, False)], [("convoy", "drivers")]),
        ("Houthi forces fired a missile at a ship carrying grain to Egypt, wounding two "
         "sailors.", [("Houthi forces", "wound", "sailors", False, False)], []),
        ("Militants ambushed a truck carrying supplies to the army base, killing three "
         "soldiers.", [("militants", "kill", "soldiers", False, False)], [("truck", "soldiers")]),
        # guards: a named subject was found before; a passive relative's agent does nothing
        ("Israeli jets hit a truck transporting weapons to Hezbollah, killing two men.",
         [("Israel", "kill", "men", False, False)], [("truck", "men")]),
        ("Police evacuated residents after a fire broke out at a depot owned by Acme, "
         "releasing toxic gas.", [], [("Acme", "toxic gas")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_an_adjunct_after_a_things_relative_is_the_clauses(extractor, sentence, present,
                                                           absent):
    check_construction(extractor, sentence, present, absent)
