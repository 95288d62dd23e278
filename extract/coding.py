"""CAMEO actor codes for the mentions of one article.

Event data codes an actor as a country and a sector (``ISRMIL``: Israel's
military; ``USAGOV``: the US government; ``LBNREB``: rebels of Lebanon;
``IGOUNO``: the United Nations). :class:`ArticleCoder` gives each mention of an
article such a code, or None where nothing applies:

1. a name the dictionaries list has their code, on the article's date for
   dated leaders (``Benjamin Netanyahu`` -> ISRGOV after 2009, ``Hezbollah`` ->
   LBNREB, ``United Nations`` -> IGOUNO, ``Jerusalem`` -> ISR);
2. a country (or a nationality acting as one) has its country code (ISR);
3. a group standing for a country takes the sector of its agent noun
   ("Israeli forces" -> ISR + MIL; "Israeli officials" -> ISRGOV);
4. a person the dictionaries do not list takes the country and sector of their
   title or apposition anywhere in the article ("US Secretary of State Antony
   Blinken" -> USAGOV; "Hezbollah commander Fuad Shukr" -> Hezbollah's LBNREB);
   every mention of that person in the article gets that code;
5. a concept is coded only when it names a country ("Lebanese civilians" ->
   LBNCVL).

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> from actorgraph.extract.actors import ActorResolver
>>> from actorgraph.records import Mention
>>> doc = Doc(spacy.blank("en").vocab, words="Israeli forces hit Hezbollah".split(),
...           ents=["B-NORP", "O", "O", "B-ORG"])
>>> coder = ArticleCoder(ActorResolver(doc), "2024-07-29")
>>> coder.code(Mention("Israeli forces", "Israel", "GPE", 0, 14, via="standin"))
'ISRMIL'
>>> coder.code(Mention("Hezbollah", "Hezbollah", "ORG", 19, 28))
'LBNREB'
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence

from actorgraph.extract.actors import ActorResolver, canonical_variant, country_of
from actorgraph.extract.dictionary import (
    bare_body,
    combine,
    country_code,
    date_number,
    is_country_code,
    lookup,
    sector_of,
)
from actorgraph.extract.lexicon import STATE_BODY_SECTORS

from actorgraph.records import Mention, Triple

__all__ = ["ArticleCoder", "code_of_name", "country_in", "words_of"]

_WORD = re.compile(r"[\w.'\u2019-]+")
#: Longest run of words looked up as a country or place name ("United States of America").
_MAX_NAME_WORDS = 4


def words_of(text: str) -> list[str]:
    """Lower-case words of a phrase, possessives dropped.

    Examples
    --------
    >>> words_of("US Secretary of State Antony Blinken's")
    ['us', 'secretary', 'of', 'state', 'antony', 'blinken']
    """
    return list(_words_of(text))


@functools.lru_cache(maxsize=1 << 16)  # (asked 8,000 times of 1,600 texts on 300 articles)
def _words_of(text: str) -> tuple[str, ...]:
    out = []
    for w in _WORD.findall(text.casefold()):
        for end in ("'s", "\u2019s"):
            if w.endswith(end):
                w = w[: -len(end)]
        if w.strip(".'\u2019-"):
            out.append(w.rstrip("'\u2019"))
    return tuple(out)


def code_of_name(name: str, date: int | None = None) -> str | None:
    """Code of a canonical name: the dictionaries' code on ``date``, or a
    country's code.

    Examples
    --------
    >>> code_of_name("Hezbollah"), code_of_name("Israel"), code_of_name("Qatar")
    ('LBNREB', 'ISR', 'QAT')
    """
    entry = lookup(name)
    if entry is not None:
        code = entry.code(date)
        if code is not None:
            return code
    return country_code(name)


def country_in(words: list[str]) -> str | None:
    """Code of the first country named among ``words``: a demonym ("Israeli"),
    a country's name or variant ("US"), or a place the dictionaries file under a
    country ("Jerusalem police" -> ISR).

    Examples
    --------
    >>> country_in(["us", "secretary", "of", "state"]), country_in(["iranian", "leader"])
    ('USA', 'IRN')
    >>> country_in(["supreme", "leader"]) is None
    True
    """
    i = 0
    while i < len(words):
        for n in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            country = country_of(phrase) if n == 1 else None
            code = country_code(country) if country else None
            if code is None:
                entry = lookup(canonical_variant(phrase))
                found = entry.code() if entry is not None and entry.kind in (
                    "country", "place") else None
                code = found[:3] if found and is_country_code(found[:3]) else None
            if code is not None:
                return code
        i += 1
    return None


def _possessor(m: Mention) -> str | None:
    """Code of the country whose possessive the text puts before the name: "Argentina's
    Senate" -> ARG; None without one ("the Senate", "Iranian-backed Hezbollah")."""
    text, label = m.text.strip(), m.label
    if not text.casefold().endswith(label.casefold()):
        return None
    before = text[: len(text) - len(label)].rstrip()
    if not before.endswith(("'s", "\u2019s")):
        return None
    return country_in(words_of(before))


def owned_body(code: str | None, owner: str | None) -> str | None:
    """The code of a state body the dictionaries file under one country (``code``) when
    the text gives it another owner: the owner's body of that sector ("Senate", USAGOVLEG,
    of Argentina: ARGGOVLEG). Other codes (a party, a rebel group backed from abroad) stay.

    Examples
    --------
    >>> owned_body("USAGOVLEG", "ARG"), owned_body("USAGOVLEG", "USA")
    ('ARGGOVLEG', 'USAGOVLEG')
    >>> owned_body("LBNREB", "IRN"), owned_body("USAGOVLEG", None)
    ('LBNREB', 'USAGOVLEG')
    """
    if (code is None or owner is None or not is_country_code(code[:3]) or code[:3] == owner
            or code[3:6] not in STATE_BODY_SECTORS):
        return code
    return owner + code[3:]


def _bare_body_owner(m: Mention) -> tuple[str, str | None] | None:
    """A body named only by its kind (:func:`~extract.dictionary.bare_body`) this mention
    names, and the country its own words give it, by a possessive or an adjective
    ("Russia's Foreign Ministry", "the Russian Foreign Ministry", "the Egyptian Foreign
    Ministry" -> ("foreign ministry", "RUS"/"EGY"); a bare "Foreign Ministry" -> (..., None));
    None for another name."""
    label = m.label.strip()
    words = words_of(label)
    if bare_body(label):
        text = m.text.strip()
        before = text[: len(text) - len(label)] if text.casefold().endswith(
            label.casefold()) else ""
        return " ".join(words), country_in(words_of(before)) if before.strip() else None
    # a nationality in the name itself: "Egyptian Foreign Ministry"
    for k in (1, 2):
        rest = words[k:]
        if rest and bare_body(" ".join(rest)) and (owner := country_in(words[:k])):
            return " ".join(rest), owner
    if m.via == "standin" and (state := country_in(words)) is not None:
        # "Russia's foreign ministry", standing for Russia
        text = words_of(m.text)
        for k in range(min(len(text) - 1, 5), 0, -1):  # the longest name first
            if bare_body(" ".join(text[-k:])) and country_in(text[:-k]) == state:
                return " ".join(text[-k:]), state
    return None


def _headed_body(title: Sequence[str]) -> str | None:
    """The ministry a minister's title says he heads ("foreign minister" -> "foreign
    ministry"), when that is a body named only by its kind; None otherwise."""
    if "minister" not in title:
        return None
    end = title.index("minister")
    for start in range(max(0, end - 3), end):
        body = " ".join([*title[start:end], "ministry"])
        if bare_body(body):
            return body
    return None


def _agree(owners: dict[str, str | None], name: str, owner: str) -> None:
    """Note that the text gives ``name`` this owner: two owners of one name in an article
    leave it None (neither is sure).

    Examples
    --------
    >>> owners = {}
    >>> _agree(owners, "Senate", "ARG"); _agree(owners, "Senate", "ARG"); owners
    {'Senate': 'ARG'}
    >>> _agree(owners, "Senate", "CHL"); _agree(owners, "Senate", "ARG"); owners
    {'Senate': None}
    """
    known = owners.setdefault(name, owner)
    owners[name] = owner if known == owner else None


class ArticleCoder:
    """Codes the mentions of one article (see the module docstring).

    Parameters
    ----------
    resolver : ActorResolver
        The article's resolver (its entities give people's titles and appositions).
    date : str or None
        The article's date (ISO); dated codes apply on it.
    """

    def __init__(self, resolver: ActorResolver, date: str | None = None):
        self.resolver = resolver
        self.date = date_number(date)
        self._people: dict[str, str] | None = None
        self._codes: dict[Mention, str | None] = {}
        self._coded: dict[Mention, Mention] = {}
        # name -> the country the article gives it as owner ("Argentina's Senate")
        self._owners: dict[str, str | None] = {}
        self._owners_read = False
        # body named only by its kind ("foreign ministry") -> the country the article gives
        # it (None: two countries' in the article)
        self._bodies: dict[str, str | None] = {}

    def _person_codes(self) -> dict[str, str]:
        """Label -> code of each person of the article from titles and appositions."""
        if self._people is not None:
            return self._people
        found: dict[str, str] = {}
        for ent in self.resolver.entities:
            if ent.label_ != "PERSON":
                continue
            mention = self.resolver.resolve(ent.root)
            if mention is None or mention.type != "PERSON":
                continue
            roles, owners = self.resolver._person_context(ent)
            sector = next((s for s in map(sector_of, ([r] for r in sorted(roles))) if s),
                          None)
            codes = sorted(c for c in (code_of_name(o, self.date) for o in owners) if c)
            # an organisation's code says more than a country's ("Hezbollah commander")
            organisation = [c for c in codes if not is_country_code(c)]
            code = organisation[0] if organisation else combine(
                codes[0] if codes else None, sector)
            if code and len(code) > len(found.get(mention.label, "")):
                found[mention.label] = code
        self._people = found
        return found

    def _listed_person(self, name: str) -> str | None:
        """The dictionaries' code of a person on the article's date, or None."""
        entry = lookup(name)
        return entry.code(self.date) if entry is not None and entry.kind == "person" else None

    def _title_code(self, m: Mention) -> str | None:
        """Code from the title written before a person's name in this mention."""
        own = set(words_of(m.label))
        title = [w for w in words_of(m.text) if w not in own]
        return combine(country_in(title), sector_of(title)) if title else None

    def _entity_owners(self) -> None:
        """Owners the text gives names just before them, outside the mention ("South
        Korea's Joint Chiefs of Staff (JCS) said", the mention "Joint Chiefs of Staff")."""
        if self._owners_read:
            return
        self._owners_read = True
        doc = self.resolver.doc
        for ent in self.resolver.entities:
            if ent.label_ == "PERSON" or ent.start < 2 or doc[ent.start - 1].text not in (
                    "'s", "\u2019s"):
                continue
            before = doc[max(doc[ent.start - 1].sent.start, ent.start - 4): ent.start - 1]
            owner = country_in([t.lower_ for t in before])
            mention = self.resolver.resolve(ent.root) if owner else None
            if mention is None or mention.type == "PERSON" or mention.is_concept:
                continue
            _agree(self._owners, mention.label, owner)

    def learn(self, mentions: Iterable[Mention | None]) -> None:
        """Let the titles of these mentions code every mention of the same person
        ("US Secretary of State Antony Blinken" ... "Blinken": both USAGOV), and a
        country's possessive before a name every mention of that body ("Argentina's
        Senate" ... "the Senate": both Argentina's)."""
        people = self._person_codes()
        self._entity_owners()
        mentions = tuple(mentions)
        for m in mentions:
            found = None if m is None or m.is_concept else self._bare_owner(m)
            if found is not None and found[1] is not None:
                _agree(self._bodies, found[0], found[1])
                self._codes.clear()
                self._coded.clear()
        for m in mentions:
            owner = None if m is None or m.type == "PERSON" or m.is_concept else _possessor(m)
            if owner is not None:
                _agree(self._owners, m.label, owner)
                self._codes.clear()
                self._coded.clear()
            if m is None or m.type != "PERSON" or self._listed_person(m.label):
                continue
            code = self._title_code(m)
            if code and len(code) > len(people.get(m.label, "")):
                people[m.label] = code
                self._codes.clear()
                self._coded.clear()

    def _bare_owner(self, m: Mention) -> tuple[str, str | None] | None:
        """A body named only by its kind and the owner this mention gives it: its own
        words, or for a person the title of the minister who heads it ("Foreign Minister
        Sergei Lavrov", a Russian in the dictionaries: the foreign ministry is Russia's)."""
        if m.type != "PERSON":
            return _bare_body_owner(m)
        own = set(words_of(m.label))
        body = _headed_body([w for w in words_of(m.text) if w not in own])
        if body is None:
            return None
        code = self._listed_person(m.label) or self._person_codes().get(m.label)
        return (body, code[:3]) if code and is_country_code(code[:3]) else None

    def code(self, mention: Mention) -> str | None:
        """The CAMEO code of a mention of this article, or None."""
        if mention not in self._codes:
            self._codes[mention] = self._code(mention)
        return self._codes[mention]

    def _code(self, m: Mention) -> str | None:
        words = words_of(m.text)
        if m.is_concept:
            # only a concept that names people of a country: "Lebanese civilians"
            country, sector = country_in(words), sector_of(words)
            return combine(country, sector) if country and sector else None
        if m.type == "PERSON":
            # a person's name codes only as a person: "Jordan" the player is no country
            base = self._listed_person(m.label)
            if base is None:
                base = self._title_code(m)
            people = self._person_codes().get(m.label)
            if people and len(people) > len(base or ""):
                base = people
            return base
        base = code_of_name(m.label, self.date)
        if base is None and m.via != "standin" and bare_body(m.label):
            # a body named only by its kind: the owner its words or its article give it
            body, owner = _bare_body_owner(m) or ("", None)
            owner = owner or self._bodies.get(body)
            return combine(owner, sector_of(words_of(m.label)) or "GOV") if owner else None
        if m.via == "standin" or m.type == "NORP":
            own = set(words_of(m.label))
            return combine(base, sector_of([w for w in words if w not in own]))
        return owned_body(base, self._owners.get(m.label))

    def coded(self, mention: Mention | None) -> Mention | None:
        """The mention with its code."""
        if mention is None:
            return None
        found = self._coded.get(mention)
        if found is None:  # the same mention comes back in many triples
            found = self._coded[mention] = dataclasses.replace(mention, code=self.code(mention))
        return found

    def coded_triple(self, triple: Triple) -> Triple:
        """The triple with every side coded."""
        return dataclasses.replace(
            triple, subject=self.coded(triple.subject), object=self.coded(triple.object),
            attributed_to=self.coded(triple.attributed_to), place=self.coded(triple.place))

    def coded_all(self, mentions: Iterable[Mention]) -> tuple[Mention, ...]:
        """The mentions with their codes."""
        return tuple(self.coded(m) for m in mentions)

    def coded_result(self, triples: Iterable[Triple], mentions: Iterable[Mention]
                     ) -> tuple[tuple[Triple, ...], tuple[Mention, ...]]:
        """Every triple and mention of the article, coded after learning the
        titles of all of them."""
        triples, mentions = tuple(triples), tuple(mentions)
        self.learn(mentions)
        self.learn(m for t in triples for m in (t.subject, t.object, t.attributed_to))
        return tuple(self.coded_triple(t) for t in triples), self.coded_all(mentions)
