"""One node per real actor: merging names across articles.

Within an article the extractor already maps short forms to full names
("Blinken" -> "Antony Blinken"). Across articles, :func:`merge_names`

* merges names that differ only in case or spacing ("HAMAS", "Hamas"), keeping
  the most frequent spelling;
* maps a one-word name that some article tags as a person to the only longer
  person name ending with that word ("Blinken" in an article that never gives
  his first name).

The type of an actor is the most frequent type among its mentions.

Examples
--------
>>> names = {("Antony Blinken", "PERSON"): 3, ("Blinken", "PERSON"): 1,
...          ("Blinken", "GPE"): 1, ("hamas", "ORG"): 1, ("Hamas", "ORG"): 4}
>>> merged = merge_names(names)
>>> merged["Blinken"], merged["hamas"]
('Antony Blinken', 'Hamas')
>>> vote_type({"PERSON": 3, "GPE": 3, "ORG": 1})
'PERSON'
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from actorgraph.graph.ids import name_key

__all__ = ["TYPE_PRIORITY", "Actor", "best_spelling", "merge_names", "vote_type"]

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


def merge_names(names: Mapping[tuple[str, str], int]) -> dict[str, str]:
    """Map every name to its canonical name across articles.

    Parameters
    ----------
    names : mapping
        ``(name, type) -> number of mentions`` over all articles.

    Returns
    -------
    dict
        ``name -> canonical name`` for every name given.
    """
    spellings: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    for (name, typ), count in names.items():
        spellings[name_key(name)][name] += count
        types[name_key(name)][typ] += count
    best = {key: best_spelling(c) for key, c in spellings.items()}

    by_last_word: dict[str, set[str]] = defaultdict(set)
    for key, typ in types.items():
        words = key.split(" ")
        if len(words) >= 2 and vote_type(typ) == "PERSON":
            by_last_word[words[-1]].add(key)
    target: dict[str, str] = {}
    for key, typ in types.items():
        full = by_last_word.get(key, set())
        if " " not in key and typ.get("PERSON") and len(full) == 1:
            target[key] = best[next(iter(full))]
        else:
            target[key] = best[key]
    return {name: target[name_key(name)] for name, _ in names}
