"""A country named only in the other participant is not the unnamed body's own (session 43).

A bare state body ("the foreign ministry", "the government", "the defence ministry") with no
dateline takes the one country its lead names (extract/homeland.py). A country the lead names
only as what is acted on, or as the nationality of it, is no evidence of whose the body is
("The foreign ministry summoned the *Russian* ambassador": an envoy is a foreign state's to
the host, so not "Russia summon Russian ambassador"); nor is the sending state of a post
abroad (``[posted_abroad_heads]``: ambassador, embassy, diplomats, ...) named in an earlier
sentence the state "the government" refers back to ("Two *French* diplomats were expelled.
The government accused them ...": :func:`~extract.coref.posted_abroad`). With no other
evidence the body stays unresolved. GeoNames' "The Netherlands" is the dictionaries'
"Netherlands", so "AMSTERDAM" and "ROTTERDAM" datelines give a country.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.homeland import dateline_country, home_country

from actorgraph.records import Dateline
from tests.constructions import cases, check_construction

OTHER_SIDE = {
    "the nationality of a post abroad the body acts on": [
        ("The foreign ministry summoned the Russian ambassador on Tuesday over the drone "
         "incursion.", [], [("Russia", "Russian ambassador")]),
        ("The foreign ministry summoned the Iranian envoy to protest against the missile test.",
         [], [("Iran", "Iranian envoy")]),
        ("The government expelled two French diplomats after a row over spying.",
         [], [("France", "French diplomats")]),
        ("The foreign ministry handed a protest note to the Chinese embassy on Friday.",
         [], [("China", "Chinese embassy")]),
    ],
    "a foreign target the body acts on": [
        ("The defence ministry condemned the Turkish incursion into its airspace.",
         [], [("Turkey", "Turkish incursion")]),
        ("The administration imposed new tariffs on Japanese electronics.",
         [], [("Japan", "Japanese electronics")]),
        ("The interior ministry banned imports of Ukrainian grain.",
         [], [("Ukraine", "imports")]),
    ],
    "a post abroad named in an earlier sentence": [
        ("The Russian ambassador was summoned on Monday. The foreign ministry said it had "
         "protested against the attack.", [], [("Russia", "attack")]),
        ("Two French diplomats were expelled on Monday. The government accused them of "
         "spying.", [], [("France", "French diplomats")]),
        ("The Iranian embassy criticised the new visa rules on Monday. The government "
         "rejected the criticism as interference.", [], [("Iran", "criticism")]),
    ],
    "guards: the body's own country named or filed from": [
        ("Russian police detained dozens of protesters in Moscow on Saturday.",
         [("Russia", "detain", "protesters", False, False)], []),
        ("MOSCOW, March 3 (Reuters) - The foreign ministry summoned the British ambassador "
         "on Tuesday.",
         [("Russia", "summon", "British ambassador", False, False)], []),
        ("Kenyan police fired tear gas at protesters in Nairobi.",
         [("Kenya", "fire at", "protesters", False, False)], []),
        ("Japan said on Monday it would cut tariffs. The government also summoned the "
         "Chinese ambassador.",
         [("Japan", "summon", "Chinese ambassador", False, False)], []),
        ("TOKYO, March 3 - The government urged Japanese companies to raise wages.",
         [], [("Japan", "Japan")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(OTHER_SIDE))
def test_the_other_side_s_country_is_not_the_body_s(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


def test_a_country_only_acted_on_in_the_lead_is_not_the_article_s():
    # "The foreign ministry summoned the Russian ambassador": no one's
    assert home_country(None, lead={"Russia"}, acted_on={"Russia"}) is None
    # named otherwise too ("Russian police ... the Russian ambassador"): still Russia
    assert home_country(None, lead={"Russia"}, acting={"Russia"}) == "Russia"
    # a dateline still decides: "TOKYO - The United States urged Japan ..."
    assert home_country(Dateline(place="Tokyo"), lead={"United States", "Japan"},
                        acting={"United States"}, acted_on={"Japan"}) == "Japan"
    # nor does it make another country the article's
    assert home_country(None, lead={"Iran", "Iraq"}, acted_on={"Iraq"}) is None


@pytest.mark.parametrize("place", ["Amsterdam", "Rotterdam", "The Hague"])
def test_a_dutch_dateline_is_the_netherlands(place):
    assert dateline_country(Dateline(place=place)) == "Netherlands"
