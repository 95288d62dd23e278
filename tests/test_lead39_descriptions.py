"""Two readings of a description by who it belongs to.

"The country" an object is told to leave is the teller's, not the leaver's: in "Britain
ordered five Iranian diplomats to leave the country" the diplomats (an object-control
verb's object, or the nationality that names them) do the leaving, so the country is not
theirs (:meth:`extract.coref.ActorResolver._doer`); a subject-control verb keeps its
subject as the doer ("Russia says Ukraine plans to attack the country": not Ukraine).

The divided Germany's nationalities, "West German" and "East German", name their
countries (``extract/data/demonyms.tsv``): "West German Chancellor Helmut Kohl" leads West
Germany, not a concept "West German"."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_SENTENCES = {
    "the country a told-to-leave object leaves is the teller's": [
        ("Britain ordered five Iranian diplomats to leave the country within seven days, the "
         "Foreign Office said.",
         [("Iranian diplomats", "leave", "United Kingdom", False, True),
          ("United Kingdom", "order", "Iranian diplomats", False, False)],
         [("Iranian diplomats", "Iran")]),
        ("France ordered two Russian journalists to leave the country after they were accused "
         "of spying.",
         [("Russian journalists", "leave", "France", False, True),
          ("France", "order", "Russian journalists", False, False)],
         [("Russian journalists", "Russia")]),
        ("Kenya told three Chinese engineers to leave the country within 48 hours.",
         [("Chinese engineers", "leave", "Kenya", False, True),
          ("Kenya", "tell", "Chinese engineers", False, False)],
         [("Chinese engineers", "China")]),
        ("Ecuador told the Mexican ambassador to leave the country after police raided the "
         "embassy.",
         [("Mexican ambassador", "leave", "Ecuador", False, True),
          ("Ecuador", "tell", "Mexican ambassador", False, False)],
         [("Mexican ambassador", "Mexico")]),
        # guards: one told to go home goes to its own country
        ("Turkey urged Syrian refugees to return to the country after the war ended.",
         [("Syrian refugees", "return to", "Syria", False, True)],
         [("Syrian refugees", "Turkey")]),
        ("Germany told Afghan migrants to return to the country voluntarily.",
         [("Afghan migrants", "return to", "Afghanistan", False, True)],
         [("Afghan migrants", "Germany")]),
        # a subject-control verb's subject does the act, so the country is another
        ("Russia says Ukraine plans to attack the country.",
         [("Ukraine", "plan to attack", "Russia", False, True)], []),
        # guard: one who promises does the act, and an object of the orderer's own acts
        # for it
        ("Russia promised Ukraine to withdraw from the country.",
         [("Russia", "withdraw from", "Ukraine", False, True)], []),
        ("Britain ordered its troops to invade the country.",
         [], [("United Kingdom's troops", "United Kingdom")]),
    ],
    "a West or East German title is of West or East Germany": [
        ("West German Agriculture Minister Ignaz Kiechle told reporters Bonn could not accept "
         "the measures.",
         [("Ignaz Kiechle", "member of", "West Germany", False, False)], []),
        ("West German Chancellor Helmut Kohl met French President Francois Mitterrand in "
         "Paris.",
         [("Helmut Kohl", "leader of", "West Germany", False, False)], []),
        ("East German leader Erich Honecker arrived in Bonn on Monday for his first official "
         "visit.",
         [("Erich Honecker", "leader of", "East Germany", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_descriptions_by_owner_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
