"""The development-time script that derives the shipped tables from the Phoenix
dictionaries, run on small dictionaries in their format."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

COUNTRIES = """\
# comment
ISRAEL_  [ISR]
+ISRAELI
+ISREAL_
+JERUSALEM_
+STATE_OF_ISRAEL
KNESSET
\t[ISRGOVLEG]
BENJAMIN_NETANYAHU_  # CountryInfo.txt
+PRIME_MINISTER_BENJAMIN_NETANYAHU
\t[ISRELI 670101-960618]
\t[ISRGOV 960618-990706]
\t[ISRGOV >090401]
\t[ISRELI]
TUNISIA_  [TUN]
+TUNIS_
UKRAINE_
\t[USRUKR <19910824]
\t[UKR >19911221]
GUINEA_  [GIN]
+GUINEAN_
GUINEA_BISSAU  [GNB]
+GUINEA_(BISSAU)_
+BISSAU_
KOREA_NORTH  [PRK]
+NORTH_KOREA_
+KOREA_(NORTH)_
"""
INTERNATIONAL = """\
NATO_
+NORTH_ATLANTIC_TREATY_ORGANIZATION_
\t[IGOWSTNAT]# NGO_Actors
UNITED_NATIONS_\t[IGOUNO]# NGO_Actors
"""
MILNONSTATE = """\
HEZBOLLAH_ [LBNREB] #  kkl 21 Mar 13
+HIZBOLLAH
+ISLAMIC_JIHAD_
"""
AGENTS = """\
!MINIST! = MINISTER, MINISTERS
SOLDIER [~MIL]
POLICE {} [~COP]
THIEF {THIEVES} [~CRM]
ARMY [~MIL]
FOREIGN_!MINIST! [~GOV]
PEACEKEEPING_TROOPS {} [IGO~]
"""


@pytest.fixture(scope="module")
def derive():
    spec = importlib.util.spec_from_file_location(
        "derive_actor_dictionaries", ROOT / "scripts" / "derive_actor_dictionaries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tables(derive, tmp_path_factory):
    data = tmp_path_factory.mktemp("event-data")
    out = tmp_path_factory.mktemp("data")
    for name, text in zip(derive.ACTOR_FILES, (COUNTRIES, INTERNATIONAL, MILNONSTATE),
                          strict=True):
        (data / name).write_text(text, encoding="utf-8")
    (data / derive.AGENT_FILE).write_text(AGENTS, encoding="utf-8")
    (data / derive.LICENSE).write_text("MIT notice", encoding="utf-8")
    (out / "demonyms.tsv").write_text("Israeli\tIsrael\nGuinean\tGuinea\nKorean\tKorea\n",
                                      encoding="utf-8")
    (out / "aliases.tsv").write_text("UN\tUnited Nations\tORG\n", encoding="utf-8")
    assert derive.main([str(data), str(out)]) == 0
    actors = {}
    for line in (out / "cameo_actors.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            phrase, canonical, codes, kind = line.split("\t")
            actors[phrase] = (canonical, codes, kind)
    agents = dict(line.split("\t") for line in
                  (out / "cameo_agents.tsv").read_text(encoding="utf-8").splitlines()
                  if not line.startswith("#"))
    return actors, agents, out


def test_country_names_merge_and_its_places_only_take_the_code(tables):
    actors, _, _ = tables
    assert actors["israel"] == ("Israel", "ISR", "country")
    assert actors["israeli"] == ("Israel", "ISR", "country")
    assert actors["isreal"] == ("Israel", "ISR", "country")  # a misspelling
    assert actors["state of israel"] == ("Israel", "ISR", "country")  # a formal name
    assert actors["jerusalem"] == ("", "ISR", "place")
    assert actors["tunis"] == ("", "TUN", "place")  # close to Tunisia, but a town
    assert actors["ukraine"] == ("Ukraine", "UKR", "country")  # dated codes before 1991


def test_a_bracketed_qualifier_never_names_the_country(tables):
    # "GUINEA_(BISSAU)_" reads "guinea" once its brackets go; it must not make "Guinea"
    # the name of Guinea-Bissau (two countries would be one node), nor "Korea" the name
    # of North Korea
    actors, _, _ = tables
    assert actors["guinea bissau"] == ("Guinea-Bissau", "GNB", "country")
    assert actors["guinea"] == ("Guinea", "GIN", "country")
    assert actors["north korea"] == ("North Korea", "PRK", "country")


def test_qualified_phrases_are_told_from_abbreviation_comments(derive):
    assert derive.qualified("GUINEA_(BISSAU)_") and derive.qualified("KOREA_(NORTH)_")
    assert not derive.qualified("HIZB_ALLAH_ (HA)") and not derive.qualified("GUINEA_")


def test_people_keep_their_dated_codes_and_are_found_without_titles(tables):
    actors, _, _ = tables
    codes = "ISRELI@19670101-19960618|ISRGOV@19960618-19990706|ISRGOV@20090401-|ISRELI"
    assert actors["benjamin netanyahu"] == ("", codes, "person")
    assert actors["prime minister benjamin netanyahu"][1] == codes


def test_organisations_merge_spellings_and_acronyms_not_other_names(tables):
    actors, _, _ = tables
    assert actors["hizbollah"] == ("Hezbollah", "LBNREB", "org")
    assert actors["islamic jihad"] == ("", "LBNREB", "org")  # listed, not a spelling
    assert actors["north atlantic treaty organization"] == ("NATO", "IGOWSTNAT", "org")
    assert actors["knesset"] == ("Knesset", "ISRGOVLEG", "org")
    assert actors["united nations"][1] == "IGOUNO"


def test_agents_expand_macros_and_plurals(tables):
    _, agents, _ = tables
    assert agents["soldier"] == agents["soldiers"] == "~MIL"
    assert agents["police"] == "~COP" and "polices" not in agents  # {} : no plural
    assert agents["thieves"] == "~CRM" and "thiefs" not in agents
    assert agents["armies"] == "~MIL"
    assert agents["foreign minister"] == agents["foreign ministers"] == "~GOV"
    assert agents["peacekeeping troops"] == "IGO~"


def test_the_licence_is_copied_next_to_the_tables(tables):
    _, _, out = tables
    assert (out / "LICENSE-petrarch2.txt").read_text(encoding="utf-8") == "MIT notice"
    assert "MIT License" in (out / "cameo_actors.tsv").read_text(encoding="utf-8")[:400]


def test_the_shipped_table_keeps_guinea_and_guinea_bissau_apart():
    from actorgraph.extract.dictionary import lookup

    assert lookup("Guinea-Bissau").canonical == "Guinea-Bissau"
    assert lookup("Guinea Bissau").code() == "GNB"
    assert (lookup("Guinea").canonical, lookup("Guinea").code()) == ("Guinea", "GIN")
