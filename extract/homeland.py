"""The country of an article: whose state "the government" is when no one is named.

Wire copy calls the state its story is about "the government", "the cabinet", "the
authorities", "the army" without naming it: "TOKYO, March 3 - The government will ask
parliament to approve the budget", "MANILA - The government accused communist rebels of
...". That state is the country of the article:

1. the country of the dateline's place (GeoNames, offline: :func:`graph.places.locate`):
   "TOKYO" -> Japan, "NAIROBI, Kenya" -> Kenya (or the lead's name for it in its day: "BONN"
   -> West Germany when the lead says "West Germany"); unless the lead names other countries as
   who acts and not it: a story filed from "NICOSIA" whose lead says "Iran said ..." is
   about Iran (the one such country; with two, none), but "WASHINGTON - The administration
   imposed tariffs on Japanese electronics" is about the United States; a dateline whose
   place is given with a region that is no country ("AUSTIN, Texas", "SPRINGFIELD, Ill.")
   has none: a US state has its own government, legislature and authorities, and a story
   filed there is not about the United States as a whole;
2. else the one country the lead (the first sentence parsed) or the title names, by name
   or nationality ("Kenyan police fired tear gas ..."), but not as what is acted on alone:
   "The foreign ministry summoned the *Russian* ambassador", "The government expelled two
   *French* diplomats" name the other side (an envoy is a foreign state's to the host),
   and the ministry is no one's; nor as the object of a preposition of the other side on
   the bare body's own clause: "The government expelled two diplomats *from Russia*",
   "accepted an invitation *from Egypt*", "bought jets *from Sweden*" (:func:`_bodys_other_side`);
3. else none: the description stays unresolved.

Examples
--------
>>> from actorgraph.records import Dateline
>>> dateline_country(Dateline(place="Tokyo")), dateline_country(Dateline(place="Nairobi, Kenya"))
('Japan', 'Kenya')
>>> dateline_country(Dateline(place="Austin, Texas")) is None
True
>>> home_country(Dateline(place="Nicosia"), lead={"Iran"}, acting={"Iran"})
'Iran'
>>> home_country(Dateline(place="Tokyo"), lead={"United States", "Japan"},
...              acting={"United States"})
'Japan'
>>> home_country(Dateline(place="Washington"), lead={"Japan"})
'United States'
>>> home_country(None, lead={"Iran", "Iraq"}) is None
True
>>> home_country(None, lead={"Russia"}, acted_on={"Russia"}) is None
True
>>> home_country(Dateline(place="Bonn"), lead={"United States", "West Germany"},
...              acting={"United States"})
'West Germany'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from actorgraph.extract.actors import canonical_variant, country_of, is_country, names_country
from actorgraph.extract.coref import acted_on_name, posted_abroad
from actorgraph.extract.deps import (
    ADVCL,
    AMOD,
    COMPOUND,
    DOBJ,
    NSUBJ,
    NSUBJPASS,
    POBJ,
    POSS,
    PREP,
    XCOMP,
)
from actorgraph.extract.lexicon import OTHER_SIDE_PREPS, STATE_BODIES
from actorgraph.extract.tree import kids

from actorgraph.records import Article, Dateline

if TYPE_CHECKING:
    from actorgraph.extract.actors import ActorResolver
    from spacy.tokens import Token

__all__ = [
    "article_country",
    "dateline_country",
    "home_country",
    "place_country",
    "title_countries",
]

#: Words of a title tried as a country name: one to three at a time.
_TITLE_WORDS = re.compile(r"[A-Za-z][A-Za-z.'\u2019-]*")


@functools.cache
def place_country(place: str) -> str | None:
    """The canonical name of the country a place is in ("Tokyo" -> "Japan"), or None."""
    if names_country(place):
        return canonical_variant(place)
    # the gazetteer is the graph's (the graph builds on extraction, not the other way): read
    # only when an article has a bare state body to resolve, not on importing extraction
    from actorgraph.graph import places

    found = places.locate(place)
    if found is None or found.country is None or found.kind not in ("city", "country"):
        return None
    name = places.country_name(found.country)
    if name and name.startswith("The "):
        name = name[4:]  # GeoNames' "The Netherlands" is the dictionaries' "Netherlands"
    name = canonical_variant(name) if name else None
    return name if name and is_country(name) else None


def dateline_country(dateline: Dateline | None) -> str | None:
    """The country a dateline's place is in, or None (also for a place given with a region
    that is no country: "Austin, Texas", "Springfield, Ill.")."""
    if dateline is None or not dateline.place:
        return None
    place, _, region = dateline.place.partition(",")
    region = region.strip()
    if region:
        return canonical_variant(region) if names_country(region) else None
    # one of several places ("GAZA CITY/JERUSALEM"): the first, where it was filed
    return place_country(place.split("/")[0].strip())


def title_countries(title: str | None) -> set[str]:
    """The countries a title names, by name or nationality ("Kenyan police fire tear gas")."""
    if not title:
        return set()
    words = _TITLE_WORDS.findall(title)
    if title.isupper():
        words = [w.capitalize() for w in words]
    found = set()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            name = " ".join(words[i:i + size])
            if not name[:1].isupper():
                continue
            if names_country(name):
                found.add(canonical_variant(name))
            elif size == 1 and country_of(name):
                found.add(country_of(name))
    return found


def home_country(dateline: Dateline | None, *, lead: Iterable[str],
                 acting: Iterable[str] = (), acted_on: Iterable[str] = ()) -> str | None:
    """The country of an article (see the module docstring), or None.

    Parameters
    ----------
    dateline : Dateline or None
        The article's dateline.
    lead : iterable of str
        The countries its lead and title name (canonical names).
    acting : iterable of str
        Those of them the lead names as who acts ("Iran said ...", "Iranian warplanes").
    acted_on : iterable of str
        Those of them the lead names only as what is acted on, or as the nationality of
        it or of a post abroad ("summoned the *Russian* ambassador", "expelled two *French*
        diplomats", "the *Russian* ambassador was summoned"): with
        no dateline, no evidence of whose the story is (an envoy or a diplomat is the envoy
        of a foreign state to the one acting), so not the country of the article (nor does
        it make another one the article's: the article then has none).
    """
    lead, acting = set(lead), set(acting)
    filed = dateline_country(dateline)
    if filed is not None and filed not in lead:
        # the dateline's place is read with today's borders: "BONN" is in Germany, which a
        # 1987 lead calls "West Germany" (the lead's name that ends with the place's country)
        former = {name for name in lead if name.endswith(" " + filed)}
        filed = next(iter(former)) if len(former) == 1 else filed
    if filed is not None and (filed in lead or not acting):
        return filed
    found = acting if filed is not None else lead
    country = next(iter(found)) if len(found) == 1 else None
    # with no dateline, the one country named only as what is acted on is no one's home
    return None if filed is None and country in set(acted_on) else country


def _bodys_other_side(root: Token) -> bool:
    """Whether a country's name is the object of a preposition of the other side
    (:data:`~extract.lexicon.OTHER_SIDE_PREPS`) on the verb of a bare state body
    (``[state_bodies]``: "the government", "the cabinet"), or on that verb's object:
    "The government expelled two diplomats from Russia", "The government accepted an
    invitation from Egypt", "The government signed a trade deal with Japan". The body is
    not that country's, whatever its other words; its own is not named (a body with a
    name or nationality of its own is no bare one: "the Kenyan government")."""
    prep = root.head
    if root.dep_ != POBJ or prep.dep_ != PREP or prep.lower_ not in OTHER_SIDE_PREPS:
        return False
    verb = prep.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in (DOBJ, NSUBJPASS):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ in (XCOMP, ADVCL) and not any(c.dep_ == NSUBJ for c in kids(verb)):
        verb = verb.head  # "petitioned to extradite X from Britain": the body's infinitive
    return any((s.lower_ in STATE_BODIES or s.lemma_.lower() in STATE_BODIES)
               and not any(c.dep_ in (AMOD, COMPOUND, POSS) and (c.ent_type_ or c.pos_ == "PROPN")
                           for c in kids(s))
               for s in kids(verb) if s.dep_ == NSUBJ)


def article_country(article: Article, resolver: ActorResolver) -> str | None:
    """The country of a parsed article (:func:`home_country`) from its dateline and the
    countries its title and lead (its first sentence) name."""
    lead: set[str] = title_countries(article.title)
    acting: set[str] = set()
    # the countries named in the lead as anything but what is acted on (:func:`home_country`)
    named = set(lead)
    first = next((s for s in resolver.doc.sents if any(t.is_alpha for t in s)), None)
    coref = resolver.coreference
    for antecedent in coref.antecedents:
        if first is None or not first.start <= antecedent.entity.start < first.end:
            continue
        country, acts = coref.country_named(antecedent)
        if country is not None:
            lead.add(country)
            if acts:
                acting.add(country)
            # (an object or the nationality of one; not "from Hong Kong", a place)
            root = antecedent.entity.root
            if not posted_abroad(root) and not _bodys_other_side(root) and (
                    acts or root.dep_ == POBJ or not acted_on_name(root)):
                named.add(country)
    return home_country(article.dateline, lead=lead, acting=acting, acted_on=lead - named)
