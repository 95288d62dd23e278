"""A country's security agency stands for the country (or for its own name when the NER
names it), as its forces do (:func:`extract.actors._state_agency`): a noun phrase whose
agent-dictionary sector is a security one (``state_sectors``: intelligence, police) is a
state institution, so "Russia's security service", "Pakistan's spy agency" and "the Iranian
intelligence service" are the country's acts, no longer dropped as unnamed sides. Other
agencies are not: "Reuters news agency", a bare "service"."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_TABLE = {
    "security agency of a country": [
        ("Russia's security service detained Pierre Dupont in Moscow on Friday.",
         [("Russia", "detain", "Pierre Dupont", False, False)], []),
        ("Pakistan's spy agency arrested two journalists of Dawn in Lahore on Monday.",
         [("Pakistan", "arrest", "journalists of Dawn", False, False)], []),
        ("The Iranian intelligence service arrested a Swedish citizen in Tehran.",
         [("Iran", "arrest", "Swedish citizen", False, False)], []),
        ("Ukraine's SBU security service struck the Afipsky oil refinery on Wednesday.",
         [("SBU", "strike", "Afipsky oil refinery", False, False)], []),
        # guards: no security agency, so no country; the agency's own name stays
        ("Reuters news agency interviewed President Ruto in Nairobi.",
         [], [("Kenya", "President Ruto")]),
        ("The Israeli security agency Shin Bet arrested two Hamas members in Hebron.",
         [("Shin Bet", "arrest", "Hamas", False, False)], [("Israel", "Hamas")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_a_countrys_security_agency_acts_for_it(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
