"""Places on the map (issue 13): GeoNames ids, coordinates, ISO codes, disambiguation,
and their RDF, which round-trips and conforms to the shapes."""

from __future__ import annotations

import pytest
from actorgraph.exports.rdf import FORMATS, serialize, to_rdf
from actorgraph.exports.validate import validate
from actorgraph.exports.vocab import AG, SCHEMA, Minter
from actorgraph.graph import places
from actorgraph.graph.build import build_graph
from actorgraph.graph.places import alpha2, alpha3, locate
from rdflib import Graph, Literal, URIRef

from tests.records import mention, result, triple
from tests.test_rdf import DATASET_FORMATS, expected, parsed_with_oxigraph, parsed_with_rdflib


@pytest.mark.parametrize("name,countries,country", [
    ("Paris", (), "FR"), ("Paris", ("US",), "US"),
    ("Tripoli", ("LB",), "LB"), ("Tripoli", ("LY",), "LY"),
    ("Alexandria", ("EG",), "EG"), ("Alexandria", ("US",), "US"),
    ("London", (), "GB"), ("London", ("CA",), "CA"),
])
def test_an_ambiguous_name_goes_to_the_articles_country_then_the_most_populous(
        name, countries, country):
    assert locate(name, countries=countries).country == country


def test_majdal_shams_is_geonames_167444_with_its_coordinates():
    place = locate("Majdal Shams", countries=("IL", "LB"))
    assert (place.geonames, place.lat, place.lon) == (167444, 33.27029, 35.7716)


def test_a_small_town_far_from_the_articles_countries_is_not_linked():
    # Majdal Shams (11,180 people, Syria) is not a guess for an article about Brazil
    assert locate("Majdal Shams", countries=("BR",)) is None


@pytest.mark.parametrize("name,iso,geonames", [
    ("Israel", "IL", 294640), ("United States", "US", 6252001), ("Lebanon", "LB", 272103),
])
def test_countries_have_their_iso_code(name, iso, geonames):
    place = locate(name)
    assert (place.kind, place.iso, place.geonames) == ("country", iso, geonames)
    assert place.lat is not None  # the capital's coordinates


@pytest.mark.parametrize("alternate,name", [("Kiev", "Kyiv"), ("Bombay", "Mumbai"),
                                            ("Peking", "Beijing")])
def test_alternate_names_of_big_cities(alternate, name):
    assert locate(alternate).name == name


def test_the_kept_index_of_the_places_file_finds_what_a_scan_finds(tmp_path, monkeypatch):
    monkeypatch.setenv(places.CACHE_ENV, str(tmp_path))
    places._build_index.cache_clear()
    try:
        scanned = places._build_index()[1]  # nothing kept yet: the file is scanned
        places._build_index.cache_clear()
        kept = places._build_index()[1]  # read back from tmp_path
    finally:
        places._build_index.cache_clear()
    assert isinstance(scanned, dict) and isinstance(kept, places._Index)
    assert [p.name.split("-")[:3] for p in tmp_path.iterdir()] == [["places", "index", "1"]]
    assert len(kept) == len(scanned)
    keys = sorted(scanned)[::101] + ["paris", "kiev", "são paulo", "majdal shams", "gotham city"]
    assert [kept.get(k) for k in keys] == [scanned.get(k, ()) for k in keys]


def test_a_truncated_kept_index_is_not_read():
    data = places._Index.of({"paris": [10, 99], "lyon": [5], "tyre": [7]}).dump()
    assert places._Index.load(data).get("tyre") == [7]
    assert places._Index.load(data[:-4]) is None
    assert places._Index.load(data.replace(b"lyon\t5\n", b"")) is None


def test_iso_codes_convert_both_ways():
    assert (alpha2("ISR"), alpha3("SY"), alpha2("IGO")) == ("IL", "SYR", None)


@pytest.fixture(scope="module")
def located():
    forces = mention("Israel", "GPE", text="Israeli forces", code="ISRMIL")
    hezbollah = mention("Hezbollah", "ORG", code="LBNREB")
    return build_graph([
        result("a", triple(forces, "strike", hezbollah),
               triple(hezbollah, "attack", mention("Majdal Shams", "GPE")),
               triple(hezbollah, "visit", mention("Kiev", "GPE")))])


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_codes_and_places_round_trip_in_every_format(located, fmt):
    data = serialize(located, fmt)
    want = expected(located, named=fmt in DATASET_FORMATS)
    assert parsed_with_rdflib(data, fmt) == want
    assert parsed_with_oxigraph(data, fmt) == want


def test_codes_and_places_conform_and_bad_codes_do_not(located):
    g = to_rdf(located)
    assert validate(g)[0] is True
    israel, majdal = URIRef(Minter().node("actor/israel")), Minter().geo("actor/majdal-shams")
    broken = Graph()
    for s, p, o in g:
        if p == AG.isoCountryCode:
            o = Literal("Israel")
        elif p == SCHEMA.latitude and str(s) == majdal:
            o = Literal("123.0", datatype=o.datatype)
        broken.add((s, p, o))
    broken.add((israel, AG.cameoCode, Literal("isr")))
    conforms, report = validate(broken)
    assert not conforms
    assert all(term in report for term in ("isoCountryCode", "latitude", "cameoCode"))


def test_the_graph_and_the_server_do_not_import_spacy():
    # the SPARQL server imports the graph layer: codes and places must not bring spaCy in
    import subprocess
    import sys

    code = ("import sys, actorgraph.graph.build, actorgraph.graph.places, "
            "actorgraph.exports.server; sys.exit('spacy' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_two_installations_keep_their_own_index(tmp_path, monkeypatch):
    monkeypatch.setenv(places.CACHE_ENV, str(tmp_path / "cache"))
    files = []
    for name in ("venv-a", "venv-b"):
        (tmp_path / name).mkdir()
        files.append(tmp_path / name / "cities500.json")
        files[-1].write_bytes(b"[]")
    first, second = (places._kept_index_path(f) for f in files)
    legacy = tmp_path / "cache" / "places-index-1-2-3.txt"  # named as before
    legacy.parent.mkdir()
    legacy.write_bytes(b"")
    places._keep(first, b"a")
    places._keep(second, b"b")
    assert sorted(p.read_bytes() for p in (tmp_path / "cache").iterdir()) == [b"a", b"b"]
    files[0].write_bytes(b"[ ]")  # a new version of the first file replaces its index
    newer = places._kept_index_path(files[0])
    places._keep(newer, b"c")
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == sorted(
        [newer.name, second.name])
