"""The CAMEO actor and agent dictionaries, as shipped in ``extract/data``.

Tables (derived from the PETRARCH2 Phoenix dictionaries by
``scripts/derive_actor_dictionaries.py``, MIT, see ``data/README.md``):

* ``cameo_actors.tsv``: phrase -> canonical name, CAMEO codes (dated for people),
  kind (``country``, ``place``, ``person``, ``org``);
* ``cameo_agents.tsv`` and the hand-written ``sectors.tsv``: agent nouns ->
  sector ("soldiers" -> MIL, "secretary of state" -> GOV).

Each table is read once per process, on first use (about 0.1 s).

Examples
--------
>>> lookup("Hizbollah").canonical, lookup("Hezbollah").code()
('Hezbollah', 'LBNREB')
>>> lookup("the United Nations").code(), country_code("Israel"), country_code("Gotham")
('IGOUNO', 'ISR', None)
>>> lookup("Benjamin Netanyahu").code(19980101), lookup("Benjamin Netanyahu").code(20240729)
('ISRGOV', 'ISRGOV')
>>> lookup("Ronald Reagan").code(19850101), lookup("Ronald Reagan").code(20240101)
('USAGOV', None)
>>> sector_of("us secretary of state".split()), sector_of(["israeli", "forces"])
('GOV', 'MIL')
>>> combine("ISR", "MIL"), combine("LBNREB", "MIL"), combine(None, "GOV")
('ISRMIL', 'LBNREB', None)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

__all__ = [
    "BUSINESS_CODES",
    "Entry",
    "POLITICAL_SECTORS",
    "agent_phrase",
    "agent_sector",
    "bare_body",
    "combine",
    "country_code",
    "country_codes",
    "country_name",
    "date_number",
    "dictionary_variant",
    "is_country_code",
    "listed_aliases",
    "listed_organisation",
    "listed_sectors",
    "lookup",
    "phrase_key",
    "sector_of",
]

_OPEN_END = 99991231
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
#: Kinds whose listed synonyms merge into one node (people are merged by the graph).
MERGED_KINDS = {"country": "GPE", "org": "ORG"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary phrase: its canonical name ("" when it only gives a code),
    its codes as ``(code, start, end)`` dates ``YYYYMMDD`` (``0``/``99991231`` for
    an open end; a code without dates is ``(code, None, None)``) and its kind."""

    canonical: str
    codes: tuple[tuple[str, int | None, int | None], ...]
    kind: str

    def code(self, date: int | None = None) -> str | None:
        """The code on ``date`` (``YYYYMMDD``), or the current one without a date.

        A dated code applies between its dates; otherwise the undated default.
        Without a date, a code open towards the future wins, then the default.
        """
        dated = [c for c in self.codes if c[1] is not None]
        default = next((c[0] for c in self.codes if c[1] is None), None)
        if date is not None:
            hits = [c for c in dated if c[1] <= date <= c[2]]
            if hits:
                return max(hits, key=lambda c: c[1])[0]
            return default
        current = [c for c in dated if c[2] == _OPEN_END]
        if current:
            return max(current, key=lambda c: c[1])[0]
        return default


def _parse_codes(text: str) -> tuple[tuple[str, int | None, int | None], ...]:
    out = []
    for part in text.split("|"):
        code, _, span = part.partition("@")
        if not span:
            out.append((code, None, None))
            continue
        start, _, end = span.partition("-")
        out.append((code, int(start) if start else 0, int(end) if end else _OPEN_END))
    return tuple(out)


def _lines(name: str) -> Iterator[str]:
    """The rows of a table in ``data/`` (not its comments or blank lines), as lines."""
    path = resources.files("actorgraph.extract") / "data" / name
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip() and not line.startswith("#"):
            yield line


def _rows(name: str) -> Iterator[list[str]]:
    """The rows of a table in ``data/``, split into their columns."""
    for line in _lines(name):
        yield line.split("\t")


@functools.cache
def _actors() -> dict[str, str]:
    """``cameo_actors.tsv``: phrase -> the rest of its row (canonical name, codes, kind),
    split when the phrase is looked up (:func:`_entry`).

    Strings only: a dict of strings is never scanned by the garbage collector, and a
    table of 41,000 rows split into tuples was (its tuples set off a collection of the
    young objects while it was read: 0.05-0.1 s on top of reading it).
    """
    table: dict[str, str] = {}
    articled: list[tuple[str, str]] = []
    for line in _lines("cameo_actors.tsv"):
        phrase, _, rest = line.partition("\t")
        table[phrase] = rest
        if phrase.startswith("the ") and rest.endswith("\torg") and " " in phrase[4:]:
            articled.append((phrase[4:], rest))
    # a name is looked up without its "the" (:func:`phrase_key`), so an organisation the
    # dictionaries list only with it ("the islamic state") is listed under the rest of its
    # words too, when no row has them (a one-word rest, "the avengers", is too common)
    for phrase, rest in articled:
        table.setdefault(phrase, rest)
    return table


@functools.cache
def _entry(key: str) -> Entry | None:
    rest = _actors().get(key)
    if rest is None:
        return None
    row = rest.split("\t")
    return Entry(row[0], _parse_codes(row[1]), row[2])


@functools.cache
def _agents() -> tuple[dict[str, str], int]:
    table = {row[0]: row[1] for row in _rows("cameo_agents.tsv")}
    table.update({row[0]: row[1] for row in _rows("sectors.tsv")})
    return table, max(len(p.split(" ")) for p in table)


@functools.cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(canonical country name -> code, code -> canonical name)."""
    by_name: dict[str, str] = {}
    by_code: dict[str, str] = {}
    for rest in _actors().values():
        if "\tcountry" not in rest:  # (most rows: not split)
            continue
        canonical, codes, kind = rest.split("\t")[:3]
        if kind == "country" and canonical:
            by_name.setdefault(canonical, codes)
            by_code.setdefault(codes, canonical)
    return by_name, by_code


@functools.cache
def listed_aliases() -> dict[str, tuple[str, str]]:
    """``data/aliases.tsv``: casefolded variant -> (canonical name, entity type).

    Examples
    --------
    >>> listed_aliases()["u.s."], listed_aliases()["un"]
    (('United States', 'GPE'), ('United Nations', 'ORG'))
    """
    path = resources.files("actorgraph.extract") / "data" / "aliases.tsv"
    table: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            variant, canonical, typ = (part.strip() for part in line.rstrip("\n").split("\t"))
            table[variant.casefold()] = (canonical, typ)
    return table


def phrase_key(name: str) -> str:
    """The form names are looked up under: lower case, no leading "the", no possessive.

    Examples
    --------
    >>> phrase_key("the  Islamic Republic's"), phrase_key("Al-Shabaab")
    ('islamic republic', 'al-shabaab')
    """
    key = _SPACE.sub(" ", name).strip().casefold()
    if key.startswith("the "):
        key = key[4:]
    return _POSSESSIVE.sub("", key)


@functools.lru_cache(maxsize=1 << 16)
def lookup(name: str) -> Entry | None:
    """The dictionary entry of a name, or None (names come back often: cached)."""
    return _entry(phrase_key(name))


def dictionary_variant(name: str) -> tuple[str, str] | None:
    """(canonical name, entity type) when the dictionaries list ``name`` as a
    synonym of a country or organisation, else None.

    Examples
    --------
    >>> dictionary_variant("Hizballah"), dictionary_variant("Jerusalem")
    (('Hezbollah', 'ORG'), None)
    """
    entry = lookup(name)
    if entry is None or not entry.canonical or entry.kind not in MERGED_KINDS:
        return None
    return entry.canonical, MERGED_KINDS[entry.kind]


def listed_organisation(label: str) -> bool:
    """Whether the CAMEO actor dictionaries list a name as an organisation ("Boko
    Haram", "Hezbollah"), whatever type the NER gave it.

    Examples
    --------
    >>> listed_organisation("Boko Haram"), listed_organisation("Jerusalem")
    (True, False)
    """
    found = dictionary_variant(label)
    return found is not None and found[1] == "ORG"


#: CAMEO codes of companies: a multinational (``MNCUSA``) or a business sector (``USABUS``).
BUSINESS_CODES = ("MNC", "BUS")
#: CAMEO sectors of political actors: government, military, rebels, police, judiciary,
#: legislature, intelligence, insurgents, armed forces, opposition, parties and
#: international or non-governmental organisations (a bare country code is one too).
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "REB", "COP", "JUD", "LEG", "SPY", "INS",
                               "UAF", "OPP", "PTY", "IGO", "NGO"})


def listed_sectors(label: str) -> frozenset[str] | None:
    """The three-letter parts of the code the actor dictionaries give an organisation
    ("MNCUSA" Boeing -> MNC, USA; "IGOUNODEVWBK" the World Bank -> IGO, UNO, DEV, WBK), or
    None when they list no organisation of that name.

    Examples
    --------
    >>> sorted(listed_sectors("Boeing")), listed_sectors("Jerusalem")
    (['MNC', 'USA'], None)
    """
    entry = lookup(label)
    code = entry.code() if entry is not None and entry.kind == "org" else None
    if not code:
        return None
    return frozenset(code[i:i + 3] for i in range(0, len(code), 3))


def country_code(name: str) -> str | None:
    """CAMEO code of a country's canonical name ("Israel" -> "ISR"), or None."""
    return _countries()[0].get(name)


def country_name(code: str) -> str | None:
    """Canonical name of a CAMEO country code ("LBN" -> "Lebanon"), or None.

    Examples
    --------
    >>> country_name("LBN"), country_name("IGO")
    ('Lebanon', None)
    """
    return _countries()[1].get(code)


def country_codes() -> frozenset[str]:
    """Every CAMEO country code of the dictionaries."""
    return frozenset(_countries()[1])


def is_country_code(code: str | None) -> bool:
    """Whether ``code`` is exactly a country's code ("ISR", not "ISRMIL" or "IGO")."""
    return code is not None and code in _countries()[1]


def sector_of(words: Sequence[str]) -> str | None:
    """Sector of the longest agent phrase among ``words`` (lower case), or None.

    Ties go to the rightmost phrase, nearest the head of a noun phrase. Agents
    that go before an actor's code (``IGO~``) give no sector.
    """
    table, longest = _agents()
    for n in range(min(longest, len(words)), 0, -1):
        for i in range(len(words) - n, -1, -1):
            code = table.get(" ".join(words[i:i + n]))
            if code is not None and code.startswith("~"):
                return code[1:]
    return None


def agent_sector(words: Sequence[str]) -> str | None:
    """Sector of ``words`` (lower case) when they are, all of them, one agent phrase, or None:
    "riot police" (COP), "government troops" (MIL), "rebel soldiers" (REB, not the MIL of
    "soldiers" alone, as :func:`sector_of` gives), "security forces" (MIL); not "angry
    soldiers" (no phrase).

    Examples
    --------
    >>> agent_sector(["riot", "police"]), agent_sector(["rebel", "soldiers"])
    ('COP', 'REB')
    >>> agent_sector(["angry", "soldiers"]) is None
    True
    """
    code = _agents()[0].get(" ".join(words))
    return code[1:] if code is not None and code.startswith("~") else None


def agent_phrase(words: Sequence[str]) -> bool:
    """Whether the last two or more of ``words`` (lower case) are an agent phrase with a
    sector, ending at the last word (a noun phrase's head): "electoral commission",
    "armed group"; a phrase that ends before the head ("police car") is none.

    Examples
    --------
    >>> agent_phrase(["the", "electoral", "commission"]), agent_phrase(["commission"])
    (True, False)
    >>> agent_phrase(["police", "car"])
    False
    """
    table, longest = _agents()
    for n in range(min(longest, len(words)), 1, -1):
        code = table.get(" ".join(words[len(words) - n:]))
        if code is not None and code.startswith("~"):
            return True
    return False


def official_kind(modifier: str, head: str, heads: frozenset[str]) -> bool:
    """Whether ``modifier`` (lower case) says the kind of an official body whose head is
    one of ``heads``: the agent dictionary lists it with some head of ``heads`` as an agent
    phrase of a state's sector ("electoral commission", "intelligence bureau"), so that
    "electoral authority" and "electoral bureau" are bodies of that kind too ("news
    agency" is a medium's, no official body).

    Examples
    --------
    >>> heads = frozenset({"authority", "bureau", "commission"})
    >>> official_kind("electoral", "bureau", heads), official_kind("tall", "bureau", heads)
    (True, False)
    >>> official_kind("news", "agency", frozenset({"agency"}))
    False
    """
    return head in heads and any(
        code.startswith(_OFFICIAL_SECTORS) for h in heads
        for code in (_agents()[0].get(f"{modifier} {h}"),) if code is not None)


#: Sectors of the agent phrases that name a state's official bodies (government, courts,
#: legislature, armed forces, intelligence, police): not "news agency" or "tourism office".
_OFFICIAL_SECTORS = ("~GOV", "~JUD", "~LEG", "~MIL", "~SPY", "~COP")


@functools.cache
def bare_body(name: str) -> bool:
    """Whether a name is a state body named only by its kind, as every country has one
    ("Foreign Ministry", "Agriculture Ministry", "Ministry of Health", "Supreme Court",
    "Cabinet", "Foreign Office"; heads: :data:`~extract.lexicon.BARE_BODY_HEADS`): a
    ministry named by its portfolio, or a name that is all one CAMEO agent phrase of a
    state body. Not a body with a name of its own or the dictionaries' ("Serious Fraud
    Office", "Court of Arbitration for Sport", "Senate"), nor one that names its country
    or place ("Egyptian Foreign Ministry", "Texas Supreme Court").

    Examples
    --------
    >>> bare_body("Foreign Ministry"), bare_body("Supreme Court"), bare_body("Cabinet")
    (True, True, True)
    >>> bare_body("Serious Fraud Office"), bare_body("Texas Supreme Court"), bare_body("Senate")
    (False, False, False)
    """
    from actorgraph.extract.lexicon import BARE_BODY_HEADS, STATE_BODY_SECTORS

    words = [w for w in _SPACE.split(phrase_key(name)) if w]
    if words[:1] == ["the"]:
        words = words[1:]
    if not words or not any(w in BARE_BODY_HEADS for w in (words[0], words[-1])):
        return False
    if lookup(name) is not None or not all(w.isalpha() for w in words):
        return False
    for w in words:
        entry = lookup(w)
        if entry is not None and entry.kind in ("country", "place"):
            return False
    if "ministry" in (words[0], words[-1]) and len(words) <= 6:
        return True  # every ministry is named by its portfolio
    code = _agents()[0].get(" ".join(words))
    return code is not None and code[1:4] in STATE_BODY_SECTORS


def combine(base: str | None, sector: str | None) -> str | None:
    """An actor code and a sector: a country's code takes the sector; a code that
    already names a sector or an organisation keeps it."""
    if base is None:
        return None
    if sector and is_country_code(base):
        return base + sector
    return base


def date_number(date: str | None) -> int | None:
    """``YYYYMMDD`` of an ISO date ("2024-07-29T10:00" -> 20240729), or None.

    Examples
    --------
    >>> date_number("2024-07-29T10:00:00Z"), date_number("July"), date_number(None)
    (20240729, None, None)
    """
    found = _DATE.match(date or "")
    return int("".join(found.groups())) if found else None
