"""One node per real actor: merging names across articles.

Within an article the extractor already maps short forms to full names
("Blinken" -> "Antony Blinken") and dictionary synonyms to one name
("Hizbollah" -> "Hezbollah"). Across articles, :func:`merge_actors`

* merges names that differ only in case or spacing ("HAMAS", "Hamas"), keeping
  the most frequent spelling, and names of organisations and places that differ
  only in British or American spelling or in function words ("Organisation of the
  Petroleum Exporting Countries") (``via`` "spelling"), when the name has a word that
  says whose body it is (:func:`says_whose`): "Labour Party" (British) and "Labor
  Party" (Australian) are two parties, "Defence Ministry" and "Defense Ministry" two
  countries' ministries;
* maps an acronym to its expansion (``via`` "acronym"): the one an article of the
  run defines ("Israel Defense Forces (IDF)"), or else the only organisation or
  place name of the run whose initials it is ("SEC" -> "Securities and Exchange
  Commission", "OPEC" -> "Organization of Petroleum Exporting Countries"), when
  it has three letters or more and the dictionaries do not say otherwise;
* maps a one-word name that some article tags as a person to the only longer
  person name ending with that word ("Reagan" -> "Ronald Reagan", ``via``
  "surname"), unless two people of the run share that surname, another person
  of the run has it as first name ("Hunter": Robert Hunter or Hunter Biden), or the
  dictionaries give the word another reading (a country: "Jordan"; another
  person: "Netanyahu" is Benjamin Netanyahu, never Sara Netanyahu), or an article
  uses the word as the first word of an organisation's name ("Granger" beside
  "Granger Partners": the firm's short form, not Howard Granger of another article).

The type of an actor is the most frequent type among its mentions.

Examples
--------
>>> names = {("Antony Blinken", "PERSON"): 3, ("Blinken", "PERSON"): 1,
...          ("Blinken", "GPE"): 1, ("hamas", "ORG"): 1, ("Hamas", "ORG"): 4}
>>> merged = merge_names(names)
>>> merged["Blinken"], merged["hamas"]
('Antony Blinken', 'Hamas')
>>> merge_actors({("SEC", "ORG"): 3, ("Securities and Exchange Commission", "ORG"): 1})["SEC"]
('Securities and Exchange Commission', 'acronym')
>>> vote_type({"PERSON": 3, "GPE": 3, "ORG": 1})
'PERSON'
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from actorgraph.extract.dictionary import listed_aliases, lookup
from actorgraph.extract.lexicon import KIND_OF_BODY_WORDS, NAME_FUNCTION_WORDS
from actorgraph.graph.ids import name_key

__all__ = ["TYPE_PRIORITY", "Actor", "best_spelling", "firm_words", "initials_of",
           "loose_key", "merge_actors", "merge_names", "says_whose", "vote_type"]

#: Types of names an acronym can stand for (and be typed as).
_EXPANDED = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})

#: Order that breaks ties between equally frequent types.
TYPE_PRIORITY = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT",
                 "WORK_OF_ART", "LANGUAGE", "MISC", "CONCEPT")


@dataclass(frozen=True, slots=True)
class Actor:
    """A node of the graph: an actor or, with type CONCEPT, a concept.

    ``aliases`` are the other names it goes by in the text, ``mentions`` the
    number of distinct places it is mentioned and ``articles`` the ids of the
    articles that mention it.
    """

    id: str
    label: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    articles: tuple[str, ...]

    @property
    def is_concept(self) -> bool:
        return self.type == "CONCEPT"


def vote_type(counts: Mapping[str, int]) -> str:
    """Most frequent type; ties go to the earlier type in :data:`TYPE_PRIORITY`."""
    rank = {t: i for i, t in enumerate(TYPE_PRIORITY)}
    return min(counts, key=lambda t: (-counts[t], rank.get(t, len(rank)), t))


def best_spelling(counts: Mapping[str, int]) -> str:
    """Most frequent spelling; ties go to fewer capitals, then alphabetical order.

    Examples
    --------
    >>> best_spelling({"HAMAS": 1, "Hamas": 1}), best_spelling({"HAMAS": 2, "Hamas": 1})
    ('Hamas', 'HAMAS')
    """
    return min(counts, key=lambda s: (-counts[s], sum(c.isupper() for c in s), s))


def initials_of(name: str) -> set[str]:
    """The acronyms a name can have: initials of all its words, or of all but
    function words.

    Examples
    --------
    >>> sorted(initials_of("Organization of Petroleum Exporting Countries"))
    ['OOPEC', 'OPEC']
    """
    words = [w for w in name.split() if w[:1].isalpha()]
    full = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in NAME_FUNCTION_WORDS).upper()
    return {full, content}


#: British spellings and their American forms, for :func:`loose_key`.
_SPELLINGS = (("isation", "ization"), ("defence", "defense"), ("centre", "center"),
              ("programme", "program"), ("labour", "labor"), ("organis", "organiz"))


#: The American spellings of :data:`_SPELLINGS` (a :func:`loose_key` holds only these).
_AMERICAN = frozenset(american for _, american in _SPELLINGS)


def _owner_spelt_out(key: str) -> str:
    """A name key whose first words, a listed short form of a country or of the UN, are
    spelt out ("u.s. state department", "us state department": "united states state
    department"; "u.n. security council": "united nations security council").

    Examples
    --------
    >>> _owner_spelt_out("un security council"), _owner_spelt_out("us")
    ('united nations security council', 'us')
    """
    key = key[4:] if key.startswith("the ") else key
    words = key.split(" ")
    for n in range(min(3, len(words) - 1), 0, -1):
        found = listed_aliases().get(" ".join(words[:n]))
        if found is not None and found[1] in ("GPE", "ORG"):
            return " ".join([name_key(found[0]), *words[n:]])
    return key


def loose_key(name: str) -> str:
    """A name without function words, in American spelling, with a short form of its
    country spelt out.

    Examples
    --------
    >>> loose_key("U.S. State Department") == loose_key("US State Department")
    True
    >>> loose_key("Organisation of the Petroleum Exporting Countries")
    'organization petroleum exporting countries'
    >>> loose_key("Organization of Petroleum Exporting Countries")
    'organization petroleum exporting countries'
    """
    key = _owner_spelt_out(name_key(name))
    for british, american in _SPELLINGS:
        key = key.replace(british, american)
    return " ".join(w for w in key.split(" ") if w not in NAME_FUNCTION_WORDS)


def says_whose(loose: str) -> bool:
    """Whether a name (its :func:`loose_key`) has a word that neither British nor
    American spelling changes and that says whose body it is, not what kind: only then
    do its spellings name one actor ("World Health Organisation"; "British Labour
    Party"), not a body of each country that spells it so ("Labour Party", British, and
    "Labor Party", Australian; "Defence Ministry").

    Examples
    --------
    >>> says_whose(loose_key("World Health Organisation")), says_whose(loose_key("Labour Party"))
    (True, False)
    """
    return any(word not in KIND_OF_BODY_WORDS and not any(a in word for a in _AMERICAN)
               for word in loose.split(" "))


def _is_acronym(name: str) -> bool:
    """A name that may be expanded by initials alone: three to eight capitals."""
    return 3 <= len(name) <= 8 and name.isalpha() and name.isupper()


def _agrees(short: str, full: str) -> bool:
    """Whether the dictionaries allow ``short`` to abbreviate ``full``: they do not
    list ``short``, or list both with the same codes ("CIA" is never "Calicut
    International Airport"; "OPEC" is "Organization of Petroleum Exporting Countries")."""
    entry = lookup(short)
    if entry is None:
        return True
    other = lookup(full)
    return other is not None and other.codes == entry.codes


def _same_person(surname: str, full: str) -> bool:
    """Whether the dictionaries allow the lone ``surname`` to be ``full``: they do
    not list it, or list it as that same person."""
    entry = lookup(surname)
    if entry is None:
        return True
    other = lookup(full)
    return entry.kind == "person" and other is not None and other.codes == entry.codes


def merge_actors(names: Mapping[tuple[str, str], int],
                 acronyms: Mapping[str, str] | None = None,
                 firm_words: Collection[str] = ()) -> dict[str, tuple[str, str]]:
    """Map every name to its canonical name across articles, and say why.

    Parameters
    ----------
    names : mapping
        ``(name, type) -> number of mentions`` over all articles.
    acronyms : mapping, optional
        ``acronym -> expansion`` defined by articles of the run.
    firm_words : collection of str
        One-word names that an article also uses as the first word of a longer
        organisation name (see :func:`firm_words`): never merged as surnames.

    Returns
    -------
    dict
        ``name -> (canonical name, via)`` for every name given; ``via`` is
        "name" (unchanged), "spelling", "acronym" or "surname".
    """
    acronyms = dict(acronyms or {})
    firms = {name_key(word) for word in firm_words}
    # names of organisations and places spelled the British or the American way, with
    # or without "the"/"of", are one ("Organisation of the Petroleum Exporting Countries")
    groups: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = defaultdict(Counter)
    # each name's keys, computed once (a name comes with each of its types)
    name_keys = {name: name_key(name) for name, _ in names}
    loose_keys = {name: loose_key(name) for name in name_keys}
    for (name, typ), count in names.items():
        groups[loose_keys[name]][name_keys[name]] += count
        kinds[loose_keys[name]][typ] += count
    key_of: dict[str, str] = {}
    for loose, keys in groups.items():
        if (len(keys) > 1 and " " in loose and vote_type(kinds[loose]) in _EXPANDED
                and says_whose(loose)):
            main = min(keys, key=lambda k: (-keys[k], k))
            key_of.update(dict.fromkeys(keys, main))
    spellings: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    for (name, typ), count in names.items():
        key = key_of.get(name_keys[name], name_keys[name])
        spellings[key][name] += count
        types[key][typ] += count
    best = {key: best_spelling(c) for key, c in spellings.items()}

    # acronyms: defined in an article, else the only name of the run with those initials
    expansions: dict[str, set[str]] = defaultdict(set)
    for key, typ in types.items():
        if " " in key and vote_type(typ) in _EXPANDED:
            for letters in initials_of(best[key]):
                expansions[letters].add(key)
    by_acronym: dict[str, str] = {}
    for key in types:
        short = best[key]
        if short in acronyms and name_key(acronyms[short]) in best:
            by_acronym[key] = name_key(acronyms[short])
        elif (_is_acronym(short) and vote_type(types[key]) in _EXPANDED
              and len(expansions.get(short, ())) == 1
              and _agrees(short, best[next(iter(expansions[short]))])):
            by_acronym[key] = next(iter(expansions[short]))

    by_last_word: dict[str, set[str]] = defaultdict(set)
    first_words: set[str] = set()
    for key, typ in types.items():
        words = key.split(" ")
        if len(words) >= 2 and vote_type(typ) == "PERSON":
            by_last_word[words[-1]].add(key)
            first_words.add(words[0])
    target: dict[str, tuple[str, str]] = {}
    for key, typ in types.items():
        full = by_last_word.get(key, set())
        if key in by_acronym and by_acronym[key] != key:
            target[key] = (best[by_acronym[key]], "acronym")
        elif (" " not in key and typ.get("PERSON") and len(full) == 1
              and key not in first_words and key not in firms
              and _same_person(key, next(iter(full)))):
            target[key] = (best[next(iter(full))], "surname")
        else:
            target[key] = (best[key], "name")
    out = {}
    for name, _ in names:
        canonical, via = target[key_of.get(name_keys[name], name_keys[name])]
        if via == "name" and canonical != name:
            via = "spelling"
        out[name] = (canonical, via)
    return out


def firm_words(names: Iterable[tuple[str, str]]) -> set[str]:
    """The one-word names of an article (its ``(name, type)`` pairs) that it tags as an
    organisation at least once and that begin one of its longer organisation names:
    "Granger" beside "Granger Partners" is the firm, even where the NER also tags it a
    person; a "Trump" only ever tagged a person stays a person beside "Trump
    Organization".

    Examples
    --------
    >>> sorted(firm_words([("Granger Partners", "ORG"), ("Granger", "PERSON"),
    ...                    ("Granger", "ORG"), ("Trump Organization", "ORG"),
    ...                    ("Trump", "PERSON")]))
    ['Granger']
    """
    names = list(names)
    firsts = {name.split()[0] for name, typ in names if typ == "ORG" and " " in name}
    return {name for name, typ in names if typ == "ORG" and " " not in name
            and name in firsts}


def merge_names(names: Mapping[tuple[str, str], int],
                acronyms: Mapping[str, str] | None = None) -> dict[str, str]:
    """Map every name to its canonical name across articles (see :func:`merge_actors`).

    Parameters
    ----------
    names : mapping
        ``(name, type) -> number of mentions`` over all articles.

    Returns
    -------
    dict
        ``name -> canonical name`` for every name given.
    """
    return {name: found[0] for name, found in merge_actors(names, acronyms).items()}
