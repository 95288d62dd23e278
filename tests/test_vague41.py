"""Session 41's unnamed actors that the article itself identifies, on real parses (one batch
for the module):

- a body that acts only inside its own state ("Police", "the police", "prosecutors",
  [home_bodies]) with no nationality, name or place of its own is the article's country
  when no other country is named in the last sentences (actors.home_body,
  ActorResolver._home_police); a second country named, a place or a modifier of its own
  ("police in Lyon", "city police") leave it as written;
- a plural group in a subject owned by a possessive pronoun is its owner's: the name
  listed before it ("Acme Corp and its affiliates"), or the person who reports the clause
  ("Raul Castro said his supporters ..."); a singular "his lawyer" and an unnamed first
  member ("The leaders and their aides") stay bare (ActorResolver._listed_subject_owner);
- a definite description with a "which" or "who" aside set off by a comma still points
  back to the one named before ("The airline, which had also been considering a bid, ...":
  actors._aside_relative); an aside that lists its members ("The group, which includes
  X,") or a clause with no comma ("the airline which bought Dan-Air") says which one;
- a bare "members" acted on by a person whose role is in an organisation named before the
  person's name is that organisation's ("NATO Secretary-General Jens Stoltenberg urged
  members to ...": NATO's members; ActorResolver._role_group_owner); no organisation, or
  members "of" another group, leave it bare.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (text, wanted (subject, relation lemma, object))
_HOME_BODIES = [
    ("SANTIAGO, March 3 - Chilean President Augusto Pinochet faced new protests on Tuesday. "
     "Police detained about 30 anti-government demonstrators near the cathedral.",
     ("Chile", "detain", "anti-government demonstrators")),
    ("NAIROBI, May 4 - Opposition supporters marched through the capital on Monday. The "
     "police arrested the opposition leader Raila Odinga outside his office.",
     ("Kenya", "arrest", "Raila Odinga")),
    ("MANILA, June 9 - A bomb exploded at a market in the southern city of Davao. "
     "Prosecutors charged two men with the bombing.",
     ("Philippines", "charge", "men")),
    # (the miners are the striking miners named before: extract/anaphora.py)
    ("LIMA, July 2 - Striking miners blocked a highway. Policemen fired tear gas at the "
     "miners.", ("Peru", "fire at", "striking miners")),
]
#: guards: (text, wanted triple with the body as written, the country it must not be)
_NOT_HOME = [
    ("LONDON, Feb 2 - France and Germany traded accusations over the border dispute. Police "
     "detained three protesters.", ("police", "detain", "protesters"), "France"),
    ("PARIS, April 1 - Protests spread across the country. Police in Lyon detained 40 "
     "students.", ("police", "detain", "students"), "France"),
    # (a town's police; "Riot police" is a state's own agent phrase since session 49, the
    # dateline country's when no other is named: tests/test_state50_agents.py)
    ("MADRID, March 3 - Spanish Prime Minister Felipe Gonzalez met unions on Tuesday. City "
     "police detained 30 demonstrators near the cathedral.",
     ("city police", "detain", "demonstrators"), "Spain"),
    ("BEIRUT, Jan 24 - Gunmen posing as police kidnapped three American professors. The U.S. "
     "State Department condemned the kidnapping.",
     ("U.S. State Department", "condemn", "kidnapping"), "Lebanon's kidnapping"),
]

#: (text, wanted (subject, relation lemma, object))
_SUBJECT_OWNERS = [
    ("Bolivar Mining Co and its subsidiaries sued the government of Venezuela.",
     ("Bolivar Mining Co's subsidiaries", "sue", "Venezuela")),
    ("Angela Merkel and her ministers met Emmanuel Macron in Paris.",
     ("Angela Merkel's ministers", "meet", "Emmanuel Macron")),
    ("Raul Castro said his supporters had attacked the offices of Radio Marti.",
     ("Raul Castro's supporters", "attack", "Radio Marti")),
    ("Maria Lopez said her lawyers would sue Banco Santander.",
     ("Maria Lopez's lawyers", "sue", "Banco Santander")),
]
#: guards: the subject stays bare
_BARE_SUBJECTS = [
    ("Maria Lopez said her lawyer would sue Banco Santander.", ("lawyer", "sue",
                                                                "Banco Santander")),
    ("The leaders and their aides met Emmanuel Macron in Paris.",
     ("aides", "meet", "Emmanuel Macron")),
]

#: (text, wanted (subject, relation lemma, object))
_ASIDES = [
    ("Lufthansa said it wanted to buy Condor. The airline, which had also been considering "
     "a bid, sued Air Berlin.", ("Lufthansa", "sue", "Air Berlin")),
    ("Siemens AG reported higher profits on Monday. The company, which has cut 4,000 jobs "
     "this year, sued Alstom.", ("Siemens AG", "sue", "Alstom")),
    ("The Kurdistan Workers Party claimed the bombing. The group, which has fought Ankara "
     "since 1984, attacked a Turkish army post.",
     ("Kurdistan Workers' Party", "fight", "Ankara")),
]
#: guards: the description keeps its own words
_NOT_ASIDES = [
    ("Kessel Partners bought 5 pct of Acme. The group, which includes Kessel Partners, "
     "criticized Acme.", ("group", "include", "Kessel Partners")),
    ("Lufthansa said it wanted to buy Condor. The airline which bought Dan-Air sued Air "
     "Europe.", ("airline which bought Dan-Air", "sue", "Air Europe")),
]

#: (text, wanted (subject, relation lemma, object))
_ROLE_GROUPS = [
    ("NATO Secretary-General Jens Stoltenberg urged members to raise defence spending.",
     ("Jens Stoltenberg", "urge", "NATO's members")),
    ("Arab League secretary-general Chedli Klibi called on members to boycott Egypt.",
     ("Arab League's members", "boycott", "Egypt")),
    ("OPEC president Rilwanu Lukman will travel to Vienna to urge members to honour their "
     "quotas.", ("Rilwanu Lukman", "urge",
                 "Organization of Petroleum Exporting Countries' members")),
]
#: guards: "members" stays bare
_BARE_MEMBERS = [
    ("Rilwanu Lukman urged members to honour their quotas.",
     ("Rilwanu Lukman", "urge", "members")),
    ("OPEC president Rilwanu Lukman met members of the Iraqi delegation.",
     ("Rilwanu Lukman", "meet", "members")),
]

_ALL = [row[0] for table in (_HOME_BODIES, _NOT_HOME, _SUBJECT_OWNERS, _BARE_SUBJECTS,
                             _ASIDES, _NOT_ASIDES, _ROLE_GROUPS, _BARE_MEMBERS)
        for row in table]


@pytest.fixture(scope="module")
def found(extractor):
    """Each text's ``(subject, relation lemma, object)`` set."""
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(_ALL)])
    return {s: {(t.subject.label, t.relation.lemma, t.object.label) for t in r.triples}
            for s, r in zip(_ALL, results, strict=True)}


@pytest.mark.parametrize(("text", "wanted"), _HOME_BODIES)
def test_a_bare_home_body_is_the_articles_country(found, text, wanted):
    assert wanted in found[text], sorted(found[text])


@pytest.mark.parametrize(("text", "wanted", "country"), _NOT_HOME)
def test_a_home_body_with_another_country_or_its_own_place_stays(found, text, wanted,
                                                                 country):
    got = found[text]
    assert wanted in got, sorted(got)
    assert (country, *wanted[1:]) not in got, sorted(got)
    assert (*wanted[:2], country) not in got, sorted(got)


@pytest.mark.parametrize(("text", "wanted"), _SUBJECT_OWNERS)
def test_a_subject_groups_possessive_is_its_named_owners(found, text, wanted):
    assert wanted in found[text], sorted(found[text])


@pytest.mark.parametrize(("text", "wanted"), _BARE_SUBJECTS)
def test_a_singular_or_unnamed_owner_leaves_the_group_bare(found, text, wanted):
    assert wanted in found[text], sorted(found[text])


@pytest.mark.parametrize(("text", "wanted"), _ASIDES)
def test_a_description_with_a_which_aside_points_back(found, text, wanted):
    assert wanted in found[text], sorted(found[text])


@pytest.mark.parametrize(("text", "wanted"), _NOT_ASIDES)
def test_a_listing_aside_or_a_restrictive_clause_keeps_the_description(found, text, wanted):
    assert wanted in found[text], sorted(found[text])


@pytest.mark.parametrize(("text", "wanted"), _ROLE_GROUPS)
def test_bare_members_of_a_role_holders_organisation_are_its(found, text, wanted):
    assert wanted in found[text], sorted(found[text])


@pytest.mark.parametrize(("text", "wanted"), _BARE_MEMBERS)
def test_members_with_no_organisation_or_of_another_stay_bare(found, text, wanted):
    assert wanted in found[text], sorted(found[text])
